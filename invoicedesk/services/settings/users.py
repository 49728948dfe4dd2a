"""Users: creation, password hashing (argon2id), log-in, and the actor used for permissions."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from invoicedesk.domain.enums import Role
from invoicedesk.domain.errors import InvoiceDeskError, NotFound, ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.money import check_amount
from invoicedesk.domain.workflow import Actor
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
        """The permission subject for this user."""
        return Actor(
            user_id=self.id,
            roles=frozenset(Role(r) for r in self.roles),
            approval_limit=self.approval_limit,
            initials=self.initials,
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
) -> UserInfo:
    """Create a user. Refuses duplicate logins, unknown roles, weak or empty passwords."""
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
        exists = s.scalar(select(func.count()).select_from(User).where(User.login == login))
        if exists:
            raise ValidationError("A user with the login {login!r} already exists.", login=login)
        user = User(
            login=login,
            full_name=full_name.strip() or login,
            initials=initials,
            email=email,
            password_hash=hash_password(password),
            approval_limit=approval_limit,
            active=True,
        )
        user.roles = [UserRole(role=r.value) for r in role_set]
        s.add(user)
        s.flush()
        return _info(user)


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
