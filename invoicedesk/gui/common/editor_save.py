"""Saving an editor dialog (article, order, contract): read the form, store in the background,
close when stored, or show why not — written once for every such dialog.

The dialog keeps the stored record in ``dialog.saved`` (``None`` until saved), so the caller
reads it after ``exec()``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from invoicedesk.domain.errors import ValidationError
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.tasks import run_task

T = TypeVar("T")


class EditorDialog(Protocol):
    """What the helpers need of a dialog: ``saved`` and Qt's ``accept``."""

    saved: Any

    def accept(self) -> None: ...


def read_form(dialog: Any, title: str, read: Callable[[], T]) -> T | None:
    """``read()`` the form's values; on a wrong entry show why (titled ``title``) and return
    ``None`` so nothing is stored."""
    try:
        return read()
    except ValidationError as exc:
        dialogs.show_error(dialog, title, core_text(exc))
        return None


def store_and_close(
    dialog: EditorDialog,
    title: str,
    label: str,
    fn: Callable[..., Any],
    *args: Any,
    **kwargs: Any,
) -> None:
    """Run ``fn(*args, **kwargs)`` in the background (``label`` in the task list); when it
    returns, keep the result in ``dialog.saved`` and close the dialog; on an error show it
    with ``title`` and keep the dialog open with everything typed."""

    def stored(result: Any) -> None:
        dialog.saved = result
        dialog.accept()

    def failed(exc: BaseException) -> None:
        dialogs.show_error(dialog, title, dialogs.error_text(exc))  # type: ignore[arg-type]

    run_task(fn, *args, on_done=stored, on_error=failed, owner=dialog, label=label, **kwargs)  # type: ignore[arg-type]
