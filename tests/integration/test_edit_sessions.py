"""Supplier-invoice editing sessions (issue 21, section 4): autosaves write no history, each
session gets one ``edited`` row with its fields, and the separation of duties still counts
the editor — before the row is written, after the editor is closed, and after the editing
process was killed with ``kill -9`` in the middle of its session (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta

import pytest
from sqlalchemy import delete, select, update

from invoicedesk.domain.errors import ImmutableError
from invoicedesk.domain.workflow import Action
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.services.cases.edit_marks import close_idle
from invoicedesk.services.incoming.editing import begin_session, end_editing, save_editor
from invoicedesk.store.models.cases import StatusHistory
from invoicedesk.store.models.edits import EditMark
from invoicedesk.store.types import utcnow
from tests.integration import test_rules
from tests.integration.test_rules import _fields, _incoming, _refused

people = test_rules.people  # the fixture: the test users plus a reviewer and an approver


def _edits(db, case_id: int) -> list[tuple[int | None, list[str] | None]]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return [
            (user_id, fields)
            for user_id, fields in s.execute(
                select(StatusHistory.user_id, StatusHistory.changed_fields)
                .where(StatusHistory.case_id == case_id, StatusHistory.action == "edit")
                .order_by(StatusHistory.id)
            )
        ]


def _autosave(db, who, case_id: int, **changes: str) -> None:  # type: ignore[no-untyped-def]
    version, fields = _fields(db, case_id, **changes)
    save_editor(db, who.actor(), case_id, version, fields, autosave=True)


def test_autosaves_write_no_history_and_the_session_one_row(db, people) -> None:  # type: ignore[no-untyped-def]
    cid = _incoming(db, people["clara"].id)
    rolf = people["rolf"]
    _autosave(db, rolf, cid, invoice_number="R-2")
    _autosave(db, rolf, cid, iban="DE89370400440532013000")
    _autosave(db, rolf, cid, invoice_number="R-3")
    assert _edits(db, cid) == []
    assert end_editing(db, rolf.actor(), cid) == 1
    assert _edits(db, cid) == [(rolf.id, ["iban", "invoice_number"])]
    assert end_editing(db, rolf.actor(), cid) == 0  # closed once


def test_an_explicit_save_takes_the_autosaved_fields_into_its_row(db, people) -> None:  # type: ignore[no-untyped-def]
    cid = _incoming(db, people["clara"].id)
    rolf = people["rolf"]
    _autosave(db, rolf, cid, iban="DE89370400440532013000")
    version, fields = _fields(db, cid, invoice_number="R-9")
    save_editor(db, rolf.actor(), cid, version, fields)
    assert _edits(db, cid) == [(rolf.id, ["iban", "invoice_number"])]
    with db.read() as s:
        assert s.scalars(select(EditMark.closed_at)).one() is not None


def test_an_open_session_keeps_its_editor_from_checking_and_approving(db, people) -> None:  # type: ignore[no-untyped-def]
    """Rolf and Paul autosave and never close their editors; Clara finishes editing: neither
    may check or approve, and Clara's *Finish* records both sessions."""
    cid = _incoming(db, people["ada"].id)
    _autosave(db, people["rolf"], cid, invoice_number="R-2")
    _autosave(db, people["paul"], cid, iban="DE89370400440532013000")
    version, fields = _fields(db, cid)
    save_editor(db, people["clara"].actor(), cid, version, fields, finish=True)
    _refused(db, people["rolf"], cid, Action.CHECK, "changed this invoice's data")
    perform_action(db, people["rita"].actor(), cid, Action.CHECK)
    _refused(db, people["paul"], cid, Action.APPROVE, "an editor may not approve")
    perform_action(db, people["anton"].actor(), cid, Action.APPROVE)
    rows = _edits(db, cid)
    assert (people["rolf"].id, ["invoice_number"]) in rows
    assert (people["paul"].id, ["iban"]) in rows
    assert rows[-1] == (people["clara"].id, None)


def test_the_editor_stays_an_editor_before_his_row_is_written(db, people) -> None:  # type: ignore[no-untyped-def]
    cid = _incoming(db, people["ada"].id, "edited", edited_by_id=people["clara"].id)
    with db.write() as s:  # a session left open in Ready before the case moved on
        s.add(EditMark(case_id=cid, user_id=people["rolf"].id, fields=["net"]))
    _refused(db, people["rolf"], cid, Action.CHECK, "changed this invoice's data")


def test_the_database_keeps_the_marks(db, people) -> None:  # type: ignore[no-untyped-def]
    cid = _incoming(db, people["clara"].id)
    _autosave(db, people["rolf"], cid, invoice_number="R-2")
    with pytest.raises(ImmutableError, match="audit protection"), db.write() as s:
        s.execute(delete(EditMark))
    with pytest.raises(ImmutableError, match="audit protection"), db.write() as s:
        s.execute(update(EditMark).values(user_id=people["clara"].id))
    end_editing(db, people["rolf"].actor(), cid)
    with pytest.raises(ImmutableError, match="audit protection"), db.write() as s:
        s.execute(update(EditMark).values(fields=[]))


def test_idle_sessions_are_recorded_by_the_pass(db, people) -> None:  # type: ignore[no-untyped-def]
    cid = _incoming(db, people["clara"].id)
    _autosave(db, people["rolf"], cid, invoice_number="R-2")
    assert close_idle(db) == 0  # still being edited
    assert close_idle(db, utcnow() + timedelta(hours=3)) == 1
    assert _edits(db, cid) == [(people["rolf"].id, ["invoice_number"])]
    assert close_idle(db, utcnow() + timedelta(hours=3)) == 0


def test_kill_9_in_the_middle_of_an_editing_session(db, db_url, people) -> None:  # type: ignore[no-untyped-def]
    """The real editor autosaves, then its process is killed: the killed editor may not check
    the invoice another clerk finished, and his next session records the killed one."""
    cid = _incoming(db, people["ada"].id)
    rolf = people["rolf"]
    victim = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.editor_session_victim", db_url, str(rolf.id), str(cid)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd(), "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    try:
        assert victim.stdout is not None
        line = victim.stdout.readline()
        assert line.strip() == "autosaved", (line, victim.stderr.read() if victim.poll() else "")
    finally:
        victim.kill()  # SIGKILL: the editor never closes its session
        victim.wait(30)
    assert _edits(db, cid) == []  # autosaved, nothing in the history yet
    version, fields = _fields(db, cid)
    assert fields["invoice_number"] == "R-77"
    save_editor(db, people["clara"].actor(), cid, version, fields, finish=True)
    _refused(db, rolf, cid, Action.CHECK, "changed this invoice's data")
    perform_action(db, people["rita"].actor(), cid, Action.CHECK)
    assert (rolf.id, ["iban", "invoice_number"]) in _edits(db, cid)  # recorded at Finish


def test_the_next_session_records_a_killed_one(db, people) -> None:  # type: ignore[no-untyped-def]
    cid = _incoming(db, people["clara"].id)
    _autosave(db, people["rolf"], cid, invoice_number="R-2")  # ... and the editor was killed
    begin_session(db, people["rolf"].actor(), cid)
    assert _edits(db, cid) == [(people["rolf"].id, ["invoice_number"])]
    begin_session(db, people["clara"].actor(), cid)  # another user's open: nothing to record
    assert len(_edits(db, cid)) == 1
