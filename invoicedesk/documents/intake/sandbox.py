"""The untrusted-file boundary: parse and validate incoming files in separate worker processes.

Every file is read — and an e-invoice checked against its XSD and schematron — by
:func:`.readout.read_document` in a child process started with the ``spawn`` method (the same
on Windows, macOS and Linux). The parent enforces

* a **size limit** (checked before anything is sent to a child),
* a **wall-clock limit**: a child that takes longer is killed and replaced,
* a **memory limit** (:mod:`.memory_limit`): ``RLIMIT_DATA`` on Linux, a job object on
  Windows, so an allocation beyond it raises ``MemoryError`` in the child; macOS enforces
  neither, there the wall-clock limit is the guard.

Whatever happens in the child (exception, ``MemoryError``, segfault, hang), the caller gets a
:class:`.result.ParseResult` with ``ok=False`` and a sentence for the clerk, and the pool goes
on with the next file. The children end with the application, however it ends
(:mod:`invoicedesk.lifeline`). :data:`SHARED` is the one pool of an application process.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from invoicedesk.lifeline import SharedPool, die_with_parent, hard_deadline

from .memory_limit import limit_memory
from .result import ParseResult, failure

MAX_FILE_BYTES = 50 * 1024 * 1024
READY = "ready"
"""What a child sends once its imports are done and it can take work."""
STARTUP_ALLOWANCE_S = 60.0
"""How long a new child may take to start before its first file's clock runs."""
HARD_LIMIT_FACTOR = 3
"""A child ends itself after this many times the time limit per file, even if stuck in C code
(its parent kills it long before, unless the parent is gone)."""
ParseFn = Callable[[bytes, str], ParseResult]
SHUT_DOWN = failure("The parser has been shut down.")
"""The result of a file the pool never read because it was closed (the application quit):
compare with ``is``; the file is not broken, its case is read again later."""
_log = logging.getLogger(__name__)


def _worker_main(
    conn: Connection, memory_mb: int, parse_fn: ParseFn, limit_s: float, warm: bool = False
) -> None:
    """Child loop: receive ``(data, filename)``, send back a ``ParseResult``; ``None`` ends."""
    die_with_parent()
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    if parse_fn is read_in_child:  # load the readers before the time limit starts
        from . import readout  # noqa: F401
    limit_memory(memory_mb)
    if warm and parse_fn is read_in_child:  # compile the validators before saying ready
        from invoicedesk.documents.einvoice.validate import warm_up

        with contextlib.suppress(Exception):  # a failure shows again when a file needs them
            warm_up("all")
    conn.send(READY)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        data, filename = task
        hard_deadline(limit_s * HARD_LIMIT_FACTOR)
        try:
            result = parse_fn(data, filename)
        except MemoryError:
            result = failure(f"Reading the file needed more than {memory_mb} MB of memory.")
        except RecursionError:
            result = failure("The file is nested too deeply to be read.")
        except Exception as exc:  # the child reports every failure as a result
            result = failure(f"The file could not be read ({type(exc).__name__}).")
        del data
        hard_deadline(None)
        try:
            conn.send(result)
        except MemoryError:
            conn.send(failure(f"Reading the file needed more than {memory_mb} MB of memory."))


@dataclass
class _Job:
    data: bytes = field(repr=False)
    filename: str
    future: Future[ParseResult]
    worker: int | None = None  # only this worker may take the job (see ``wait_ready``)


