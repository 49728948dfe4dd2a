"""The desk's extension points: everything a feature package may use of the case desk.

A feature (supplier-invoice intake, booking export, outgoing invoices, billing runs, orders,
contracts and collective invoices, settings) plugs into the main window through an
``install(window)`` function, an :data:`Installer`. The shell lists the installers in menu order
(:data:`invoicedesk.gui.shell.features.FEATURES`) and hands them to the main window, so the desk
never imports a feature and a feature never imports the main window's module. From the desk a
feature imports only this module:

- :class:`DeskWindow`, the part of the main window a feature may use: the database, the user
  and their actor, the *File*, *Case* and *Tools* menus, the status bar, the case table and
  detail pane, :meth:`DeskWindow.refresh`, :meth:`DeskWindow.show_case` and
  :meth:`DeskWindow.add_toolbar_action` (a feature never reaches into the toolbar itself);
- :data:`ACTION_HOOKS`, where a feature registers the dialog of an action that needs more than a
  status change (*Send* opens the send dialog, *Edit* the supplier-invoice editor ...);
- :data:`OPENERS`, windows a feature offers to the others by name (the settings on a page,
  e.g. the mail server from the send dialog's warning).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QStatusBar, QTableView

from invoicedesk.domain.workflow import Action, Actor

if TYPE_CHECKING:
    from invoicedesk.gui.desk.actions import CaseActions
    from invoicedesk.gui.desk.case_model import CaseTableModel
    from invoicedesk.gui.desk.detail import DetailPane
    from invoicedesk.services.settings.users import UserInfo
    from invoicedesk.store.case_query import CaseRow
    from invoicedesk.store.database import Database


class DeskWindow(QMainWindow):
    """The main window as features see it (the desk's :class:`MainWindow` implements it)."""

    db: Database
    user: UserInfo
    actor: Actor
    file_menu: QMenu
    case_menu: QMenu
    tools_menu: QMenu
    status: QStatusBar
    table: QTableView
    model: CaseTableModel
    detail: DetailPane
    case_actions: CaseActions

    def refresh(self) -> None:
        """Reload the visible rows, the counts and the selected case's detail."""
        raise NotImplementedError

    def show_case(self, case_id: int) -> None:
        """Bring a case up in the desk: select its row, or show it in the detail pane."""
        raise NotImplementedError

    def current_row(self) -> CaseRow | None:
        """The selected case's row, if any."""
        raise NotImplementedError

    def add_toolbar_action(self, action: QAction, icon: str, rank: int) -> None:
        """Show a feature's ``action`` on the toolbar with the icon ``icon`` (a name in
        ``resources/icons``), after *Refresh* and before the case actions; features' actions
        are ordered by ``rank`` (see :data:`TOOLBAR_RANKS`), not by install order."""
        raise NotImplementedError


#: the features' toolbar entries, left to right (the wireframe's *New invoice*, *Import*)
TOOLBAR_RANKS = {"new_invoice": 10, "import": 20}

#: a feature's ``install(window)``: adds menu entries, action hooks and timers
Installer = Callable[[DeskWindow], None]

#: action -> callable(window, CaseRow); replaces the generic execution of the action
ACTION_HOOKS: dict[Action, Callable[[DeskWindow, CaseRow], None]] = {}

#: name -> callable(window, detail) opening a window another feature offers:
#: ``OPENERS["settings"](window, "mailServerPage")`` opens the settings on that page
OPENERS: dict[str, Callable[[DeskWindow, str], None]] = {}
