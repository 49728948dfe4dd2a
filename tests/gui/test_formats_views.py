"""Formats in each view per UI locale (issue 21): the desk, the detail pane, the invoice
editor's lines, the billing run, the collective invoices, the contracts list and the
supplier-invoice editor show amounts and dates in the user-interface locale, and typed numbers
are shown in that locale's form when the clerk leaves the field."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLineEdit

from invoicedesk.gui.billing.table import money_text
from invoicedesk.gui.common import formats
from invoicedesk.gui.contracts.collective_view import CollectiveView
from invoicedesk.gui.contracts.contracts_view import ContractsView
from invoicedesk.gui.contracts.login_popup import cell
from invoicedesk.gui.desk.case_model import COLUMN_INDEX
from invoicedesk.gui.incoming.editor import _tidy
from invoicedesk.gui.outgoing.draft_editor import DraftEditor
from invoicedesk.gui.outgoing.line_table import PRICE, QTY
from tests.gui.conftest import settle
from tests.gui.test_draft_editor import choose_customer, setup_outgoing, type_line
from tests.gui.test_login_popup import three_collective

#: (locale, an amount of 1553.55 with currency, 1 Dec 2026)
LOCALES = [
    ("en_GB", "1,553.55 EUR", "01/12/2026"),
    ("de_DE", "1.553,55 EUR", "01.12.2026"),
    ("nl_NL", "1.553,55 EUR", "01-12-2026"),
]


@pytest.fixture
def ui_locale(request: pytest.FixtureRequest) -> Iterator[str]:
    """The UI locale of the parametrised test (restored afterwards)."""
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(previous)


def _ids(params: list[tuple[str, str, str]]) -> list[str]:
    return [p[0] for p in params]


@pytest.mark.parametrize(
    ("ui_locale", "money", "day"), LOCALES, indirect=["ui_locale"], ids=_ids(LOCALES)
)
def test_desk_and_detail_pane(
    qtbot: Any, window: Any, make_case: Any, ui_locale: str, money: str, day: str
) -> None:
    make_case(gross="1553.55", due_date=date(2026, 12, 1), party="Formatprobe GmbH")
    window.refresh()
    settle(qtbot)
    model = window.model
    row = next(i for i in range(model.rowCount()) if model.row_at(i).party == "Formatprobe GmbH")
    assert model.index(row, COLUMN_INDEX["gross"]).data() == money
    assert model.index(row, COLUMN_INDEX["due_date"]).data() == day


@pytest.mark.parametrize(
    ("ui_locale", "money", "day"), LOCALES, indirect=["ui_locale"], ids=_ids(LOCALES)
)
def test_billing_run_amounts(ui_locale: str, money: str, day: str) -> None:
    assert money_text(Decimal("1553.55"), "EUR") == money
    assert formats.date_text(date(2026, 12, 1)) == day


@pytest.mark.parametrize(
    ("ui_locale", "typed", "shown_price", "shown_qty"),
    [
        ("de_DE", "39.90", "39,90", "1,5"),
        ("de_DE", "1234.5", "1.234,50", "1,5"),
        ("en_GB", "39,90", "39.90", "1.5"),
        ("en_GB", "1234.5", "1,234.50", "1.5"),
    ],
    indirect=["ui_locale"],
)
def test_invoice_editor_lines_reformat_typed_numbers(
    qtbot: Any,
    db: Any,
    users: Any,
    window: Any,
    ui_locale: str,
    typed: str,
    shown_price: str,
    shown_qty: str,
) -> None:
    setup_outgoing(db)
    editor = DraftEditor(db, users["clara"].actor(), None, window)
    qtbot.addWidget(editor)
    choose_customer(qtbot, editor, "müller")
    type_line(editor, 0, "Schrauben", "1.5", typed, "19")
    assert editor.lines.item(0, PRICE).text() == shown_price
    assert editor.lines.item(0, QTY).text() == shown_qty
    data, problems = editor.draft_input()
    assert not problems and data is not None
    assert data.lines[0].unit_price == Decimal(typed.replace(",", "."))
    assert data.lines[0].quantity == Decimal("1.5")


@pytest.mark.parametrize(
    ("ui_locale", "money", "day"), LOCALES[:2], indirect=["ui_locale"], ids=_ids(LOCALES[:2])
)
def test_collective_invoices_and_contracts_list(
    qtbot: Any, db: Any, users: Any, ui_locale: str, money: str, day: str
) -> None:
    three_collective(db, users)
    win = CollectiveView(db, users["clara"].actor())
    qtbot.addWidget(win)
    win.show()
    win.reload()
    settle(qtbot)
    gross = cell(win.list, 0, 3).text()
    assert gross == ("166.60 EUR" if ui_locale == "en_GB" else "166,60 EUR")
    price = cell(win.lines, 0, 2).text()
    assert price == ("45.00" if ui_locale == "en_GB" else "45,00")
    period = cell(win.lines, 0, 4).text()  # was 01.01.27–31.01.27 in every locale
    one_day = r"\d\d/\d\d/\d{4}" if ui_locale == "en_GB" else r"\d\d\.\d\d\.\d{4}"
    assert re.fullmatch(f"{one_day} – {one_day}", period), period
    contracts = ContractsView(db, users["clara"].actor())
    qtbot.addWidget(contracts)
    contracts.show()
    settle(qtbot)
    model = contracts.contract_table.model()
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    net = "70.00" if ui_locale == "en_GB" else "70,00"
    assert net in texts, texts
    pattern = r"\d\d/\d\d/\d{4}" if ui_locale == "en_GB" else r"\d\d\.\d\d\.\d{4}"
    assert any(re.fullmatch(pattern, str(t)) for t in texts), texts


@pytest.mark.parametrize(
    ("ui_locale", "name", "typed", "shown"),
    [
        ("de_DE", "gross", "39.90", "39,90"),
        ("en_GB", "gross", "39,90", "39.90"),
        ("de_DE", "invoice_date", "2026-11-14", "14.11.2026"),
        ("en_GB", "invoice_date", "14.11.2026", "14/11/2026"),
        ("de_DE", "gross", "0.12345", "0.12345"),  # never rounded on the clerk's behalf
        ("de_DE", "gross", "abc", "abc"),
    ],
    indirect=["ui_locale"],
)
def test_supplier_invoice_editor_fields(
    qtbot: Any, ui_locale: str, name: str, typed: str, shown: str
) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setText(typed)
    _tidy(edit, name)
    assert edit.text() == shown


@pytest.mark.parametrize(
    ("ui_locale", "period", "day", "moment", "typed"),
    [
        ("en_GB", "01/12/2026 – 31/12/2026", "01/12", "01/12/2026 14:05", "24/12/2026"),
        ("en_US", "12/01/2026 – 12/31/2026", "12/1", "12/01/2026 2:05\u202fPM", "12/24/2026"),
        ("de_DE", "01.12.2026 – 31.12.2026", "01.12.", "01.12.2026 14:05", "24.12.2026"),
        ("nl_NL", "01-12-2026 – 31-12-2026", "1-12", "01-12-2026 14:05", "24-12-2026"),
    ],
    indirect=["ui_locale"],
)
def test_periods_days_moments_and_typed_dates_per_locale(
    ui_locale: str, period: str, day: str, moment: str, typed: str
) -> None:
    """What the views formatted by hand (``%d.%m.%y``, ``%d.%m.%Y %H:%M``, ``:.2f``) now
    comes from the formats module, in the UI locale; typed dates are read back."""
    from datetime import UTC, datetime

    from invoicedesk.gui.common.i18n import desk_locale

    first, last = date(2026, 12, 1), date(2026, 12, 31)
    assert formats.date_range(first, last) == period
    assert formats.date_range(None, last, empty="") == ""
    assert formats.day_month(first) == day
    stamp = datetime(2026, 12, 1, 14, 5, tzinfo=UTC)
    local = stamp.astimezone()
    shown = formats.date_time(stamp)
    assert shown.startswith(formats.date_text(local.date()))
    if local.utcoffset() == stamp.utcoffset():  # the machine runs on UTC
        assert shown == moment
    assert desk_locale().name() == ui_locale
    assert formats.parse_date(typed) == date(2026, 12, 24)
    assert formats.parse_date("2026-12-24") == date(2026, 12, 24)
    assert formats.parse_date("24.12.2026") == date(2026, 12, 24)
    with pytest.raises(ValueError):
        formats.parse_date("Heiligabend")
