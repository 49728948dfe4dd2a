"""Field accuracy of the read-out on scanned copies of test invoices (issue 23).

Makes scanned copies (200 dpi, grey, turned ≤ 1.5°, noise and blur, JPEG 55–80, image-only
PDF) of the generated test invoices (``tests/intake_corpus``, seed 19) and of the shared real
PDFs, reads each in this process (as the sandboxed worker does) and prints per field: how
often the scan's value is right, and how often it equals the read-out of the text version.

    python scripts/ocr_accuracy.py [--count 40] [--real] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def measure(samples: list[tuple[str, bytes, dict[str, str]]]) -> dict[str, object]:
    """Per-field accuracy of scans vs expected values and vs the text version's read-out."""
    from invoicedesk.documents.intake.accuracy import in_text_layer, matches
    from invoicedesk.documents.intake.readout import read_document
    from tests.intake_corpus.scans import scan_pdf

    right: dict[str, list[int]] = {}
    same: dict[str, list[int]] = {}
    seconds = 0.0
    ocr_pages = 0
    misses = []
    for index, (name, pdf, expected) in enumerate(samples):
        text_version = read_document(pdf, name, validate=False)
        scan = scan_pdf(pdf, index)
        started = time.perf_counter()
        scanned = read_document(scan, name, validate=False)
        seconds += time.perf_counter() - started
        ocr_pages += (scanned.ocr or {}).get("pages", 0)
        for field, value in expected.items():
            if value in (None, "") or not in_text_layer(field, value, text_version.text):
                continue  # e.g. a name only in a logo image: not readable from text either
            found = scanned.value(field)
            ok = matches(field, found, value)
            right.setdefault(field, [0, 0])[1] += 1
            right[field][0] += ok
            if not ok:
                misses.append((name, field, found, value))
            agree = (found or "") == (text_version.value(field) or "")
            same.setdefault(field, [0, 0])[1] += 1
            same[field][0] += agree

    def rate(table: dict[str, list[int]]) -> dict[str, float]:
        result = {f: round(100 * a / n, 1) for f, (a, n) in sorted(table.items())}
        total = [sum(v[0] for v in table.values()), sum(v[1] for v in table.values())]
        result["overall"] = round(100 * total[0] / max(1, total[1]), 1)
        return result

    return {
        "scans": len(samples),
        "ocr_pages": ocr_pages,
        "seconds_per_page": round(seconds / max(1, ocr_pages), 2),
        "right": rate(right),
        "same_as_text": rate(same),
        "misses": misses,
    }


def generated(count: int) -> list[tuple[str, bytes, dict[str, str]]]:
    """Every ``240 // count``-th generated invoice (all layouts and languages)."""
    from tests.intake_corpus.corpus import generate

    corpus = generate()
    step = max(1, len(corpus) // count)
    return [(s.name, s.pdf, s.expected) for s in corpus[::step][:count]]


def real() -> list[tuple[str, bytes, dict[str, str]]]:
    """The shared real PDFs with invoice2data's expected values."""
    from invoicedesk.documents.intake.accuracy import folder_samples

    return folder_samples()  # type: ignore[return-value]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--real", action="store_true", help="the shared real PDFs instead")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = measure(real() if args.real else generated(args.count))
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(
        f"{result['scans']} scans, {result['ocr_pages']} pages OCR'd, "
        f"{result['seconds_per_page']} s per page"
    )
    print(f"{'field':18} {'right %':>8} {'same as text %':>15}")
    for field, value in result["right"].items():  # type: ignore[union-attr]
        print(f"{field:18} {value:8} {result['same_as_text'][field]:15}")  # type: ignore[index]
    for miss in result["misses"]:  # type: ignore[union-attr]
        print("  miss:", *miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
