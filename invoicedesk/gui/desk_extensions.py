"""Features that plug into the main window.

Each feature module (file import and watched folder, outgoing drafts and sending, billing runs,
contracts and collective invoices, settings ...) has an ``install(window)`` function that adds
its menu entries (``window.file_menu``, ``window.tools_menu``, ``window.case_menu``), action
hooks (:data:`invoicedesk.gui.actions.ACTION_HOOKS`) and timers to a finished
:class:`~invoicedesk.gui.main_window.MainWindow`. They are listed here, in menu order, and
imported only when a window is built, so that no feature module imports the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from invoicedesk.gui.main_window import MainWindow

Installer = Callable[["MainWindow"], None]


def installers() -> list[Installer]:
    """The ``install`` functions of every feature, in the order their menus should appear."""
    from invoicedesk.gui import booking_ui, intake_ui

    found: list[Installer] = [intake_ui.install, booking_ui.install]
    found.append(__import__("invoicedesk.gui.settings_dialog", fromlist=["install"]).install)
    found.append(__import__("invoicedesk.gui.outgoing_menu", fromlist=["install"]).install)
    found.append(__import__("invoicedesk.gui.contracts_menu", fromlist=["install"]).install)
    found.append(__import__("invoicedesk.gui.billing_wizard", fromlist=["install"]).install)
    found.append(__import__("invoicedesk.gui.commerce_menu", fromlist=["install"]).install)
    return found
