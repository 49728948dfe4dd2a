#!/usr/bin/env python3
"""Open the supplier-invoice editor on one file (for screenshots and a quick look).

    python scripts/show_incoming_editor.py FILE [--tab Checks] [--lines] [--twice]

The file is taken in through the real pipeline (sandboxed parser, a fresh SQLite database in a
temporary folder) and the editor opens on its case. ``--lines`` adds two line items as a clerk
would (the second with the rest of the net amount), ``--twice`` takes the file in twice so the
editor shows the duplicate banner, ``--tab`` selects a tab. Screenshots: ``screenshot.sh OUT.png 14
-- .venv/bin/python scripts/show_incoming_editor.py FILE`` (see the README).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    """Take the file in, open the editor, run the event loop."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--tab", default="Fields")
    parser.add_argument("--lines", action="store_true")
    parser.add_argument("--twice", action="store_true")
    parser.add_argument("--click", metavar="WORD",
                        help="clear the invoice number and click this word of the document into it")
    parser.add_argument("--shot", type=Path, help="save a picture of the editor there and quit")
    args = parser.parse_args()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from invoicedesk.documents.intake.sandbox import ParserPool
    from invoicedesk.gui.incoming.editor import IncomingEditor
    from invoicedesk.gui.incoming.numbers import shown
    from invoicedesk.services.incoming.intake import take_in
    from invoicedesk.services.settings.users import add_user
    from invoicedesk.store.database import Database
    from invoicedesk.store.migrate import upgrade

    app = QApplication(sys.argv)
    folder = tempfile.mkdtemp(prefix="invoicedesk-editor-")
    db = Database(f"sqlite:///{Path(folder, 'editor.sqlite3').as_posix()}")
    upgrade(db.engine)
    clerk = add_user(db, "clara", full_name="Clara Clerk", initials="CC", roles=["clerk"],
                     password="screenshot-only")  # noqa: S106 - a throw-away database  # fmt: skip
    files = [(args.file.name, args.file.read_bytes())] * (2 if args.twice else 1)
    with ParserPool(1, timeout_s=300) as pool:
        outcomes = take_in(db, clerk.actor(), files, pool)
    editor = IncomingEditor(db, clerk.actor(), outcomes[-1].case_id)
    editor.resize(1500, 900)
    editor.show()

    def arrange() -> None:
        names = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
        for index, name in enumerate(names):
            if args.tab in name:
                editor.tabs.setCurrentIndex(index)
        if args.lines and editor.data is not None:
            net = Decimal(editor.values()["net"] or "0")
            for description, amount in (("Wartung März", net - Decimal("100")),
                                        ("Material", Decimal("100"))):  # fmt: skip
                editor.lines_panel.add_line()
                row = editor.lines.rowCount() - 1
                for column, text in ((0, description), (1, "1"), (2, shown(amount)),
                                     (3, "19"), (4, shown(amount))):  # fmt: skip
                    editor.lines.item(row, column).setText(text)

        if args.click:
            from PySide6.QtGui import QBrush, QColor

            from invoicedesk.gui.common.pdf_canvas import _WordBox

            editor._target = editor.fields["invoice_number"]  # the field the clerk chose
            editor._target.clear()
            for item in editor.canvas.scene().items():
                if isinstance(item, _WordBox) and item.text == args.click:
                    item.setBrush(QBrush(QColor(37, 99, 235, 60)))  # as under the mouse
                    editor.canvas.wordClicked.emit(item.text)
                    break
        if args.shot:
            QTimer.singleShot(800, lambda: (editor.grab().save(str(args.shot)), app.quit()))

    QTimer.singleShot(2500, arrange)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
