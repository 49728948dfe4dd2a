"""Writing e-mails to the outbox, inside the transaction of the action that causes them.

Nothing here talks to a mail server: :func:`enqueue` only adds a row, which the dispatcher
(:mod:`invoicedesk.services.mail.dispatcher`) sends once the transaction has committed. A
rolled-back action therefore never sends an e-mail, and a committed one never loses it.

A case has at most one e-mail of each purpose on its way (:data:`~invoicedesk.store.models.
outbox.PURPOSES`): :func:`enqueue` refuses a second one, and the database's unique index
refuses it too when two workstations queue at the same moment.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from email.utils import formataddr, parseaddr
from typing import NoReturn

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.domain.parties import normalize_email
from invoicedesk.store.models.documents import Blob
from invoicedesk.store.models.outbox import ACTIVE_STATUSES, OUTBOX_KINDS, PURPOSES, OutboxMessage
from invoicedesk.store.types import utcnow

MAX_SUBJECT = 900


def _address(value: str) -> tuple[str, str]:
    """``(as written, bare address)`` of ``a@b.de`` or ``Name <a@b.de>``; raises ValidationError."""
    text = value.strip()
    if "<" not in text:
        bare = normalize_email(text)
        return bare, bare
    name, addr = parseaddr(text)
    if not addr or not text.endswith(">"):
        raise ValidationError("{value!r} is not a valid e-mail address.", value=value)
    bare = normalize_email(addr)
    return (_display(name, bare) if name else bare), bare


def _display(name: str, bare: str) -> str:
    """``Name <a@b.de>`` kept readable (not RFC 2047 encoded; compose encodes it)."""
    if name.isascii():
        return formataddr((name, bare))
    if any(c in name for c in '()<>@,;:\\".[]'):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{bare}>"


def _addresses(values: Iterable[str], field: str, skip: set[str] | None = None) -> list[str]:
    """Checked addresses, each bare address once (and none of ``skip``)."""
    seen = set(skip or ())
    result: list[str] = []
    for value in values:
        try:
            written, bare = _address(value)
        except ValidationError as exc:
            raise ValidationError("{field}: {exc}", field=field, exc=exc) from None
        if bare.lower() not in seen:
            seen.add(bare.lower())
            result.append(written)
    return result


def bare_address(value: str) -> str:
    """The address part of ``Name <a@b.de>``."""
    return parseaddr(value)[1] or value


def new_message_id(domain: str) -> str:
    """A globally unique RFC 5322 Message-ID such as ``<3f2a…@firma.de>``."""
    return f"<{uuid.uuid4().hex}@{domain}>"


def enqueue(
    session: Session,
    *,
    case_id: int | None,
    kind: str,
    to: list[str],
    cc: list[str],
    subject: str,
    body_text: str,
    attachments: list[tuple[str, str, str]],
    reply_to: str | None = None,
    send_after: datetime | None = None,
) -> int:
    """Queue one e-mail in the caller's transaction and return its outbox id.

    ``attachments`` are ``(filename, mime type, sha256)`` of blobs already stored. Addresses are
    checked first; on any :class:`ValidationError` nothing is written. ``send_after`` (aware)
    delays the e-mail; by default it is due as soon as the transaction commits. A second e-mail
    of the same purpose for a case whose first one is still on its way is refused.
    """
    from invoicedesk.mail.settings import mail_domain

    if kind not in OUTBOX_KINDS:
        raise ValidationError(
            "Unknown e-mail kind {kind!r}; use one of {items}.",
            kind=kind,
            items=", ".join(OUTBOX_KINDS),
        )
    to_addrs = _addresses(to, "To")
    cc_addrs = _addresses(cc, "Cc", skip={bare_address(a).lower() for a in to_addrs})
    if not to_addrs:
        raise ValidationError("The e-mail has no recipient; enter at least one address.")
    reply = _address(reply_to)[0] if reply_to else None
    subject = " ".join(subject.split())
    if not subject:
        raise ValidationError("The e-mail has no subject.")
    if len(subject) > MAX_SUBJECT:
        raise ValidationError(
            "The subject is longer than {max_subject} characters.", max_subject=MAX_SUBJECT
        )
    if send_after is not None and send_after.tzinfo is None:
        raise ValidationError("send_after must be timezone-aware.")
    files = []
    for filename, mime, sha256 in attachments:
        if not filename or "/" not in mime:
            raise ValidationError(
                "The attachment {filename!r} has no valid name or type.", filename=filename
            )
        files.append({"filename": filename, "mime": mime, "sha256": sha256})
    wanted = {f["sha256"] for f in files}
    if wanted:
        found = set(session.scalars(select(Blob.sha256).where(Blob.sha256.in_(wanted))))
        if wanted - found:
            raise NotFound(
                "The attachment content {value} is not stored.", value=sorted(wanted - found)[0]
            )
    purpose = PURPOSES.get(kind)
    if case_id is not None and purpose is not None and active_mail(session, case_id, purpose):
        _refuse_second()
    now = utcnow()
    row = OutboxMessage(
        case_id=case_id,
        kind=kind,
        purpose=purpose,
        message_id=new_message_id(mail_domain(session)),
        to_addrs=to_addrs,
        cc_addrs=cc_addrs,
        reply_to=reply,
        subject=subject,
        body_text=body_text,
        attachments=files,
        status="pending",
        attempts=0,
        next_attempt_at=send_after or now,
        fence=0,
        created_at=now,
    )
    session.flush()  # the caller's changes first: an IntegrityError below is this row's
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:  # another workstation queued the same e-mail a moment ago
        _refuse_second()
    return row.id


def _refuse_second() -> NoReturn:
    raise ValidationError(
        "This case already has such an e-mail on its way; it is not queued a second time."
    )


def active_mail(session: Session, case_id: int, purpose: str) -> OutboxMessage | None:
    """The case's e-mail of ``purpose`` that is still on its way (pending, held, being sent)."""
    return session.scalar(
        select(OutboxMessage)
        .where(
            OutboxMessage.case_id == case_id,
            OutboxMessage.purpose == purpose,
            OutboxMessage.status.in_(ACTIVE_STATUSES),
        )
        .limit(1)
    )


