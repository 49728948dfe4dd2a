"""Rendering issued invoices in worker processes, so a billing run uses every core.

The database work (numbers, snapshots, history) stays in the calling process; only the
pure rendering — reportlab page, EPC QR code, Factur-X XML with its XSD check — goes to the
pool. ``workers=0`` renders in the calling process (tests, one-core machines). The workers end
with the process that started them, however it ends (:mod:`invoicedesk.lifeline`).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

from invoicedesk.lifeline import die_with_parent

if TYPE_CHECKING:
    from invoicedesk.documents.model import InvoiceDocument

#: what the rendering processes load before their first job (reportlab, factur-x, fonts);
#: imported lazily here, so that the application's own process carries none of it until used
RENDER_MODULES = ["invoicedesk.documents.einvoice.facturx", "invoicedesk.documents.pdf.kit"]


def _warm_up() -> None:
    """Worker start: fonts registered once per process."""
    from invoicedesk.documents.pdf.kit import register_fonts

    register_fonts()


def _start_worker() -> None:
    """Initializer of each rendering process: die with the parent, then warm up."""
    die_with_parent()
    _warm_up()


def render_document(doc: InvoiceDocument) -> bytes:
    """The worker's job: the Factur-X PDF of one issued document."""
    from invoicedesk.documents.einvoice.facturx import render_invoice_pdf

    return render_invoice_pdf(doc)


def default_workers() -> int:
    """One worker per core (at least one)."""
    return max(1, os.cpu_count() or 1)


class RenderPool:
    """A lazily started pool of rendering processes, shared by the runs of one application."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = default_workers() if workers is None else max(0, workers)
        self._executor: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        """Start the worker processes now (and wait until each one is ready)."""
        if self.workers == 0:
            _warm_up()
            return
        with self._lock:
            if self._executor is None:
                method = "forkserver" if sys.platform.startswith("linux") else "spawn"
                ctx = multiprocessing.get_context(method)
                if method == "forkserver":
                    preload = ["invoicedesk.services.outgoing.render_pool", *RENDER_MODULES]
                    ctx.set_forkserver_preload(preload)
                self._executor = ProcessPoolExecutor(
                    self.workers, mp_context=ctx, initializer=_start_worker
                )
                ready = [self._executor.submit(_warm_up) for _ in range(self.workers)]
                for f in ready:
                    f.result()

    def submit(self, doc: InvoiceDocument) -> Future[bytes]:
        """Render ``doc``; the future holds the PDF bytes or the rendering error."""
        if self.workers == 0:
            done: Future[bytes] = Future()
            try:
                done.set_result(render_document(doc))
            except Exception as exc:  # handed to the caller through the future
                done.set_exception(exc)
            return done
        self.start()
        assert self._executor is not None
        return self._executor.submit(render_document, doc)

    def close(self) -> None:
        """End the worker processes."""
        with self._lock:
            if self._executor is not None:
                self._executor.shutdown(wait=True, cancel_futures=True)
                self._executor = None
