"""The render pool gives the same documents as one straight process: byte-identical Factur-X
XML, PDFs equal object by object apart from their timestamps and ids (``tests/pdf_compare``).

Both the pool on its own (the ``bench render`` path) and a billing run rendering in it (the
``bench billing`` path: documents frozen in the database, rendered in the workers, stored)."""

from __future__ import annotations

import time
from datetime import date
from typing import Any

from sqlalchemy import select

from invoicedesk.documents.einvoice.facturx import invoice_xml, render_invoice_pdf
from invoicedesk.documents.samples import sample_invoice
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.billing.process import process_run
from invoicedesk.services.billing.rules import BillingRules
from invoicedesk.services.billing.runs import RowSpec, create_run, fetch
from invoicedesk.services.demo.orders import generate_orders
from invoicedesk.services.outgoing.drafts import INVOICE_PDF
from invoicedesk.services.outgoing.issuing import document_from_snapshot, layout_options
from invoicedesk.services.outgoing.render_pool import RenderPool
from invoicedesk.services.settings.company import company_logo, get_company
from invoicedesk.store.models.billing import BillingRunRow
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.documents import Attachment, Blob
from tests.pdf_compare import facturx_attachment, normalized

DOCS = [
    sample_invoice(3, "de", seed=1),
    sample_invoice(40, "nl", seed=2, reverse_charge=True),  # several pages, carried totals
    sample_invoice(7, "en", seed=3, multi_rate=True),
    sample_invoice(2, "de", seed=4, credit_note=True),
]


def test_pool_renders_what_one_process_renders() -> None:
    pool = RenderPool(workers=2)
    try:
        futures = [pool.submit(doc) for doc in DOCS]
        pooled = [f.result(timeout=300) for f in futures]
    finally:
        pool.close()
    time.sleep(1.1)  # a later second: the timestamps differ, the comparison must not care
    straight = [render_invoice_pdf(doc) for doc in DOCS]
    for doc, a, b in zip(DOCS, pooled, straight, strict=True):
        assert facturx_attachment(a) == facturx_attachment(b) == invoice_xml(doc)
        assert a != b  # not the same bytes (dates, /ID) ...
        assert normalized(a) == normalized(b), doc.number  # ... but the same document
    # the comparison sees a difference where there is one
    assert normalized(pooled[0]) != normalized(pooled[2])


def test_billing_run_in_the_pool_stores_what_one_process_renders(db: Any) -> None:
    today = date.today()
    generate_orders(db, 4, seed=5, today=today, approved_share=1.0)
    rules = BillingRules(stages=("won",), period="last_month", approved_only=True)
    rows = fetch(db, rules, "create_only", today=today)
    actor = Actor.system()
    run_id = create_run(
        db, actor, rules, [RowSpec(r.order_id, r.action) for r in rows], today=today
    )
    pool = RenderPool(workers=2)
    try:
        summary = process_run(db, actor, run_id, pool=pool)
    finally:
        pool.close()
    assert summary.processed == len(rows) >= 2
    with db.read() as s:
        logo = company_logo(s, get_company(s))
        layout = layout_options(s)
        stored = s.execute(
            select(Case.snapshot, Blob.content)
            .join(BillingRunRow, BillingRunRow.case_id == Case.id)
            .join(Attachment, Attachment.case_id == Case.id)
            .join(Blob, Blob.sha256 == Attachment.blob_sha256)
            .where(BillingRunRow.run_id == run_id, Attachment.kind == INVOICE_PDF)
            .order_by(BillingRunRow.position)
        ).all()
    assert len(stored) == len(rows)
    for snapshot, pdf in stored:
        doc = document_from_snapshot(snapshot, logo, layout)
        straight = render_invoice_pdf(doc)
        assert facturx_attachment(pdf) == facturx_attachment(straight) == invoice_xml(doc)
        assert normalized(pdf) == normalized(straight), doc.number
