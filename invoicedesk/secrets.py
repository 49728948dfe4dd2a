"""Access to secrets (database and SMTP passwords, shop API keys) through the OS keyring only.

Nothing here writes a secret to a file or to the database. When no usable keyring backend is
present, :class:`KeyringUnavailable` says so plainly; callers then ask for the password each
session instead of falling back to plaintext.

Only secure backends count (Windows Credential Locker, macOS Keychain, Secret Service/KWallet
...): the plain-text and merely encoded file backends of ``keyrings.alt`` never do, even when
that package is installed (the ``[dev]`` extra brings it for the tests) and keyring ranks it
first. When keyring chains several backends, the secure ones are used and the rest ignored.
Tests opt in to a file backend in a temporary folder explicitly with
:func:`allow_backend_for_tests`. Every secret that passes through here is also handed to
:func:`invoicedesk.redaction.remember`, so it never shows in a message or the log.
"""

from __future__ import annotations

import contextlib

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, NoKeyringError

from invoicedesk.domain.errors import ConfigurationError
from invoicedesk.redaction import remember

SERVICE = "InvoiceDesk"

#: secrets typed in for this session only (no keyring): never written anywhere
_SESSION: dict[str, str] = {}


class KeyringUnavailable(ConfigurationError):
    """No secure keyring backend is available on this machine."""


#: modules of backends that keep secrets in plain or merely encoded files, or nowhere
INSECURE_MODULES = ("keyrings.alt", "keyring.backends.null", "keyring.backends.fail")
#: backend classes a test allowed (:func:`allow_backend_for_tests`)
_allowed_for_tests: set[type[KeyringBackend]] = set()


def allow_backend_for_tests(kind: type[KeyringBackend] | None) -> None:
    """Tests only: accept this backend class (a file keyring in a temp folder) as if it were
    secure; ``None`` withdraws every such permission."""
    if kind is None:
        _allowed_for_tests.clear()
    else:
        _allowed_for_tests.add(kind)


def is_secure(backend: KeyringBackend) -> bool:
    """Whether a single backend keeps secrets safely (not keyrings.alt, null or fail)."""
    if type(backend) in _allowed_for_tests:
        return True
    if type(backend).__module__.startswith(INSECURE_MODULES):
        return False
    try:
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:  # a backend that cannot even say its priority is not usable
        return False


def secure_backend() -> KeyringBackend | None:
    """The backend to use: keyring's choice if it is secure, the secure ones of a chain (the
    best if the chain mixes in insecure ones), or ``None``."""
    chosen: KeyringBackend = keyring.get_keyring()
    members: list[KeyringBackend] = list(getattr(chosen, "backends", None) or [chosen])
    secure = [b for b in members if is_secure(b)]
    if not secure:
        return None
    if len(secure) == len(members):
        return chosen
    return max(secure, key=lambda b: getattr(b, "priority", 0))


def _backend() -> KeyringBackend:
    """The secure backend, or :class:`KeyringUnavailable`."""
    backend = secure_backend()
    if backend is None:
        raise KeyringUnavailable(
            "No secure password store (keyring) is available on this computer; "
            "enter the password each session instead."
        )
    return backend


def secret_key(kind: str, name: str) -> str:
    """The keyring user name for a secret, e.g. ``db:postgres@server:5432/invoicedesk``."""
    return f"{kind}:{name}"


def keyring_available() -> bool:
    """Whether a secure keyring backend (Credential Locker, Keychain, Secret Service) is there."""
    try:
        return secure_backend() is not None
    except Exception:  # a broken backend counts as none
        return False


def backend_name() -> str:
    """A short name of the keyring backend in use, for the settings and the log."""
    backend = secure_backend()
    return type(backend).__name__ if backend is not None else "none"


def forget_session_secrets() -> None:
    """Drop every secret typed in for this session (log-out, tests)."""
    _SESSION.clear()


def remember_for_session(kind: str, name: str, value: str) -> None:
    """Keep a secret in memory until the process ends (when no keyring can store it)."""
    remember(value)
    _SESSION[secret_key(kind, name)] = value


def get_secret(kind: str, name: str) -> str | None:
    """Read a secret; ``None`` when none is stored. Raises :class:`KeyringUnavailable`.

    A secret typed in for this session (:func:`remember_for_session`) comes first.
    """
    session_value = _SESSION.get(secret_key(kind, name))
    if session_value is not None:
        return session_value
    backend = _backend()
    try:
        value = backend.get_password(SERVICE, secret_key(kind, name))
    except (NoKeyringError, KeyringError) as exc:
        raise KeyringUnavailable("The password store could not be read: {exc}", exc=exc) from exc
    remember(value)
    return value


def set_secret(kind: str, name: str, value: str) -> None:
    """Store a secret in the OS keyring."""
    remember(value)
    backend = secure_backend()
    if backend is None:
        raise KeyringUnavailable(
            "No secure password store (keyring) is available on this computer; "
            "the password cannot be saved."
        )
    try:
        backend.set_password(SERVICE, secret_key(kind, name), value)
    except (NoKeyringError, KeyringError) as exc:
        raise KeyringUnavailable("The password could not be saved: {exc}", exc=exc) from exc
    _SESSION.pop(secret_key(kind, name), None)  # the stored one counts from now on


def delete_secret(kind: str, name: str) -> None:
    """Remove a stored secret if present."""
    _SESSION.pop(secret_key(kind, name), None)
    backend = secure_backend()
    if backend is None:
        return
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        backend.delete_password(SERVICE, secret_key(kind, name))
