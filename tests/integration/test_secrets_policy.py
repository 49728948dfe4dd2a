"""Secrets: never in a plain-text keyring (keyrings.alt is for tests that opt in), never in a
message, the log or a traceback; a fatal crash leaves its stacks in the log file."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import EncryptedKeyring, PlaintextKeyring

from invoicedesk import secrets
from invoicedesk.logging_setup import log_file, setup_logging
from invoicedesk.redaction import forget_all, redact, remember


def test_the_runtime_never_uses_keyrings_alt(tmp_path: Path) -> None:
    secrets.allow_backend_for_tests(None)  # what the app sees: the test's opt-in withdrawn
    ring = keyring.get_keyring()
    assert isinstance(ring, PlaintextKeyring)  # keyring itself would use it ...
    assert not secrets.keyring_available()  # ... InvoiceDesk does not
    assert secrets.secure_backend() is None and secrets.backend_name() == "none"
    with pytest.raises(secrets.KeyringUnavailable, match="No secure password store"):
        secrets.set_secret("smtp", "user@host", "geheim")
    with pytest.raises(secrets.KeyringUnavailable):
        secrets.get_secret("smtp", "user@host")
    assert not Path(ring.file_path).exists()  # nothing was written in plain text
    assert not secrets.is_secure(object.__new__(EncryptedKeyring))
    secrets.remember_for_session("smtp", "user@host", "for-now-only")  # the existing fallback
    assert secrets.get_secret("smtp", "user@host") == "for-now-only"


def test_tests_opt_in_explicitly() -> None:
    secrets.allow_backend_for_tests(PlaintextKeyring)
    assert secrets.keyring_available()
    secrets.set_secret("smtp", "user@host", "geheim")
    assert secrets.get_secret("smtp", "user@host") == "geheim"


def test_redaction_hides_url_passwords_hashes_and_known_secrets() -> None:
    forget_all()
    remember("Tr0ub4dor&3")
    remember("ab")  # too short to hide without garbling the log
    text = (
        "connect postgresql+psycopg://ada:p%40ss@db.example/invoicedesk and "
        "smtp://mail:geheim@mail.example:587 hash $argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA "
        "typed Tr0ub4dor&3 ab"
    )
    clean = redact(text)
    for secret in ("p%40ss", "geheim", "c2FsdA$aGFzaA", "Tr0ub4dor&3"):
        assert secret not in clean
    assert "ada:***@db.example" in clean and "mail:***@mail.example" in clean
    assert clean.endswith(" ab") and redact(
        "postgresql+psycopg://user@host"
    ) == "postgresql+psycopg://user@host"
    forget_all()


def test_the_log_file_masks_secrets_in_messages_and_tracebacks() -> None:
    setup_logging()
    secrets.set_secret("shop", "teileshop:secret", "cs_verysecret")
    log = logging.getLogger("invoicedesk.test")
    try:
        raise RuntimeError("login failed for postgresql://ada:hunter22@db/x with cs_verysecret")
    except RuntimeError:
        log.exception("failed with %s", "cs_verysecret")
    text = log_file().read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError" in text
    assert "hunter22" not in text and "cs_verysecret" not in text and "ada:***@db" in text


def test_a_fatal_crash_leaves_its_stacks_in_the_log(tmp_path: Path) -> None:
    code = (
        "import faulthandler, logging\n"
        "from invoicedesk.logging_setup import setup_logging\n"
        "setup_logging(fatal=True)\n"
        "logging.getLogger('invoicedesk').info('about to crash')\n"
        "faulthandler._sigsegv()\n"
    )
    env = {"INVOICEDESK_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          check=False, timeout=60)  # fmt: skip
    assert proc.returncode != 0
    text = (tmp_path / "logs" / "invoicedesk.log").read_text(encoding="utf-8")
    assert "about to crash" in text
    assert "Fatal Python error: Segmentation fault" in text
    assert 'File "<string>", line 5' in text  # the stack of the crashing thread
