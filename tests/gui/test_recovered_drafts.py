"""After a crash the next start offers the drafts that were open: the autosaver notes each saved
draft in the session's journal, a journal whose process died names them, the desk opens them
in their editors again; a clean close or exit leaves nothing to offer."""

from __future__ import annotations

import json
import subprocess
import sys

from invoicedesk.gui.common import draft_journal
from invoicedesk.gui.outgoing.draft_editor import DraftEditor
from invoicedesk.gui.shell import recovered_drafts
from tests.gui.test_draft_editor import choose_customer, open_editors, type_line
from tests.integration.test_outgoing import setup_outgoing

from .conftest import settle


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return int(proc.stdout)


def test_a_draft_open_at_a_crash_is_offered_and_opened_again(qtbot, db, users, window) -> None:  # type: ignore[no-untyped-def]
    setup_outgoing(db)
    draft_journal.start("ada", db.name)
    editor = DraftEditor(db, users["ada"].actor(), None, window)
    qtbot.addWidget(editor)
    editor.show()
    editor.autosaver.timer.setInterval(50)
    choose_customer(qtbot, editor, "müller")
    type_line(editor, 0, "Inspektion", "2", "100", "19")
    qtbot.waitUntil(lambda: editor.case_id is not None and not editor.autosaver.busy)
    settle(qtbot)
    own = draft_journal._own_file()
    journal = json.loads(own.read_text(encoding="utf-8"))
    assert [d["case_id"] for d in journal["drafts"].values()] == [editor.case_id]
    # the process dies here: its journal stays behind under a pid that no longer runs
    crashed = own.with_name(f"drafts-{_dead_pid()}.json")
    crashed.write_text(json.dumps(journal | {"pid": int(crashed.stem.split("-")[1])}))
    case_id = editor.case_id
    editor.close()
    settle(qtbot)
    assert json.loads(own.read_text(encoding="utf-8"))["drafts"] == {}  # closed: not open now
    assert draft_journal.orphaned("clara", db.name) == []  # another user's start: not offered
    drafts = draft_journal.orphaned("ada", db.name)
    assert [d["case_id"] for d in drafts] == [case_id] and not crashed.exists()
    assert drafts[0]["editor"] == "DraftEditor" and "invoice" in drafts[0]["title"]
    assert draft_journal.orphaned("ada", db.name) == []  # offered once
    dialog = recovered_drafts.RecoveredDrafts(drafts, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "last saved" in dialog.list.item(0).text()
    window.refresh()
    settle(qtbot)
    qtbot.waitUntil(lambda: window.model.row_of_case(case_id) is not None, timeout=10000)
    before = {id(e) for e in open_editors(window)}
    assert recovered_drafts.reopen(window, drafts) == 1
    settle(qtbot)
    new = {id(e): e for e in open_editors(window) if id(e) not in before and e.isVisible()}
    reopened = list(new.values())
    assert [e.case_id for e in reopened] == [case_id]
    for e in reopened:
        e.close()
    draft_journal.end()
    assert not own.exists()
