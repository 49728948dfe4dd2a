"""Unit tests of the intake value parsers, layout and file sniffing (no shared data)."""

from __future__ import annotations

import pickle
from datetime import date
from decimal import Decimal

import pytest

from invoicedesk.documents.intake.einvoice_read import EInvoiceError, read_einvoice
from invoicedesk.documents.intake.plain_read import read_plain
from invoicedesk.documents.intake.readout import read_document, sniff
from invoicedesk.documents.intake.result import FIELD_NAMES, EInvoice, ParseResult
from invoicedesk.documents.intake.values import (
    find_currency,
    find_ibans,
    find_vat_ids,
    parse_amount,
    parse_date,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Datum: 12.03.2024", date(2024, 3, 12)),
        ("12-03-2024", date(2024, 3, 12)),
        ("2024-03-12", date(2024, 3, 12)),
        ("12 March 2024", date(2024, 3, 12)),
        ("August 3 , 2014", date(2014, 8, 3)),
        ("7. Mai 2014", date(2014, 5, 7)),
        ("19 april 2014", date(2014, 4, 19)),
        ("02 Juillet 2015", date(2015, 7, 2)),
        ("1 décembre 2023", date(2023, 12, 1)),
        ("Zahlungsziel 21.05.14", date(2014, 5, 21)),
        ("no date 31.02.2024 here", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    """Numeric and month-name dates in German, English, Dutch and French."""
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("1234.56", "1234.56"),
        ("€ 717,97", "717.97"),
    ],
)
def test_parse_amount(text: str, expected: str) -> None:
    """Both decimal conventions and thousands separators."""
    assert parse_amount(text) == Decimal(expected)


def test_iban_vat_and_currency_patterns() -> None:
    """IBANs and VAT IDs are validated; a wrong check digit is rejected."""
    assert find_ibans("IBAN DE89 3704 0044 0532 0130 00 BIC X") == ["DE89370400440532013000"]
    assert find_ibans("IBAN DE88 3704 0044 0532 0130 00") == []
    text = "www.example.de UStId DE 232 446 240 SWIFT HELADEF1GEL"
    assert [v for _, v in find_vat_ids(text)] == ["DE232446240"]
    assert find_vat_ids("DE 232 446 241") == []
    assert find_currency("Total € 10,00 € 2,00") == "EUR"
    assert find_currency("Amount $4.11") == "USD"


def _words(
    rows: list[tuple[float, float, str]],
) -> list[tuple[int, float, float, float, float, str]]:
    words = []
    for x, top, text in rows:
        for part in text.split():
            words.append((0, x, top, x + 6 * len(part), top + 10, part))
            x += 6 * len(part) + 4
    return words


def test_read_plain_labels_right_and_below() -> None:
    """Values right of a label and under column headers; an item row is no total."""
    words = _words(
        [
            (40, 40, "Muster Handel GmbH"),
            (40, 100, "Rechnungsnummer: RE-2024-17"),
            (300, 100, "Datum"),
            (300, 114, "12.03.2024"),
            (40, 200, "Bezeichnung"),
            (300, 200, "Betrag"),
            (40, 214, "Schrauben"),
            (300, 214, "100,00"),
            (40, 260, "Nettobetrag"),
            (300, 260, "100,00"),
            (40, 274, "MwSt. 19 %"),
            (300, 274, "19,00"),
            (40, 300, "Gesamtbetrag EUR 119,00"),
        ]
    )
    text = "\n".join(w[5] for w in words)
    fields, details = read_plain(words, text)
    assert fields["supplier_name"].value == "Muster Handel GmbH"
    assert fields["invoice_number"].value == "RE-2024-17"
    assert fields["invoice_date"].value == "2024-03-12"
    assert (fields["net"].value, fields["tax"].value, fields["gross"].value) == (
        "100.00",
        "19.00",
        "119.00",
    )
    assert fields["gross"].confidence >= 0.9 and details["amounts_consistent"]
    assert fields["currency"].value == "EUR"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n", "pdf"),
        (b"junk%PDF-1.4", "pdf"),
        (b"\xef\xbb\xbf<?xml version='1.0'?><a/>", "xml"),
        (b"\xef\xbb\xbf\r\n<!-- c --><a/>", "xml"),
        (b"<!DOCTYPE html><html></html>", "html"),
        (b"\x00\x01\x02", None),
    ],
)
def test_sniff(data: bytes, kind: str | None) -> None:
    """Magic bytes decide the kind, never the file name."""
    assert sniff(data) == kind


def test_readability_errors_in_process() -> None:
    """Empty, random and HTML files get a sentence, no exception."""
    assert read_document(b"", "a.pdf").error == "The file is empty."
    assert read_document(b"\x00" * 50, "a.pdf").error == "The file is not a PDF."
    assert read_document(b"<html><body>hi</body></html>", "a.pdf").error == (
        "The file is not a PDF: it is a web page (HTML)."
    )
    broken = read_document(b"<?xml version='1.0'?><Invoice", "a.xml")
    assert not broken.ok and broken.kind == "xml" and broken.error


def test_xml_entities_are_not_expanded() -> None:
    """An XXE attempt neither reads files nor fails open: it is refused before parsing."""
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b'<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:'
        b'CrossIndustryInvoice:100"><rsm:ExchangedDocument><ID>&e;</ID>'
        b"</rsm:ExchangedDocument></rsm:CrossIndustryInvoice>"
    )
    with pytest.raises(EInvoiceError, match="DOCTYPE"):
        read_einvoice(xxe)
    with pytest.raises(EInvoiceError, match="not an invoice"):
        read_einvoice(b"<Catalogue/>")


def test_results_are_picklable() -> None:
    """Results cross a process boundary."""
    result = ParseResult(
        ok=True,
        einvoice=EInvoice("CII", "Factur-X 1.0", "MINIMUM", False, "380", None, [], b"<x/>"),
        words=[(0, 1.0, 2.0, 3.0, 4.0, "a")],
    )
    clone = pickle.loads(pickle.dumps(result))
    assert clone == result
    assert set(clone.fields) == set(FIELD_NAMES)
