"""``invoicedesk shop``: connect a WooCommerce shop and import from it or from a file.

invoicedesk shop add teileshop --url https://teile.example.com   (asks for key and secret)
invoicedesk shop import teileshop
invoicedesk shop import-file bestellungen.csv --origin altshop
"""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path
from typing import Any

from invoicedesk.services.orders.shop_import import (
    ImportReport,
    import_shop,
    save_shop,
    shop_connector,
)
from invoicedesk.shop.file_import import FileConnector
from invoicedesk.startup import open_database


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``shop`` command group."""
    shop = sub.add_parser("shop", help="web-shop connector and file import", parents=[common])
    shop_sub = shop.add_subparsers(title="shop commands", metavar="COMMAND", required=True)
    add = shop_sub.add_parser("add", help="store a WooCommerce shop", parents=[common])
    add.add_argument("name")
    add.add_argument("--url", required=True, help="the shop's address (https://…)")
    add.set_defaults(handler=_add)
    imp = shop_sub.add_parser("import", help="import from a stored shop", parents=[common])
    imp.add_argument("name")
    imp.set_defaults(handler=_import)
    imf = shop_sub.add_parser("import-file", help="import a JSON or CSV export", parents=[common])
    imf.add_argument("path", type=Path)
    imf.add_argument("--origin", required=True, help="name of the shop the file comes from")
    imf.set_defaults(handler=_import_file)


def _add(args: argparse.Namespace) -> int:
    db = open_database(args)
    key = os.environ.get("INVOICEDESK_SHOP_KEY") or getpass.getpass("Consumer key: ")
    secret = os.environ.get("INVOICEDESK_SHOP_SECRET") or getpass.getpass("Consumer secret: ")
    save_shop(db, args.name, args.url, key.strip(), secret.strip())
    print(f"Shop {args.name} stored; key and secret are in the system's password store.")
    return 0


def _print(report: ImportReport) -> int:
    print(report.summary())
    for line in [*report.merged, *report.problems]:
        print(f"  {line}")
    return 0


def _import(args: argparse.Namespace) -> int:
    db = open_database(args)
    return _print(import_shop(db, shop_connector(db, args.name)))


def _import_file(args: argparse.Namespace) -> int:
    db = open_database(args)
    return _print(import_shop(db, FileConnector(args.origin, args.path)))
