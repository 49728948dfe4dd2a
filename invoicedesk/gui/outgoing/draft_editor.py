"""The draft editor for outgoing invoices and credit notes.

Customer (searched as the clerk types), lines in an editable table, notes, payment terms,
delivery date or service period, tax treatment (standard, reverse charge, exempt) and the
language of the document. Totals and the VAT per rate are computed live by
:mod:`invoicedesk.domain.totals`, the same code the core uses when saving. Saving goes through
:mod:`invoicedesk.services.outgoing.drafts` with the version the clerk opened: if someone else saved
the draft meanwhile, nothing is overwritten and the clerk is told who it was.

The draft is also saved as the clerk types (:mod:`invoicedesk.gui.common.autosave`: after a pause,
when a changed field loses focus, and when the editor closes) as soon as the form is complete
enough to be a draft (customer and one readable line); a new draft gets its case then.
"""

from __future__ import annotations

import functools
from datetime import date

from PySide6.QtCore import QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.enums import CaseKind, OutStatus
from invoicedesk.domain.errors import ConflictError, InvoiceDeskError
from invoicedesk.domain.totals import Totals, VatCategory, compute_totals
from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import dialogs, formats, window_state
from invoicedesk.gui.common.autosave import Autosaver
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.customer_picker import CustomerPicker
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.gui.common.qdates import pydate, qdate
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.outgoing.customer_dialog import customer_buttons
from invoicedesk.gui.outgoing.edit_session import EditSession, load_draft, open_draft
from invoicedesk.gui.outgoing.line_table import LineTable, _money
from invoicedesk.gui.outgoing.tax_fields import TaxFields
from invoicedesk.gui.outgoing.totals_panel import TotalsPanel
from invoicedesk.services.outgoing.customers import CustomerChoice, customer_warnings
from invoicedesk.services.outgoing.drafts import (
    DraftInput,
    DraftResult,
    DraftView,
    create_draft,
    line_inputs,
    update_draft,
)
from invoicedesk.services.outgoing.tax_treatment import TreatedLine, apply_treatment, treat_lines
from invoicedesk.services.settings.company import CompanySettings, tax_seller
from invoicedesk.store.database import Database

LANGUAGES = (
    (QT_TRANSLATE_NOOP("DraftEditor", "Customer's language"), None),
    (QT_TRANSLATE_NOOP("DraftEditor", "German"), "de"),
    (QT_TRANSLATE_NOOP("DraftEditor", "English"), "en"),
    (QT_TRANSLATE_NOOP("DraftEditor", "Dutch"), "nl"),
)
DELIVERY = (
    QT_TRANSLATE_NOOP("DraftEditor", "No delivery date"),
    QT_TRANSLATE_NOOP("DraftEditor", "Delivery date"),
    QT_TRANSLATE_NOOP("DraftEditor", "Service period"),
)
#: problems not shown in red while the clerk has just started (the save button tells them)
CHOOSE_CUSTOMER = QT_TRANSLATE_NOOP("DraftEditor", "Choose a customer.")
ADD_LINE = QT_TRANSLATE_NOOP("DraftEditor", "Add at least one line.")
EDITOR_STYLE = """
QLabel#editorProblems { color: #b42318; }
QLabel#editorWarnings { color: #92400e; }
QLabel#savedLabel { color: #6b7280; }
QLabel#customerDetails { color: #374151; }
"""


