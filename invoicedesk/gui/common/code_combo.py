"""A combo box delegate for a table column that holds a code (``email``, ``print`` ...) and
shows its label; the model takes the code through ``setData`` (``EditRole``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

Index = QModelIndex | QPersistentModelIndex


class CodeComboDelegate(QStyledItemDelegate):
    """``options()`` gives (label, code) pairs, asked each time an editor opens (so labels
    follow the UI language)."""

    def __init__(
        self, options: Callable[[], Sequence[tuple[str, str]]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.options = options

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        """A combo box with every option."""
        box = QComboBox(parent)
        for label, code in self.options():
            box.addItem(label, code)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Select the cell's code."""
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        """Hand the chosen code to the model."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
