"""Companies of many countries with valid VAT IDs (python-stdnum) and IBANs (schwifty)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from schwifty import IBAN
from stdnum import get_cc_module


@dataclass(frozen=True)
class Country:
    """How a country's companies look: language, currency, number style family, legal forms."""

    code: str
    languages: tuple[str, ...]
    currency: str
    numbers: str
    legal_forms: tuple[str, ...]
    cities: tuple[tuple[str, str], ...]  # (postal code, city)
    streets: tuple[str, ...]
    bank: tuple[str, int]  # schwifty bank code, account digits


COUNTRIES: dict[str, Country] = {
    "DE": Country(
        "DE",
        ("de",),
        "EUR",
        "de",
        ("GmbH", "GmbH & Co. KG", "AG", "KG", "e.K.", "OHG"),
        (
            ("80331", "München"),
            ("50667", "Köln"),
            ("20095", "Hamburg"),
            ("70173", "Stuttgart"),
            ("04109", "Leipzig"),
        ),
        ("Hauptstraße {n}", "Industriestr. {n}", "Am Gewerbepark {n}", "Bahnhofstraße {n}a"),
        ("37040044", 10),
    ),
    "AT": Country(
        "AT",
        ("de",),
        "EUR",
        "de",
        ("GmbH", "AG", "KG", "e.U."),
        (("1010", "Wien"), ("4020", "Linz"), ("8010", "Graz")),
        ("Mariahilfer Straße {n}", "Industriezeile {n}"),
        ("19043", 11),
    ),
    "CH": Country(
        "CH",
        ("de", "fr"),
        "CHF",
        "ch",
        ("AG", "GmbH", "SA", "Sàrl"),
        (("8001", "Zürich"), ("3011", "Bern"), ("1201", "Genève")),
        ("Bahnhofstrasse {n}", "Rue du Rhône {n}"),
        ("00762", 12),
    ),
    "NL": Country(
        "NL",
        ("nl", "nl", "en"),
        "EUR",
        "nl",
        ("B.V.", "N.V.", "V.O.F."),
        (("1012 AB", "Amsterdam"), ("3012 CN", "Rotterdam"), ("3511 LX", "Utrecht")),
        ("Weena {n}", "Industrieweg {n}", "Keizersgracht {n}"),
        ("RABO", 10),
    ),
    "BE": Country(
        "BE",
        ("nl", "fr"),
        "EUR",
        "nl",
        ("BV", "NV", "SRL", "SA"),
        (("1000", "Brussel"), ("2000", "Antwerpen"), ("9000", "Gent")),
        ("Nieuwstraat {n}", "Rue Neuve {n}"),
        ("539", 7),
    ),
    "FR": Country(
        "FR",
        ("fr",),
        "EUR",
        "fr",
        ("SAS", "SARL", "SA", "EURL"),
        (("75008", "Paris"), ("69002", "Lyon"), ("13001", "Marseille")),
        ("12 rue de la Paix", "{n} avenue Jean Jaurès", "{n} boulevard Haussmann"),
        ("30004", 11),
    ),
    "LU": Country(
        "LU",
        ("fr", "de"),
        "EUR",
        "fr",
        ("S.à r.l.", "S.A."),
        (("L-1140", "Luxembourg"), ("L-4002", "Esch-sur-Alzette")),
        ("{n} route d'Arlon", "{n} rue de Hollerich"),
        ("001", 13),
    ),
    "GB": Country(
        "GB",
        ("en",),
        "GBP",
        "en",
        ("Ltd", "Limited", "PLC", "LLP"),
        (("EC1A 1BB", "London"), ("M1 1AE", "Manchester"), ("B1 1AA", "Birmingham")),
        ("{n} High Street", "Unit {n}, Riverside Park"),
        ("NWBK601613", 8),
    ),
    "IE": Country(
        "IE",
        ("en",),
        "EUR",
        "en",
        ("Ltd", "Limited", "DAC"),
        (("D02 X285", "Dublin 2"), ("T12 RW26", "Cork")),
        ("{n} Baggot Street", "Unit {n}, Park West"),
        ("AIBK931152", 8),
    ),
    "NO": Country(
        "NO",
        ("en",),
        "NOK",
        "no",
        ("AS", "ASA"),
        (("0150", "Oslo"), ("5003", "Bergen")),
        ("Karl Johans gate {n}", "Strandkaien {n}"),
        ("8601", 6),
    ),
}

