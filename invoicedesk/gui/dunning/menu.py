"""Plugs the payment reminders into the main window (see :mod:`invoicedesk.gui.desk.extensions`):
*Tools → Payment reminders…*, and the desk's *Remind customer* (the next step of an overdue
invoice) opens the same run showing only that invoice."""

from __future__ import annotations

from invoicedesk.domain.enums import Role
from invoicedesk.gui.common.opener import open_with_system
from invoicedesk.gui.desk.extensions import OPENERS, DeskWindow
from invoicedesk.gui.dunning.run_window import DunningWindow
from invoicedesk.gui.dunning.settings_dialog import DunningSettingsDialog


def open_run(window: DeskWindow, case_ids: list[int] | None = None) -> DunningWindow:
    """Show the window's dunning run (made on first use), for ``case_ids`` only when given."""
    run: DunningWindow | None = getattr(window, "dunning_window", None)
    if run is None:
        run = _make_run(window)
        window.dunning_window = run  # type: ignore[attr-defined]
    run.show_cases(case_ids)
    if run.isVisible():
        run.raise_()  # already open: to the front
    run.show()
    return run


def _make_run(window: DeskWindow) -> DunningWindow:
    admin = Role.ADMIN.value in window.user.roles
    settings = OPENERS.get("settings")

    def setup_mail() -> None:
        if settings is not None:
            settings(window, "mailServerPage")

    run = DunningWindow(
        window.db,
        window.actor,
        window,
        opener=getattr(window.detail, "opener", open_with_system),
        setup_mail=setup_mail if settings is not None and admin else None,
        open_settings=(lambda: open_settings(window)) if admin else None,
    )
    run.processed.connect(window.refresh)
    return run


def open_settings(window: DeskWindow) -> None:
    """The dunning settings (administrators), modal."""
    dialog = DunningSettingsDialog(window.db, window.actor, window)
    dialog.exec()
    dialog.deleteLater()
