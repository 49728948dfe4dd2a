"""The dunning settings (administrators): the levels (days after the due date, fee, default
interest) with their texts per language, the base rate with its valid-from dates, and the days
a reminder gives to pay. Saved through
:func:`~invoicedesk.services.dunning.settings.save_dunning_settings`, which checks everything
first and refuses with one clear sentence."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.dunning import LANGUAGES, BaseRate, DunningLevel, LevelText
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import dialogs, formats
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.services.dunning.settings import (
    DunningSettings,
    load_dunning_settings,
    save_dunning_settings,
)
from invoicedesk.services.dunning.texts import PLACEHOLDERS
from invoicedesk.store.database import Database

LANGUAGE_NAMES = {
    "de": QT_TRANSLATE_NOOP("DunningSettings", "German"),
    "en": QT_TRANSLATE_NOOP("DunningSettings", "English"),
    "nl": QT_TRANSLATE_NOOP("DunningSettings", "Dutch"),
}


def _number(text: str) -> Decimal:
    """A decimal typed in the locale's form or the plain one (``1.234,50`` / ``1234.50``)."""
    try:
        return formats.ui().parse_decimal(text)
    except ValueError:
        raise ValidationError("{text!r} is not a number.", text=text) from None


def _day(text: str) -> date:
    """A date typed in the locale's form, as 01.07.2025 or as 2025-07-01."""
    try:
        return formats.parse_date(text)
    except ValueError:
        raise ValidationError(
            "{text!r} is not a date; write it as 01.07.2025.", text=text
        ) from None