SURNAMES = {
    "de": ("Müller", "Brandt", "Schröder", "Hoffmann", "Krüger", "Weiß", "Becker", "Vogel"),
    "nl": ("Jansen", "de Vries", "Bakker", "Visser", "Smit", "van Dijk", "Mulder"),
    "fr": ("Dubois", "Martin", "Lefèvre", "Moreau", "Garnier", "Rousseau", "Fontaine"),
    "en": ("Hughes", "Walsh", "Turner", "Clarke", "Olsen", "Berg", "Fletcher", "Murphy"),
}
TRADES = {
    "de": ("Kfz-Teile", "Werkzeuge", "Bürotechnik", "Autoservice", "Logistik", "Elektrotechnik"),
    "nl": ("Auto Onderdelen", "Techniek", "Installatietechniek", "Kantoorservice", "Logistiek"),
    "fr": ("Pièces Auto", "Fournitures", "Services", "Équipements", "Transports"),
    "en": ("Parts", "Supplies", "Engineering", "Solutions", "Logistics", "Office Systems"),
}
BRANDS = (
    "Nordlicht",
    "Alpina",
    "Brightline",
    "Zonnestraal",
    "Lumière",
    "Kestrel",
    "Fjord",
    "Meridian",
    "Vektor",
    "Polaris",
)
FIRST_NAMES = ("Anna", "Thomas", "Sophie", "Jan", "Claire", "Peter", "Eva", "Marc")

#: VAT number bodies: (stdnum country, printed prefix, random digits, check digits tried)
_VAT_SHAPES = {
    "DE": ("de", "DE", 8, 1), "AT": ("at", "ATU", 7, 1), "NL": ("nl", "NL", 8, 1),
    "BE": ("be", "BE0", 7, 2), "FR": ("fr", "FR", 0, 0), "LU": ("lu", "LU", 6, 2),
    "GB": ("gb", "GB", 7, 2), "IE": ("ie", "IE", 7, 0), "NO": ("no", "NO", 8, 1),
    "CH": ("ch", "CHE", 8, 1),
}  # fmt: skip


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def vat_id(rng: random.Random, country: str) -> str:
    """A valid VAT ID of ``country`` in compact form (``CHE123456789``, ``NO123456789``)."""
    module_cc, prefix, body, checks = _VAT_SHAPES[country]
    module = get_cc_module(module_cc, "vat")
    assert module is not None
    for _ in range(200):
        if country == "FR":
            siren = _luhn_complete(_digits(rng, 8))
            candidates = [f"FR{key:02d}{siren}" for key in range(100)]
        elif country == "IE":
            candidates = [f"IE{_digits(rng, 7)}{ch}" for ch in "ABCDEFGHIJKLMNOPQRSTUVW"]
        else:
            stem = prefix + _digits(rng, body)
            candidates = [stem + f"{n:0{checks}d}" for n in range(10**checks)]
        suffix = {"NL": "B01", "NO": "MVA", "CH": "MWST"}.get(country, "")
        for candidate in candidates:
            if module.is_valid(candidate + suffix):
                return candidate + ("B01" if country == "NL" else "")
    raise AssertionError(f"no VAT ID found for {country}")


def _luhn_complete(stem: str) -> str:
    for last in "0123456789":
        digits = [int(c) for c in stem + last]
        total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2)
                    for i, d in enumerate(reversed(digits)))  # fmt: skip
        if total % 10 == 0:
            return stem + last
    raise AssertionError(stem)


def printed_vat_id(rng: random.Random, compact: str, country: str, language: str) -> str:
    """The VAT ID as a supplier prints it (spaces, dots, Swiss and Norwegian suffixes)."""
    digits = compact[len(_VAT_SHAPES[country][1]) :] if country != "NL" else compact[2:]
    if country == "CH":
        suffix = {"de": "MWST", "fr": "TVA"}.get(language, "MWST")
        d = compact[3:]
        return f"CHE-{d[:3]}.{d[3:6]}.{d[6:]} {suffix}"
    if country == "NO":
        d = compact[2:]
        return rng.choice((f"NO {d[:3]} {d[3:6]} {d[6:]} MVA", f"NO{d}MVA"))
    if country == "GB":
        d = compact[2:]
        return rng.choice((f"GB {d[:3]} {d[3:7]} {d[7:]}", compact))
    if country == "DE":
        return rng.choice((compact, f"DE {digits[:3]} {digits[3:6]} {digits[6:]}"))
    if country == "BE":
        d = compact[2:]
        return rng.choice((compact, f"BE {d[:4]}.{d[4:7]}.{d[7:]}"))
    if country == "FR":
        return rng.choice((compact, f"FR {compact[2:4]} {compact[4:]}"))
    return compact


