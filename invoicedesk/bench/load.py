"""``invoicedesk bench load``: N simulated clerks at once on one database, against one alone.

Each workstation is a process of its own (:mod:`invoicedesk.bench.load_clerk`): a clerk doing
a mix of desk, filter, search, detail, draft edits saved with their version, *Send*, imports of
a small PDF, *Check*/*Approve*, *Mark paid* and *Export CSV…* with think times, and the
workstation's scheduler (collective invoices, status job, outbox dispatcher, stuck intakes)
sending to a local aiosmtpd server in this process. In the same invocation one workstation
runs alone first (``single_p95_ms``), then ``--workstations`` together (``p95_ms``);
``ratio`` = p95_ms / single_p95_ms per action.

After the run, the outbox is drained and the checks read the database and the SMTP sink
(:mod:`invoicedesk.bench.load_checks`): lost updates, duplicate numbers, e-mails received
more than once, and the audit trail's chains.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import sys
import time
from collections import defaultdict
from typing import Any

from invoicedesk.bench import load_clerk
from invoicedesk.bench.load_checks import SmtpSink, check_run, drain_outbox, sent_message_ids
from invoicedesk.bench.load_clerk import Plan
from invoicedesk.bench.load_waits import WaitSampler

#: the demo users the workstations log in as, in turn (login, password)
LOGINS = (
    ("admin", "admin-demo"),
    ("cdijkstra", "carla-demo"),
    ("mklein", "markus-demo"),
    ("jvos", "jan-demo"),
)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``bench load``."""
    p = sub.add_parser(
        "load", help="N clerks at once vs. one alone, with every check (JSON)", parents=[common]
    )
    p.add_argument("--workstations", type=int, default=20, help="clerk processes (default 20)")
    p.add_argument("--minutes", type=float, default=5.0, help="length of the run (default 5)")
    p.add_argument(
        "--single-minutes", type=float, default=None,
        help="length of the one-workstation run (default: --minutes)",
    )  # fmt: skip
    p.add_argument("--cases", type=int, default=100_000, help="cases in the database")
    p.add_argument("--think", type=float, default=2.0, help="mean think time in seconds")
    p.add_argument("--seed", type=int, default=1, help="random seed of the clerks")
    p.set_defaults(handler=_run)


def _percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(share * len(ordered))))
    return ordered[rank - 1]


def _phase(url: str, count: int, seconds: float, think: float, seed: int) -> list[dict[str, Any]]:
    """Run ``count`` workstations together for ``seconds``; their reports."""
    ctx = multiprocessing.get_context("spawn")
    ready, results, go = ctx.Queue(), ctx.Queue(), ctx.Event()
    procs = []
    for i in range(count):
        login, password = LOGINS[i % len(LOGINS)]
        plan = Plan(i, url, login, password, seconds, think, seed * 1000 + i)
        proc = ctx.Process(target=load_clerk.run, args=(plan, ready, go, results))
        proc.start()
        procs.append(proc)
    try:
        _gather(ready, procs, 900)  # every workstation started, logged in and idle: then all begin
        go.set()
        reports = _gather(results, procs, seconds + 600)
    finally:
        for proc in procs:
            proc.join(timeout=60)
            if proc.is_alive():
                proc.kill()
    return reports


def _gather(q: Any, procs: list[Any], timeout: float) -> list[Any]:
    """One item per process from ``q``; fails at once when a process died without one."""
    import queue

    items: list[Any] = []
    deadline = time.monotonic() + timeout
    while len(items) < len(procs):
        try:
            items.append(q.get(timeout=1))
        except queue.Empty:
            dead = [p.exitcode for p in procs if p.exitcode not in (None, 0)]
            if dead or time.monotonic() > deadline:
                raise RuntimeError(f"a workstation failed (exit codes {dead})") from None
    return items


def _stats(reports: list[dict[str, Any]]) -> dict[str, list[float]]:
    times: dict[str, list[float]] = defaultdict(list)
    for report in reports:
        for name, values in report["times"].items():
            times[name].extend(values)
    return times


def _actions(many: dict[str, list[float]], one: dict[str, list[float]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in sorted(set(many) | set(one)):
        values, alone = many.get(name, []), one.get(name, [])
        p95 = round(_percentile(values, 0.95), 1) if values else None
        single = round(_percentile(alone, 0.95), 1) if alone else None
        out[name] = {
            "count": len(values),
            "p50_ms": round(_percentile(values, 0.5), 1) if values else None,
            "p95_ms": p95,
            "max_ms": round(max(values), 1) if values else None,
            "single_count": len(alone),
            "single_p95_ms": single,
            "ratio": round(p95 / single, 2) if p95 is not None and single else None,
        }
    return out


def _outcomes(reports: list[dict[str, Any]]) -> dict[str, int]:
    total: dict[str, int] = defaultdict(int)
    for report in reports:
        for kind, n in report["outcome"].items():
            total[kind] += n
    return dict(total)


def _run(args: argparse.Namespace) -> int:
    from invoicedesk.bench.table import _database

    workstations = max(1, args.workstations)
    seconds = max(1.0, args.minutes * 60)
    single_s = max(1.0, (args.single_minutes if args.single_minutes is not None else args.minutes)
                   * 60)  # fmt: skip
    if not getattr(args, "database_url", None):
        import tempfile

        folder = tempfile.mkdtemp(prefix="bench-load-")
        args.database_url = f"sqlite:///{folder}/load.sqlite3"
    db = _database(args)
    from invoicedesk.services.settings.company import ensure_company

    with db.write() as s:  # the clerks issue invoices: the demo company must be set up
        ensure_company(s)
    url = db.engine.url.render_as_string(hide_password=False)
    with SmtpSink() as sink:
        sink.configure(db)
        sent_before = sent_message_ids(db)
        load_before = os.getloadavg()
        started = time.monotonic()
        print(f"bench load: one workstation for {single_s:.0f} s …", file=sys.stderr)
        alone = _phase(url, 1, single_s, args.think, args.seed)
        print(f"bench load: {workstations} workstations for {seconds:.0f} s …", file=sys.stderr)
        with WaitSampler(db) as waits:
            together = _phase(url, workstations, seconds, args.think, args.seed + 1)
        load_during = os.getloadavg()
        drained = drain_outbox(db)
        checks = check_run(db, sink, [*alone, *together], sent_before)
    result: dict[str, Any] = {
        "database": "sqlite" if db.is_sqlite else "postgresql",
        "cases": args.cases,
        "workstations": workstations,
        "seconds": seconds,
        "single_seconds": single_s,
        "think_s": args.think,
        "actions": _actions(_stats(together), _stats(alone)),
        **checks,
        "retries": sum(r["retries"] for r in [*alone, *together]),
        "conflicts": _outcomes(together).get("conflict", 0) + _outcomes(alone).get("conflict", 0),
        "outcomes": _outcomes(together),
        "single_outcomes": _outcomes(alone),
        "scheduler_passes": sum(r["passes"] for r in together),
        "pg_waits": waits.report(),
        "pg_lock_waits_in": waits.waiting_statements(),
        "mails_drained_after": drained,
        "load_avg_before": [round(x, 2) for x in load_before],
        "load_avg_end": [round(x, 2) for x in load_during],
        "wall_s": round(time.monotonic() - started, 1),
    }
    db.dispose()
    print(json.dumps(result))
    return 0
