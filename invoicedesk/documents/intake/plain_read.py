"""Read-out of invoice fields from the words of a PDF without e-invoice XML.

Labels in German, English, Dutch and French are searched line by line; the value is taken
right of the label on the same line or, for column headers, from the lines below. Values are
parsed (dates, amounts) and validated (IBAN with schwifty, VAT IDs with python-stdnum). Each
field carries a confidence. Supplier hints learned from a clerk's corrections live in
:mod:`.hints`, which builds on this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from .layout import Line, below, build_lines, find_label, right_of
from .result import AMOUNT_FIELDS, ExtractedField, Word, empty_fields
from .values import (
    amount_matches,
    find_currency,
    find_ibans,
    find_vat_ids,
    format_amount,
    parse_amount,
    parse_date,
)

__all__ = ["parse_value", "read_plain"]

RIGHT, BELOW, BOTH = ("right",), ("below",), ("right", "below")
_ID_TOKEN = re.compile(r"^[A-Z0-9][A-Z0-9/_.\-]*[A-Z0-9]$", re.I)
_ID_NOISE = {"no", "nr", "nr.", "no.", "number", "nummer", "n°", "#", ":", "num", "numéro"}
_BUYER_CUES = re.compile(
    r"\b(uw|your|ihre?|votre|kunden?|client|customer|buyer|acheteur|afnemer|attn|bill\s+to"
    r"|ship\s+to|z\.\s?hd|t\.a\.v|à\s+l'attention)\b\W{0,3}\S*\W*$",
    re.I,
)
_ADDRESS_WORDS = re.compile(r"adres|address|anschrift|adresse|billing|shipping", re.I)
_INVOICE_WORDS = re.compile(
    r"^(?:(?:kopie|copy|copie|retail|proforma|original)\s+)?"
    r"(?:rechnung|invoice|invoices|factuur|facture|bill|gutschrift|credit\s+note)\b[\s.:/\w]*?"
    r"(?=[A-Z]|$)|\s+(?:rechnung|invoice|factuur|facture)\.?$",
    re.I,
)
_LEGAL_FORM = re.compile(
    r"(?<![\w.])((?:[A-Z0-9][\w&'’.\-]*\s+){0,4}?[A-Z0-9][\w&'’.\-]*),?\s+"
    r"(GmbH\s*&\s*Co\.?\s*KG|GmbH|AG|KG|OHG|UG|e\.\s?K\.|B\.\s?V\.|BV|N\.\s?V\.|Pvt\.?\s*Ltd\.?"
    r"|Ltd\.?|Limited|Inc\.?|LLC|SAS|SARL|S\.A\.|S\.r\.l\.|plc|GbR)(?!\w)"
)


@dataclass(frozen=True)
class Label:
    """A label pattern, where its value may be, the confidence of a hit and its layout."""

    pattern: re.Pattern[str]
    directions: tuple[str, ...] = BOTH
    confidence: float = 0.85
    standalone: bool = False


def _labels(*specs: tuple[str, tuple[str, ...], float] | str) -> tuple[Label, ...]:
    result = []
    for spec in specs:
        if isinstance(spec, str):
            result.append(Label(re.compile(spec, re.I)))
        else:
            pattern, directions, confidence = spec
            result.append(
                Label(re.compile(pattern, re.I), directions, confidence, pattern.startswith("^"))
            )
    return tuple(result)


_NOT_AFTER = "".join(
    f"(?<!{word} )"
    for word in ("excl.", "exclusief", "incl.", "inclusief", "ohne", "zzgl.", "inkl.", "hors")
)
LABELS: dict[str, tuple[Label, ...]] = {
    "invoice_number": _labels(
        r"rechnungs?[\s-]*(?:nummer|nr\.?|no\.?)",
        r"rechnung\s+nr\.?",
        r"invoice\s*(?:number|no\.?|nr\.?|#|id)",
        r"factuur\s*(?:nummer|nr\.?)",
        r"num[ée]ro\s+de\s+(?:la\s+)?facture",
        r"n[°o]\.?\s*(?:de\s+)?facture",
        r"facture\s*n[°o]\.?",
        r"bill\s*(?:no\.?|number)",
        (r"^factuur$", BELOW, 0.55),
        (r"^(?:invoice|rechnung|facture)$", BELOW, 0.55),
    ),
    "invoice_date": _labels(
        r"rechnungsdatum",
        r"invoice\s+date",
        r"factuur\s*datum",
        r"date\s+(?:de\s+(?:la\s+)?)?facture",
        r"factures?\b.*?\bdu\b",
        r"date\s+d'?\s*[ée]mission",
        r"date\s+of\s+issue|issue\s+date",
        (r"(?<![\w-])datum\b", BOTH, 0.6),
        (
            r"(?<!due )(?<![\w-])date\b(?!\s+(?:limite|d'[ée]ch|of\s+(?:delivery|supply)))",
            BOTH,
            0.55,
        ),
    ),
    "due_date": _labels(
        r"f[äa]llig(?:keit(?:sdatum)?|\s+am|\s+bis)?",
        r"zahlungsziel|zahlbar\s+bis",
        r"due\s+(?:date|on)|payment\s+due",
        r"vervaldatum|uiterste\s+betaaldatum|te\s+betalen\s+voor",
        r"[ée]ch[ée]ance|date\s+limite\s+de\s+paiement",
    ),
    "net": _labels(
        r"total\s+ht|montant\s+(?:eur\s+)?ht|total\s+hors\s+taxes?",
        r"totaal\s+excl|exclusief\s+btw|excl\.?\s+btw|bedrag\s+excl",
        r"nettobetrag|summe\s+netto|gesamt\s*netto|netto\s*summe|rechnungsbetrag\s+netto",
        r"net\s+(?:amount|total)|total\s+net|total\s+excl|subtotal\s+excl",
        (r"grondslag|bemessungsgrundlage", BOTH, 0.7),
        (r"\bnetto\b|\bsubtotaal\b|\bsubtotal\b|zwischensumme", RIGHT, 0.6),
        (r"\bnet\b(?!\s*[àa]\s+payer)", RIGHT, 0.5),
    ),
    "tax": _labels(
        r"mwst\.?[\s-]*betrag|ust\.?[\s-]*betrag|umsatzsteuer(?!-?id)|btw[\s-]*bedrag",
        r"montant\s+(?:de\s+la\s+)?tva|total\s+tva|vat\s+amount|tax\s+amount|total\s+vat",
        (
            _NOT_AFTER
            + r"\b(?:mwst|ust|vat|btw|tva|tax|gst)\b(?![\s.-]*(?:id|nr|nummer|number|no|reg))",
            RIGHT,
            0.6,
        ),
    ),
    "gross": _labels(
        r"grand\s+total|gesamtbetrag|rechnungsbetrag|endbetrag|bruttobetrag|gesamt\s*brutto",
        r"total\s+ttc|montant\s+(?:eur\s+)?ttc|somme\s+[àa]\s+payer|net\s+[àa]\s+payer",
        r"total\s+[àa]\s+payer|amount\s+due|total\s+due|balance\s+due|total\s+amount",
        r"invoice\s+total|total\s+for\s+this\s+invoice|factuur\s*totaal|totaal\s+incl",
        r"te\s+betalen|totaalbedrag|zu\s+zahlen|zahlbetrag",
        (r"\btotaal\b|\bgesamt\b|\btotal\b(?!\s*(?:ht|net|excl|tva|vat))|\bsumme\b", RIGHT, 0.6),
    ),
    "payment_reference": _labels(
        r"verwendungszweck|zahlungsreferenz|payment\s+reference|betalingskenmerk",
        r"r[ée]f[ée]rence\s+(?:de\s+)?paiement",
    ),
    "buyer_reference": _labels(
        r"ihr\s+zeichen|ihre\s+referenz|your\s+reference|uw\s+referentie|votre\s+r[ée]f[ée]rence",
    ),
}
KINDS = {
    "invoice_number": "id",
    "invoice_date": "date",
    "due_date": "date",
    "net": "amount",
    "tax": "amount",
    "gross": "amount",
    "payment_reference": "id",
    "buyer_reference": "text",
    "supplier_vat_id": "vat",
    "iban": "iban",
    "currency": "currency",
    "supplier_name": "text",
}


def _parse_id(text: str) -> str | None:
    tokens = [t.strip(":#°,;()") for t in text.split()]
    for token in [t for t in tokens if t and t.lower() not in _ID_NOISE][:2]:
        has_digit = any(ch.isdigit() for ch in token)
        if _ID_TOKEN.match(token) and has_digit and parse_date(token) is None:
            return token
    return None


def _parse_amount_text(text: str) -> str | None:
    for _start, end, amount in amount_matches(text):
        if not text[end : end + 2].strip().startswith("%"):
            return format_amount(amount)
    return None


def _parse_date_text(text: str) -> str | None:
    found = parse_date(text)
    return found.isoformat() if found else None


def _parse_text(text: str) -> str | None:
    cleaned = text.strip(" :#-")
    return cleaned or None


PARSERS: dict[str, Callable[[str], str | None]] = {
    "id": _parse_id,
    "date": _parse_date_text,
    "amount": _parse_amount_text,
    "vat": lambda text: next((v for _, v in find_vat_ids(text)), None),
    "iban": lambda text: next(iter(find_ibans(text)), None),
    "currency": find_currency,
    "text": _parse_text,
}


def parse_value(field_name: str, text: str) -> str | None:
    """Parse ``text`` as the value of ``field_name`` (ISO date, 2-decimal amount, ...)."""
    return PARSERS[KINDS[field_name]](text)


def _standalone(line: Line, match: re.Match[str]) -> bool:
    words = line.words_in_span(match.start(), match.end())
    if not words:
        return False
    index_first = line.words.index(words[0])
    index_last = line.words.index(words[-1])
    gap_before = words[0][1] - line.words[index_first - 1][3] if index_first else 99.0
    gap_after = (
        line.words[index_last + 1][1] - words[-1][3] if index_last + 1 < len(line.words) else 99.0
    )
    return gap_before > 8 and gap_after > 8


def _by_labels(lines: list[Line], field_name: str) -> ExtractedField | None:
    parse = PARSERS[KINDS[field_name]]
    for label in LABELS.get(field_name, ()):
        pattern = label.pattern
        if label.standalone:
            pattern = re.compile(r"\b" + pattern.pattern.strip("^$") + r"\b", re.I)
        for index, match in find_label(lines, pattern):
            line = lines[index]
            if label.standalone and not _standalone(line, match):
                continue
            if "right" in label.directions:
                value = parse(right_of(lines, index, match.end()))
                if value:
                    return ExtractedField(value, label.confidence, "label")
            if "below" in label.directions:
                words = line.words_in_span(match.start(), match.end())
                x0, x1 = min(w[1] for w in words), max(w[3] for w in words)
                for phrase in below(lines, index, x0, x1):
                    value = parse(phrase)
                    if value:
                        return ExtractedField(value, round(label.confidence - 0.1, 2), "label")
    return None


def _supplier_vat_id(text: str) -> ExtractedField | None:
    for position, vat_id in find_vat_ids(text):
        if not _BUYER_CUES.search(text[max(0, position - 30) : position]):
            return ExtractedField(vat_id, 0.75, "pattern")
    return None


def _clean_name(name: str) -> str:
    name = _INVOICE_WORDS.sub("", name.strip()).strip(" ,:-")
    return re.sub(r"\s+", " ", name)


#: lines after an address heading ("Rechnungsadresse", "Bill to" ...) that belong to its block
ADDRESS_BLOCK_LINES = 5


def _outside_address_blocks(lines: list[Line]) -> list[Line]:
    """The lines that are not in a block under an address heading (the buyer's addresses)."""
    kept: list[Line] = []
    block_left = 0
    for line in lines:
        if _ADDRESS_WORDS.search(line.text) or _BUYER_CUES.search(line.text):
            block_left = ADDRESS_BLOCK_LINES
            continue
        if block_left:
            block_left -= 1
            continue
        kept.append(line)
    return kept


def _supplier_name(lines: list[Line]) -> ExtractedField | None:
    first_page = [ln for ln in lines if ln.page == 0]
    if not first_page:
        return None
    page_bottom = max(ln.bottom for ln in first_page)
    top_lines = [
        ln for ln in _outside_address_blocks(first_page) if ln.top <= page_bottom * 0.3
    ]
    for line in top_lines:
        for segment in re.split(r"\s[-–|•]\s|:\s", line.text):
            match = _LEGAL_FORM.search(segment)
            if match:
                name = _clean_name(match.group(0))
                if name and not _BUYER_CUES.search(line.text[: line.text.find(segment)] + " "):
                    return ExtractedField(name, 0.5, "pattern")
    for line in sorted(top_lines, key=lambda ln: (-round(ln.height), ln.top)):
        if _ADDRESS_WORDS.search(line.text) or _BUYER_CUES.search(line.text):
            continue
        name = _clean_name(line.text)
        if sum(ch.isalpha() for ch in name) >= 3:
            return ExtractedField(name, 0.35, "pattern")
    return None


def _derive_amounts(fields: dict[str, ExtractedField]) -> None:
    values = {k: parse_amount(fields[k].value or "") for k in AMOUNT_FIELDS}
    net, tax, gross = values["net"], values["tax"], values["gross"]
    if gross is not None and tax is not None and net is None:
        fields["net"] = ExtractedField(format_amount(gross - tax), 0.6, "derived")
    elif gross is not None and net is not None and tax is None:
        fields["tax"] = ExtractedField(format_amount(gross - net), 0.6, "derived")
    elif net is not None and tax is not None and gross is None:
        fields["gross"] = ExtractedField(format_amount(net + tax), 0.6, "derived")
    elif net is not None and tax is not None and gross is not None and net + tax != gross:
        for key in AMOUNT_FIELDS:
            old = fields[key]
            fields[key] = ExtractedField(old.value, round(old.confidence * 0.6, 2), old.source)


def _largest_amount(text: str) -> ExtractedField | None:
    amounts = [amount for _, _, amount in amount_matches(text)]
    return ExtractedField(format_amount(max(amounts)), 0.3, "pattern") if amounts else None


def read_plain(words: list[Word], text: str) -> dict[str, ExtractedField]:
    """Read the invoice fields from ``words`` (with positions) and the page ``text``."""
    lines = build_lines(words)
    fields = empty_fields()
    for name in LABELS:
        found = _by_labels(lines, name)
        if found:
            fields[name] = found
    if fields["invoice_date"].value is None:
        first = parse_date(text)
        if first:
            fields["invoice_date"] = ExtractedField(first.isoformat(), 0.3, "pattern")
    if fields["gross"].value is None:
        fields["gross"] = _largest_amount(text) or fields["gross"]
    _derive_amounts(fields)
    currency = find_currency(text)
    if currency:
        fields["currency"] = ExtractedField(currency, 0.7, "pattern")
    ibans = find_ibans(text)
    if ibans:
        fields["iban"] = ExtractedField(ibans[0], 0.8 if len(ibans) == 1 else 0.5, "pattern")
    fields["supplier_vat_id"] = _supplier_vat_id(text) or fields["supplier_vat_id"]
    fields["supplier_name"] = _supplier_name(lines) or fields["supplier_name"]
    return fields


def amount_of(field: ExtractedField) -> Decimal | None:
    """Return the ``Decimal`` value of an amount field (``None`` when empty)."""
    return parse_amount(field.value) if field.value else None
