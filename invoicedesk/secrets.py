"""Access to secrets (database and SMTP passwords, shop API keys) through the OS keyring only.

Nothing here writes a secret to a file or to the database. When no usable keyring backend is
present, :class:`KeyringUnavailable` says so plainly; callers then ask for the password each
session instead of falling back to plaintext.
"""

from __future__ import annotations

import contextlib

import keyring
from keyring.errors import KeyringError, NoKeyringError

from invoicedesk.domain.errors import ConfigurationError

SERVICE = "InvoiceDesk"

#: secrets typed in for this session only (no keyring): never written anywhere
_SESSION: dict[str, str] = {}


class KeyringUnavailable(ConfigurationError):
    """No secure keyring backend is available on this machine."""


def _backend_usable() -> bool:
    backend = keyring.get_keyring()
    priority = getattr(backend, "priority", 0)
    name = type(backend).__name__
    return not (name in {"Keyring", "NullKeyring"} and priority <= 0) and priority > 0


def secret_key(kind: str, name: str) -> str:
    """The keyring user name for a secret, e.g. ``db:postgres@server:5432/invoicedesk``."""
    return f"{kind}:{name}"


def keyring_available() -> bool:
    """Whether a secure keyring backend (Credential Locker, Keychain, Secret Service) is there."""
    try:
        return _backend_usable()
    except Exception:  # a broken backend counts as none
        return False


def backend_name() -> str:
    """A short name of the keyring backend in use, for the settings and the log."""
    return type(keyring.get_keyring()).__name__


def forget_session_secrets() -> None:
    """Drop every secret typed in for this session (log-out, tests)."""
    _SESSION.clear()


def remember_for_session(kind: str, name: str, value: str) -> None:
    """Keep a secret in memory until the process ends (when no keyring can store it)."""
    _SESSION[secret_key(kind, name)] = value


def get_secret(kind: str, name: str) -> str | None:
    """Read a secret; ``None`` when none is stored. Raises :class:`KeyringUnavailable`.

    A secret typed in for this session (:func:`remember_for_session`) comes first.
    """
    session_value = _SESSION.get(secret_key(kind, name))
    if session_value is not None:
        return session_value
    if not _backend_usable():
        raise KeyringUnavailable(
            "No secure password store (keyring) is available on this computer; "
            "enter the password each session instead."
        )
    try:
        return keyring.get_password(SERVICE, secret_key(kind, name))
    except (NoKeyringError, KeyringError) as exc:
        raise KeyringUnavailable("The password store could not be read: {exc}", exc=exc) from exc


def set_secret(kind: str, name: str, value: str) -> None:
    """Store a secret in the OS keyring."""
    if not _backend_usable():
        raise KeyringUnavailable(
            "No secure password store (keyring) is available on this computer; "
            "the password cannot be saved."
        )
    try:
        keyring.set_password(SERVICE, secret_key(kind, name), value)
    except (NoKeyringError, KeyringError) as exc:
        raise KeyringUnavailable("The password could not be saved: {exc}", exc=exc) from exc
    _SESSION.pop(secret_key(kind, name), None)  # the stored one counts from now on
    _SESSION.pop(secret_key(kind, name), None)  # the stored one counts from now on


def delete_secret(kind: str, name: str) -> None:
    """Remove a stored secret if present."""
    _SESSION.pop(secret_key(kind, name), None)
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(SERVICE, secret_key(kind, name))
