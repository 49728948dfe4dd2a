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


def get_secret(kind: str, name: str) -> str | None:
    """Read a secret; ``None`` when none is stored. Raises :class:`KeyringUnavailable`."""
    if not _backend_usable():
        raise KeyringUnavailable(
            "No secure password store (keyring) is available on this computer; "
            "enter the password each session instead."
        )
    try:
        return keyring.get_password(SERVICE, secret_key(kind, name))
    except (NoKeyringError, KeyringError) as exc:
        raise KeyringUnavailable(f"The password store could not be read: {exc}") from exc


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
        raise KeyringUnavailable(f"The password could not be saved: {exc}") from exc


def delete_secret(kind: str, name: str) -> None:
    """Remove a stored secret if present."""
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(SERVICE, secret_key(kind, name))
