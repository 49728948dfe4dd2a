"""Tools → Shop connections…: adding and editing a WooCommerce connection (secret only in the
keyring), *Test connection* against the local fake WooCommerce server, *Import now* twice in the
background with progress and the merge report, *Import file…* (CSV) and its errors, deleting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring
import pytest
from sqlalchemy import func, select

from invoicedesk.gui.common import dialogs
from invoicedesk.gui.orders import shop_view as sv
from invoicedesk.gui.orders.shop_view import ShopView
from invoicedesk.secrets import SERVICE, get_secret
from invoicedesk.store.models.config import Setting
from invoicedesk.store.models.orders import SalesOrder
from invoicedesk.store.models.parties import Party
from tests.fake_shop import KEY, SECRET, fake_shop
from tests.gui.conftest import settle
from tests.integration.test_billing_runs import add_customer, setup

CSV = (
    "order_id;order_date;status;customer_id;customer_name;email;street;postal_code;city;"
    "country;vat_id;sku;description;quantity;unit_price;vat_rate\n"
    "B-77;2026-11-04;won;K9;Hotel Zur Post;info@hotel-post.example.com;Markt 1;47051;"
    "Duisburg;DE;;A-1001;Bremsscheibe;2;89,90;19\n"
    "B-77;2026-11-04;won;K9;Hotel Zur Post;info@hotel-post.example.com;Markt 1;47051;"
    "Duisburg;DE;;;Montage;1,5;78,00;19\n"
)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages shown to the clerk (instead of modal boxes)."""
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _title, text: shown.append(text))
    return shown


def _view(qtbot: Any, db: Any) -> ShopView:
    view = ShopView(db)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot)
    return view


def _add(qtbot: Any, view: ShopView, url: str, secret: str = SECRET) -> None:
    view.new_connection()
    view.name.setText("teileshop")
    view.url.setText(url)
    view.key.setText(KEY)
    view.secret.setText(secret)
    view.save_button.click()
    settle(qtbot)
    settle(qtbot)


def _counted(report: str) -> dict[str, tuple[int, int]]:
    """``{"Orders": (new, updated), ...}`` from the report's count lines."""
    counts = {}
    for line in report.splitlines():
        words = line.split()
        if line.startswith("  ") and words[-1] == "updated" and words[-3] == "new":
            counts[" ".join(words[:-4])] = (int(words[-4]), int(words[-2]))
    return counts


def _orders(db: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(SalesOrder)) or 0)


def test_connection_secret_only_in_keyring_and_test(qtbot: Any, db: Any, errors: list[str]) -> None:
    view = _view(qtbot, db)
    assert view.shops.count() == 0 and not view.import_button.isEnabled()
    view.name.setText("teileshop")
    view.url.setText("http://127.0.0.1:1")
    view.key.setText(KEY)
    view.save_button.click()
    assert errors[-1] == "Enter the consumer secret of the shop."
    with fake_shop() as shop:
        view.url.setText("http://shop.example.com")  # plain HTTP to another host: refused
        view.secret.setText(SECRET)
        view.save_button.click()
        settle(qtbot)
        assert "HTTPS" in errors[-1] and view.shops.count() == 0
        _add(qtbot, view, shop.url)
        assert view.shops.count() == 1 and view.shops.currentItem().text() == "teileshop"
        assert view.name.isReadOnly() and view.key.text() == KEY
        assert (
            view.secret.text() == "" and "leave empty to keep it" in view.secret.placeholderText()
        )
        assert view.import_button.isEnabled()
        with db.read() as s:
            stored = {row.key: row.value for row in s.scalars(select(Setting))}
        assert stored["shop:teileshop"] == {"kind": "woocommerce", "base_url": shop.url}
        assert SECRET not in repr(stored) and KEY not in repr(stored)
        assert keyring.get_password(SERVICE, "shop:teileshop:secret") == SECRET
        # test with the stored secret (field empty), then with a wrong one typed in
        view.test_connection()
        settle(qtbot)
        assert view.test_result.text() == "✔ The shop teileshop answered: 5 product(s) can be read."
        view.secret.setText("cs_wrong")
        view.test_connection()
        settle(qtbot)
        assert view.test_result.text().startswith("✘ The shop teileshop answered 401")
        # editing the address keeps the stored secret
        view.secret.clear()
        view.url.setText(shop.url + "/")
        view.save_button.click()
        settle(qtbot)
        settle(qtbot)
        assert get_secret("shop", "teileshop:secret") == SECRET
    # the shop is gone: a clear message instead of a hang
    view.test_connection()
    settle(qtbot)
    assert "cannot be reached" in view.test_result.text()


