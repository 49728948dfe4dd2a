"""``kill -9`` of real ``invoicedesk`` processes: an intake of 150 files ends, after
``invoicedesk intake --recover``, with one finished case per file; and neither the parser pool
nor the render pool (fork server, workers, resource tracker) outlives its killed parent by
more than 10 s. The processes are really killed (``Popen.kill``: SIGKILL)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from invoicedesk.domain.workflow import Actor
from invoicedesk.services.billing.rules import BillingRules
from invoicedesk.services.billing.runs import RowSpec, create_run
from invoicedesk.store.models.billing import BillingRunRow
from invoicedesk.store.models.cases import Case
from tests.integration.test_billing_runs import add_customer, add_order, setup
from tests.integration.test_intake_recovery import _statuses

linux_only = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc"
)
FILES = 150
#: the promise: no child process outlives its killed parent by more than this
ORPHAN_LIMIT_S = 10.0


def _cli(db_url: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "invoicedesk", *args, "--database-url", db_url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )


def descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (children, grandchildren …), from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pids: set[int]) -> set[int]:
    """Those of ``pids`` that still run (zombies count as gone)."""
    living = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            living.add(pid)
    return living


def kill_and_check_orphans(proc: subprocess.Popen[str], expected_children: int) -> None:
    """Kill ``proc`` hard; every process it started must be gone within ORPHAN_LIMIT_S."""
    children = descendants(proc.pid)
    assert len(children) >= expected_children, children
    proc.kill()
    proc.wait(30)
    deadline = time.monotonic() + ORPHAN_LIMIT_S
    while alive(children) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = alive(children)
    commands = {pid: Path(f"/proc/{pid}/cmdline").read_bytes()[:120] for pid in left}
    assert not left, f"processes outlived their killed parent: {commands}"


def _files(shared_data: Path, folder: Path) -> list[Path]:
    """150 different files: e-invoices (PDF and XML) and plain PDFs, copies made unique."""
    sources = sorted((shared_data / "einvoice" / "zugferd").glob("*.pdf"))[:20]
    sources += sorted((shared_data / "einvoice" / "xml-rechnung").glob("*.xml"))[:10]
    plain = sorted((shared_data / "pdf" / "plain-invoices").glob("*.pdf"))
    paths = []
    for i in range(FILES):
        source = sources[i] if i < len(sources) else plain[i % len(plain)]
        tail = b"" if i < len(sources) else f"\n%copy {i}\n".encode()
        path = folder / f"{i:03d}-{source.name}"
        path.write_bytes(source.read_bytes() + tail)
        paths.append(path)
    return paths


@linux_only
@pytest.mark.slow
def test_killed_intake_of_150_files_is_recovered_one_case_per_file(
    db: Any, db_url: str, shared_data: Path, tmp_path: Path
) -> None:
    paths = _files(shared_data, tmp_path)
    proc = _cli(db_url, "intake", "--lease", "3", "--workers", "2", *map(str, paths))
    deadline = time.monotonic() + 300
    while _statuses(db).get("ready", 0) + _statuses(db).get("error", 0) < 10:
        assert proc.poll() is None, f"the intake ended before it was killed: {proc.communicate()}"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    # the parent, its two parser processes and the resource tracker: all gone in 10 s
    kill_and_check_orphans(proc, expected_children=3)
    stuck = _statuses(db)
    assert stuck.get("processing", 0) + stuck.get("uploading", 0) > 0, stuck

    time.sleep(3.5)  # the killed intake's leases run out
    recovered = _cli(db_url, "intake", "--recover", "--json")
    out, err = recovered.communicate(timeout=600)
    assert recovered.returncode == 0, err
    report = json.loads(out)
    assert report and all(r["resumed"] for r in report)
    statuses = _statuses(db)
    assert set(statuses) <= {"ready", "error"}, statuses
    with db.read() as s:
        cases = s.scalar(select(func.count()).where(Case.direction == "in"))
        files = s.scalar(select(func.count(func.distinct(Case.source_sha256))))
    assert cases == files == FILES  # one case per file: nothing lost, nothing twice


@linux_only
@pytest.mark.slow
def test_render_pool_dies_with_a_killed_billing_run(db: Any, db_url: str) -> None:
    setup(db)
    cust = add_customer(db, "Autohaus Brandt GmbH")
    orders = [add_order(db, cust, lines=2) for _ in range(60)]
    run_id = create_run(
        db, Actor.system(), BillingRules(), [RowSpec(o, "create_only") for o in orders]
    )
    proc = _cli(db_url, "billing-run", "--resume", str(run_id), "--workers", "2", "--chunk", "2")
    deadline = time.monotonic() + 180
    while True:
        with db.read() as s:
            done = s.scalar(
                select(func.count()).where(
                    BillingRunRow.run_id == run_id, BillingRunRow.status == "processed"
                )
            )
        if done:
            break
        assert proc.poll() is None, f"the run ended before it was killed: {proc.communicate()}"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    # fork server, two workers and the resource tracker
    kill_and_check_orphans(proc, expected_children=4)