class DunningSettingsDialog(QDialog):
    """Edit the dunning settings; saving checks them in the core."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setObjectName("dunningSettings")
        self.setWindowTitle(translate("DunningSettings", "Dunning levels and interest"))
        self.resize(860, 720)
        self.levels: list[DunningLevel] = []
        self._shown: tuple[int, str] | None = None
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("dunningLevels")
        self.table.setHorizontalHeaderLabels(
            [
                translate("DunningSettings", "Days after the due date"),
                translate("DunningSettings", "Fee (EUR)"),
                translate("DunningSettings", "Default interest"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add_level = QPushButton(translate("DunningSettings", "Add level"))
        add_level.clicked.connect(self._add_level)
        remove_level = QPushButton(translate("DunningSettings", "Remove level"))
        remove_level.clicked.connect(self._remove_level)
        levels_box = QGroupBox(translate("DunningSettings", "Levels"))
        levels_lay = QVBoxLayout(levels_box)
        levels_lay.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(add_level)
        row.addWidget(remove_level)
        row.addStretch(1)
        levels_lay.addLayout(row)
        self.text_level = QComboBox()
        self.text_language = QComboBox()
        for code in LANGUAGES:
            self.text_language.addItem(translate("DunningSettings", LANGUAGE_NAMES[code]), code)
        self.title = QLineEdit()
        self.letter = QPlainTextEdit()
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        texts_box = QGroupBox(translate("DunningSettings", "Texts"))
        form = QFormLayout(texts_box)
        pick = QHBoxLayout()
        pick.addWidget(self.text_level)
        pick.addWidget(self.text_language)
        pick.addStretch(1)
        form.addRow(translate("DunningSettings", "Level and language"), pick)
        form.addRow(translate("DunningSettings", "Title"), self.title)
        form.addRow(translate("DunningSettings", "Letter"), self.letter)
        form.addRow(translate("DunningSettings", "E-mail subject"), self.subject)
        form.addRow(translate("DunningSettings", "E-mail text"), self.body)
        hint = QLabel(
            translate("DunningSettings", "Placeholders: {names}").format(
                names=", ".join(f"{{{p}}}" for p in PLACEHOLDERS)
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b7280;")
        form.addRow("", hint)
        self.text_level.currentIndexChanged.connect(lambda _i: self._show_text())
        self.text_language.currentIndexChanged.connect(lambda _i: self._show_text())
        self.rates = QTableWidget(0, 2)
        self.rates.setObjectName("dunningBaseRates")
        self.rates.setHorizontalHeaderLabels(
            [
                translate("DunningSettings", "Valid from"),
                translate("DunningSettings", "Base rate %"),
            ]
        )
        self.rates.horizontalHeader().setStretchLastSection(True)
        self.rates.verticalHeader().hide()
        add_rate = QPushButton(translate("DunningSettings", "Add base rate"))
        add_rate.clicked.connect(lambda: self._add_rate("", ""))
        rates_box = QGroupBox(
            translate("DunningSettings", "Base rate (§ 247 BGB, Bundesbank: 1 January and 1 July)")
        )
        rates_lay = QVBoxLayout(rates_box)
        rates_lay.addWidget(self.rates)
        rates_lay.addWidget(add_rate, 0, Qt.AlignmentFlag.AlignLeft)
        self.pay_days = QSpinBox()
        self.pay_days.setRange(1, 60)
        self.pay_days.setSuffix(translate("DunningSettings", " days"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("dunningSettingsMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("DunningSettings", "Save")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("DunningSettings", "Close")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        upper = QHBoxLayout()
        upper.addWidget(levels_box, 3)
        upper.addWidget(rates_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(upper)
        layout.addWidget(texts_box, 1)
        pay = QFormLayout()
        pay.addRow(
            translate("DunningSettings", "A reminder asks for payment within"), self.pay_days
        )
        layout.addLayout(pay)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.setEnabled(False)
        run_task(load_dunning_settings, db, on_done=self.set_settings, owner=self)

    # --- showing --------------------------------------------------------------------------

    def set_settings(self, settings: DunningSettings) -> None:
        """Show stored settings."""
        self.levels = list(settings.levels)
        self.table.setRowCount(0)
        for level in self.levels:
            self._level_row(level)
        self.rates.setRowCount(0)
        for rate in settings.base_rates:
            self._add_rate(formats.date_text(rate.valid_from), formats.amount(rate.rate))
        self.pay_days.setValue(settings.pay_within_days)
        self._level_names()
        self.buttons.setEnabled(True)

    def _level_row(self, level: DunningLevel) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(str(level.days)))
        self.table.setItem(row, 1, QTableWidgetItem(formats.amount(level.fee)))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        check.setCheckState(Qt.CheckState.Checked if level.interest else Qt.CheckState.Unchecked)
        self.table.setItem(row, 2, check)

    def _add_rate(self, valid_from: str, rate: str) -> None:
        row = self.rates.rowCount()
        self.rates.insertRow(row)
        self.rates.setItem(row, 0, QTableWidgetItem(valid_from))
        self.rates.setItem(row, 1, QTableWidgetItem(rate))

    def _level_names(self) -> None:
        self._keep_text()
        self._shown = None
        self.text_level.blockSignals(True)
        self.text_level.clear()
        for number, level in enumerate(self.levels, start=1):
            self.text_level.addItem(f"{number} · {level.text('de').title}", number - 1)
        self.text_level.blockSignals(False)
        self._show_text()

    def _show_text(self) -> None:
        self._keep_text()
        index, language = self.text_level.currentData(), self.text_language.currentData()
        if index is None or index >= len(self.levels):
            return
        text = self.levels[index].texts.get(language) or self.levels[index].text("de")
        self.title.setText(text.title)
        self.letter.setPlainText(text.letter)
        self.subject.setText(text.subject)
        self.body.setPlainText(text.body)
        self._shown = (index, language)

    def _keep_text(self) -> None:
        """The texts on screen back into the working copy."""
        if self._shown is None or self._shown[0] >= len(self.levels):
            return
        index, language = self._shown
        text = LevelText(
            self.title.text(),
            self.letter.toPlainText(),
            self.subject.text(),
            self.body.toPlainText(),
        )
        level = self.levels[index]
        self.levels[index] = replace(level, texts={**level.texts, language: text})

    # --- editing --------------------------------------------------------------------------

    def _add_level(self) -> None:
        last = self.levels[-1] if self.levels else None
        base = last or DunningSettings().levels[0]
        level = replace(base, days=(last.days + 14) if last else 7)
        self.levels.append(level)
        self._level_row(level)
        self._level_names()

    def _remove_level(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        self._keep_text()
        self._shown = None
        for row in rows:
            self.table.removeRow(row)
            del self.levels[row]
        self._level_names()

    def settings(self) -> DunningSettings:
        """The settings as edited (raises ``ValidationError`` on a value that is no number)."""
        self._keep_text()
        levels = []
        for row, level in enumerate(self.levels):
            days_item, fee_item, check = (self.table.item(row, c) for c in range(3))
            days = int(_number(days_item.text() if days_item else "0"))
            fee = _number(fee_item.text() if fee_item else "0")
            interest = check is not None and check.checkState() == Qt.CheckState.Checked
            levels.append(replace(level, days=days, fee=fee, interest=interest))
        rates = []
        for row in range(self.rates.rowCount()):
            valid, rate = self.rates.item(row, 0), self.rates.item(row, 1)
            if valid is None or not valid.text().strip():
                continue
            rates.append(BaseRate(_day(valid.text()), _number(rate.text() if rate else "")))
        return DunningSettings(tuple(levels), tuple(rates), self.pay_days.value())

    def save(self) -> None:
        """Check and store the settings in the background."""
        try:
            settings = self.settings()
        except ValidationError as exc:
            self.message.setText(dialogs.error_text(exc))
            return
        self.buttons.setEnabled(False)
        run_task(
            save_dunning_settings,
            self.db,
            self.actor,
            settings,
            on_done=self._saved,
            on_error=self._failed,
            owner=self,
            label=translate("DunningSettings", "Saving the dunning settings"),
        )

    def _saved(self, settings: DunningSettings) -> None:
        self.set_settings(settings)
        self.message.setText(translate("DunningSettings", "Saved."))

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(dialogs.error_text(exc))
