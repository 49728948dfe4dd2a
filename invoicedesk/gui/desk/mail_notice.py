"""The line above the detail pane's tabs about a case's e-mails that are not done: queued,
waiting for a usable mail server (why, since when, a link to set it up), failed, or to be
checked after an interrupted send."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDateTime, QLocale

from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import translate
from invoicedesk.mail.hold import hold_text
from invoicedesk.services.cases.details import MailLine

#: the notice's colours by its most serious line
STYLES = {
    "held": "background: #fef3c7; color: #78350f; border: 1px solid #f59e0b;",
    "failed": "background: #fee2e2; color: #7f1d1d; border: 1px solid #ef4444;",
    "queued": "background: #eff6ff; color: #1e3a8a; border: 1px solid #93c5fd;",
}
_RANK = {"queued": 0, "held": 1, "failed": 2}


def _line(m: MailLine) -> tuple[str, str]:
    """(severity, rich text) of one e-mail."""
    to = escape(m.to)
    since = QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(m.queued_at.timestamp())), QLocale.FormatType.ShortFormat
    )
    if m.status == "held":
        reason = escape(core_text(hold_text(m.hold_reason)))
        text = translate(
            "DetailPane",
            "✉ The e-mail to {to} waits since {since}: {reason}. It goes out by itself once "
            'the mail server works — <a href="mail">set up the mail server</a>.',
        )
        return "held", text.format(to=to, since=since, reason=reason)
    if m.status == "failed":
        text = translate("DetailPane", "⚠ The e-mail to {to} failed: {error}")
        return "failed", text.format(to=to, error=escape(m.error or ""))
    if m.status == "needs_review":
        text = translate(
            "DetailPane",
            "⚠ Sending the e-mail to {to} was interrupted; check whether it arrived "
            "(Resend sends it again).",
        )
        return "failed", text.format(to=to)
    text = translate(
        "DetailPane", "✉ The e-mail to {to} is queued since {since} and sent in the background."
    )
    return "queued", text.format(to=to, since=since)


def mail_notice(mails: list[MailLine]) -> tuple[str, str] | None:
    """(rich text, style sheet) of the notice, or ``None`` when every e-mail is done."""
    if not mails:
        return None
    lines = [_line(m) for m in mails]
    worst = max((severity for severity, _ in lines), key=_RANK.__getitem__)
    return "<br>".join(text for _, text in lines), STYLES[worst]
