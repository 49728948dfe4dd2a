"""Outgoing draft editing sessions (issue 21, section 4) on the edit marks of the supplier
editor: autosaves write no history row, each session ends in one ``edit_draft`` row with its
fields — on closing, an explicit save, issuing or deleting — and a session whose editor was
killed with ``kill -9`` is recorded by the next opening or the dispatcher's pass (SQLite and
PostgreSQL)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from invoicedesk.domain.workflow import Action
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.services.cases.edit_marks import close_idle
from invoicedesk.services.outgoing.drafts import (
    begin_draft_session,
    end_draft_editing,
    get_draft,
    update_draft,
)
from invoicedesk.services.outgoing.issuing import issue_invoice
from invoicedesk.store.models.cases import StatusHistory
from invoicedesk.store.models.edits import EditMark
from invoicedesk.store.types import utcnow
from tests.integration import test_outgoing
from tests.integration.test_outgoing import draft

world = test_outgoing.world  # the fixture: the demo company and three customers


def _rows(db: Any, case_id: int) -> list[tuple[str, int | None, list[str] | None, str]]:
    """The case's history after its creation: (action, user, changed fields, comment)."""
    with db.read() as s:
        rows = s.execute(
            select(StatusHistory.action, StatusHistory.user_id, StatusHistory.changed_fields,
                   StatusHistory.comment)
            .where(StatusHistory.case_id == case_id)
            .order_by(StatusHistory.id)
        ).all()  # fmt: skip
    return [(a, u, list(f) if f else None, c) for a, u, f, c in rows][1:]


def _autosave(db: Any, actor: Any, case_id: int, **changes: Any) -> None:
    view = get_draft(db, case_id)
    update_draft(db, actor, case_id, replace(view.data, **changes),
                 expected_version=view.version, history=False)  # fmt: skip


def _open_marks(db: Any, case_id: int) -> list[list[str]]:
    with db.read() as s:
        return [
            list(f)
            for f in s.scalars(
                select(EditMark.fields).where(
                    EditMark.case_id == case_id, EditMark.closed_at.is_(None)
                )
            )
        ]


def test_autosaves_write_no_row_and_closing_writes_one(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    cid = draft(db, clerk, world["de"])
    _autosave(db, clerk, cid, notes="Lieferung frei Haus")
    _autosave(db, clerk, cid, payment_terms="zahlbar sofort")
    _autosave(db, clerk, cid, notes="Lieferung frei Haus, bitte klingeln")
    assert _rows(db, cid) == []  # three autosaves, no history row
    assert _open_marks(db, cid) == [["notes", "payment_terms"]]
    assert end_draft_editing(db, clerk, cid) == 1
    assert _rows(db, cid) == [
        ("edit_draft", clerk.user_id, ["notes", "payment_terms"],
         "draft edited: notes, payment_terms")
    ]  # fmt: skip
    assert end_draft_editing(db, clerk, cid) == 0 and _open_marks(db, cid) == []


def test_an_explicit_save_takes_the_autosaved_fields(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    cid = draft(db, clerk, world["de"])
    _autosave(db, clerk, cid, notes="Lieferung frei Haus")
    view = get_draft(db, cid)
    update_draft(db, clerk, cid, replace(view.data, payment_terms="netto 10 Tage"),
                 expected_version=view.version)  # fmt: skip
    rows = _rows(db, cid)
    assert [(a, f) for a, _u, f, _c in rows] == [("edit_draft", ["notes", "payment_terms"])]
    assert _open_marks(db, cid) == [] and end_draft_editing(db, clerk, cid) == 0


def test_issuing_and_deleting_record_the_open_sessions_first(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk, admin = world["db"], world["clerk"], world["admin"]
    issued = draft(db, clerk, world["de"])
    _autosave(db, clerk, issued, notes="Lieferung frei Haus")
    _autosave(db, admin, issued, payment_terms="zahlbar sofort")
    issue_invoice(db, clerk, issued, delivery="create_only", today=date(2026, 11, 20))
    rows = _rows(db, issued)
    assert [(a, u, f) for a, u, f, _c in rows[:2]] == [
        ("edit_draft", clerk.user_id, ["notes"]),
        ("edit_draft", admin.user_id, ["payment_terms"]),
    ]
    assert rows[2][0] == "create_only" and _open_marks(db, issued) == []
    assert end_draft_editing(db, clerk, issued) == 0  # the editor closing afterwards
    deleted = draft(db, clerk, world["de"])
    _autosave(db, clerk, deleted, notes="doch nicht")
    perform_action(db, clerk, deleted, Action.DELETE_DRAFT)
    assert [(a, f) for a, _u, f, _c in _rows(db, deleted)] == [
        ("edit_draft", ["notes"]),
        ("delete_draft", None),
    ]


@pytest.mark.parametrize("recovery", ["next opening", "dispatcher pass"])
def test_kill_9_in_the_middle_of_a_draft_editing_session(world, db_url, recovery) -> None:  # type: ignore[no-untyped-def]
    """The real draft editor autosaves, then its process is killed: nothing in the history,
    the changes are stored, and the session's one row is written by the clerk's next opening
    of the draft or by the dispatcher's pass once the session is idle."""
    db, clerk, admin = world["db"], world["clerk"], world["admin"]
    cid = draft(db, clerk, world["de"])
    victim = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.draft_session_victim", db_url, str(clerk.user_id),
         str(cid)],
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
    assert _rows(db, cid) == []  # autosaved, nothing in the history yet
    assert get_draft(db, cid).data.payment_terms == "zahlbar sofort"
    assert _open_marks(db, cid) == [["notes", "payment_terms"]]
    begin_draft_session(db, admin, cid)  # another user's opening records nothing of his
    assert close_idle(db) == 0  # not idle yet
    assert _rows(db, cid) == []
    if recovery == "next opening":
        begin_draft_session(db, clerk, cid)
    else:
        assert close_idle(db, utcnow() + timedelta(hours=3)) == 1
    expected = (
        "edit_draft", clerk.user_id, ["notes", "payment_terms"],
        "draft edited: notes, payment_terms (the editor was not closed; recorded afterwards)",
    )  # fmt: skip
    assert _rows(db, cid) == [expected]
    begin_draft_session(db, clerk, cid)  # recorded once, never twice
    assert close_idle(db, utcnow() + timedelta(hours=3)) == 0
    assert _rows(db, cid) == [expected]
