"""The service-contract editor: create a contract from the form, refuse wrong entries with the
reason (nothing stored, dialog open), change it, and refuse a stale edit (two clerks)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QTableWidgetItem

from invoicedesk.gui.common import dialogs
from invoicedesk.gui.contracts.contract_editor import ContractEditor
from invoicedesk.services.contracts.contracts import get_contract, list_contracts, update_contract
from tests.gui.conftest import settle
from tests.integration.test_contracts import setup


@pytest.fixture()
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages shown to the clerk (instead of modal boxes)."""
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _title, text: shown.append(text))
    return shown


def _editor(qtbot: Any, db: Any, actor: Any, view: Any = None) -> ContractEditor:
    editor = ContractEditor(db, actor, view)
    qtbot.addWidget(editor)
    editor.show()
    settle(qtbot)
    return editor


def _set(editor: ContractEditor, row: int, values: list[str]) -> None:
    for col, text in enumerate(values):
        editor.lines.setItem(row, col, QTableWidgetItem(text))


def test_create_refuse_and_change_a_contract(qtbot, db, users, errors) -> None:  # type: ignore[no-untyped-def]
    parties = setup(db)
    clerk = users["clara"].actor()
    editor = _editor(qtbot, db, clerk)
    editor.customer.setCurrentIndex(editor.customer.findData(parties["de"]))
    editor.start.setDate(QDate(2027, 1, 1))
    editor.interval.setCurrentIndex(editor.interval.findData(3))
    _set(editor, 0, ["A-4001", "Wartung Klimaanlage", "1", "C62", "45,00", "19"])
    editor.save()
    settle(qtbot)
    assert errors[-1] == "The contract needs a title (what is serviced)."
    assert editor.isVisible() and editor.saved is None and list_contracts(db) == []

    editor.title_edit.setText("Wartungsvertrag Klimaanlage")
    _set(editor, 0, ["A-4001", "Wartung Klimaanlage", "eins", "C62", "45,00", "19"])
    editor.save()
    settle(qtbot)
    assert "quantity" in errors[-1] and editor.isVisible()

    _set(editor, 0, ["A-4001", "Wartung Klimaanlage", "1", "C62", "45,00", "19"])
    editor.save()
    settle(qtbot)
    assert editor.saved is not None and not editor.isVisible()
    stored = get_contract(db, editor.saved.id)
    assert stored.data.interval_months == 3 and stored.net_per_period == Decimal("45.00")

    change = _editor(qtbot, db, clerk, stored)
    assert change.title_edit.text() == "Wartungsvertrag Klimaanlage"
    _set(change, 0, ["A-4001", "Wartung Klimaanlage", "2", "C62", "45,00", "19"])
    other = get_contract(db, stored.id)  # a second clerk saves first
    update_contract(db, clerk, other.id, other.data, expected_version=other.version)
    change.save()
    settle(qtbot)
    assert "changed by someone else" in errors[-1] and change.isVisible()
    assert get_contract(db, stored.id).net_per_period == Decimal("45.00")  # nothing saved

    again = _editor(qtbot, db, clerk, get_contract(db, stored.id))
    _set(again, 0, ["A-4001", "Wartung Klimaanlage", "2", "C62", "45,00", "19"])
    again.save()
    settle(qtbot)
    assert again.saved is not None and not again.isVisible()
    assert get_contract(db, stored.id).net_per_period == Decimal("90.00")
