"""The company's PDF options (Settings → PDF) in issued invoices, collective previews and the
render pool: logo, accent colour, footer note and EPC QR code (real PDFs, read back with
pdfplumber and pypdf)."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

import pdfplumber
import pytest
from PIL import Image
from pypdf import PdfReader

from invoicedesk.documents.einvoice.facturx import render_invoice_pdf
from invoicedesk.documents.layout_options import DEFAULT_LAYOUT, LayoutOptions
from invoicedesk.documents.samples import sample_invoice
from invoicedesk.services.contracts.collective import merge
from invoicedesk.services.contracts.collective_query import preview_pdf
from invoicedesk.services.outgoing.issuing import invoice_pdf, issue_invoice
from invoicedesk.services.outgoing.render_pool import RenderPool
from invoicedesk.services.settings.company import set_logo
from invoicedesk.services.settings.registry import PDF_OPTIONS, PdfOptions, save_setting
from tests.integration.test_collective import six_pending
from tests.integration.test_outgoing import draft, setup_outgoing

NOTE = "Vielen Dank für Ihren Auftrag! Es gelten unsere AGB (www.example.com/agb)."
QR_CAPTION = "GiroCode:"  # the caption under the EPC QR code (wrapped)
CHANGED = PdfOptions(
    show_logo=False, accent_color="#aa3300", footer_note=NOTE, show_payment_qr=False
)


def _logo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 40), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def _look(pdf: bytes) -> dict[str, Any]:
    """Text, images, vector rectangles and the fill colour of the title of page one."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        text = "\n".join(p.extract_text() or "" for p in doc.pages)
        title = [ch for ch in page.chars if ch["size"] > 13]
        return {
            "text": text,
            "images": sum(len(p.images) for p in doc.pages),
            "rects": len(page.rects),
            "title_colour": tuple(round(v, 3) for v in title[0]["non_stroking_color"]),
        }


def _issue(db: Any, actor: Any, party: int) -> bytes:
    case_id = draft(db, actor, party)
    issue_invoice(db, actor, case_id, delivery="create_only")
    with db.read() as s:
        return invoice_pdf(s, case_id)[1]


def test_issued_invoice_follows_the_pdf_options(db, users) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    clerk, admin = users["clara"].actor(), users["ada"].actor()
    with db.write() as s:
        set_logo(s, _logo())

    before = _look(_issue(db, clerk, parties["de"]))
    assert before["images"] == 1  # the logo
    assert QR_CAPTION in before["text"]
    assert before["rects"] > 100  # the QR modules are vector rectangles
    assert before["title_colour"] == (0.122, 0.227, 0.373)  # #1f3a5f
    assert NOTE not in before["text"]

    save_setting(db, admin, PDF_OPTIONS, CHANGED)
    pdf = _issue(db, clerk, parties["de"])
    after = _look(pdf)
    assert after["images"] == 0
    assert QR_CAPTION not in after["text"]
    assert after["rects"] < 10
    assert after["title_colour"] == (0.667, 0.2, 0.0)  # #aa3300
    assert NOTE in after["text"].replace("\n", " ")
    assert "IBAN" in after["text"]  # bank details stay when only the QR code is off
    content = PdfReader(io.BytesIO(pdf)).pages[0].get_contents()
    assert content is not None and b".666667 .2 0 rg" in content.get_data()


def test_default_options_render_the_standard_layout() -> None:
    assert PdfOptions().layout() == DEFAULT_LAYOUT
    doc = sample_invoice(40, "de", seed=2)  # several pages
    standard = PdfReader(io.BytesIO(render_invoice_pdf(doc)))
    again = PdfReader(io.BytesIO(render_invoice_pdf(replace(doc, layout=PdfOptions().layout()))))
    assert len(standard.pages) == len(again.pages) >= 2
    for one, two in zip(standard.pages, again.pages, strict=True):
        a, b = one.get_contents(), two.get_contents()
        assert a is not None and b is not None and a.get_data() == b.get_data()


def test_long_footer_note_on_every_page_above_the_footer() -> None:
    note = "Bitte beachten Sie: " + "Lieferungen erfolgen ab Lager Düsseldorf. " * 4
    doc = sample_invoice(40, "de", seed=2)
    pdf = render_invoice_pdf(replace(doc, layout=LayoutOptions(footer_note=note)))
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        for page in opened.pages:
            words = page.extract_words()
            start = next(w for w in words if w["text"] == "Bitte")
            page_no = next(w for w in words if w["text"] == "Seite")
            table = [w for w in words if w["top"] < start["top"] - 1]
            assert start["x0"] < 80 and page_no["x0"] > 400
            # wrapped above the page number line, below every table row
            assert start["bottom"] < page_no["top"]
            assert max(w["bottom"] for w in table) < start["top"]


def test_render_pool_worker_gets_the_options() -> None:
    doc = replace(
        sample_invoice(2, "en", seed=4), layout=LayoutOptions(False, "#006600", "Thanks!", False)
    )
    pool = RenderPool(workers=1)
    try:
        pdf = pool.submit(doc).result(timeout=120)
    finally:
        pool.close()
    look = _look(pdf)
    assert "Thanks!" in look["text"]
    assert "Scan with" not in look["text"]
    assert look["title_colour"] == (0.0, 0.4, 0.0)


@pytest.mark.parametrize("options", [PdfOptions(), CHANGED])
def test_collective_preview_follows_the_pdf_options(db, users, options) -> None:  # type: ignore[no-untyped-def]
    six_pending(db, users)
    save_setting(db, users["ada"].actor(), PDF_OPTIONS, options)
    case_id = merge(db, users["clara"].actor(), periods_per_invoice=2).collective_ids[0]
    look = _look(preview_pdf(db, case_id)[1])
    assert (NOTE in look["text"].replace("\n", " ")) == bool(options.footer_note)
    assert QR_CAPTION not in look["text"]  # a draft is not payable: never a QR code


def test_delivery_notes_follow_the_pdf_options(db, users) -> None:  # type: ignore[no-untyped-def]
    from invoicedesk.domain.workflow import Actor
    from invoicedesk.services.orders.delivery_notes import create_delivery_note, delivery_note_pdf
    from tests.integration.test_billing_runs import TODAY, add_customer, add_order, setup

    setup(db)
    with db.write() as s:
        set_logo(s, _logo())
    customer = add_customer(db, "Autohaus Brandt GmbH")
    first, second = add_order(db, customer, lines=2), add_order(db, customer, lines=2)
    create_delivery_note(db, Actor.system(), first, today=TODAY)
    before = _look(delivery_note_pdf(db, first)[1])
    assert before["images"] == 1 and NOTE not in before["text"]
    assert before["title_colour"] == (0.122, 0.227, 0.373)

    save_setting(db, users["ada"].actor(), PDF_OPTIONS, CHANGED)
    create_delivery_note(db, Actor.system(), second, today=TODAY)
    after = _look(delivery_note_pdf(db, second)[1])
    assert after["images"] == 0  # logo switched off
    assert after["title_colour"] == (0.667, 0.2, 0.0)  # #aa3300
    assert NOTE in after["text"].replace("\n", " ")
    assert "Datum, Unterschrift" in after["text"]  # the signature field stays
