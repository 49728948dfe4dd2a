"""Printed texts of outgoing documents in German, English and Dutch, and number/date formats."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

from invoicedesk.domain.skonto import Skonto

LOCALES = {"de": "de_DE", "en": "en_GB", "nl": "nl_NL"}
DATE_PATTERNS = {"de": "dd.MM.yyyy", "en": "dd/MM/yyyy", "nl": "dd-MM-yyyy"}

LABELS: dict[str, dict[str, str]] = {
    "de": {
        "380": "Rechnung",
        "381": "Rechnungskorrektur",
        "number": "Rechnungsnummer",
        "number_381": "Belegnummer",
        "date": "Datum",
        "customer_no": "Kundennummer",
        "buyer_ref": "Ihre Referenz",
        "leitweg": "Leitweg-ID",
        "delivery_date": "Lieferdatum",
        "period": "Leistungszeitraum",
        "due_date": "Fällig am",
        "buyer_vat_id": "USt-IdNr. Kunde",
        "pos": "Pos.",
        "article": "Art.-Nr.",
        "description": "Bezeichnung",
        "qty": "Menge",
        "unit": "Einheit",
        "unit_price": "Einzelpreis",
        "discount": "Rabatt",
        "vat": "USt.",
        "amount": "Betrag",
        "carried_bottom": "Übertrag",
        "carried_top": "Übertrag",
        "subtotal": "Zwischensumme",
        "vat_summary": "Umsatzsteuer",
        "vat_rate": "Satz",
        "net_amount": "Nettobetrag",
        "vat_amount": "Steuerbetrag",
        "net_total": "Summe netto",
        "vat_total": "Summe Umsatzsteuer",
        "gross_total": "Gesamtbetrag",
        "gross_total_381": "Erstattungsbetrag",
        "page": "Seite {page} von {pages}",
        "intro": "Sehr geehrte Damen und Herren,\n"
        "wir berechnen Ihnen folgende Lieferungen und Leistungen:",
        "intro_381": "Sehr geehrte Damen und Herren,\nwir schreiben Ihnen folgende Beträge gut:",
        "corrects": "Diese Rechnungskorrektur bezieht sich auf die Rechnung {number} vom {date}.",
        "corrects_nodate": "Diese Rechnungskorrektur bezieht sich auf die Rechnung {number}.",
        "delivery_is_issue": "Das Liefer-/Leistungsdatum entspricht dem Rechnungsdatum.",
        "refund": "Der Betrag von {amount} wird Ihnen erstattet.",
        "cancels": "Hiermit stornieren wir die Rechnung {number} vom {date}.",
        "cancels_nodate": "Hiermit stornieren wir die Rechnung {number}.",
        "offset": "Der Betrag von {amount} wird mit der Rechnung {number} verrechnet.",
        "nothing_due": "Die Rechnung {number} ist damit ausgeglichen; "
        "bitte bezahlen Sie sie nicht mehr.",
        "payment": "Zahlung",
        "pay_until": "Bitte überweisen Sie {amount} bis zum {date} unter Angabe von „{ref}“.",
        "pay_now": "Bitte überweisen Sie {amount} unter Angabe von „{ref}“.",
        "bank": "Bankverbindung",
        "qr_caption": "GiroCode: mit der Banking-App scannen",
        "vat_id": "USt-IdNr.",
        "tax_number": "Steuernummer",
        "register": "Handelsregister",
        "director": "Geschäftsführung",
        "phone": "Tel.",
        "email": "E-Mail",
        "AE": "Steuerschuldnerschaft des Leistungsempfängers (§ 13b UStG).",
        "E": "Steuerfreie Leistung.",
        "K": "Steuerfreie innergemeinschaftliche Lieferung (§ 4 Nr. 1b UStG).",
        "G": "Steuerfreie Ausfuhrlieferung (§ 4 Nr. 1a UStG).",
        "O": "Nicht im Inland steuerbare Leistung.",
        "Z": "Nullsatz.",
        "cat_AE": "Reverse Charge",
        "cat_E": "steuerfrei",
        "cat_K": "innergem. Lieferung",
        "cat_G": "Ausfuhr",
        "cat_O": "nicht steuerbar",
        "cat_Z": "Nullsatz",
        "E_small": "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmer).",
        "skonto": "Bei Zahlung bis zum {date} gewähren wir {percent} Skonto ({discount}); "
        "zu zahlen sind dann {pay}.",
        "total_small": "Rechnungsbetrag",
    },
    "en": {
        "380": "Invoice",
        "381": "Credit note",
        "number": "Invoice number",
        "number_381": "Credit note number",
        "date": "Date",
        "customer_no": "Customer number",
        "buyer_ref": "Your reference",
        "leitweg": "Leitweg-ID",
        "delivery_date": "Delivery date",
        "period": "Service period",
        "due_date": "Due date",
        "buyer_vat_id": "Customer VAT ID",
        "pos": "Pos.",
        "article": "Item no.",
        "description": "Description",
        "qty": "Qty",
        "unit": "Unit",
        "unit_price": "Unit price",
        "discount": "Disc.",
        "vat": "VAT",
        "amount": "Amount",
        "carried_bottom": "Carried forward",
        "carried_top": "Brought forward",
        "subtotal": "Subtotal",
        "vat_summary": "VAT",
        "vat_rate": "Rate",
        "net_amount": "Net amount",
        "vat_amount": "VAT amount",
        "net_total": "Total net",
        "vat_total": "Total VAT",
        "gross_total": "Total amount",
        "gross_total_381": "Total credit",
        "page": "Page {page} of {pages}",
        "intro": "Dear Sir or Madam,\nwe invoice you for the following goods and services:",
        "intro_381": "Dear Sir or Madam,\nwe credit you with the following amounts:",
        "corrects": "This credit note corrects invoice {number} of {date}.",
        "corrects_nodate": "This credit note corrects invoice {number}.",
        "delivery_is_issue": "The date of supply is the invoice date.",
        "refund": "The amount of {amount} will be refunded to you.",
        "cancels": "Invoice {number} of {date} is hereby cancelled.",
        "cancels_nodate": "Invoice {number} is hereby cancelled.",
        "offset": "The amount of {amount} is offset against invoice {number}.",
        "nothing_due": "Invoice {number} is thereby settled; please do not pay it.",
        "payment": "Payment",
        "pay_until": "Please transfer {amount} by {date}, quoting “{ref}”.",
        "pay_now": "Please transfer {amount}, quoting “{ref}”.",
        "bank": "Bank details",
        "qr_caption": "Scan with your banking app (EPC QR)",
        "vat_id": "VAT ID",
        "tax_number": "Tax number",
        "register": "Commercial register",
        "director": "Managing director",
        "phone": "Phone",
        "email": "Email",
        "AE": "Reverse charge: VAT to be accounted for by the recipient (Art. 196 VAT Directive).",
        "E": "VAT exempt supply.",
        "K": "VAT exempt intra-Community supply (Art. 138 VAT Directive).",
        "G": "VAT exempt export (Art. 146 VAT Directive).",
        "O": "Not subject to VAT.",
        "Z": "Zero-rated supply.",
        "cat_AE": "reverse charge",
        "cat_E": "exempt",
        "cat_K": "intra-EU",
        "cat_G": "export",
        "cat_O": "not subject",
        "cat_Z": "zero rated",
        "E_small": "No VAT is charged: small business under § 19 UStG (German VAT Act).",
        "skonto": "If paid by {date}, you may deduct a cash discount of {percent} ({discount}) "
        "and pay {pay}.",
        "total_small": "Invoice total",
    },
    "nl": {
        "380": "Factuur",
        "381": "Creditnota",
        "number": "Factuurnummer",
        "number_381": "Creditnotanummer",
        "date": "Datum",
        "customer_no": "Klantnummer",
        "buyer_ref": "Uw referentie",
        "leitweg": "Leitweg-ID",
        "delivery_date": "Leverdatum",
        "period": "Prestatieperiode",
        "due_date": "Vervaldatum",
        "buyer_vat_id": "Btw-nummer klant",
        "pos": "Pos.",
        "article": "Art.nr.",
        "description": "Omschrijving",
        "qty": "Aantal",
        "unit": "Eenheid",
        "unit_price": "Prijs",
        "discount": "Korting",
        "vat": "Btw",
        "amount": "Bedrag",
        "carried_bottom": "Transport",
        "carried_top": "Transport",
        "subtotal": "Subtotaal",
        "vat_summary": "Btw",
        "vat_rate": "Tarief",
        "net_amount": "Bedrag excl. btw",
        "vat_amount": "Btw-bedrag",
        "net_total": "Totaal excl. btw",
        "vat_total": "Totaal btw",
        "gross_total": "Totaal incl. btw",
        "gross_total_381": "Totaal creditnota",
        "page": "Pagina {page} van {pages}",
        "intro": "Geachte heer, mevrouw,\n"
        "hierbij factureren wij u de volgende leveringen en diensten:",
        "intro_381": "Geachte heer, mevrouw,\nhierbij crediteren wij u de volgende bedragen:",
        "corrects": "Deze creditnota corrigeert factuur {number} van {date}.",
        "corrects_nodate": "Deze creditnota corrigeert factuur {number}.",
        "delivery_is_issue": "De leverdatum is gelijk aan de factuurdatum.",
        "refund": "Het bedrag van {amount} wordt aan u terugbetaald.",
        "cancels": "Hiermee annuleren wij factuur {number} van {date}.",
        "cancels_nodate": "Hiermee annuleren wij factuur {number}.",
        "offset": "Het bedrag van {amount} wordt verrekend met factuur {number}.",
        "nothing_due": "Factuur {number} is daarmee vereffend; u hoeft deze niet meer te betalen.",
        "payment": "Betaling",
        "pay_until": "Gelieve {amount} uiterlijk {date} over te maken "
        "onder vermelding van ‘{ref}’.",
        "pay_now": "Gelieve {amount} over te maken onder vermelding van ‘{ref}’.",
        "bank": "Bankgegevens",
        "qr_caption": "Scan met uw bankapp (EPC QR)",
        "vat_id": "Btw-nr.",
        "tax_number": "Belastingnr.",
        "register": "Handelsregister",
        "director": "Directeur",
        "phone": "Tel.",
        "email": "E-mail",
        "AE": "Btw verlegd (art. 196 Btw-richtlijn).",
        "E": "Vrijgesteld van btw.",
        "K": "Intracommunautaire levering, vrijgesteld van btw (art. 138 Btw-richtlijn).",
        "G": "Uitvoer, vrijgesteld van btw (art. 146 Btw-richtlijn).",
        "O": "Niet onderworpen aan btw.",
        "Z": "Nultarief.",
        "cat_AE": "btw verlegd",
        "cat_E": "vrijgesteld",
        "cat_K": "intracommunautair",
        "cat_G": "uitvoer",
        "cat_O": "niet onderworpen",
        "cat_Z": "nultarief",
        "E_small": "Geen btw berekend: kleine ondernemer volgens § 19 UStG (Duitse btw-wet).",
        "skonto": "Bij betaling uiterlijk {date} mag u {percent} betalingskorting ({discount}) "
        "aftrekken en {pay} betalen.",
        "total_small": "Factuurbedrag",
    },
}

#: UN/ECE Recommendation 20 unit codes as printed
UNITS: dict[str, dict[str, str]] = {
    "de": {
        "C62": "Stk.",
        "H87": "Stk.",
        "HUR": "Std.",
        "DAY": "Tag",
        "MON": "Monat",
        "ANN": "Jahr",
        "KGM": "kg",
        "LTR": "l",
        "MTR": "m",
        "KMT": "km",
        "LS": "pausch.",
        "SET": "Satz",
        "MIN": "Min.",
    },
    "en": {
        "C62": "pcs",
        "H87": "pcs",
        "HUR": "h",
        "DAY": "day",
        "MON": "month",
        "ANN": "year",
        "KGM": "kg",
        "LTR": "l",
        "MTR": "m",
        "KMT": "km",
        "LS": "lump sum",
        "SET": "set",
        "MIN": "min",
    },
    "nl": {
        "C62": "st.",
        "H87": "st.",
        "HUR": "uur",
        "DAY": "dag",
        "MON": "maand",
        "ANN": "jaar",
        "KGM": "kg",
        "LTR": "l",
        "MTR": "m",
        "KMT": "km",
        "LS": "forfait",
        "SET": "set",
        "MIN": "min",
    },
}


def labels(language: str) -> dict[str, str]:
    """The label dictionary of a document language ('de', 'en' or 'nl')."""
    return LABELS[language]


def unit_name(language: str, code: str) -> str:
    """Printable name of a UN/ECE rec. 20 unit code; unknown codes are printed as they are."""
    return UNITS[language].get(code, code)


@lru_cache(maxsize=8)
def _locale(language: str) -> Locale:
    return Locale.parse(LOCALES[language])


@lru_cache(maxsize=4096)
def fmt_amount(language: str, value: Decimal) -> str:
    """An amount with two decimals in the language's style: ``1.234,50`` / ``1,234.50``."""
    return format_decimal(value, format="#,##0.00", locale=_locale(language))


