"""The invoice editor for incoming invoices in *Ready*: the PDF beside its fields.

Fields read out with low confidence are highlighted; clicking a word in the PDF fills the
field that had the focus last; arithmetic warnings update as the clerk types; e-invoice rule
violations and possible duplicates are listed. *Save* keeps the status, *Finish editing*
moves the case to *Edited* for the four-eyes review.
"""

from __future__ import annotations

import functools
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QObject,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.errors import ConflictError
from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.common.autosave import Autosaver
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.domain_labels import status_text
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.pdf_canvas import PdfCanvas
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.incoming.editor_labels import FIELD_LABELS
from invoicedesk.gui.incoming.editor_panels import (
    ChecksPanel,
    DuplicateBanner,
    LinesPanel,
    party_html,
)
from invoicedesk.gui.incoming.einvoice_view import einvoice_html
from invoicedesk.gui.incoming.numbers import canonical, canonical_date, shown, shown_date
from invoicedesk.services.cases.attachments import attachment_content
from invoicedesk.services.incoming.editing import (
    EDITOR_FIELDS,
    LOW_CONFIDENCE,
    EditorData,
    EditorLine,
    arithmetic_warnings,
    begin_session,
    end_editing,
    load_editor,
    save_editor,
)
from invoicedesk.store.database import Database

EDITOR_STYLE = """
QLineEdit[lowConfidence="true"] { background: #fff7d6; border: 1px solid #e0b400; }
QLabel#editorWarnings { color: #b42318; }
QLabel#hintLabel { color: #6b7280; }
QLabel#scanLabel { color: #92400e; }
QFrame#duplicateBanner { background: #fef3c7; border: 1px solid #f59e0b; border-radius: 4px; }
"""
AMOUNT_FIELDS = ("net", "tax", "gross")
DATE_FIELDS = ("invoice_date", "due_date")


def _load(
    db: Database, case_id: int, actor: Actor | None = None
) -> tuple[EditorData, bytes | None]:
    """The editor's data and document; with ``actor`` (the editor opens) a session of his on
    the case that never ended is recorded first (:func:`begin_session`)."""
    data = load_editor(db, case_id) if actor is None else begin_session(db, actor, case_id)
    content = None
    if data.pdf_attachment_id is not None:
        content = attachment_content(db, data.pdf_attachment_id)[1]
    return data, content


