"""Settings pages of the rules that hold (administrators): the approval rules, and the log of
every administrative change (read-only)."""

from __future__ import annotations

import json

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.settings.pages import Job, SettingsPage
from invoicedesk.services.settings.admin_log import LogEntry, list_changes
from invoicedesk.services.settings.registry import (
    APPROVAL_POLICY,
    ApprovalPolicy,
    load_setting,
    save_setting,
)
from invoicedesk.store.database import Database


class ApprovalPage(SettingsPage):
    """Separation of duties (or a one-person office) and the currency of approval limits."""

    object_name = "approvalPage"

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.self_checks = QCheckBox(
            translate("AuditPages", "One-person office: the same user may check and approve")
        )
        self.self_checks.setObjectName("selfChecks")
        self.currency = QLineEdit()
        self.currency.setObjectName("limitCurrency")
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(80)
        note = QLabel(
            translate(
                "AuditPages",
                "Normally whoever uploaded or changed a supplier invoice may not check it, and "
                "whoever checked or changed it may not approve it (four-eyes rule). In a "
                "one-person office these rules are waived, and the history records every such "
                "self-check.",
            )
        )
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow("", self.self_checks)
        form.addRow(translate("AuditPages", "Approval limits count in"), self.currency)

    def title(self) -> str:
        return translate("AuditPages", "Approval rules")

    def load(self) -> None:
        run_task(load_setting, self.db, APPROVAL_POLICY, on_done=self._show, owner=self)

    def _show(self, policy: ApprovalPolicy) -> None:
        self.self_checks.setChecked(policy.self_checks)
        self.currency.setText(policy.limit_currency)
        self.loaded_now()

    def policy(self) -> ApprovalPolicy:
        """The rules as entered."""
        return ApprovalPolicy(self.self_checks.isChecked(), self.currency.text().strip())

    def problems(self) -> list[str]:
        try:
            self.policy().validated()
        except Exception as exc:
            return [core_text(exc)]
        return []

    def job(self) -> Job | None:
        policy, db, actor = self.policy(), self.db, self.actor

        def save() -> None:
            save_setting(db, actor, APPROVAL_POLICY, policy)

        return save


#: what changed, as the settings name it: area or setting key -> label (``AuditPages``)
SUBJECTS = {
    "user": QT_TRANSLATE_NOOP("AuditPages", "User"),
    "number_series": QT_TRANSLATE_NOOP("AuditPages", "Number series"),
    "company": QT_TRANSLATE_NOOP("AuditPages", "Company"),
    "smtp": QT_TRANSLATE_NOOP("AuditPages", "Mail server"),
    "mail_texts": QT_TRANSLATE_NOOP("AuditPages", "E-mail texts"),
    "pdf_options": QT_TRANSLATE_NOOP("AuditPages", "Invoice PDF"),
    "login_popup": QT_TRANSLATE_NOOP("AuditPages", "Login popup"),
    "approval_policy": QT_TRANSLATE_NOOP("AuditPages", "Approval rules"),
    "collective": QT_TRANSLATE_NOOP("AuditPages", "Collective invoices"),
}


def _subject(entry: LogEntry) -> str:
    if entry.area == "setting":
        label = SUBJECTS.get(entry.subject)
        return translate("AuditPages", label) if label else entry.subject
    area = SUBJECTS.get(entry.area)
    return f"{translate('AuditPages', area) if area else entry.area} {entry.subject}"


def _value(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(_value(v) for v in value)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ChangeLogPage(SettingsPage):
    """Who changed which setting or user, when, from what to what (newest first)."""

    object_name = "changeLogPage"

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("changeLog")
        self.table.setHorizontalHeaderLabels([
            translate("AuditPages", "When"), translate("AuditPages", "Who"),
            translate("AuditPages", "What"), translate("AuditPages", "Change"),
        ])  # fmt: skip
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)

    def title(self) -> str:
        return translate("AuditPages", "Change log")

    def load(self) -> None:
        run_task(list_changes, self.db, self.actor, on_done=self._show, owner=self)

    def _show(self, entries: list[LogEntry]) -> None:
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            when = QLocale().toString(
                QDateTime.fromSecsSinceEpoch(int(entry.at.timestamp())),
                QLocale.FormatType.ShortFormat,
            )
            changes = "; ".join(
                f"{name}: {_value(old)} → {_value(new)}" for name, old, new in entry.changes
            )
            who = entry.user or translate("AuditPages", "InvoiceDesk (set-up)")
            values = (when, who, _subject(entry), changes)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self.loaded_now()
