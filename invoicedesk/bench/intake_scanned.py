"""``invoicedesk bench intake --scanned``: scanned invoices through the intake against the raw
OCR engine on the same page images.

Each PDF is turned into an image-only scan (pages rendered at 200 dpi grey with pypdfium2,
JPEG quality 70, one JPEG per page in a PDF — no text layer). The raw baseline decodes the
same page images and runs Tesseract (same languages, one process) over each; the app path
takes the scans in exactly as the GUI does (sandboxed pool, deskew and orientation, read-out,
searchable copy, database). Reported: pages per second of each and their ratio.
"""

from __future__ import annotations

import io
import tempfile
import time
from pathlib import Path

from PIL import Image

DPI = 200
MAX_PAGES = 3


def scanned_copy(pdf: bytes) -> tuple[bytes, list[bytes]]:
    """An image-only PDF of the first pages of ``pdf`` and its page images (JPEG bytes)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    jpegs = []
    try:
        for index in range(min(len(document), MAX_PAGES)):
            page = document[index]
            image = page.render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
            page.close()
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=70)
            jpegs.append(buffer.getvalue())
    finally:
        document.close()
    pages = [Image.open(io.BytesIO(jpeg)) for jpeg in jpegs]
    out = io.BytesIO()
    pages[0].save(out, "PDF", resolution=DPI, save_all=True, append_images=pages[1:])
    return out.getvalue(), jpegs


def raw_ocr(pages: list[bytes]) -> float:
    """Seconds for Tesseract alone over the page images (decoded here, one process)."""
    from invoicedesk.documents.intake.ocr.engine import recognise

    recognise(Image.new("L", (200, 60), 255))  # load the language data before the clock
    started = time.perf_counter()
    for jpeg in pages:
        recognise(Image.open(io.BytesIO(jpeg)), DPI)
    return time.perf_counter() - started


def app_ocr(items: list[tuple[str, bytes]], url: str | None, workers: int) -> float:
    """Seconds for the intake of the scans (warm pool: each worker has read one scan)."""
    from invoicedesk.documents.intake.sandbox import ParserPool
    from invoicedesk.domain.workflow import Actor
    from invoicedesk.services.incoming.intake import take_in
    from invoicedesk.store.database import Database
    from invoicedesk.store.migrate import upgrade

    with tempfile.TemporaryDirectory() as tmp:
        db = Database(url or f"sqlite:///{Path(tmp, 'bench.sqlite3').as_posix()}")
        upgrade(db.engine)
        with ParserPool(workers, timeout_s=300) as pool:
            pool.wait_ready()
            for future in [pool.submit(items[0][1], items[0][0]) for _ in range(workers)]:
                future.result()  # every worker has loaded the OCR engine
            started = time.perf_counter()
            take_in(db, Actor.system(), items, pool)
            seconds = time.perf_counter() - started
        db.dispose()
    return seconds


def run(files: list[Path], copies: int, url: str | None, workers: int) -> dict[str, float]:
    """The scanned variant's figures."""
    scans: list[tuple[str, bytes]] = []
    pages: list[bytes] = []
    for path in files:
        scan, jpegs = scanned_copy(path.read_bytes())
        for n in range(copies):
            scans.append((f"{path.stem}-scan-{n}.pdf", scan + f"\n%copy-{n}\n".encode()))
            pages += jpegs
    raw_s = raw_ocr(pages)
    app_s = app_ocr(scans, url, workers)
    return {
        "scans": len(scans),
        "pages": len(pages),
        "app_seconds": round(app_s, 2),
        "raw_seconds": round(raw_s, 2),
        "app_pages_per_s": round(len(pages) / app_s, 2),
        "raw_pages_per_s": round(len(pages) / raw_s, 2),
        "ratio": round(raw_s / app_s, 2),
    }
