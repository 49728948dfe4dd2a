"""``invoicedesk bench bank`` runs once at a small size (its figures are for the notes)."""

from __future__ import annotations

import json

from invoicedesk.cli.main import main


def test_bench_bank_prints_its_figures(db_url, db, capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(["--database-url", db_url, "bench", "bank", "--lines", "40", "--open", "300",
                 "--seed", "7"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    figures = json.loads(out.strip().splitlines()[-1])
    assert figures["lines"] == 40 and figures["open_invoices"] == 300
    assert figures["booked"] + figures["proposed"] + figures["unmatched"] == 40
    assert figures["booked"] >= 20
    assert figures["lines_per_s"] > 0 and figures["ratio"] > 0
