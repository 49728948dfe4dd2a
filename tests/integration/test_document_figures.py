"""What an accountant checks on paper: every script is drawn (no ``.notdef``, the text layer
gives the text back), printed quantity x printed price = printed amount, and nothing runs
over anything else — on real PDFs rendered by the app, read back with pdftotext/pdfplumber."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import date
from decimal import Decimal as D  # noqa: N817
from io import BytesIO

import pdfplumber
import pytest
from PIL import Image

from invoicedesk.documents.einvoice.facturx import render_invoice_pdf
from invoicedesk.documents.model import Buyer, DocumentLine, InvoiceDocument
from invoicedesk.documents.pdf.fonts import CHAINS, FONT, coverage, register_fonts
from invoicedesk.documents.samples import sample_invoice
from invoicedesk.domain.characters import PRINTABLE_RANGES, is_printable
from invoicedesk.domain.money import round_cents
from invoicedesk.domain.skonto import Skonto

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)"
)
SCRIPTS = {
    "latin": "Müller Łódź Ærøskøbing Şişli",
    "greek": "Αθήνα Ελληνικά",
    "cyrillic": "Москва Кириллица",
    "hebrew": "עברית ירושלים",
    "arabic": "مرحبا بكم",
    "chinese": "名古屋株式会社 北京",
    "japanese": "カタカナ ひらがな",
    "korean": "서울 한국어",
}
BIDI_MARKS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))


def _text(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                         check=True)  # fmt: skip
    return out.stdout.decode("utf-8")


def _doc(
    lines: list[DocumentLine], buyer: Buyer | None = None, **fields: object
) -> InvoiceDocument:
    base = sample_invoice(1, "de", seed=1)
    values = {
        "type_code": "380", "number": "RE-2026-00042", "issue_date": date(2026, 12, 1),
        "seller": base.seller, "buyer": buyer or base.buyer, "language": "de",
        "due_date": date(2026, 12, 15),
    }  # fmt: skip
    values.update(fields)
    return InvoiceDocument.create(lines=lines, **values)  # type: ignore[arg-type]


def test_the_font_chain_covers_every_printable_character() -> None:
    """What the input check lets through, some font of the chain can draw."""
    register_fonts()
    fonts = set(CHAINS[FONT])
    missing = [
        f"U+{code:04X}"
        for first, last in PRINTABLE_RANGES
        for code in range(first, last + 1)
        if is_printable(chr(code)) and not any(code in coverage(f) for f in fonts)
    ]
    assert not missing, f"{len(missing)} printable characters without a glyph: {missing[:20]}"


@needs_pdftotext
def test_every_script_is_drawn_and_extracted() -> None:
    names = list(SCRIPTS.values())
    lines = [
        DocumentLine(i, f"{script}: {text}", D(1), "C62", D("10.00"), D(19))
        for i, (script, text) in enumerate(SCRIPTS.items(), start=1)
    ]
    buyer = Buyer(f"{names[5]} / {names[1]}", names[2], "10115", names[3], "DE")
    pdf = render_invoice_pdf(_doc(lines, buyer))
    text = unicodedata.normalize("NFKC", _text(pdf)).translate(BIDI_MARKS)
    assert "\x00" not in text and "\ufffd" not in text
    words = [w for value in SCRIPTS.values() for w in value.split()]
    missing = [w for w in words if unicodedata.normalize("NFKC", w) not in text]
    assert not missing, f"not extracted: {missing}"
    with pdfplumber.open(BytesIO(pdf)) as document:
        chars = document.pages[0].chars
        broken = [c for c in chars if c["text"] in ("\x00", "") or "cid:0" in c["text"]]
        assert chars and not broken


LINES = [
    ("3", "0.333", "0"), ("1.2345", "12.3456", "0"), ("1234.568", "8100", "0"),
    ("0.5", "98", "10"), ("2.5", "0.0125", "0"), ("7", "1234567.8901", "2.5"),
    ("12", "19.99", "0"), ("0.3333", "3", "0"),
]  # fmt: skip
_NUMBER = r"-?[\d.]+(?:,\d+)?"
_ROW = re.compile(
    rf"^\s*(\d+)\s+.*?\s({_NUMBER})\s+\S+\s+({_NUMBER})\s+"  # position, qty, unit, price
    rf"(?:({_NUMBER}) %\s+)?\d+ %\s+({_NUMBER})\s*$"  # discount, VAT rate, amount
)


def _de(text: str) -> D:
    return D(text.replace(".", "").replace(",", "."))


@needs_pdftotext
def test_printed_quantity_times_price_is_the_printed_amount() -> None:
    lines = [
        DocumentLine(i, f"Artikel {i}", D(q), "C62", D(p), D(19), discount_percent=D(d))
        for i, (q, p, d) in enumerate(LINES, start=1)
    ]
    text = _text(render_invoice_pdf(_doc(lines)))
    rows = {int(m.group(1)): m for line in text.splitlines() if (m := _ROW.match(line))}
    assert sorted(rows) == list(range(1, len(LINES) + 1)), text
    for position, (q, p, d) in enumerate(LINES, start=1):
        match = rows[position]
        quantity, price, amount = _de(match.group(2)), _de(match.group(3)), _de(match.group(5))
        discount = _de(match.group(4)) if match.group(4) else D(0)
        assert (quantity, price, discount) == (D(q), D(p), D(d))  # printed as entered
        assert round_cents(quantity * price * (1 - discount / 100)) == amount


def _boxes_overlap(a: dict, b: dict) -> bool:  # type: ignore[type-arg]
    return a["x0"] < b["x1"] - 0.5 and b["x0"] < a["x1"] - 0.5 and (
        a["top"] < b["bottom"] - 0.5 and b["top"] < a["bottom"] - 0.5
    )


def test_long_names_big_amounts_and_a_wide_logo_stay_in_their_boxes() -> None:
    logo = BytesIO()
    Image.new("RGB", (1600, 160), (20, 60, 120)).save(logo, "PNG")
    base = sample_invoice(1, "de", seed=1)
    seller = replace(base.seller, logo=logo.getvalue(),
                     email="rechnungsstelle.buchhaltung@eine-sehr-lange-domain.example.com")
    long_name = ("Müller-Lüdenscheidt Fahrzeugtechnik und Karosseriebau Gesellschaft mit "
                 "beschränkter Haftung & Co. Kommanditgesellschaft Zweigniederlassung Nord")
    buyer = Buyer(long_name, "Industriestraße 1", "50667", "Köln", "DE",
                  address_line2="Halle 7, Tor 3")  # fmt: skip
    lines = [DocumentLine(1, "Flotte", D(1), "C62", D("999999999.99"), D(19)),
             DocumentLine(2, "Kleinteil", D(1), "C62", D("0.99"), D(19))]  # fmt: skip
    pdf = render_invoice_pdf(_doc(lines, buyer, seller=seller))
    with pdfplumber.open(BytesIO(pdf)) as document:
        page = document.pages[0]
        words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
        images = page.images
    width_mm = 72 / 25.4
    assert all(w["x1"] <= 190 * width_mm + 1 for w in words), "text beyond the right margin"
    address = [w for w in words if 60 * width_mm < w["top"] < 98 * width_mm
               and w["x0"] < 110 * width_mm]  # fmt: skip
    assert len({round(w["top"]) for w in address}) >= 5  # name wrapped, street, supplement, city
    assert all(w["x1"] <= (25 + 85) * width_mm + 1 for w in address), "address over its field"
    assert "Zweigniederlassung" in " ".join(w["text"] for w in words)
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            assert not _boxes_overlap(a, b), f"{a['text']!r} overlaps {b['text']!r}"
    logo_box = images[0]
    for w in words:
        assert not (w["x1"] > logo_box["x0"] and w["top"] < logo_box["bottom"]), w["text"]


@needs_pdftotext
def test_skonto_and_small_business_wording() -> None:
    base = sample_invoice(1, "de", seed=1)
    lines = [DocumentLine(1, "Beratung", D(2), "HUR", D("95.00"), D(0), "E")]
    doc = _doc(lines, seller=replace(base.seller, small_business=True))
    doc = replace(doc, skonto=Skonto.of(D(2), 7, doc.issue_date, doc.totals.gross))
    text = _text(render_invoice_pdf(doc))
    assert "§ 19 UStG" in text and "Summe Umsatzsteuer" not in text and " 0 %" not in text
    assert "Bei Zahlung bis zum 08.12.2026 gewähren wir 2 % Skonto (3,80 €)" in text
    english = _text(render_invoice_pdf(replace(doc, language="en")))
    assert "If paid by 08/12/2026" in english


@needs_pdftotext
def test_a_character_no_font_has_becomes_a_visible_mark_not_a_box() -> None:
    """Data from before the input check (or an import) cannot make a non-conforming PDF."""
    lines = [DocumentLine(1, "Reifen 🚗 Service", D(1), "C62", D("10.00"), D(19))]
    text = _text(render_invoice_pdf(_doc(lines, Buyer("Café 🚗", "Weg 1", "10115", "Berlin"))))
    assert "Reifen \ufffd Service" in text and "Café \ufffd" in text and "\x00" not in text
