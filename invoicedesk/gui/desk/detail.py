"""The detail pane: header line, the case's e-mails that are not done, and tabs for the
selected case (loaded in the background)."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.errors import ConflictError
from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import dialogs, formats
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.domain_labels import status_text
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.gui.common.opener import Opener, open_with_system, temp_copy
from invoicedesk.gui.common.style import set_empty_text
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.desk.mail_notice import mail_notice, reminders_text
from invoicedesk.services.cases.attachments import (
    AttachmentInfo,
    add_attachment,
    attachment_content,
)
from invoicedesk.services.cases.details import (
    CaseDetails,
    MailLine,
    load_case_details,
    save_notes,
)
from invoicedesk.store.database import Database

TABS = ("Party", "Payment", "Lines", "Attachments", "History", "Notes")
PAYMENT_ROWS = {
    "Due date": QT_TRANSLATE_NOOP("DetailPane", "Due date"),
    "Reference": QT_TRANSLATE_NOOP("DetailPane", "Reference"),
    "Gross": QT_TRANSLATE_NOOP("DetailPane", "Gross"),
    "Paid": QT_TRANSLATE_NOOP("DetailPane", "Paid"),
    "Open amount": QT_TRANSLATE_NOOP("DetailPane", "Open amount"),
    "Payments": QT_TRANSLATE_NOOP("DetailPane", "Payments"),
    "Customer credit": QT_TRANSLATE_NOOP("DetailPane", "Customer credit"),
    "Settlement": QT_TRANSLATE_NOOP("DetailPane", "Credit notes"),
    "Reminders": QT_TRANSLATE_NOOP("DetailPane", "Reminders"),
}


#: where a payment came from
PAYMENT_SOURCES = {
    "manual": QT_TRANSLATE_NOOP("DetailPane", "entered"),
    "bank": QT_TRANSLATE_NOOP("DetailPane", "bank statement"),
    "pos": QT_TRANSLATE_NOOP("DetailPane", "POS"),
    "offset": QT_TRANSLATE_NOOP("DetailPane", "offset"),
}


def _source(source: str) -> str:
    """A payment's source in the UI language."""
    text = PAYMENT_SOURCES.get(source)
    return translate("DetailPane", text) if text else source


def _date(value: date) -> str:
    """A date in the short format of the UI locale."""
    return formats.date_text(value)


