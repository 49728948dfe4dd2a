"""Intake that always finishes: hostile XML fails alone, stuck cases are taken up again (by the
next intake, a recovery pass, the same file again), leases fence slow readers, Error cases can
be read again, the watched folder adopts orphaned claims, and a lost database is reported with
exactly what was committed. Real database, real sandboxed parser pool, real files."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from invoicedesk.documents.intake.sandbox import ParserPool
from invoicedesk.documents.xml_guard import XmlRefused, refuse_doctype
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.services.incoming import leases, watch_folder
from invoicedesk.services.incoming.intake import receive, start_processing, take_in
from invoicedesk.services.incoming.recovery import read_again, recover_stuck
from invoicedesk.services.interruptions import WorkInterrupted
from invoicedesk.store.database import Database, db_now
from invoicedesk.store.models.cases import Case, StatusHistory
from invoicedesk.store.models.incoming import IntakeLease

HATE = "einvoice/zugferd/hate1.xml"
MIETE = "einvoice/zugferd/zugferd_2p0_EN16931_Miete.pdf"
PLAIN = "pdf/plain-invoices/QualityHosting.pdf"


@pytest.fixture(scope="module")
def pool() -> Iterator[ParserPool]:
    with ParserPool(2, timeout_s=60) as parser_pool:
        yield parser_pool


def doctype_xml(shared_data: Path) -> bytes:
    """A valid CII e-invoice with a harmless internal entity (the issue's reproduction)."""
    data = (shared_data / HATE).read_bytes()
    cut = data.index(b"?>") + 2
    evil = data[:cut] + b'\n<!DOCTYPE rsm:CrossIndustryInvoice [<!ENTITY co "ACME">]>' + data[cut:]
    return evil.replace(b"</ram:Name>", b"&co;</ram:Name>", 1)


def _statuses(db: Database) -> dict[str, int]:
    with db.read() as s:
        rows = s.execute(
            select(Case.status, func.count()).where(Case.direction == "in").group_by(Case.status)
        )
        return {status: count for status, count in rows}


def _expire_all(db: Database) -> None:
    """Let every lease run out (as if its process had died a minute ago)."""
    with db.write() as s:
        s.execute(update(IntakeLease).values(lease_until=db_now(s) - timedelta(seconds=1)))


def test_the_guard_refuses_doctypes_in_every_encoding() -> None:
    refuse_doctype(b'<?xml version="1.0"?>\n<!-- a comment --><a/>')
    for evil in (
        b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>',
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a><a/>'.encode("utf-16"),
        '<!DOCTYPE a><a/>'.encode("utf-16-le"),  # no byte-order mark
        b'<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE a+AD4-<a/>',
        b'\xef\xbb\xbf<?xml version="1.0"?><!-- x --><!ENTITY y "z"><a/>',
    ):
        with pytest.raises(XmlRefused, match="DOCTYPE"):
            refuse_doctype(evil)
    with pytest.raises(XmlRefused, match="encoding"):
        refuse_doctype(b'<?xml version="1.0" encoding="x-unknown"?><a/>')
    with pytest.raises(XmlRefused, match="does not start like XML"):
        refuse_doctype('<?xml version="1.0"?><a/>'.encode("cp500"))  # EBCDIC


def test_doctype_file_among_valid_files_fails_alone(db: Any, users: Any, pool: ParserPool,
                                                    shared_data: Path) -> None:  # fmt: skip
    files = [
        ("hate1.xml", (shared_data / HATE).read_bytes()),
        ("with-doctype.xml", doctype_xml(shared_data)),
        (Path(MIETE).name, (shared_data / MIETE).read_bytes()),
        (Path(PLAIN).name, (shared_data / PLAIN).read_bytes()),
    ]
    outcomes = take_in(db, users["clara"].actor(), files, pool)
    by_file = {o.file: o for o in outcomes}
    assert by_file["with-doctype.xml"].status == "error"
    assert "DOCTYPE" in (by_file["with-doctype.xml"].error or "")
    for name in ("hate1.xml", Path(MIETE).name, Path(PLAIN).name):
        assert by_file[name].status == "ready", by_file[name].error
    # e-invoices are validated in the sandboxed worker: the report reached the case
    assert by_file["hate1.xml"].validation is not None
    assert by_file["hate1.xml"].validation["summary"].startswith("CII")
    assert _statuses(db) == {"ready": 3, "error": 1}
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(IntakeLease)) == 0


