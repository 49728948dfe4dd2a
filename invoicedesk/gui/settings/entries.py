"""*Tools → Settings…* in the main window; other features open the settings through
``OPENERS["settings"]``.

Light on purpose: the settings dialog and its pages (the connection check imports Alembic)
are imported when the settings are first opened.
"""

from __future__ import annotations

from PySide6.QtGui import QAction

from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.desk.extensions import OPENERS, DeskWindow


def open_settings(window: DeskWindow, page: str = "") -> None:
    """The settings dialog of ``window`` (modal), on ``page`` (an object name) when given."""
    from invoicedesk.gui.settings import dialog

    dialog.open_settings(window, page)


def install(window: DeskWindow) -> None:
    """*Tools → Settings…* in the main window; other features open it through ``OPENERS``."""
    action = QAction(translate("SettingsDialog", "Settings…"), window)
    action.setObjectName("settingsAction")
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda: open_settings(window))
    window.tools_menu.addAction(action)
    OPENERS["settings"] = open_settings
