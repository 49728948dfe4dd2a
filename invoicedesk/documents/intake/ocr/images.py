"""Page images for OCR: scanned PDF pages rendered with pypdfium2, and photo/scan files
(JPEG, PNG, TIFF with several pages) opened with Pillow under a pixel limit."""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageOps, ImageSequence

DPI = 200
MAX_PIXELS = 60_000_000
"""Per page: A4 at 600 dpi is 35 million pixels; more is refused (decompression bombs)."""
IMAGE_MAGIC = {
    b"\xff\xd8\xff": "jpeg",
    b"\x89PNG\r\n\x1a\n": "png",
    b"II*\x00": "tiff",
    b"MM\x00*": "tiff",
}


class ImageRefused(ValueError):
    """The image cannot or must not be opened; ``str()`` is a sentence for the clerk."""


def image_kind(data: bytes) -> str | None:
    """``'jpeg'``, ``'png'``, ``'tiff'`` from the first bytes, else ``None``."""
    return next((kind for magic, kind in IMAGE_MAGIC.items() if data.startswith(magic)), None)


def open_images(data: bytes, max_pages: int) -> tuple[list[Image.Image], int, int]:
    """The first ``max_pages`` pages of an image file, grey, upright by their EXIF tag:
    ``(images, pages in the file, dpi)``. Raises :class:`ImageRefused`."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            frames = getattr(image, "n_frames", 1)
            pages: list[Image.Image] = []
            for frame in ImageSequence.Iterator(image):
                if len(pages) >= max_pages:
                    break
                width, height = frame.size
                if width * height > MAX_PIXELS:
                    raise ImageRefused(
                        f"The image is too large to be read ({width} × {height} pixels)."
                    )
                pages.append(ImageOps.exif_transpose(frame.convert("L")))
            dpi = image.info.get("dpi", (DPI, DPI))[0] or DPI
    except ImageRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageRefused("The image is too large to be read (a decompression bomb).") from exc
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise ImageRefused("The image is damaged and cannot be read.") from exc
    if not pages:
        raise ImageRefused("The image has no pages.")
    return pages, frames, int(min(max(float(dpi), 70.0), 600.0))


def render_pages(data: bytes, pages: list[int], password: str | None = None) -> list[Image.Image]:
    """The given pages of a PDF rendered in grey at :data:`DPI` (pixel limit as for images)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data, password=password)
    images = []
    try:
        for index in pages:
            page = document[index]
            width, height = page.get_size()
            scale = DPI / 72
            if width * height * scale * scale > MAX_PIXELS:
                scale = (MAX_PIXELS / (width * height)) ** 0.5
            bitmap = page.render(scale=scale, grayscale=True)
            images.append(bitmap.to_pil().convert("L"))
            page.close()
    finally:
        document.close()
    return images
