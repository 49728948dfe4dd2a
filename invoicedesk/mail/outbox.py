"""Writing e-mails to the outbox, inside the transaction of the action that causes them.

Nothing here talks to a mail server: :func:`enqueue` only adds a row, which the dispatcher
(:mod:`invoicedesk.services.mail.dispatcher`) sends once the transaction has committed. A
rolled-back action therefore never sends an e-mail, and a committed one never loses it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from email.utils import formataddr, parseaddr

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.domain.parties import normalize_email
from invoicedesk.store.models.documents import Blob
from invoicedesk.store.models.outbox import OUTBOX_KINDS, OutboxMessage
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
    delays the e-mail; by default it is due as soon as the transaction commits.
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
    now = utcnow()
    row = OutboxMessage(
        case_id=case_id,
        kind=kind,
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
    session.add(row)
    session.flush()
    return row.id


@dataclass(frozen=True)
class OutboxCounts:
    """How many e-mails wait, and how many need a clerk (for the status bar)."""

    pending: int
    in_progress: int
    failed: int
    needs_review: int


def outbox_counts(session: Session) -> OutboxCounts:
    """Counts of outbox rows by what they mean to a clerk."""
    rows = dict(
        session.execute(
            select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
        ).all()
    )
    return OutboxCounts(
        pending=int(rows.get("pending", 0)),
        in_progress=int(rows.get("claimed", 0)) + int(rows.get("sending", 0)),
        failed=int(rows.get("failed", 0)),
        needs_review=int(rows.get("needs_review", 0)),
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
    if row.status not in ("pending", "failed", "needs_review"):
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