def fmt_money(language: str, value: Decimal, currency: str) -> str:
    """An amount followed by the currency: ``1.234,50 €`` (EUR) or ``1.234,50 CHF``."""
    symbol = "€" if currency == "EUR" else currency
    return f"{fmt_amount(language, value)}\u00a0{symbol}"


@lru_cache(maxsize=4096)
def fmt_quantity(language: str, value: Decimal) -> str:
    """A quantity as entered, up to four decimals (the precision rule): ``1,5`` / ``0,3333``."""
    return format_decimal(value, format="#,##0.####", locale=_locale(language))


@lru_cache(maxsize=4096)
def fmt_price(language: str, value: Decimal) -> str:
    """A unit price as entered: at least two, at most four decimals (``0,333`` / ``12,50``),
    so that printed quantity x printed price gives the printed line amount."""
    return format_decimal(value, format="#,##0.00##", locale=_locale(language))


@lru_cache(maxsize=4096)
def fmt_rate(language: str, value: Decimal) -> str:
    """A VAT rate: ``19 %`` / ``7,5 %``."""
    return f"{format_decimal(value, format='0.##', locale=_locale(language))}\u00a0%"


def fmt_date(language: str, value: date) -> str:
    """A date in the language's usual numeric form."""
    return format_date(value, format=DATE_PATTERNS[language], locale=_locale(language))


