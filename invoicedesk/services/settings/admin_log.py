"""The administrators' change log: every change of users, roles, limits and company settings.

Each admin service writes one row in its own transaction (:func:`log_change`): who, when, what
(area and subject) and the changed values old -> new. Secrets (passwords) never appear — only
that they changed. The rows are append-only in the database and hash-chained
(:mod:`invoicedesk.store.audit`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from invoicedesk.domain.messages import msg
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.permissions import require_admin
from invoicedesk.store import audit
from invoicedesk.store.database import Database
from invoicedesk.store.models.audit import AdminLog
from invoicedesk.store.models.users import User
from invoicedesk.store.types import utcnow

#: what the log shows instead of a secret's value
SECRET = "(changed)"  # noqa: S105 - a placeholder, not a password
#: field names whose values are secrets
SECRET_FIELDS = frozenset({"password", "smtp_password", "secret"})


def changes_between(
    old: Mapping[str, Any] | None,
    new: Mapping[str, Any],
    secrets: Collection[str] = SECRET_FIELDS,
) -> list[list[Any]]:
    """``[field, old, new]`` for every field whose value differs (secrets as ``(changed)``)."""
    before = old or {}
    changes = []
    for name in sorted(set(before) | set(new)):
        a, b = audit.canonical(before.get(name)), audit.canonical(new.get(name))
        if a == b:
            continue
        if name in secrets:
            changes.append([name, None, SECRET])
        else:
            changes.append([name, a, b])
    return changes


def log_change(
    session: Session,
    actor: Actor | None,
    area: str,
    subject: str,
    action: str,
    changes: list[list[Any]],
) -> None:
    """Record one administrative change in the caller's transaction (nothing when
    ``changes`` is empty). ``actor`` is ``None`` for the set-up of a new database."""
    if not changes:
        return
    audit.append(
        session,
        AdminLog(
            at=utcnow(),
            user_id=actor.user_id if actor is not None else None,
            area=area,
            subject=subject[:120],
            action=action,
            changes=changes,
        ),
    )


@dataclass(frozen=True)
class LogEntry:
    """One change as the settings and the command line show it."""

    id: int
    at: datetime
    #: "Name (AB)"; empty for the application itself (first start, demo data)
    user: str
    area: str
    subject: str
    action: str
    changes: list[list[Any]]


def list_changes(db: Database, actor: Actor, limit: int = 500) -> list[LogEntry]:
    """The newest changes first (administrators only)."""
    with db.read() as s:
        require_admin(s, actor, msg("Reading the change log"))
        who = aliased(User)
        rows = s.execute(
            select(AdminLog, who.full_name, who.initials)
            .outerjoin(who, who.id == AdminLog.user_id)
            .order_by(AdminLog.id.desc())
            .limit(limit)
        ).all()
        return [
            LogEntry(
                row.id,
                row.at,
                f"{name} ({initials})" if name else "",
                row.area,
                row.subject,
                row.action,
                list(row.changes),
            )
            for row, name, initials in rows
        ]
