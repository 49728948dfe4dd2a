"""A supplier-invoice editor that autosaves and then waits to be killed (``kill -9``).

    python -m tests.gui.editor_session_victim DATABASE_URL USER_ID CASE_ID

Opens the real :class:`~invoicedesk.gui.incoming.editor.IncomingEditor` (offscreen) for the
case as the user, types a new invoice number and an IBAN as a clerk would, waits until the
autosave has stored them, prints ``autosaved`` and then keeps the editor open until the test
kills the process: an editing session that never ends.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(url: str, user_id: int, case_id: int) -> int:
    """Run the editor until killed; 1 when the autosave did not happen within 30 s."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from invoicedesk.domain.workflow import Actor
    from invoicedesk.gui.incoming.editor import IncomingEditor
    from invoicedesk.store.database import Database

    app = QApplication([])
    editor = IncomingEditor(Database(url), Actor(user_id, "KL"), case_id)
    editor.show()

    def wait(condition: object, seconds: float = 30.0) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()
            if condition():  # type: ignore[operator]
                return True
            time.sleep(0.01)
        return False

    if not wait(lambda: editor.data is not None and editor.save_button.isEnabled()):
        return 1
    for name, text in (("invoice_number", "R-77"), ("iban", "DE89370400440532013000")):
        edit = editor.fields[name]
        edit.setFocus()
        edit.selectAll()
        QTest.keyClick(edit, Qt.Key.Key_Delete)
        QTest.keyClicks(edit, text)
    editor.autosaver.flush()
    if not wait(lambda: editor.autosaver.saves >= 1 and not editor.autosaver.busy):
        return 1
    print("autosaved", flush=True)
    while True:  # the session stays open until the process is killed
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