def test_stuck_cases_are_taken_up_by_the_next_intake_and_a_recovery_pass(
    db: Any, users: Any, pool: ParserPool, shared_data: Path
) -> None:
    actor = users["clara"].actor()
    plain = (shared_data / PLAIN).read_bytes()
    # a process that died: one case still Uploading, one Processing, both with its lease
    dead = "ghost:1:dead"
    first = receive(db, actor, "a.pdf", plain + b"\n%a\n", owner=dead)
    second = receive(db, actor, "b.pdf", plain + b"\n%b\n", owner=dead)
    assert start_processing(db, second, dead)
    # a case without any lease (from before leases existed): nobody reads it, so it is taken
    # up at once; the leased ones wait while their lease lives
    legacy = receive(db, actor, "c.pdf", plain + b"\n%c\n")
    assert [(o.case_id, o.status) for o in recover_stuck(db, lambda: pool)] == [(legacy, "ready")]
    _expire_all(db)
    assert leases.stuck_count(db) == 2
    # the next intake (of another file) takes up to RECOVER_BATCH of them along
    outcomes = take_in(db, actor, [("d.pdf", plain + b"\n%d\n")], pool, recover=1)
    assert [(o.file, o.resumed) for o in outcomes] == [("d.pdf", False), ("a.pdf", True)]
    # a recovery pass reads the rest
    (rest,) = recover_stuck(db, lambda: pool)
    assert (rest.case_id, rest.status, rest.resumed) == (second, "ready", True)
    assert _statuses(db) == {"ready": 4}
    with db.read() as s:
        resumed = s.scalars(
            select(StatusHistory.case_id).where(StatusHistory.action == "intake_resumed")
        ).all()
    assert sorted(resumed) == sorted([first, second, legacy])


def test_the_same_file_again_resumes_its_stuck_case(
    db: Any, users: Any, pool: ParserPool, shared_data: Path
) -> None:
    actor = users["clara"].actor()
    content = (shared_data / MIETE).read_bytes()
    stuck = receive(db, actor, "miete.pdf", content, owner="ghost:2:dead")
    # being read right now by a live process: no duplicate, the clerk is told
    (busy,) = take_in(db, actor, [("miete.pdf", content)], pool, recover=0)
    assert busy.case_id == stuck and busy.status == "uploading" and busy.note
    _expire_all(db)
    (again,) = take_in(db, actor, [("miete.pdf", content)], pool, recover=0)
    assert again.case_id == stuck and again.resumed and again.status == "ready"
    assert not again.duplicate_of
    with db.read() as s:
        assert s.scalar(select(func.count()).where(Case.direction == "in")) == 1


def test_a_reader_that_lost_its_lease_writes_nothing(
    db: Any, users: Any, pool: ParserPool, shared_data: Path
) -> None:
    from invoicedesk.services.incoming.intake import apply_result

    actor = users["clara"].actor()
    case_id = receive(db, actor, "x.pdf", (shared_data / PLAIN).read_bytes(), owner="slow:3:old")
    _expire_all(db)
    (taken,) = recover_stuck(db, lambda: pool)
    assert taken.status == "ready"
    result = pool.submit((shared_data / PLAIN).read_bytes(), "x.pdf").result()
    late = apply_result(db, case_id, result, owner="slow:3:old")
    assert late.note and late.status == "ready"
    with db.read() as s:
        ready_rows = s.scalar(
            select(func.count()).where(
                StatusHistory.case_id == case_id, StatusHistory.action == "system_ready"
            )
        )
    assert ready_rows == 1


def test_error_cases_offer_read_again_and_archive(
    db: Any, users: Any, pool: ParserPool, shared_data: Path
) -> None:
    clara = users["clara"].actor()
    (failed,) = take_in(db, clara, [("broken.xml", doctype_xml(shared_data))], pool)
    assert failed.status == "error"
    again = read_again(db, clara, failed.case_id, pool)
    assert again.status == "error" and "DOCTYPE" in (again.error or "")
    with db.read() as s:
        steps = s.scalars(
            select(StatusHistory.action)
            .where(StatusHistory.case_id == failed.case_id)
            .order_by(StatusHistory.id)
        ).all()
    assert steps[-2:] == ["read_again", "system_error"]
    perform_action(db, clara, failed.case_id, Action.ARCHIVE)
    assert _statuses(db) == {"archived": 1}


def test_a_file_that_never_finishes_ends_in_error(
    db: Any, users: Any, pool: ParserPool, shared_data: Path
) -> None:
    content = (shared_data / PLAIN).read_bytes()
    case_id = receive(db, Actor.system(), "x.pdf", content, owner="o:1:x")
    with db.write() as s:
        s.get(IntakeLease, case_id).attempts = leases.MAX_ATTEMPTS
    _expire_all(db)
    (outcome,) = recover_stuck(db, lambda: pool)
    assert outcome.status == "error" and "attempts" in (outcome.error or "")


