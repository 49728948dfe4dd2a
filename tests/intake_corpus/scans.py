"""Scanned copies of test invoices, as a copier's "scan to mail" makes them.

Each page is rendered at 200 dpi in grey (pypdfium2), turned by up to 1.5°, given paper noise
and a slight blur, JPEG-compressed at quality 55–80 and saved as an image-only PDF (no text
layer). Same input and seed, same bytes.
"""

from __future__ import annotations

import io
import random

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

DPI = 200


def scan_pages(pdf: bytes, rng: random.Random, *, max_pages: int = 3) -> list[Image.Image]:
    """The pages of ``pdf`` as scanned grey images (before JPEG)."""
    doc = pdfium.PdfDocument(pdf)
    pages = []
    try:
        for index in range(min(len(doc), max_pages)):
            page = doc[index]
            image = page.render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
            page.close()
            angle = rng.uniform(-1.5, 1.5)
            image = image.rotate(
                angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255
            )
            image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.9)))
            pixels = np.asarray(image, dtype=np.int16)
            noise = np.random.default_rng(rng.randrange(2**32)).normal(0, 9, pixels.shape)
            specks = np.random.default_rng(rng.randrange(2**32)).random(pixels.shape) < 0.0008
            pixels = np.clip(pixels + noise - specks * 180 - 6, 0, 255).astype(np.uint8)
            pages.append(Image.fromarray(pixels, "L"))
    finally:
        doc.close()
    return pages


def to_jpeg(image: Image.Image, quality: int) -> Image.Image:
    """``image`` after a JPEG round trip at ``quality``."""
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue()))


def scan_pdf(pdf: bytes, seed: int) -> bytes:
    """An image-only PDF scan of ``pdf`` (JPEG pages, quality 55–80, 200 dpi)."""
    rng = random.Random(seed)
    quality = rng.randint(55, 80)
    pages = [to_jpeg(page, quality) for page in scan_pages(pdf, rng)]
    buffer = io.BytesIO()
    pages[0].save(
        buffer, "PDF", resolution=DPI, save_all=True, append_images=pages[1:], quality=quality
    )
    return buffer.getvalue()