def test_import_now_twice_with_progress_and_report(
    qtbot: Any, db: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup(db)
    add_customer(db, "Brandt Autohaus (alt)", email="EINKAUF@autohaus-brandt.example.com")
    view = _view(qtbot, db)
    steps: list[tuple[int, int, str]] = []
    original = view._progressed

    def progressed(done: int, total: int, text: str) -> None:
        steps.append((done, total, text))
        original(done, total, text)

    monkeypatch.setattr(view, "_progressed", progressed)
    reports: list[Any] = []
    view.imported.connect(reports.append)
    with fake_shop() as shop:
        _add(qtbot, view, shop.url)
        view.import_button.click()
        assert not view.import_button.isEnabled() and view.progress.isVisible()
        settle(qtbot)
        first = view.report.toPlainText()
        count = _orders(db)
        view.import_button.click()
        settle(qtbot)
    assert count == 5 and _orders(db) == 5  # re-import updates, never duplicates
    assert first.startswith("Import from teileshop\n")
    assert _counted(first) == {
        "Customers": (3, 5),
        "Articles": (4, 1),
        "Shipping methods": (3, 0),
        "Orders": (5, 0),
    }
    assert "Merged with existing records:" in first
    assert "merged into Brandt Autohaus (alt) by e-mail" in first
    assert _counted(view.report.toPlainText())["Orders"] == (0, 5)
    assert [s[2] for s in steps[:4]] == [
        "Fetching customers",
        "Fetching products",
        "Fetching shipping methods",
        "Fetching orders",
    ]
    assert steps[-1][:2] == (5, 5) and len(reports) == 2
    assert view.import_button.isEnabled() and not view.progress.isVisible()
    assert view.progress_text.text() == "Import finished."


def test_import_file_and_its_errors(
    qtbot: Any, db: Any, tmp_path: Path, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    setup(db)
    good, bad = tmp_path / "bestellungen.csv", tmp_path / "kaputt.csv"
    good.write_text(CSV, encoding="utf-8")
    bad.write_text("order_id;status\nB-1;won\n", encoding="utf-8")
    view = _view(qtbot, db)
    asked: list[str] = []

    def ask(_p: Any, _title: str, _prompt: str, default: str = "") -> str:
        asked.append(default)
        return "kasse"

    monkeypatch.setattr(dialogs, "ask_text", ask)
    monkeypatch.setattr(sv, "choose_import_file", lambda _p: bad)
    view.file_button.click()
    settle(qtbot)
    assert "kaputt.csv lacks the column(s)" in errors[-1]
    assert view.progress_text.text() == "Import failed; nothing was stored."
    assert _orders(db) == 0 and view.file_button.isEnabled()
    monkeypatch.setattr(sv, "choose_import_file", lambda _p: good)
    for _ in range(2):
        view.file_button.click()
        settle(qtbot)
    assert asked == ["kaputt", "bestellungen", "bestellungen"]  # the file name is offered
    assert _counted(view.report.toPlainText())["Orders"] == (0, 1)
    with db.read() as s:
        order = s.scalar(select(SalesOrder))
        assert order is not None and order.number == "KASSE-B-77" and order.origin == "kasse"
        assert s.scalar(select(func.count()).where(Party.name == "Hotel Zur Post")) == 1


def test_delete_connection(qtbot: Any, db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    view = _view(qtbot, db)
    with fake_shop() as shop:
        _add(qtbot, view, shop.url)
    monkeypatch.setattr(sv, "confirm", lambda *_a: True)
    view.delete_connection()
    settle(qtbot)
    settle(qtbot)
    assert view.shops.count() == 0 and view.name.text() == "" and not view.name.isReadOnly()
    assert keyring.get_password(SERVICE, "shop:teileshop:secret") is None
