"""GUI test fixtures: Qt warnings fail the test, cases built on the real database, a window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from invoicedesk.domain.enums import Direction
from invoicedesk.domain.workflow import is_active, pending_action
from invoicedesk.store.case_query import search_text_for
from invoicedesk.store.models.cases import Case, CaseLine

#: Qt messages that come from the offscreen platform itself, not from our code
IGNORED = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
)


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2 with tiny parameters: the GUI tests log in often, the hash itself is not tested."""
    from argon2 import PasswordHasher

    from invoicedesk.services.settings import users

    monkeypatch.setattr(
        users, "_hasher", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    )


@pytest.fixture(autouse=True)
def _error_dialogs_fail_instead_of_blocking(monkeypatch: pytest.MonkeyPatch) -> None:
    """An error dialog a test does not expect is modal and would block the whole run: it fails
    the test instead (tests that expect one replace ``show_error`` themselves)."""
    from invoicedesk.gui.common import dialogs

    def unexpected(_parent: Any, title: str, text: str) -> None:
        raise AssertionError(f"unexpected error dialog: {title}: {text}")

    monkeypatch.setattr(dialogs, "show_error", unexpected)


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The English translation (plural forms only) is installed, as the app does for English:
    "1 case", "2 cases". Compiled once per session; the default locale is left as it was."""
    import os

    from PySide6.QtCore import QLocale

    from invoicedesk.gui.common import i18n

    folder = tmp_path_factory.mktemp("qm")
    i18n.compile_translations(folder, force=True)
    previous_dir = os.environ.get("INVOICEDESK_QM_DIR")
    os.environ["INVOICEDESK_QM_DIR"] = str(folder)  # later switches load these, not recompile
    locale = QLocale()
    i18n.install_translator("en")
    QLocale.setDefault(locale)
    yield
    if previous_dir is None:
        os.environ.pop("INVOICEDESK_QM_DIR", None)
    else:
        os.environ["INVOICEDESK_QM_DIR"] = previous_dir


@pytest.fixture(autouse=True)
def _window_state_kept(qapp: Any) -> Iterator[None]:
    """Every window keeps its state as in the app (in the test's own config folder)."""
    from invoicedesk.gui.common import window_state

    window_state.install(qapp)
    yield
    window_state.uninstall(qapp)
    window_state.set_user("")


@pytest.fixture(autouse=True)
def _qt_warnings_fail(qapp: Any) -> Iterator[None]:
    """Every QtWarningMsg/QtCriticalMsg during a test fails it."""
    from invoicedesk.gui.shell import gc_guard, refcount_guard

    gc_guard.install(qapp)  # cycles are collected on the GUI thread, as in the app
    refcount_guard.top_up()  # PySide6 6.12 on Python 3.11 loses references to None and True
    messages: list[str] = []

    def handler(kind: QtMsgType, _context: Any, text: str) -> None:
        serious = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        if kind in serious and not any(text.startswith(i) for i in IGNORED):
            messages.append(text)

    previous = qInstallMessageHandler(handler)
    yield
    import time

    from invoicedesk.gui.common.tasks import registry, wait_idle

    deadline = time.monotonic() + 10
    while registry().busy() and time.monotonic() < deadline:  # delayed tasks too
        wait_idle(1000)
        qapp.processEvents()
    qapp.processEvents()
    gc_guard.uninstall()  # collects on this (the GUI) thread, then Python collects again
    qInstallMessageHandler(previous)
    assert not messages, f"Qt warnings: {messages}"


def settle(qtbot: Any, timeout: int = 10000) -> None:
    """Wait until every background task has finished and delivered its result."""
    from invoicedesk.gui.common.tasks import registry

    qtbot.waitUntil(lambda: registry().busy() == 0, timeout=timeout)


class CaseMaker:
    """Writes cases the way the app does (derived columns filled in)."""

    def __init__(self, db: Any) -> None:
        self.db = db
        self.n = 0

    def __call__(
        self,
        direction: str = "out",
        status: str = "sent",
        gross: str = "100.00",
        party: str = "Jansen B.V.",
        number: str | None = "auto",
        days_ago: int = 0,
        lines: list[dict[str, Any]] | None = None,
        **extra: Any,
    ) -> int:
        self.n += 1
        if number == "auto":
            number = f"RE-2026-{self.n:05d}" if direction == "out" else f"LR-{self.n}"
        created = datetime(2026, 11, 20, 9, 0, tzinfo=UTC) - timedelta(days=days_ago)
        values: dict[str, Any] = {
            "direction": direction,
            "status": status,
            "kind": "invoice",
            "party_name": party,
            "search_text": search_text_for(number, party),
            "gross": Decimal(gross),
            "net": Decimal(gross),
            "number": number,
            "due_date": date.today() + timedelta(days=14),
            "active": is_active(status),
            "pending_action": pending_action(Direction(direction), status).value,
            "created_at": created,
            "updated_at": created,
        }
        values.update(extra)
        with self.db.write() as s:
            case = Case(**values)
            s.add(case)
            for position, line in enumerate(lines or [], start=1):  # issued: lines come with it
                s.add(CaseLine(case=case, position=position, **line))
            s.flush()
            return case.id


@pytest.fixture
def make_case(db: Any) -> CaseMaker:
    """Create one case: ``make_case("in", "edited", gross="50.00", created_by_id=...)``."""
    return CaseMaker(db)


@pytest.fixture
def many_cases(db: Any, users: Any) -> int:
    """450 active cases (more than two pages) of both directions, plus 30 inactive ones."""
    from sqlalchemy import insert

    statuses = ["draft", "sent", "overdue", "paid", "ready", "edited", "checked", "approved"]
    parties = ["Autohaus Brandt", "Jansen B.V.", "Reifen Müller GmbH", "Kfz Schröder"]
    creators = [u.id for u in users.values()]
    rows = []
    base = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    for i in range(480):
        status = statuses[i % len(statuses)] if i < 450 else "completed"
        direction = "in" if status in ("ready", "edited", "checked", "approved") else "out"
        number = f"RE-2026-{i:05d}" if direction == "out" and status != "draft" else None
        party = parties[i % len(parties)]
        rows.append(
            {
                "direction": direction,
                "kind": "invoice",
                "status": status,
                "active": is_active(status),
                "pending_action": pending_action(Direction(direction), status).value,
                "number": number,
                "party_name": party,
                "search_text": search_text_for(number, party),
                "currency": "EUR",
                "gross": Decimal(100 + (i * 37) % 900) + Decimal("0.25"),
                "net": Decimal(100),
                "payment_status": "paid" if status == "paid" else "unpaid",
                "due_date": date(2026, 12, 1) + timedelta(days=i % 40),
                "reverse_charge": i % 10 == 0,
                "created_at": base - timedelta(hours=i),
                "updated_at": base - timedelta(hours=i),
                "created_by_id": creators[i % len(creators)],
                "version": 1,
            }
        )
    with db.write() as s:
        s.execute(insert(Case), rows)
    return 450


@pytest.fixture
def opened() -> list[Path]:
    """Files the window asked the system to open (nothing is launched)."""
    return []


@pytest.fixture
def window(qtbot: Any, db: Any, users: Any, opened: list[Path]) -> Any:
    """The main window for the admin user ``ada``, opener intercepted, no polling timer."""
    from invoicedesk.gui.shell.features import desk_window

    def opener(path: Path) -> bool:
        opened.append(path)
        return True

    win = desk_window(db, users["ada"], opener=opener, poll=False)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    settle(qtbot)
    yield win
    win.watcher.stop()
    settle(qtbot)
