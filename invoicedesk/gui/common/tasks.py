"""The one way to run work off the GUI thread: :func:`run_task`.

    from invoicedesk.gui.common.tasks import CancelToken, run_task

    def count(db, flt):                      # runs in a worker thread
        with db.read() as s:                 # workers open their own unit of work
            return count_rows(s, flt)

    run_task(count, db, flt, on_done=self._show_count, label="Counting cases")

* ``fn(*args, **kwargs)`` runs on a :class:`QThreadPool` thread; it must not touch widgets.
* ``on_done(result)`` / ``on_error(exc)`` / ``on_progress(done, total, text)`` are called on
  the GUI thread. Without ``on_error`` the error is shown to the clerk as a message.
* Progress: pass ``on_progress`` and ``fn`` receives a keyword ``progress`` to call as
  ``progress(done, total, text="")`` (thread-safe). Cancelling: pass a :class:`CancelToken`
  and ``fn`` receives it as keyword ``cancel``; it should check ``cancel.cancelled`` (or call
  ``cancel.raise_if_cancelled()``) between steps. A cancelled task calls neither callback.
* ``owner``: a QObject whose deletion drops the task's callbacks (a closed dialog).
* ``delay_ms``: start the work after this delay, so that the GUI paints what it has first
  (counts and other second-priority loads).
* ``resident``: a task that runs as long as its owner (a listener, a scheduler loop). It is
  neither shown as work in progress nor counted by :meth:`TaskRegistry.busy`; it must stop
  when its cancel token is cancelled.
* Every task appears in :data:`TASKS` (label and progress) for the status bar while it runs.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from invoicedesk.gui.common import dialogs

log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised inside a worker by :meth:`CancelToken.raise_if_cancelled`."""


class CancelToken:
    """A thread-safe flag the GUI sets and the worker polls."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the task to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise :class:`TaskCancelled` when the task was cancelled."""
        if self._event.is_set():
            raise TaskCancelled


@dataclass
class TaskInfo:
    """A running task as the status bar shows it."""

    label: str
    done: int = 0
    total: int = 0
    text: str = ""
    resident: bool = False
    #: the function's name, for the log when the task does not end at exit
    name: str = ""


class TaskRegistry(QObject):
    """The running tasks; ``changed`` fires when one starts, progresses or ends."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._running: dict[int, TaskInfo] = {}
        self._keep: set[_Carrier] = set()
        #: carriers whose task ended but whose worker may still hold a reference
        self._retired: list[_Carrier] = []

    def _retire(self, carrier: _Carrier) -> None:
        """Keep ``carrier`` until its worker has let go of it, then drop it here.

        The last reference to a QObject's wrapper must go on the GUI thread: freed in a
        worker, Shiboken defers the C++ deletion to the main thread, which crashed PySide6 6.12
        (``BindingManager::runDeletionInMainThread``, a segfault after the first-start wizard's
        background tasks)."""
        self._keep.discard(carrier)
        self._retired.append(carrier)
        self._retired = [c for c in self._retired if not c.released.is_set()]

    def running(self) -> list[TaskInfo]:
        """Tasks with a label that are still running (oldest first)."""
        return [t for t in self._running.values() if t.label and not t.resident]

    def busy(self) -> int:
        """Number of tasks not finished yet (including unlabelled ones, not resident ones)."""
        return sum(1 for t in self._running.values() if not t.resident)


#: the registry of this process (created on first use, on the GUI thread)
_registry: TaskRegistry | None = None


def registry() -> TaskRegistry:
    """The process's task registry."""
    global _registry
    if _registry is None:
        _registry = TaskRegistry()
    return _registry


