"""``invoicedesk bench table``: the real main window over N cases, against the raw first-page SQL.

Builds (or tops up) a database with N cases through the demo generator, opens the real main
window offscreen and measures, each time until the rows are painted:

* ``first_page_ms``: window shown -> first page painted;
* ``filter_ms``: a status + text filter applied -> first page painted;
* ``sort_ms``: sort by amount -> first page painted;
* ``scroll_end_ms``: jump to the last row (count known) -> last page painted;
* ``raw_sql_ms``: the same first-page SQL run directly on the DBAPI connection;
* ``raw_paint_ms``: a bare ``QTableView`` over a ``QStandardItemModel`` holding the rows of
  that raw query (as text), created, shown and painted at the same window size.

GUI figures are medians of ``--repeat`` runs. ``ratio`` = slowest GUI figure / raw_sql_ms (the
old, unfair figure, kept for comparison); ``ratio_paint`` = slowest GUI figure /
(raw_sql_ms + raw_paint_ms). ``rss_mb`` is the resident memory at the end; ``rss_parts_mb``
splits it (``/proc/self/smaps_rollup``: anonymous = Python and C heaps, file = mapped
libraries and database files).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: window size of every painted measurement
WINDOW_SIZE = (1366, 768)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``bench table``."""
    cmd = sub.add_parser("table", help="case table: main window vs. raw SQL", parents=[common])
    cmd.add_argument("--cases", type=int, default=1_000_000, help="number of cases (all states)")
    cmd.add_argument("--search", default="brandt", help="text of the filter measurement")
    cmd.add_argument("--repeat", type=int, default=5, help="runs per GUI figure (median)")
    cmd.set_defaults(handler=_run)


def _rss_mb() -> float:
    """Current resident memory (Linux ``/proc``; else the peak from getrusage)."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    try:
        import resource  # POSIX only
    except ImportError:  # Windows: no figure rather than a wrong one
        return float("nan")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _rss_parts_mb() -> dict[str, float]:
    """Resident memory by kind from ``/proc/self/smaps_rollup`` (Linux; empty elsewhere)."""
    rollup = Path("/proc/self/smaps_rollup")
    if not rollup.is_file():
        return {}
    fields: dict[str, int] = {}
    for line in rollup.read_text().splitlines()[1:]:
        name, _, rest = line.partition(":")
        parts = rest.split()
        if parts and parts[0].isdigit():
            fields[name.strip()] = int(parts[0])
    rss, anon = fields.get("Rss", 0), fields.get("Anonymous", 0)
    return {"anonymous": round(anon / 1024, 1), "file": round((rss - anon) / 1024, 1)}


def _generate(url: str, count: int, seed: int) -> None:
    from invoicedesk.services.demo.cases import generate
    from invoicedesk.store.database import Database

    db = Database(url)
    try:
        generate(db, count, seed=seed)
    finally:
        db.dispose()


def _database(args: argparse.Namespace) -> Any:
    from sqlalchemy import func, select

    from invoicedesk.config import data_dir
    from invoicedesk.startup import open_database
    from invoicedesk.store.models.cases import Case

    if not getattr(args, "database_url", None):
        path = data_dir() / f"bench-table-{args.cases}.sqlite3"
        args.database_url = f"sqlite:///{path.as_posix()}"
    db = open_database(args)
    with db.read() as s:
        have = int(s.scalar(select(func.count()).select_from(Case)) or 0)
    if have < args.cases:
        print(f"bench table: adding {args.cases - have:,} cases to {db.name} …", file=sys.stderr)
        # in a process of its own: the generator's heap is not the desk's memory
        import multiprocessing

        child = multiprocessing.get_context("spawn").Process(
            target=_generate,
            args=(db.engine.url.render_as_string(hide_password=False), args.cases - have, have + 1),
        )
        child.start()
        child.join()
        if child.exitcode != 0:
            raise RuntimeError(f"generating the cases failed (exit code {child.exitcode})")
    # planner statistics and (PostgreSQL) a visibility map, as a maintained database has them
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("ANALYZE" if db.is_sqlite else "VACUUM (ANALYZE) cases")
    return db


def _raw_first_page_ms(db: Any, repeat: int) -> tuple[float, list[tuple[Any, ...]]]:
    from invoicedesk.store.case_query import PAGE_SIZE, CaseFilter, rows_query

    stmt = rows_query(CaseFilter()).limit(PAGE_SIZE)
    compiled = stmt.compile(dialect=db.engine.dialect)
    params = compiled.params
    sql = str(compiled)
    times = []
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        for _ in range(repeat + 1):
            cur = raw.cursor()
            started = time.perf_counter()
            if db.is_sqlite:
                cur.execute(sql, [params[k] for k in compiled.positiontup or []])
            else:
                cur.execute(sql, params)
            rows = cur.fetchall()
            times.append((time.perf_counter() - started) * 1000)
            cur.close()
        assert rows, "the first page is empty"
    return statistics.median(times[1:]), [tuple(r) for r in rows]


def _raw_paint_ms(app: Any, rows: list[tuple[Any, ...]], columns: int, repeat: int) -> float:
    """A bare QTableView over a QStandardItemModel with ``rows`` (as text): built, shown and
    painted at the bench window's size; the median of ``repeat`` fresh views."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    times = []
    for _ in range(repeat + 1):
        started = time.perf_counter()
        model = QStandardItemModel(len(rows), columns)
        for r, row in enumerate(rows):
            for c in range(columns):
                model.setItem(r, c, QStandardItem("" if row[c] is None else str(row[c])))
        view = QTableView()
        view.setModel(model)
        view.resize(*WINDOW_SIZE)
        view.show()
        view.viewport().repaint()
        times.append((time.perf_counter() - started) * 1000)
        view.close()
        view.deleteLater()
        model.deleteLater()
        app.processEvents()
    return statistics.median(times[1:])


