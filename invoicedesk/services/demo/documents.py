"""The demo's issued invoices and credit notes as the app issues them: a frozen snapshot built
by :func:`~invoicedesk.services.outgoing.issuing.build_snapshot` and a Factur-X PDF rendered by
the real renderer, in the render pool of the billing runs (both cores), so that the PDF of a
demo case shows that case (its number, customer, lines and totals), not a stand-in.
"""

from __future__ import annotations

from concurrent.futures import Future
from datetime import date
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.documents.layout_options import LayoutOptions
from invoicedesk.services.cases.attachments import store_blob
from invoicedesk.services.outgoing import mail_texts
from invoicedesk.services.outgoing.issuing import build_snapshot, document_from_snapshot
from invoicedesk.services.outgoing.render_pool import RenderPool
from invoicedesk.services.settings.company import CompanySettings
from invoicedesk.store.database import Database
from invoicedesk.store.models.parties import Party

#: up to this many cases the demo renders every issued PDF (above: stand-ins, for benchmarks)
REAL_PDF_LIMIT = 5_000

_PARTY_FIELDS = (
    "id", "name", "street", "address_line2", "postal_code", "city", "country", "vat_id",
    "email", "leitweg_id", "customer_number", "contact_person",
)  # fmt: skip


def party_records(db: Database) -> dict[int, SimpleNamespace]:
    """Every party as the snapshot reads it (plain records, no session needed)."""
    with db.read() as s:
        columns = [getattr(Party, name) for name in _PARTY_FIELDS]
        rows = s.execute(select(*columns))
        return {int(row.id): SimpleNamespace(**dict(row._mapping)) for row in rows}


class DemoRenderer:
    """Freezes and renders the issued documents of one chunk of demo rows."""

    def __init__(
        self,
        pool: RenderPool,
        company: CompanySettings,
        parties: dict[int, SimpleNamespace],
        layout: LayoutOptions,
    ) -> None:
        self.pool, self.company, self.parties, self.layout = pool, company, parties, layout

    def submit(self, rows: dict[str, list[dict[str, Any]]]) -> list[tuple[int, Future[bytes]]]:
        """Snapshot every issued outgoing case of ``rows`` (stored in its row, with its payment
        terms and reference) and hand its document to the pool; returns (case id, future)."""
        lines: dict[int, list[dict[str, Any]]] = {}
        for ln in rows["lines"]:
            lines.setdefault(ln["case_id"], []).append(ln)
        jobs: list[tuple[int, Future[bytes]]] = []
        for case in rows["cases"]:
            if case["direction"] != "out" or not case["number"] or case["issue_date"] is None:
                continue
            doc = self._freeze(case, lines.get(case["id"], []))
            jobs.append((case["id"], self.pool.submit(doc)))
        return jobs

    def _freeze(self, case: dict[str, Any], lines: list[dict[str, Any]]) -> Any:
        credit = case["kind"] == "credit_note"
        issue: date = case["issue_date"]
        due: date | None = case["due_date"]
        terms = (
            ""
            if credit or due is None
            else mail_texts.payment_terms_text(case["language"], (due - issue).days, due)
        )
        record = SimpleNamespace(
            **{**case, "lines": [SimpleNamespace(**ln) for ln in lines], "notes": ""}
        )
        snapshot = build_snapshot(
            record,  # type: ignore[arg-type]
            self.company,
            self.parties[case["party_id"]],  # type: ignore[arg-type]
            number=case["number"],
            issue_date=issue,
            due_date=due,
            payment_terms=terms,
            meta={},
            preceding=None,
        )
        snapshot["payment_reference"] = None if credit else case["number"]
        case["snapshot"] = snapshot
        case["payment_terms"] = terms
        return document_from_snapshot(snapshot, None, self.layout)


def store_rendered(
    s: Session, jobs: list[tuple[int, Future[bytes]]], attachments: list[dict[str, Any]]
) -> None:
    """Put the rendered PDFs in place of the stand-ins of their cases' attachment rows."""
    by_case = {row["case_id"]: row for row in attachments}
    for case_id, future in jobs:
        row = by_case.get(case_id)
        if row is not None:
            row["blob_sha256"] = store_blob(s, future.result())
