"""Keep secrets out of every text that leaves the process: messages, the log, tracebacks.

    from invoicedesk.redaction import redact, remember
    remember(password)            # a secret read from the keyring or typed in this session
    log_line = redact(text)       # passwords in URLs, password hashes, remembered secrets: ***

Three kinds are hidden: the password part of a URL (``postgresql://user:***@host/db``,
``smtp://…``), argon2 password hashes as stored in the users table, and each secret value this
process has handled (read from or written to the keyring, typed in for the session). The log
handler (:mod:`invoicedesk.logging_setup`), the command line's error line and the GUI's crash
dialog pass their text through :func:`redact`; the database engines never put statement
parameters into an error text in the first place (``hide_parameters``).
"""

from __future__ import annotations

import re
import threading

MASK = "***"
#: shorter values are not remembered: hiding every "abc" would garble the log
MIN_SECRET_LENGTH = 4

_URL_PASSWORD = re.compile(r"(?P<head>[A-Za-z][\w+.-]*://[^\s:/@'\"]*):(?P<secret>[^\s@/'\"]+)@")
_PASSWORD_HASH = re.compile(r"\$argon2(?:id|i|d)\$[^\s'\"\])}]+")
_known: set[str] = set()
_lock = threading.Lock()


def remember(secret: str | None) -> None:
    """Hide this value wherever it would appear later (kept in memory only)."""
    if secret and len(secret) >= MIN_SECRET_LENGTH:
        with _lock:
            _known.add(secret)


def forget_all() -> None:
    """Forget the remembered values (tests)."""
    with _lock:
        _known.clear()


def redact(text: str) -> str:
    """``text`` with URL passwords, password hashes and remembered secrets replaced by ***."""
    if not text:
        return text
    result = _URL_PASSWORD.sub(lambda m: f"{m.group('head')}:{MASK}@", text)
    result = _PASSWORD_HASH.sub(f"$argon2{MASK}", result)
    with _lock:
        known = sorted(_known, key=len, reverse=True)  # a secret inside another: longest first
    for secret in known:
        if secret in result:
            result = result.replace(secret, MASK)
    return result
