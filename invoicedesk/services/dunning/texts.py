"""The built-in dunning levels and their texts in German, English and Dutch.

Placeholders (``str.format``): ``{customer}``, ``{company}``, ``{number}`` (the invoice),
``{issue_date}``, ``{due_date}``, ``{days_overdue}``, ``{open_amount}``, ``{fee}``,
``{interest}``, ``{total}``, ``{pay_by}`` and ``{level}`` (the level's title). Administrators
change them in the dunning settings.
"""

from __future__ import annotations

from decimal import Decimal

from invoicedesk.domain.dunning import DunningLevel, LevelText

PLACEHOLDERS = (
    "customer", "company", "number", "issue_date", "due_date", "days_overdue", "open_amount",
    "fee", "interest", "total", "pay_by", "level",
)  # fmt: skip

_AMOUNTS = {
    "de": "Offener Betrag: {open_amount}\nMahngebühren: {fee}\nVerzugszinsen: {interest}\n"
    "Zu zahlen: {total}\n",
    "en": "Open amount: {open_amount}\nFees: {fee}\nDefault interest: {interest}\n"
    "Amount due: {total}\n",
    "nl": "Openstaand bedrag: {open_amount}\nAanmaningskosten: {fee}\nWettelijke rente: "
    "{interest}\nTe betalen: {total}\n",
}
_GREETING = {
    "de": ("Sehr geehrte Damen und Herren,\n\n", "\nMit freundlichen Grüßen\n{company}\n"),
    "en": ("Dear Sir or Madam,\n\n", "\nKind regards\n{company}\n"),
    "nl": ("Geachte heer, mevrouw,\n\n", "\nMet vriendelijke groet\n{company}\n"),
}
_ATTACHED = {
    "de": "Das Schreiben finden Sie im Anhang.\n",
    "en": "Please find the letter attached.\n",
    "nl": "De brief vindt u in de bijlage.\n",
}

#: per level: title, letter paragraph, e-mail subject (per language)
_LEVELS: list[dict[str, tuple[str, str, str]]] = [
    {
        "de": (
            "Zahlungserinnerung",
            "sicher haben Sie unsere Rechnung {number} vom {issue_date} übersehen: Sie war am "
            "{due_date} fällig. Bitte überweisen Sie den offenen Betrag bis zum {pay_by}. Haben "
            "Sie inzwischen gezahlt, betrachten Sie dieses Schreiben bitte als gegenstandslos.",
            "Zahlungserinnerung zu Rechnung {number}",
        ),
        "en": (
            "Payment reminder",
            "you may have overlooked our invoice {number} of {issue_date}, which was due on "
            "{due_date}. Please transfer the open amount by {pay_by}. If you have paid in the "
            "meantime, please disregard this letter.",
            "Payment reminder for invoice {number}",
        ),
        "nl": (
            "Betalingsherinnering",
            "wellicht is onze factuur {number} van {issue_date} aan uw aandacht ontsnapt; deze "
            "vervaldatum was {due_date}. Wij verzoeken u het openstaande bedrag vóór {pay_by} "
            "over te maken. Heeft u inmiddels betaald, dan kunt u deze brief als niet "
            "verzonden beschouwen.",
            "Betalingsherinnering voor factuur {number}",
        ),
    },
    {
        "de": (
            "1. Mahnung",
            "trotz unserer Zahlungserinnerung ist unsere Rechnung {number} vom {issue_date} "
            "noch offen. Bitte überweisen Sie den unten genannten Betrag einschließlich "
            "Mahngebühr und gesetzlicher Verzugszinsen bis zum {pay_by}.",
            "1. Mahnung zu Rechnung {number}",
        ),
        "en": (
            "First dunning notice",
            "despite our payment reminder, our invoice {number} of {issue_date} is still "
            "unpaid. Please transfer the amount below, including the fee and statutory default "
            "interest, by {pay_by}.",
            "First dunning notice for invoice {number}",
        ),
        "nl": (
            "Eerste aanmaning",
            "ondanks onze betalingsherinnering staat onze factuur {number} van {issue_date} "
            "nog open. Wij verzoeken u het onderstaande bedrag, inclusief aanmaningskosten en "
            "wettelijke rente, vóór {pay_by} over te maken.",
            "Eerste aanmaning voor factuur {number}",
        ),
    },
    {
        "de": (
            "2. Mahnung",
            "unsere Rechnung {number} vom {issue_date} ist trotz Erinnerung und Mahnung "
            "weiterhin offen. Wir fordern Sie letztmalig auf, den unten genannten Betrag bis "
            "zum {pay_by} zu überweisen. Andernfalls übergeben wir die Forderung ohne weitere "
            "Ankündigung einem Inkassobüro oder machen sie gerichtlich geltend.",
            "2. Mahnung zu Rechnung {number}",
        ),
        "en": (
            "Second dunning notice",
            "despite our reminder and dunning notice, our invoice {number} of {issue_date} is "
            "still unpaid. This is our final request to transfer the amount below by {pay_by}. "
            "Otherwise we will hand the claim to a collection agency or take legal action "
            "without further notice.",
            "Second dunning notice for invoice {number}",
        ),
        "nl": (
            "Tweede aanmaning",
            "ondanks herinnering en aanmaning staat onze factuur {number} van {issue_date} nog "
            "steeds open. Wij verzoeken u voor de laatste keer het onderstaande bedrag vóór "
            "{pay_by} over te maken. Anders dragen wij de vordering zonder verdere aankondiging "
            "over aan een incassobureau of stappen wij naar de rechter.",
            "Tweede aanmaning voor factuur {number}",
        ),
    },
]
#: (days after the due date, fee, default interest) of the built-in levels
_STEPS = [(7, Decimal("0.00"), False), (21, Decimal("5.00"), True), (35, Decimal("10.00"), True)]


def _text(language: str, title: str, letter: str, subject: str) -> LevelText:
    hello, bye = _GREETING[language]
    body = hello + letter + "\n\n" + _AMOUNTS[language] + "\n" + _ATTACHED[language] + bye
    return LevelText(title=title, letter=letter, subject=subject, body=body)


def default_levels() -> tuple[DunningLevel, ...]:
    """The three built-in levels: reminder (+7 days), 1st (+21, 5 €), 2nd dunning (+35, 10 €)."""
    return tuple(
        DunningLevel(
            days=days,
            fee=fee,
            interest=interest,
            texts={lang: _text(lang, *texts) for lang, texts in level.items()},
        )
        for (days, fee, interest), level in zip(_STEPS, _LEVELS, strict=True)
    )
