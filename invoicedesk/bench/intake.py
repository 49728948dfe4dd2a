"""``invoicedesk bench intake``: the intake pipeline against plain pdfplumber text extraction.

The app path takes the files in exactly as the GUI does (case in Uploading, parsing in the
sandboxed pool of two processes, fields, duplicates, Ready/Error) into a database; the raw
baseline runs ``pdfplumber.open(f).pages[i].extract_text()`` over the same files in one
process, in the same run. Copies get a changed trailing comment so none is a duplicate file.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from invoicedesk.config import project_root


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``bench intake``."""
    cmd = sub.add_parser("intake", help="intake pipeline vs. raw pdfplumber", parents=[common])
    cmd.add_argument("--files", type=Path, default=None,
                     help="folder of PDFs (default: the shared plain invoices and e-invoices)")
    cmd.add_argument("--copies", type=int, default=3, help="copies of each file")
    cmd.add_argument("--workers", type=int, default=2)
    cmd.add_argument("--scanned", action="store_true",
                     help="image-only scans of the plain invoices vs. the raw OCR engine")
    cmd.set_defaults(handler=_run)


def _default_files() -> list[Path]:
    data = project_root().parent / "shared" / "data"
    plain = sorted((data / "pdf" / "plain-invoices").glob("*.pdf"))
    einvoices = sorted((data / "einvoice" / "zugferd").glob("*.pdf"))[:10]
    return plain + einvoices


def _copies(files: list[Path], copies: int) -> list[tuple[str, bytes]]:
    result = []
    for n in range(copies):
        for path in files:
            data = path.read_bytes() + f"\n%invoicedesk-bench-copy-{n}\n".encode()
            result.append((f"{path.stem}-{n}{path.suffix}", data))
    return result


def _raw(items: list[tuple[str, bytes]]) -> float:
    import io

    import pdfplumber

    started = time.perf_counter()
    for _name, data in items:
        try:
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                for page in pdf.pages:
                    page.extract_text()
        except Exception:  # noqa: S112 - the baseline skips unreadable files
            continue
    return time.perf_counter() - started


def _app(items: list[tuple[str, bytes]], url: str | None, workers: int) -> float:
    from invoicedesk.documents.intake.sandbox import ParserPool
    from invoicedesk.domain.workflow import Actor
    from invoicedesk.services.incoming.intake import take_in
    from invoicedesk.store.database import Database
    from invoicedesk.store.migrate import upgrade

    with tempfile.TemporaryDirectory() as tmp:
        db = Database(url or f"sqlite:///{Path(tmp, 'bench.sqlite3').as_posix()}")
        upgrade(db.engine)
        # the application's pool lives as long as the application: each worker compiles the
        # e-invoice validators once, before its first file; here before the clock starts
        with ParserPool(workers, warm_up=True) as pool:
            pool.wait_ready()
            started = time.perf_counter()
            take_in(db, Actor.system(), items, pool)
            seconds = time.perf_counter() - started
        db.dispose()
    return seconds


def _run(args: argparse.Namespace) -> int:
    if args.scanned:
        from invoicedesk.bench.intake_scanned import run

        data = project_root().parent / "shared" / "data" / "pdf" / "plain-invoices"
        scans = sorted((args.files or data).glob("*.pdf"))
        print(json.dumps(run(scans, max(1, args.copies), args.database_url, args.workers)))
        return 0
    files = sorted(args.files.glob("*.pdf")) if args.files else _default_files()
    items = _copies(files, max(1, args.copies))
    raw_s = _raw(items)
    app_s = _app(items, args.database_url, args.workers)
    result = {
        "files": len(items),
        "app_seconds": round(app_s, 2),
        "raw_seconds": round(raw_s, 2),
        "app_per_s": round(len(items) / app_s, 2),
        "raw_per_s": round(len(items) / raw_s, 2),
        "ratio": round(raw_s / app_s, 2),
    }
    print(json.dumps(result))
    return 0
