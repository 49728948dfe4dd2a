"""The demo's issued invoices and credit notes as the app issues them: a frozen snapshot built
by :func:`~invoicedesk.services.outgoing.issuing.build_snapshot` and a Factur-X PDF rendered by
the real renderer, in the render pool of the billing runs (both cores), so that the PDF of a
demo case shows that case (its number, customer, lines and totals), not a stand-in.

The supplier invoices get the PDF their supplier sent: the same renderer with the supplier as
seller and the demo company as buyer, in the supplier's language and colour, with its
ZUGFeRD/Factur-X XML (so *Read again* reads the case's own figures); a supplier invoice in
*Error* carries a damaged file, as its error message says.
"""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import fields, replace
from datetime import date
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.documents.layout_options import LayoutOptions
from invoicedesk.documents.model import InvoiceDocument, Seller
from invoicedesk.domain.enums import InStatus
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
    "email", "leitweg_id", "customer_number", "contact_person", "iban",
)  # fmt: skip
#: the fields of a seller a supplier's party record fills (the rest stay empty)
_SELLER_FIELDS = tuple(f.name for f in fields(Seller) if f.name not in ("logo", "small_business"))
#: accent colours of the suppliers' letterheads (one per supplier, by its id)
SUPPLIER_COLOURS = ("#7a1f1f", "#1f5f3a", "#4b3a7a", "#8a5a00", "#00606e", "#3a3a3a")
#: what a supplier invoice in *Error* carries: a PDF cut off after its header
DAMAGED_PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R"


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
            if not case["number"] or case["issue_date"] is None:
                continue
            if case["direction"] == "in":
                jobs.append((case["id"], self._supplier_pdf(case, lines.get(case["id"], []))))
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

    def _supplier_pdf(self, case: dict[str, Any], lines: list[dict[str, Any]]) -> Future[bytes]:
        if case["status"] == InStatus.ERROR.value:
            damaged: Future[bytes] = Future()
            damaged.set_result(DAMAGED_PDF)
            return damaged
        return self.pool.submit(self.supplier_document(case, lines))

    def supplier_document(
        self, case: dict[str, Any], lines: list[dict[str, Any]]
    ) -> InvoiceDocument:
        """The invoice a supplier sent for an incoming demo case: the supplier as seller, the
        demo company as buyer (its customer number there), the case's number, dates and
        lines, payment terms in the supplier's language."""
        supplier = self.parties[case["party_id"]]
        issue: date = case["issue_date"]
        due: date | None = case["due_date"]
        language = mail_texts.language_of(case["language"])
        terms = mail_texts.payment_terms_text(language, (due - issue).days, due) if due else ""
        record = SimpleNamespace(
            **{**case, "kind": "invoice", "notes": ""},
            lines=[SimpleNamespace(**ln) for ln in lines],
        )
        company = self.company
        snapshot = build_snapshot(
            record,  # type: ignore[arg-type]
            company,
            supplier,  # type: ignore[arg-type]
            number=case["number"],
            issue_date=issue,
            due_date=due,
            payment_terms=terms,
            meta={},
            preceding=None,
        )
        snapshot["seller"] = {key: getattr(supplier, key, None) for key in _SELLER_FIELDS}
        snapshot["seller"]["small_business"] = False
        snapshot["buyer"] = {
            "name": company.name, "street": company.street, "address_line2": "",
            "postal_code": company.postal_code, "city": company.city,
            "country": company.country, "vat_id": company.vat_id, "email": company.email,
            "leitweg_id": None, "customer_number": f"{40000 + case['party_id']}", "contact": None,
        }  # fmt: skip
        snapshot["payment_reference"] = case["number"]
        colour = SUPPLIER_COLOURS[case["party_id"] % len(SUPPLIER_COLOURS)]
        layout = replace(self.layout, accent_color=colour, footer_note="", watermark="")
        return document_from_snapshot(snapshot, None, layout)


def store_rendered(
    s: Session, jobs: list[tuple[int, Future[bytes]]], attachments: list[dict[str, Any]]
) -> None:
    """Put the rendered PDFs in place of the stand-ins of their cases' attachment rows."""
    by_case = {row["case_id"]: row for row in attachments}
    for case_id, future in jobs:
        row = by_case.get(case_id)
        if row is not None:
            row["blob_sha256"] = store_blob(s, future.result())
