"""Administering users: roles, approval limit, active flag, new password.

Creating users is :func:`invoicedesk.services.settings.users.add_user`. Everything here needs
an active administrator, checked in the changing transaction; the last active administrator
cannot lose the admin role or be deactivated. Every change goes to the admin log (the password
only as "changed").
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.domain.enums import Role
from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.money import check_amount, round_cents
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.permissions import require_admin
from invoicedesk.services.settings.admin_log import SECRET, changes_between, log_change
from invoicedesk.services.settings.users import (
    UserInfo,
    _info,
    admin_ids,
    hash_password,
    user_values,
)
from invoicedesk.store.database import Database
from invoicedesk.store.models.users import User, UserRole


def _role_codes(roles: list[str]) -> list[str]:
    if not roles:
        raise ValidationError("A user needs at least one role (clerk, reviewer, approver, admin).")
    try:
        return sorted({Role(r.strip().lower()).value for r in roles})
    except ValueError:
        raise ValidationError("Unknown role in {items}.", items=", ".join(roles)) from None


def update_user(
    db: Database,
    actor: Actor,
    user_id: int,
    *,
    roles: list[str] | None = None,
    approval_limit: Decimal | None = None,
    active: bool | None = None,
    password: str | None = None,
) -> UserInfo:
    """Change a user's roles, limit, active flag and password (each only when given);
    administrators only, logged."""
    role_set = _role_codes(roles) if roles is not None else None
    if approval_limit is not None and approval_limit < 0:
        raise ValidationError("The approval limit cannot be negative.")
    if approval_limit is not None:
        check_amount(approval_limit, msg("approval limit"))
    if password is not None and len(password) < 8:
        raise ValidationError("The password must have at least 8 characters.")
    with db.write() as s:
        require_admin(s, actor, msg("Changing users"))
        user = s.get(User, user_id)
        if user is None:
            raise NotFound("There is no user with the id {user_id}.", user_id=user_id)
        before = user_values(_info(user))
        new_roles = role_set if role_set is not None else user.role_names
        new_active = user.active if active is None else active
        _keep_an_admin(s, user, new_roles, new_active)
        if role_set is not None and role_set != user.role_names:
            user.roles = [UserRole(role=r) for r in role_set]
        if approval_limit is not None:
            user.approval_limit = round_cents(approval_limit)
        user.active = new_active
        if password is not None:
            user.password_hash = hash_password(password)
        s.flush()
        info = _info(user)
        changes = changes_between(before, user_values(info))
        if password is not None:
            changes.append(["password", None, SECRET])
        action = "deactivate" if before["active"] and not info.active else "change"
        log_change(s, actor, "user", info.login, action, changes)
        return info


def _keep_an_admin(session: Session, user: User, roles: list[str], active: bool) -> None:
    """Refuse to take away the admin role or the active flag of the last active admin."""
    losing_admin = Role.ADMIN.value in user.role_names and (
        Role.ADMIN.value not in roles or not active
    )
    if losing_admin and set(admin_ids(session)) <= {user.id}:
        raise ValidationError(
            "At least one active administrator must remain; make someone else admin first."
        )


def user_id_of(db: Database, login: str) -> int:
    """The id of the user with ``login``; raises ``NotFound``."""
    with db.read() as s:
        user_id = s.scalar(select(User.id).where(User.login == login.strip()))
    if user_id is None:
        raise NotFound("There is no user with the login {login!r}.", login=login)
    return int(user_id)


def deactivate_user(db: Database, actor: Actor, login: str) -> UserInfo:
    """Deactivate a user: he can no longer log in, and his open sessions can act no more."""
    return update_user(db, actor, user_id_of(db, login), active=False)


def set_roles(
    db: Database, actor: Actor, login: str, roles: list[str], approval_limit: Decimal | None = None
) -> UserInfo:
    """Replace a user's roles (and approval limit when given)."""
    return update_user(db, actor, user_id_of(db, login), roles=roles, approval_limit=approval_limit)


def reset_password(db: Database, actor: Actor, user_id: int, password: str) -> UserInfo:
    """Give a user a new password (the log says only that it changed)."""
    return update_user(db, actor, user_id, password=password)
