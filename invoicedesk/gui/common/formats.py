"""Numbers and dates in the GUI: written and read in the user-interface locale.

Every view and editor formats through these functions (the core's
:class:`invoicedesk.documents.formats.Formats` with the locale of
:func:`invoicedesk.gui.common.i18n.desk_locale`), so the desk, the editors, the billing run and
the contracts windows show ``1.234,50`` and ``01.12.2026`` in German and ``1,234.50`` and
``01/12/2026`` in English. Input fields read the locale's and the plain form
(:func:`parse_decimal`) and show what was typed in the locale's form when the clerk leaves them
(:func:`reformat_on_leave`).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_skeleton, format_time
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLineEdit

from invoicedesk.documents.formats import Formats, formats
from invoicedesk.domain.errors import ValidationError
from invoicedesk.gui.common.i18n import desk_locale, translate


def date_edit_format() -> str:
    """The locale's short date form for date fields, always with a four-digit year:
    ``dd.MM.yyyy`` (German ``dd.MM.yy``), ``M/d/yyyy`` (US), ``dd-MM-yyyy`` (Dutch)."""
    form = desk_locale().dateFormat(QLocale.FormatType.ShortFormat)
    return form if "yyyy" in form else form.replace("yy", "yyyy")


def ui() -> Formats:
    """The formats of the user-interface locale."""
    return formats(desk_locale().name())


def amount(value: Decimal | float | int) -> str:
    """``1.234,50`` / ``1,234.50``."""
    return ui().amount(value)


def money(value: Decimal | float | int, currency: str = "EUR") -> str:
    """``1.234,50 EUR`` / ``1,234.50 EUR``."""
    return ui().money(value, currency)


def quantity(value: Decimal | float | int) -> str:
    """``1,5`` / ``1.5`` (up to four decimals)."""
    return ui().quantity(value)


def price(value: Decimal | float | int) -> str:
    """A unit price: two to four decimals."""
    return ui().price(value)


def percent(value: Decimal | float | int) -> str:
    """``19 %`` / ``19%``."""
    return ui().percent(value)


def date_text(value: date | None, empty: str = "—") -> str:
    """``01.12.2026`` / ``01/12/2026`` (``empty`` for no date)."""
    return ui().date(value, empty)


def date_range(start: date | None, end: date | None, empty: str = "—") -> str:
    """A period by its first and last day: ``01.12.2026 – 31.12.2026`` / ``01/12/2026 –
    31/12/2026`` (``empty`` when a day is missing)."""
    if start is None or end is None:
        return empty
    return f"{date_text(start)} – {date_text(end)}"


def day_month(value: date) -> str:
    """A day of this year, without the year: ``01.12.`` / ``01/12`` / ``12/1`` (US)."""
    return format_skeleton("ddMM", value, locale=ui().locale)


def time_text(value: datetime) -> str:
    """The local time of day: ``14:05`` / ``2:05 PM`` (US)."""
    return format_time(value.astimezone(), format="short", locale=ui().locale)


def date_time(value: datetime) -> str:
    """A moment in local time: ``01.12.2026 14:05`` / ``01/12/2026 14:05``."""
    return f"{date_text(value.astimezone().date())} {time_text(value)}"


def parse_date(text: str) -> date:
    """A date typed in the locale's short form (``01.07.2025`` / ``01/07/2025``), in the German
    one or as ``2025-07-01``; raises ValueError otherwise."""
    value = text.strip()
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    for form in (date_edit_format(), "d.M.yyyy"):
        day = desk_locale().toDate(value, form)
        if day.isValid():
            parsed: date = day.toPython()  # type: ignore[assignment]
            return parsed
    raise ValueError(f"not a date: {text!r}")


def parse_decimal(text: str, what: str) -> Decimal:
    """``1.234,50`` or ``1234.50`` (either form in any locale) as a Decimal; raises
    ValidationError naming ``what``."""
    try:
        return ui().parse_decimal(text)
    except ValueError:
        raise ValidationError(
            translate("CollectiveView", "{what}: {value} is not a number.").format(
                what=what, value=repr(text)
            )
        ) from None


def reformat(text: str, kind: str = "amount") -> str:
    """``text`` in the locale's form (``39.90`` -> ``39,90`` in German); unreadable or empty
    text, and text the form would round, stays as it is. ``kind``: ``amount``, ``price`` or
    ``quantity``."""
    if not text.strip():
        return text
    try:
        value = ui().parse_decimal(text)
        shown = str(getattr(ui(), kind)(value))
        if ui().parse_decimal(shown) != value:  # never round what was typed (the core says
            return text  # "more than 4 decimals")
    except ValueError:
        return text
    return shown


def reformat_on_leave(edit: QLineEdit, kind: str = "amount") -> None:
    """Show what the clerk typed into ``edit`` in the locale's form when the field is left."""

    def tidy() -> None:
        text = reformat(edit.text(), kind)
        if text != edit.text():
            edit.setText(text)

    edit.editingFinished.connect(tidy)
