"""The case table model against a real database: paging, count, sort, filter, search."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from invoicedesk.domain.workflow import Action
from invoicedesk.gui.desk.case_model import COLUMN_INDEX, CaseTableModel
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.store import case_query
from invoicedesk.store.case_query import CaseFilter, change_stamp, count_rows, fetch_rows

from .conftest import settle


def _model(qtbot: Any, db: Any, flt: CaseFilter | None = None) -> CaseTableModel:
    model = CaseTableModel(db)
    model.set_filter(flt or CaseFilter())
    settle(qtbot)
    assert model.count_is_exact
    return model


def _all_ids(model: CaseTableModel) -> list[int]:
    return [model.row_at(i).id for i in range(model.rowCount())]  # type: ignore[union-attr]


def _sql_ids(db: Any, flt: CaseFilter, sort: str = "created_at", desc: bool = True) -> list[int]:
    with db.read() as s:
        return [r.id for r in fetch_rows(s, flt, sort=sort, descending=desc, limit=10_000)]


def test_first_page_then_count_in_background(qtbot, db, many_cases) -> None:
    model = CaseTableModel(db)
    model.set_filter(CaseFilter())
    assert model.rowCount() == case_query.PAGE_SIZE  # first page at once
    assert not model.count_is_exact
    with qtbot.waitSignal(model.count_changed, timeout=5000):
        pass
    settle(qtbot)
    assert model.rowCount() == many_cases
    assert model.count_is_exact


@pytest.mark.parametrize("deep", [False, True])
def test_every_page_in_sql_order(qtbot, db, many_cases, monkeypatch, deep) -> None:
    if deep:  # pages beyond the first are found by ids first, then loaded
        monkeypatch.setattr(case_query, "DEEP_OFFSET", 50)
    model = _model(qtbot, db)
    last = model.row_at(model.rowCount() - 1)  # jump to the end first (reverse query)
    assert last is not None
    assert _all_ids(model) == _sql_ids(db, CaseFilter())


def test_sort_by_amount_in_sql(qtbot, db, many_cases) -> None:
    model = _model(qtbot, db)
    model.sort(COLUMN_INDEX["gross"], Qt.SortOrder.AscendingOrder)
    amounts = [model.row_at(i).gross for i in range(model.rowCount())]  # type: ignore[union-attr]
    assert amounts == sorted(amounts)
    assert _all_ids(model) == _sql_ids(db, CaseFilter(), "gross", desc=False)
    assert model.rowCount() == many_cases  # sorting does not recount


@pytest.mark.parametrize("column", ["status", "number", "direction", "party", "due_date"])
def test_every_sortable_column(qtbot, db, many_cases, column) -> None:
    model = _model(qtbot, db)
    model.sort(
        COLUMN_INDEX[column if column != "due_date" else "due_date"], Qt.SortOrder.DescendingOrder
    )
    key = {"party": "party", "due_date": "due_date"}.get(column, column)
    assert _all_ids(model) == _sql_ids(db, CaseFilter(), key, desc=True)


def test_filter_and_search(qtbot, db, many_cases) -> None:
    flt = CaseFilter(statuses=["sent", "overdue"], search="jansen")
    model = _model(qtbot, db, flt)
    rows = [model.row_at(i) for i in range(model.rowCount())]
    assert rows and all(r.status in ("sent", "overdue") for r in rows)  # type: ignore[union-attr]
    assert all("Jansen" in r.party for r in rows)  # type: ignore[union-attr]
    with db.read() as s:
        assert model.rowCount() == count_rows(s, flt)
    model.set_filter(CaseFilter(search="RE-2026-0001"))
    settle(qtbot)
    numbers = [model.row_at(i).number for i in range(model.rowCount())]  # type: ignore[union-attr]
    assert numbers and all(n and n.startswith("RE-2026-0001") for n in numbers)
    model.set_filter(CaseFilter(search="no such party"))
    settle(qtbot)
    assert model.rowCount() == 0


def test_display_texts(qtbot, db, make_case) -> None:
    make_case("out", "sent", gross="1190.00", party="Autohaus Brandt")
    model = _model(qtbot, db)
    index = model.index(0, COLUMN_INDEX["gross"])
    assert model.data(index) in ("1.190,00 EUR", "1,190.00 EUR")
    assert model.data(index, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    status = model.index(0, COLUMN_INDEX["status"])
    assert model.data(status, Qt.ItemDataRole.ToolTipRole) == "Sent"
    assert not model.data(status, Qt.ItemDataRole.DecorationRole).isNull()  # the label
    assert model.data(model.index(0, COLUMN_INDEX["created"])).endswith("· SYS")


def test_refresh_sees_changes_of_another_session(qtbot, db, db_url, users, make_case) -> None:
    from invoicedesk.store.database import Database

    cid = make_case("out", "sent")
    model = _model(qtbot, db)
    with db.read() as s:
        before = change_stamp(s)
    other = Database(db_url)
    try:
        perform_action(other, users["clara"].actor(), cid, Action.MARK_PAID)
        make_case("in", "ready", party="Neu GmbH")
    finally:
        other.dispose()
    with db.read() as s:
        assert change_stamp(s) != before
    model.refresh()
    settle(qtbot)
    assert model.rowCount() == 2
    statuses = {model.row_at(i).status for i in range(2)}  # type: ignore[union-attr]
    assert statuses == {"paid", "ready"}
