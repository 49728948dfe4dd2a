"""Local OCR of scanned supplier invoices (Tesseract 5 through ``tesserocr``, language data
shipped in ``resources/ocr/tessdata``; nothing is downloaded). Runs only in the sandboxed
intake worker. See ``docs/ocr.md`` for why this engine."""
