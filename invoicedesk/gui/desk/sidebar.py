"""The filter sidebar on the right: presets, statuses with counts, and the other filters.

It only builds a :class:`CaseFilter` and announces it; the table model runs it in SQL. A
preset may hold conditions the sidebar has no widget for (for example "not edited by me");
they stay in force, named above the filters, until another preset is chosen or all is cleared.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.enums import (
    PENDING_LABELS,
    Direction,
    PaymentStatus,
    statuses_for,
)
from invoicedesk.domain.workflow import INACTIVE_STATUSES
from invoicedesk.gui.common import formats
from invoicedesk.gui.common.domain_labels import label, pending_text, status_text
from invoicedesk.gui.common.i18n import translate
from invoicedesk.services.cases.presets import PresetInfo
from invoicedesk.services.settings.users import UserInfo
from invoicedesk.store.case_query import CaseFilter

#: filter fields the sidebar shows as widgets; others come only from presets
SHOWN_FIELDS = {
    "statuses",
    "direction",
    "created_by_ids",
    "pending_actions",
    "payment_status",
    "paid_from",
    "paid_to",
    "reverse_charge",
    "include_inactive",
    "search",
}
PRESET_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


class FilterSidebar(QWidget):
    """Filters of the case table; ``filter_changed`` carries the new filter (debounced)."""

    filter_changed = Signal(object)
    #: a preset or "clear all" changed the search text (the toolbar field follows)
    search_changed = Signal(str)
    preset_chosen = Signal(object)  # PresetInfo
    save_preset_requested = Signal()
    delete_preset_requested = Signal(object)  # PresetInfo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterSidebar")
        self._extra: dict[str, Any] = {}
        self._search = ""
        self._loading = False
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self._emit)
        self._build()

    # --- construction -------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # the body follows the sidebar's width: never a horizontal scrollbar
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll, 1)
        body = QWidget()
        body.setObjectName("sidebarBody")
        scroll.setWidget(body)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.setSpacing(4)

        lay.addWidget(self._heading(translate("FilterSidebar", "Presets")))
        self.presets = QListWidget()
        self.presets.setObjectName("presetList")
        self.presets.itemActivated.connect(self._preset_clicked)
        self.presets.itemClicked.connect(self._preset_clicked)
        self.presets.setMaximumHeight(150)
        lay.addWidget(self.presets)
        self.preset_note = QLabel("")
        self.preset_note.setObjectName("presetNote")
        self.preset_note.setWordWrap(False)  # one line; the full text in its tooltip
        self.preset_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.preset_note.hide()
        lay.addWidget(self.preset_note)

        lay.addWidget(self._heading(translate("FilterSidebar", "Status")))
        self.status_tree = QTreeWidget()
        self.status_tree.setHeaderHidden(True)
        self.status_tree.setRootIsDecorated(False)
        self.status_items: list[tuple[str, QTreeWidgetItem]] = []
        for direction, title in (
            (Direction.OUT, translate("FilterSidebar", "Outgoing")),
            (Direction.IN, translate("FilterSidebar", "Incoming")),
        ):
            parent = QTreeWidgetItem(self.status_tree, [title])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            parent.setFirstColumnSpanned(True)
            for code in statuses_for(direction):
                item = QTreeWidgetItem(parent, [status_text(code)])
                item.setData(0, STATUS_ROLE, code)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                item.setHidden(code in INACTIVE_STATUSES)
                self.status_items.append((direction.value, item))
        self.status_tree.expandAll()
        self.status_tree.itemChanged.connect(self._changed)
        # as tall as its rows: the sidebar scrolls as a whole, the short list never on its own
        self.status_tree.setUniformRowHeights(True)
        self.status_tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_status_tree()
        lay.addWidget(self.status_tree)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setContentsMargins(0, 0, 0, 0)
        self.direction = self._combo(
            [
                (translate("FilterSidebar", "All"), ""),
                (translate("FilterSidebar", "Outgoing"), "out"),
                (translate("FilterSidebar", "Incoming"), "in"),
            ]
        )
        form.addRow(translate("FilterSidebar", "Direction"), self.direction)
        self.creator = self._combo([(translate("FilterSidebar", "All users"), 0)])
        form.addRow(translate("FilterSidebar", "Created by"), self.creator)
        pending = [(translate("FilterSidebar", "Any"), "")] + [
            (pending_text(k), k) for k in PENDING_LABELS if k != "none"
        ]
        self.pending = self._combo(pending)
        form.addRow(translate("FilterSidebar", "Next step"), self.pending)
        pay = [(translate("FilterSidebar", "Any"), "")] + [
            (label(p.value.title()), p.value) for p in PaymentStatus
        ]
        self.payment = self._combo(pay)
        form.addRow(translate("FilterSidebar", "Payment"), self.payment)
        lay.addLayout(form)

        self.paid_range = QCheckBox(translate("FilterSidebar", "Paid between"))
        self.paid_range.toggled.connect(self._paid_range_toggled)
        lay.addWidget(self.paid_range)
        row = QHBoxLayout()
        today = QDate.currentDate()
        self.paid_from = self._date(today.addMonths(-1))
        self.paid_to = self._date(today)
        row.addWidget(self.paid_from)
        row.addWidget(QLabel("–"))
        row.addWidget(self.paid_to)
        lay.addLayout(row)
        self._paid_range_toggled(False)
        self.reverse_charge = QCheckBox(translate("FilterSidebar", "Reverse charge only"))
        self.reverse_charge.toggled.connect(self._changed)
        lay.addWidget(self.reverse_charge)
        self.inactive = QCheckBox(translate("FilterSidebar", "Include completed and archived"))
        self.inactive.toggled.connect(self._inactive_toggled)
        lay.addWidget(self.inactive)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(translate("FilterSidebar", "Save preset…"))
        self.save_button.clicked.connect(self.save_preset_requested)
        self.clear_button = QPushButton(translate("FilterSidebar", "Clear all"))
        self.clear_button.clicked.connect(self.clear_all)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.setContentsMargins(8, 4, 8, 6)
        lay.addStretch(1)
        outer.addLayout(buttons)  # below the scrolling part: always in view

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text.upper())
        label.setObjectName("sidebarHeading")
        return label

    def _combo(self, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        # the width follows the sidebar, not the longest entry (long in German and Dutch)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _date(self, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setDisplayFormat(formats.date_edit_format())
        edit.setCalendarPopup(True)
        edit.dateChanged.connect(self._changed)
        return edit

    # --- content from outside ----------------------------------------------------------

    def set_users(self, users: list[UserInfo]) -> None:
        """Fill the creator choice."""
        self._loading = True
        self.creator.clear()
        self.creator.addItem(translate("FilterSidebar", "All users"), 0)
        for u in users:
            self.creator.addItem(f"{u.full_name} ({u.initials})", u.id)
        self._loading = False

    def set_presets(self, presets: list[PresetInfo]) -> None:
        """Show the presets (counts arrive later through :meth:`set_preset_counts`)."""
        self.presets.clear()
        for p in presets:
            item = QListWidgetItem(label(p.name))
            item.setData(PRESET_ROLE, p)
            item.setToolTip(
                translate("FilterSidebar", "Shipped preset")
                if p.shipped
                else translate("FilterSidebar", "Your preset (Del removes it)")
            )
            self.presets.addItem(item)
        # all presets in view up to the list's 150 px (the status list below has its rows' height)
        fit = self.presets.sizeHintForRow(0) * self.presets.count() + 2 * self.presets.frameWidth()
        self.presets.setMinimumHeight(min(150, fit + 2))

    def set_preset_counts(self, counts: dict[int, int]) -> None:
        """Add the number of matching cases to each preset's name."""
        for i in range(self.presets.count()):
            item = self.presets.item(i)
            preset: PresetInfo = item.data(PRESET_ROLE)
            n = counts.get(preset.id)
            name = label(preset.name)
            item.setText(name if n is None else f"{name} ({n:,})")

    def set_status_counts(self, counts: dict[tuple[str, str], int]) -> None:
        """Show the number of cases per status beside each status."""
        self.status_tree.blockSignals(True)
        for direction, item in self.status_items:
            code = item.data(0, STATUS_ROLE)
            n = counts.get((direction, code), 0)
            item.setText(0, f"{status_text(code)}  ({n:,})")
        self.status_tree.blockSignals(False)

    # --- the filter -----------------------------------------------------------------------

    def set_search(self, text: str) -> None:
        """The toolbar's search text is part of the filter."""
        if text != self._search:
            self._search = text
            self._changed()

    def current_filter(self) -> CaseFilter:
        """The filter the widgets (plus any preset-only conditions) express."""
        data: dict[str, Any] = dict(self._extra)
        data["statuses"] = self._checked_statuses()
        data["direction"] = self.direction.currentData() or None
        creator = self.creator.currentData()
        data["created_by_ids"] = [creator] if creator else []
        pending = self.pending.currentData()
        data["pending_actions"] = [pending] if pending else []
        data["payment_status"] = self.payment.currentData() or None
        if self.paid_range.isChecked():
            data["paid_from"] = _pydate(self.paid_from.date()).isoformat()
            data["paid_to"] = _pydate(self.paid_to.date()).isoformat()
        data["reverse_charge"] = True if self.reverse_charge.isChecked() else None
        data["include_inactive"] = self.inactive.isChecked()
        data["search"] = self._search
        return CaseFilter.from_json(data)

    def apply_filter(self, flt: CaseFilter, preset_name: str | None = None) -> None:
        """Set the widgets from a filter (a preset) and announce it at once."""
        self._loading = True
        data = flt.to_json()
        self._extra = {
            k: v for k, v in data.items() if k not in SHOWN_FIELDS and v not in (None, [], False)
        }
        self.inactive.setChecked(bool(flt.include_inactive))
        self._set_statuses(set(flt.statuses))
        _select(self.direction, flt.direction or "")
        _select(self.creator, flt.created_by_ids[0] if flt.created_by_ids else 0)
        _select(self.pending, flt.pending_actions[0] if flt.pending_actions else "")
        _select(self.payment, flt.payment_status or "")
        self.paid_range.setChecked(flt.paid_from is not None or flt.paid_to is not None)
        self.paid_from.setEnabled(self.paid_range.isChecked())
        self.paid_to.setEnabled(self.paid_range.isChecked())
        if flt.paid_from:
            self.paid_from.setDate(QDate(flt.paid_from))
        if flt.paid_to:
            self.paid_to.setDate(QDate(flt.paid_to))
        self.reverse_charge.setChecked(bool(flt.reverse_charge))
        if flt.search != self._search:
            self._search = flt.search
            self.search_changed.emit(flt.search)
        self._loading = False
        note = (
            translate("FilterSidebar", "Preset: {name}").format(name=preset_name)
            if preset_name
            else ""
        )
        tip = note
        if self._extra and preset_name:
            note += " ✱"
            tip += " " + translate("FilterSidebar", "(with conditions of its own)")
        self.preset_note.setText(note)
        self.preset_note.setToolTip(tip)
        self.preset_note.setVisible(bool(note))
        self._debounce.stop()
        self._emit()

    def clear_all(self) -> None:
        """Remove every filter, the search text included."""
        self.presets.clearSelection()
        self.apply_filter(CaseFilter())

    # --- internals --------------------------------------------------------------------------

    def _checked_statuses(self) -> list[str]:
        return [
            item.data(0, STATUS_ROLE)
            for _d, item in self.status_items
            if item.checkState(0) == Qt.CheckState.Checked and not item.isHidden()
        ]

    def _set_statuses(self, wanted: set[str]) -> None:
        self.status_tree.blockSignals(True)
        for _d, item in self.status_items:
            code = item.data(0, STATUS_ROLE)
            item.setHidden(code in INACTIVE_STATUSES and not self.inactive.isChecked())
            state = Qt.CheckState.Checked if code in wanted else Qt.CheckState.Unchecked
            item.setCheckState(0, state)
        self.status_tree.blockSignals(False)
        self._fit_status_tree()

    def _paid_range_toggled(self, on: bool) -> None:
        self.paid_from.setEnabled(on)
        self.paid_to.setEnabled(on)
        self._changed()

    def _fit_status_tree(self) -> None:
        """Give the status list the height of its shown rows (no scrollbar of its own)."""
        tree = self.status_tree
        rows = 0
        for _direction, item in self.status_items:
            rows += not item.isHidden()
        rows += tree.topLevelItemCount()  # the Outgoing and Incoming headings
        row_height = tree.sizeHintForRow(0)
        if row_height <= 0:  # no rows laid out yet
            row_height = tree.fontMetrics().height() + 2
        tree.setFixedHeight(rows * row_height + 2 * tree.frameWidth() + 2)

    def _inactive_toggled(self) -> None:
        self._set_statuses(set(self._checked_statuses()))
        self._changed()

    def _preset_clicked(self, item: QListWidgetItem) -> None:
        self.preset_chosen.emit(item.data(PRESET_ROLE))

    def keyPressEvent(self, event: Any) -> None:
        """Del on one of the user's presets asks to delete it."""
        item = self.presets.currentItem()
        if event.key() == Qt.Key.Key_Delete and item is not None and self.presets.hasFocus():
            preset: PresetInfo = item.data(PRESET_ROLE)
            if not preset.shipped:
                self.delete_preset_requested.emit(preset)
                return
        super().keyPressEvent(event)

    def _changed(self, *_args: Any) -> None:
        if not self._loading:
            self._debounce.start()

    def _emit(self) -> None:
        self.filter_changed.emit(self.current_filter())


def _select(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
