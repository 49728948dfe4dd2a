"""Shipped and saved presets: each one resolved for the user and applied in the window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.services.cases.presets import (
    SHIPPED_PRESETS,
    delete_preset,
    ensure_shipped_presets,
    list_presets,
    resolve,
    save_preset,
)
from invoicedesk.store.case_query import CaseFilter, fetch_rows

from .conftest import settle


@pytest.fixture
def cases(make_case, users):  # type: ignore[no-untyped-def]
    """One case that each preset should find (and some that none should)."""
    ada, clara = users["ada"].id, users["clara"].id
    past = date.today() - timedelta(days=3)
    return {
        "mine": make_case("out", "draft", number=None, created_by_id=ada),
        "bookable": make_case(
            "out", "paid", payment_status="paid", delivered=True, created_by_id=clara
        ),
        "booked_paid": make_case(
            "out", "paid", payment_status="paid", booked=True, created_by_id=clara
        ),
        "review": make_case("in", "edited", edited_by_id=clara, created_by_id=clara),
        "own_edit": make_case("in", "edited", edited_by_id=ada, created_by_id=clara),
        "approve_small": make_case("in", "checked", gross="900.00", created_by_id=clara),
        "approve_big": make_case("in", "checked", gross="5000.00", created_by_id=clara),
        "overdue": make_case("out", "overdue", due_date=past, created_by_id=clara),
        "collective": make_case(
            "out", "draft", number=None, kind="collective", created_by_id=clara
        ),
    }


EXPECTED = {
    "My open cases": {"mine"},
    "Bookable": {"bookable"},
    "Needs my review": {"review"},
    "Awaiting my approval": {"approve_small"},
    "Overdue": {"overdue"},
    "Unsent collective invoices": {"collective"},
}


def _ids(db, flt: CaseFilter) -> set[int]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return {r.id for r in fetch_rows(s, flt, limit=1000)}


def test_shipped_presets_created_once(db) -> None:  # type: ignore[no-untyped-def]
    assert ensure_shipped_presets(db) == len(SHIPPED_PRESETS)
    assert ensure_shipped_presets(db) == 0
    names = [p.name for p in list_presets(db, None)]
    assert names == list(SHIPPED_PRESETS)


@pytest.mark.parametrize("name", list(EXPECTED))
def test_every_shipped_preset(db, users, cases, name) -> None:  # type: ignore[no-untyped-def]
    ensure_shipped_presets(db)
    preset = next(p for p in list_presets(db, users["anton"].id) if p.name == name)
    # anton: approval limit 1000 and "me"; ada for the "my" presets
    rights = users["anton"].rights() if name == "Awaiting my approval" else users["ada"].rights()
    expected = EXPECTED[name]
    found = _ids(db, resolve(preset.filters, rights))
    assert found == {cases[k] for k in expected}


def test_user_presets_are_private(db, users) -> None:  # type: ignore[no-untyped-def]
    mine = save_preset(
        db, users["ada"].id, "Jansen sent", CaseFilter(statuses=["sent"], search="jansen")
    )
    assert [p.name for p in list_presets(db, users["ada"].id) if not p.shipped] == ["Jansen sent"]
    assert not [p for p in list_presets(db, users["clara"].id) if not p.shipped]
    assert resolve(mine.filters, users["ada"].rights()).search == "jansen"
    with pytest.raises(ValidationError):
        save_preset(db, users["ada"].id, "Bookable", CaseFilter())
    with pytest.raises(NotFound):
        delete_preset(db, users["clara"].id, mine.id)
    delete_preset(db, users["ada"].id, mine.id)
    assert not [p for p in list_presets(db, users["ada"].id) if not p.shipped]


def test_preset_applied_in_window(qtbot, window, cases, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from invoicedesk.gui.common import dialogs

    window.refresh()  # the cases were made after the window opened
    settle(qtbot)
    presets = {p.name: p for p in window.presets}
    window.apply_preset(presets["Needs my review"])
    settle(qtbot)
    ids = {window.model.row_at(i).id for i in range(window.model.rowCount())}
    assert ids == {cases["review"]}
    assert "Needs my review" in window.sidebar.preset_note.text()
    # counts beside the presets
    texts = [window.sidebar.presets.item(i).text() for i in range(window.sidebar.presets.count())]
    assert "Bookable (1)" in texts
    # save the current filter as a preset of ada's
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "My review list")
    window.save_current_as_preset()
    settle(qtbot)
    settle(qtbot)
    assert "My review list" in [p.name for p in window.presets]
    window.clear_filters()
    settle(qtbot)
    assert window.model.rowCount() == len(cases)
