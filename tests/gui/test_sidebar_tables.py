"""The sidebar and the case table as clerks use them (issue 21): a stable sidebar at
1366×768 (buttons always in view, no horizontal scrollbar, the preset note on one line), no
value change by the mouse wheel without focus, presets by role, an empty-state message."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea

from invoicedesk.domain.authority import Rights
from invoicedesk.domain.enums import Role
from invoicedesk.gui.common import i18n
from invoicedesk.gui.desk.case_model import COLUMN_INDEX
from invoicedesk.services.cases.presets import PresetInfo, shown_to
from tests.gui.conftest import settle


def wheel(widget: Any, down: bool = True) -> None:
    """One notch of the mouse wheel over ``widget``."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre, QPointF(widget.mapToGlobal(widget.rect().center())), QPoint(0, 0),
        QPoint(0, -120 if down else 120), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def preset(window: Any, name: str) -> Any:
    return next(p for p in window.presets if p.name == name)


def test_sidebar_at_1366x768_keeps_its_buttons_in_view(qtbot: Any, window: Any) -> None:
    window.showMaximized()
    settle(qtbot)
    assert window.width() <= 1366 and window.height() <= 768
    sidebar = window.sidebar
    window.apply_preset(preset(window, "Overdue"))
    sidebar.preset_note.setText(sidebar.preset_note.text() + " ✱")  # a long note stays one line
    settle(qtbot)
    for button in (sidebar.save_button, sidebar.clear_button):
        assert button.isVisible() and not button.visibleRegion().isEmpty()
        bottom = button.mapTo(window, button.rect().bottomRight()).y()
        assert bottom < window.height()
    scroll = sidebar.findChild(QScrollArea)
    assert scroll is not None and not scroll.horizontalScrollBar().isVisible()
    note = sidebar.preset_note
    assert not note.wordWrap() and note.height() <= note.fontMetrics().height() + 6
    assert "Overdue" in note.toolTip()


def test_status_list_has_no_scrollbar_and_paid_dates_have_four_digit_years(
    qtbot: Any, window: Any
) -> None:
    """At 1366×768 the short status list shows all its rows (the sidebar scrolls as a whole),
    also with the completed and archived statuses; *Paid between* shows ``dd.MM.yyyy``."""
    from PySide6.QtCore import QDate, QLocale

    from invoicedesk.gui.common.i18n import desk_locale

    side = window.sidebar
    tree = side.status_tree

    def all_rows_fit() -> bool:
        last = tree.topLevelItem(tree.topLevelItemCount() - 1)
        shown = [last.child(i) for i in range(last.childCount()) if not last.child(i).isHidden()]
        bottom = tree.visualItemRect(shown[-1]).bottom()
        return not tree.verticalScrollBar().isVisible() and 0 < bottom < tree.viewport().height()

    assert all_rows_fit()
    side.inactive.setChecked(True)
    settle(qtbot)
    assert all_rows_fit()
    side.inactive.setChecked(False)
    settle(qtbot)
    assert all_rows_fit()
    short = desk_locale().dateFormat(QLocale.FormatType.ShortFormat)
    today = QDate.currentDate()
    for edit in (side.paid_from, side.paid_to):
        assert edit.displayFormat().count("y") == 4
        assert edit.displayFormat().replace("yyyy", "yy") == short.replace("yyyy", "yy")
    assert str(today.year()) in side.paid_to.text()


def test_the_preset_with_conditions_of_its_own_says_so_in_the_tooltip(
    qtbot: Any, window: Any
) -> None:
    window.apply_preset(preset(window, "Needs my review"))
    settle(qtbot)
    note = window.sidebar.preset_note
    assert note.text().endswith("✱") and "(with conditions of its own)" in note.toolTip()


def test_the_wheel_changes_no_filter_without_focus(qtbot: Any, window: Any) -> None:
    payment: QComboBox = window.sidebar.payment
    assert payment.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel does not focus it
    before = payment.currentIndex()
    wheel(payment)
    wheel(payment)
    assert payment.currentIndex() == before
    payment.setFocus()
    qtbot.waitUntil(payment.hasFocus)
    wheel(payment)
    assert payment.currentIndex() != before  # with focus the wheel still works


