"""The company's dunning settings: levels (days, fee, interest, texts per language), the base
rate with its valid-from dates, and the days a reminder gives to pay.

Kept as one JSON value in the ``settings`` table (key ``dunning``); read with
:func:`get_dunning_settings`, changed by administrators with :func:`save_dunning_settings`
(checked first, so a bad value is refused with a clear sentence and nothing is stored).
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.orm import Session

from invoicedesk.domain.dunning import LANGUAGES, BaseRate, DunningLevel, LevelText
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.dunning.texts import PLACEHOLDERS, default_levels
from invoicedesk.services.permissions import require_admin
from invoicedesk.services.settings.registry import put_value
from invoicedesk.store.database import Database
from invoicedesk.store.models.config import Setting

SETTING_KEY = "dunning"
#: the Bundesbank's base rate (§ 247 BGB) since mid-2016; later ones are added in the settings
DEFAULT_BASE_RATES = (
    BaseRate(date(2016, 7, 1), Decimal("-0.88")),
    BaseRate(date(2023, 1, 1), Decimal("1.62")),
    BaseRate(date(2023, 7, 1), Decimal("3.12")),
    BaseRate(date(2024, 1, 1), Decimal("3.62")),
    BaseRate(date(2024, 7, 1), Decimal("3.37")),
    BaseRate(date(2025, 1, 1), Decimal("2.27")),
    BaseRate(date(2025, 7, 1), Decimal("1.27")),
)
MAX_LEVELS = 6


@dataclass(frozen=True)
class DunningSettings:
    """Levels in order of their days, the base rates, and the days a reminder gives to pay."""

    levels: tuple[DunningLevel, ...] = field(default_factory=default_levels)
    base_rates: tuple[BaseRate, ...] = DEFAULT_BASE_RATES
    pay_within_days: int = 10

    def validated(self) -> DunningSettings:
        """Checked and sorted; raises :class:`ValidationError` with the first problem."""
        if not 1 <= len(self.levels) <= MAX_LEVELS:
            raise ValidationError("Set up between 1 and {most} dunning levels.", most=MAX_LEVELS)
        levels = tuple(sorted(self.levels, key=lambda lv: lv.days))
        days = [lv.days for lv in levels]
        if days[0] < 1 or len(set(days)) != len(days):
            raise ValidationError(
                "Each dunning level needs its own number of days after the due date (1 or more)."
            )
        for level in levels:
            if level.fee < 0 or level.fee > Decimal("1000"):
                raise ValidationError("A dunning fee of {fee} is not possible.", fee=level.fee)
            _check_texts(level)
        rates = tuple(sorted(self.base_rates, key=lambda r: r.valid_from))
        if not rates or len({r.valid_from for r in rates}) != len(rates):
            raise ValidationError("Each base rate needs its own valid-from date.")
        for rate in rates:
            if not Decimal("-10") <= rate.rate <= Decimal("20"):
                raise ValidationError("A base rate of {rate} % is not plausible.", rate=rate.rate)
        if not 1 <= self.pay_within_days <= 60:
            raise ValidationError("A reminder gives 1 to 60 days to pay.")
        return replace(self, levels=levels, base_rates=rates)


def _check_texts(level: DunningLevel) -> None:
    for language in LANGUAGES:
        text = level.texts.get(language)
        if text is None or not all(t.strip() for t in (text.title, text.subject, text.body)):
            raise ValidationError(
                "The dunning level after {days} days needs a title, subject and text in "
                "{language}.",
                days=level.days,
                language=language,
            )
        for value in (text.title, text.letter, text.subject, text.body):
            try:
                names = {n for _, n, _, _ in string.Formatter().parse(value) if n}
            except ValueError as exc:
                raise ValidationError("A placeholder is not closed: {exc}.", exc=exc) from None
            unknown = sorted(names - set(PLACEHOLDERS))
            if unknown:
                raise ValidationError(
                    "Unknown placeholder {{{name}}}; use {allowed}.",
                    name=unknown[0],
                    allowed=", ".join(f"{{{p}}}" for p in PLACEHOLDERS),
                )


# --- JSON ---------------------------------------------------------------------------------


def to_json(settings: DunningSettings) -> dict[str, Any]:
    """The stored form (decimals and dates as strings)."""
    return {
        "levels": [
            {
                "days": lv.days,
                "fee": str(lv.fee),
                "interest": lv.interest,
                "texts": {lang: _text_json(t) for lang, t in lv.texts.items()},
            }
            for lv in settings.levels
        ],
        "base_rates": [
            {"valid_from": r.valid_from.isoformat(), "rate": str(r.rate)}
            for r in settings.base_rates
        ],
        "pay_within_days": settings.pay_within_days,
    }


def _text_json(text: LevelText) -> dict[str, str]:
    return {"title": text.title, "letter": text.letter, "subject": text.subject, "body": text.body}


def from_json(value: Any) -> DunningSettings:
    """The settings of a stored value (the defaults for anything missing or unreadable)."""
    if not isinstance(value, dict):
        return DunningSettings()
    try:
        levels = tuple(
            DunningLevel(
                days=int(lv["days"]),
                fee=Decimal(str(lv.get("fee", "0"))),
                interest=bool(lv.get("interest")),
                texts={
                    lang: LevelText(t["title"], t.get("letter", ""), t["subject"], t["body"])
                    for lang, t in dict(lv.get("texts", {})).items()
                },
            )
            for lv in value.get("levels", [])
        )
        rates = tuple(
            BaseRate(date.fromisoformat(r["valid_from"]), Decimal(str(r["rate"])))
            for r in value.get("base_rates", [])
        )
        days = int(value.get("pay_within_days", 10))
    except (KeyError, TypeError, ValueError, InvalidOperation):
        return DunningSettings()
    defaults = DunningSettings()
    return DunningSettings(levels or defaults.levels, rates or defaults.base_rates, days)


def get_dunning_settings(session: Session) -> DunningSettings:
    """The company's dunning settings (the built-in ones until an administrator saves any)."""
    row = session.get(Setting, SETTING_KEY)
    return DunningSettings() if row is None else from_json(row.value)


def load_dunning_settings(db: Database) -> DunningSettings:
    """:func:`get_dunning_settings` in its own unit of work."""
    with db.read() as s:
        return get_dunning_settings(s)


def save_dunning_settings(db: Database, actor: Actor, settings: DunningSettings) -> DunningSettings:
    """Check and store the dunning settings (administrators only); returns what was stored."""
    with db.write() as s:
        require_admin(s, actor, msg("Changing the dunning settings"))
        clean = settings.validated()
        put_value(s, actor, SETTING_KEY, to_json(clean))
    return clean
