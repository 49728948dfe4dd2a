"""Taking in supplier invoices from the desk: 200 dropped/imported files, the window stays live."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QToolBar
from sqlalchemy import func, select

from invoicedesk.config import WorkstationSettings
from invoicedesk.documents.intake.sandbox import SHARED
from invoicedesk.domain.workflow import Action
from invoicedesk.gui.common.tasks import registry
from invoicedesk.gui.desk.actions import ACTION_HOOKS
from invoicedesk.gui.incoming.editor import IncomingEditor
from invoicedesk.gui.incoming.entries import IntakeEntry
from invoicedesk.store.models.cases import Case, StatusHistory

from .conftest import settle

FILES = 200


@pytest.fixture(autouse=True)
def _close_parser() -> Iterator[None]:
    yield
    SHARED.close()


def _copies(shared_data: Path, target: Path, count: int) -> list[Path]:
    """``count`` invoice PDFs from the plain set, each with different bytes (no file duplicates)."""
    sources = sorted((shared_data / "pdf" / "plain-invoices").glob("*.pdf"))
    paths: list[Path] = []
    for i in range(count):
        source = sources[i % len(sources)]
        path = target / f"{source.stem}-{i:03d}.pdf"
        path.write_bytes(source.read_bytes() + f"\n%copy {i}\n".encode())
        paths.append(path)
    return paths


def _statuses(db: Any) -> dict[str, int]:
    with db.read() as s:
        rows = s.execute(
            select(Case.status, func.count()).where(Case.direction == "in").group_by(Case.status)
        )
        return {status: count for status, count in rows}


def test_two_hundred_files_taken_in_without_freezing(
    qtbot: Any, window: Any, db: Any, shared_data: Path, tmp_path: Path
) -> None:
    controller = window.findChild(IntakeEntry).controller()
    paths = _copies(shared_data, tmp_path, FILES)
    gaps: list[float] = []
    last = [time.monotonic()]

    def beat() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(20)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    controller.import_files(paths)
    assert registry().busy() >= 1  # the status bar shows the work
    qtbot.waitUntil(lambda: _statuses(db).get("processing", 0) + _statuses(db).get("ready", 0)
                    >= FILES, timeout=60_000)  # every case exists long before all are read
    qtbot.waitUntil(lambda: controller.running == 0, timeout=600_000)
    heartbeat.stop()
    settle(qtbot)
    statuses = _statuses(db)
    assert sum(statuses.values()) == FILES
    assert set(statuses) <= {"ready", "error"}, statuses
    assert statuses.get("ready", 0) == FILES  # all six suppliers' PDFs are readable
    assert f"{FILES} files taken in: {FILES} ready" in window.status.currentMessage()
    # the event loop kept running: no gap near the length of the whole intake
    assert max(gaps) < 1.5, f"the window froze for {max(gaps):.2f} s"
    assert window.model.rowCount() >= FILES


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")
def test_drop_on_the_table_imports_pdfs_and_ignores_other_files(
    qtbot: Any, window: Any, db: Any, shared_data: Path, tmp_path: Path
) -> None:
    (pdf,) = _copies(shared_data, tmp_path, 1)
    text = tmp_path / "notes.txt"
    text.write_text("not an invoice")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf)), QUrl.fromLocalFile(str(text))])
    viewport = window.table.viewport()
    enter = QDragEnterEvent(  # Qt delivers a drop only to the widget that accepted the enter
        QPoint(20, 20), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(QPoint(20, 20)), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)
    controller = window.findChild(IntakeEntry).controller()
    qtbot.waitUntil(lambda: controller.running == 0 and bool(controller.outcomes), timeout=60_000)
    settle(qtbot)
    assert [o.status for o in controller.outcomes] == ["ready"]
    assert _statuses(db) == {"ready": 1}


def test_watched_folder_takes_each_file_once_and_edit_opens_the_editor(
    qtbot: Any, window: Any, db: Any, shared_data: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    names = sorted(p.name for p in _copies(shared_data, folder, 3))
    settings = WorkstationSettings.load()
    settings.watch_folder = str(folder)
    settings.save()
    controller = window.findChild(IntakeEntry).controller()
    controller.scan_watch_folder()
    controller.scan_watch_folder()  # a second tick while the first scan runs does nothing
    qtbot.waitUntil(lambda: controller.running == 0 and len(controller.outcomes) == 3,
                    timeout=60_000)
    settle(qtbot)
    assert sorted(p.name for p in (folder / "done").iterdir()) == names
    assert not list(folder.glob("*.pdf"))
    controller.scan_watch_folder()
    settle(qtbot)
    assert _statuses(db) == {"ready": 3}  # nothing taken in twice
    # the Edit action on a Ready incoming case opens the editor beside the PDF
    window.refresh()
    settle(qtbot)
    window.table.selectRow(0)
    settle(qtbot)
    assert Action.EDIT in ACTION_HOOKS
    window.case_actions.trigger(Action.EDIT)
    editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, IncomingEditor)]
    assert len(editors) == 1
    settle(qtbot)
    assert editors[0].fields["gross"].text()
    editors[0].close()
    editors[0].deleteLater()
    settle(qtbot)


def test_an_error_case_offers_read_again_on_the_toolbar(
    qtbot: Any, window: Any, db: Any, shared_data: Path, tmp_path: Path
) -> None:
    """A file that failed (here: a PDF cut short) is put back and read again from the desk."""
    from invoicedesk.domain.workflow import Actor
    from invoicedesk.services.incoming.intake import take_in

    (good,) = _copies(shared_data, tmp_path, 1)
    content = good.read_bytes()
    (failed,) = take_in(db, Actor.system(), [("cut.pdf", content[:200])], SHARED.get())
    assert failed.status == "error"
    window.refresh()
    settle(qtbot)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.details is not None)
    settle(qtbot)
    read_again = window.case_actions.actions[Action.READ_AGAIN]
    assert read_again.isVisible() and read_again.isEnabled()
    assert window.case_actions.actions[Action.ARCHIVE].isEnabled()
    assert read_again in window.findChild(QToolBar).actions()
    read_again.trigger()  # the stored file is still cut short: it ends in Error again
    qtbot.waitUntil(lambda: registry().busy() == 0, timeout=60_000)
    settle(qtbot)
    assert _statuses(db) == {"error": 1}
    assert "1 with errors" in window.status.currentMessage()
    with db.read() as s:
        actions = s.scalars(select(StatusHistory.action).order_by(StatusHistory.id)).all()
    assert actions[-2:] == ["read_again", "system_error"]
