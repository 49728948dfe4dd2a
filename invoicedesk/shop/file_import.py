"""Shop data from files, for shops without a connector.

JSON: an object with the lists ``customers``, ``articles``, ``shipping_methods`` and
``orders``, whose keys are the field names of :mod:`invoicedesk.shop.interface` (an order's
``customer`` is a customer object, dates ISO, amounts as strings or numbers).

CSV (``;`` or ``,``, UTF-8): one row per order line with the columns ``order_id, order_date,
status, customer_id, customer_name, email, street, postal_code, city, country, vat_id, sku,
description, quantity, unit_price, vat_rate`` (``closed_on`` optional); rows of one order
follow each other. ``status`` is open, won or canceled.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import MISSING, fields
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.money import STORABLE_LIMIT
from invoicedesk.shop.interface import (
    ShopArticle,
    ShopCustomer,
    ShopOrder,
    ShopOrderLine,
    ShopShippingMethod,
)

CSV_COLUMNS = ("order_id", "order_date", "status", "customer_id", "customer_name", "email",
               "street", "postal_code", "city", "country", "vat_id", "sku", "description",
               "quantity", "unit_price", "vat_rate")  # fmt: skip


#: the parts of a JSON file and the record each list holds
JSON_LISTS = ("customers", "articles", "shipping_methods", "orders")


def _dec(value: Any, where: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
        raise ValidationError("{where}: {value!r} is not a number.", where=where, value=value)
    try:
        number = Decimal(str(value).replace(",", ".")) if str(value).strip() else Decimal(0)
    except InvalidOperation:
        raise ValidationError(
            "{where}: {value!r} is not a number.", where=where, value=value
        ) from None
    if not number.is_finite() or abs(number) > STORABLE_LIMIT:
        raise ValidationError(
            "{where}: {value} is beyond the largest amount InvoiceDesk can store ({limit}).",
            where=where,
            value=value,
            limit=STORABLE_LIMIT,
        )
    return number


def _no_constant(name: str) -> Any:
    """JSON's NaN and Infinity are no amounts."""
    raise ValidationError("{name} is not a number an invoice can hold.", name=name)


def _read_text(path: Path) -> str:
    """The file as text; a missing file, a folder or another encoding is refused plainly."""
    if path.is_dir():
        raise ValidationError("{path} is a folder; name a .json or .csv file.", path=path)
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ValidationError("There is no file {path}.", path=path) from None
    except UnicodeDecodeError:
        raise ValidationError(
            "{path_name} is not UTF-8 text; save it as UTF-8 and import it again.",
            path_name=path.name,
        ) from None
    except OSError as exc:
        raise ValidationError(
            "{path} cannot be read: {reason}.", path=path, reason=exc.strerror or exc
        ) from None


def _parse_json(text: str, name: str) -> dict[str, Any]:
    """The JSON object of an export: amounts as exact decimals, its lists checked."""
    try:
        data = json.loads(text, parse_float=Decimal, parse_constant=_no_constant)
    except ValueError as exc:  # JSONDecodeError, or a number with too many digits
        raise ValidationError("{path_name} is not valid JSON: {exc}", path_name=name,
                              exc=exc) from None  # fmt: skip
    if not isinstance(data, dict):
        raise ValidationError(
            "{path_name} must hold a JSON object with the lists {lists}.",
            path_name=name,
            lists=", ".join(JSON_LISTS),
        )
    for key in JSON_LISTS:
        items = data.get(key) or []
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise ValidationError(
                "{path_name}: {key} must be a list of objects.", path_name=name, key=key
            )
    return data


