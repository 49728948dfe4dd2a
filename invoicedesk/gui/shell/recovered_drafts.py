"""After a crash: offer the drafts that were open, saved as the clerk typed.

At login the shell asks :func:`invoicedesk.gui.common.draft_journal.orphaned` for drafts that a
session of this user on this database left open when it ended without closing (a crash, a
kill, a power cut). If there are any, a dialog lists them; *Open them* opens each in its editor
again (through the desk's action hooks), *Later* leaves them in the case table as drafts.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout

from invoicedesk.domain.workflow import Action
from invoicedesk.gui.common import formats
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.style import apply_style
from invoicedesk.gui.desk.extensions import ACTION_HOOKS, DeskWindow

log = logging.getLogger(__name__)
#: the editor that saved a draft -> the desk action that opens it again
REOPEN = {"DraftEditor": Action.EDIT_DRAFT, "IncomingEditor": Action.EDIT}


class RecoveredDrafts(QDialog):
    """Lists the drafts; accepted means *Open them*."""

    def __init__(self, drafts: list[dict[str, Any]], parent: DeskWindow) -> None:
        super().__init__(parent)
        self.setObjectName("recoveredDrafts")
        self.setWindowTitle(translate("RecoveredDrafts", "Drafts from your last session"))
        apply_style(self)
        lay = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "RecoveredDrafts",
                "InvoiceDesk was not closed properly last time. These drafts were open; "
                "everything you typed up to a few seconds before was saved:",
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.list = QListWidget(self)
        for draft in drafts:
            when = _local_time(str(draft.get("saved_at", "")))
            self.list.addItem(
                translate("RecoveredDrafts", "{title} — last saved {when}").format(
                    title=draft.get("title") or draft.get("case_id"), when=when
                )
            )
        rows = max(2, min(len(drafts), 10))  # as tall as the list, up to ten lines
        self.list.setMaximumHeight(rows * self.list.sizeHintForRow(0) + 8)
        lay.addWidget(self.list)
        buttons = QDialogButtonBox(self)
        buttons.addButton(
            translate("RecoveredDrafts", "Open them"), QDialogButtonBox.ButtonRole.AcceptRole
        ).setDefault(True)
        buttons.addButton(
            translate("RecoveredDrafts", "Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setMinimumWidth(560)


def _local_time(stamp: str) -> str:
    try:
        return formats.date_time(datetime.fromisoformat(stamp))
    except ValueError:
        return "—"


def reopen(window: DeskWindow, drafts: list[dict[str, Any]]) -> int:
    """Open each draft in its editor again (or show it in the desk); returns how many opened."""
    opened = 0
    for draft in drafts:
        case_id = int(draft["case_id"])
        window.show_case(case_id)
        position = window.model.row_of_case(case_id)
        row = window.model.row_at(position) if position is not None else None
        hook = ACTION_HOOKS.get(REOPEN.get(str(draft.get("editor")), Action.EDIT_DRAFT))
        if row is not None and row.id == case_id and hook is not None:
            hook(window, row)
            opened += 1
    return opened


def offer(window: DeskWindow, drafts: list[dict[str, Any]], delay_ms: int = 800) -> None:
    """Show the dialog once the desk has loaded its first rows (nothing without drafts)."""
    if not drafts:
        return
    log.info("The last session ended without closing; offering %d draft(s)", len(drafts))

    def ask() -> None:
        dialog = RecoveredDrafts(drafts, window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            reopen(window, drafts)
        dialog.deleteLater()

    QTimer.singleShot(delay_ms, window, ask)
