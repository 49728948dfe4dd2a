"""Shop import against a local fake WooCommerce server (recorded-style JSON): twice without
duplicates, origin marks, de-duplication by e-mail / VAT ID / SKU with a report, updates on
re-import, invoiced orders left alone, keyring credentials, clear errors; file import."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from invoicedesk.domain.errors import ConfigurationError
from invoicedesk.services.billing.runs import RowSpec
from invoicedesk.services.orders.shop_import import (
    import_shop,
    list_shops,
    save_shop,
    shop_connector,
)
from invoicedesk.shop.file_import import FileConnector
from invoicedesk.shop.woocommerce import ShopError, WooCommerceClient
from invoicedesk.store.models.articles import Article, ShippingMethod
from invoicedesk.store.models.orders import SalesOrder
from invoicedesk.store.models.parties import Party
from tests.fake_shop import KEY, SECRET, fake_shop
from tests.integration.test_billing_runs import add_customer, process, setup

D = Decimal


def _counts(db: Any) -> tuple[int, int, int, int]:
    with db.read() as s:
        return tuple(  # type: ignore[return-value]
            s.scalar(select(func.count()).select_from(m))
            for m in (Party, Article, SalesOrder, ShippingMethod)
        )


def test_woocommerce_import_twice_without_duplicates(db: Any) -> None:
    setup(db)
    existing = add_customer(
        db, "Brandt Autohaus (alt)", email="EINKAUF@autohaus-brandt.example.com"
    )
    by_vat = add_customer(db, "Garage de Boer", email=None, country="NL", vat_id="NL123456782B01")
    with fake_shop() as shop:
        client = WooCommerceClient("teileshop", shop.url, KEY, SECRET)
        first = import_shop(db, client)
        assert any("page=2" in r for r in shop.requests)  # paged through X-WP-TotalPages
        before = _counts(db)
        shop.order(1043).update(
            status="completed",
            date_completed="2026-11-21T10:00:00",
            date_paid="2026-11-20T08:04:00",
        )
        second = import_shop(db, WooCommerceClient("teileshop", shop.url, KEY, SECRET))
    assert _counts(db) == before
    assert first.created["orders"] == 5 and first.created["articles"] == 4
    assert first.created.get("customers", 0) == 2  # Keller and the guest Fahrschule Wolff
    assert "orders" not in second.created and second.updated["orders"] == 5
    assert not second.created.get("customers") and not second.created.get("articles")
    merges = "\n".join(first.merged)
    assert "merged into Brandt Autohaus (alt) by e-mail" in merges
    assert "merged into Garage de Boer by VAT ID" in merges
    assert "merged into article A-1004 by SKU" in merges
    with db.read() as s:
        brandt = s.get(Party, existing)
        assert brandt is not None and (brandt.origin, brandt.remote_id) == ("teileshop", "12")
        assert s.get(Party, by_vat).remote_id == "27"  # type: ignore[union-attr]
        orders = {o.remote_id: o for o in s.scalars(select(SalesOrder))}
        assert {o.origin for o in orders.values()} == {"teileshop"}
        assert orders["1041"].gross == D("298.93") and orders["1041"].party_id == existing
        assert orders["1041"].stage == "won" and orders["1041"].approved
        assert orders["1042"].reverse_charge and orders["1042"].gross == D("234.30")
        assert {ln.vat_category for ln in orders["1042"].lines} == {"AE"}
        assert orders["1044"].gross == D("112.61")  # 7 % and 19 % lines, shipping
        assert orders["1045"].stage == "canceled"
        assert orders["1043"].stage == "won"  # updated by the second import
        assert any(ln.article_id for ln in orders["1041"].lines)
        shipping = {m.code: m.name for m in s.scalars(select(ShippingMethod))}
        assert shipping["flat_rate"] == "Pauschale"
        assert orders["1041"].shipping_method_id is not None


def test_reimport_leaves_invoiced_orders_alone(db: Any) -> None:
    setup(db)
    with fake_shop() as shop:
        import_shop(db, WooCommerceClient("teileshop", shop.url, KEY, SECRET))
        with db.read() as s:
            order_id = s.scalar(select(SalesOrder.id).where(SalesOrder.remote_id == "1041"))
        process(db, [RowSpec(order_id, "create_only")])
        shop.order(1041)["line_items"][0]["quantity"] = 9
        report = import_shop(db, WooCommerceClient("teileshop", shop.url, KEY, SECRET))
    assert any("invoiced already; not changed" in p for p in report.problems)
    with db.read() as s:
        order = s.get(SalesOrder, order_id)
        assert order is not None and order.gross == D("298.93")


def test_credentials_from_the_keyring_and_clear_errors(db: Any) -> None:
    with fake_shop() as shop:
        save_shop(db, "teileshop", shop.url, KEY, SECRET)
        assert list_shops(db) == ["teileshop"]
        client = shop_connector(db, "teileshop")
        assert [c.remote_id for c in client.customers()] == ["12", "27", "31"]
        wrong = WooCommerceClient("teileshop", shop.url, KEY, "cs_wrong")
        with pytest.raises(ShopError, match=r"answered 401 .*cannot list resources"):
            list(wrong.orders())
    with pytest.raises(ShopError, match="cannot be reached"):
        list(WooCommerceClient("gone", shop.url, KEY, SECRET, timeout=2).articles())
    with pytest.raises(ConfigurationError, match="HTTPS"):
        WooCommerceClient("x", "http://shop.example.com", KEY, SECRET)


def test_file_import_json_and_csv(db: Any, tmp_path: Path) -> None:
    setup(db)
    csv_file = tmp_path / "bestellungen.csv"
    csv_file.write_text(
        "order_id;order_date;status;customer_id;customer_name;email;street;postal_code;city;"
        "country;vat_id;sku;description;quantity;unit_price;vat_rate\n"
        "B-77;2026-11-04;won;K9;Hotel Zur Post;info@hotel-post.example.com;Markt 1;47051;"
        "Duisburg;DE;;A-1001;Bremsscheibe;2;89,90;19\n"
        "B-77;2026-11-04;won;K9;Hotel Zur Post;info@hotel-post.example.com;Markt 1;47051;"
        "Duisburg;DE;;;Montage;1,5;78,00;19\n",
        encoding="utf-8",
    )
    json_file = tmp_path / "shop.json"
    json_file.write_text(
        '{"articles": [{"remote_id": "p1", "sku": "TS-1", "name": "Türschloss", "price": "45.00"}],'
        ' "orders": [{"remote_id": "9", "number": "9", "stage": "open", "order_date": "2026-11-20",'
        ' "customer": {"remote_id": "K9", "name": "Hotel Zur Post",'
        ' "email": "info@hotel-post.example.com"},'
        ' "lines": [{"description": "Türschloss", "quantity": "1", "unit_price": "45.00",'
        ' "vat_rate": "19", "sku": "TS-1"}]}]}',
        encoding="utf-8",
    )
    for _ in range(2):
        import_shop(db, FileConnector("csvshop", csv_file))
        import_shop(db, FileConnector("jsonshop", json_file))
    with db.read() as s:
        orders = {o.number: (o.net, o.stage) for o in s.scalars(select(SalesOrder))}
        hotels = s.scalar(select(func.count()).where(Party.name == "Hotel Zur Post"))
    assert orders == {"CSVSHOP-B-77": (D("296.80"), "won"), "JSONSHOP-9": (D("45.00"), "open")}
    assert hotels == 1  # the JSON shop's customer was merged by e-mail
    bad = tmp_path / "bad.csv"
    bad.write_text("order_id,sku\n1,A\n", encoding="utf-8")
    with pytest.raises(Exception, match="lacks the column"):
        FileConnector("x", bad)
