"""Icons from ``resources/icons/*.svg`` (small hand-written SVGs), cached by name."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from invoicedesk.config import resources_dir


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (an empty icon when there is no such file)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