def _size(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.horizontalHeader().setStretchLastSection(True)
    t.setAlternatingRowColors(True)
    return t


def _fill(table: QTableWidget, rows: list[list[str]], right: set[int] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if right and c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    _grow_columns(table)


#: the widest a column grows by itself (a longer text is elided; the clerk can widen it)
MAX_AUTO_WIDTH = 320


def _grow_columns(table: QTableWidget) -> None:
    """Widen columns to their contents, never narrow them: the columns do not jump from one
    case to the next (the last column stretches)."""
    header = table.horizontalHeader()
    for column in range(table.columnCount() - 1):
        wanted = min(MAX_AUTO_WIDTH, max(table.sizeHintForColumn(column),
                                          header.sectionSizeHint(column)))  # fmt: skip
        if wanted > header.sectionSize(column):
            header.resizeSection(column, wanted)


class DetailPane(QWidget):
    """Shows one case; emits ``changed`` after it saved something (table refresh)."""

    changed = Signal(int)
    loaded = Signal(object)  # CaseDetails
    #: the clerk clicked "set up the mail server" on a held e-mail
    mail_setup_requested = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        money: Any,
        opener: Opener = open_with_system,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.db, self.actor, self.money, self.opener = db, actor, money, opener
        self.details: CaseDetails | None = None
        self._wanted: int | None = None
        self.setAcceptDrops(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        self.header = QLabel(translate("DetailPane", "No case selected"))
        self.header.setObjectName("detailHeader")
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.header)
        self.mail = QLabel()
        self.mail.setObjectName("detailMail")
        self.mail.setWordWrap(True)
        self.mail.setContentsMargins(6, 3, 6, 3)
        self.mail.linkActivated.connect(lambda _link: self.mail_setup_requested.emit())
        self.mail.hide()
        lay.addWidget(self.mail)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        lay.addWidget(self.tabs, 1)
        self.party = QLabel()
        self.party.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.party.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.party.setContentsMargins(8, 6, 8, 6)
        self.tabs.addTab(self.party, translate("DetailPane", "Party"))
        payment = QWidget()
        self.payment_form = QFormLayout(payment)
        self.payment_labels: dict[str, QLabel] = {}
        for key, text in PAYMENT_ROWS.items():
            label = QLabel()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.payment_labels[key] = label
            self.payment_form.addRow(translate("DetailPane", text), label)
        self.tabs.addTab(payment, translate("DetailPane", "Payment"))
        self.lines = _table(
            ["#", translate("DetailPane", "Article"), translate("DetailPane", "Description"),
             translate("DetailPane", "Qty"), translate("DetailPane", "Unit"),
             translate("DetailPane", "Price"), translate("DetailPane", "VAT"),
             translate("DetailPane", "Net")]
        )  # fmt: skip
        self.tabs.addTab(self.lines, translate("DetailPane", "Lines"))
        att = QWidget()
        att_lay = QVBoxLayout(att)
        att_lay.setContentsMargins(0, 0, 0, 0)
        self.attachments = _table(
            [
                translate("DetailPane", "Name"),
                translate("DetailPane", "Type"),
                translate("DetailPane", "Size"),
            ]
        )
        self.attachments.doubleClicked.connect(lambda _i: self.open_selected_attachment())
        self.attachments.setToolTip(
            translate("DetailPane", "Double-click opens the file; drop files here to attach them")
        )
        att_lay.addWidget(self.attachments)
        att_buttons = QHBoxLayout()
        self.open_button = QPushButton(translate("DetailPane", "Open"))
        self.open_button.clicked.connect(self.open_selected_attachment)
        self.save_as_button = QPushButton(translate("DetailPane", "Save as…"))
        self.save_as_button.clicked.connect(self.save_selected_attachment)
        att_buttons.addWidget(self.open_button)
        att_buttons.addWidget(self.save_as_button)
        att_buttons.addStretch(1)
        att_lay.addLayout(att_buttons)
        self.tabs.addTab(att, translate("DetailPane", "Attachments"))
        self.history = _table(
            [
                translate("DetailPane", "Time"),
                translate("DetailPane", "User"),
                translate("DetailPane", "From → to"),
                translate("DetailPane", "Comment"),
            ]
        )
        set_empty_text(
            self.history,
            translate(
                "DetailPane", "No status changes yet — each action on the case is listed here."
            ),
        )
        self.tabs.addTab(self.history, translate("DetailPane", "History"))
        notes = QWidget()
        notes_lay = QVBoxLayout(notes)
        notes_lay.setContentsMargins(0, 0, 0, 0)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(
            translate("DetailPane", "Internal notes (not printed on the invoice)")
        )
        notes_lay.addWidget(self.notes)
        self.save_notes_button = QPushButton(translate("DetailPane", "Save notes"))
        self.save_notes_button.clicked.connect(self.save_notes)
        notes_lay.addWidget(self.save_notes_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(notes, translate("DetailPane", "Notes"))
        self.tabs.setEnabled(False)

    # --- loading ------------------------------------------------------------------------

    def show_case(self, case_id: int | None) -> None:
        """Load and show a case (None clears the pane)."""
        self._wanted = case_id
        if case_id is None:
            self.details = None
            self.header.setText(translate("DetailPane", "No case selected"))
            self.mail.hide()
            self.tabs.setEnabled(False)
            return
        run_task(
            load_case_details,
            self.db,
            case_id,
            on_done=self._loaded,
            label="",
            owner=self,
        )

    def reload(self) -> None:
        """Load the shown case again."""
        self.show_case(self._wanted)

    def _loaded(self, details: CaseDetails) -> None:
        if details.id != self._wanted:
            return
        self.details = details
        d = details
        self._show_mails(d.mails)
        number = d.number or translate("DetailPane", "(no number)")
        due = (
            " " + translate("DetailPane", "due {date}").format(date=_date(d.due_date))
            if d.due_date
            else ""
        )
        ro = "  ·  " + translate("DetailPane", "read-only") if d.read_only else ""
        marks = ""
        if d.findings:
            marks += "  ·  <span style='color:#c2410c'>⚠ {}</span>".format(
                translate("DetailPane", "validation findings: {count}").format(count=d.findings)
            )
        if d.duplicate_of_id is not None:
            marks += "  ·  <span style='color:#7c3aed'>❐ {}</span>".format(
                translate("DetailPane", "possible duplicate of case {id}").format(
                    id=d.duplicate_of_id
                )
            )
        party = f" · {d.party.name}" if d.party.name else ""
        reason = ""
        if d.status == "error" and d.error_message:  # why reading the file failed
            reason = f"<br><span style='color:#b91c1c'>{escape(core_text(d.error_message))}</span>"
        self.header.setText(
            f"<b>{number}</b>{party} · {status_text(d.status)} · "
            f"{self.money(d.gross, d.currency)}{due}{ro}{marks}{reason}"
        )
        self.tabs.setEnabled(True)
        self._show_party(d)
        self._show_payment(d)
        _fill(
            self.lines,
            [
                [
                    str(ln.position),
                    ln.article_no or "",
                    ln.description,
                    formats.quantity(ln.quantity),
                    ln.unit,
                    self.money(ln.unit_price, d.currency),
                    formats.percent(ln.vat_rate),
                    self.money(ln.net, d.currency),
                ]
                for ln in d.lines
            ]
            + [  # the totals under the amount column, one per row
                ["", "", label, "", "", "", "", self.money(value, d.currency)]
                for label, value in (
                    (translate("DetailPane", "Net"), d.net),
                    (translate("DetailPane", "VAT"), d.tax),
                    (translate("DetailPane", "Gross"), d.gross),
                )
            ],
            right={3, 5, 6, 7},
        )
        _fill(
            self.attachments,
            [[a.filename, a.mime_type, _size(a.size)] for a in d.attachments],
            right={2},
        )
        _fill(
            self.history,
            [
                [
                    QLocale().toString(
                        QDateTime.fromSecsSinceEpoch(int(h.at.timestamp())),
                        QLocale.FormatType.ShortFormat,
                    ),
                    h.initials,
                    f"{status_text(h.from_status) if h.from_status else '—'} → "
                    f"{status_text(h.to_status)}",
                    core_text(h.comment),
                ]
                for h in d.history
            ],
        )
        self.notes.setPlainText(d.notes)
        self.notes.setReadOnly(d.read_only)
        self.save_notes_button.setEnabled(not d.read_only)
        self.loaded.emit(d)

    def _show_party(self, d: CaseDetails) -> None:
        p = d.party
        lines = [f"<b>{p.name}</b>", p.street, f"{p.postal_code} {p.city}".strip(), p.country]
        for label, value in (
            (translate("DetailPane", "VAT ID"), p.vat_id),
            (translate("DetailPane", "Contact"), p.contact_person),
            (translate("DetailPane", "E-mail"), p.email),
            (translate("DetailPane", "Phone"), p.phone),
            (translate("DetailPane", "IBAN"), p.iban),
        ):
            if value:
                lines.append(f"{label}: {value}")
        if p.from_snapshot:
            lines.append("<i>" + translate("DetailPane", "as on the issued invoice") + "</i>")
        if d.reverse_charge:
            lines.append(translate("DetailPane", "Reverse charge (VAT owed by the recipient)"))
        self.party.setText("<br>".join(x for x in lines if x))

    def _show_payment(self, d: CaseDetails) -> None:
        ref = d.payment_reference or "—"
        if d.payment_reference and not d.payment_reference_valid:
            ref += " " + translate("DetailPane", "(no longer valid)")
        values = {
            "Due date": _date(d.due_date) if d.due_date else "—",
            "Reference": ref,
            "Gross": self.money(d.gross, d.currency),
            "Paid": (
                translate("DetailPane", "{paid} of {gross}").format(
                    paid=self.money(d.paid_amount, d.currency),
                    gross=self.money(d.gross, d.currency),
                )
                if d.payment_status == "partial"
                else self.money(d.paid_amount, d.currency)
            ),
            "Open amount": self.money(d.open_amount, d.currency),
            "Payments": "\n".join(
                f"{_date(p.paid_on)} {self.money(p.amount, d.currency)} {_source(p.method)}"
                + (" " + translate("DetailPane", "(undone)") if p.undone else "")
                for p in d.payments
            )
            or translate("DetailPane", "none recorded"),
            "Customer credit": self.money(d.customer_credit, d.currency)
            if d.customer_credit
            else "—",
            "Settlement": core_text(d.settlement) if d.settlement else "—",
            "Reminders": reminders_text(d, self.money),
        }
        if d.kind == "credit_note":  # a credit, not a receivable
            values["Due date"] = values["Open amount"] = "—"
        for key, value in values.items():
            self.payment_labels[key].setText(value)

    def _show_mails(self, mails: list[MailLine]) -> None:
        """The case's e-mails that are not done, above the tabs (hidden when there are none)."""
        notice = mail_notice(mails)
        if notice is None:
            self.mail.hide()
            return
        text, style = notice
        self.mail.setText(text)
        self.mail.setStyleSheet(f"QLabel#detailMail {{ {style} border-radius: 4px; }}")
        self.mail.show()

    # --- attachments --------------------------------------------------------------------

    def _selected_attachment(self) -> AttachmentInfo | None:
        if self.details is None or not self.details.attachments:
            return None
        row = max(self.attachments.currentRow(), 0)
        return self.details.attachments[min(row, len(self.details.attachments) - 1)]

    def open_selected_attachment(self) -> None:
        """Open the selected attachment (a temporary copy) with the system's viewer."""
        att = self._selected_attachment()
        if att is not None:
            run_task(
                _temp_copy_of,
                self.db,
                att.id,
                on_done=self._open,
                label=translate("DetailPane", "Opening file"),
            )

    def _open(self, path: Path) -> None:
        if not self.opener(path):
            dialogs.show_error(
                self,
                translate("DetailPane", "Cannot open"),
                translate("DetailPane", "No application opens {name}.").format(name=path.name),
            )

    def save_selected_attachment(self) -> None:
        """Save the selected attachment where the clerk chooses."""
        att = self._selected_attachment()
        if att is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, translate("DetailPane", "Save attachment"), att.filename
        )
        if target:
            run_task(
                _save_copy,
                self.db,
                att.id,
                Path(target),
                label=translate("DetailPane", "Saving file"),
            )

    def attach_files(self, paths: list[Path]) -> None:
        """Attach files to the shown case (in the background) and reload."""
        if self.details is None or not paths:
            return
        run_task(
            _attach_all,
            self.db,
            self.actor,
            self.details.id,
            paths,
            on_done=lambda _r: self.reload(),
            label=translate("DetailPane", "Attaching files"),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept local files when a case is shown."""
        if self.details is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Attach the dropped files."""
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.attach_files([p for p in paths if p.is_file()])
        self.tabs.setCurrentIndex(TABS.index("Attachments"))

    # --- notes ----------------------------------------------------------------------------

    def save_notes(self) -> None:
        """Save the notes with the loaded version; a conflict offers to reload."""
        d = self.details
        if d is None or d.read_only:
            return
        run_task(
            save_notes,
            self.db,
            self.actor,
            d.id,
            self.notes.toPlainText(),
            d.version,
            on_done=lambda _v: self._saved(d.id),
            on_error=self._save_failed,
            label=translate("DetailPane", "Saving notes"),
        )

    def _saved(self, case_id: int) -> None:
        self.reload()
        self.changed.emit(case_id)

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ConflictError):
            if dialogs.ask_reload_after_conflict(self, exc):
                self.reload()
                self.changed.emit(exc.case_id)
            return
        dialogs.show_error(
            self, translate("DetailPane", "Notes not saved"), dialogs.error_text(exc)
        )


def _temp_copy_of(db: Database, attachment_id: int) -> Path:
    info, content = attachment_content(db, attachment_id)
    return temp_copy(info.filename, content)


def _save_copy(db: Database, attachment_id: int, target: Path) -> None:
    _info, content = attachment_content(db, attachment_id)
    target.write_bytes(content)


def _attach_all(db: Database, actor: Actor, case_id: int, paths: list[Path]) -> int:
    for path in paths:
        add_attachment(db, actor, case_id, path.name, path.read_bytes())
    return len(paths)