def withdraw(session: Session, case_id: int, purposes: Iterable[str], reason: str) -> list[int]:
    """Cancel the case's e-mails of ``purposes`` not handed to a dispatcher yet (pending or
    held); returns their ids. E-mails being sent right now are left alone."""
    rows = session.scalars(
        select(OutboxMessage)
        .where(
            OutboxMessage.case_id == case_id,
            OutboxMessage.purpose.in_(list(purposes)),
            OutboxMessage.status.in_(("pending", "held")),
        )
        .with_for_update()
    ).all()
    for row in rows:
        row.status = "canceled"
        row.fence += 1
        row.last_error = reason[:2000]
    return [row.id for row in rows]


#: outbox status -> what it means to a clerk following an e-mail (billing and dunning runs)
MAIL_STATES = {
    "pending": "queued", "claimed": "queued", "sending": "queued", "held": "waiting",
    "sent": "sent", "failed": "failed", "needs_review": "failed", "canceled": "withdrawn",
}  # fmt: skip


def mail_reason(status: str | None, hold_reason: str | None, last_error: str | None) -> str | None:
    """Why an e-mail waits (its hold code) or the server's answer when it failed."""
    if status == "held":
        return hold_reason
    return last_error if status in ("failed", "needs_review") else None


@dataclass(frozen=True)
class OutboxCounts:
    """How many e-mails wait, and how many need a clerk (for the status bar).

    ``held`` e-mails wait for a usable mail server; ``held_reason`` is the most frequent
    reason code among them (:mod:`invoicedesk.mail.hold`).
    """

    pending: int
    in_progress: int
    failed: int
    needs_review: int
    held: int = 0
    held_reason: str | None = None


def outbox_counts(session: Session) -> OutboxCounts:
    """Counts of outbox rows by what they mean to a clerk."""
    rows = dict(
        session.execute(
            select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
        ).all()
    )
    held = int(rows.get("held", 0))
    reason = None
    if held:
        reason = session.scalar(
            select(OutboxMessage.hold_reason)
            .where(OutboxMessage.status == "held")
            .group_by(OutboxMessage.hold_reason)
            .order_by(func.count().desc(), OutboxMessage.hold_reason)
            .limit(1)
        )
    return OutboxCounts(
        pending=int(rows.get("pending", 0)),
        in_progress=int(rows.get("claimed", 0)) + int(rows.get("sending", 0)),
        failed=int(rows.get("failed", 0)),
        needs_review=int(rows.get("needs_review", 0)),
        held=held,
        held_reason=reason,
    )


def cancel(session: Session, outbox_id: int) -> bool:
    """Cancel an e-mail that has not been handed to a dispatcher yet; False if too late."""
    row = session.scalar(
        select(OutboxMessage).where(OutboxMessage.id == outbox_id).with_for_update()
    )
    if row is None:
        raise NotFound(
            "There is no e-mail with the id {outbox_id} in the outbox.", outbox_id=outbox_id
        )
    if row.status not in ("pending", "held", "failed", "needs_review"):
        return False
    row.status = "canceled"
    row.fence += 1
    return True


@dataclass(frozen=True)
class Withdrawn:
    """What became of the e-mails of a case that was canceled: ``withdrawn`` were never
    handed to a mail server and will not be; ``too_late`` were being handed over or may have
    been (``sending``, ``needs_review``) and could not be withdrawn."""

    withdrawn: list[OutboxMessage]
    too_late: list[OutboxMessage]


def withdraw_for_case(session: Session, case_id: int) -> Withdrawn:
    """Withdraw every e-mail of a case that no dispatcher has handed over yet (in the caller's
    transaction, the case row locked first): ``pending``, ``failed`` and ``claimed`` ones —
    a dispatcher's claim is fenced, so it skips the row. Sent ones are left as they are."""
    open_ = ("pending", "failed", "claimed", "sending", "needs_review")
    rows = list(
        session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.case_id == case_id, OutboxMessage.status.in_(open_))
            .order_by(OutboxMessage.id)
            .with_for_update()
        )
    )
    withdrawn, too_late = [], []
    for row in rows:
        if row.status in ("sending", "needs_review"):
            too_late.append(row)
            continue
        row.status, row.fence = "canceled", row.fence + 1
        row.lease_owner = row.lease_until = None
        row.last_error = "withdrawn: the case was canceled"
        withdrawn.append(row)
    return Withdrawn(withdrawn, too_late)
