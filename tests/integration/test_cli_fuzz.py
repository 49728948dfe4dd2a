"""Fuzzing the command line and the file importer with hypothesis: whatever the arguments or
the file, the outcome is a result or one line naming the problem, never a traceback and never
"an unexpected error"."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from invoicedesk.domain.errors import InvoiceDeskError
from invoicedesk.services.orders.shop_import import import_shop
from invoicedesk.shop.file_import import CSV_COLUMNS, FileConnector
from tests.integration.test_cli_errors import run

#: commands that finish quickly whatever they are given (no GUI, no server loop, no bulk data)
COMMANDS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("cases", "list"): ("--status", "--direction", "--search", "--limit", "--all", "--json"),
    ("collective", "list"): ("--unsent", "--no-send-date", "--json"),
    ("contracts", "list"): ("--json",),
    ("contracts", "take-over"): ("--period", "--contract", "--json"),
    ("contracts", "merge"): ("--customer", "--all", "--periods-per-invoice", "--send-date"),
    ("export", "list"): (),
    ("export", "download"): ("--out",),
    ("invoice", "pdf"): ("--out",),
    ("invoice", "issue"): ("--send",),
    ("invoice", "export-csv"): ("--out", "--status", "--id"),
    ("user", "add"): ("--name", "--initials", "--email", "--role", "--approval-limit"),
    ("billing-run",): ("--scenario", "--resume", "--dry-run", "--json", "--workers"),
    ("intake",): ("--workers", "--json"),
}
VALUES = st.one_of(
    st.text(max_size=30),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(
        [
            "nan",
            "inf",
            "-0",
            "1e999",
            "2027-13-01",
            "2027-01..2026-01",
            "in",
            "out",
            "clerk",
            "admin",
            ".",
            "/",
            "..",
            "x.csv",
            "\x1b[2J",
            "a\nb",
        ]
    ),
)
SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@st.composite
def command_lines(draw: Any) -> list[str]:
    path = draw(st.sampled_from(sorted(COMMANDS)))
    options = COMMANDS[path]
    argv = list(path)
    for _ in range(draw(st.integers(0, 5))):
        if options and draw(st.booleans()):
            argv.append(draw(st.sampled_from(options)))
        argv.append(draw(VALUES))
    return argv


@SETTINGS
@given(argv=command_lines())
def test_fuzzed_command_lines_end_in_a_result_or_one_line(
    capsys: Any, db: Any, tmp_path: Path, monkeypatch: Any, argv: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # output files land in the temp folder
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("long enough pw\n"))
    code, _out, err = run(capsys, "--database-url", db.url, *argv)
    assert code in (0, 1, 2), err
    assert "Traceback" not in err and "stopped on" not in err, err
    if code:
        assert len(err.strip().splitlines()) == 1, err
        assert "\x1b" not in err and "\n" not in err.strip(), err


JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.sampled_from(["1e999999", "9e15", "-0,5", "12,50", "2026-02-30", "NaN"]),
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
ORDER_KEYS = ["remote_id", "number", "stage", "order_date", "customer", "lines", "currency"]
LINE_KEYS = ["description", "quantity", "unit_price", "vat_rate", "sku"]


@st.composite
def shop_files(draw: Any) -> Any:
    """Mostly well-shaped exports with hostile values, some entirely random JSON."""
    if draw(st.integers(0, 4)) == 0:
        return draw(JSON_VALUES)
    line = draw(st.fixed_dictionaries({k: JSON_SCALARS for k in LINE_KEYS}))
    order = draw(st.fixed_dictionaries({k: JSON_VALUES for k in ORDER_KEYS}))
    order["customer"] = {"remote_id": draw(JSON_SCALARS), "name": draw(JSON_SCALARS)}
    order["lines"] = [line]
    return {"orders": [order]}


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=shop_files())
def test_fuzzed_json_exports_import_or_are_refused_plainly(
    db: Any, tmp_path: Path, data: Any
) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    try:
        import_shop(db, FileConnector("fuzz", path))
    except InvoiceDeskError as exc:
        assert str(exc) and "\n" not in str(exc)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(
        st.lists(st.text(max_size=10), min_size=len(CSV_COLUMNS), max_size=len(CSV_COLUMNS)),
        max_size=3,
    )
)
def test_fuzzed_csv_exports_import_or_are_refused_plainly(
    db: Any, tmp_path: Path, rows: list[list[str]]
) -> None:
    path = tmp_path / "export.csv"
    lines = [";".join(CSV_COLUMNS)] + [";".join(c.replace(";", ",") for c in r) for r in rows]
    path.write_text("\n".join(lines), encoding="utf-8")
    try:
        import_shop(db, FileConnector("fuzz", path))
    except InvoiceDeskError as exc:
        assert str(exc)


@pytest.mark.parametrize("raw", [b"\xff\xfe\x00", b"", b"{", b"[]", b'{"orders": 1}'])
def test_odd_bytes_are_refused_plainly(db: Any, tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "odd.json"
    path.write_bytes(raw)
    with pytest.raises(InvoiceDeskError):
        import_shop(db, FileConnector("odd", path))
