"""SMTP settings: from ``INVOICEDESK_SMTP_URL`` (servers, tests) or the ``smtp`` company setting.

The URL form is ``smtp://user@host:port?tls=starttls|ssl|none&from=...&reply_to=...&cafile=...
&timeout=30``; a user name containing ``@`` is written ``%40``. The password is never part of
the URL or the database: it is read from the OS keyring under ``smtp:{user}@{host}``.
"""

from __future__ import annotations

import os
import ssl
from dataclasses import dataclass
from email.utils import parseaddr
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from sqlalchemy.orm import Session

from invoicedesk import secrets
from invoicedesk.domain.errors import ConfigurationError
from invoicedesk.mail.hold import NO_PASSWORD, NO_SENDER, NO_SERVER, MailNotReady

ENV_URL = "INVOICEDESK_SMTP_URL"
SETTING_KEY = "smtp"
SECURITY_MODES = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}


@dataclass(frozen=True)
class SmtpSettings:
    """Where and how to hand e-mails to the company's mail server."""

    host: str
    port: int
    security: str = "starttls"
    user: str | None = None
    sender: str = ""
    reply_to: str | None = None
    timeout: float = 30.0
    #: extra CA certificates to trust (PEM file), e.g. a company CA; verification stays on
    cafile: str | None = None

    def __post_init__(self) -> None:
        if self.security not in SECURITY_MODES:
            raise MailNotReady(
                "The SMTP security {security!r} is unknown; use starttls, ssl or none.",
                security=self.security,
            )
        if not self.host:
            raise MailNotReady("The SMTP settings name no mail server (host).", hold=NO_SERVER)

    @property
    def sender_address(self) -> str:
        """The bare address of the sender (``rechnung@firma.de``), used as envelope sender."""
        address = parseaddr(self.sender)[1]
        if not address or "@" not in address:
            raise MailNotReady(
                "The SMTP settings have no sender address; set 'from' (e.g. rechnung@firma.de).",
                hold=NO_SENDER,
            )
        return address

    @property
    def keyring_name(self) -> str:
        """The keyring entry of the password: ``{user}@{host}``."""
        return f"{self.user}@{self.host}"

    def password(self) -> str | None:
        """The password from the keyring (``None`` when no user is configured)."""
        if not self.user:
            return None
        password = secrets.get_secret("smtp", self.keyring_name)
        if password is None:
            raise MailNotReady(
                "No password for the mail account {keyring_name} is stored in the "
                "password store; enter it in the SMTP settings.",
                hold=NO_PASSWORD,
                keyring_name=self.keyring_name,
            )
        return password

    def ssl_context(self) -> ssl.SSLContext:
        """A verifying TLS context (system CAs, plus ``cafile`` when set)."""
        context = ssl.create_default_context()
        if self.cafile:
            try:
                context.load_verify_locations(cafile=self.cafile)
            except (OSError, ssl.SSLError) as exc:
                raise MailNotReady(
                    "The CA file {cafile} for the mail server cannot be read: {exc}",
                    cafile=self.cafile,
                    exc=exc,
                ) from exc
        return context

    def mail_domain(self) -> str:
        """The domain of the sender, for Message-IDs."""
        address = parseaddr(self.sender)[1]
        return address.rpartition("@")[2] or self.host


def parse_smtp_url(url: str) -> SmtpSettings:
    """Settings from an ``smtp://`` URL (see the module docstring)."""
    parts = urlsplit(url)
    if parts.scheme not in ("smtp", "smtps"):
        raise MailNotReady(
            "{env_url} must start with smtp://, not {parts_scheme!r}.",
            env_url=ENV_URL,
            parts_scheme=parts.scheme,
        )
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    security = query.get("tls", "ssl" if parts.scheme == "smtps" else "starttls")
    if security not in SECURITY_MODES:
        raise MailNotReady(
            "tls={security!r} is unknown; use starttls, ssl or none.", security=security
        )
    try:
        port = parts.port or DEFAULT_PORTS[security]
        timeout = float(query.get("timeout", "30"))
    except ValueError as exc:
        raise MailNotReady("{env_url} is not a valid URL: {exc}", env_url=ENV_URL, exc=exc) from exc
    if parts.password:
        raise MailNotReady(
            "{env_url} must not contain a password; store it in the password store.",
            env_url=ENV_URL,
        )
    user = unquote(parts.username) if parts.username else None
    default_sender = user if user and "@" in user else ""
    return SmtpSettings(
        host=parts.hostname or "",
        port=port,
        security=security,
        user=user,
        sender=query.get("from", default_sender),
        reply_to=query.get("reply_to") or None,
        timeout=timeout,
        cafile=query.get("cafile") or None,
    )


def settings_from_dict(value: dict[str, Any]) -> SmtpSettings:
    """Settings from the JSON value of the ``smtp`` company setting."""
    security = str(value.get("security", "starttls"))
    if security not in SECURITY_MODES:
        raise MailNotReady("The SMTP security {security!r} is unknown.", security=security)
    return SmtpSettings(
        host=str(value.get("host", "")),
        port=int(value.get("port") or DEFAULT_PORTS[security]),
        security=security,
        user=value.get("user") or None,
        sender=str(value.get("sender", "")),
        reply_to=value.get("reply_to") or None,
        timeout=float(value.get("timeout", 30)),
        cafile=value.get("cafile") or None,
    )


def load_smtp_settings(session: Session | None = None) -> SmtpSettings:
    """The settings in force: ``INVOICEDESK_SMTP_URL`` if set, else the company setting."""
    url = os.environ.get(ENV_URL)
    if url:
        return parse_smtp_url(url)
    if session is not None:
        from invoicedesk.store.models.config import Setting

        row = session.get(Setting, SETTING_KEY)
        if row is not None and isinstance(row.value, dict):
            return settings_from_dict(row.value)
    raise MailNotReady(
        "No mail server is configured; set it up in the SMTP settings (or {env_url} on a server).",
        hold=NO_SERVER,
        env_url=ENV_URL,
    )


def mail_domain(session: Session | None) -> str:
    """The sender's domain for Message-IDs, or ``invoicedesk.invalid`` when none is set up."""
    try:
        return load_smtp_settings(session).mail_domain()
    except ConfigurationError:
        return "invoicedesk.invalid"
