"""Who changed which fields of a case: one record per save, kept in the status history.

An editor's save writes a history row whose ``changed_fields`` lists the invoice fields it
changed (``lines`` for the line items). The rows are append-only and hash-chained like every
history row, so "everyone who changed a field of the invoice" — whom the separation of duties
keeps from checking and approving — cannot be rewritten after the fact. :func:`list_edits`
gives the records in order, e.g. to show one entry per editing session. Autosaves write no
row: they leave an edit mark (:mod:`.edit_marks`), which :func:`editor_ids` counts as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.services.cases.edit_marks import mark_editor_ids
from invoicedesk.store.audit import queued
from invoicedesk.store.models.cases import StatusHistory


@dataclass(frozen=True)
class EditEntry:
    """One save that changed fields: who, when, which fields."""

    at: datetime
    user_id: int | None
    fields: tuple[str, ...]


def list_edits(session: Session, case_id: int) -> list[EditEntry]:
    """The saves of a case that changed fields, oldest first (this transaction's included)."""
    rows = session.execute(
        select(StatusHistory.at, StatusHistory.user_id, StatusHistory.changed_fields)
        .where(StatusHistory.case_id == case_id, StatusHistory.changed_fields.is_not(None))
        .order_by(StatusHistory.id)
    ).all()
    entries = [EditEntry(at, user_id, tuple(fields or ())) for at, user_id, fields in rows]
    entries += [
        EditEntry(row.at, row.user_id, tuple(row.changed_fields))
        for row in queued(session, StatusHistory)
        if row.case_id == case_id and row.changed_fields
    ]
    return [entry for entry in entries if entry.fields]


def editor_ids(session: Session, case_id: int) -> frozenset[int]:
    """Everyone who changed a field of the case: the recorded saves and the editing sessions
    whose autosaves are not recorded yet (their edit marks, :mod:`.edit_marks`)."""
    recorded = {e.user_id for e in list_edits(session, case_id) if e.user_id is not None}
    return frozenset(recorded | mark_editor_ids(session, case_id))
