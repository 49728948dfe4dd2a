"""One signal for "there is mail to send now": a feature queued e-mails (*Send*, a billing or
dunning run) or the mail settings changed and held e-mails were released. The in-app scheduler
listens and runs its dispatcher pass at once instead of at its next timed wake-up."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class MailEvents(QObject):
    """The process's hub; ``queued`` fires on the GUI thread."""

    queued = Signal()


_events: MailEvents | None = None


def mail_events() -> MailEvents:
    """The process's hub (made on first use)."""
    global _events
    if _events is None:
        _events = MailEvents()
    return _events


def mail_queued() -> None:
    """Say that e-mails wait to be sent now (call on the GUI thread)."""
    mail_events().queued.emit()
