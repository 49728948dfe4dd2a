"""Per-user window state (size, position, splitters, column order and widths) in QSettings.

One mechanism for every window: :func:`install` puts a :class:`WindowTracker` on the
application. When a top-level window or dialog is shown for the first time it gets its saved
size and position back — per user, per window (:func:`window_key`: object name or class, and
the role telling two uses of one class apart, :func:`set_role`) and per *screen configuration*
(the set of screens and their sizes), clamped to the screen's available area — and its
splitters and table headers their saved state; the first time ever it is sized to fit the
screen. When it is hidden (closed,
accepted, rejected) its state is saved. Esc closes a tool window that is not a dialog (dialogs
do that themselves). The same filter keeps the mouse wheel from changing a combo box, spin box
or date field that has no focus (the wheel scrolls the panel instead).

The file lives in the workstation's config folder (``INVOICEDESK_HOME`` respected), so tests
and several users on one machine never share it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QWidget,
)

from invoicedesk.config import config_dir

#: space left free around a window opened for the first time (title bar, task bar)
MARGIN = 40
#: dynamic property marking a window whose state was restored (once per window object)
_RESTORED = "_invoicedeskStateRestored"
#: dynamic property naming a window's role (:func:`set_role`)
_ROLE = "_invoicedeskWindowRole"
#: windows that manage their own size (message boxes, file and input dialogs)
_SKIPPED = (QMessageBox, QFileDialog, QInputDialog)

_user = "_"


def settings() -> QSettings:
    """The window-state settings file."""
    return QSettings(str(config_dir() / "window-state.ini"), QSettings.Format.IniFormat)


def set_user(login: str) -> None:
    """Windows opened from now on keep their state under ``login`` (``_`` before the login)."""
    global _user
    _user = login or "_"


def load_bytes(user: str, key: str) -> QByteArray | None:
    """A saved state blob of ``user`` (None when there is none)."""
    value = settings().value(f"{user}/{key}")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_bytes(user: str, key: str, value: QByteArray) -> None:
    """Save a state blob of ``user``."""
    s = settings()
    s.setValue(f"{user}/{key}", value)
    s.sync()


# --- geometry -------------------------------------------------------------------------------


def screen_config() -> str:
    """A key naming the screen configuration: ``1366x768+0+0`` (several joined by ``_``)."""
    parts = sorted(
        f"{g.width()}x{g.height()}+{g.x()}+{g.y()}"
        for g in (s.geometry() for s in QGuiApplication.screens())
    )
    return "_".join(parts) or "none"


def clamp(rect: QRect, available: QRect, frame: tuple[int, int] = (0, 0)) -> QRect:
    """``rect`` moved and shrunk so that it (plus ``frame``: extra width and height of the window
    frame) lies inside ``available``."""
    fw, fh = frame
    width = max(1, min(rect.width(), available.width() - fw))
    height = max(1, min(rect.height(), available.height() - fh))
    x = min(max(rect.x(), available.x()), available.x() + available.width() - fw - width)
    y = min(max(rect.y(), available.y()), available.y() + available.height() - fh - height)
    return QRect(max(x, available.x()), max(y, available.y()), width, height)


def first_size(wanted: QRect, available: QRect) -> QRect:
    """The first rectangle of a window: its wanted size, at most the available area less a
    margin, centred on the screen."""
    width = min(wanted.width(), max(200, available.width() - MARGIN))
    height = min(wanted.height(), max(150, available.height() - 2 * MARGIN))
    x = available.x() + (available.width() - width) // 2
    y = available.y() + (available.height() - height) // 2
    return QRect(x, y, width, height)


def _screen_of(window: QWidget) -> QScreen | None:
    parent = window.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or window.screen()
    return screen or QGuiApplication.primaryScreen()


def _frame(window: QWidget) -> tuple[int, int]:
    frame, inner = window.frameGeometry(), window.geometry()
    return frame.width() - inner.width(), frame.height() - inner.height()


def set_role(window: QWidget, role: str) -> None:
    """Name what ``window`` is used for (*send* or *resend*, *invoice* or *credit note*): two
    windows of one class with different roles keep their states apart. Call it before the
    window is shown first."""
    window.setProperty(_ROLE, role)


def window_key(window: QWidget) -> str:
    """The name a window's state is kept under: its object name, else its class name, with
    its role (:func:`set_role`) when it has one (``sendDialog@resend``)."""
    name = window.objectName() or type(window).__name__
    role = window.property(_ROLE)
    return f"{name}@{role}" if isinstance(role, str) and role else name


def _user_of(window: QWidget) -> str:
    """The login a window belongs to: its own ``user`` (the desk), else the logged-in one."""
    login = getattr(getattr(window, "user", None), "login", None)
    return login if isinstance(login, str) and login else _user


def _geometry_key(window: QWidget) -> str:
    return f"{_user_of(window)}/{screen_config()}/{window_key(window)}"


def _part_key(window: QWidget, name: str) -> str:
    return f"{_user_of(window)}/{window_key(window)}/{name}"


def _parts(window: QWidget) -> dict[str, Any]:
    """The window's splitters and item-view headers, named stably (object name or order)."""
    parts: dict[str, Any] = {}
    for i, splitter in enumerate(window.findChildren(QSplitter)):
        if splitter.window() is window:
            parts[f"splitter/{splitter.objectName() or i}"] = splitter
    for i, view in enumerate(window.findChildren(QAbstractItemView)):
        if view.window() is not window or view.objectName().startswith("qt_"):
            continue
        name = view.objectName() or str(i)
        for side, header in (("h", getattr(view, "horizontalHeader", None)),):
            if callable(header) and isinstance(header(), QHeaderView):
                parts[f"header/{name}/{side}"] = header()
    return parts


