"""Small modal questions and messages. Every prompt of the desk goes through these functions,
so tests replace them (``monkeypatch.setattr(dialogs, "ask_comment", ...)``)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from invoicedesk.domain.errors import ConflictError, InvoiceDeskError
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import translate


def error_text(exc: BaseException) -> str:
    """A sentence for the clerk: our own errors in the UI language, others with their type."""
    if isinstance(exc, InvoiceDeskError):
        return core_text(exc.message)
    return translate("Dialogs", "Something went wrong: {error}").format(
        error=f"{type(exc).__name__}: {exc}"
    )


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Show an error message and wait until the clerk closes it."""
    QMessageBox.warning(parent, title, text)


def ask_comment(parent: QWidget | None, action_label: str, required: bool) -> str | None:
    """Ask for the comment of an action; ``None`` when cancelled (or empty but required)."""
    prompt = (
        translate("Dialogs", "Reason (required):")
        if required
        else translate("Dialogs", "Comment (optional):")
    )
    text, ok = QInputDialog.getMultiLineText(parent, action_label, prompt)
    if not ok or (required and not text.strip()):
        return None
    return text.strip()


def ask_text(parent: QWidget | None, title: str, prompt: str, default: str = "") -> str | None:
    """Ask for one line of text; ``None`` when cancelled."""
    text, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Normal, default)
    return text.strip() if ok and text.strip() else None


def ask_yes(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; True = yes."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def ask_restart(parent: QWidget | None) -> bool:
    """Offer to restart InvoiceDesk now for a changed language or database. True = restart."""
    answer = QMessageBox.question(
        parent,
        translate("Dialogs", "Restart InvoiceDesk"),
        translate(
            "Dialogs",
            "The change takes effect when InvoiceDesk starts again. Restart now? "
            "Open windows are closed first (drafts are saved as you type); you log in again.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_reload_after_conflict(parent: QWidget | None, exc: ConflictError) -> bool:
    """Tell who changed the case meanwhile and offer to reload it. True = reload."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Dialogs", "Changed by someone else"))
    box.setText(core_text(exc))
    box.setInformativeText(
        translate("Dialogs", "Nothing was saved. Reload the case to see the current state.")
    )
    reload_button = box.addButton(translate("Dialogs", "Reload"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(reload_button)
    box.exec()
    return box.clickedButton() is reload_button
