"""One history entry per editing session, safe against a kill (issue 21, section 4).

Used by the supplier-invoice editor and the outgoing draft editor (invoices, credit notes).

An autosave calls :func:`mark_edit` in its own transaction: the changed fields are added to
the open :class:`~invoicedesk.store.models.edits.EditMark` of (case, user) — no history row.
The session's end writes the mark's fields as **one** ``edited`` history row and closes the
mark, in one transaction:

- an explicit save takes the actor's open mark into its own history row (:func:`take_mark`);
- *Finish editing* also closes the other users' open marks of the case (:func:`close_marks`);
- closing the editor closes the actor's mark (:func:`end_session`);
- issuing or deleting an outgoing draft closes every open mark of it first (:func:`close_marks`
  in ``issue_case`` and the *Delete draft* handler);
- a session that never ended (the process was killed) is closed by the same user's next
  session of the case (:func:`end_session` when the editor opens) or by the dispatcher's pass
  once it has been idle for :data:`IDLE` (:func:`close_idle`).

The separation of duties never waits for any of these: :func:`mark_editor_ids` names the
users of every mark, open or closed, and :func:`invoicedesk.services.cases.edits.editor_ids`
counts them. The marks cannot be deleted (database triggers, migration 21d).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.domain.enums import Direction
from invoicedesk.domain.errors import NotFound
from invoicedesk.domain.messages import Message, encode_text, msg
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.store import audit
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case, StatusHistory
from invoicedesk.store.models.edits import EditMark
from invoicedesk.store.types import utcnow

#: an open mark without an autosave for this long belongs to a session that has ended
IDLE = timedelta(hours=2)


def _open_mark(s: Session, case_id: int, user_id: int) -> EditMark | None:
    return s.scalar(
        select(EditMark)
        .where(EditMark.case_id == case_id, EditMark.user_id == user_id)
        .where(EditMark.closed_at.is_(None))
        .with_for_update()
    )


def _lock_case(s: Session, case_id: int) -> Case:
    """The case, its row locked until the transaction ends (no-op lock on SQLite)."""
    case = s.scalar(select(Case).where(Case.id == case_id).with_for_update())
    if case is None:
        raise NotFound("There is no case with the id {case_id}.", case_id=case_id)
    return case


def mark_edit(s: Session, case: Case, actor: Actor, fields: Iterable[str]) -> None:
    """An autosave changed ``fields`` of ``case``: note them in the actor's open mark (made
    when the session has none). The case's row must be locked by the caller."""
    changed = set(fields)
    if actor.user_id is None or not changed:
        return
    now = utcnow()
    mark = _open_mark(s, case.id, actor.user_id)
    if mark is None:
        s.add(EditMark(case_id=case.id, user_id=actor.user_id, fields=sorted(changed),
                       started_at=now, last_at=now))  # fmt: skip
        s.flush()
        return
    mark.fields = sorted(set(mark.fields) | changed)
    mark.last_at = now


def take_mark(s: Session, case_id: int, actor: Actor) -> list[str]:
    """Close the actor's open mark of the case and return its fields (an explicit save puts
    them into its own history row); ``[]`` without one."""
    if actor.user_id is None:
        return []
    mark = _open_mark(s, case_id, actor.user_id)
    if mark is None:
        return []
    mark.closed_at = utcnow()
    return list(mark.fields)


def _record(s: Session, case: Case, mark: EditMark, comment: Message, at: datetime) -> None:
    """The session's history row, in the name of the mark's user (the case stays as it is);
    an outgoing draft's row is a *draft edited* one, like its explicit saves write."""
    action = Action.EDIT_DRAFT if case.direction == Direction.OUT.value else Action.EDIT
    audit.append(
        s,
        StatusHistory(
            case_id=case.id, at=at, user_id=mark.user_id, action=str(action),
            from_status=case.status, to_status=case.status, comment=str(comment),
            comment_record=encode_text(comment), changed_fields=sorted(set(mark.fields)),
        ),
    )  # fmt: skip
    mark.closed_at = at


def _comment(case: Case, mark: EditMark, recovered: bool) -> Message:
    names = ", ".join(sorted(mark.fields))
    if case.direction == Direction.OUT.value:
        if recovered:
            return msg("draft edited: {fields} (the editor was not closed; recorded afterwards)",
                       fields=names)  # fmt: skip
        return msg("draft edited: {fields}", fields=names)
    if recovered:
        return msg("edited: {fields} (the editor was not closed; recorded afterwards)",
                   fields=names)  # fmt: skip
    return msg("edited: {fields}", fields=names)


def close_marks(
    s: Session, case: Case, *, user_id: int | None = None, recovered: bool = False
) -> int:
    """Write the history row of every open mark of ``case`` (only ``user_id``'s when given)
    and close them; returns how many. The case's row must be locked by the caller."""
    query = select(EditMark).where(EditMark.case_id == case.id, EditMark.closed_at.is_(None))
    if user_id is not None:
        query = query.where(EditMark.user_id == user_id)
    marks = s.scalars(query.order_by(EditMark.id).with_for_update()).all()
    now = utcnow()
    for mark in marks:
        _record(s, case, mark, _comment(case, mark, recovered), now)
    return len(marks)


def end_session(db: Database, actor: Actor, case_id: int, *, recovered: bool = False) -> int:
    """The actor's editing session of the case ended: its autosaved changes become one
    history row (nothing when it had none). ``recovered``: a session that never ended (the
    editor opens the case again after a crash)."""
    if actor.user_id is None:
        return 0
    with db.write() as s:
        if _open_mark_id(s, case_id, actor.user_id) is None:
            return 0
        case = _lock_case(s, case_id)
        return close_marks(s, case, user_id=actor.user_id, recovered=recovered)


def _open_mark_id(s: Session, case_id: int, user_id: int) -> int | None:
    return s.scalar(
        select(EditMark.id).where(
            EditMark.case_id == case_id, EditMark.user_id == user_id, EditMark.closed_at.is_(None)
        )
    )


def close_idle(db: Database, now: datetime | None = None, idle: timedelta = IDLE) -> int:
    """Record the sessions whose editor stopped without closing (no autosave for ``idle``);
    returns how many. Safe on several workstations at once (each case is locked, and a mark
    closed meanwhile is not seen again)."""
    limit = (now or utcnow()) - idle
    with db.read() as s:
        case_ids = s.scalars(
            select(EditMark.case_id)
            .where(EditMark.closed_at.is_(None), EditMark.last_at < limit)
            .distinct()
        ).all()
    closed = 0
    for case_id in case_ids:
        with db.write() as s:
            case = _lock_case(s, case_id)
            idle_users = s.scalars(
                select(EditMark.user_id).where(
                    EditMark.case_id == case_id, EditMark.closed_at.is_(None),
                    EditMark.last_at < limit,
                )
            ).all()  # fmt: skip
            for user_id in idle_users:
                closed += close_marks(s, case, user_id=user_id, recovered=True)
    return closed


def mark_editor_ids(s: Session, case_id: int) -> frozenset[int]:
    """Everyone with an edit mark on the case, open or closed (separation of duties)."""
    return frozenset(s.scalars(select(EditMark.user_id).where(EditMark.case_id == case_id)))
