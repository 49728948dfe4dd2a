"""An outgoing draft editor that autosaves and then waits to be killed (``kill -9``).

    python -m tests.gui.draft_session_victim DATABASE_URL USER_ID CASE_ID

Opens the real :class:`~invoicedesk.gui.outgoing.draft_editor.DraftEditor` (offscreen) for the
draft as the user, changes the notes and types new payment terms as a clerk would, waits until
the autosave has stored them, prints ``autosaved`` and then keeps the editor open until the
test kills the process: an editing session that never ends.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(url: str, user_id: int, case_id: int) -> int:
    """Run the editor until killed; 1 when the autosave did not happen within 30 s."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from invoicedesk.domain.workflow import Actor
    from invoicedesk.gui.outgoing.draft_editor import DraftEditor
    from invoicedesk.store.database import Database

    app = QApplication([])
    editor = DraftEditor(Database(url), Actor(user_id, "KL"), case_id)
    editor.show()

    def wait(condition: object, seconds: float = 30.0) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()
            if condition():  # type: ignore[operator]
                return True
            time.sleep(0.01)
        return False

    if not wait(lambda: editor.version is not None and editor.notes.isEnabled()):
        return 1
    editor.notes.setPlainText("Bitte beim Pförtner abgeben")
    editor.terms_text.setFocus()
    editor.terms_text.clear()
    QTest.keyClicks(editor.terms_text, "zahlbar sofort")
    editor.autosaver.flush()
    if not wait(lambda: editor.autosaver.saves >= 1 and not editor.autosaver.busy):
        return 1
    print("autosaved", flush=True)
    while True:  # the session stays open until the process is killed
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
