"""Opening attachments in the system's default viewer, on a temporary copy with a safe name.

The detail pane takes the opener as a parameter, so tests pass their own and nothing is
launched.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

#: opener(path) -> whether the system accepted it
Opener = Callable[[Path], bool]

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_filename(name: str, fallback: str = "attachment") -> str:
    """A file name without folders, odd characters or leading dots.

    ``../a b?.pdf`` becomes ``a_b_.pdf``.
    """
    base = Path(name.replace("\\", "/")).name
    cleaned = _UNSAFE.sub("_", base).lstrip("._")[:120]
    return cleaned or fallback


def temp_copy(filename: str, content: bytes) -> Path:
    """Write ``content`` to a fresh private temp folder under a safe name; return the path."""
    folder = Path(tempfile.mkdtemp(prefix="invoicedesk-"))
    path = folder / safe_filename(filename)
    path.write_bytes(content)
    path.chmod(0o400)
    return path


def open_with_system(path: Path) -> bool:
    """Hand a file to the desktop's default application."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
