"""Per-field accuracy of the plain PDF read-out against invoice2data's expected values.

Run ``python -m invoicedesk.documents.intake.accuracy [folder]``; the folder holds PDFs with
a ``.json`` beside each (keys ``issuer``, ``amount`` = gross, ``amount_untaxed`` = net,
``date``, ``invoice_number``, ``currency``, ``vat``, ``iban``).
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .readout import read_document
from .values import parse_amount

DEFAULT_FOLDER = Path(__file__).resolve().parents[3].parent / "shared/data/pdf/plain-invoices"
KEY_TO_FIELD = {
    "issuer": "supplier_name",
    "amount": "gross",
    "amount_untaxed": "net",
    "date": "invoice_date",
    "invoice_number": "invoice_number",
    "currency": "currency",
    "vat": "supplier_vat_id",
    "iban": "iban",
}


def _text(value: object) -> str:
    return re.sub(r"[\s#.,:\-]", "", str(value)).casefold()


def matches(field_name: str, found: str | None, expected: object) -> bool:
    """Compare a read-out value with an expected one after normalisation.

    Amounts compare as ``Decimal``, dates as dates, everything else ignoring case, whitespace
    and the punctuation ``# . , : -`` (so ``'DE 232 446 240'`` equals ``'DE232446240'``).
    """
    if found is None:
        return False
    if field_name in ("gross", "net", "tax"):
        try:
            return parse_amount(found) == Decimal(str(expected))
        except InvalidOperation:
            return False
    if field_name.endswith("_date"):
        try:
            return date.fromisoformat(found) == date.fromisoformat(str(expected)[:10])
        except ValueError:
            return False
    return _text(found) == _text(expected)


def measure_accuracy(folder: str | Path = DEFAULT_FOLDER) -> dict[str, Any]:
    """Read every PDF in ``folder`` and return per-field accuracy and per-file details.

    Result: ``{"files": n, "fields": {field: {"correct", "total", "accuracy"}},
    "details": {file: {field: (found, expected, ok)}}}``; a field counts only for files
    whose JSON gives an expected value for it.
    """
    fields: dict[str, dict[str, float]] = {}
    details: dict[str, dict[str, tuple[str | None, object, bool]]] = {}
    pdfs = sorted(Path(folder).glob("*.pdf"))
    for pdf in pdfs:
        expected_file = pdf.with_suffix(".json")
        if not expected_file.exists():
            continue
        expected = json.loads(expected_file.read_text(encoding="utf-8"))[0]
        result = read_document(pdf.read_bytes(), pdf.name)
        details[pdf.name] = {}
        for key, field_name in KEY_TO_FIELD.items():
            if expected.get(key) in (None, ""):
                continue
            found = result.value(field_name)
            ok = matches(field_name, found, expected[key])
            stats = fields.setdefault(field_name, {"correct": 0, "total": 0})
            stats["correct"] += int(ok)
            stats["total"] += 1
            details[pdf.name][field_name] = (found, expected[key], ok)
    for stats in fields.values():
        stats["accuracy"] = round(stats["correct"] / stats["total"], 3)
    return {"files": len(details), "fields": fields, "details": details}


def main(argv: list[str] | None = None) -> int:
    """Print the accuracy table for the folder given on the command line (or the default)."""
    args = sys.argv[1:] if argv is None else argv
    report = measure_accuracy(args[0] if args else DEFAULT_FOLDER)
    print(f"plain read-out accuracy over {report['files']} invoices")
    for name, stats in sorted(report["fields"].items()):
        print(f"  {name:16} {stats['correct']:>2}/{stats['total']:<2} {stats['accuracy']:.0%}")
    for file_name, checks in report["details"].items():
        misses = {k: (v[0], v[1]) for k, v in checks.items() if not v[2]}
        if misses:
            print(f"  misses in {file_name}: {misses}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
