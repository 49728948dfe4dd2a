"""The watched bank-statement folder: each file imported once, filed in done/ or failed/ with
its reason; a workstation killed in the middle leaves the file for the next, nothing twice."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from invoicedesk.bench.camt_writer import Line, camt053
from invoicedesk.services.payments.statement_folder import scan_statements
from invoicedesk.services.watched_folders import REASON_SUFFIX
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.payments import BankStatement, Payment, StatementLine

TODAY = date.today()
NOW = timedelta(0)


def _invoice(db) -> int:  # type: ignore[no-untyped-def]
    with db.write() as s:
        case = Case(
            direction="out",
            status="sent",
            kind="invoice",
            party_name="Jansen B.V.",
            gross=Decimal("1190.00"),
            net=Decimal("1000.00"),
            number="RE-2026-00090",
            due_date=TODAY + timedelta(days=14),
        )
        s.add(case)
        s.flush()
        return case.id


def _paying_file() -> bytes:
    line = Line(Decimal("1190.00"), TODAY, "Jansen B.V.", "", "Rechnung RE-2026-00090")
    return camt053([line], statement_id="STMT-90")


def _counts(db) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(BankStatement)) or 0,
            s.scalar(select(func.count()).select_from(StatementLine)) or 0,
            s.scalar(select(func.count()).select_from(Payment)) or 0,
        )


def test_each_file_once_done_or_failed_with_its_reason(db, users, shared_data, tmp_path) -> None:  # type: ignore[no-untyped-def]
    inbox = tmp_path / "bank"
    inbox.mkdir()
    cid = _invoice(db)
    (inbox / "paid.xml").write_bytes(_paying_file())
    for name in ("sepa_snippet.sta", "camt053.v2.wrong.xml"):
        shutil.copy(shared_data / "bank" / name, inbox / name)
    (inbox / "notes.pdf").write_bytes(b"%PDF- not a statement type")
    (inbox / "~lock.xml").write_text("temp")
    results: list[str] = []
    clerk = users["clara"].actor()

    def scan() -> None:
        results.extend(r.name for r in scan_statements(db, clerk, inbox))

    workers = [threading.Thread(target=scan) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert sorted(results) == ["camt053.v2.wrong.xml", "paid.xml", "sepa_snippet.sta"]
    assert sorted(p.name for p in (inbox / "done").iterdir()) == ["paid.xml", "sepa_snippet.sta"]
    failed = inbox / "failed"
    assert sorted(p.name for p in failed.iterdir()) == [
        "camt053.v2.wrong.xml",
        "camt053.v2.wrong.xml" + REASON_SUFFIX,
    ]
    reason = (failed / ("camt053.v2.wrong.xml" + REASON_SUFFIX)).read_text("utf-8")
    assert "holds no statement" in reason and reason.count("\n") == 1
    assert not list((inbox / "processing").iterdir())
    assert (inbox / "notes.pdf").exists() and (inbox / "~lock.xml").exists()
    assert _counts(db) == (3, 12, 1)
    with db.read() as s:
        assert s.get(Case, cid).status == "paid"
    # the same statement dropped again is recognised: filed in done/, nothing added
    (inbox / "paid.xml").write_bytes(_paying_file())
    (again,) = scan_statements(db, clerk, inbox)
    assert {line.state for line in again.lines} == {"duplicate"}
    assert (inbox / "done" / "paid (2).xml").exists() and _counts(db) == (3, 12, 1)


_KILLED_WORKSTATION = """
import os, signal, sys
from pathlib import Path
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.payments import bank_import, statement_folder
from invoicedesk.store.database import Database

where = sys.argv[3]
real = bank_import.store_and_book

def book_then_die(session, *args, **kwargs):
    result = real(session, *args, **kwargs)
    session.flush()
    if where == "before-commit":
        os.kill(os.getpid(), signal.SIGKILL)
    return result

def die_before_filing(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

bank_import.store_and_book = book_then_die
if where == "after-commit":
    statement_folder.file_away = die_before_filing
db = Database(sys.argv[1])
statement_folder.scan_statements(db, Actor(int(sys.argv[4]), initials="CL"), Path(sys.argv[2]))
"""


def _killed_scan(db_url: str, inbox: Path, where: str, user_id: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run(
        [sys.executable, "-c", _KILLED_WORKSTATION, db_url, str(inbox), where, str(user_id)],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == -9, done.stderr.decode()[-2000:]


def test_killed_in_the_middle_the_next_scan_imports_once(db, db_url, users, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clerk = users["clara"].actor()
    cid = _invoice(db)
    for where in ("before-commit", "after-commit"):
        inbox = tmp_path / where
        inbox.mkdir()
        (inbox / "paid.xml").write_bytes(_paying_file())
        _killed_scan(db_url, inbox, where, clerk.user_id)
        (left,) = (inbox / "processing").iterdir()  # the killed workstation's claim
        assert left.name.endswith("__paid.xml")
        assert scan_statements(db, clerk, inbox) == []  # a fresh claim is not taken over
        (result,) = scan_statements(db, clerk, inbox, orphan_after=NOW)
        assert result.error == ""
        assert [p.name for p in (inbox / "done").iterdir()] == ["paid.xml"]
        assert not list((inbox / "processing").iterdir())
        assert _counts(db) == (1, 1, 1)  # stored once: by the killed one or by this scan
        expected = "booked" if where == "before-commit" else "duplicate"
        assert [line.state for line in result.lines] == [expected]
    with db.read() as s:
        case = s.get(Case, cid)
        assert (case.status, case.paid_amount) == ("paid", Decimal("1190.00"))
