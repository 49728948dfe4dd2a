"""Contracts and collective invoices on the main window: their windows, the scheduler with its
status-bar field, and the login popup (the menu entries and the start after the first paint
are installed by :mod:`invoicedesk.gui.contracts.entries`)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel

from invoicedesk.gui.common import dialogs, window_state
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.gui.common.mail_events import mail_events
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.contracts.scheduler import Scheduler
from invoicedesk.gui.desk.extensions import OPENERS, DeskWindow
from invoicedesk.mail.hold import hold_text
from invoicedesk.services.contracts.collective_query import (
    CollectiveRow,
    login_popup_rows,
    popup_rows,
)
from invoicedesk.services.contracts.collective_settings import (
    CollectiveSettings,
    get_settings,
    save_settings,
)
from invoicedesk.services.contracts.scheduled_send import PassReport
from invoicedesk.services.mail.dispatcher import Dispatcher
from invoicedesk.services.settings.registry import LOGIN_POPUP, load_setting
from invoicedesk.store.types import utcnow

if TYPE_CHECKING:  # the windows are imported when first opened
    from invoicedesk.gui.contracts.collective_view import CollectiveView
    from invoicedesk.gui.contracts.contracts_view import ContractsView
    from invoicedesk.gui.contracts.login_popup import LoginPopup

log = logging.getLogger(__name__)
#: after the window is shown, wait this long before asking for the popup's rows
POPUP_DELAY_MS = 400
POPUP_CHOICES = {
    "all": QT_TRANSLATE_NOOP("ContractsMenu", "all clerks"),
    "creators": QT_TRANSLATE_NOOP("ContractsMenu", "only the clerk who created it"),
}


def schedule_text(report: PassReport) -> tuple[str, str]:
    """(status-bar text, tooltip) for a scheduler report."""
    parts: list[str] = []
    upcoming = report.next_send
    if upcoming is not None:
        local = upcoming.at.astimezone()
        day = "" if local.date() == utcnow().astimezone().date() else f"{local:%d.%m.} "
        parts.append(
            translate("ContractsMenu", "next scheduled send {day}{time} ({invoices})").format(
                day=day,
                time=f"{local:%H:%M}",
                invoices=translate("ContractsMenu", "%n invoice(s)", None, upcoming.count),
            )
        )
    if report.held:
        waiting = translate("ContractsMenu", "✉ %n e-mail(s) wait: {reason}", "", report.held)
        parts.append(waiting.format(reason=core_text(hold_text(report.held_reason))))
    if report.failures:
        failures = (
            translate("ContractsMenu", "⚠ {count} send failures")
            if report.failures > 1
            else translate("ContractsMenu", "⚠ {count} send failure")
        )
        parts.append(failures.format(count=report.failures))
    tip = report.error or ""
    if report.issued:
        tip = translate(
            "ContractsMenu",
            "Issued and queued %n collective invoice(s). {error}",
            None,
            len(report.issued),
        ).format(error=tip)
    return " · ".join(parts), tip.strip()


class _Desk(QObject):
    """The feature's state on one window: its windows, the scheduler, the popup."""

    def __init__(self, window: DeskWindow) -> None:
        super().__init__(window)
        self.window = window
        self.collective: CollectiveView | None = None
        self.contracts: ContractsView | None = None
        self.popup: LoginPopup | None = None
        self.label = QLabel("")
        self.label.setObjectName("scheduleLabel")
        self.label.linkActivated.connect(self._open_mail_settings)
        self.scheduler = Scheduler(window.db, Dispatcher(window.db), self)
        self.scheduler.reported.connect(self.show_report)
        self.scheduler.failed.connect(
            lambda text: self.label.setText(
                translate("ContractsMenu", "⚠ scheduler: {error}").format(error=text)
            )
        )

    def start(self) -> None:
        """After the window's first paint: the label, the popup check and the scheduler."""
        self.window.status.addPermanentWidget(self.label)
        QTimer.singleShot(POPUP_DELAY_MS, self, self.check_login_popup)
        if getattr(self.window, "_poll", True):  # windows without polling: tests
            self.scheduler.start()
            mail_events().queued.connect(self.scheduler.check_now)
            app = QApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self.scheduler.stop)

    def show_report(self, report: PassReport) -> None:
        text, tip = schedule_text(report)
        if report.held and "settings" in OPENERS:  # a link to the mail server settings
            text = f'<a href="mail" style="color: #b45309;">{escape(text)}</a>'
            tip = " ".join([tip, translate("ContractsMenu", "Click to set up the mail server.")])
        self.label.setText(text)
        self.label.setToolTip(tip.strip())
        self.label.setStyleSheet("color: #b91c1c;" if report.failures else "")
        if report.issued or report.dispatch.sent or report.dispatch.held:
            self.window.refresh()

    def _open_mail_settings(self, _link: str) -> None:
        opener = OPENERS.get("settings")
        if opener is not None:
            opener(self.window, "mailServerPage")

    # --- windows ----------------------------------------------------------------------------

    def open_collective(self, case_id: int | None = None) -> CollectiveView:
        if self.collective is None:
            from invoicedesk.gui.contracts.collective_view import CollectiveView

            self.collective = CollectiveView(self.window.db, self.window.actor, self.window)
        if case_id is not None:
            self.collective.show_case(case_id)
        else:
            self.collective.reload()
            self.collective.show()
            self.collective.raise_()
        return self.collective

    def open_contracts(self) -> ContractsView:
        if self.contracts is None:
            from invoicedesk.gui.contracts.contracts_view import ContractsView

            self.contracts = ContractsView(self.window.db, self.window.actor, self.window)
            self.contracts.merged.connect(lambda _ids: self._after_merge())
        self.contracts.show()
        self.contracts.raise_()
        return self.contracts

    def _after_merge(self) -> None:
        self.window.refresh()
        self.open_collective()

    # --- popup ------------------------------------------------------------------------------

    def check_popup(self) -> None:
        """Tools menu: ask (in the background) for collective invoices without a send date."""
        run_task(
            popup_rows,
            self.window.db,
            self.window.user.id,
            on_done=self.show_popup,
            on_error=lambda exc: log.warning("popup rows: %s", exc),
            owner=self,
        )

    def check_login_popup(self) -> None:
        """After login: the same, unless the admin's rule or a recent "Remind me later" says no."""
        if snoozed(self.window.user.login):
            return
        run_task(
            login_popup_rows,
            self.window.db,
            self.window.user.id,
            self.window.user.roles,
            on_done=self.show_popup,
            owner=self,
            on_error=lambda exc: log.warning("popup rows: %s", exc),
        )

    def show_popup(self, rows: list[CollectiveRow]) -> None:
        """Show the popup when there are rows (nothing otherwise)."""
        if not rows:
            return
        from invoicedesk.gui.contracts.login_popup import LoginPopup

        self.popup = LoginPopup(self.window.db, self.window.actor, rows, self.window)
        self.popup.open_requested.connect(self.open_collective)
        self.popup.saved.connect(self.window.refresh)
        self.popup.saved.connect(self.scheduler.check_now)
        self.popup.later_button.clicked.connect(self._snooze)
        self.popup.show()

    def _snooze(self) -> None:
        """*Remind me later*: hide the login popup for the hours the admin chose."""
        hours = load_setting(self.window.db, LOGIN_POPUP).snooze_hours
        if hours > 0:
            until = utcnow() + timedelta(hours=hours)
            window_state.settings().setValue(_snooze_key(self.window.user.login), until.isoformat())

    def popup_setting(self) -> None:
        """Admins: show the popup to all clerks or only to each invoice's creator."""
        current = get_settings(self.window.db)
        labels = [translate("ContractsMenu", text) for text in POPUP_CHOICES.values()]
        choice, ok = QInputDialog.getItem(
            self.window,
            translate("ContractsMenu", "Collective invoices"),
            translate(
                "ContractsMenu", "Show the login popup about invoices without a send date to:"
            ),
            labels,
            list(POPUP_CHOICES).index(current.popup_for),
            False,
        )
        if not ok:
            return
        key = list(POPUP_CHOICES)[labels.index(choice)]
        new = CollectiveSettings(key, current.send_time, current.timezone)  # type: ignore[arg-type]
        run_task(
            save_settings,
            self.window.db,
            self.window.actor,
            new,
            owner=self,
            on_error=lambda exc: dialogs.show_error(
                self.window, translate("ContractsMenu", "Not saved"), dialogs.error_text(exc)
            ),
        )


def _snooze_key(login: str) -> str:
    return f"{login}/collectivePopupSnoozedUntil"


def snoozed(login: str) -> bool:
    """Whether this user chose *Remind me later* less than the snooze time ago."""
    value = window_state.settings().value(_snooze_key(login))
    try:
        return bool(value) and datetime.fromisoformat(str(value)) > utcnow()
    except ValueError:
        return False


def desk_of(window: DeskWindow) -> _Desk:
    """The feature's state on ``window`` (created on first use, kept as ``contracts_desk``)."""
    desk = getattr(window, "contracts_desk", None)
    if not isinstance(desk, _Desk):
        desk = _Desk(window)
        window.contracts_desk = desk  # type: ignore[attr-defined]
    return desk