def test_awaiting_my_approval_only_for_approvers() -> None:
    presets = [PresetInfo(1, "Awaiting my approval", {}, True), PresetInfo(2, "Overdue", {}, True)]
    clerk = Rights(1, frozenset({Role.CLERK}))
    approver = Rights(2, frozenset({Role.CLERK, Role.APPROVER}))
    admin = Rights(3, frozenset({Role.ADMIN}))
    assert [p.name for p in shown_to(presets, clerk)] == ["Overdue"]
    assert len(shown_to(presets, approver)) == 2 and len(shown_to(presets, admin)) == 2
    own = [PresetInfo(5, "Awaiting my approval", {}, False)]  # a clerk's own preset of that name
    assert shown_to(own, clerk) == own


def test_a_clerk_desk_has_no_approval_preset(qtbot: Any, db: Any, users: Any) -> None:
    from invoicedesk.gui.shell.features import desk_window

    desk = desk_window(db, users["clara"], poll=False)
    qtbot.addWidget(desk)
    desk.show()
    settle(qtbot)
    names = [p.name for p in desk.presets]
    assert "Overdue" in names and "Awaiting my approval" not in names
    desk.watcher.stop()


def test_an_empty_list_says_so(qtbot: Any, window: Any, make_case: Any) -> None:
    make_case(party="Nur ein Kunde")
    window.refresh()
    settle(qtbot)
    assert window.model.rowCount() == 1 and window.table.empty_text() == ""
    window.apply_preset(preset(window, "Unsent collective invoices"))
    settle(qtbot)
    assert window.model.rowCount() == 0
    assert window.table.empty_text() == "No cases match this filter or preset."
    window.table.viewport().repaint()  # paints without a warning


def test_settings_show_the_real_next_invoice_number(qtbot: Any, db: Any) -> None:
    from datetime import date

    from invoicedesk.gui.settings.setup_forms import NumbersForm
    from invoicedesk.services.numbering import draw_number
    from invoicedesk.services.settings.registry import list_series, put_series

    with db.write() as s:
        put_series(s, list_series(db))
        for _ in range(162):  # as the demo's counter at 162 issued invoices
            draw_number(s, "invoice", date.today())
    form = NumbersForm()
    qtbot.addWidget(form)
    form.set_series(list_series(db))
    preview = form.rows["invoice"][2]
    assert preview.text() == f"RE-{date.today().year}-00163"
    assert form.rows["credit_note"][2].text() == f"GS-{date.today().year}-00001"


def test_history_columns_do_not_jump_between_cases(qtbot: Any, window: Any, make_case: Any) -> None:
    from invoicedesk.gui.desk.detail import _fill

    table = window.detail.history
    long_row = ["07.12.2026 09:15", "ADA", "Versand fehlgeschlagen → Versendet", "ok"]
    short_row = ["07.12.2026 09:15", "AB", "— → Entwurf", "ok"]
    _fill(table, [long_row])
    widths = [table.columnWidth(c) for c in range(table.columnCount() - 1)]
    assert widths[2] >= table.fontMetrics().horizontalAdvance(long_row[2])
    _fill(table, [short_row])  # another case: the columns keep their widths
    assert [table.columnWidth(c) for c in range(table.columnCount() - 1)] == widths


@pytest.fixture
def german() -> Iterator[None]:
    """The German translation installed before the desk is built; English again afterwards."""
    locale = QLocale()
    assert i18n.install_translator("de")
    yield
    i18n.install_translator("en")
    QLocale.setDefault(locale)


def test_the_german_next_step_fits_at_1366_and_has_its_tooltip(
    qtbot: Any, german: None, window: Any, make_case: Any
) -> None:
    make_case(status="paid", pending_action="settle")
    window.refresh()
    settle(qtbot)
    column = COLUMN_INDEX["pending"]
    index = window.model.index(0, column)
    text = window.model.data(index, Qt.ItemDataRole.DisplayRole)
    assert text == "Erstatten oder verrechnen"
    assert window.model.data(index, Qt.ItemDataRole.ToolTipRole) == text
    # the whole label fits (cell margins included) on the 1366 px desk, the party keeps room
    needed = window.table.fontMetrics().horizontalAdvance(text) + 8
    assert window.table.horizontalHeader().sectionSize(column) >= needed
    assert window.table.horizontalHeader().sectionSize(COLUMN_INDEX["party"]) >= 120
