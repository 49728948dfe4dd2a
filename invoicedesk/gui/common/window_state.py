"""Per-user window state (column order and widths, splitters, geometry) in QSettings.

The file lives in the workstation's config folder (``INVOICEDESK_HOME`` respected), so tests
and several users on one machine never share it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from invoicedesk.config import config_dir


def settings() -> QSettings:
    """The window-state settings file."""
    return QSettings(str(config_dir() / "window-state.ini"), QSettings.Format.IniFormat)


def load_bytes(user: str, key: str) -> QByteArray | None:
    """A saved state blob of ``user`` (None when there is none)."""
    value = settings().value(f"{user}/{key}")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_bytes(user: str, key: str, value: QByteArray) -> None:
    """Save a state blob of ``user``."""
    s = settings()
    s.setValue(f"{user}/{key}", value)
    s.sync()


def _saver(part: Any) -> Any:
    return part.saveState if hasattr(part, "saveState") else part.saveGeometry


def _restorer(part: Any) -> Any:
    return part.restoreState if hasattr(part, "restoreState") else part.restoreGeometry


def restore(user: str, parts: dict[str, Any]) -> None:
    """Restore each part (header, splitter: state; window: geometry) saved for ``user``."""
    for key, part in parts.items():
        blob = load_bytes(user, key)
        if blob is not None:
            _restorer(part)(blob)


def save(user: str, parts: dict[str, Any]) -> None:
    """Save each part's state (or geometry) for ``user``."""
    for key, part in parts.items():
        save_bytes(user, key, _saver(part)())
