"""The acting user's rights, read from the user row inside the caller's transaction.

An :class:`~invoicedesk.domain.workflow.Actor` only names a user. Every service that checks a
permission calls :func:`load_rights` (or one of the ``require_*`` helpers) with its own session,
so the roles, the approval limit and the active flag are those stored *now*: an administrator's
change takes effect at the next action of every open session, and a caller cannot pass roles or
a limit of its own. On PostgreSQL the user row is read ``FOR SHARE``, so an administrator's
change waits for the actions already under way and the next ones see it.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.domain.authority import Rights, role_refusal
from invoicedesk.domain.enums import Role
from invoicedesk.domain.errors import ActionRefused
from invoicedesk.domain.workflow import Actor
from invoicedesk.store.database import Database
from invoicedesk.store.models.users import User, UserRole

#: ``session.info`` key of the rights read in this transaction (user id -> Rights)
_CACHE = "invoicedesk.rights"
_ROLE_CODES = frozenset(role.value for role in Role)


def load_rights(session: Session, actor: Actor) -> Rights:
    """The rights of ``actor`` as stored in its user row (the application has all of them).

    An unknown user has none and counts as deactivated. Read once per transaction.
    """
    if actor.is_system:
        return Rights.system()
    if actor.user_id is None:
        return Rights(user_id=None, active=False)
    cache: dict[int, Rights] = session.info.setdefault(_CACHE, {})
    known = cache.get(actor.user_id)
    if known is not None:
        return known
    query = (
        select(User.active, User.approval_limit, UserRole.role)
        .outerjoin(UserRole, UserRole.user_id == User.id)
        .where(User.id == actor.user_id)
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(read=True, of=User)
    rows = session.execute(query).all()
    if not rows:
        rights = Rights(user_id=actor.user_id, active=False)
    else:
        active, limit, _role = rows[0]
        rights = Rights(
            user_id=actor.user_id,
            roles=frozenset(Role(role) for _a, _l, role in rows if role in _ROLE_CODES),
            approval_limit=Decimal(limit),
            active=bool(active),
        )
    cache[actor.user_id] = rights
    return rights


def require_roles(session: Session, actor: Actor, roles: Iterable[Role], what: str) -> Rights:
    """Refuse ``what`` unless the actor is active and holds one of ``roles`` (or is an admin);
    returns the rights read."""
    rights = load_rights(session, actor)
    reason = role_refusal(rights, roles)
    if reason is not None:
        raise ActionRefused(what, reason)
    return rights


def require_admin(session: Session, actor: Actor, what: str) -> Rights:
    """Refuse company-wide changes by anyone but an active administrator."""
    return require_roles(session, actor, (Role.ADMIN,), what)


def require_clerk(session: Session, actor: Actor, what: str) -> Rights:
    """Refuse ``what`` to users without the clerk role (admins and the application may)."""
    return require_roles(session, actor, (Role.CLERK,), what)


def current_rights(db: Database, actor: Actor) -> Rights:
    """The actor's rights now, in a read of their own (for the GUI to offer actions)."""
    with db.read() as s:
        return load_rights(s, actor)
