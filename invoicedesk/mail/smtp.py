"""Talking to the mail server: one connection per batch, one verdict per message.

:class:`SmtpSession` opens (and verifies) the connection once and sends several messages over
it. :meth:`SmtpSession.send` returns a :class:`Verdict` for every message that got as far as
the server's answer, and knows exactly where a failure happened:

* before the end of the message data was written, the server cannot have accepted it
  (it only accepts after the final ``CRLF.CRLF``): the failure is *temporary* and safe to retry;
* after that, while waiting for the final reply, the fate is *unknown*: the server may have
  accepted it. Such a message must never be sent again blindly.
"""

from __future__ import annotations

import re
import smtplib
import ssl
from dataclasses import dataclass, field
from types import TracebackType

from invoicedesk.domain.errors import ConfigurationError
from invoicedesk.domain.messages import as_message
from invoicedesk.mail import hold as holds
from invoicedesk.mail.compose import Envelope
from invoicedesk.mail.settings import SmtpSettings

_LEADING_DOT = re.compile(rb"(?m)^\.")


class ConnectionFailed(Exception):
    """The mail server could not be reached, refused TLS or the login; nothing was sent.

    ``hold`` says why (a code of :data:`invoicedesk.mail.hold.HOLD_REASONS`): e-mails that meet
    it wait in the outbox instead of failing.
    """

    def __init__(self, text: str, /, hold: str = holds.UNREACHABLE, **params: object) -> None:
        self.message = as_message(text, **params)
        self.hold = hold
        super().__init__(self.message)


@dataclass(frozen=True)
class Verdict:
    """The outcome of handing one message to the server.

    ``accepted``: the server took it (for at least one recipient). Otherwise ``permanent`` tells
    a 5xx refusal from a temporary one; ``fate_unknown`` means the connection broke after the
    whole message was written, so it may have been accepted. ``refused`` lists recipients
    the server refused (also when others were accepted). ``hold`` is set when the refusal is
    about our settings, not this message (the server refuses our sender address): the e-mail
    waits instead of failing.
    """

    accepted: bool
    reason: str
    permanent: bool = False
    fate_unknown: bool = False
    refused: dict[str, str] = field(default_factory=dict)
    connection_lost: bool = False
    hold: str | None = None


def _text(code: int, message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else message
    return f"{code} {' '.join(text.split())}".strip()


def _refusal(code: int, message: bytes | str, what: str) -> Verdict:
    reason = f"{what}: {_text(code, message)}"
    return Verdict(accepted=False, reason=reason, permanent=500 <= code < 600)


class SmtpSession:
    """One verified, logged-in connection to the mail server, used as a context manager."""

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self._conn: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpSession:
        self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        """True while a connection is established."""
        return self._conn is not None

    def open(self) -> None:
        """Connect, secure (certificate verified) and log in; raises :class:`ConnectionFailed`."""
        s = self.settings
        where = f"{s.host}:{s.port}"
        try:
            password = s.password()
            if s.security == "ssl":
                conn: smtplib.SMTP = smtplib.SMTP_SSL(
                    s.host, s.port, timeout=s.timeout, context=s.ssl_context()
                )
            else:
                conn = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
            try:
                conn.ehlo()
                if s.security == "starttls":
                    if not conn.has_extn("starttls"):
                        raise ConnectionFailed(
                            "The mail server {where} does not offer STARTTLS; "
                            "refusing to send without encryption.",
                            hold=holds.NO_STARTTLS,
                            where=where,
                        )
                    conn.starttls(context=s.ssl_context())
                    conn.ehlo()
                if s.user:
                    conn.login(s.user, password or "")
            except BaseException:
                conn.close()
                raise
        except ssl.SSLCertVerificationError as exc:
            raise ConnectionFailed(
                "The certificate of the mail server {where} is not trusted "
                "({reason}); nothing was sent.",
                hold=holds.CERTIFICATE,
                where=where,
                reason=exc.verify_message,
            ) from exc
        except smtplib.SMTPAuthenticationError as exc:
            raise ConnectionFailed(
                "The mail server {where} refused the login of {user}: {answer}",
                hold=holds.LOGIN_REFUSED,
                where=where,
                user=s.user,
                answer=_text(exc.smtp_code, exc.smtp_error),
            ) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise ConnectionFailed(
                "The mail server {where} cannot be reached: {error}", where=where, error=exc
            ) from exc
        except ConfigurationError as exc:
            raise ConnectionFailed(exc.message, hold=holds.hold_code(exc)) from exc
        self._conn = conn

    def close(self) -> None:
        """Say QUIT (best effort) and close the connection."""
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.quit()
        except (OSError, smtplib.SMTPException):
            conn.close()

    def send(self, envelope: Envelope) -> Verdict:
        """Hand one message to the server and classify the answer (see the module docstring)."""
        conn = self._conn
        if conn is None:
            raise RuntimeError("SmtpSession.send() needs an open connection")
        written = False
        try:
            code, msg = conn.mail(envelope.sender)
            if code != 250:
                self._reset()
                refusal = _refusal(code, msg, "sender refused")
                if not refusal.permanent:
                    return refusal
                return Verdict(False, refusal.reason, True, hold=holds.SENDER_REFUSED)
            refused: dict[str, str] = {}
            codes: list[int] = []
            for rcpt in envelope.recipients:
                code, msg = conn.rcpt(rcpt)
                if code not in (250, 251):
                    refused[rcpt] = _text(code, msg)
                    codes.append(code)
            if len(refused) == len(envelope.recipients):
                self._reset()
                reasons = "; ".join(f"{r}: {t}" for r, t in refused.items())
                permanent = all(500 <= c < 600 for c in codes)
                return Verdict(
                    False, f"all recipients refused ({reasons})", permanent, False, refused
                )
            conn.putcmd("data")
            code, msg = conn.getreply()
            if code != 354:
                self._reset()
                return _refusal(code, msg, "message refused")
            data = _LEADING_DOT.sub(b"..", envelope.payload)
            if not data.endswith(b"\r\n"):
                data += b"\r\n"
            conn.send(data + b".\r\n")
            written = True
            code, msg = conn.getreply()
        except (OSError, smtplib.SMTPServerDisconnected) as exc:
            self._drop()
            if written:
                return Verdict(
                    accepted=False,
                    reason=f"the connection broke while waiting for the server's answer ({exc})",
                    fate_unknown=True,
                    connection_lost=True,
                )
            return Verdict(
                accepted=False,
                reason=f"the connection to the mail server broke ({exc})",
                connection_lost=True,
            )
        if code != 250:
            return _refusal(code, msg, "message refused")
        return Verdict(accepted=True, reason=_text(code, msg), refused=refused)

    def _reset(self) -> None:
        conn = self._conn
        if conn is None:
            return
        try:
            conn.rset()
        except (OSError, smtplib.SMTPException):
            self._drop()

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()


def probe(settings: SmtpSettings) -> str:
    """Connect and log in once (for a "Test connection" button); returns a short description."""
    with SmtpSession(settings):
        pass
    return f"{settings.host}:{settings.port} ({settings.security}) accepted the connection."


__all__ = ["ConnectionFailed", "SmtpSession", "Verdict", "probe"]