class _Worker:
    """One child process and the pipe to it."""

    def __init__(
        self, ctx: Any, memory_mb: int, parse_fn: ParseFn, limit_s: float, warm: bool
    ) -> None:
        self.conn, child_conn = ctx.Pipe()
        self.process = ctx.Process(
            target=_worker_main,
            args=(child_conn, memory_mb, parse_fn, limit_s, warm),
            daemon=True,
            name="invoicedesk-parser",
        )
        self.process.start()
        child_conn.close()
        self.job: _Job | None = None
        self.deadline = 0.0
        self.ready = False

    def stop(self, *, kill: bool) -> None:
        """End the child: politely (``None`` message) or by killing it."""
        if not kill:
            with contextlib.suppress(OSError, ValueError, BrokenPipeError):
                self.conn.send(None)
            self.process.join(2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()


def read_in_child(data: bytes, filename: str) -> ParseResult:
    """The default parse function: imports the PDF and XML readers only in the child process,
    so that the application's own process never loads them."""
    from .readout import read_document

    return read_document(data, filename)


class ParserPool:
    """A small pool of sandboxed parser processes.

    ``submit(data, filename)`` returns a ``Future[ParseResult]`` that always resolves to a
    result (never to an exception). ``parse_fn`` must be a picklable module-level function;
    it exists for tests (e.g. a function that hangs) and defaults to ``read_document``.
    """

    def __init__(
        self,
        workers: int = 2,
        *,
        timeout_s: float = 60,
        memory_mb: int = 512,
        parse_fn: ParseFn | None = None,
        warm_up: bool = False,
    ) -> None:
        self._ctx = multiprocessing.get_context("spawn")
        self._warm = warm_up
        self._timeout_s = timeout_s
        self._memory_mb = memory_mb
        self._parse_fn = parse_fn or read_in_child
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._workers = [self._spawn() for _ in range(max(1, workers))]
        self._closed = False
        #: ``submit`` and ``close`` take it around look-and-put: no job can follow the stop
        #: message into the queue, where no thread would ever answer its future (the thread
        #: waiting for it, an intake task, would wait forever and keep the application from
        #: ending)
        self._closing = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="parser-pool", daemon=True)
        self._thread.start()

    def _spawn(self) -> _Worker:
        return _Worker(self._ctx, self._memory_mb, self._parse_fn, self._timeout_s, self._warm)

    def submit(self, data: bytes, filename: str) -> Future[ParseResult]:
        """Queue one file's bytes for parsing; oversize files are refused at once."""
        future: Future[ParseResult] = Future()
        if len(data) > MAX_FILE_BYTES:
            size = MAX_FILE_BYTES // (1024 * 1024)
            future.set_result(failure(f"The file is larger than {size} MB."))
            return future
        with self._closing:
            if self._closed:
                future.set_result(SHUT_DOWN)
            else:
                self._jobs.put(_Job(data, filename, future))
        return future

    def wait_ready(self) -> None:
        """Return once every worker has started (and, with ``warm_up``, compiled the e-invoice
        validators): a tiny job is pinned to each worker and awaited."""
        futures = []
        with self._closing:
            if self._closed:
                return
            for index in range(len(self._workers)):
                future: Future[ParseResult] = Future()
                self._jobs.put(_Job(b"<ready/>", "ready.xml", future, index))
                futures.append(future)
        for future in futures:
            future.result()

    def close(self) -> None:
        """Stop accepting work, finish nothing further and end all child processes."""
        with self._closing:
            if self._closed:
                return
            self._closed = True
            self._jobs.put(None)
        self._thread.join(self._timeout_s + 10)

    def __enter__(self) -> ParserPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _run(self) -> None:
        pending: list[_Job] = []
        stopping = False
        while True:
            stopping = self._drain(pending) or stopping
            for index, worker in enumerate(self._workers):
                if worker.job is None and pending and not stopping:
                    job = next((j for j in pending if j.worker in (None, index)), None)
                    if job is not None:
                        pending.remove(job)
                        self._start(index, job)
            busy = [w for w in self._workers if w.job is not None]
            if stopping and not busy:
                break
            if not busy:
                job = self._jobs.get()
                if job is None:
                    stopping = True
                else:
                    pending.append(job)
                continue
            self._watch(busy)
        for job in pending:
            job.future.set_result(SHUT_DOWN)
        for worker in self._workers:
            worker.stop(kill=False)

    def _drain(self, pending: list[_Job]) -> bool:
        stopping = False
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                return stopping
            if job is None:
                stopping = True
            else:
                pending.append(job)

    def _start(self, index: int, job: _Job) -> None:
        worker = self._workers[index]
        if not worker.process.is_alive():
            worker.stop(kill=True)
            worker = self._workers[index] = self._spawn()
        # a fresh child first imports the PDF libraries; its clock starts when it says ready
        allowance = 0.0 if worker.ready else STARTUP_ALLOWANCE_S
        worker.job, worker.deadline = job, time.monotonic() + self._timeout_s + allowance
        try:
            worker.conn.send((job.data, job.filename))
        except (OSError, ValueError, BrokenPipeError):
            self._replace(worker, failure("The parser process could not be reached."))

    def _watch(self, busy: list[_Worker]) -> None:
        now = time.monotonic()
        timeout = max(0.0, min(min(w.deadline for w in busy) - now, 0.2))
        ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout)
        for worker in busy:
            if worker.conn in ready:
                try:
                    result = worker.conn.recv()
                except (EOFError, OSError):
                    self._replace(worker, self._crash_result(worker))
                    continue
                if isinstance(result, str) and result == READY:
                    worker.ready = True
                    worker.deadline = time.monotonic() + self._timeout_s
                    continue
                assert worker.job is not None
                worker.job.future.set_result(result)
                worker.job = None
            elif worker.process.sentinel in ready:
                self._replace(worker, self._crash_result(worker))
            elif time.monotonic() >= worker.deadline:
                limit = f"{self._timeout_s:g}"
                self._replace(worker, failure(f"Reading the file took longer than {limit} s."))

    def _crash_result(self, worker: _Worker) -> ParseResult:
        worker.process.join(1)
        code = worker.process.exitcode
        name = worker.job.filename if worker.job else "?"
        _log.warning("parser process for %s ended with exit code %s", name, code)
        return failure(f"The file made the reader crash (exit code {code}); it cannot be read.")

    def _replace(self, worker: _Worker, result: ParseResult) -> None:
        job = worker.job
        worker.stop(kill=True)
        self._workers[self._workers.index(worker)] = self._spawn()
        if job is not None and not job.future.done():
            job.future.set_result(result)


def parse_file(
    path_or_bytes: str | os.PathLike[str] | bytes,
    filename: str | None = None,
    *,
    timeout_s: float = 60,
    memory_mb: int = 512,
) -> ParseResult:
    """Parse one untrusted file in a fresh sandboxed process and return its result.

    Starting a process costs about a second; for several files use :class:`ParserPool`.
    """
    if isinstance(path_or_bytes, bytes):
        data, name = path_or_bytes, filename or "upload"
    else:
        path = Path(path_or_bytes)
        name = filename or path.name
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                return failure(f"The file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB.")
            data = path.read_bytes()
        except OSError as exc:
            return failure(f"The file cannot be opened ({exc.strerror or exc}).")
    with ParserPool(1, timeout_s=timeout_s, memory_mb=memory_mb) as pool:
        return pool.submit(data, name).result()


class SharedParser(SharedPool[ParserPool]):
    """The parser pool of an application process, started on first use and shared by the
    intake, the recovery of stuck cases and *Read again* (GUI, CLI and the dispatcher)."""

    def __init__(self, workers: int = 2) -> None:
        super().__init__(lambda: ParserPool(workers), ParserPool.close)


SHARED = SharedParser()
"""The one parser pool of this process."""
