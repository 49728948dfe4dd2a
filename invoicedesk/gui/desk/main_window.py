"""The main window: case table in the middle, filter sidebar on the right, detail pane below."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelection, QPoint, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolButton,
    QWidget,
)

from invoicedesk.domain.enums import Direction
from invoicedesk.domain.workflow import INCOMING_RULES, OUTGOING_RULES
from invoicedesk.gui.common import dialogs, icons
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.opener import Opener, open_with_system
from invoicedesk.gui.common.style import apply_style, style_table
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.desk.actions import TOOLBAR, CaseActions
from invoicedesk.gui.desk.case_model import COUNT_DELAY_MS, ROW_ROLE, CaseTableModel
from invoicedesk.gui.desk.case_table import make_case_table
from invoicedesk.gui.desk.detail import DetailPane
from invoicedesk.gui.desk.export_csv import export_cases
from invoicedesk.gui.desk.extensions import OPENERS, DeskWindow, Installer
from invoicedesk.gui.desk.sidebar import FilterSidebar
from invoicedesk.gui.desk.statusbar import DeskStatusBar
from invoicedesk.gui.desk.watcher import ChangeWatcher
from invoicedesk.services.cases.presets import (
    PresetInfo,
    delete_preset,
    ensure_shipped_presets,
    list_presets,
    resolve,
    save_preset,
    shown_to,
)
from invoicedesk.services.settings.users import UserInfo, list_users
from invoicedesk.store.case_query import CaseFilter, CaseRow, count_rows, status_counts
from invoicedesk.store.database import Database


class MainWindow(DeskWindow):
    """The case desk for one logged-in user.

    ``installers`` are the features' ``install(window)`` functions, called in order once the
    desk's own menus and toolbar exist (the shell passes
    :data:`invoicedesk.gui.shell.features.FEATURES`).
    """

    status: DeskStatusBar

    def __init__(
        self,
        db: Database,
        user: UserInfo,
        opener: Opener = open_with_system,
        poll: bool = True,
        installers: Sequence[Installer] = (),
    ) -> None:
        super().__init__()
        self._installers = tuple(installers)
        self.db, self.user = db, user
        self.actor = user.actor()
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"InvoiceDesk — {user.initials} — {db.name}")
        self.setWindowIcon(icons.icon("app_icon"))
        self.model = CaseTableModel(db, self)
        self.table = make_case_table(self.model, self)
        self.detail = DetailPane(db, self.actor, self.model.money, opener, self)
        self.sidebar = FilterSidebar(self)
        self.case_actions = CaseActions(db, self.actor, self)
        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(translate("MainWindow", "Search party or number  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        # wide enough for the placeholder in every language (German is the longest)
        room = self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 48
        self.search.setMinimumWidth(min(room, 360))
        self.search.setMaximumWidth(max(280, min(room, 360)))
        self.search.textChanged.connect(self.sidebar.set_search)
        self._build_layout()
        self._build_menus_and_toolbar()
        self.status = DeskStatusBar(db.name, f"{user.full_name} ({user.initials})", self)
        self.setStatusBar(self.status)
        self._connect()
        apply_style(self.sidebar, self.toolbar, self.detail, self.status, self.menuBar())
        style_table(self.table)
        self.watcher = ChangeWatcher(db, self)
        self.watcher.changed.connect(self.refresh)
        self._shown_once = False
        self._poll = poll

    def add_toolbar_action(self, action: QAction, icon: str, rank: int) -> None:
        """A feature's action on the toolbar, after *Refresh*, ordered by ``rank``."""
        action.setIcon(icons.icon(icon))
        later = [act for r, act in self._feature_tools if r > rank]
        self.toolbar.insertAction(later[0] if later else self._feature_tools_end, action)
        self._feature_tools.append((rank, action))
        self._feature_tools.sort(key=lambda entry: entry[0])

    def showEvent(self, event: QShowEvent) -> None:
        """The first show loads the first page and starts the background loads."""
        super().showEvent(event)
        if self._shown_once:
            return
        self._shown_once = True
        self.model.set_filter(self.sidebar.current_filter())
        self._load_side_data()
        if self._poll:
            self.watcher.start()

    # --- construction -------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.vsplit = QSplitter(Qt.Orientation.Vertical)
        self.vsplit.setObjectName("deskVSplit")
        self.vsplit.addWidget(self.table)
        self.vsplit.addWidget(self.detail)
        self.vsplit.setStretchFactor(0, 3)
        self.vsplit.setStretchFactor(1, 1)
        self.vsplit.setSizes([520, 230])
        self.hsplit = QSplitter(Qt.Orientation.Horizontal)
        self.hsplit.setObjectName("deskHSplit")
        self.hsplit.addWidget(self.vsplit)
        self.hsplit.addWidget(self.sidebar)
        self.hsplit.setStretchFactor(0, 1)
        self.hsplit.setStretchFactor(1, 0)
        self.hsplit.setSizes([1000, 250])
        self.sidebar.setMinimumWidth(210)
        self.setCentralWidget(self.hsplit)

    def _build_menus_and_toolbar(self) -> None:
        self.refresh_action = QAction(
            icons.icon("refresh"), translate("MainWindow", "Refresh"), self
        )
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh)
        self.find_action = QAction(translate("MainWindow", "Find…"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.open_action = QAction(translate("MainWindow", "Open details"), self)
        self.open_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_action.triggered.connect(self.open_detail)
        self.table.addAction(self.open_action)
        quit_action = QAction(translate("MainWindow", "Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        export = QAction(translate("MainWindow", "Export CSV…"), self)
        export.setObjectName("action_export_csv")
        export.setShortcut(QKeySequence("Ctrl+Shift+X"))
        export.triggered.connect(lambda: export_cases(self))
        menu = self.menuBar()
        self.file_menu = menu.addMenu(translate("MainWindow", "&File"))
        self.file_menu.addAction(export)
        self.file_menu.addSeparator()
        self.file_menu.addAction(quit_action)
        edit = menu.addMenu(translate("MainWindow", "&Edit"))
        edit.addAction(self.find_action)
        clear = edit.addAction(translate("MainWindow", "Clear all filters"))
        clear.triggered.connect(self.clear_filters)
        self.case_menu = menu.addMenu(translate("MainWindow", "&Case"))
        self.case_menu.addAction(self.open_action)
        self.case_menu.addSeparator()
        for direction in (Direction.OUT, Direction.IN):
            for qaction in self.case_actions.for_direction(direction):
                self.case_menu.addAction(qaction)
        view = menu.addMenu(translate("MainWindow", "&View"))
        view.addAction(self.refresh_action)
        self.toggle_sidebar = view.addAction(translate("MainWindow", "Filter sidebar"))
        self.toggle_sidebar.setCheckable(True)
        self.toggle_sidebar.setChecked(True)
        self.toggle_sidebar.toggled.connect(self.sidebar.setVisible)
        self.toggle_detail = view.addAction(translate("MainWindow", "Detail pane"))
        self.toggle_detail.setCheckable(True)
        self.toggle_detail.setChecked(True)
        self.toggle_detail.toggled.connect(self.detail.setVisible)
        self.tools_menu = menu.addMenu(translate("MainWindow", "&Tools"))
        menu.addMenu(translate("MainWindow", "&Help")).addAction(
            translate("MainWindow", "About InvoiceDesk")
        ).triggered.connect(self._about)

        bar = self.toolbar = self.addToolBar(translate("MainWindow", "Case actions"))
        bar.setObjectName("caseToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.refresh_action)
        # *Refresh* (F5) as an icon only: with *New invoice* and *Import* the German labels
        # fill 1366 px and the last case action (Cancel) would fall into the overflow menu
        refresh_button = bar.widgetForAction(self.refresh_action)
        if isinstance(refresh_button, QToolButton):
            refresh_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.refresh_action.setToolTip(
            f"{self.refresh_action.text()} ({self.refresh_action.shortcut().toString()})"
        )
        self._feature_tools: list[tuple[int, QAction]] = []
        self._feature_tools_end = bar.addSeparator()
        for direction in (Direction.OUT, Direction.IN):
            for action in TOOLBAR[direction]:
                qaction = self.case_actions.actions[action]
                qaction.setIcon(icons.icon(action.value))
                bar.addAction(qaction)
        # the search sits in the menu bar's free right corner: with *New invoice* and *Import*
        # the toolbar is full at 1366 px, and a search in its overflow menu would be lost
        corner = self._search_corner = QWidget(menu)
        corner_lay = QHBoxLayout(corner)
        corner_lay.setContentsMargins(0, 2, 8, 2)
        corner_lay.addWidget(self.search)
        menu.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        for install in self._installers:
            install(self)

    def _connect(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _i: self.open_detail())
        self.model.count_changed.connect(self.status.set_count)
        self.model.reloaded.connect(self._after_reload)
        self.sidebar.filter_changed.connect(self.apply_filter)
        self.sidebar.search_changed.connect(self._show_search)
        self.sidebar.preset_chosen.connect(self.apply_preset)
        self.sidebar.save_preset_requested.connect(self.save_current_as_preset)
        self.sidebar.delete_preset_requested.connect(self._delete_preset)
        self.case_actions.done.connect(self._action_done)
        self.case_actions.reload_requested.connect(self._action_done)
        self.detail.changed.connect(self._action_done)
        self.detail.mail_setup_requested.connect(self._mail_setup)

    # --- filters and presets --------------------------------------------------------------

    def apply_filter(self, flt: CaseFilter) -> None:
        """Run a new filter in SQL and refresh the status counts in the background."""
        self.model.set_filter(flt)
        self._load_status_counts()

    def apply_preset(self, preset: PresetInfo) -> None:
        """Apply a preset, resolving "me", "my limit" and "today" for this user now."""
        flt = resolve(preset.filters, self.case_actions.rights)
        flt.search = self.search.text()
        self.sidebar.apply_filter(flt, preset.name)

    def clear_filters(self) -> None:
        """Clear the search text and every filter."""
        self.sidebar.clear_all()

    def _show_search(self, text: str) -> None:
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)

    def save_current_as_preset(self) -> None:
        """Save the current filter as one of the user's own presets."""
        name = dialogs.ask_text(
            self,
            translate("MainWindow", "Save preset"),
            translate("MainWindow", "Name of the preset:"),
        )
        if name:
            flt = self.sidebar.current_filter()
            run_task(
                save_preset,
                self.db,
                self.user.id,
                name,
                flt,
                on_done=lambda _p: self._load_presets(),
                label=translate("MainWindow", "Saving preset"),
            )

    def _delete_preset(self, preset: PresetInfo) -> None:
        run_task(
            delete_preset,
            self.db,
            self.user.id,
            preset.id,
            on_done=lambda _r: self._load_presets(),
            label=translate("MainWindow", "Deleting preset"),
        )

    # --- selection, detail, actions ---------------------------------------------------------

    def current_row(self) -> CaseRow | None:
        """The selected case's row."""
        index = self.table.currentIndex()
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return None
        row: CaseRow | None = self.model.data(index.siblingAtColumn(0), ROW_ROLE)
        return row

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        row = self.current_row()
        self.case_actions.set_row(row)
        self.detail.show_case(row.id if row else None)

    def show_case(self, case_id: int) -> None:
        """Bring a case (e.g. the other one of a possible duplicate) up in the desk."""
        row = self.model.row_of_case(case_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:  # not in the loaded pages (filtered out or far down): show it in the detail pane
            self.detail.show_case(case_id)
        self.activateWindow()

    def _mail_setup(self) -> None:
        """The detail pane's link on a held e-mail: the mail server settings."""
        opener = OPENERS.get("settings")
        if opener is not None:
            opener(self, "mailServerPage")

    def open_detail(self) -> None:
        """Enter: show the detail pane for the selected case and move the focus there."""
        if not self.detail.isVisible():
            self.toggle_detail.setChecked(True)
        self.detail.tabs.setFocus()

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addSeparator()
        row = self.current_row()
        direction = Direction(row.direction) if row else Direction.OUT
        for rule in OUTGOING_RULES if direction is Direction.OUT else INCOMING_RULES:
            qaction = self.case_actions.actions.get(rule.action)
            if qaction is not None:
                menu.addAction(qaction)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _action_done(self, case_id: int) -> None:
        self.refresh()

    # --- refresh --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the visible rows, the counts and the detail of the selected case."""
        selected = self.current_row()
        self.model.refresh()
        self.case_actions.reload_rights()
        self._load_status_counts()
        self._load_preset_counts()
        if selected is not None:
            row = self.current_row()
            self.case_actions.set_row(row)
            self.detail.show_case(row.id if row else None)

    def _after_reload(self) -> None:
        if self.model.rowCount() and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)
        elif not self.model.rowCount():
            self.case_actions.set_row(None)
            self.detail.show_case(None)

    def focus_search(self) -> None:
        """Ctrl+F."""
        self.search.setFocus()
        self.search.selectAll()

    def changeEvent(self, event: QEvent) -> None:
        """Coming back to the window asks the database for changes at once."""
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.watcher.poll()
        super().changeEvent(event)

    # --- background loads -------------------------------------------------------------------

    def _load_side_data(self) -> None:
        run_task(list_users, self.db, on_done=self.sidebar.set_users, owner=self)
        run_task(
            ensure_shipped_presets, self.db, on_done=lambda _n: self._load_presets(), owner=self
        )
        self._load_status_counts()

    def _load_presets(self) -> None:
        def loaded(presets: list[PresetInfo]) -> None:
            presets = shown_to(presets, self.case_actions.rights)
            self.presets = presets
            self.sidebar.set_presets(presets)
            self._load_preset_counts()

        run_task(list_presets, self.db, self.user.id, on_done=loaded, owner=self)

    def _load_preset_counts(self) -> None:
        presets = getattr(self, "presets", [])
        if presets:
            filters = {p.id: resolve(p.filters, self.case_actions.rights) for p in presets}
            run_task(
                _count_many,
                self.db,
                filters,
                on_done=self.sidebar.set_preset_counts,
                owner=self,
                label=translate("MainWindow", "Counting presets"),
            )

    def _load_status_counts(self) -> None:
        run_task(
            _status_counts,
            self.db,
            self.model.filter,
            on_done=self.sidebar.set_status_counts,
            delay_ms=COUNT_DELAY_MS,
            owner=self,
            label=translate("MainWindow", "Counting statuses"),
        )

    # --- state ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop polling (the window state is saved by :mod:`window_state` when it hides)."""
        self.watcher.stop()
        super().closeEvent(event)

    def _about(self) -> None:
        from invoicedesk import __version__

        QMessageBox.about(
            self,
            translate("MainWindow", "About InvoiceDesk"),
            f"InvoiceDesk {__version__}<br>"
            + translate("MainWindow", "Outgoing and incoming invoice cases on one desk."),
        )


def _count_many(db: Database, filters: dict[int, CaseFilter]) -> dict[int, int]:
    with db.read() as s:
        return {key: count_rows(s, flt) for key, flt in filters.items()}


def _status_counts(db: Database, flt: CaseFilter) -> dict[tuple[str, str], int]:
    with db.read() as s:
        return status_counts(s, flt)
