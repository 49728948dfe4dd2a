"""The payments feature's windows and dialogs: *File → Import bank statement…*, *Tools →
Reconcile bank statements…*, and the dialogs of *Mark paid*, *Record payment* and *Undo
payment* (the menu entries are installed by :mod:`invoicedesk.gui.payments.entries`)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from invoicedesk.domain.workflow import Action
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.desk.extensions import DeskWindow
from invoicedesk.gui.payments import payment_dialog
from invoicedesk.gui.payments.reconcile_view import ReconcileView
from invoicedesk.services.cases.details import CaseDetails, load_case_details
from invoicedesk.services.payments.bank_import import FileResult, import_files
from invoicedesk.services.payments.recording import PaymentInput, record_payment, undo_payment
from invoicedesk.store.case_query import CaseRow

_OPEN_VIEWS: dict[int, ReconcileView] = {}


def open_reconcile(window: DeskWindow) -> ReconcileView:
    """Show the reconciliation view (one per window)."""
    view = _OPEN_VIEWS.get(id(window))
    if view is None:
        view = ReconcileView(window)
        _OPEN_VIEWS[id(window)] = view
        view.destroyed.connect(lambda *_: _OPEN_VIEWS.pop(id(window), None))
    else:
        view.reload()
    view.show()
    return view


def import_statements(window: DeskWindow, paths: list[Path]) -> None:
    """Import statement files in the background, then show what waits."""

    def done(results: list[FileResult]) -> None:
        errors = [f"{r.name}: {r.error}" for r in results if r.error]
        errors += [f"{r.name}: {core_text(w)}" for r in results for w in r.warnings]
        booked = sum(r.count("booked") for r in results)
        waiting = sum(r.count("proposed") + r.count("unmatched") for r in results)
        dupes = sum(r.count("duplicate") for r in results)
        window.status.showMessage(
            translate(
                "Payments",
                "Bank statements: {booked} lines booked, {waiting} to reconcile, "
                "{dupes} already imported.",
            ).format(booked=booked, waiting=waiting, dupes=dupes),
            15000,
        )
        if errors:
            dialogs.show_error(
                window, translate("Payments", "Import bank statement"), "\n".join(errors)
            )
        window.refresh()
        open_reconcile(window)

    def failed(exc: BaseException) -> None:
        dialogs.show_error(
            window, translate("Payments", "Import bank statement"), dialogs.error_text(exc)
        )

    run_task(
        import_files,
        window.db,
        window.actor,
        paths,
        on_done=done,
        on_error=failed,
        label=translate("Payments", "Import bank statement"),
    )


def choose_statements(window: DeskWindow) -> None:
    """File → Import bank statement…"""
    names, _ = QFileDialog.getOpenFileNames(
        window,
        translate("Payments", "Import bank statement"),
        "",
        translate(
            "Payments", "Bank statements (*.xml *.XML *.sta *.STA *.mt940 *.txt);;All files (*)"
        ),
    )
    if names:
        import_statements(window, [Path(n) for n in names])


def _record(window: DeskWindow, row: CaseRow) -> None:
    open_amount = max(row.gross - row.paid_amount, Decimal("0.00"))
    answer = payment_dialog.ask_payment(window, row.number or "", open_amount, row.currency)
    if answer is None:
        return
    day, amount = answer
    data = PaymentInput(
        amount=amount,
        booked_on=day,
        allocations=[(row.id, min(amount, open_amount))],
        direction="in" if row.direction == "out" else "out",
        currency=row.currency,
    )
    run_task(
        record_payment,
        window.db,
        window.actor,
        data,
        on_done=lambda _r: window.refresh(),
        on_error=lambda e: _failed(window, e),
    )


def _undo(window: DeskWindow, row: CaseRow) -> None:
    def chosen(details: CaseDetails) -> None:
        payments = [p for p in details.payments if not p.undone]
        if not payments:
            return
        answer = payment_dialog.ask_undo(window, payments, details.currency)
        if answer is None:
            return
        payment_id, reason = answer
        run_task(
            undo_payment,
            window.db,
            window.actor,
            payment_id,
            reason,
            on_done=lambda _r: window.refresh(),
            on_error=lambda e: _failed(window, e),
        )

    run_task(
        load_case_details, window.db, row.id, on_done=chosen, on_error=lambda e: _failed(window, e)
    )


def _failed(window: DeskWindow, exc: BaseException) -> None:
    dialogs.show_error(
        window, translate("Payments", "Payment not recorded"), dialogs.error_text(exc)
    )


#: the payment actions' dialogs (registered in ``ACTION_HOOKS`` by :mod:`.entries`)
HOOKS = {
    Action.MARK_PAID: _record,
    Action.RECORD_PAYMENT: _record,
    Action.UNDO_PAYMENT: _undo,
}
