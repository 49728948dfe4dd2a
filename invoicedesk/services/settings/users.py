"""Users: creation, password hashing (argon2id), log-in, and the actor that names a user.

Once an active administrator exists, only an administrator creates users (checked in the
creating transaction); the very first user of an empty database is created without one.
Every new user is recorded in the admin log.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from invoicedesk.domain.authority import Rights
from invoicedesk.domain.enums import Role
from invoicedesk.domain.errors import ActionRefused, InvoiceDeskError, NotFound, ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.money import check_amount, round_cents
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.permissions import require_admin
from invoicedesk.services.settings.admin_log import SECRET, changes_between, log_change
from invoicedesk.store.database import Database
from invoicedesk.store.models.users import User, UserRole

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


class LoginFailed(InvoiceDeskError):
    """Wrong user name or password (deliberately not saying which)."""


@dataclass(frozen=True)
class UserInfo:
    """A user as the GUI and CLI see it."""

    id: int
    login: str
    full_name: str
    initials: str
    roles: tuple[str, ...]
    approval_limit: Decimal
    active: bool

    def actor(self) -> Actor:
        """The actor naming this user (its rights are read from the database per action)."""
        return Actor(user_id=self.id, initials=self.initials)

    def rights(self) -> Rights:
        """The rights this user had when this info was read (the GUI's first guess only)."""
        return Rights(
            user_id=self.id,
            roles=frozenset(Role(r) for r in self.roles if r in {x.value for x in Role}),
            approval_limit=self.approval_limit,
            active=self.active,
        )


def hash_password(password: str) -> str:
    """argon2id hash of a password."""
    return _hasher.hash(password)


def _info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id,
        login=user.login,
        full_name=user.full_name,
        initials=user.initials,
        roles=tuple(user.role_names),
        approval_limit=user.approval_limit,
        active=user.active,
    )


def add_user(
    db: Database,
    login: str,
    *,
    full_name: str,
    initials: str,
    roles: list[str],
    password: str,
    approval_limit: Decimal = Decimal("0"),
    email: str | None = None,
    actor: Actor | None = None,
) -> UserInfo:
    """Create a user. Refuses duplicate logins, unknown roles, weak or empty passwords, and —
    once an active administrator exists — anyone but an administrator as ``actor``."""
    login = login.strip()
    if not login or len(login) > 64:
        raise ValidationError("The login name must be 1 to 64 characters long.")
    initials = initials.strip().upper()
    if not 1 <= len(initials) <= 8:
        raise ValidationError("The initials must be 1 to 8 characters long.")
    if not roles:
        raise ValidationError("A user needs at least one role (clerk, reviewer, approver, admin).")
    try:
        role_set = sorted({Role(r.strip().lower()) for r in roles})
    except ValueError:
        raise ValidationError(
            "Unknown role in {items}; use clerk, reviewer, approver or admin.",
            items=", ".join(roles),
        ) from None
    if len(password) < 8:
        raise ValidationError("The password must have at least 8 characters.")
    if approval_limit < 0:
        raise ValidationError("The approval limit cannot be negative.")
    check_amount(approval_limit, msg("approval limit"))
    with db.write() as s:
        _require_creator(s, actor)
        exists = s.scalar(select(func.count()).select_from(User).where(User.login == login))
        if exists:
            raise ValidationError("A user with the login {login!r} already exists.", login=login)
        user = User(
            login=login,
            full_name=full_name.strip() or login,
            initials=initials,
            email=email,
            password_hash=hash_password(password),
            approval_limit=round_cents(approval_limit),
            active=True,
        )
        user.roles = [UserRole(role=r.value) for r in role_set]
        s.add(user)
        s.flush()
        info = _info(user)
        new = {**user_values(info), "password": SECRET}
        log_change(s, actor, "user", info.login, "create", changes_between(None, new))
        return info


def user_values(info: UserInfo) -> dict[str, object]:
    """What the admin log compares of a user."""
    return {
        "full_name": info.full_name,
        "initials": info.initials,
        "roles": list(info.roles),
        "approval_limit": info.approval_limit,
        "active": info.active,
    }


def admin_ids(session: Session) -> list[int]:
    """The ids of the active administrators."""
    query = select(User.id).join(UserRole).where(UserRole.role == Role.ADMIN.value, User.active)
    return list(session.scalars(query))


def _require_creator(session: Session, actor: Actor | None) -> None:
    """Only an administrator creates users once an active administrator exists."""
    if actor is not None:
        if actor.is_system or not admin_ids(session):
            return
        require_admin(session, actor, msg("Creating a user"))
    elif admin_ids(session):
        raise ActionRefused(
            msg("Creating a user"),
            msg("an administrator must do this, since one exists (log in or use --as LOGIN)"),
        )


def authenticate(db: Database, login: str, password: str) -> UserInfo:
    """Check a login; returns the user or raises :class:`LoginFailed`."""
    with db.read() as s:
        user = s.scalar(select(User).where(User.login == login.strip()))
        if user is None or not user.active:
            _hasher.hash(password)  # same cost as a real check, so timing says nothing
            raise LoginFailed("Unknown user name or wrong password.")
        try:
            _hasher.verify(user.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            raise LoginFailed("Unknown user name or wrong password.") from None
        info = _info(user)
        needs_rehash = _hasher.check_needs_rehash(user.password_hash)
    if needs_rehash:
        with db.write() as s:
            fresh = s.get(User, info.id)
            if fresh is not None:
                fresh.password_hash = hash_password(password)
    return info


def get_user(session: Session, user_id: int) -> UserInfo:
    """Load one user."""
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("There is no user with the id {user_id}.", user_id=user_id)
    return _info(user)


def list_users(db: Database) -> list[UserInfo]:
    """All users, by login."""
    with db.read() as s:
        return [_info(u) for u in s.scalars(select(User).order_by(User.login))]


def user_count(db: Database) -> int:
    """Number of users (0 means: first start, create an admin)."""
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(User)) or 0)