class _Carrier(QObject):
    """Lives on the GUI thread; the worker emits its signals, the slots run on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)

    def __init__(
        self,
        task_id: int,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[int, int, str], None] | None,
        owner: QObject | None,
    ) -> None:
        super().__init__()
        self.task_id = task_id
        self.on_done = on_done
        self.on_error = on_error
        self.on_progress = on_progress
        self.owner = owner
        #: set by the worker once it holds no reference to this carrier any more
        self.released = threading.Event()
        self.finished.connect(self._finished)
        self.failed.connect(self._failed)
        self.progressed.connect(self._progressed)

    def _alive(self) -> bool:
        return self.owner is None or shiboken6.isValid(self.owner)

    def _end(self) -> None:
        reg = registry()
        reg._running.pop(self.task_id, None)
        reg._retire(self)
        reg.changed.emit()

    @Slot(object)
    def _finished(self, result: Any) -> None:
        self._end()
        if self.on_done is not None and self._alive():
            self.on_done(result)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._end()
        if isinstance(exc, TaskCancelled) or not self._alive():
            return
        if self.on_error is not None:
            self.on_error(exc)
        else:
            dialogs.show_error(None, "InvoiceDesk", dialogs.error_text(exc))

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        info = registry()._running.get(self.task_id)
        if info is not None:
            info.done, info.total, info.text = done, total, text
            registry().changed.emit()
        if self.on_progress is not None and self._alive():
            self.on_progress(done, total, text)


class _Runnable(QRunnable):
    def __init__(self, carrier: _Carrier, fn: Callable[..., Any], args: Any, kwargs: Any) -> None:
        super().__init__()
        self.carrier = carrier
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self) -> None:
        released = self.carrier.released
        try:
            try:
                result = self.fn(*self.args, **self.kwargs)
            except BaseException as exc:
                if not isinstance(exc, TaskCancelled):
                    name = getattr(self.fn, "__name__", self.fn)
                    log.exception("background task %s failed", name)
                self.carrier.failed.emit(exc)
            else:
                self.carrier.finished.emit(result)
        except RuntimeError:
            # the application is shutting down and the carrier is gone: nobody to tell
            log.debug("result of a background task dropped at shutdown")
        finally:
            # let go of the carrier (also held by the progress callback in kwargs) while the
            # GUI thread still keeps it; it drops the last reference (see TaskRegistry._retire)
            self.fn, self.args, self.kwargs = _nothing, (), {}
            self.carrier = None  # type: ignore[assignment]
            released.set()


def _nothing(*_args: Any, **_kwargs: Any) -> None:
    """Stands in for a finished runnable's function (its references are dropped)."""


_next_id = 0
#: at least this many worker threads, whatever the number of cores: most tasks wait on I/O
MIN_THREADS = 6


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    cancel_token: CancelToken | None = None,
    label: str = "",
    owner: QObject | None = None,
    delay_ms: int = 0,
    resident: bool = False,
    **kwargs: Any,
) -> int:
    """Run ``fn(*args, **kwargs)`` on the thread pool; see the module docstring. Returns an id."""
    global _next_id
    _next_id += 1
    reg = registry()
    carrier = _Carrier(_next_id, on_done, on_error, on_progress, owner)
    if on_progress is not None:
        kwargs["progress"] = lambda done, total, text="": carrier.progressed.emit(
            int(done), int(total), str(text)
        )
    if cancel_token is not None:
        kwargs["cancel"] = cancel_token
    name = getattr(fn, "__qualname__", type(fn).__name__)
    reg._running[_next_id] = TaskInfo(label, resident=resident, name=name)
    reg._keep.add(carrier)
    reg.changed.emit()
    runnable = _Runnable(carrier, fn, args, kwargs)
    pool = QThreadPool.globalInstance()
    if pool.maxThreadCount() < MIN_THREADS:  # long waits (listening, SMTP) must not starve
        pool.setMaxThreadCount(MIN_THREADS)
    if delay_ms > 0:
        QTimer.singleShot(delay_ms, carrier, lambda: QThreadPool.globalInstance().start(runnable))
    else:
        QThreadPool.globalInstance().start(runnable)
    return _next_id


def wait_idle(timeout_ms: int = 30000) -> bool:
    """Block until the pool has no work (shutdown, tests); callbacks still need the event loop.

    Delayed tasks that have not started yet are not waited for; see :meth:`TaskRegistry.busy`.
    """
    return bool(QThreadPool.globalInstance().waitForDone(timeout_ms))


def wait_before_exit(timeout_ms: int = 5000) -> list[str]:
    """Wait up to ``timeout_ms`` for the background work when the application ends; returns
    the tasks still running (their names and labels), empty when everything ended.

    A task that never ends would keep the process alive forever after the last window closed:
    Qt's thread pool waits for all its threads when the process ends, without a time limit.
    Pass a non-empty result to :func:`end_process`."""
    if wait_idle(timeout_ms):
        return []
    reg = registry()
    busy = {c.task_id for c in reg._keep if not c.released.is_set()}
    running = [t for i, t in reg._running.items() if i in busy]
    return [f"{t.name} ({t.label})" if t.label else t.name for t in running] or ["(unknown)"]


def end_process(code: int, stuck: list[str]) -> NoReturn:
    """End this process now although background ``stuck`` tasks still run (never returns).

    Their stacks go to the log first, so that the task that did not end can be found. Ending
    hard is safe: a unit of work that is cut off is rolled back by the database, and every
    job is built to survive a process killed at any moment."""
    names = {t.ident: t.name for t in threading.enumerate()}
    stacks = [  # Qt's pool threads are not in threading.enumerate(): every frame, by ident
        f"thread {names.get(ident, ident)}:\n" + "".join(traceback.format_stack(frame))
        for ident, frame in sys._current_frames().items()
        if ident != threading.get_ident()
    ]
    log.error(
        "background work did not end at exit, the process ends without it: %s\n%s",
        ", ".join(stuck),
        "\n".join(stacks),
    )
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