class DraftEditor(QDialog):
    """Create (``case_id=None``) or edit one outgoing draft; ``saved`` fires with its case id."""

    saved = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        case_id: int | None = None,
        parent: QWidget | None = None,
        *,
        kind: CaseKind = CaseKind.INVOICE,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.case_id = db, actor, case_id
        self.version: int | None = None
        self.kind = kind
        window_state.set_role(self, kind.value)  # invoice and credit-note editors apart
        self.editable = True
        self.setObjectName("draftEditor")
        self.setStyleSheet(EDITOR_STYLE)
        self.resize(1180, 760)
        self._saving = False
        self._after_autosave: bool | None = None
        self._closing = False
        self.edit_session = EditSession(db, actor)
        self._build()
        self._update_title()
        self.autosaver = Autosaver(
            self, self._autosave_job, on_saved=self._autosaved, on_error=self._autosave_failed,
            label=translate("DraftEditor", "Saving draft"),
        )  # fmt: skip
        self.autosaver.watch(
            self.kind_combo, self.recipient, self.language, self.delivery_kind,
            self.delivery_date, self.period_start, self.period_end, self.terms_days,
            self.terms_text, *self.tax.widgets(), self.currency, self.notes, self.lines,
        )  # fmt: skip
        self.picker.chosen.connect(self.autosaver.mark_dirty)
        self.seller: CompanySettings | None = None
        run_task(tax_seller, db, on_done=self._seller_loaded, owner=self,
                 label=translate("DraftEditor", "Reading the company's tax data"))  # fmt: skip
        if case_id is not None:
            self._set_editable(False)
            run_task(
                open_draft,
                db,
                actor,
                case_id,
                on_done=self._loaded,
                owner=self,
                label=translate("DraftEditor", "Opening draft"),
            )
        else:
            with self.autosaver.paused():
                self.lines.add_line()
            self.picker.field.setFocus()

    # --- construction -------------------------------------------------------------------

    def _build(self) -> None:
        self.picker = CustomerPicker(self.db, self)
        self.picker.chosen.connect(self._customer_chosen)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(translate("DraftEditor", "Invoice"), CaseKind.INVOICE.value)
        self.kind_combo.addItem(translate("DraftEditor", "Credit note"), CaseKind.CREDIT_NOTE.value)
        self.kind_combo.setCurrentIndex(0 if self.kind is CaseKind.INVOICE else 1)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        customer_box = QGroupBox(translate("DraftEditor", "Customer"))
        customer_form = QFormLayout(customer_box)
        customer_form.addRow(translate("DraftEditor", "Document"), self.kind_combo)
        customer_form.addRow(translate("DraftEditor", "Customer"), self.picker)
        customer_form.addRow("", customer_buttons(self.picker, self.db, self.actor))
        self.recipient = QLineEdit()
        self.recipient.setObjectName("recipientEmail")
        self.recipient.setPlaceholderText(translate("DraftEditor", "the customer's e-mail address"))
        self.recipient.textChanged.connect(lambda _t: self._refresh())
        customer_form.addRow(translate("DraftEditor", "Send to"), self.recipient)
        self.language = QComboBox()
        for text, code in LANGUAGES:
            self.language.addItem(translate("DraftEditor", text), code)
        customer_form.addRow(translate("DraftEditor", "Language"), self.language)

        terms_box = QGroupBox(translate("DraftEditor", "Delivery, payment and tax"))
        terms = QFormLayout(terms_box)
        self.delivery_kind = QComboBox()
        self.delivery_kind.addItems([translate("DraftEditor", text) for text in DELIVERY])
        self.delivery_kind.currentIndexChanged.connect(self._delivery_changed)
        today = qdate(date.today())
        self.delivery_date, self.period_start, self.period_end = (
            QDateEdit(today), QDateEdit(today.addDays(-today.day() + 1)), QDateEdit(today),
        )  # fmt: skip
        dates = QHBoxLayout()
        dates.addWidget(self.delivery_kind)
        for edit in (self.delivery_date, self.period_start, self.period_end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(formats.date_edit_format())
            edit.dateChanged.connect(lambda _d: self._refresh())
            dates.addWidget(edit)
        self.period_dash = QLabel(translate("DraftEditor", "to"))
        dates.insertWidget(3, self.period_dash)
        dates.addStretch(1)
        terms.addRow(translate("DraftEditor", "Delivery"), dates)
        self.terms_days = QSpinBox()
        self.terms_days.setRange(-1, 365)
        self.terms_days.setSpecialValueText(translate("DraftEditor", "Customer's terms"))
        self.terms_days.setSuffix(translate("DraftEditor", " days"))
        self.terms_days.setValue(-1)
        self.terms_days.setMinimumWidth(150)
        terms.addRow(translate("DraftEditor", "Payment terms"), self.terms_days)
        self.terms_text = QLineEdit()
        self.terms_text.setPlaceholderText(
            translate("DraftEditor", "standard wording with the due date")
        )
        terms.addRow(translate("DraftEditor", "Terms text"), self.terms_text)
        self.tax = TaxFields(terms)
        self.treatment, self.exemption = self.tax.treatment, self.tax.exemption
        self.treatment.currentIndexChanged.connect(self._treatment_changed)
        self.tax.skonto_percent.textChanged.connect(lambda _t: self._refresh())
        self.tax.skonto_days.valueChanged.connect(lambda _v: self._refresh())
        self.currency = QComboBox()
        self.currency.addItems(["EUR", "CHF", "GBP", "USD"])
        self.currency.currentIndexChanged.connect(lambda _i: self._refresh())
        terms.addRow(translate("DraftEditor", "Currency"), self.currency)

        top = QHBoxLayout()
        top.addWidget(customer_box, 1)
        top.addWidget(terms_box, 1)

        self.lines = LineTable(self)
        self.lines.changed.connect(self._refresh)
        add = QPushButton(translate("DraftEditor", "Add line"))
        add.setObjectName("addLine")
        add.setShortcut(QKeySequence("Ctrl+Shift+N"))
        add.setToolTip(translate("DraftEditor", "Add a line (Ctrl+Shift+N)"))
        add.clicked.connect(lambda: self.lines.add_line())
        remove = QPushButton(translate("DraftEditor", "Remove line"))
        remove.clicked.connect(self.lines.remove_selected)
        for button in (add, remove):
            button.setAutoDefault(False)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(add)
        line_buttons.addWidget(remove)
        line_buttons.addStretch(1)
        hint = QLabel(
            translate(
                "DraftEditor",
                "Amounts are net; type 1.234,50 or 1234.50. The net column is computed.",
            )
        )
        hint.setObjectName("hintLabel")
        line_buttons.addWidget(hint)
        lines_box = QGroupBox(translate("DraftEditor", "Lines"))
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.addLayout(line_buttons)
        lines_layout.addWidget(self.lines, 1)

        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(
            translate("DraftEditor", "optional; printed above the payment terms")
        )
        self.notes.setMaximumHeight(90)
        self.totals_panel = TotalsPanel(self)
        notes_box = QGroupBox(translate("DraftEditor", "Notes on the invoice"))
        QVBoxLayout(notes_box).addWidget(self.notes)
        bottom = QHBoxLayout()
        bottom.addWidget(notes_box, 1)
        bottom.addWidget(self.totals_panel)

        self.problems = QLabel()
        self.problems.setObjectName("editorProblems")
        self.problems.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("editorWarnings")
        self.warnings.setWordWrap(True)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        close = QPushButton(translate("DraftEditor", "Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        self.save_button = QPushButton(translate("DraftEditor", "Save"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(lambda: self.save(close_after=False))
        self.save_close_button = QPushButton(translate("DraftEditor", "Save and close"))
        self.save_close_button.setDefault(True)
        self.save_close_button.clicked.connect(lambda: self.save(close_after=True))
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save(close_after=False))
        buttons = QHBoxLayout()
        buttons.addWidget(close)
        buttons.addWidget(self.saved_label)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(lines_box, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.problems)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)
        self._delivery_changed()
        self._treatment_changed()

    # --- reactions ------------------------------------------------------------------------

    def _update_title(self) -> None:
        credit = self.kind is CaseKind.CREDIT_NOTE
        if self.case_id is None:
            self.setWindowTitle(
                translate("DraftEditor", "New credit note")
                if credit
                else translate("DraftEditor", "New invoice")
            )
            return
        if credit:
            title = translate("DraftEditor", "Draft credit note — case {case}")
        else:
            title = translate("DraftEditor", "Draft invoice — case {case}")
        if not self.editable:
            title += " " + translate("DraftEditor", "(read-only)")
        self.setWindowTitle(title.format(case=self.case_id))

    def _kind_changed(self) -> None:
        self.kind = CaseKind(self.kind_combo.currentData())
        self._update_title()

    def _delivery_changed(self) -> None:
        choice = self.delivery_kind.currentIndex()
        self.delivery_date.setVisible(choice == 1)
        for widget in (self.period_start, self.period_dash, self.period_end):
            widget.setVisible(choice == 2)
        self._refresh()

    def _treatment_changed(self) -> None:
        code = self.tax.code()
        self.exemption.setEnabled(self.editable and code != VatCategory.STANDARD.value)
        self._refresh()

    def _seller_loaded(self, seller: CompanySettings) -> None:
        self.seller = seller
        self._refresh()

    def _customer_chosen(self, customer: CustomerChoice | None) -> None:
        if customer is not None:
            self.recipient.setPlaceholderText(
                customer.email or translate("DraftEditor", "the customer has no e-mail")
            )
            index = 0 if self.language.currentData() is None else self.language.currentIndex()
            self.language.setItemText(
                0,
                translate("DraftEditor", "Customer's language ({language})").format(
                    language=customer.language
                ),
            )
            self.language.setCurrentIndex(index)
            days = customer.payment_terms_days
            self.terms_days.setSpecialValueText(
                translate("DraftEditor", "Customer's terms ({days} days)").format(days=days)
                if days is not None
                else translate("DraftEditor", "Customer's terms")
            )
        self._refresh()

    # --- the form as data ---------------------------------------------------------------

    def draft_input(self) -> tuple[DraftInput | None, list[str]]:
        """The form as a :class:`DraftInput`, or ``None`` with what keeps it from being saved."""
        lines, problems = self.lines.lines()
        customer = self.picker.customer
        if customer is None:
            problems.insert(0, translate("DraftEditor", CHOOSE_CUSTOMER))
        if not lines and not problems:
            problems.append(translate("DraftEditor", ADD_LINE))
        code = self.tax.code()
        percent, skonto_days, skonto_problems = self.tax.skonto()
        problems += skonto_problems
        if code == VatCategory.REVERSE_CHARGE.value and customer and not customer.vat_id:
            problems.append(
                translate(
                    "DraftEditor", "Reverse charge needs the VAT ID of {name}; it has none."
                ).format(name=customer.name)
            )
        choice = self.delivery_kind.currentIndex()
        start, end = pydate(self.period_start.date()), pydate(self.period_end.date())
        if choice == 2 and start > end:
            problems.append(translate("DraftEditor", "The service period ends before it starts."))
        if customer is None or problems:
            return None, problems
        days = self.terms_days.value()
        data = DraftInput(
            party_id=customer.id,
            lines=tuple(lines),
            notes=self.notes.toPlainText().strip(),
            payment_terms_days=None if days < 0 else days,
            payment_terms=self.terms_text.text().strip(),
            delivery_date=pydate(self.delivery_date.date()) if choice == 1 else None,
            period_start=start if choice == 2 else None,
            period_end=end if choice == 2 else None,
            exemption_reason=(self.exemption.text().strip() or None) if code != "S" else None,
            recipient_email=self.recipient.text().strip() or None,
            language=self.language.currentData(),
            currency=self.currency.currentText(),
            tax_treatment=code,
            skonto_percent=percent,
            skonto_days=skonto_days,
        )
        return data, []

    def _treated(self) -> tuple[Totals | None, list[TreatedLine], list[str]]:
        """Live totals after the tax decision (``None`` while a cell is not a number), each
        line's treatment, and the decision's warnings."""
        lines, problems = self.lines.lines()
        if problems:
            return None, [], []
        customer = self.picker.customer
        treated: list[TreatedLine] = []
        warnings: list[str] = []
        try:
            if customer is not None and self.seller is not None:
                treated, found = treat_lines(self.seller, customer, lines, self.tax.code())
                lines = apply_treatment(lines, treated)
                warnings = [core_text(w) for w in found]
            return compute_totals(line_inputs(lines)), treated, warnings
        except InvoiceDeskError as exc:
            return None, [], [core_text(exc.message)]

    def totals(self) -> Totals | None:
        """The live totals of the lines as typed (``None`` while a cell is not a number)."""
        return self._treated()[0]

    def _refresh(self) -> None:
        """Recompute totals and messages after any change."""
        _data, problems = self.draft_input()
        totals, treated, tax_warnings = self._treated()
        self.totals_panel.show_totals(totals, self.currency.currentText())
        reasons = list(dict.fromkeys(core_text(t.decision.explanation) for t in treated))
        self.tax.show_explanation(reasons, tax_warnings)
        quiet = (translate("DraftEditor", CHOOSE_CUSTOMER), translate("DraftEditor", ADD_LINE))
        shown = [p for p in problems if p not in quiet]
        self.problems.setText("\n".join(f"✖ {core_text(p)}" for p in shown))
        self.problems.setVisible(bool(shown))
        customer = self.picker.customer
        warnings = []
        if customer is not None:
            rc = any(t.category == VatCategory.REVERSE_CHARGE.value for t in treated)
            warnings = [w for w in customer_warnings(customer, reverse_charge=rc) if w not in shown]
            if self.recipient.text().strip():
                warnings = [w for w in warnings if "e-mail" not in w]
        self.warnings.setText("\n".join(f"⚠ {core_text(w)}" for w in warnings))
        self.warnings.setVisible(bool(warnings))

    # --- loading and saving ---------------------------------------------------------------

    def _set_editable(self, editable: bool) -> None:
        for widget in (self.picker, self.kind_combo, self.recipient, self.language, self.lines,
                       self.delivery_kind, self.delivery_date, self.period_start, self.period_end,
                       self.terms_days, self.terms_text, *self.tax.widgets(), self.currency,
                       self.notes, self.save_button, self.save_close_button):  # fmt: skip
            widget.setEnabled(editable)
        self.exemption.setEnabled(editable and self.tax.code() != VatCategory.STANDARD.value)

    def _loaded(self, loaded: tuple[DraftView, CustomerChoice | None]) -> None:
        with self.autosaver.paused():
            self._show_loaded(loaded)

    def _show_loaded(self, loaded: tuple[DraftView, CustomerChoice | None]) -> None:
        view, customer = loaded
        data = view.data
        self.version = view.version
        self.kind = CaseKind(view.kind)
        self.kind_combo.setCurrentIndex(0 if self.kind is CaseKind.INVOICE else 1)
        self.picker.set_customer(customer)
        self.recipient.setText(data.recipient_email or "")
        self.language.setCurrentIndex(max(0, self.language.findData(data.language)))
        kind_index = 0
        if data.period_start and data.period_end:
            kind_index = 2
            self.period_start.setDate(qdate(data.period_start))
            self.period_end.setDate(qdate(data.period_end))
        elif data.delivery_date:
            kind_index = 1
            self.delivery_date.setDate(qdate(data.delivery_date))
        self.delivery_kind.setCurrentIndex(kind_index)
        self.terms_days.setValue(-1 if data.payment_terms_days is None else data.payment_terms_days)
        self.terms_text.setText(data.payment_terms)
        self.tax.set_code(data.treatment)
        self.exemption.setText(data.exemption_reason or "")
        self.tax.set_skonto(data.skonto_percent, data.skonto_days)
        self.currency.setCurrentText(data.currency)
        self.notes.setPlainText(data.notes)
        self.lines.set_lines(list(data.lines))
        self.editable = view.status == OutStatus.DRAFT.value and view.number is None
        self._set_editable(self.editable)
        self.kind_combo.setEnabled(False)
        self._update_title()
        self._refresh()

    def save(self, *, close_after: bool = False) -> bool:
        """Save in the background; returns False (and shows why) when the form is incomplete."""
        if not self.editable:
            return False
        data, problems = self.draft_input()
        if data is None:
            self.problems.setText("\n".join(f"✖ {core_text(p)}" for p in problems))
            self.problems.setVisible(True)
            return False
        if self.autosaver.busy:  # save right after the running autosave (with its version)
            self._after_autosave = close_after
            return True
        self.autosaver.cancel_pending()
        self._saving = True
        self._set_editable(False)
        done = lambda result: self._saved(result, close_after)  # noqa: E731
        if self.case_id is None:
            run_task(create_draft, self.db, self.actor, data, kind=self.kind, on_done=done,
                     on_error=self._save_failed, owner=self,
                     label=translate("DraftEditor", "Saving draft"))  # fmt: skip
        else:
            run_task(update_draft, self.db, self.actor, self.case_id, data,
                     expected_version=self.version, on_done=done, on_error=self._save_failed,
                     owner=self, label=translate("DraftEditor", "Saving draft"))  # fmt: skip
        return True

    def _autosave_job(self) -> functools.partial[DraftResult] | None:
        """The draft as typed so far, saved in the background (see :mod:`autosave`)."""
        if not self.editable or self._saving:
            return None
        data, _problems = self.draft_input()
        if data is None:  # not a draft yet (no customer, a cell that is not a number …)
            return None
        if self.case_id is None:
            return functools.partial(create_draft, self.db, self.actor, data, kind=self.kind)
        return functools.partial(update_draft, self.db, self.actor, self.case_id, data,
                                 expected_version=self.version, history=False)  # fmt: skip

    def _autosaved(self, result: DraftResult) -> None:
        if self.case_id is not None:  # not the creation (recorded as such)
            self.edit_session.autosaved()
        self.case_id, self.version = result.case_id, result.version
        self.kind_combo.setEnabled(False)
        self._update_title()
        stamp = QTime.currentTime().toString("HH:mm")
        self.saved_label.setText(
            translate("DraftEditor", "Draft saved at {time}").format(time=stamp)
        )
        self.saved.emit(result.case_id)
        if self._closing:  # the last autosave, started by closing: now the session ends
            QTimer.singleShot(0, self._end_session)
            return
        if self._after_autosave is not None:
            close_after, self._after_autosave = self._after_autosave, None
            self.save(close_after=close_after)

    def _autosave_failed(self, exc: BaseException) -> None:
        if self._closing:
            QTimer.singleShot(0, self._end_session)
            return
        if isinstance(exc, ConflictError):
            self._save_failed(exc)
            return
        self.saved_label.setText(
            translate("DraftEditor", "Not saved yet: {error}").format(error=dialogs.error_text(exc))
        )
        if self._after_autosave is not None:
            close_after, self._after_autosave = self._after_autosave, None
            self.save(close_after=close_after)

    def _saved(self, result: DraftResult, close_after: bool) -> None:
        self._saving = False
        self.case_id, self.version = result.case_id, result.version
        self.kind_combo.setEnabled(False)
        self._set_editable(True)
        self.kind_combo.setEnabled(False)
        self._update_title()
        stamp = QTime.currentTime().toString("HH:mm")
        self.saved_label.setText(
            translate("DraftEditor", "Saved at {time} — total {total}").format(
                time=stamp, total=_money(result.gross)
            )
        )
        self.saved.emit(result.case_id)
        self.edit_session.saved()
        if close_after:
            self.accept()

    def done(self, result: int) -> None:
        """Closing ends the editing session: its autosaved changes (the last autosave, started
        by closing, included) become one history entry."""
        self._closing = True
        super().done(result)  # hiding flushes the autosaver (a last save may start)
        self._end_session()

    def _end_session(self) -> None:
        if not self.autosaver.busy:  # else after the running autosave
            self.edit_session.end(self.case_id)

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._set_editable(True)
        if self.case_id is not None:
            self.kind_combo.setEnabled(False)
        if isinstance(exc, ConflictError):
            if dialogs.ask_reload_after_conflict(self, exc) and self.case_id is not None:
                self._set_editable(False)
                run_task(load_draft, self.db, self.case_id, on_done=self._loaded, owner=self)
            return
        dialogs.show_error(
            self, translate("DraftEditor", "Draft not saved"), dialogs.error_text(exc)
        )
