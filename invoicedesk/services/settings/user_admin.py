"""Administering users from the settings: roles, approval limit, active flag, new password.

Creating users is :func:`invoicedesk.services.settings.users.add_user`; everything here needs the
role
admin, and the last active administrator cannot take his own admin role away or be disabled.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from invoicedesk.domain.enums import Role
from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.money import check_amount
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.settings.registry import require_admin
from invoicedesk.services.settings.users import UserInfo, _info, hash_password
from invoicedesk.store.database import Database
from invoicedesk.store.models.users import User, UserRole


def update_user(
    db: Database,
    actor: Actor,
    user_id: int,
    *,
    roles: list[str],
    approval_limit: Decimal,
    active: bool,
    password: str | None = None,
) -> UserInfo:
    """Change a user's roles, limit and active flag (and password when given); admins only."""
    require_admin(actor, msg("Changing users"))
    if not roles:
        raise ValidationError("A user needs at least one role (clerk, reviewer, approver, admin).")
    try:
        role_set = sorted({Role(r).value for r in roles})
    except ValueError:
        raise ValidationError("Unknown role in {items}.", items=", ".join(roles)) from None
    if approval_limit < 0:
        raise ValidationError("The approval limit cannot be negative.")
    check_amount(approval_limit, msg("approval limit"))
    if password is not None and len(password) < 8:
        raise ValidationError("The password must have at least 8 characters.")
    with db.write() as s:
        user = s.get(User, user_id)
        if user is None:
            raise NotFound("There is no user with the id {user_id}.", user_id=user_id)
        losing_admin = "admin" in user.role_names and ("admin" not in role_set or not active)
        if losing_admin:
            admins = s.scalars(
                select(User.id).join(UserRole).where(UserRole.role == "admin", User.active)
            ).all()
            if set(admins) <= {user_id}:
                raise ValidationError(
                    "At least one active administrator must remain; make someone else admin first."
                )
        user.roles = [UserRole(role=r) for r in role_set]
        user.approval_limit = approval_limit
        user.active = active
        if password is not None:
            user.password_hash = hash_password(password)
        s.flush()
        return _info(user)
