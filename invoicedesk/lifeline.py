"""Child processes that die with their parent, on Linux, Windows and macOS.

The parser pool (:mod:`invoicedesk.documents.intake.sandbox`) and the render pool
(:mod:`invoicedesk.services.outgoing.render_pool`) start worker processes. When the
application or a CLI command is killed (``kill -9``, the task manager, a crash), nobody tells
them: a worker waiting for its next job on a pipe that other workers also hold open, or busy
with a file, would live on. :func:`die_with_parent` is the first thing each worker does:

* a daemon thread waits on :func:`multiprocessing.parent_process`'s sentinel — a pipe that
  reaches end-of-file on POSIX, a process handle that is signalled on Windows — and ends the
  worker with :func:`os._exit` the moment the parent is gone. For forkserver workers the
  sentinel belongs to the process that asked for them (the application), not to the fork
  server. Where there is no sentinel it polls :func:`os.getppid` instead.
* :func:`hard_deadline` arms :mod:`faulthandler`'s watchdog, a C thread that needs no GIL:
  a worker stuck inside C code that never releases the GIL (which would also keep the thread
  above from running) is ended after the deadline, whether its parent lives or not.

The fork server and the resource tracker of :mod:`multiprocessing` end by themselves once
every process holding their pipes has ended, i.e. right after the workers.
``PR_SET_PDEATHSIG`` (Linux) is not used: it fires when the *thread* that started the child
ends, and the pools are started from worker threads that come and go.

:class:`SharedPool` holds the one pool of a kind that an application process shares, started
on first use and ended at exit.
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from typing import IO, Generic, TypeVar

T = TypeVar("T")

_STARTED = threading.Event()
_DEVNULL: list[IO[str]] = []
#: seconds between two looks at the parent's pid where there is no sentinel to wait on
POLL_S = 1.0


def _watch(parent: multiprocessing.process.BaseProcess | None, ppid: int) -> None:
    if parent is not None and getattr(parent, "_sentinel", None) is not None:
        parent.join()  # returns when the parent's sentinel is ready: the parent has ended
    else:
        while os.getppid() == ppid:
            time.sleep(POLL_S)
    os._exit(1)


def die_with_parent() -> None:
    """End this (child) process as soon as its parent process ends. Harmless in a process
    that has no parent in :mod:`multiprocessing`'s sense, and when called twice."""
    parent = multiprocessing.parent_process()
    if parent is None or _STARTED.is_set():
        return
    _STARTED.set()
    thread = threading.Thread(
        target=_watch, args=(parent, os.getppid()), name="die-with-parent", daemon=True
    )
    thread.start()


def hard_deadline(seconds: float | None) -> None:
    """End this process after ``seconds`` even if it is stuck in C code; ``None`` disarms."""
    if seconds is None:
        faulthandler.cancel_dump_traceback_later()
        return
    if not _DEVNULL:
        _DEVNULL.append(open(os.devnull, "w"))  # noqa: SIM115 - kept open for faulthandler
    faulthandler.dump_traceback_later(seconds, exit=True, file=_DEVNULL[0])


class SharedPool(Generic[T]):
    """The pool of child processes of one kind that an application process shares: started by
    ``start`` on first use (call :meth:`get` off the GUI thread, it starts processes), ended by
    ``stop`` at exit (a later :meth:`get` starts a new one)."""

    def __init__(self, start: Callable[[], T], stop: Callable[[T], None]) -> None:
        self._start, self._stop = start, stop
        self._pool: T | None = None
        self._lock = threading.Lock()

    def get(self) -> T:
        """The pool, started now if needed."""
        with self._lock:
            if self._pool is None:
                self._pool = self._start()
            return self._pool

    def close(self) -> None:
        """End the pool's processes (at application exit)."""
        with self._lock:
            if self._pool is not None:
                self._stop(self._pool)
                self._pool = None
