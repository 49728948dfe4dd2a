"""Benchmarks run once at a small size: they must not break (no figure is judged here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import select

from invoicedesk.store.database import Database
from invoicedesk.store.models.outbox import OutboxMessage

ROOT = Path(__file__).resolve().parents[2]


def bench(*args: str, timeout: float = 300) -> dict[str, Any]:
    """Run ``invoicedesk bench …`` in a process of its own and return its JSON."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "invoicedesk", "bench", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    start = done.stdout.index("{")
    result: dict[str, Any] = json.loads(done.stdout[start:])
    return result


def test_bench_table_small(db_url: str) -> None:
    result = bench("table", "--cases", "300", "--repeat", "1", "--database-url", db_url)
    assert result["cases"] == 300
    for key in ("first_page_ms", "filter_ms", "sort_ms", "scroll_end_ms", "raw_sql_ms"):
        assert result[key] > 0, key
    assert result["raw_paint_ms"] > 0
    slowest = max(result[k] for k in ("first_page_ms", "filter_ms", "sort_ms", "scroll_end_ms"))
    expected = slowest / (result["raw_sql_ms"] + result["raw_paint_ms"])
    assert abs(result["ratio_paint"] - expected) <= 0.02 * expected + 0.01
    assert result["rss_mb"] > 0
    if sys.platform.startswith("linux"):
        parts = result["rss_parts_mb"]
        assert parts["anonymous"] > 0 and parts["file"] > 0


def test_bench_dispatch_small(db_url: str) -> None:
    """The dispatch benchmark sends every e-mail once, through the same fenced steps."""
    result = bench("dispatch", "--mails", "6", "--database-url", db_url)
    assert result["mails"] == 6
    assert result["app_per_s"] > 0 and result["raw_per_s"] > 0 and result["ratio"] > 0
    db = Database(db_url)
    try:
        with db.read() as s:
            statuses = list(s.scalars(select(OutboxMessage.status)))
    finally:
        db.dispose()
    assert statuses == ["sent"] * 6


def test_bench_startup_small(db_url: str) -> None:
    result = bench("startup", "--cases", "50", "--repeat", "1", "--database-url", db_url)
    assert result["cases"] == 50
    assert result["app_ms"] > 0 and result["raw_ms"] > 0
    assert abs(result["ratio"] - result["app_ms"] / result["raw_ms"]) <= 0.01
    assert len(result["app_runs_ms"]) == len(result["raw_runs_ms"]) == 1


def test_bench_render_small() -> None:
    """The render benchmark renders in the pool and against the straight line of the run."""
    result = bench("render", "--invoices", "4", "--workers", "2")
    assert result["invoices"] == 4 and result["workers"] == 2
    assert result["app_per_s"] > 0 and result["raw_per_s"] > 0
    assert result["one_process_per_s"] > 0
    expected = result["app_per_s"] / result["raw_per_s"]
    assert abs(result["ratio"] - expected) <= 0.05 * expected + 0.01


def test_bench_billing_small(db_url: str) -> None:
    result = bench(
        "billing", "--orders", "6", "--workers", "2", "--use-database", "--database-url", db_url
    )
    assert result["processed"] == result["orders"] == 6
    assert result["workers"] == 2 and result["ratio"] > 0

def test_bench_load_small(db_url: str) -> None:
    """Two workstations and one alone, a few seconds each: every check is made from the
    database and the SMTP sink, and none finds a lost update, a duplicate or a raw error."""
    result = bench(
        "load", "--cases", "80", "--workstations", "2", "--minutes", "0.2",
        "--single-minutes", "0.1", "--think", "0.2", "--database-url", db_url,
        timeout=900,
    )  # fmt: skip
    assert result["workstations"] == 2 and result["cases"] == 80
    actions = result["actions"]
    assert actions and sum(a["count"] for a in actions.values()) > 0
    for name, figures in actions.items():
        assert set(figures) >= {"count", "p50_ms", "p95_ms", "max_ms", "single_p95_ms", "ratio"}
        if figures["ratio"] is not None:
            expected = figures["p95_ms"] / figures["single_p95_ms"]
            assert abs(figures["ratio"] - expected) <= 0.01 * expected + 0.01, name
    assert result["lost_updates"] == 0
    # the clerks could issue: the bench sets up the company (refused by every issue before)
    assert not any("company data" in r for r in result["refusal_samples"]), result
    assert result["db_errors"] == 0, result["db_error_samples"]
    assert result["other_errors"] == 0, result["other_error_samples"]
    assert result["duplicate_numbers"] == 0 and result["duplicate_mails"] == 0
    assert result["mails_lost"] == 0 and result["mails_received"] >= result["mails_sent"]
    assert result["audit_ok"]
    assert result["retries"] >= 0 and result["conflicts"] >= 0
