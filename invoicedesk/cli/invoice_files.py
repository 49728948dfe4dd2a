"""``invoicedesk invoice draft FILE.json`` and ``invoicedesk invoice xml NUMBER``: drafts from
files and the e-invoice XML of issued documents (registered by the ``invoice`` command)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from invoicedesk.cli.context import print_json
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.outgoing.draft_file import draft_from_data
from invoicedesk.services.outgoing.einvoice_delivery import FORMATS
from invoicedesk.services.outgoing.einvoice_export import xml_by_number
from invoicedesk.startup import open_database


def register(inv_sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``draft`` and ``xml`` to the ``invoice`` command group."""
    draft = inv_sub.add_parser(
        "draft", help="create a draft from a JSON file (see README)", parents=[common]
    )
    draft.add_argument("file", type=Path, help="the JSON file")
    draft.add_argument("--json", action="store_true", help='print {"case_id": …} as JSON')
    draft.set_defaults(handler=_draft)
    xml = inv_sub.add_parser(
        "xml", help="write the e-invoice XML of an issued invoice", parents=[common]
    )
    xml.add_argument("number", help="invoice or credit note number, e.g. RE-2026-00001")
    xml.add_argument("--format", required=True, choices=FORMATS)
    xml.add_argument("--out", required=True, type=Path, help="file to write")
    xml.set_defaults(handler=_xml)


def _draft(args: argparse.Namespace) -> int:
    try:
        data = json.loads(args.file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError("{file} cannot be read: {error}", file=args.file,
                              error=exc.strerror or exc) from None  # fmt: skip
    except ValueError as exc:
        raise ValidationError("{file} is not valid JSON: {error}", file=args.file,
                              error=exc) from None  # fmt: skip
    result = draft_from_data(open_database(args), Actor.system(), data)
    if args.json:
        print_json({
            "case_id": result.case_id, "customer_id": result.customer_id,
            "customer_created": result.customer_created, "gross": result.gross,
            "warnings": [str(w) for w in result.warnings],
        })  # fmt: skip
        return 0
    print(result.case_id)
    return 0


def _xml(args: argparse.Namespace) -> int:
    content = xml_by_number(open_database(args), args.number, args.format)
    args.out.write_bytes(content)
    print(f"Wrote the {args.format} XML of {args.number} ({len(content):,} bytes) to {args.out}.")
    return 0
