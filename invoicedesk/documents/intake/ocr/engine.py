"""The OCR engine: Tesseract 5 (``tesserocr``) with the German, English, Dutch and French
language data that ship with InvoiceDesk (``resources/ocr/tessdata``, tessdata_fast, Apache-2.0).

One engine per process (the sandboxed intake worker), created on first use. Tesseract is told
to use one thread: the intake pool runs one worker per core.
"""

from __future__ import annotations

import contextlib
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

LANGUAGES = "deu+eng+nld+fra"
OcrWord = tuple[float, float, float, float, str, float]
"""(x0, top, x1, bottom, text, confidence 0..1) in pixels of the image given."""

_LOCK = threading.Lock()
_API: dict[str, Any] = {}


class OcrUnavailable(RuntimeError):
    """The engine or its language data is missing from this installation."""


def tessdata_dir() -> Path:
    """Where the language data lies (``INVOICEDESK_TESSDATA`` overrides, for tests)."""
    override = os.environ.get("INVOICEDESK_TESSDATA")
    if override:
        return Path(override)
    from invoicedesk.config import resources_dir

    return resources_dir() / "ocr" / "tessdata"


def _api() -> Any:
    api = _API.get("api")
    if api is None:
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        try:
            import tesserocr
        except ImportError as exc:  # pragma: no cover - a broken installation
            raise OcrUnavailable("tesserocr is not installed") from exc
        folder = tessdata_dir()
        missing = [lang for lang in LANGUAGES.split("+")
                   if not (folder / f"{lang}.traineddata").is_file()]  # fmt: skip
        if missing:
            raise OcrUnavailable(f"OCR language data missing: {', '.join(missing)}")
        api = tesserocr.PyTessBaseAPI(
            path=str(folder) + os.sep,
            lang=LANGUAGES,
            psm=tesserocr.PSM.AUTO,
            oem=tesserocr.OEM.LSTM_ONLY,
        )
        _API["api"] = api
        _API["module"] = tesserocr
    return api


def version() -> str:
    """The engine's name and version, e.g. ``tesseract 5.5.4``."""
    import tesserocr

    return str(tesserocr.tesseract_version()).splitlines()[0]


@dataclass(frozen=True)
class PageWords:
    """The words OCR found on one image."""

    words: list[OcrWord]

    @property
    def confidence(self) -> float:
        """Mean word confidence weighted by word length (0 when nothing was found)."""
        weight = sum(len(w[4]) for w in self.words)
        if not weight:
            return 0.0
        return sum(w[5] * len(w[4]) for w in self.words) / weight


def recognise(image: Image.Image, dpi: int = 200) -> PageWords:
    """Run OCR over ``image`` (grey or colour) and return its words with boxes."""
    with _LOCK:
        api = _api()
        module = _API["module"]
        api.SetImage(image.convert("L"))
        api.SetSourceResolution(dpi)
        api.Recognize()
        level = module.RIL.WORD
        found: list[OcrWord] = []
        iterator = api.GetIterator()
        for item in module.iterate_level(iterator, level) if iterator is not None else ():
            try:
                text = item.GetUTF8Text(level)
            except RuntimeError:  # an empty page: "No text returned"
                continue
            box = item.BoundingBox(level)
            if not text or not text.strip() or box is None:
                continue
            x0, top, x1, bottom = box
            # the line's box gives every word the height of its print line (ascender to
            # descender), as a PDF's text layer does; a glyph box of "ac" would be half as tall
            line = item.BoundingBox(module.RIL.TEXTLINE)
            if line is not None and line[1] <= top and line[3] >= bottom:
                top, bottom = line[1], line[3]
            # words printed on one line share its baseline: place the box by it (a "$" or a
            # bold total would otherwise start a line of its own)
            with contextlib.suppress(Exception):
                (_bx0, by0), (_bx1, by1) = item.Baseline(level)
                row = item.RowAttributes()
                # row_height = x-height + ascenders - descenders (descenders < 0)
                height = float(row["row_height"]) + float(row["descenders"])
                base = (by0 + by1) / 2
                if 0 < height < 4 * (bottom - top) + 4:
                    top, bottom = base - height, base - float(row["descenders"])
            confidence = max(0.0, min(1.0, item.Confidence(level) / 100))
            found.append((float(x0), float(top), float(x1), float(bottom), text.strip(),
                          confidence))  # fmt: skip
        api.Clear()
    return PageWords(found)