def _day(value: Any, where: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(
            "{where}: {value!r} is not a date (YYYY-MM-DD).", where=where, value=value
        ) from None


def _build(cls: type[Any], data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise ValidationError("{where}: {value!r} is not an object.", where=where, value=data)
    known = {f.name: f for f in fields(cls)}
    unknown = set(data) - set(known)
    if unknown:
        raise ValidationError(
            "{where}: unknown field(s) {items}.", where=where, items=", ".join(sorted(unknown))
        )
    values = dict(data)
    for name in ("price", "vat_rate", "quantity", "unit_price"):
        if name in values:
            values[name] = _dec(values[name], where)
    for name in ("order_date", "closed_on"):
        if name in values:
            values[name] = _day(values[name], where)
    for name, value in values.items():
        kind = str(known[name].type)
        if isinstance(value, list | dict) and name not in ("customer", "lines", "extra"):
            raise ValidationError(
                "{where}: {name} must be a single value.", where=where, name=name
            )
        if kind.startswith("str") and value is not None:
            if isinstance(value, bool):
                raise ValidationError("{where}: {name} must be a text.", where=where, name=name)
            values[name] = str(value)
        elif kind.startswith("str") and "None" not in kind:
            raise ValidationError("{where}: {name} must be a text.", where=where, name=name)
        elif kind == "bool" and not isinstance(value, bool):
            raise ValidationError(
                "{where}: {name} must be true or false.", where=where, name=name
            )
    missing = [n for n, f in known.items() if n not in values
               and f.default is MISSING and f.default_factory is MISSING]  # fmt: skip
    if missing:
        raise ValidationError(
            "{where}: the field(s) {items} are missing.", where=where, items=", ".join(missing)
        )
    try:
        return cls(**values)
    except TypeError as exc:
        raise ValidationError("{where}: {exc}", where=where, exc=exc) from None


class FileConnector:
    """A connector over a JSON or CSV export (``origin`` names the shop)."""

    def __init__(self, origin: str, path: Path) -> None:
        self.origin = origin
        self.path = path
        if path.suffix.lower() not in (".json", ".csv"):
            raise ValidationError(
                "{path_name}: only .json and .csv files can be imported.", path_name=path.name
            )
        text = _read_text(path)
        self._data: dict[str, Any]
        if path.suffix.lower() == ".json":
            self._data = _parse_json(text, path.name)
        else:
            self._data = {"orders": list(self._csv_orders(text))}

    def customers(self) -> Iterator[ShopCustomer]:
        """Customers of the file."""
        for i, c in enumerate(self._data.get("customers") or (), start=1):
            yield _build(ShopCustomer, c, f"{self.path.name}, customer {i}")

    def articles(self) -> Iterator[ShopArticle]:
        """Articles of the file."""
        for i, a in enumerate(self._data.get("articles") or (), start=1):
            yield _build(ShopArticle, a, f"{self.path.name}, article {i}")

    def shipping_methods(self) -> Iterator[ShopShippingMethod]:
        """Shipping methods of the file."""
        for i, m in enumerate(self._data.get("shipping_methods") or (), start=1):
            yield _build(ShopShippingMethod, m, f"{self.path.name}, shipping method {i}")

    def orders(self) -> Iterator[ShopOrder]:
        """Orders of the file."""
        for i, o in enumerate(self._data.get("orders") or (), start=1):
            if isinstance(o, ShopOrder):
                yield o
                continue
            where = f"{self.path.name}, order {i}"
            data = dict(o)
            data["customer"] = _build(ShopCustomer, data.get("customer") or {}, where)
            lines = data.get("lines") or ()
            if not isinstance(lines, list):
                raise ValidationError("{where}: lines must be a list.", where=where)
            data["lines"] = tuple(_build(ShopOrderLine, ln, where) for ln in lines)
            yield _build(ShopOrder, data, where)

    def _csv_orders(self, text: str) -> Iterator[ShopOrder]:
        dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else ",", delimiters=";,")
        reader = csv.DictReader(io.StringIO(text), dialect=dialect)
        missing = set(CSV_COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise ValidationError(
                "{path_name} lacks the column(s) {items}.",
                path_name=self.path.name,
                items=", ".join(sorted(missing)),
            )
        groups: dict[str, list[dict[str, str]]] = {}
        for row in reader:
            groups.setdefault(row["order_id"].strip(), []).append(row)
        for order_id, rows in groups.items():
            first, where = rows[0], f"{self.path.name}, order {order_id}"
            customer = ShopCustomer(
                remote_id=first["customer_id"] or f"guest:{first['email']}",
                name=first["customer_name"], email=first["email"] or None,
                street=first["street"], postal_code=first["postal_code"], city=first["city"],
                country=(first["country"] or "DE").upper(), vat_id=first["vat_id"] or None,
            )  # fmt: skip
            lines = tuple(
                ShopOrderLine(
                    r["description"],
                    _dec(r["quantity"], where),
                    _dec(r["unit_price"], where),
                    _dec(r["vat_rate"], where),
                    r["sku"] or None,
                )
                for r in rows
            )
            stage = first["status"].strip() or "open"
            opened = _day(first["order_date"], where) or date.today()
            closed = _day(first.get("closed_on"), where) or (opened if stage == "won" else None)
            yield ShopOrder(order_id, order_id, stage, opened, customer, lines,
                            closed_on=closed, approved=stage == "won")  # fmt: skip