def skonto_sentence(language: str, skonto: Skonto, currency: str) -> str:
    """The cash-discount sentence with its last day and amounts, in the document language."""
    return labels(language)["skonto"].format(
        date=fmt_date(language, skonto.until),
        percent=fmt_rate(language, skonto.percent),
        discount=fmt_money(language, skonto.discount, currency),
        pay=fmt_money(language, skonto.pay, currency),
    )
#: printed texts of the payment reminder (``documents/pdf/reminder.py``); the level's own
#: title and letter come from the dunning settings
REMINDER_LABELS: dict[str, dict[str, str]] = {
    "de": {
        "heading": "{title} zur Rechnung {number}",
        "invoice_date": "Rechnungsdatum",
        "due_since": "Fällig seit",
        "level": "Mahnstufe",
        "greeting": "Sehr geehrte Damen und Herren,",
        "item": "Rechnung {number} vom {date}, fällig am {due}",
        "paid": "Bereits bezahlt oder gutgeschrieben",
        "open": "Offener Betrag ({days} Tage überfällig)",
        "earlier_fees": "Mahngebühren früherer Schreiben",
        "fee": "Mahngebühr",
        "interest": "Verzugszinsen {rate} p. a. vom {start} bis {end} ({days} Tage)",
        "total": "Zu zahlender Betrag",
        "basis_business": "Verzugszinsen nach § 288 Abs. 2 BGB: Basiszinssatz zuzüglich "
        "9 Prozentpunkten, taggenau auf den offenen Betrag (act/365).",
        "basis_consumer": "Verzugszinsen nach § 288 Abs. 1 BGB: Basiszinssatz zuzüglich "
        "5 Prozentpunkten, taggenau auf den offenen Betrag (act/365).",
        "pay": "Bitte überweisen Sie {amount} bis zum {date} unter Angabe von „{ref}“.",
        "closing": "Mit freundlichen Grüßen",
    },
    "en": {
        "heading": "{title} for invoice {number}",
        "invoice_date": "Invoice date",
        "due_since": "Due since",
        "level": "Reminder level",
        "greeting": "Dear Sir or Madam,",
        "item": "Invoice {number} of {date}, due on {due}",
        "paid": "Already paid or credited",
        "open": "Open amount ({days} days overdue)",
        "earlier_fees": "Fees of earlier reminders",
        "fee": "Reminder fee",
        "interest": "Default interest {rate} p.a. from {start} to {end} ({days} days)",
        "total": "Amount due",
        "basis_business": "Default interest under § 288 (2) BGB: base rate plus 9 percentage "
        "points, per day on the open amount (act/365).",
        "basis_consumer": "Default interest under § 288 (1) BGB: base rate plus 5 percentage "
        "points, per day on the open amount (act/365).",
        "pay": "Please transfer {amount} by {date}, quoting “{ref}”.",
        "closing": "Kind regards",
    },
    "nl": {
        "heading": "{title} voor factuur {number}",
        "invoice_date": "Factuurdatum",
        "due_since": "Vervallen sinds",
        "level": "Aanmaning",
        "greeting": "Geachte heer, mevrouw,",
        "item": "Factuur {number} van {date}, vervallen op {due}",
        "paid": "Reeds betaald of gecrediteerd",
        "open": "Openstaand bedrag ({days} dagen te laat)",
        "earlier_fees": "Kosten van eerdere aanmaningen",
        "fee": "Aanmaningskosten",
        "interest": "Wettelijke rente {rate} per jaar van {start} tot en met {end} ({days} dagen)",
        "total": "Te betalen bedrag",
        "basis_business": "Wettelijke rente volgens § 288 lid 2 BGB: basisrente plus 9 "
        "procentpunten, per dag over het openstaande bedrag (act/365).",
        "basis_consumer": "Wettelijke rente volgens § 288 lid 1 BGB: basisrente plus 5 "
        "procentpunten, per dag over het openstaande bedrag (act/365).",
        "pay": "Gelieve {amount} uiterlijk {date} over te maken onder vermelding van ‘{ref}’.",
        "closing": "Met vriendelijke groet",
    },
}
