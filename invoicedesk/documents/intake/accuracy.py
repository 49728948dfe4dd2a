"""Per-field accuracy of the plain PDF read-out against known values.

Two kinds of corpora are measured the same way: a folder of PDFs with a ``.json`` beside each
in invoice2data's format (keys ``issuer``, ``amount`` = gross, ``amount_untaxed`` = net,
``amount_tax``, ``date``, ``date_due``, ``invoice_number``, ``currency``, ``vat``, ``iban``),
and any list of ``(name, pdf bytes, expected fields)`` (the generated test invoices). Run
``python scripts/intake_accuracy.py`` for the tables.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .readout import read_document
from .result import ParseResult
from .values import company_key, parse_amount

DEFAULT_FOLDER = Path(__file__).resolve().parents[3].parent / "shared/data/pdf/plain-invoices"
KEY_TO_FIELD = {
    "issuer": "supplier_name",
    "amount": "gross",
    "amount_untaxed": "net",
    "amount_tax": "tax",
    "date": "invoice_date",
    "date_due": "due_date",
    "invoice_number": "invoice_number",
    "currency": "currency",
    "vat": "supplier_vat_id",
    "iban": "iban",
}
Sample = tuple[str, bytes, dict[str, Any]]


def _text(value: object) -> str:
    return re.sub(r"[\s#.,:\-]", "", str(value)).casefold()


def _vat_key(value: object) -> str:
    compact = re.sub(r"[^0-9A-Z]", "", str(value).upper())
    return re.sub(r"(MWST|TVA|IVA|MVA)$", "", compact)


def matches(field_name: str, found: str | None, expected: object) -> bool:
    """Compare a read-out value with an expected one after normalisation.

    Amounts compare as ``Decimal``, dates as dates, VAT IDs without spaces, dots and the Swiss
    and Norwegian suffixes, supplier names without legal form, accents and punctuation
    (``'Amazon Web Services, Inc.'`` equals ``'Amazon Web Services'``); everything else
    ignoring case, whitespace and the punctuation ``# . , : -``.
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
    if field_name == "supplier_vat_id":
        return _vat_key(found) == _vat_key(expected)
    if field_name == "supplier_name":
        key = company_key(str(expected))
        return _text(found) == _text(expected) or (bool(key) and company_key(found) == key)
    return _text(found) == _text(expected)


def in_text_layer(field_name: str, expected: object, text: str) -> bool:
    """Whether an expected value is printed in the text layer at all (amounts and dates are
    assumed to be; names, numbers, VAT IDs and IBANs are looked for)."""
    if field_name == "supplier_name":  # the words of the name, maybe broken over lines
        words = set(company_key(text).split())
        return all(part in words for part in company_key(str(expected)).split())
    if field_name in ("invoice_number", "supplier_vat_id", "iban"):
        return _text(expected) in _text(text)
    return True


def _new_stats() -> dict[str, Any]:
    return {"correct": 0, "total": 0}


def measure_samples(
    samples: Iterable[Sample],
    read: Callable[[str, bytes], ParseResult] | None = None,
) -> dict[str, Any]:
    """Read every sample and count the right fields.

    ``read(name, data)`` defaults to :func:`read_document`. Result: ``{"files": n, "fields":
    {field: {"correct", "total", "accuracy"}}, "overall": {...}, "details": {file: {field:
    (found, expected, ok)}}, "not_in_text": [(file, field)]}``; a field whose expected value
    is not in the PDF's text layer (e.g. only in a logo image) is listed in ``not_in_text``
    and left out of the counts.
    """
    reader = read or (lambda name, data: read_document(data, name))
    fields: dict[str, dict[str, Any]] = {}
    details: dict[str, dict[str, tuple[str | None, object, bool]]] = {}
    missing: list[tuple[str, str]] = []
    overall = _new_stats()
    for name, data, expected in samples:
        result = reader(name, data)
        details[name] = {}
        for field_name, wanted in expected.items():
            if wanted in (None, ""):
                continue
            if result.has_text and not in_text_layer(field_name, wanted, result.text):
                missing.append((name, field_name))
                continue
            found = result.value(field_name)
            ok = matches(field_name, found, wanted)
            for stats in (fields.setdefault(field_name, _new_stats()), overall):
                stats["correct"] += int(ok)
                stats["total"] += 1
            details[name][field_name] = (found, wanted, ok)
    for stats in [*fields.values(), overall]:
        stats["accuracy"] = round(stats["correct"] / stats["total"], 4) if stats["total"] else 0.0
    return {
        "files": len(details),
        "fields": fields,
        "overall": overall,
        "details": details,
        "not_in_text": missing,
    }


def folder_samples(folder: str | Path = DEFAULT_FOLDER) -> list[Sample]:
    """The PDFs of an invoice2data-style folder with their expected values."""
    samples: list[Sample] = []
    for pdf in sorted(Path(folder).glob("*.pdf")):
        expected_file = pdf.with_suffix(".json")
        if not expected_file.exists():
            continue
        raw = json.loads(expected_file.read_text(encoding="utf-8"))[0]
        expected = {field: raw[key] for key, field in KEY_TO_FIELD.items() if key in raw}
        samples.append((pdf.name, pdf.read_bytes(), expected))
    return samples


def measure_accuracy(folder: str | Path = DEFAULT_FOLDER) -> dict[str, Any]:
    """:func:`measure_samples` over an invoice2data-style folder."""
    return measure_samples(folder_samples(folder))


def format_report(title: str, report: dict[str, Any], *, misses: bool = True) -> str:
    """The accuracy table (per field and overall) as text, optionally with every miss."""
    lines = [f"{title}: {report['files']} invoices"]
    for name, stats in sorted(report["fields"].items()):
        lines.append(
            f"  {name:16} {stats['correct']:>4}/{stats['total']:<4} {stats['accuracy']:7.1%}"
        )
    overall = report["overall"]
    lines.append(
        f"  {'overall':16} {overall['correct']:>4}/{overall['total']:<4} {overall['accuracy']:7.1%}"
    )
    for file_name, field_name in report["not_in_text"]:
        lines.append(f"  not in the text layer: {file_name} {field_name}")
    if misses:
        for file_name, checks in report["details"].items():
            wrong = {k: (v[0], v[1]) for k, v in checks.items() if not v[2]}
            if wrong:
                lines.append(f"  misses in {file_name}: {wrong}")
    return "\n".join(lines)