def restore_window(window: QWidget) -> None:
    """Give ``window`` its saved (clamped) geometry and parts, or a first size that fits."""
    screen = _screen_of(window)
    available = screen.availableGeometry() if screen is not None else None
    s = settings()
    key = _geometry_key(window)
    saved = s.value(f"{key}/rect")
    maximized = str(s.value(f"{key}/maximized", "false")).lower() == "true"
    if available is not None:
        if isinstance(saved, QRect) and saved.isValid():
            window.setGeometry(clamp(saved, available, _frame(window)))
        elif not window.isMaximized():
            wanted = QRect(window.geometry())
            if wanted.width() > available.width() or wanted.height() > available.height():
                window.setGeometry(first_size(wanted, available))
    for name, part in _parts(window).items():
        blob = s.value(_part_key(window, name))
        if isinstance(blob, QByteArray) and not blob.isEmpty():
            part.restoreState(blob)
    if maximized and isinstance(window, QMainWindow):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def has_saved_geometry(window: QWidget) -> bool:
    """True when ``window`` has a size saved for this user and screen configuration."""
    return isinstance(settings().value(f"{_geometry_key(window)}/rect"), QRect)


def save_window(window: QWidget) -> None:
    """Remember ``window``'s size, position (its normal ones when maximized) and parts."""
    s = settings()
    key = _geometry_key(window)
    maximized = window.isMaximized()
    rect = window.normalGeometry() if maximized else window.geometry()
    if rect.isValid():
        s.setValue(f"{key}/rect", rect)
    s.setValue(f"{key}/maximized", maximized)
    for name, part in _parts(window).items():
        s.setValue(_part_key(window, name), part.saveState())
    s.sync()


def tracked(widget: QObject) -> bool:
    """True for the windows whose state is kept: top-level windows and dialogs, not menus,
    tool tips, message boxes or file dialogs."""
    if not isinstance(widget, QWidget) or not widget.isWindow() or isinstance(widget, _SKIPPED):
        return False
    kind = widget.windowType()
    return kind in (Qt.WindowType.Window, Qt.WindowType.Dialog) or isinstance(widget, QDialog)


class WindowTracker(QObject):
    """The application event filter behind :func:`install`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and tracked(watched):
            assert isinstance(watched, QWidget)
            if not watched.property(_RESTORED):
                watched.setProperty(_RESTORED, True)
                restore_window(watched)
        elif kind == QEvent.Type.Hide and not event.spontaneous() and tracked(watched):
            assert isinstance(watched, QWidget)
            if watched.property(_RESTORED):
                save_window(watched)
        elif kind == QEvent.Type.Polish and isinstance(watched, (QComboBox, QAbstractSpinBox)):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:  # the wheel would focus it
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and _wheel_would_change_value(watched):
            event.ignore()  # passed on to the parent: the sidebar scrolls, the value stays
            return True
        elif (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and tracked(watched)
            and not isinstance(watched, (QDialog, QMainWindow))
        ):
            assert isinstance(watched, QWidget)
            watched.close()
            return True
        return False


def _wheel_would_change_value(widget: QObject) -> bool:
    """A combo box, spin box or date field without focus (the wheel meant to scroll)."""
    return isinstance(widget, (QComboBox, QAbstractSpinBox)) and not widget.hasFocus()


_tracker: WindowTracker | None = None


def install(app: QApplication) -> WindowTracker:
    """Keep the state of every window of ``app`` from now on (idempotent)."""
    global _tracker
    if _tracker is None:
        _tracker = WindowTracker()
        app.installEventFilter(_tracker)
    return _tracker


def uninstall(app: QApplication) -> None:
    """Stop keeping window state (tests)."""
    global _tracker
    if _tracker is not None:
        app.removeEventFilter(_tracker)
        _tracker = None
