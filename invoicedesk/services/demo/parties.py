"""Realistic demo parties: German, Dutch and Austrian firms with valid VAT IDs and IBANs.

Check digits are computed with python-stdnum and schwifty, so every generated number passes
the same validation as a real one.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from schwifty import IBAN
from stdnum.at import uid as at_uid
from stdnum.iso7064 import mod_11_10
from stdnum.nl import bsn

CUSTOMERS_DE = [
    "Autohaus Brandt GmbH",
    "Kfz-Meisterbetrieb Schröder",
    "Bäckerei Weißgerber OHG",
    "Hausverwaltung Köhler & Söhne",
    "Praxis Dr. Hübner",
    "Gärtnerei Lindenhof KG",
    "Spedition Vogt GmbH & Co. KG",
    "Elektro Schäfer e.K.",
    "Stadtwerke Neustadt GmbH",
    "Hotel Zur Post",
    "Malerbetrieb Krüger",
    "Ingenieurbüro Falk",
    "Metallbau Jäger GmbH",
    "Zahnarztpraxis Groß",
    "Fahrschule Möller",
    "Taxi-Zentrale Fürth eG",
]
CUSTOMERS_NL = [
    "Jansen B.V.",
    "De Vries Autoschade V.O.F.",
    "Bakker Logistiek B.V.",
    "Van den Berg Installatietechniek",
    "Smit & Visser Accountants",
    "IJsselmeer Jachtservice",
    "Mulder Bouw B.V.",
    "Garage De Boer",
]
CUSTOMERS_AT = [
    "Kfz-Technik Huber GmbH",
    "Gasthof Steirerhof",
    "Tischlerei Pichler KG",
    "Wiener Fuhrpark Gruber GmbH",
]
SUPPLIERS_DE = [
    "Reifen Müller GmbH",
    "Autoteile Krause GmbH",
    "Bosch Car Service Wagner",
    "Büroservice Lehmann",
    "Energieversorgung Mitte AG",
    "Werkzeughandel Rösler",
    "Lackzentrum Bauer GmbH",
    "IT-Systemhaus Neumann",
    "Reinigungsdienst Sauber & Co.",
    "Ölhandel Zimmermann",
    "Druckerei Fröhlich",
    "Versicherungsbüro Hartmann",
]
SUPPLIERS_NL = ["Van Dijk Onderdelen B.V.", "Kok Bandenservice", "Dekker Kantoorartikelen B.V."]
SUPPLIERS_AT = ["Alpen Ersatzteile GmbH", "Steiner Werkstattbedarf OG"]

CITIES = {
    "DE": [
        ("Hamburg", "20095"),
        ("München", "80331"),
        ("Köln", "50667"),
        ("Düsseldorf", "40213"),
        ("Nürnberg", "90402"),
        ("Würzburg", "97070"),
        ("Lübeck", "23552"),
        ("Göttingen", "37073"),
    ],
    "NL": [
        ("Amsterdam", "1012 AB"),
        ("Utrecht", "3511 AA"),
        ("Zwolle", "8011 AA"),
        ("Groningen", "9711 AA"),
        ("Eindhoven", "5611 AA"),
    ],
    "AT": [("Wien", "1010"), ("Graz", "8010"), ("Linz", "4020"), ("Salzburg", "5020")],
}
STREETS = {
    "DE": [
        "Hauptstraße",
        "Bahnhofstraße",
        "Industriestraße",
        "Lindenallee",
        "Mühlenweg",
        "Schloßstraße",
        "Gartenstraße",
    ],
    "NL": ["Dorpsstraat", "Kerkstraat", "Stationsweg", "Industrieweg", "Molenstraat"],
    "AT": ["Hauptplatz", "Ringstraße", "Bahnhofgasse", "Mariahilfer Straße"],
}
BANKS = {
    "DE": ["37040044", "50010517", "10070000", "76050101"],
    "NL": ["ABNA", "INGB", "RABO"],
    "AT": ["19043", "12000", "20111"],
}
LANG = {"DE": "de", "NL": "nl", "AT": "de"}


@dataclass(frozen=True)
class DemoParty:
    """Plain data for one party row."""

    kind: str
    name: str
    street: str
    postal_code: str
    city: str
    country: str
    vat_id: str
    iban: str
    email: str
    language: str


def vat_id(country: str, rng: random.Random) -> str:
    """A VAT ID with correct check digits for DE, NL or AT."""
    if country == "DE":
        body = str(rng.randint(10_000_000, 99_999_999))
        return f"DE{body}{mod_11_10.calc_check_digit(body)}"
    if country == "AT":
        body = str(rng.randint(1_000_000, 9_999_999))
        return f"ATU{body}{at_uid.calc_check_digit('U' + body)}"
    while True:
        body = str(rng.randint(10_000_000, 99_999_999))
        for digit in range(10):
            if bsn.checksum(f"{body}{digit}") == 0:
                return f"NL{body}{digit}B01"


def iban(country: str, rng: random.Random) -> str:
    """An IBAN with a correct checksum for DE, NL or AT."""
    bank = rng.choice(BANKS[country])
    length = {"DE": 10, "NL": 10, "AT": 11}[country]
    account = str(rng.randint(10 ** (length - 2), 10 ** (length - 1) - 1)).zfill(length)
    return str(IBAN.generate(country, bank_code=bank, account_code=account).compact)


def _slug(name: str) -> str:
    keep = "".join(c for c in name.lower() if c.isalnum() or c == " ")
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
    return "-".join(keep.translate(table).split()[:2])


def demo_parties(rng: random.Random) -> list[DemoParty]:
    """All demo customers and suppliers."""
    result: list[DemoParty] = []
    groups = [
        ("customer", "DE", CUSTOMERS_DE),
        ("customer", "NL", CUSTOMERS_NL),
        ("customer", "AT", CUSTOMERS_AT),
        ("supplier", "DE", SUPPLIERS_DE),
        ("supplier", "NL", SUPPLIERS_NL),
        ("supplier", "AT", SUPPLIERS_AT),
    ]
    for kind, country, names in groups:
        for name in names:
            city, postal = rng.choice(CITIES[country])
            street = f"{rng.choice(STREETS[country])} {rng.randint(1, 120)}"
            mailbox = "rechnung" if kind == "supplier" else "buchhaltung"
            if country == "NL":
                mailbox = "facturen" if kind == "supplier" else "administratie"
            result.append(
                DemoParty(
                    kind=kind,
                    name=name,
                    street=street,
                    postal_code=postal,
                    city=city,
                    country=country,
                    vat_id=vat_id(country, rng),
                    iban=iban(country, rng),
                    email=f"{mailbox}@{_slug(name)}.example.com",
                    language=LANG[country],
                )
            )
    return result
