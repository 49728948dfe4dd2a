"""The billing run's entry in the desk: *Tools → Billing run…* (Ctrl+Shift+B).

Light on purpose: the wizard, the billing services and the render pool are imported when the
clerk first opens the wizard, not when the desk starts.
"""

from __future__ import annotations

from PySide6.QtGui import QAction

from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.desk.extensions import DeskWindow


def _open(window: DeskWindow) -> None:
    from invoicedesk.gui.billing.wizard import open_wizard

    open_wizard(window)


def install(window: DeskWindow) -> None:
    """Add Tools → Billing run… to the main window."""
    action = QAction(translate("BillingWizard", "Billing run…"), window)
    action.setShortcut("Ctrl+Shift+B")
    action.triggered.connect(lambda: _open(window))
    window.tools_menu.addAction(action)
