"""Plugs contracts and collective invoices into the main window (see
:mod:`invoicedesk.gui.desk.extensions`): the Tools menu entries now; the scheduler with its
status-bar field and the login popup once the window is painted for the first time.

Light on purpose: the windows, the scheduler, the dispatcher and the contract services
(:mod:`invoicedesk.gui.contracts.menu`) are imported right after the first paint (the
scheduler must run) or earlier when a menu entry is chosen first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from invoicedesk.domain.enums import Role
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.desk.extensions import DeskWindow

if TYPE_CHECKING:
    from invoicedesk.gui.contracts.menu import _Desk


def _desk(window: DeskWindow) -> _Desk:
    from invoicedesk.gui.contracts.menu import desk_of

    return desk_of(window)


class _Starter(QObject):
    """Starts the feature (scheduler, status-bar field, login popup) after the first show,
    once the window had the chance to paint."""

    def __init__(self, window: DeskWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self, self.start)
        return False

    def start(self) -> None:
        """Create the feature's state on the window and start it."""
        _desk(self.window).start()


def install(window: DeskWindow) -> None:
    """Tools menu entries; the scheduler in the status bar and the popup after the first show."""
    menu = window.tools_menu
    menu.addAction(translate("ContractsMenu", "Service contracts…")).triggered.connect(
        lambda: _desk(window).open_contracts()
    )
    menu.addAction(translate("ContractsMenu", "Collective invoices…")).triggered.connect(
        lambda: _desk(window).open_collective()
    )
    menu.addAction(
        translate("ContractsMenu", "Collective invoices without send date…")
    ).triggered.connect(lambda: _desk(window).check_popup())
    if Role.ADMIN.value in window.user.roles:
        menu.addAction(translate("ContractsMenu", "Login popup: who sees it…")).triggered.connect(
            lambda: _desk(window).popup_setting()
        )
    window.installEventFilter(_Starter(window))
