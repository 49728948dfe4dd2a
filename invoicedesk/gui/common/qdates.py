"""Python dates to and from Qt's ``QDate`` (date fields and calendars)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def qdate(value: date) -> QDate:
    """The ``QDate`` of a Python date."""
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    """The Python date of a ``QDate``."""
    return date(value.year(), value.month(), value.day())
