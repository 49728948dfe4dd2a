"""Qt application start-up (placeholder window until the case desk lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from invoicedesk.store.database import Database


def run(db: Database, argv: list[str]) -> int:
    """Create the QApplication, show the main window, run the event loop."""
    app = QApplication.instance() or QApplication(argv)
    window = QMainWindow()
    window.setWindowTitle(f"InvoiceDesk — {db.name}")
    window.setCentralWidget(QLabel("InvoiceDesk"))
    window.resize(1200, 800)
    window.show()
    return int(app.exec())
