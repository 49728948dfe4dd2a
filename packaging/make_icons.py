"""Render the application icon (resources/icons/app_icon.svg) into the installers' formats.

    python packaging/make_icons.py OUT_DIR

writes ``InvoiceDesk.ico`` (Windows: 16–256 px) and ``InvoiceDesk.icns`` (macOS: 16–1024 px)
into ``OUT_DIR``. The PyInstaller spec calls :func:`make_icons` at build time, so no binary icon
is committed. Qt renders the SVG (offscreen, no display needed); Pillow writes both formats.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "app_icon.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZE = 1024  # Pillow derives the smaller icns members from the largest image


def render_png(size: int, source: Path = SOURCE) -> bytes:
    """The SVG rendered at ``size`` × ``size`` pixels as PNG bytes (transparent corners)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise ValueError(f"{source} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def make_icons(out_dir: Path) -> tuple[Path, Path]:
    """Write the Windows and macOS icons into ``out_dir``; returns (ico, icns)."""
    from PIL import Image

    out_dir.mkdir(parents=True, exist_ok=True)
    largest = Image.open(io.BytesIO(render_png(ICNS_SIZE))).convert("RGBA")
    ico, icns = out_dir / "InvoiceDesk.ico", out_dir / "InvoiceDesk.icns"
    # each ICO member is rendered at its own size (crisper than scaling the large image down)
    members = [Image.open(io.BytesIO(render_png(s))).convert("RGBA") for s in ICO_SIZES]
    members[-1].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=members[:-1])  # fmt: skip
    largest.save(icns, format="ICNS")
    return ico, icns


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        raise SystemExit(2)
    for path in make_icons(Path(sys.argv[1])):
        print(path)
