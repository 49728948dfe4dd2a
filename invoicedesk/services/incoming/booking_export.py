"""Export approved supplier invoices to booking (DATEV or CSV) and move them to *Booked*.

The export record, the file (as a blob), the case links and every status change are one
transaction: an invoice is exported exactly once (the link table's primary key is the case),
and an export can be downloaded again but never silently repeated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from invoicedesk.documents.booking_csv import (
    BookingInvoice,
    BookingPart,
    DatevSettings,
    datev_file,
    plain_csv,
)
from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.money import round_cents
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.services.cases.actions import (
    SPECIAL_HANDLERS,
    apply_action,
    generic_transition,
)
from invoicedesk.services.cases.attachments import store_blob
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.config import Setting
from invoicedesk.store.models.documents import Blob
from invoicedesk.store.models.incoming import BookingExport, BookingExportCase
from invoicedesk.store.models.parties import Party

FORMATS = ("datev", "csv")


@dataclass(frozen=True)
class ExportResult:
    """One finished export."""

    export_id: int
    format: str
    filename: str
    content: bytes
    case_ids: tuple[int, ...]
    total_gross: Decimal


def datev_settings(session: Session) -> DatevSettings:
    """DATEV master data from the company settings (defaults where unset)."""
    row = session.get(Setting, "datev")
    if row is None or not isinstance(row.value, dict):
        return DatevSettings()
    known = {k: v for k, v in row.value.items() if k in DatevSettings.__dataclass_fields__}
    return DatevSettings(**known)


def _parts(case: Case) -> tuple[BookingPart, ...]:
    if case.lines:
        groups: dict[Decimal, Decimal] = {}
        for line in case.lines:
            groups[line.vat_rate] = groups.get(line.vat_rate, Decimal("0")) + line.net
        parts = [
            BookingPart(rate, round_cents(net), round_cents(net * rate / 100))
            for rate, net in sorted(groups.items(), reverse=True)
        ]
        if sum((p.gross for p in parts), Decimal("0")) == case.gross:
            return tuple(parts)
    rate = Decimal("0")
    if case.net:
        rate = (case.tax * 100 / case.net).quantize(Decimal("1"))
    return (BookingPart(rate, case.net, case.tax),)


def _invoice(case: Case, party: Party | None) -> BookingInvoice:
    if case.issue_date is None or not case.number:
        raise ValidationError(
            "Case {case_id} has no invoice number or invoice date and cannot be booked.",
            case_id=case.id,
        )
    costs = {line.cost_account for line in case.lines if line.cost_account}
    return BookingInvoice(
        case_id=case.id,
        supplier_id=case.party_id,
        supplier_name=case.party_name,
        supplier_vat_id=party.vat_id if party else None,
        invoice_number=case.number,
        invoice_date=case.issue_date,
        due_date=case.due_date,
        currency=case.currency,
        net=case.net,
        tax=case.tax,
        gross=case.gross,
        iban=party.iban if party else None,
        parts=_parts(case),
        cost_account=costs.pop() if len(costs) == 1 else None,
    )


def store_export(
    session: Session,
    actor: Actor,
    fmt: str,
    filename: str,
    content: bytes,
    count: int,
    total: Decimal,
    now: datetime,
    subject: str = "invoices",
) -> BookingExport:
    """The export record with its file (as a blob), flushed so that it has its id."""
    export = BookingExport(
        format=fmt,
        filename=filename,
        blob_sha256=store_blob(session, content),
        case_count=count,
        total_gross=total,
        created_at=now,
        created_by_id=actor.user_id,
        subject=subject,
    )
    session.add(export)
    session.flush()
    return export


def export_approved(
    db: Database, actor: Actor, fmt: str, case_ids: list[int] | None = None
) -> ExportResult:
    """Export approved incoming invoices (all, or the given ones) and mark them *Booked*."""
    if fmt not in FORMATS:
        raise ValidationError("Unknown export format {fmt!r}; use datev or csv.", fmt=fmt)
    now = datetime.now(UTC)
    with db.write() as s:
        query = (
            select(Case)
            .where(Case.direction == "in", Case.status == "approved")
            .order_by(Case.issue_date, Case.id)
            .with_for_update()
        )
        if case_ids:
            query = query.where(Case.id.in_(case_ids))
        cases = list(s.scalars(query))
        if not cases:
            raise ValidationError("There are no approved invoices to export.")
        invoices = [_invoice(c, s.get(Party, c.party_id) if c.party_id else None) for c in cases]
        if fmt == "datev":
            content = datev_file(invoices, datev_settings(s), now, actor.initials)
            filename = f"EXTF_Buchungsstapel_{now:%Y%m%d_%H%M%S}.csv"
        else:
            content = plain_csv(invoices)
            filename = f"invoices_{now:%Y%m%d_%H%M%S}.csv"
        total = sum((c.gross for c in cases), Decimal("0"))
        export = store_export(s, actor, fmt, filename, content, len(cases), total, now)
        for case in cases:
            s.add(BookingExportCase(case_id=case.id, export_id=export.id))
            apply_action(
                s, case, actor, Action.BOOK_EXPORT, msg("exported in {file}", file=filename)
            )
        s.flush()
        return ExportResult(export.id, fmt, filename, content, tuple(c.id for c in cases), total)


@dataclass(frozen=True)
class ExportInfo:
    """An earlier export, for the list of downloads."""

    id: int
    format: str
    filename: str
    case_count: int
    total_gross: Decimal
    created_at: datetime
    #: ``invoices`` (supplier invoices) or ``payments``; ``case_count`` counts those
    subject: str = "invoices"


def approved_summary(db: Database, case_ids: list[int] | None = None) -> tuple[int, Decimal]:
    """How many approved incoming invoices an export would take (all, or these) and their total."""
    with db.read() as s:
        query = select(func.count(Case.id), func.sum(Case.gross)).where(
            Case.direction == "in", Case.status == "approved"
        )
        if case_ids:
            query = query.where(Case.id.in_(case_ids))
        count, total = s.execute(query).one()
        return int(count), total if total is not None else Decimal("0.00")


def list_exports(db: Database, subject: str | None = "invoices") -> list[ExportInfo]:
    """Earlier exports of supplier invoices (or of ``subject``; ``None``: all), newest first."""
    with db.read() as s:
        query = select(BookingExport).order_by(BookingExport.id.desc())
        if subject is not None:
            query = query.where(BookingExport.subject == subject)
        return [
            ExportInfo(
                e.id, e.format, e.filename, e.case_count, e.total_gross, e.created_at, e.subject
            )
            for e in s.scalars(query)
        ]


def export_content(db: Database, export_id: int) -> tuple[str, bytes]:
    """File name and the unchanged bytes of an earlier export (download again)."""
    with db.read() as s:
        export = s.get(BookingExport, export_id)
        if export is None:
            raise NotFound("There is no export with the id {export_id}.", export_id=export_id)
        content = s.scalar(select(Blob.content).where(Blob.sha256 == export.blob_sha256))
        if content is None:
            raise NotFound("The file of export {export_id} is missing.", export_id=export_id)
        return export.filename, content


def exported_on(db: Database, case_id: int) -> date | None:
    """When a case was exported (``None`` if never)."""
    with db.read() as s:
        stamp = s.scalar(
            select(BookingExport.created_at)
            .join(BookingExportCase, BookingExportCase.export_id == BookingExport.id)
            .where(BookingExportCase.case_id == case_id)
        )
        return stamp.date() if stamp else None


def _book_only_by_export(session: Session, case: Case, actor: Actor, comment: str) -> None:
    """*Export to booking* moves a case to *Booked* only inside :func:`export_approved`."""
    session.flush()
    linked = session.scalar(
        select(BookingExportCase.case_id).where(BookingExportCase.case_id == case.id)
    )
    if linked is None:
        raise ValidationError(
            "An approved invoice is booked by exporting it (DATEV or CSV); "
            "use Booking export so that the booking file is written."
        )
    generic_transition(session, case, actor, Action.BOOK_EXPORT, comment)


def register_handlers() -> None:
    """Let only the export itself book an approved incoming invoice."""
    SPECIAL_HANDLERS[Action.BOOK_EXPORT] = _book_only_by_export
