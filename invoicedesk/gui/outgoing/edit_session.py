"""One history entry per editing session of a draft (issue 21).

Autosaves write no history (:func:`update_draft` with ``history=False``); an explicit save
writes one entry naming the fields changed since the session began or since the last explicit
save, and closing the editor after autosaves only writes that entry then
(:func:`record_draft_edit`).
"""

from __future__ import annotations

from dataclasses import fields

from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.services.outgoing.drafts import DraftInput, record_draft_edit
from invoicedesk.store.database import Database


def changed_fields(before: DraftInput | None, after: DraftInput | None) -> list[str]:
    """The names of the draft's fields that differ (``lines`` for the line items)."""
    if before is None or after is None:
        return []
    return [f.name for f in fields(DraftInput)
            if getattr(before, f.name) != getattr(after, f.name)]  # fmt: skip


class EditSession:
    """What one editor changed since its last history entry."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db, self.actor = db, actor
        self.start: DraftInput | None = None  # None: a new draft (its creation is recorded)
        self.unrecorded = False  # autosaves since the last history entry
        self.pending: DraftInput | None = None

    def begin(self, data: DraftInput) -> None:
        """The draft as loaded: the session's changes are counted from here."""
        self.start, self.unrecorded = data, False

    def changes(self, data: DraftInput) -> list[str]:
        """What an explicit save of ``data`` records (remembered until :meth:`saved`)."""
        self.pending = data
        return changed_fields(self.start, data)

    def saved(self) -> None:
        """An explicit save recorded the changes."""
        if self.pending is not None:
            self.start, self.pending, self.unrecorded = self.pending, None, False

    def finish(self, case_id: int | None, data: DraftInput | None) -> None:
        """The editor closes: record the autosaved changes, if any, in one entry."""
        changed = changed_fields(self.start, data)
        if self.unrecorded and case_id is not None and self.start is not None and changed:
            run_task(record_draft_edit, self.db, self.actor, case_id, changed)
        self.unrecorded = False
