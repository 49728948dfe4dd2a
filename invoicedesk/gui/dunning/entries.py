"""Payment reminders' entries in the desk: *Tools → Payment reminders…* and the *Remind
customer* action.

Light on purpose: the dunning window, its settings dialog and the reminder letters (PDF) are
imported when the clerk first uses them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from invoicedesk.domain.workflow import Action
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.desk.extensions import ACTION_HOOKS, DeskWindow

if TYPE_CHECKING:
    from invoicedesk.store.case_query import CaseRow


def _open_run(window: DeskWindow) -> None:
    from invoicedesk.gui.dunning.menu import open_run

    open_run(window)


def _remind(window: DeskWindow, row: CaseRow) -> None:
    from invoicedesk.gui.dunning.menu import open_run

    open_run(window, [row.id])


def install(window: DeskWindow) -> None:
    """*Tools → Payment reminders…* and the *Remind customer* action."""
    ACTION_HOOKS[Action.REMIND] = _remind
    action = QAction(translate("DunningMenu", "Payment reminders…"), window)
    action.setObjectName("dunningAction")
    action.triggered.connect(lambda: _open_run(window))
    window.tools_menu.addAction(action)
