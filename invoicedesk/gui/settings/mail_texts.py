"""Settings page: the e-mail texts per language and kind, with placeholders and a preview.

Texts equal to the built-in ones are not stored, so later improvements of the built-in texts
reach every company that did not change them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.settings.pages import Job, SettingsPage
from invoicedesk.services.outgoing.mail_texts import MessageKind, render
from invoicedesk.services.settings.registry import (
    MAIL_KINDS,
    MAIL_PLACEHOLDERS,
    MAIL_TEXTS,
    MailTexts,
    load_setting,
    save_setting,
)
from invoicedesk.store.database import Database

KIND_LABELS = {
    "invoice": QT_TRANSLATE_NOOP("MailTexts", "Invoice"),
    "credit_note": QT_TRANSLATE_NOOP("MailTexts", "Credit note"),
    "order_received": QT_TRANSLATE_NOOP("MailTexts", "Order received"),
}
SAMPLE = {
    "number": "RE-2026-00042", "customer": "Jansen B.V.", "company": "Autohaus Rheinblick GmbH",
    "gross": "1.190,00 EUR", "due_date": "15.12.2026", "issue_date": "01.12.2026",
    "reference": "RE-2026-00042", "invoice_number": "RE-2026-00017",
}  # fmt: skip


def built_in(language: str, kind: str) -> tuple[str, str]:
    """The built-in subject and body with their placeholders (not filled in)."""
    values: dict[str, Any] = {p: "{" + p + "}" for p in MAIL_PLACEHOLDERS}
    msg = render(language, MessageKind(kind), **values)
    return msg.subject, msg.body


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class MailTextsPage(SettingsPage):
    """Subject and body per language and mail kind."""

    object_name = "mailTextsPage"

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.texts: dict[tuple[str, str], tuple[str, str]] = {}
        self.language = QComboBox()
        self.language.setObjectName("textLanguage")
        for code in ("de", "en", "nl"):
            self.language.addItem(LANGUAGES[code], code)
        self.kind = QComboBox()
        self.kind.setObjectName("textKind")
        for kind in MAIL_KINDS:
            self.kind.addItem(translate("MailTexts", KIND_LABELS[kind]), kind)
        self.subject = QLineEdit()
        self.subject.setObjectName("textSubject")
        self.body = QPlainTextEdit()
        self.body.setObjectName("textBody")
        self.body.setMinimumHeight(150)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("textPreview")
        self.preview.setReadOnly(True)
        self.preview.setStyleSheet("background: #f7f8fa;")
        reset = QPushButton(translate("MailTexts", "Built-in text"))
        reset.setObjectName("textReset")
        reset.clicked.connect(self.reset_text)
        placeholders = QLabel(
            translate("MailTexts", "Placeholders: {list}").format(
                list=" ".join("{" + p + "}" for p in MAIL_PLACEHOLDERS)
            )
        )
        placeholders.setWordWrap(True)
        placeholders.setStyleSheet("color: #6b7280;")
        choose = QHBoxLayout()
        choose.addWidget(self.language)
        choose.addWidget(self.kind)
        choose.addStretch(1)
        choose.addWidget(reset)
        form = QFormLayout(self)
        form.addRow(translate("MailTexts", "Text"), choose)
        form.addRow(translate("MailTexts", "Subject"), self.subject)
        form.addRow(translate("MailTexts", "Body"), self.body)
        form.addRow("", placeholders)
        form.addRow(translate("MailTexts", "Preview"), self.preview)
        self._shown = ("de", "invoice")
        self.language.currentIndexChanged.connect(lambda _i: self._switch())
        self.kind.currentIndexChanged.connect(lambda _i: self._switch())
        self.subject.textChanged.connect(lambda _t: self._update_preview())
        self.body.textChanged.connect(self._update_preview)

    def title(self) -> str:
        return translate("MailTexts", "E-mail texts")

    def load(self) -> None:
        run_task(load_setting, self.db, MAIL_TEXTS, on_done=self._show, owner=self)

    def _show(self, stored: MailTexts) -> None:
        for language in ("de", "en", "nl"):
            for kind in MAIL_KINDS:
                own = stored.get(language, kind)
                self.texts[(language, kind)] = own or built_in(language, kind)
        self._fill()
        self.loaded_now()

    def _current(self) -> tuple[str, str]:
        return str(self.language.currentData()), str(self.kind.currentData())

    def _switch(self) -> None:
        if self.texts:
            self.texts[self._shown] = (self.subject.text(), self.body.toPlainText())
        self._fill()

    def _fill(self) -> None:
        self._shown = self._current()
        subject, body = self.texts.get(self._shown, ("", ""))
        loaded, self.loaded = self.loaded, False  # filling is not an edit
        self.subject.setText(subject)
        self.body.setPlainText(body)
        self.loaded = loaded
        self._update_preview()

    def reset_text(self) -> None:
        """Put the built-in text of the shown language and kind back."""
        subject, body = built_in(*self._current())
        self.subject.setText(subject)
        self.body.setPlainText(body)
        self.changed = True

    def _update_preview(self) -> None:
        try:
            text = (self.subject.text().format_map(_Blank(SAMPLE)) + "\n\n"
                    + self.body.toPlainText().format_map(_Blank(SAMPLE)))  # fmt: skip
        except (ValueError, IndexError) as exc:
            text = translate("MailTexts", "The text has a broken placeholder: {error}").format(
                error=exc
            )
        self.preview.setPlainText(text)

    def collected(self) -> MailTexts:
        """Only the texts that differ from the built-in ones."""
        self.texts[self._current()] = (self.subject.text(), self.body.toPlainText())
        own: dict[str, dict[str, tuple[str, str]]] = {}
        for (language, kind), pair in self.texts.items():
            if pair != built_in(language, kind):
                own.setdefault(language, {})[kind] = pair
        return MailTexts(own)

    def problems(self) -> list[str]:
        try:
            self.collected().validated()
        except Exception as exc:
            return [core_text(exc)]
        return []

    def job(self) -> Job | None:
        texts, db, actor = self.collected(), self.db, self.actor

        def save() -> None:
            save_setting(db, actor, MAIL_TEXTS, texts)

        return save
