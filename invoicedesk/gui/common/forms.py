"""Forms designed in Qt Designer (``ui/*.ui``), loaded at run time with QUiLoader.

    form = load_form("booking_export.ui", self)      # a QWidget, parented to ``self``
    combo = child(form, QComboBox, "format")         # its widgets by object name

No compiled copy of a form is kept beside it; the ``.ui`` file is the only source.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from invoicedesk.config import project_root

W = TypeVar("W", bound=QObject)


def form_path(name: str) -> Path:
    """Where the form ``name`` lives (source tree or installed bundle)."""
    return project_root() / "ui" / name


def load_form(name: str, parent: QWidget) -> QWidget:
    """Build the widget tree of ``ui/<name>`` as a child of ``parent``."""
    path = form_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"The form {path} cannot be read.")
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"The form {path} could not be built.")
    return widget


def child(form: QWidget, kind: type[W], name: str) -> W:
    """The widget ``name`` of a loaded form (a missing one is a programming error)."""
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"The form has no {kind.__name__} named {name!r}.")
    return found
