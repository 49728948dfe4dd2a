"""What the mail server's verdict on an outbox e-mail means for the row and for its case.

Called by the dispatcher inside the transaction that records the verdict, with the case row
locked before the outbox row (the same order as the actions that queue e-mails):

* :func:`on_accepted` - the server took it: the row is ``sent``; a first send moves an
  issued (or failed) case to *Sent*, anything else only writes a history row, so a paid or
  overdue case never moves back;
* :func:`on_failed` - refused: permanently (5xx, bad address, too many attempts) the row is
  ``failed`` and the case *Send failed* with the server's reason; temporarily (4xx, connection
  lost before the message was complete) the row waits with exponential back-off;
* :func:`on_interrupted` - the fate is unknown (dispatcher died or the connection broke after
  the whole message was written): the row needs review by a clerk and is never resent blindly;
* :func:`on_held` - the server refused our sender address (a problem of the settings, not of
  this message): the row waits for the settings to be fixed; the case keeps its status.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, lazyload

from invoicedesk.domain.enums import Direction, OutStatus
from invoicedesk.domain.messages import msg
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.mail.hold import recheck_after
from invoicedesk.services.cases.actions import apply_action, record
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.outbox import OutboxMessage
from invoicedesk.store.types import utcnow

#: e-mails that deliver the invoice itself and so move the case's status
STATUS_KINDS = frozenset({"invoice", "resend", "collective"})
#: statuses a delivered invoice e-mail moves to *Sent*
SENT_FROM = frozenset({OutStatus.ISSUED.value, OutStatus.SEND_FAILED.value})
#: statuses a permanently failed invoice e-mail moves to *Send failed*
FAILED_FROM = frozenset({OutStatus.ISSUED.value, OutStatus.SENT.value, OutStatus.OVERDUE.value})
MAX_ATTEMPTS = 8
BACKOFF_FIRST = timedelta(minutes=1)
BACKOFF_CAP = timedelta(hours=1)


def backoff(attempts: int) -> timedelta:
    """Wait after the ``attempts``-th failed try: 1, 2, 4, ... minutes, at most one hour."""
    wait: timedelta = BACKOFF_FIRST * (2 ** max(attempts - 1, 0))
    return min(wait, BACKOFF_CAP)


_LOCKED = "mail_events_locked_cases"


def mark_locked(session: Session, case: Case) -> None:
    """Tell :func:`_case` that ``case`` is already loaded and locked in this transaction."""
    session.info.setdefault(_LOCKED, {})[case.id] = case  # a strong reference


def _case(session: Session, row: OutboxMessage) -> Case | None:
    """The row's case, locked (``None`` when the e-mail has no case or it was deleted)."""
    if row.case_id is None:
        return None
    locked: Case | None = session.info.get(_LOCKED, {}).get(row.case_id)
    if locked is not None:
        return locked
    return session.scalar(
        select(Case).where(Case.id == row.case_id).options(lazyload(Case.lines)).with_for_update()
    )


def _recipients(row: OutboxMessage) -> str:
    return ", ".join([*row.to_addrs, *row.cc_addrs])


def on_accepted(
    session: Session,
    row: OutboxMessage,
    *,
    response: str = "",
    refused: dict[str, str] | None = None,
    now: datetime | None = None,
) -> None:
    """Record that the server accepted the e-mail (``refused``: recipients it did not take)."""
    now = now or utcnow()
    row.status = "sent"
    row.hold_reason = None
    row.sent_at = now
    row.smtp_response = response[:2000]
    row.lease_owner = None
    row.lease_until = None
    row.last_error = None
    comment = msg("sent to {to}", to=_recipients(row))
    if refused:
        comment = msg(
            "sent to {to}; refused: {refused}",
            to=_recipients(row),
            refused="; ".join(f"{a} ({r})" for a, r in refused.items()),
        )
        row.last_error = str(comment)
    case = _case(session, row)
    if case is None:
        return
    system = Actor.system()
    if row.kind in STATUS_KINDS and case.direction == Direction.OUT and case.status in SENT_FROM:
        case.error_message = None
        apply_action(session, case, system, Action.SYSTEM_SENT, comment)
    else:
        note = msg("{kind} e-mail {comment}", kind=row.kind, comment=comment)
        record(session, case, system, "mail_sent", case.status, note, now)


def on_failed(
    session: Session,
    row: OutboxMessage,
    reason: str,
    permanent: bool,
    *,
    now: datetime | None = None,
) -> None:
    """Record a refusal: retry later with back-off, or give up and tell the clerk."""
    now = now or utcnow()
    row.attempts += 1
    row.last_error = reason[:2000]
    row.lease_owner = None
    row.lease_until = None
    if not permanent and row.attempts < MAX_ATTEMPTS:
        row.status = "pending"
        row.next_attempt_at = now + backoff(row.attempts)
        return
    if not permanent:
        reason = f"gave up after {row.attempts} attempts; last answer: {reason}"
        row.last_error = reason[:2000]
    row.status = "failed"
    case = _case(session, row)
    if case is None:
        return
    system = Actor.system()
    text = msg("e-mail to {to} failed: {reason}", to=_recipients(row), reason=reason)
    if row.kind in STATUS_KINDS and case.direction == Direction.OUT and case.status in FAILED_FROM:
        case.error_message = text[:2000]
        apply_action(session, case, system, Action.SYSTEM_SEND_FAILED, text)
    else:
        note = msg("{kind} {text}", kind=row.kind, text=text)
        record(session, case, system, "mail_failed", case.status, note, now)


def on_held(
    session: Session, row: OutboxMessage, code: str, reason: str, *, now: datetime | None = None
) -> None:
    """The e-mail waits for a usable mail server (``code``); it is tried again after a while."""
    now = now or utcnow()
    row.status = "held"
    row.hold_reason = code
    row.last_error = reason[:2000]
    row.lease_owner = None
    row.lease_until = None
    row.next_attempt_at = now + recheck_after(code)


def on_interrupted(
    session: Session, row: OutboxMessage, reason: str, *, now: datetime | None = None
) -> None:
    """Mark an e-mail whose delivery is unknown for review; the case keeps its status."""
    now = now or utcnow()
    row.status = "needs_review"
    row.last_error = reason[:2000]
    row.lease_owner = None
    row.lease_until = None
    row.fence += 1
    case = _case(session, row)
    if case is None:
        return
    record(
        session,
        case,
        Actor.system(),
        "mail_needs_review",
        case.status,
        msg(
            "sending interrupted ({reason}); check whether the customer received the "
            "{kind} e-mail to {to}",
            reason=reason,
            kind=row.kind,
            to=_recipients(row),
        ),
        now,
    )


def resolve_review(session: Session, row: OutboxMessage, actor: Actor, *, delivered: bool) -> None:
    """A clerk's decision on a needs-review e-mail: it arrived (sent) or send it again."""
    if row.status != "needs_review":
        raise ValueError(f"outbox row {row.id} is {row.status}, not needs_review")
    if delivered:
        on_accepted(session, row, response="confirmed by a clerk")
        return
    row.status = "pending"
    row.next_attempt_at = utcnow()
    row.fence += 1
    case = _case(session, row)
    if case is not None:
        record(
            session,
            case,
            actor,
            "mail_requeued",
            case.status,
            msg("{kind} e-mail queued again", kind=row.kind),
        )
