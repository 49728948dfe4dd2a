"""The status bar: database, user, number of cases and the background work in progress."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.tasks import registry


class DeskStatusBar(QStatusBar):
    """Permanent fields on the right; running tasks with their progress on the left."""

    def __init__(self, database: str, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = QLabel("")
        self.work.setObjectName("workLabel")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(140)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.addWidget(self.work)
        self.addWidget(self.progress)
        self.count = QLabel("")
        self.count.setObjectName("countLabel")
        self.addPermanentWidget(self.count)
        self.database = QLabel(database)
        self.database.setObjectName("databaseLabel")
        self.addPermanentWidget(self.database)
        self.user = QLabel(user)
        self.user.setObjectName("userLabel")
        self.addPermanentWidget(self.user)
        registry().changed.connect(self.update_work)

    def set_count(self, total: int, exact: bool) -> None:
        """``12,345 cases`` (``counting…`` while the background count runs)."""
        text = (
            translate("StatusBar", "%Ln case(s)", None, total)
            if exact
            else translate("StatusBar", "%Ln+ cases · counting…", None, total)
        )
        self.count.setText(text)

    def update_work(self) -> None:
        """Show the running labelled tasks and the progress of the first one with a total."""
        running = registry().running()
        if not running:
            self.work.setText("")
            self.progress.hide()
            return
        names = ", ".join(t.label + (f": {t.text}" if t.text else "") for t in running[:3])
        more = f" (+{len(running) - 3})" if len(running) > 3 else ""
        self.work.setText(names + more)
        with_total = next((t for t in running if t.total), None)
        if with_total is None:
            self.progress.hide()
        else:
            self.progress.setRange(0, with_total.total)
            self.progress.setValue(with_total.done)
            self.progress.show()