def iban(rng: random.Random, country: str) -> IBAN:
    """A valid IBAN of ``country`` (national check digits too, where schwifty knows them)."""
    bank, digits = COUNTRIES[country].bank
    for _ in range(500):
        try:
            candidate = IBAN.generate(country, bank_code=bank, account_code=_digits(rng, digits))
            return IBAN(str(candidate), validate_bban=True)
        except ValueError:
            continue
    raise AssertionError(f"no IBAN found for {country}")


@dataclass(frozen=True)
class Company:
    """A supplier or buyer with everything that may be printed about it."""

    name: str
    country: str
    street: str
    postal_code: str
    city: str
    vat_id: str
    vat_printed: str
    iban: str
    iban_printed: str
    bic: str
    bank_name: str
    phone: str
    email: str
    web: str
    register: str
    manager: str
    language: str

    @property
    def city_line(self) -> str:
        """``80331 München`` or ``London EC1A 1BB`` (British postcodes come after the town)."""
        if self.country in ("GB", "IE"):
            return f"{self.city} {self.postal_code}"
        return f"{self.postal_code} {self.city}"


def _name(rng: random.Random, country: Country, language: str) -> str:
    family = language if language in SURNAMES else "en"
    legal = rng.choice(country.legal_forms)
    shape = rng.randrange(4)
    surname = rng.choice(SURNAMES[family])
    if shape == 0:
        core = f"{surname} {rng.choice(TRADES[family])}"
    elif shape == 1:
        core = f"{surname} & {rng.choice([s for s in SURNAMES[family] if s != surname])}"
    elif shape == 2:
        core = f"{rng.choice(BRANDS)} {rng.choice(TRADES[family])}"
    else:
        core = rng.choice(BRANDS)
    return f"{core} {legal}"


def _register(rng: random.Random, country: str, city: str, vat: str) -> str:
    n = rng.randrange(10000, 99999)
    return {
        "DE": f"Amtsgericht {city} HRB {n}",
        "AT": f"FN {n}{rng.choice('abcdk')}, Handelsgericht {city}",
        "CH": f"Handelsregister des Kantons {city}",
        "NL": f"KvK {rng.randrange(10**7, 10**8)}",
        "BE": f"RPR {city}",
        "FR": f"RCS {city} B {vat[4:7]} {vat[7:10]} {vat[10:13]}",
        "LU": f"RCS Luxembourg B{n}",
        "GB": f"Registered in England and Wales No. {rng.randrange(10**7, 10**8):08d}",
        "IE": f"Registered in Ireland No. {n}",
        "NO": f"Foretaksregisteret {vat[2:5]} {vat[5:8]} {vat[8:11]}",
    }[country]


def company(rng: random.Random, code: str, language: str | None = None) -> Company:
    """A random company of country ``code`` writing in ``language`` (default: its first)."""
    country = COUNTRIES[code]
    language = language or country.languages[0]
    name = _name(rng, country, language)
    postal, city = rng.choice(country.cities)
    street = rng.choice(country.streets).format(n=rng.randrange(1, 180))
    vat = vat_id(rng, code)
    account = iban(rng, code)
    slug = "".join(ch for ch in name.split()[0].lower() if ch.isalpha()) or "firma"
    tld = {"GB": "co.uk", "IE": "ie", "CH": "ch", "AT": "at", "NO": "no"}.get(code, code.lower())
    return Company(
        name=name,
        country=code,
        street=street,
        postal_code=postal,
        city=city,
        vat_id=vat,
        vat_printed=printed_vat_id(rng, vat, code, language),
        iban=account.compact,
        iban_printed=account.formatted if rng.random() < 0.8 else account.compact,
        bic=str(account.bic or rng.choice(("COBADEFFXXX", "INGBNL2A", "BNPAFRPP"))),
        bank_name=str(account.bank_name or rng.choice(("Volksbank", "Rabobank", "BNP Paribas"))),
        phone=f"+{rng.randrange(30, 49)} {rng.randrange(10, 99)} {rng.randrange(100000, 999999)}",
        email=f"{rng.choice(('rechnung', 'billing', 'factuur', 'facturation'))}@{slug}.{tld}",
        web=f"www.{slug}.{tld}",
        register=_register(rng, code, city, vat),
        manager=f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES.get(language, SURNAMES['en']))}",
        language=language,
    )
