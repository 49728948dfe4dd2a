"""The parts of the OCR of scans that need no database: text layer check, OCR repairs, deskew,
orientation, image limits, the searchable copy."""

from __future__ import annotations

import io
import random

import pdfplumber
import pytest
from PIL import Image, ImageDraw, ImageFont

from invoicedesk.documents.intake.ocr.images import ImageRefused, image_kind, open_images
from invoicedesk.documents.intake.ocr.prepare import skew_angle, upright
from invoicedesk.documents.intake.ocr.scan import read_scan, repair, text_layer_usable
from invoicedesk.documents.intake.ocr.searchable import searchable_pdf
from tests.intake_corpus.corpus import generate
from tests.intake_corpus.scans import scan_pages


def _words(texts: list[str]) -> list[tuple[int, float, float, float, float, str]]:
    return [(0, 10.0 * i, 10.0, 10.0 * i + 8, 18.0, t) for i, t in enumerate(texts)]


def test_text_layer_usable_refuses_empty_and_glyph_soup() -> None:
    assert not text_layer_usable([])
    assert not text_layer_usable(_words(["Rechnung"]))
    assert not text_layer_usable(_words(["(cid:12)(cid:7)(cid:99)"] * 20))
    words = ["Rechnung", "Nr.", "4711", "vom", "12.03.2024", "Betrag", "1.234,56", "€"]
    assert text_layer_usable(_words(words * 2))


@pytest.mark.parametrize(
    ("seen", "meant"),
    [("DEO8", "DE08"), ("NLl2", "NL12"), ("1O5,00", "105,00"), ("1.2O4,5O", "1.204,50"),
     ("Ordnung", "Ordnung"), ("BIC", "BIC"), ("O", "O"), ("DE08", "DE08"), (";", ",")],
)  # fmt: skip
def test_repair_only_where_a_digit_must_stand(seen: str, meant: str) -> None:
    assert repair(seen) == meant


@pytest.fixture(scope="module")
def first_page() -> Image.Image:
    sample = generate(size=4)[0]
    (page,) = scan_pages(sample.pdf, random.Random(5))
    return page


def test_deskew_finds_the_turn(first_page: Image.Image) -> None:
    level = skew_angle(first_page)
    turned = first_page.rotate(1.2, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
    assert abs((skew_angle(turned) - level) + 1.2) <= 0.3


def test_a_page_upside_down_or_sideways_is_turned_upright(first_page: Image.Image) -> None:
    _image, found, turned = upright(first_page.rotate(90, expand=True), 200)
    assert turned == 270
    assert found.confidence > 0.8 and len(found.words) > 60


def test_image_limits_and_kinds() -> None:
    bomb = io.BytesIO()
    Image.new("1", (12000, 12000), 1).save(bomb, "PNG")
    assert image_kind(bomb.getvalue()) == "png"
    with pytest.raises(ImageRefused, match="too large"):
        open_images(bomb.getvalue(), 3)
    with pytest.raises(ImageRefused, match="damaged"):
        open_images(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, 3)
    tiff = io.BytesIO()
    frames = [Image.new("L", (200, 100), shade) for shade in (255, 200, 150, 100)]
    frames[0].save(tiff, "TIFF", save_all=True, append_images=frames[1:])
    pages, count, _dpi = open_images(tiff.getvalue(), 3)
    assert count == 4 and len(pages) == 3
    assert image_kind(b"%PDF-1.7") is None


def test_searchable_copy_has_the_words_as_text() -> None:
    image = Image.new("L", (800, 300), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=40)
    draw.text((40, 100), "Rechnung 4711 Größe 1.234,56 €", font=font, fill=0)
    scan = read_scan([image], 200)
    assert "4711" in [w[5] for w in scan.words]
    pdf = searchable_pdf(scan.pages, scan.sizes, scan.words)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = document.pages[0].extract_text()
        assert document.pages[0].images, "the page image is kept"
    assert "4711" in text and "Rechnung" in text


def test_check_digits_mend_split_ibans_and_confused_vat_ids() -> None:
    from invoicedesk.documents.intake.ocr.scan import checksum_repair

    words = [
        (0, 10.0, 100.0, 60.0, 110.0, "IBAN"),
        (0, 62.0, 100.0, 150.0, 110.0, "GB21NWBK6016131"),
        (0, 152.0, 100.0, 190.0, 110.0, "1932935"),
        (0, 10.0, 120.0, 40.0, 130.0, "IE87184800"),
        (0, 10.0, 140.0, 40.0, 150.0, "DE08"),
        (0, 45.0, 140.0, 60.0, 150.0, "3704"),
    ]
    mended = [w[5] for w in checksum_repair(words)]
    assert mended == ["IBAN", "GB21NWBK60161311932935", "IE8718480O", "DE08", "3704"]


def test_an_empty_page_gives_no_words() -> None:
    from invoicedesk.documents.intake.ocr.engine import recognise

    found = recognise(Image.new("L", (400, 300), 255))
    assert found.words == [] and found.confidence == 0.0
