"""The billing run's e-mails: a warning before processing when the mail server is not usable
(with *Create only* for the e-mail rows and a way to the mail settings), and the rows' e-mail
states followed live after processing (*queued → sent*, *waiting*, *failed*)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from invoicedesk.gui.billing.table import BillingRowsModel
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.mail_banner import MailBanner
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.services.billing import runs as br
from invoicedesk.services.mail.readiness import MailReadiness, mail_readiness
from invoicedesk.store.database import Database

#: how often the rows' e-mail states are read again while some still wait
POLL_MS = 2000


class MailWatch(QObject):
    """Asks whether e-mails can go out, and follows a processed run's e-mails."""

    #: the run's summary, read again while its e-mails are on their way
    summary_changed = Signal(object)

    def __init__(
        self,
        db: Database,
        model: BillingRowsModel,
        setup_mail: Callable[[], None] | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.model = db, model
        self.banner = MailBanner(
            translate("BillingWizard", "Create only for these rows"), setup_mail
        )
        self.run_id: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)

    def check_readiness(self) -> None:
        """Ask (in the background) whether e-mails would go out now; warn on the rows."""
        run_task(mail_readiness, self.db, on_done=self._ready, owner=self)

    def _ready(self, ready: MailReadiness) -> None:
        reason = core_text(ready.reason) if ready.reason else None
        self.model.set_mail_problem(reason)
        self._update_banner()

    def _update_banner(self) -> None:
        emails = sum(1 for r in self.model.rows if r.included and r.action == "email")
        if not self.model.mail_problem or not emails or self.model.locked:
            self.banner.warn(None)
            return
        self.banner.warn(
            translate(
                "BillingWizard",
                "⚠ E-mails cannot go out now: {reason}. The %n row(s) with Email would be "
                "invoiced and their e-mails would wait until the mail server works.",
                None,
                emails,
            ).format(reason=self.model.mail_problem)
        )

    def rows_changed(self) -> None:
        """Actions or ticks changed: the warning counts the e-mail rows again."""
        self._update_banner()

    def watch(self, run_id: int) -> None:
        """Follow the e-mails of a processed run until none is queued any more."""
        self.run_id = run_id
        self.banner.hide()
        if any(r.mail in ("queued", "waiting") for r in self.model.rows):
            self.timer.start()

    def stop(self) -> None:
        """Stop following (the window closes or a new run starts)."""
        self.timer.stop()
        self.run_id = None

    def _poll(self) -> None:
        if self.run_id is None:
            self.timer.stop()
            return
        run_task(br.run_rows, self.db, self.run_id, on_done=self._rows, owner=self)
        run_task(br.run_summary, self.db, self.run_id, on_done=self.summary_changed.emit,
                 owner=self)  # fmt: skip

    def _rows(self, rows: list[br.RunRow]) -> None:
        self.model.apply_run(rows)
        if not any(r.mail == "queued" for r in rows):
            self.timer.setInterval(POLL_MS * 5)  # only waiting ones left: look less often
        if not any(r.mail in ("queued", "waiting") for r in rows):
            self.timer.stop()


def mails_text(summary: br.RunSummary) -> str:
    """"E-mails: 12 sent · 3 waiting · 1 failed" (empty without e-mails)."""
    m = summary.mails
    if not m:
        return ""
    return translate(
        "BillingWizard", "E-mails: {sent} sent · {queued} queued · {waiting} waiting · "
        "{failed} failed"
    ).format(sent=m.get("sent", 0), queued=m.get("queued", 0), waiting=m.get("waiting", 0),
             failed=m.get("failed", 0))  # fmt: skip
