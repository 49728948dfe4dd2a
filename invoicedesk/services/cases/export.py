"""*Export CSV* of the case table: every case of the current filter, or the selected ones.

The rows come straight from SQL in the table's order (streamed in chunks, so a million cases
do not sit in memory) and are written to a temporary file beside the target, which replaces the
target only when everything was written: a failed export leaves no half file behind.

Two styles: ``de`` (semicolon, decimal comma, ``dd.mm.yyyy``, UTF-8 with BOM — what German
spreadsheet programs open without an import dialog) and ``plain`` (comma, decimal point, ISO
dates, UTF-8), for scripts and other locales.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import aliased

from invoicedesk.domain.enums import Role
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.money import round_cents
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.permissions import require_roles
from invoicedesk.store.case_query import SORT_COLUMNS, CaseFilter, where_clauses
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.users import User

Style = Literal["de", "plain"]
#: rows fetched per round trip while streaming
CHUNK = 2000

HEADER = (
    "Number", "Type", "Direction", "Status", "Customer/Supplier", "Issue date", "Due date",
    "Net", "VAT", "Gross", "Currency", "Payment", "Paid on", "Delivered", "Booked",
    "Reverse charge", "Created", "Created by", "Case ID",
)  # fmt: skip
_KIND = {"invoice": "Invoice", "credit_note": "Credit note"}
_DIRECTION = {"out": "Outgoing", "in": "Incoming"}


@dataclass(frozen=True)
class ExportSummary:
    """What was written: the file and the number of cases."""

    path: Path
    rows: int


def _select(flt: CaseFilter | None, ids: Sequence[int] | None, sort: str, descending: bool) -> Any:
    creator = aliased(User)
    column = SORT_COLUMNS.get(sort, Case.created_at)
    order: list[Any] = (
        [column.desc(), Case.id.desc()] if descending else [column.asc(), Case.id.asc()]
    )
    columns = (
        Case.number, Case.kind, Case.direction, Case.status, Case.party_name,
        Case.issue_date, Case.due_date, Case.net, Case.tax, Case.gross, Case.currency,
        Case.payment_status, Case.paid_on, Case.delivered, Case.booked, Case.reverse_charge,
        Case.created_at, creator.initials, Case.id,
    )  # fmt: skip
    stmt = select(*columns).outerjoin(creator, creator.id == Case.created_by_id).order_by(*order)
    if ids is not None:
        return stmt.where(Case.id.in_(list(ids)))
    return stmt.where(*where_clauses(flt or CaseFilter()))


class _Formatter:
    """Cell texts in one style."""

    def __init__(self, style: Style) -> None:
        self.style = style

    def amount(self, value: Decimal | None) -> str:
        if value is None:
            return ""
        text = f"{round_cents(value):.2f}"
        return text.replace(".", ",") if self.style == "de" else text

    def day(self, value: date | None) -> str:
        if value is None:
            return ""
        return value.strftime("%d.%m.%Y") if self.style == "de" else value.isoformat()

    def stamp(self, value: datetime | None) -> str:
        if value is None:
            return ""
        local = value.astimezone()
        return local.strftime("%d.%m.%Y %H:%M") if self.style == "de" else local.isoformat()

    @staticmethod
    def flag(value: bool) -> str:
        return "yes" if value else "no"

    def row(self, r: Any) -> list[str]:
        return [
            r[0] or "", _KIND.get(r[1], r[1]), _DIRECTION.get(r[2], r[2]), r[3], r[4],
            self.day(r[5]), self.day(r[6]), self.amount(r[7]), self.amount(r[8]),
            self.amount(r[9]), r[10], r[11], self.day(r[12]), self.flag(r[13]),
            self.flag(r[14]), self.flag(r[15]), self.stamp(r[16]), r[17] or "", str(r[18]),
        ]  # fmt: skip


def iter_rows(
    db: Database,
    *,
    flt: CaseFilter | None = None,
    ids: Sequence[int] | None = None,
    sort: str = "created_at",
    descending: bool = True,
    style: Style = "de",
) -> Iterator[list[str]]:
    """The export's cell texts (without the header), streamed from one read transaction."""
    fmt = _Formatter(style)
    stmt = _select(flt, ids, sort, descending).execution_options(yield_per=CHUNK)
    with db.read() as s:
        for row in s.execute(stmt):
            yield fmt.row(row)


def write_csv(
    rows: Iterable[list[str]],
    target: Path,
    *,
    style: Style = "de",
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write header and ``rows`` to ``target`` atomically; returns the number of rows."""
    target = Path(target)
    if not target.parent.is_dir():
        raise ValidationError(
            "The folder {target_parent} does not exist.", target_parent=target.parent
        )
    fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=".csv", dir=target.parent)
    count = 0
    try:
        encoding = "utf-8-sig" if style == "de" else "utf-8"
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            writer = csv.writer(handle, delimiter=";" if style == "de" else ",")
            writer.writerow(HEADER)
            for row in rows:
                writer.writerow(row)
                count += 1
                if progress is not None and count % CHUNK == 0:
                    progress(count)
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return count


def export_cases_csv(
    db: Database,
    actor: Actor,
    target: Path,
    *,
    flt: CaseFilter | None = None,
    ids: Sequence[int] | None = None,
    sort: str = "created_at",
    descending: bool = True,
    style: Style = "de",
    progress: Callable[[int], None] | None = None,
) -> ExportSummary:
    """Export the cases of ``flt`` (or exactly ``ids``) in the table's order to ``target``."""
    with db.read() as s:
        require_roles(s, actor, [Role.CLERK, Role.REVIEWER, Role.APPROVER], msg("Export CSV"))
    if ids is not None and not ids:
        raise ValidationError("No cases are selected; select at least one or export all.")
    rows = iter_rows(db, flt=flt, ids=ids, sort=sort, descending=descending, style=style)
    count = write_csv(rows, Path(target), style=style, progress=progress)
    return ExportSummary(Path(target), count)
