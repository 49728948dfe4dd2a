"""A real SMTP server for tests: aiosmtpd on 127.0.0.1 on a free port, in a thread.

Optional STARTTLS with a throw-away CA and server certificate (made with ``cryptography``),
optional AUTH (LOGIN/PLAIN, only after STARTTLS), and scripted answers: a fixed reply for
chosen senders at MAIL time (``mail_replies``), for chosen recipients at RCPT time
(``rcpt_replies``) or at the end of DATA (``data_replies``), and an optional delay before
the DATA answer. Every accepted message is kept with its envelope, so tests can count
Message-IDs.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import re
import socket
import ssl
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

_MESSAGE_ID = re.compile(rb"^Message-ID:\s*(\S+)", re.IGNORECASE | re.MULTILINE)


@dataclass
class Received:
    """One message the server accepted."""

    mail_from: str
    rcpt_tos: list[str]
    content: bytes

    @property
    def message_id(self) -> str:
        """The Message-ID header (cheap: no full parse)."""
        head = self.content.split(b"\r\n\r\n", 1)[0]
        found = _MESSAGE_ID.search(head)
        return found.group(1).decode() if found else ""

    def parsed(self) -> EmailMessage:
        """The message parsed with the modern e-mail API."""
        msg = message_from_bytes(self.content, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        return msg


@dataclass
class Handler:
    """aiosmtpd handler that records messages and answers as scripted."""

    rcpt_replies: dict[str, str] = field(default_factory=dict)
    data_replies: dict[str, str] = field(default_factory=dict)
    #: a fixed reply to MAIL FROM for chosen sender addresses (e.g. "553 not your address")
    mail_replies: dict[str, str] = field(default_factory=dict)
    data_delay: float = 0.0
    #: recipients whose message is read completely, then the connection is cut without a reply
    drop_after_data: set[str] = field(default_factory=set)
    keep_content: bool = True
    messages: list[Received] = field(default_factory=list)
    count: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, mail_options: list[str]
    ) -> str:
        reply = self.mail_replies.get(address.lower())
        if reply:
            return reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        reply = self.rcpt_replies.get(address.lower())
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_delay:
            await asyncio.sleep(self.data_delay)
        if any(r.lower() in self.drop_after_data for r in envelope.rcpt_tos):
            server.transport.abort()
            return "421 connection dropped"
        for rcpt in envelope.rcpt_tos:
            reply = self.data_replies.get(rcpt.lower())
            if reply:
                return reply
        with self.lock:
            self.count += 1
            if self.keep_content:
                self.messages.append(
                    Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content))
                )
        return "250 2.0.0 Message accepted for delivery"


def free_port() -> int:
    """A TCP port that was free a moment ago on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def make_ca_and_cert(folder: Path) -> tuple[Path, Path, Path]:
    """Write a CA certificate and a server certificate/key for 127.0.0.1 and localhost."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "InvoiceDesk Test CA")])
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    ca_path, cert_path, key_path = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    ca_path.write_bytes(ca.public_bytes(pem))
    cert_path.write_bytes(cert.public_bytes(pem))
    key_path.write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return ca_path, cert_path, key_path


class SmtpTestServer:
    """A running aiosmtpd server; use as a context manager or call start()/stop()."""

    def __init__(
        self,
        folder: Path | None = None,
        *,
        starttls: bool = False,
        auth: tuple[str, str] | None = None,
        handler: Handler | None = None,
    ) -> None:
        self.handler = handler or Handler()
        self.host = "127.0.0.1"
        self.port = free_port()
        self.cafile: Path | None = None
        self.auth = auth
        kwargs: dict[str, Any] = {"data_size_limit": 60 * 1024 * 1024}
        if starttls:
            if folder is None:
                raise ValueError("STARTTLS needs a folder for the certificates")
            self.cafile, cert, key = make_ca_and_cert(folder)
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(cert, key)
            kwargs.update(tls_context=context, require_starttls=True)
        if auth is not None:
            kwargs.update(
                auth_required=True,
                auth_require_tls=starttls,
                authenticator=self._authenticate,
            )
        self.controller = Controller(self.handler, hostname=self.host, port=self.port, **kwargs)

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        ok = (
            isinstance(auth_data, LoginPassword)
            and self.auth is not None
            and (auth_data.login.decode(), auth_data.password.decode()) == self.auth
        )
        return AuthResult(success=ok, handled=False)

    def start(self) -> SmtpTestServer:
        """Start serving in a background thread."""
        self.controller.start()
        return self

    def stop(self) -> None:
        """Stop the server thread."""
        self.controller.stop()

    def __enter__(self) -> SmtpTestServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def messages(self) -> list[Received]:
        """Accepted messages, oldest first."""
        with self.handler.lock:
            return list(self.handler.messages)

    def url(
        self, *, sender: str = "Rechnung Müller <rechnung@firma.example>", **params: str
    ) -> str:
        """An ``INVOICEDESK_SMTP_URL`` for this server (``tls`` defaults to what it offers)."""
        query = {"tls": "starttls" if self.cafile else "none", "from": sender, **params}
        if self.cafile and "cafile" not in params:
            query["cafile"] = str(self.cafile)
        user = f"{quote(self.auth[0], safe='')}@" if self.auth else ""
        return f"smtp://{user}{self.host}:{self.port}?{urlencode(query)}"
