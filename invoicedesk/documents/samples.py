"""Realistic sample documents for previews, tests and the render benchmark (no database)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

from invoicedesk.config import resources_dir
from invoicedesk.documents.model import (
    TYPE_CREDIT_NOTE,
    TYPE_INVOICE,
    Buyer,
    DocumentLine,
    InvoiceDocument,
    Language,
    Seller,
)

#: (German, English, Dutch description, unit, unit price) of a car/parts dealer's items
CATALOGUE: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "Bremsscheibe vorn, belüftet, 312 × 25 mm",
        "Front brake disc, ventilated, 312 × 25 mm",
        "Remschijf voor, geventileerd, 312 × 25 mm",
        "H87",
        "89.90",
    ),
    (
        "Bremsbeläge Satz Vorderachse inkl. Verschleißanzeiger",
        "Front axle brake pad set with wear indicator",
        "Remblokkenset vooras met slijtage-indicator",
        "SET",
        "64.50",
    ),
    (
        "Motoröl 5W-30 Longlife, Gebinde 5 l",
        "Engine oil 5W-30 longlife, 5 l can",
        "Motorolie 5W-30 longlife, can 5 l",
        "C62",
        "42.95",
    ),
    (
        "Ölfilter mit Dichtring",
        "Oil filter with sealing ring",
        "Oliefilter met afdichtring",
        "H87",
        "12.40",
    ),
    ("Luftfilter Größe L", "Air filter, size L", "Luchtfilter maat L", "H87", "18.75"),
    (
        "Werkstattstunde Mechanik",
        "Workshop labour, mechanics",
        "Werkplaatsuur mechanica",
        "HUR",
        "98.00",
    ),
    (
        "Diagnose Steuergeräte (Fehlerspeicher auslesen und löschen)",
        "ECU diagnostics (read and clear fault memory)",
        "Diagnose regeleenheden (foutgeheugen uitlezen en wissen)",
        "HUR",
        "112.00",
    ),
    (
        "Wartungsvertrag Flotte – monatliche Pauschale für 12 Fahrzeuge",
        "Fleet maintenance contract – monthly flat fee for 12 vehicles",
        "Onderhoudscontract wagenpark – maandelijks vast bedrag voor 12 voertuigen",
        "MON",
        "480.00",
    ),
    (
        "Reifenmontage und Auswuchten je Rad",
        "Tyre fitting and balancing per wheel",
        "Bandenmontage en balanceren per wiel",
        "C62",
        "17.50",
    ),
    (
        "Sommerreifen 225/45 R17 94W XL",
        "Summer tyre 225/45 R17 94W XL",
        "Zomerband 225/45 R17 94W XL",
        "H87",
        "131.20",
    ),
    (
        "Scheibenwischer-Set Aero, Fahrer- und Beifahrerseite",
        "Aero wiper blade set, driver and passenger",
        "Ruitenwisserset Aero, bestuurder en passagier",
        "SET",
        "39.90",
    ),
    (
        "Entsorgung Altöl und Filter",
        "Disposal of waste oil and filters",
        "Afvoer afgewerkte olie en filters",
        "LS",
        "9.80",
    ),
    (
        "Klimaservice inkl. Kältemittel R1234yf",
        "Air-conditioning service incl. refrigerant R1234yf",
        "Aircoservice incl. koudemiddel R1234yf",
        "LS",
        "149.00",
    ),
    ("Zündkerze Iridium", "Iridium spark plug", "Bougie iridium", "H87", "14.35"),
    (
        "Hol- und Bringservice im Stadtgebiet",
        "Pick-up and delivery service within the city",
        "Haal- en brengservice binnen de stad",
        "LS",
        "25.00",
    ),
)
_LANG_INDEX = {"de": 0, "en": 1, "nl": 2}
_ORDER = {"de": "Auftrag", "en": "Order", "nl": "Order"}


@lru_cache(maxsize=1)
def sample_logo() -> bytes:
    """A small PNG logo (rounded square with initials), drawn once."""
    image = Image.new("RGBA", (360, 120), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, 119, 119), radius=22, fill=(31, 58, 95, 255))
    font = ImageFont.truetype(str(resources_dir() / "fonts" / "DejaVuSans-Bold.ttf"), 56)
    draw.text((60, 62), "BS", font=font, fill=(255, 255, 255, 255), anchor="mm")
    small = ImageFont.truetype(str(resources_dir() / "fonts" / "DejaVuSans-Bold.ttf"), 34)
    draw.text((140, 36), "BRANDT", font=small, fill=(31, 58, 95, 255), anchor="lm")
    draw.text((140, 84), "& SÖHNE", font=small, fill=(200, 120, 30, 255), anchor="lm")
    out = BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def sample_seller(with_logo: bool = True) -> Seller:
    """The demo company: a parts dealer and workshop in Cologne."""
    return Seller(
        name="Brandt & Söhne Kfz-Teile GmbH",
        street="Hauptstraße 12",
        postal_code="50667",
        city="Köln",
        country="DE",
        vat_id="DE136695976",
        tax_number="214/5678/0123",
        register_court="Amtsgericht Köln",
        register_number="HRB 12345",
        managing_director="Jürgen Weiß",
        email="rechnung@brandt-soehne.de",
        phone="+49 221 123456-0",
        website="www.brandt-soehne.de",
        iban="DE89370400440532013000",
        bic="COBADEFFXXX",
        bank_name="Commerzbank Köln",
        logo=sample_logo() if with_logo else None,
    )


BUYERS: dict[str, Buyer] = {
    "de": Buyer(
        "Autohaus Müller GmbH",
        "Bahnhofstraße 5",
        "80335",
        "München",
        "DE",
        email="buchhaltung@autohaus-mueller.de",
        customer_number="K-10482",
    ),
    "en": Buyer(
        "Whitfield Motors Ltd",
        "14 Harbour Road",
        "D01 F5P2",
        "Dublin",
        "IE",
        vat_id="IE6388047V",
        email="accounts@whitfield-motors.ie",
        customer_number="K-20117",
    ),
    "nl": Buyer(
        "Bĳl Techniek B.V.",
        "Stationsweg 14",
        "3077 AA",
        "Rotterdam",
        "NL",
        vat_id="NL000099998B57",
        email="facturen@bijl-techniek.nl",
        customer_number="K-30551",
        contact="t.a.v. de heer J. van Dĳk",
    ),
}


def sample_lines(
    count: int,
    rng: random.Random,
    *,
    vat: tuple[str, Decimal] = ("S", Decimal(19)),
    multi_rate: bool = False,
    issue: date = date(2026, 11, 21),
    groups: bool = False,
    language: str = "de",
) -> list[DocumentLine]:
    """``count`` catalogue lines with random quantities, discounts and, for contracts, periods."""
    lines = []
    for pos in range(1, count + 1):
        item = rng.choice(CATALOGUE)
        description, unit, price = item[_LANG_INDEX[language]], item[3], item[4]
        category, rate = vat
        if multi_rate and pos % 3 == 0:
            rate = Decimal(7)
        quantity = Decimal(rng.choice(["1", "2", "4", "0.5", "1.5", "3"]))
        if unit in ("LS", "MON"):
            quantity = Decimal(1)
        start = end = None
        if unit == "MON":
            start = issue.replace(day=1)
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        lines.append(
            DocumentLine(
                position=pos,
                description=description,
                quantity=quantity,
                unit=unit,
                unit_price=Decimal(price),
                vat_rate=rate,
                vat_category=category,
                discount_percent=Decimal(rng.choice([0, 0, 0, 5, 10])),
                article_no=f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                period_start=start,
                period_end=end,
                group=(f"{_ORDER[language]} A-{7000 + (pos - 1) // 4}" if groups else None),
            )
        )
    return lines


def sample_invoice(
    n_lines: int = 3,
    language: Language = "de",
    *,
    reverse_charge: bool = False,
    multi_rate: bool = False,
    credit_note: bool = False,
    seed: int = 0,
    number: str | None = None,
    groups: bool = False,
    with_logo: bool = True,
) -> InvoiceDocument:
    """A complete invoice (or credit note) with ``n_lines`` lines in the given language."""
    rng = random.Random(seed)  # noqa: S311 - sample data, not security
    issue = date(2026, 11, 21)
    vat = ("AE", Decimal(0)) if reverse_charge else ("S", Decimal(19))
    lines = sample_lines(
        n_lines,
        rng,
        vat=vat,
        multi_rate=multi_rate and not reverse_charge,
        issue=issue,
        groups=groups,
        language=language,
    )
    buyer = BUYERS[language]
    if reverse_charge and not buyer.vat_id:
        buyer = BUYERS["nl"]
    terms = {
        "de": "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
        "en": "Payable within 14 days without deduction.",
        "nl": "Betaalbaar binnen 14 dagen zonder aftrek.",
    }[language]
    return InvoiceDocument.create(
        lines=lines,
        type_code=TYPE_CREDIT_NOTE if credit_note else TYPE_INVOICE,
        number=number or f"{'GS' if credit_note else 'RE'}-2026-{4100 + seed:05d}",
        issue_date=issue,
        seller=sample_seller(with_logo),
        buyer=buyer,
        language=language,
        delivery_date=issue - timedelta(days=2),
        due_date=None if credit_note else issue + timedelta(days=14),
        payment_terms=None if credit_note else terms,
        preceding_invoice_number="RE-2026-04077" if credit_note else None,
        preceding_invoice_date=date(2026, 11, 3) if credit_note else None,
    )
