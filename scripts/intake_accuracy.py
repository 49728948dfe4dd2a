#!/usr/bin/env python3
"""Field accuracy of the supplier-invoice read-out, per field and overall.

    python scripts/intake_accuracy.py                 # generated corpus + shared real PDFs
    python scripts/intake_accuracy.py --misses        # ... with every wrong field
    python scripts/intake_accuracy.py --variety dev   # only the development variety
    python scripts/intake_accuracy.py --variety blind --size 60   # the second, blind variety
    python scripts/intake_accuracy.py --learning      # the learning measure (pairs)

The generated corpus comes from ``tests/intake_corpus`` (fixed seed, 240 invoices, a third
of them from the held-out variety); the real PDFs from ``../shared/data/pdf/plain-invoices``.
Every PDF is read in this process by the same code the sandbox worker runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from invoicedesk.documents.intake.accuracy import (  # noqa: E402
    DEFAULT_FOLDER,
    format_report,
    measure_accuracy,
    measure_samples,
)
from tests.intake_corpus.corpus import SEED, SIZE, generate  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Print the tables; ``--json`` prints the figures as JSON instead."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--size", type=int, default=SIZE)
    parser.add_argument("--variety", choices=("all", "dev", "holdout", "blind"), default="all")
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    parser.add_argument("--learning", action="store_true", help="also the learning measure")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    samples = generate(args.seed, args.size, args.variety)
    parts = {"generated": samples}
    if args.variety == "all":
        parts["generated, development variety"] = [s for s in samples if not s.holdout]
        parts["generated, held-out variety"] = [s for s in samples if s.holdout]
    reports = {
        title: measure_samples((s.name, s.pdf, s.expected) for s in chosen)
        for title, chosen in parts.items()
    }
    if DEFAULT_FOLDER.is_dir():
        reports["shared real PDFs"] = measure_accuracy(DEFAULT_FOLDER)
    if args.learning:
        from tests.intake_corpus.learning import measure_learning

        reports["learning"] = measure_learning()
    if args.json:
        print(json.dumps({t: {k: v for k, v in r.items() if k != "details"}
                          for t, r in reports.items()}, indent=1, default=str))  # fmt: skip
        return 0
    for title, report in reports.items():
        first = title in ("generated", "shared real PDFs", "learning")
        print(format_report(title, report, misses=args.misses and first))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
