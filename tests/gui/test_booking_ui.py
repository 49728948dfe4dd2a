"""Booking export from the desk: the action opens the dialog, files are written, saved again."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from invoicedesk.domain.workflow import Action
from invoicedesk.gui.incoming.booking import BookingExportDialog
from invoicedesk.services.incoming.booking_export import export_content
from invoicedesk.store.models.cases import Case

from .conftest import settle


def _approved(make_case: Any, party: str, gross: str, days_ago: int) -> int:
    net = (Decimal(gross) / Decimal("1.19")).quantize(Decimal("0.01"))
    return int(
        make_case("in", "approved", gross=gross, party=party, days_ago=days_ago, net=net,
                  issue_date=date(2026, 11, 2),
                  tax=Decimal(gross) - net,
                  lines=[{"description": "Reifen", "net": net, "vat_rate": Decimal(19)}])
    )


def _dialog() -> BookingExportDialog:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, BookingExportDialog)]
    assert len(found) == 1
    return found[0]


def test_export_selected_then_all_and_save_again(
    qtbot: Any, window: Any, db: Any, make_case: Any, tmp_path: Path
) -> None:
    first = _approved(make_case, "Reifen Müller GmbH", "119.00", days_ago=0)
    second = _approved(make_case, "Bürobedarf Schulz KG", "238.00", days_ago=1)
    make_case("in", "checked", gross="50.00", party="Druckerei Fröhlich", days_ago=2)
    window.refresh()
    settle(qtbot)
    window.table.selectRow(0)  # newest first: the first case
    settle(qtbot)
    assert window.current_row().id == first
    window.case_actions.trigger(Action.BOOK_EXPORT)
    dialog = _dialog()
    settle(qtbot)
    assert "(2, 357,00 EUR)" in dialog.all_button.text()
    assert dialog.one_button.isChecked() and "119,00 EUR" in dialog.one_button.text()
    target = tmp_path / "one.csv"
    dialog.choose_and_export(target)
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=10_000)
    settle(qtbot)
    assert target.read_bytes().startswith(b'"EXTF";700;21;"Buchungsstapel"')
    with db.read() as s:
        assert s.get(Case, first).status == "booked"
        assert s.get(Case, second).status == "approved"
    assert "1 invoice (119,00 EUR) exported" in dialog.message.text()
    assert dialog.history.rowCount() == 1
    # then everything that is left, as plain CSV
    dialog.all_button.setChecked(True)
    dialog.format.setCurrentIndex(1)
    dialog.result_info = None
    dialog.choose_and_export(tmp_path / "rest.csv")
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=10_000)
    settle(qtbot)
    assert dialog.result_info.case_ids == (second,)
    assert "Schulz" in (tmp_path / "rest.csv").read_text(encoding="utf-8-sig")
    assert dialog.history.rowCount() == 2 and not dialog.export_button.isEnabled()
    # an earlier export saved again: the very same bytes
    dialog.history.selectRow(1)
    again = tmp_path / "again.csv"
    dialog.save_selected_again(again)
    qtbot.waitUntil(again.exists, timeout=10_000)
    settle(qtbot)
    first_export = dialog._exports[1]
    assert again.read_bytes() == export_content(db, first_export.id)[1] == target.read_bytes()
    dialog.close()
    settle(qtbot)


def test_unwritable_target_keeps_the_export_for_saving_again(
    qtbot: Any, window: Any, db: Any, make_case: Any, tmp_path: Path
) -> None:
    case_id = _approved(make_case, "Reifen Müller GmbH", "119.00", days_ago=0)
    (action,) = [a for a in window.tools_menu.actions() if a.text() == "Booking export…"]
    action.trigger()
    dialog = _dialog()
    settle(qtbot)
    dialog.choose_and_export(tmp_path / "missing-folder" / "x.csv")
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=10_000)
    settle(qtbot)
    assert "could not be written" in dialog.message.text()
    with db.read() as s:
        assert s.get(Case, case_id).status == "booked"
    assert dialog.history.rowCount() == 1 and dialog.save_again.isEnabled()
    dialog.close()
    settle(qtbot)
