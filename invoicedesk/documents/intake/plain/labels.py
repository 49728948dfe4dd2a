"""The label vocabulary of the read-out: what the text left of or above a value says it is.

Labels are regular expressions in German, English, Dutch and French, grouped into *roles*
(``invoice_date``, ``order_date``, ``gross``, ``prepaid`` ...). Each role has a strength; the
distractor roles (order, delivery and print dates, customer and order numbers, subtotals,
prepayments) exist so that a value with such a label is never taken for the wrong field.
:func:`classify` returns the strongest role whose pattern matches a label text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Role:
    """A kind of label: its name, the value kind it labels, its pattern and strength."""

    name: str
    kind: str  # "date" | "amount" | "id"
    pattern: re.Pattern[str]
    strength: float


def _role(name: str, kind: str, strength: float, *patterns: str) -> Role:
    return Role(name, kind, re.compile("|".join(f"(?:{p})" for p in patterns), re.I), strength)


_TITLE = r"rechnung|invoice|factuur|facture|bill|gutschrift|credit\s+note|avoir|creditnota"
#: words that make a date label a distractor (order, delivery, print, period, prepayment)
_NOT_ISSUE = (
    r"bestell|auftrag|order|commande|besteld|liefer|leistung|deliver|ship|supply|lever"
    r"|livr|exp[ée]di|druck|print|generated|erstellt|gemaakt|afdruk|imprim|[ée]dit[ée]|zeitraum"
    r"|period|p[ée]riode|anzahlung|abschlag|deposit|acompte|aanbetaling|\bpaid\b|\bbetaald\b"
    r"|\br[ée]gl[ée]e?\b"
    r"|valid|g[üu]ltig|stand|vertrag|contract|contrat"
)
_DUE = (
    r"f[äa]llig|zahlbar|zahlungsziel|zahlungsfrist|[üu]berweisen|\bdue\b|payable|pay\s+by"
    r"|please\s+pay|payment\s+date|verval|uiterste\s+betaal|te\s+betalen\s+(?:voor|v[oó][oó]r|op)"
    r"|betalen\s+v[oó][oó]r|uiterlijk|[ée]ch[ée]ance|[àa]\s*payer|[àa]\s*r[ée]gler|date\s+limite"
    r"|date\s+de\s+r[èe]glement|payer\s+avant|bis\s+zum|deadline|exigib|betaa?l(?:ings)?termijn"
    r"|zahlungsfrist|payment\s+term"
)

DATE_ROLES: tuple[Role, ...] = (
    _role("other_date", "date", 0.9, _NOT_ISSUE),
    _role("due_date", "date", 0.9, _DUE),
    _role(
        "invoice_date", "date", 0.95,
        r"rechnungs[\s-]*datum|datum\s+(?:der\s+)?rechnung|invoice\s*date|date\s+of\s+(?:the\s+)?"
        r"invoice|factuur[\s-]*datum|datum\s+factuur|date\s+(?:de\s+(?:la\s+)?)?factur(?:e|ation)"
        r"|date\s+d['’]\s*[ée]mission|issue\s*date|date\s+(?:of\s+)?issue|belegdatum"
        r"|ausstellungsdatum|tax\s*point|datum\s+van\s+de\s+factuur",
    ),
    _role("invoice_date", "date", 0.85, rf"(?:{_TITLE})\b.*\b(?:vom|du|van|dated|of|from|le)\W*$"),
    _role(
        "invoice_date", "date", 0.75,
        r"ausgestellt|issued|[ée]mise?s?\b|uitgegeven|dated|(?<![\w-])(?:datum|date|dato)\b",
    ),
    _role("invoice_date", "date", 0.65, r"^\W*[A-ZÄÖÜ][\w.\- ]{1,30},\s*(?:den|le|am)?\s*$"),
)  # fmt: skip

_ID_DISTRACTORS = (
    r"kunde|customer|client|klant|debit|account|konto|order|bestell|auftrag|commande|liefersch"
    r"|delivery|pakbon|livraison|steuer-?n|(?:tax|vat|ust|btw|tva|mwst)[\s.-]*(?:id|no|nr|num|reg)"
    r"|ust-?id|\buid|iban|\bbic"
    r"|swift|\btel|phone|fax|kvk|hrb|siret|siren|\brcs|regist|page|seite|pagina|\bpos\b|artikel"
    r"|article|item|contract|vertrag|contrat|zeichen|your\s+ref|uw\s+ref|votre\s+r|\bpo\b"
    r"|purchase|referenz|projekt|project|mandat|creditor|gläubiger|blz|kto"
)
ID_ROLES: tuple[Role, ...] = (
    _role("other_id", "id", 0.9, _ID_DISTRACTORS),
    _role(
        "invoice_number", "id", 0.95,
        r"rechnungs?[\s.-]*(?:nummer|nr\.?|no\.?|n°)|\br(?:e|g)\.?[\s-]*nr|invoice\s*(?:number"
        r"|no\b|nr\b|#|id\b|ref)|\binv\.?\s*(?:no|#)|bill\s*(?:no\b|number|#)|factuur[\s-]*(?:nummer"
        r"|nr\b|no\b)|num[ée]ro\s+de\s+(?:la\s+)?facture|n[°o]\.?\s*(?:de\s+)?facture|facture\s*n[°o]"
        r"|facture\s+no\b|r[ée]f[ée]rence\s+facture",
    ),
    _role(
        "invoice_number", "id", 0.9,
        rf"(?:{_TITLE})\b.{{0,25}}?(?:n[°o]|nr|no|#|nummer|number)\W*$",
    ),
    _role("invoice_number", "id", 0.75, r"beleg|document|dokument|doc\.?\s*(?:no|nr)|vorgang"),
    _role("invoice_number", "id", 0.6, rf"^\W*(?:{_TITLE}|tax\s+invoice|vat\s+invoice)\W*$"),
    _role("invoice_number", "id", 0.5, r"^\W*(?:nr|no|nummer|number|n°|#)\W*$"),
)  # fmt: skip

AMOUNT_ROLES: tuple[Role, ...] = (
    _role(
        "prepaid", "amount", 0.9,
        r"anzahlung|abschlag|bereits\s+(?:bezahlt|gezahlt)|geleistete|deposit|amount\s+paid"
        r"|payment\s+received|already\s+paid|aanbetaling|reeds\s+betaald|vooruitbetaald"
        r"|acompte|d[ée]j[àa]\s+r[ée]gl|avance|paid\s+on",
    ),
    _role(
        "due_amount", "amount", 0.85,
        r"noch\s+zu\s+zahlen|restbetrag|zahlbetrag|offener?\s+betrag|zu\s+zahlen|amount\s+due"
        r"|balance(?:\s+due)?|remaining|amount\s+payable|te\s+betalen|openstaand|nog\s+te\s+voldoen"
        r"|net\s+[àa]\s+payer|reste\s+[àa]\s+payer|solde|somme\s+[àa]\s+payer|total\s+due",
    ),
    _role(
        "tax_included", "amount", 0.9,
        r"enthalten|inkl\.?\s+\d|includes?\s+(?:vat|tax)|incl\.?\s+\d|waarvan|dont\s+tva|davon",
    ),
    _role(
        "net", "amount", 0.9,
        r"netto|\bnet\b(?!\s*[àa]\s*payer)|excl|exkl|ohne\s+(?:mwst|ust)|zzgl\.?\s*(?:mwst|ust)?\s*$"
        r"|\bht\b|hors\s+tax|before\s+tax|exclusi|warenwert|bemessungsgrundlage|grondslag",
    ),
    _role(
        "gross", "amount", 0.9,
        r"brutto|gesamtbetrag|rechnungsbetrag|endbetrag|gesamtsumme|invoice\s+total|grand\s+total"
        r"|total\s+(?:incl|inkl|including|amount|ttc|payable)|totaal\s+incl|factuurbedrag"
        r"|totaalbedrag|factuur\s*totaal|\bttc\b|toutes\s+taxes|total\s+for\s+this\s+invoice"
        r"|inkl\.?\s+(?:mwst|ust)|incl\.?\s+(?:vat|btw)|\bgross\b|\bbruto\b",
    ),
    _role(
        "tax", "amount", 0.9,
        r"mwst|\bust\b|\bust\.|umsatzsteuer|mehrwertsteuer|\bvat\b|\btax\b|\bbtw\b|omzetbelasting"
        r"|\btva\b|\bgst\b|steuer",
    ),
    _role(
        "subtotal", "amount", 0.6,
        r"zwischensumme|sub\s*-?\s*total|subtotaal|sous[\s-]*total|summe\s+positionen"
        r"|sum\s+of\s+items|totaal\s+artikelen|total\s+articles|warensumme",
    ),
    _role("discount", "amount", 0.8, r"rabatt|nachlass|skonto|discount|korting|remise|escompte"),
    _role(
        "charge", "amount", 0.8,
        r"versand|fracht|porto|verpackung|shipping|delivery\s+charge|carriage|freight|postage"
        r"|verzend|transport|frais\s+de\s+port|exp[ée]dition|handling",
    ),
    _role(
        "gross", "amount", 0.6,
        r"\btotal\b|\btotaal\b|\bgesamt\b|\bsumme\b|\bbetrag\b|\bmontant\b",
    ),
)  # fmt: skip

#: headings over the buyer's address blocks
BUYER_HEADING = re.compile(
    r"rechnungs(?:adresse|anschrift|empf[äa]nger)|(?<![\w-])empf[äa]nger|lieferadresse"
    r"|lieferanschrift|versand\s+an|\bkunde\b|bill(?:ed)?\s+to|invoice\s+to|sold\s+to|ship\s+to"
    r"|deliver(?:y)?\s+(?:to|address)|\bcustomer\b(?!\s*(?:no|number|id|care|service))"
    r"|factuuradres|afleveradres|leveradres|gefactureerd\s+aan|verzenden\s+naar|\bklant\b(?!\s*nr)"
    r"|factur[ée]\s+[àa]|adresse\s+de\s+(?:facturation|livraison)|livr[ée]\s+[àa]"
    r"|exp[ée]di[ée]\s+[àa]|destinataire|\bclient\b(?!\s*(?:id|no|n°))|\battn\b|z\.\s?hd"
    r"|t\.\s?a\.\s?v|[àa]\s+l['’]attention",
    re.I,
)
#: headings over the supplier's own block, and words that introduce the payee
SUPPLIER_HEADING = re.compile(
    r"lieferant|supplier|seller|sold\s+by|verk[äa]ufer|leverancier|fournisseur|vendeur"
    r"|absender|zahlungsempf[äa]nger|account\s+(?:holder|name)|kontoinhaber|rekeninghouder"
    r"|titulaire|payee|b[ée]n[ée]ficiaire|begunstigde|service\s+provider",
    re.I,
)
#: words before a VAT ID or IBAN that say it is the buyer's
BUYER_CUE = re.compile(
    r"\b(?:ihre?m?|your|uw|votre|kunden?|customer|client|klant|acheteur|afnemer|buyer|des\s+kunden"
    r"|empf[äa]ngers?|recipient|preneur|destinataire)\b",
    re.I,
)
LEGAL_FORM = re.compile(
    r"(?<![\w&])(GmbH\s*&\s*Co\.?\s*KG(?:aA)?|GmbH|gGmbH|AG|KGaA|KG|OHG|UG(?:\s*\(haftungsbeschränkt\))?"
    r"|e\.\s?K\.|e\.\s?U\.|GbR|B\.\s?V\.|BV|N\.\s?V\.|NV|V\.\s?O\.\s?F\.|VOF|Ltd\.?|Limited|LLP|PLC"
    r"|plc|Inc\.?|LLC|DAC|SAS|SASU|SARL|S\.à\s?r\.l\.|Sàrl|S\.A\.|SA|SRL|EURL|SNC|AS|ASA"
    r"|Pvt\.?\s*Ltd\.?|Private\s+Limited)(?![\w&])"
)
TITLE_WORDS = re.compile(
    rf"^\W*(?:(?:kopie|copy|copie|original|proforma|retail|tax|vat)\s+)?(?:{_TITLE}|invoices)"
    r"(?:\s+(?:original|originale|\(original\)))?\W*$",
    re.I,
)


def classify(text: str, roles: tuple[Role, ...]) -> tuple[str, float] | None:
    """The first role (in priority order) whose pattern occurs in ``text``, with its strength;
    ``None`` when none does."""
    for role in roles:
        if role.pattern.search(text):
            return (role.name, role.strength)
    return None
