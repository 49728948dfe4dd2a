"""The *Send test e-mail* button of the mail settings: one short message, sent at once.

It goes straight to the server (not through the outbox): the clerk wants to know now whether
the host, security, login and sender work.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from invoicedesk.domain.errors import ConfigurationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.parties import normalize_email
from invoicedesk.mail.compose import WIRE_POLICY, Envelope
from invoicedesk.mail.settings import SmtpSettings
from invoicedesk.mail.smtp import ConnectionFailed, SmtpSession

SUBJECT = "InvoiceDesk test e-mail"
BODY = (
    "This message was sent by InvoiceDesk to check the mail settings.\n"
    "Diese Nachricht prüft die E-Mail-Einstellungen von InvoiceDesk.\n"
    "Dit bericht controleert de e-mailinstellingen van InvoiceDesk.\n"
)


def send_test_email(settings: SmtpSettings, to: str) -> str:
    """Send the test message to ``to``; returns a sentence for the clerk, raises
    ``ConfigurationError`` with the server's reason when it was not accepted."""
    recipient = normalize_email(to)
    mail = EmailMessage(policy=WIRE_POLICY)
    mail["From"] = settings.sender
    mail["To"] = recipient
    mail["Subject"] = SUBJECT
    mail["Date"] = formatdate(localtime=True)
    mail["Message-ID"] = make_msgid(domain=settings.mail_domain())
    mail.set_content(BODY)
    envelope = Envelope(settings.sender_address, [recipient], mail.as_bytes())
    try:
        with SmtpSession(settings) as session:
            verdict = session.send(envelope)
    except ConnectionFailed as exc:
        raise ConfigurationError(exc.message) from exc
    if not verdict.accepted:
        raise ConfigurationError(
            "The mail server did not accept the test e-mail: {verdict_reason}",
            verdict_reason=verdict.reason,
        )
    return msg(
        "The test e-mail to {recipient} was accepted by {host}.",
        recipient=recipient,
        host=settings.host,
    )
