"""Is the mail server usable? Asked before an invoice is sent, by the status bar and the case.

:func:`mail_readiness` reads the settings (no server, no sender, no password) and what the
dispatchers found last (e-mails *held* because the server refused the login, our sender or its
certificate, or could not be reached) - without connecting to the server, so it is quick enough
to ask before every *Send*. :func:`release_held` makes the held e-mails due at once; the one
saving path of the mail server (:func:`invoicedesk.services.settings.mail_server.save_mail_server`)
calls it, so they go out with the next dispatcher pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from invoicedesk.domain.errors import ConfigurationError
from invoicedesk.domain.messages import Message
from invoicedesk.mail.hold import SETTINGS_REASONS, hold_code, hold_text
from invoicedesk.mail.settings import load_smtp_settings
from invoicedesk.store.database import Database
from invoicedesk.store.models.outbox import OutboxMessage
from invoicedesk.store.types import utcnow


@dataclass(frozen=True)
class MailReadiness:
    """Whether e-mails can go out now, and if not: why (``hold`` code and the sentence)."""

    ready: bool
    hold: str | None = None
    #: the full explanation for a dialog (the settings' own error, or the server's answer)
    detail: str | None = None
    #: e-mails waiting for a usable mail server
    waiting: int = 0
    #: since when the oldest of them waits
    since: datetime | None = None

    @property
    def reason(self) -> Message | None:
        """The short reason ("no mail server"), for a status bar or a badge."""
        return hold_text(self.hold) if not self.ready else None


def readiness_in(session: Session) -> MailReadiness:
    """:func:`mail_readiness` inside the caller's transaction."""
    waiting, since = session.execute(
        select(func.count(), func.min(OutboxMessage.created_at)).where(
            OutboxMessage.status == "held"
        )
    ).one()
    try:
        settings = load_smtp_settings(session)
        settings.sender_address  # noqa: B018 - raises when the settings name no sender
        settings.password()  # raises when the password is missing from the keyring
    except ConfigurationError as exc:  # the keyring's absence included
        return MailReadiness(False, hold_code(exc), str(exc), int(waiting), since)
    last = session.execute(
        select(OutboxMessage.hold_reason, OutboxMessage.last_error)
        .where(OutboxMessage.status == "held", OutboxMessage.hold_reason.is_not(None))
        .order_by(OutboxMessage.next_attempt_at.desc())
        .limit(1)
    ).first()
    if last is not None and last[0] not in SETTINGS_REASONS:
        # the settings look fine, but the server said no the last time it was tried
        return MailReadiness(False, last[0], last[1], int(waiting), since)
    return MailReadiness(True, waiting=int(waiting), since=since)


def mail_readiness(db: Database) -> MailReadiness:
    """Whether a queued e-mail would go out now (settings, and the server's last answer)."""
    with db.read() as s:
        return readiness_in(s)


def release_held(session: Session) -> int:
    """Make every held e-mail due now (the settings changed); returns how many."""
    result = session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.status == "held")
        .values(status="pending", hold_reason=None, next_attempt_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]