def _run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    db = _database(args)
    from PySide6.QtCore import Qt

    from invoicedesk.gui.common.tasks import registry, wait_idle
    from invoicedesk.gui.desk.case_model import COLUMN_INDEX
    from invoicedesk.gui.desk.main_window import MainWindow
    from invoicedesk.gui.shell.application import make_app
    from invoicedesk.gui.shell.features import desk_window
    from invoicedesk.services.demo.cases import ensure_demo_users
    from invoicedesk.services.settings.users import list_users
    from invoicedesk.store.case_query import CaseFilter

    app = make_app(sys.argv[:1])
    ensure_demo_users(db)
    user = next(u for u in list_users(db) if u.login == "admin")
    raw_ms, raw_rows = _raw_first_page_ms(db, args.repeat)

    def settle() -> None:
        while registry().busy():
            wait_idle(60_000)
            app.processEvents()

    def painted(window: MainWindow, row: int) -> None:
        window.table.viewport().repaint()  # synchronous paint of the visible rows
        assert window.model.rowCount() == 0 or window.model.row_at(row) is not None

    def timed(action: Callable[..., None], *args: Any) -> float:
        started = time.perf_counter()
        action(*args)
        return (time.perf_counter() - started) * 1000

    def show(window: MainWindow) -> None:
        window.show()
        painted(window, 0)

    def apply(window: MainWindow, flt: CaseFilter) -> None:
        window.sidebar.apply_filter(flt)
        painted(window, 0)

    def sort_by(window: MainWindow, column: str, order: Qt.SortOrder) -> None:
        window.table.horizontalHeader().setSortIndicator(COLUMN_INDEX[column], order)
        painted(window, 0)

    def to_end(window: MainWindow) -> None:
        window.table.scrollToBottom()
        painted(window, window.model.rowCount() - 1)

    firsts = []
    window: MainWindow | None = None
    for _ in range(args.repeat):
        if window is not None:
            window.close()
            window.deleteLater()
            settle()
        window = desk_window(db, user, poll=False)
        window.resize(*WINDOW_SIZE)
        firsts.append(timed(show, window))
        settle()
    assert window is not None
    paint_ms = _raw_paint_ms(app, raw_rows, window.model.columnCount(), args.repeat)
    flt = CaseFilter(statuses=["sent", "overdue", "paid"], search=args.search)
    filters, sorts, ends = [], [], []
    for _ in range(args.repeat):
        filters.append(timed(apply, window, flt))
        settle()
        apply(window, CaseFilter())
        settle()
        sorts.append(timed(sort_by, window, "gross", Qt.SortOrder.DescendingOrder))
        settle()
        ends.append(timed(to_end, window))
        window.table.scrollToTop()
        sort_by(window, "created", Qt.SortOrder.DescendingOrder)
        settle()
    figures = {
        "first_page_ms": statistics.median(firsts),
        "filter_ms": statistics.median(filters),
        "sort_ms": statistics.median(sorts),
        "scroll_end_ms": statistics.median(ends),
    }
    result: dict[str, Any] = {
        "cases": args.cases,
        "database": db.engine.dialect.name,
        "active_rows": window.model.rowCount(),
        **{k: round(v, 1) for k, v in figures.items()},
        "raw_sql_ms": round(raw_ms, 2),
        "raw_paint_ms": round(paint_ms, 2),
        "ratio": round(max(figures.values()) / raw_ms, 2) if raw_ms else None,
        "ratio_paint": round(max(figures.values()) / (raw_ms + paint_ms), 2),
        "rss_mb": round(_rss_mb(), 1),
        "rss_parts_mb": _rss_parts_mb(),
        "search": args.search,
        "repeat": args.repeat,
    }
    window.close()
    settle()
    print(json.dumps(result, indent=2))
    return 0
