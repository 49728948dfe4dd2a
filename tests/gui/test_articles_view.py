"""Tools → Articles…: the list with search, adding and changing articles through the dialog,
refusals shown as messages (taken number, bad price), deleting, and the refusal to delete an
article that orders use."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.orders import articles_view as av
from invoicedesk.gui.orders.articles_view import ArticleDialog, ArticlesView
from invoicedesk.store.models.articles import Article
from tests.gui.conftest import settle
from tests.integration.test_billing_runs import add_customer, add_order, setup


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages shown to the clerk (instead of modal boxes)."""
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _title, text: shown.append(text))
    return shown


def _view(qtbot: Any, db: Any) -> ArticlesView:
    view = ArticlesView(db, Actor.system())
    qtbot.addWidget(view)
    view.show()
    settle(qtbot)
    return view


def _numbers(view: ArticlesView) -> list[str]:
    return [view.table.item(r, 0).text() for r in range(view.table.rowCount())]  # type: ignore[union-attr]


def _select(view: ArticlesView, number: str) -> None:
    view.table.selectRow(_numbers(view).index(number))


def _fill(dialog: ArticleDialog, number: str, name: str, price: str, vat: str = "19") -> None:
    dialog.number.setText(number)
    dialog.name.setText(name)
    dialog.price.setText(price)
    dialog.vat.setCurrentText(vat)


def test_list_search_and_columns(qtbot: Any, db: Any) -> None:
    setup(db)
    view = _view(qtbot, db)
    assert view.table.rowCount() >= 5 and _numbers(view) == sorted(_numbers(view))
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(view.table.columnCount())]  # type: ignore[union-attr]
    assert headers[:6] == ["Number / SKU", "Name", "Unit", "Net price", "VAT", "Origin"]
    assert view.table.item(0, 4).text() == "19 %"  # type: ignore[union-attr]
    assert view.table.item(0, 5).text() == "entered by hand"  # type: ignore[union-attr]
    assert not view.edit_button.isEnabled()
    qtbot.keyClicks(view.search, "A-1003")
    qtbot.waitUntil(lambda: _numbers(view) == ["A-1003"], timeout=5000)
    settle(qtbot)
    assert view.status.text() == "1 article"
    _select(view, "A-1003")
    assert view.edit_button.isEnabled() and view.delete_button.isEnabled()


def test_add_edit_and_refusals(qtbot: Any, db: Any, errors: list[str]) -> None:
    setup(db)
    view = _view(qtbot, db)
    dialog = view._open(None)
    _fill(dialog, "  WS-200 ", "Werkstattstunde Meister", "95,50")
    dialog.unit.setCurrentIndex(dialog.unit.findData("HUR"))
    dialog.save()
    settle(qtbot)
    assert dialog.saved is not None and not dialog.isVisible()
    settle(qtbot)
    assert "WS-200" in _numbers(view)
    row = _numbers(view).index("WS-200")
    assert view.table.item(row, 2).text() == "hour"  # type: ignore[union-attr]
    assert view.table.item(row, 3).text() == "95,50 EUR"  # type: ignore[union-attr]

    # a taken number, an unreadable price, a VAT rate above 100: messages, dialog stays open
    dialog = view._open(None)
    _fill(dialog, "A-1001", "Doppelt", "10")
    dialog.save()
    settle(qtbot)
    assert "already used by another article" in errors[-1] and dialog.isVisible()
    _fill(dialog, "X-1", "Kaputt", "zehn")
    dialog.save()
    assert errors[-1] == "Net price: 'zehn' is not a number." and dialog.isVisible()
    _fill(dialog, "X-1", "Zu viel", "10", vat="119")
    dialog.save()
    settle(qtbot)
    assert "VAT rate 119" in errors[-1] and dialog.isVisible()
    dialog.reject()

    # editing: new name, price and number; inactive
    _select(view, "WS-200")
    view.edit_selected()
    dialog = view.dialog
    assert dialog.number.text() == "WS-200" and dialog.price.text() == "95,50"
    _fill(dialog, "WS-201", "Werkstattstunde Geselle", "72")
    dialog.active.setChecked(False)
    dialog.save()
    settle(qtbot)
    settle(qtbot)
    with db.read() as s:
        stored = s.scalar(select(Article).where(Article.number == "WS-201"))
        assert stored is not None and stored.price == Decimal("72") and not stored.active
        assert stored.name == "Werkstattstunde Geselle" and stored.unit == "HUR"
        assert s.scalar(select(Article).where(Article.number == "WS-200")) is None
    assert "WS-201" in _numbers(view)


def test_delete_unused_and_refuse_used(
    qtbot: Any, db: Any, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    setup(db)
    customer = add_customer(db, "Autohaus Brandt GmbH")
    add_order(db, customer, lines=1)  # uses A-1001
    view = _view(qtbot, db)
    monkeypatch.setattr(av, "confirm", lambda *_a: True)
    _select(view, "A-1001")
    view.delete_selected()
    settle(qtbot)
    assert "A-1001 is used on 1 order line(s) and cannot be deleted" in errors[-1]
    assert "A-1001" in _numbers(view)
    _select(view, "A-1005")
    view.delete_selected()
    settle(qtbot)
    settle(qtbot)
    assert "A-1005" not in _numbers(view) and "A-1001" in _numbers(view)
    with db.read() as s:
        assert s.scalar(select(Article).where(Article.number == "A-1005")) is None


def test_tools_menu_opens_the_three_windows(window: Any, qtbot: Any) -> None:
    titles = [a.text() for a in window.tools_menu.actions()]
    assert {"Articles…", "Sales orders…", "Shop connections…"} <= set(titles)
    for text, attr in (
        ("Articles…", "articles"),
        ("Sales orders…", "orders"),
        ("Shop connections…", "shops"),
    ):
        next(a for a in window.tools_menu.actions() if a.text() == text).trigger()
        settle(qtbot)
        view = getattr(window.commerce, attr)
        assert view is not None and view.isVisible()
        view.close()
