"""Save drafts as the clerk types: a debounced background save plus a save on focus change.

    self.autosaver = Autosaver(self, self._autosave_job, on_saved=self._autosaved,
                               on_error=self._autosave_failed)
    self.autosaver.watch(*self.fields.values(), self.lines)   # change signals + focus-out

    def _autosave_job(self):                 # GUI thread: collect the values now
        if not self.editable:
            return None                      # nothing to save
        return functools.partial(save_editor, db, actor, case_id, version, self.values())

The job returned by ``prepare`` runs through :func:`~invoicedesk.gui.common.tasks.run_task`; while
it
runs, further edits wait and are saved right after it (never two saves of one draft at once,
so the version check does not trip over itself). ``on_error`` gets validation errors of
half-typed values: show them quietly (a label), not in a dialog. Wrap programmatic changes
(loading) in ``with autosaver.paused():``. The crash handler calls :func:`flush_all`, so a
pending change is saved before the error dialog appears; closing the owner flushes too. Each
save is noted in :mod:`~invoicedesk.gui.common.draft_journal` (the owner's ``case_id``), so the
next start offers the drafts that were open when the application died.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from invoicedesk.gui.common import draft_journal
from invoicedesk.gui.common.tasks import run_task

DELAY_MS = 2000
_all: weakref.WeakSet[Autosaver] = weakref.WeakSet()

Job = Callable[[], Any]


class Autosaver(QObject):
    """Debounced autosave of one draft editor (see the module docstring)."""

    def __init__(
        self,
        owner: QWidget,
        prepare: Callable[[], Job | None],
        *,
        on_saved: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        delay_ms: int = DELAY_MS,
        label: str = "Saving draft",
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self.prepare = prepare
        self.on_saved = on_saved
        self.on_error = on_error
        self.label = label
        self.dirty = False
        self.busy = False
        self.saves = 0
        self._paused = 0
        self._closed = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)
        owner.installEventFilter(self)
        _all.add(self)

    def watch(self, *widgets: QWidget) -> None:
        """Mark the draft changed on each widget's edit signal and save when it loses focus."""
        for widget in widgets:
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self.mark_dirty)
            elif isinstance(widget, QPlainTextEdit | QTextEdit):
                widget.textChanged.connect(self.mark_dirty)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.mark_dirty)
                if widget.isEditable():
                    widget.editTextChanged.connect(self.mark_dirty)
            elif isinstance(widget, QDateEdit):
                widget.dateChanged.connect(self.mark_dirty)
            elif isinstance(widget, QAbstractSpinBox):
                widget.editingFinished.connect(self.mark_dirty)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self.mark_dirty)
            elif isinstance(widget, QTableWidget):
                widget.itemChanged.connect(self.mark_dirty)
            elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
                widget.model().dataChanged.connect(self.mark_dirty)
            widget.installEventFilter(self)

    def mark_dirty(self, *_args: object) -> None:
        """Something changed: save after the delay (restarted by every further change)."""
        if self._paused:
            return
        self.dirty = True
        self.timer.start()

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Changes made inside (loading values into the fields) are not drafts to save."""
        self._paused += 1
        try:
            yield
        finally:
            self._paused -= 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Focus leaving a changed field, or the owner closing, saves at once."""
        kind = event.type()
        leaving = kind == QEvent.Type.FocusOut and self.dirty
        closing = watched is self.owner and kind in (QEvent.Type.Close, QEvent.Type.Hide)
        if leaving or closing:
            self.flush()
        if closing:
            self._closed = True
            draft_journal.closed(self.owner)  # no longer open: nothing to offer after a crash
        return False

    def flush(self) -> bool:
        """Save now if there are unsaved changes; True when a save was started."""
        self.timer.stop()
        if not self.dirty or self._paused:
            return False
        if self.busy:
            return False  # saved again right after the running save
        job = self.prepare()
        self.dirty = False
        if job is None:
            return False
        self.busy = True
        run_task(job, on_done=self._done, on_error=self._failed, owner=self, label=self.label)
        return True

    def cancel_pending(self) -> None:
        """Forget unsaved changes (an explicit save is about to store them)."""
        self.timer.stop()
        self.dirty = False

    def _done(self, result: Any) -> None:
        self.busy = False
        self.saves += 1
        if self.on_saved is not None:
            self.on_saved(result)
        if not self._closed:
            draft_journal.saved(self.owner)  # offered at the next start if the app dies now
        if self.dirty:
            self.flush()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        if self.on_error is not None:
            self.on_error(exc)


def flush_all() -> int:
    """Start the save of every draft with unsaved changes (crash handler); returns how many.

    Savers whose window is already gone (deleted on the C++ side) are dropped, never touched.
    """
    started = 0
    for saver in list(_all):
        if not (shiboken6.isValid(saver) and shiboken6.isValid(saver.timer)):
            _all.discard(saver)
            continue
        started += saver.flush()
    return started
