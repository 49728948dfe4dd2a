"""The company's mail server (the ``smtp`` setting) and its password in the keyring.

Administrators change it through :func:`save_mail_server` (checked and logged in one
transaction, which also releases the e-mails held for a usable server); the first start stores
it with :func:`put_mail_server` in its own transaction. The password never reaches the database
or the log — the log says only that it changed — but goes to this workstation's keyring.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from invoicedesk import secrets
from invoicedesk.domain.messages import msg
from invoicedesk.domain.workflow import Actor
from invoicedesk.mail.settings import SETTING_KEY, SmtpSettings
from invoicedesk.services.mail.readiness import release_held
from invoicedesk.services.permissions import require_admin
from invoicedesk.services.settings.admin_log import SECRET, changes_between, log_change
from invoicedesk.store.database import Database
from invoicedesk.store.models.config import Setting
from invoicedesk.store.types import utcnow


def smtp_to_json(smtp: SmtpSettings) -> dict[str, Any]:
    """The stored form of the ``smtp`` setting (read by :mod:`invoicedesk.mail.settings`)."""
    return {
        "host": smtp.host, "port": smtp.port, "security": smtp.security, "user": smtp.user,
        "sender": smtp.sender, "reply_to": smtp.reply_to, "timeout": smtp.timeout,
        "cafile": smtp.cafile,
    }  # fmt: skip


def store_smtp_password(smtp: SmtpSettings, password: str | None) -> str | None:
    """Put the mail password into the keyring; returns a note for the clerk if it cannot.

    Without a keyring the password is kept for this session only (never written anywhere).
    """
    if not smtp.user or not password:
        return None
    try:
        secrets.set_secret("smtp", smtp.keyring_name, password)
    except secrets.KeyringUnavailable as exc:
        secrets.remember_for_session("smtp", smtp.keyring_name, password)
        return f"{exc} The mail password is kept until InvoiceDesk is closed."
    return None


def put_mail_server(
    session: Session, actor: Actor | None, smtp: SmtpSettings, password_changed: bool = False
) -> None:
    """Store the mail server in the caller's transaction and log what changed (``actor``
    ``None``: the set-up of a new database)."""
    row = session.get(Setting, SETTING_KEY)
    before = dict(row.value) if row is not None and isinstance(row.value, dict) else None
    value = smtp_to_json(smtp)
    changes = changes_between(before, value)
    if password_changed:
        changes.append(["password", None, SECRET])
    log_change(session, actor, "setting", SETTING_KEY, "change", changes)
    if row is None:
        session.add(Setting(key=SETTING_KEY, value=value, updated_at=utcnow()))
    else:
        row.value, row.updated_at = value, utcnow()


def save_mail_server(
    db: Database, actor: Actor, smtp: SmtpSettings, password: str | None = None
) -> str | None:
    """Change the mail server (administrators only, logged), release the e-mails held for a
    usable server (they go out with the next dispatcher pass) and put a new password into this
    workstation's keyring; returns a note for the clerk when the keyring cannot keep it."""
    with db.write() as s:
        require_admin(s, actor, msg("Changing the mail server"))
        put_mail_server(s, actor, smtp, password_changed=bool(smtp.user and password))
        release_held(s)
    return store_smtp_password(smtp, password)