def test_watched_folder_adopts_what_a_dead_claimant_left(
    db: Any, pool: ParserPool, shared_data: Path, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    processing = inbox / "processing"
    processing.mkdir(parents=True)
    plain = (shared_data / PLAIN).read_bytes()
    # one claim died before its case was stored, one after
    lost = processing / "otherhost-99-abcdef__lost.pdf"
    lost.write_bytes(plain + b"\n%lost\n")
    stored = processing / "otherhost-99-abcdef__stored.pdf"
    stored.write_bytes(plain + b"\n%stored\n")
    old = time.time() - 3600
    os.utime(lost, (old, old))
    receive(db, Actor.system(), "stored.pdf", stored.read_bytes())  # stored after the claim...
    os.utime(stored, (old, old))
    with db.write() as s:  # ...i.e. its case is younger than the claim
        s.execute(update(Case).values(created_at=db_now(s)))
    young = processing / "otherhost-98-abcdef__young.pdf"  # a live claimant's file: left alone
    shutil.copy(shared_data / PLAIN, young)
    outcomes = watch_folder.scan_once(db, Actor.system(), inbox, pool)
    # the lost claim is taken in; the stored one's case (left in Uploading) is read to the end
    assert [(o.file, o.resumed, o.status) for o in outcomes] == [
        ("lost.pdf", False, "ready"),
        ("stored.pdf", True, "ready"),
    ]
    assert sorted(p.name for p in (inbox / "done").iterdir()) == ["lost.pdf", "stored.pdf"]
    assert [p.name for p in processing.iterdir()] == [young.name]
    with db.read() as s:
        assert s.scalar(select(func.count()).where(Case.direction == "in")) == 2


def test_a_lost_database_is_reported_with_what_was_committed(
    db: Any, users: Any, pool: ParserPool, shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from invoicedesk.services.incoming import intake as intake_module
    from invoicedesk.store.database import DatabaseUnavailable

    plain = (shared_data / PLAIN).read_bytes()
    files = [(f"f{i}.pdf", plain + f"\n%{i}\n".encode()) for i in range(4)]
    real = intake_module.apply_result
    calls = []

    def flaky(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 3:  # the connection drops while the third read-out is stored
            raise DatabaseUnavailable(
                "The database did not answer as expected ({text}). Nothing was changed.",
                text="server closed the connection unexpectedly",
            )
        return real(*args, **kwargs)

    monkeypatch.setattr(intake_module, "apply_result", flaky)
    with pytest.raises(WorkInterrupted) as stopped:
        take_in(db, users["clara"].actor(), files, pool, recover=0)
    text = str(stopped.value)
    assert text.startswith("The intake stopped after 2 of 4 files were read to the end; 2 more")
    assert "Nothing was changed" not in text and "server closed the connection" in text
    assert _statuses(db) == {"ready": 2, "processing": 2}


def test_every_dispatcher_pass_takes_stuck_cases_up(
    db: Any, db_url: str, shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from invoicedesk.cli.main import main
    from invoicedesk.documents.intake.sandbox import SHARED
    from invoicedesk.services.contracts.scheduled_send import next_wakeup, run_pass
    from invoicedesk.services.mail.dispatcher import Dispatcher

    plain = (shared_data / PLAIN).read_bytes()
    first = receive(db, Actor.system(), "a.pdf", plain + b"\n%a\n", owner="gone:1:a")
    # the workstation's scheduler wakes up when the lease runs out …
    due = next_wakeup(db)
    with db.read() as s:
        assert due is not None and due <= s.get(IntakeLease, first).lease_until
    _expire_all(db)
    try:
        # … and its pass (the GUI's run_pass with a plain dispatcher) reads the case
        report = run_pass(db, Dispatcher(db))
        assert report.recovered == 1 and report.error is None
        # the headless dispatcher does the same
        receive(db, Actor.system(), "b.pdf", plain + b"\n%b\n", owner="gone:1:b")
        _expire_all(db)
        assert main(["--database-url", db_url, "dispatch", "--once"]) == 0
    finally:
        SHARED.close()
    assert "stuck incoming cases read again 1" in capsys.readouterr().out
    assert _statuses(db) == {"ready": 2}


def test_files_not_read_when_the_application_quits_stay_for_recovery(
    db: Any, users: Any, shared_data: Path
) -> None:
    import threading

    from tests.integration.test_intake_sandbox import hang

    plain = (shared_data / PLAIN).read_bytes()
    files = [("slow.pdf", plain + b"\n%1\n"), ("waiting.pdf", plain + b"\n%2\n")]
    pool = ParserPool(1, timeout_s=1.5, parse_fn=hang)
    done: list[Any] = []
    worker = threading.Thread(target=lambda: done.extend(take_in(db, Actor.system(), files, pool)))
    worker.start()
    deadline = time.monotonic() + 60
    while _statuses(db).get("processing", 0) < 2:  # both read, the second waits in the pool
        assert time.monotonic() < deadline
        time.sleep(0.05)
    pool.close()  # the application quits
    worker.join(60)
    slow, waiting = done
    assert slow.status == "error"  # it was being read: its time ran out
    assert waiting.status == "processing" and waiting.note  # never read: left for recovery
    with db.read() as s:
        assert s.get(IntakeLease, waiting.case_id) is not None
    assert _statuses(db) == {"error": 1, "processing": 1}