class IncomingEditor(QDialog):
    """Edit one incoming case; ``saved`` fires with the case id after every save."""

    saved = Signal(int)
    openCase = Signal(int)  # noqa: N815 - Qt signal naming

    def __init__(self, db: Database, actor: Actor, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor, self.case_id = db, actor, case_id
        self.data: EditorData | None = None
        self.setWindowTitle(
            translate("IncomingEditor", "Supplier invoice — case {id}").format(id=case_id)
        )
        self.setStyleSheet(EDITOR_STYLE)
        self.resize(1280, 820)
        self.canvas = PdfCanvas(self)
        self.canvas.wordClicked.connect(self._fill_from_word)
        self.page_label = QLabel()
        self.canvas.pageChanged.connect(
            lambda page, count: self.page_label.setText(
                translate("IncomingEditor", "Page {page} of {count}").format(
                    page=page + 1, count=count
                )
            )
        )
        self.fields: dict[str, QLineEdit] = {}
        self._target: QLineEdit | None = None
        self.warnings = QLabel()
        self.warnings.setObjectName("editorWarnings")
        self.warnings.setWordWrap(True)
        self.findings = ChecksPanel()
        self.findings.openCase.connect(self.openCase)
        self.banner = DuplicateBanner()
        self.banner.openCase.connect(self.openCase)
        self.lines_panel = LinesPanel()
        self.lines = self.lines_panel.table
        self.lines_panel.changed.connect(self._update_warnings)
        self.party = QLabel()
        self.party.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.party.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.party.setWordWrap(True)
        self.xml_view = QTextBrowser()
        self.document_pane = QStackedWidget()
        self._after_autosave: bool | None = None
        self._build()
        self.autosaver = Autosaver(
            self, self._autosave_job, on_saved=self._autosaved, on_error=self._autosave_failed
        )
        self.autosaver.watch(*self.fields.values(), self.lines)
        #: autosaves since the last explicit save: closing records them (one history row)
        self._unrecorded = False
        self._closing = False
        run_task(
            _load,
            db,
            case_id,
            actor,
            on_done=self._loaded,
            owner=self,
            label=translate("IncomingEditor", "Opening invoice"),
        )

    def _build(self) -> None:
        viewer = QWidget()
        nav = QHBoxLayout()
        for text, slot in (
            ("◀", lambda: self.canvas.set_page(self.canvas.page - 1)),
            ("▶", lambda: self.canvas.set_page(self.canvas.page + 1)),
            ("−", lambda: self.canvas.set_zoom(self.canvas.zoom / 1.2)),
            ("+", lambda: self.canvas.set_zoom(self.canvas.zoom * 1.2)),
            (translate("IncomingEditor", "Fit width"), self.canvas.fit_width),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            button.setAutoDefault(False)
            if len(text) == 1:
                button.setFixedWidth(36)
            nav.addWidget(button)
        nav.addStretch(1)
        nav.addWidget(self.page_label)
        left = QVBoxLayout(viewer)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(nav)
        left.addWidget(self.canvas, 1)
        self.document_pane.addWidget(viewer)
        self.document_pane.addWidget(self.xml_view)
        hint = QLabel(
            translate(
                "IncomingEditor", "Click a word in the document to put it into the selected field."
            )
        )
        hint.setObjectName("hintLabel")
        left.addWidget(hint)
        self.scan_label = QLabel()
        self.scan_label.setObjectName("scanLabel")
        self.scan_label.setWordWrap(True)
        self.scan_label.hide()
        left.addWidget(self.scan_label)

        form_box = QWidget()
        form = QFormLayout(form_box)
        for name in EDITOR_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"field_{name}")
            edit.installEventFilter(self)
            edit.textChanged.connect(lambda _t: self._update_warnings())
            if name in AMOUNT_FIELDS or name in DATE_FIELDS:  # "39.90" -> "39,90" on leaving
                edit.editingFinished.connect(lambda e=edit, n=name: _tidy(e, n))
            self.fields[name] = edit
            form.addRow(translate("IncomingEditor", FIELD_LABELS[name]), edit)
        form.addRow(self.warnings)
        tabs = QTabWidget()
        tabs.addTab(form_box, translate("IncomingEditor", "Fields"))
        tabs.addTab(self.lines_panel, translate("IncomingEditor", "Lines"))
        tabs.addTab(self.party, translate("IncomingEditor", "Party"))
        tabs.addTab(self.findings, translate("IncomingEditor", "Checks"))
        self.tabs = tabs

        self.save_button = QPushButton(translate("IncomingEditor", "Save"))
        self.save_button.setShortcut("Ctrl+S")
        self.finish_button = QPushButton(translate("IncomingEditor", "Finish editing"))
        self.finish_button.setToolTip(
            translate("IncomingEditor", "Hand the invoice on for review by a second user")
        )
        close_button = QPushButton(translate("IncomingEditor", "Close"))
        self.save_button.clicked.connect(lambda: self.save(finish=False))
        self.finish_button.clicked.connect(lambda: self.save(finish=True))
        close_button.clicked.connect(self.reject)
        close_button.setAutoDefault(False)
        self.autosave_state = QLabel()
        self.autosave_state.setObjectName("hintLabel")
        buttons = QHBoxLayout()
        buttons.addWidget(close_button)
        buttons.addWidget(self.autosave_state)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.finish_button)
        self.finish_button.setDefault(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(tabs, 1)
        right_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.document_pane)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._set_enabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Remember the field that had the focus last (the click-to-fill target)."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            self._target = watched
        return super().eventFilter(watched, event)

    def _set_enabled(self, enabled: bool) -> None:
        for edit in self.fields.values():
            edit.setReadOnly(not enabled)
        self.lines_panel.set_editable(enabled)
        self.save_button.setEnabled(enabled)
        self.finish_button.setEnabled(enabled)

    def _loaded(self, loaded: tuple[EditorData, bytes | None]) -> None:
        data, content = loaded
        self.data = data
        for name, edit in self.fields.items():
            edit.blockSignals(True)
            value = data.fields.get(name, "")
            if name in AMOUNT_FIELDS and value:
                value = shown(value)
            elif name in DATE_FIELDS and value:
                value = shown_date(value)
            edit.setText(value)
            edit.blockSignals(False)
            low = data.confidence.get(name, 1.0) < LOW_CONFIDENCE
            edit.setProperty("lowConfidence", low)
            edit.setToolTip(
                translate("IncomingEditor", "Read out with low confidence: please check.")
                if low
                else ""
            )
            edit.style().unpolish(edit)
            edit.style().polish(edit)
        self.lines_panel.set_lines(data.lines)
        self._show_findings(data)
        self.party.setText(party_html(data))
        self.banner.show_duplicates(data.duplicates)
        if data.ocr_confidence is not None:
            self.scan_label.setText(
                translate(
                    "IncomingEditor",
                    "Read from a scan by OCR (confidence {percent} %). Fields from uncertain "
                    "words are highlighted.",
                ).format(percent=round(100 * data.ocr_confidence))
            )
        self.scan_label.setVisible(data.ocr_confidence is not None)
        if content is None and data.einvoice:
            self.xml_view.setHtml(einvoice_html(data))
            self.document_pane.setCurrentWidget(self.xml_view)
        elif content is not None and not self.canvas.load(content, data.words):
            self.page_label.setText(translate("IncomingEditor", "The document cannot be shown."))
        elif content is not None:
            QTimer.singleShot(0, self.canvas.fit_width)  # once the layout has its final width
        editable = data.status == "ready"
        self._set_enabled(editable)
        if not editable:
            self.setWindowTitle(
                self.windowTitle()
                + " "
                + translate("IncomingEditor", "(read-only: {status})").format(
                    status=status_text(data.status)
                )
            )
        self._target = self.fields["invoice_number"]
        self._update_warnings()

    def _show_findings(self, data: EditorData) -> None:
        warnings = self.findings.show_data(data)
        checks = translate("IncomingEditor", "Checks")
        self.tabs.setTabText(3, f"⚠ {checks} ({warnings})" if warnings else checks)

    def _fill_from_word(self, text: str) -> None:
        if self._target is not None and not self._target.isReadOnly():
            self._target.setText(text.strip())
            self._target.setFocus()
            self.autosaver.mark_dirty()

    def current_lines(self) -> list[EditorLine]:
        """The line table as editor lines (cells that are not numbers count as zero)."""
        return self.lines_panel.lines()

    def values(self) -> dict[str, str]:
        """The fields for the core: amounts as ``1234.56`` and dates as ``yyyy-mm-dd`` (the
        clerk types them in the locale or clicks them from the document in its style)."""
        result = {name: edit.text().strip() for name, edit in self.fields.items()}
        for name in AMOUNT_FIELDS:
            result[name] = canonical(result[name])
        for name in DATE_FIELDS:
            result[name] = canonical_date(result[name])
        return result

    def _update_warnings(self) -> None:
        problems = arithmetic_warnings(self.values(), self.current_lines())
        self.warnings.setText("\n".join(f"⚠ {core_text(p)}" for p in problems))
        self.warnings.setVisible(bool(problems))

    def save(self, *, finish: bool) -> None:
        """Save in the background; finishing moves the case to *Edited*."""
        if self.data is None:
            return
        if self.autosaver.busy:  # save right after the running autosave (its version)
            self._after_autosave = finish
            return
        self.autosaver.cancel_pending()
        self._set_enabled(False)
        lines = self.current_lines() if self.lines.rowCount() else None
        run_task(
            save_editor, self.db, self.actor, self.case_id, self.data.version, self.values(),
            lines, finish=finish, on_done=lambda version: self._saved(version, finish),
            on_error=self._save_failed, owner=self,
            label=translate("IncomingEditor", "Saving invoice"),
        )  # fmt: skip

    def _autosave_job(self) -> functools.partial[int] | None:
        """The draft as typed so far, saved in the background (see :mod:`autosave`)."""
        if self.data is None or self.data.status != "ready" or not self.save_button.isEnabled():
            return None
        lines = self.current_lines() if self.lines.rowCount() else None
        return functools.partial(save_editor, self.db, self.actor, self.case_id, self.data.version,
                                 self.values(), lines, finish=False, autosave=True)  # fmt: skip

    def _autosaved(self, version: int) -> None:
        assert self.data is not None
        self.data.version = version
        self._unrecorded = True
        if self._closing:  # once the autosaver has started any save still due
            QTimer.singleShot(0, self._end_session)
            return
        self.autosave_state.setText(
            translate("IncomingEditor", "Draft saved at {time}").format(
                time=QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
            )
        )
        if self._after_autosave is not None:
            finish, self._after_autosave = self._after_autosave, None
            self.save(finish=finish)

    def _autosave_failed(self, exc: BaseException) -> None:
        if self._closing:
            QTimer.singleShot(0, self._end_session)
            return
        if isinstance(exc, ConflictError):
            self._save_failed(exc)
            return
        self.autosave_state.setText(
            translate("IncomingEditor", "Not saved yet: {error}").format(
                error=dialogs.error_text(exc)
            )
        )

    def done(self, result: int) -> None:
        """Closing ends the editing session: its autosaved changes (the last autosave, started
        by closing, included) become one history row."""
        self._closing = True
        super().done(result)  # hiding flushes the autosaver (a last save may start)
        self._end_session()

    def _end_session(self) -> None:
        if self.autosaver.busy or not self._unrecorded:
            return  # after the running autosave; or nothing autosaved since the last save
        self._unrecorded = False
        run_task(end_editing, self.db, self.actor, self.case_id,
                 label=translate("IncomingEditor", "Saving invoice"))  # fmt: skip

    def _saved(self, version: int, finish: bool) -> None:
        assert self.data is not None
        self.data.version = version
        self._unrecorded = False
        self.saved.emit(self.case_id)
        if finish:
            self.accept()
        else:
            self._set_enabled(True)

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ConflictError):
            if dialogs.ask_reload_after_conflict(self, exc):
                run_task(_load, self.db, self.case_id, on_done=self._loaded, owner=self)
                return
        else:
            dialogs.show_error(
                self, translate("IncomingEditor", "Saving failed"), dialogs.error_text(exc)
            )
        self._set_enabled(True)


def _tidy(edit: QLineEdit, name: str) -> None:
    """Show a typed amount or date in the locale's form (unreadable text stays as typed)."""
    text = edit.text()
    if not text.strip():
        return
    if name in DATE_FIELDS:
        tidy = shown_date(canonical_date(text))
    else:
        tidy = shown(canonical(text))
        same = _same_number(canonical(tidy), canonical(text))
        tidy = tidy if same else text  # never round what was typed
    if tidy != text:
        edit.setText(tidy)


def _same_number(a: str, b: str) -> bool:
    try:
        return Decimal(a) == Decimal(b)
    except InvalidOperation:
        return False
