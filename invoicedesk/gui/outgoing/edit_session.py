"""The draft editor's editing session (issue 21): one history entry per session.

Autosaves write no history: the core adds their changed fields to the actor's edit mark in the
autosave's own transaction (:func:`~invoicedesk.services.outgoing.drafts.update_draft` with
``history=False``, :mod:`invoicedesk.services.cases.edit_marks`). An explicit save writes one
entry with the autosaved fields; closing the editor asks the core to write the mark's entry
once no autosave is running (:func:`end_draft_editing`). A session whose editor was killed is
recorded by the next opening (:func:`begin_draft_session`) or the dispatcher's pass.
"""

from __future__ import annotations

from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.services.outgoing.customers import CustomerChoice, get_customer
from invoicedesk.services.outgoing.drafts import (
    DraftView,
    begin_draft_session,
    end_draft_editing,
    get_draft,
)
from invoicedesk.store.database import Database


def load_draft(db: Database, case_id: int) -> tuple[DraftView, CustomerChoice | None]:
    """The draft and its customer, as the editor shows them (again, after a conflict)."""
    view = get_draft(db, case_id)
    return view, get_customer(db, view.data.party_id) if view.data.party_id else None


def open_draft(db: Database, actor: Actor, case_id: int) -> tuple[DraftView, CustomerChoice | None]:
    """The draft and its customer as the editor opens them, after recording the actor's
    earlier session of it that never ended (its editor was killed)."""
    begin_draft_session(db, actor, case_id)
    return load_draft(db, case_id)


class EditSession:
    """Whether the editor autosaved changes its session has not recorded yet."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db, self.actor = db, actor
        self.unrecorded = False  # autosaves (into the edit mark) since the last history entry

    def autosaved(self) -> None:
        """An autosave of an existing draft added its fields to the edit mark."""
        self.unrecorded = True

    def saved(self) -> None:
        """An explicit save recorded the session's changes (the mark's fields included)."""
        self.unrecorded = False

    def end(self, case_id: int | None) -> None:
        """The editor closed (and no autosave runs): record the mark as one history entry."""
        if not self.unrecorded or case_id is None:
            return
        self.unrecorded = False
        run_task(end_draft_editing, self.db, self.actor, case_id,
                 label=translate("DraftEditor", "Saving draft"))  # fmt: skip
