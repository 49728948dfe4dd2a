"""The filter bar over the reconciliation view's statement lines: state, booking dates,
amount (without its sign) and text; it announces a :class:`LineFilter` once the clerk stops
typing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QWidget

from invoicedesk.domain.errors import ValidationError
from invoicedesk.gui.common.formats import date_edit_format, parse_decimal
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.services.payments.line_pages import STATES, LineFilter
from invoicedesk.services.payments.listing import WAITING

#: the state choices: label and the states they show
STATE_CHOICES = (
    (QT_TRANSLATE_NOOP("LineFilter", "Waiting"), WAITING),
    (QT_TRANSLATE_NOOP("LineFilter", "Proposed"), ("proposed",)),
    (QT_TRANSLATE_NOOP("LineFilter", "Unmatched"), ("unmatched",)),
    (QT_TRANSLATE_NOOP("LineFilter", "Booked"), ("booked",)),
    (QT_TRANSLATE_NOOP("LineFilter", "No invoice"), ("ignored",)),
    (QT_TRANSLATE_NOOP("LineFilter", "All lines"), STATES),
)
#: how long typing pauses before the lines are read again
DEBOUNCE_MS = 300


def _date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class LineFilterBar(QWidget):
    """State, date range, amount range and text of the lines to show."""

    changed = Signal(object)  # LineFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = QComboBox()
        self.state.setObjectName("line_filter_state")
        for label, states in STATE_CHOICES:
            self.state.addItem(translate("LineFilter", label), states)
        self.dated = QCheckBox(translate("LineFilter", "Booked between"))
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        today = QDate.currentDate()
        for dates, day in ((self.date_from, today.addMonths(-1)), (self.date_to, today)):
            dates.setCalendarPopup(True)
            dates.setDisplayFormat(date_edit_format())
            dates.setDate(day)
            dates.setEnabled(False)
        self.dated.toggled.connect(self.date_from.setEnabled)
        self.dated.toggled.connect(self.date_to.setEnabled)
        self.min_amount, self.max_amount = QLineEdit(), QLineEdit()
        self.min_amount.setPlaceholderText(translate("LineFilter", "Amount from"))
        self.max_amount.setPlaceholderText(translate("LineFilter", "to"))
        for edit in (self.min_amount, self.max_amount):
            edit.setMaximumWidth(110)
        self.text = QLineEdit()
        self.text.setObjectName("line_filter_text")
        self.text.setPlaceholderText(translate("LineFilter", "Name, IBAN or remittance text"))
        self.text.setClearButtonEnabled(True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for widget in (self.state, self.dated, self.date_from, self.date_to):
            lay.addWidget(widget)
        lay.addWidget(self.min_amount)
        lay.addWidget(self.max_amount)
        lay.addWidget(self.text, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._announce)
        self.state.currentIndexChanged.connect(self._announce)
        self.dated.toggled.connect(self._announce)
        self.date_from.dateChanged.connect(self.timer.start)
        self.date_to.dateChanged.connect(self.timer.start)
        for field in (self.min_amount, self.max_amount, self.text):
            field.textChanged.connect(self.timer.start)

    def _amount(self, edit: QLineEdit) -> Decimal | None:
        text = edit.text().strip()
        if not text:
            return None
        return abs(parse_decimal(text, translate("LineFilter", "Amount")))

    def current(self) -> LineFilter:
        """The filter the widgets express (an amount that is no number is left out)."""
        amounts = []
        for edit in (self.min_amount, self.max_amount):
            try:
                amounts.append(self._amount(edit))
                edit.setStyleSheet("")
            except ValidationError:
                amounts.append(None)
                edit.setStyleSheet("color: #b00020;")
        return LineFilter(
            states=tuple(self.state.currentData() or WAITING),
            date_from=_date(self.date_from) if self.dated.isChecked() else None,
            date_to=_date(self.date_to) if self.dated.isChecked() else None,
            min_amount=amounts[0],
            max_amount=amounts[1],
            text=self.text.text().strip(),
        )

    def _announce(self) -> None:
        self.timer.stop()
        self.changed.emit(self.current())
