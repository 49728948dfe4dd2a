"""The line above the detail pane's tabs about a case's e-mails that are not done: queued,
waiting for a usable mail server (why, since when, a link to set it up), failed, or to be
checked after an interrupted send; and the case's reminder history for the payment tab."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from html import escape

from PySide6.QtCore import QDate, QDateTime, QLocale

from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.mail.hold import hold_text
from invoicedesk.services.cases.details import CaseDetails, MailLine

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


#: what became of a reminder's e-mail, as the payment tab says it
REMINDER_MAIL = {
    "queued": QT_TRANSLATE_NOOP("DetailPane", "e-mail queued"),
    "waiting": QT_TRANSLATE_NOOP("DetailPane", "e-mail waits"),
    "sent": QT_TRANSLATE_NOOP("DetailPane", "e-mailed"),
    "failed": QT_TRANSLATE_NOOP("DetailPane", "e-mail failed"),
    "withdrawn": QT_TRANSLATE_NOOP("DetailPane", "e-mail withdrawn"),
}


def reminders_text(d: CaseDetails, money: Callable[[Decimal, str], str]) -> str:
    """One line per reminder sent ("14.11.26 Zahlungserinnerung · e-mailed · 412,30 EUR"), and
    whether the dunning is stopped."""
    lines = []
    for r in d.reminders:
        day = QLocale().toString(QDate(r.reminder_date), QLocale.FormatType.ShortFormat)
        how = (
            translate("DetailPane", REMINDER_MAIL[r.mail])
            if r.mail in REMINDER_MAIL
            else translate("DetailPane", "printed")
        )
        lines.append(f"{day} {r.title} · {how} · {money(r.total, d.currency)}")
    if d.dunning_stopped:
        lines.append(
            translate("DetailPane", "Dunning stopped: {reason}").format(reason=d.dunning_stopped)
        )
    return "\n".join(lines) or "—"
