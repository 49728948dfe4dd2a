"""Monkey test: the real main window on demo data, driven at random for N minutes.

    python scripts/monkey.py --minutes 10 --seed 7 [--home DIR] [--platform offscreen]

Runs the desk (every feature installed) under ``python -X dev`` in a child process, on a fresh
SQLite database with demo data, while supplier-invoice intake, the scheduler, the e-mail
dispatcher (to a local aiosmtpd, see ``monkey_world.py``) and the change feed run. The monkey
clicks buttons, triggers menu actions, types, presses keys, selects rows and opens dialogs in
every window, confirming or cancelling them; modal dialogs are driven through
``QApplication.activeModalWidget()`` so none can block it. Actions that would leave the machine
or end the run (quit, restart, print, SMTP and shop connection tests, shop imports) are left out.

Prints one JSON object: ``minutes``, ``seed``, ``actions``, ``windows_opened`` (distinct
windows and dialogs shown), ``window_kinds``, ``modal_dialogs``, ``errors`` (unhandled
exceptions and Qt warnings, each a line), ``crashed`` (the child died or never finished),
``exit_code`` and ``fatal`` (the first lines of a fatal error from the log). Exit status 0 only
without errors and crash.
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import deque
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: texts of buttons and menu entries the monkey never uses (lower case, substrings)
DENIED = (
    "quit",
    "restart",
    "print",
    "send test",
    "test connection",
    "import now",
    "log out",
    "exit",
    "about qt",
)
#: keys pressed into the focused widget (no Ctrl+Q, no Alt+F4)
KEYS = (
    "Tab",
    "Backtab",
    "Down",
    "Up",
    "Left",
    "Right",
    "Return",
    "Escape",
    "Space",
    "PageDown",
    "Home",
    "F5",
    "Delete",
    "Backspace",
)
#: Qt messages of the platform plugin and of QTest's key clicks (the monkey's own tool), not
#: of InvoiceDesk
IGNORED = ("This plugin does not support", "Keyboard event not accepted by receiving widget")
TEXTS = (
    "100",
    "12,50",
    "-3",
    "Jansen",
    "RE-2026",
    "x" * 80,
    "1e30",
    "",
    "2027-01-01",
    "ÄÖÜ ß €",
    "\t",
    "0",
    "999999999999",
    "a@b.c",
    "../x/..",
    "<b>bold</b>",
)
#: actions on one modal dialog before the monkey closes it
MODAL_PATIENCE = 6
#: seconds the desk may take to quit at the end of a run, answering its questions included
QUIT_PATIENCE = 60.0
#: how many of the last actions the report keeps
TRAIL = 15
#: seconds without a single action after which the child dumps every thread's stack into
#: ``hang-dump.txt`` and ends itself: a hang reports where it stands instead of waiting for the
#: parent's watchdog (one action takes well under a second, a few seconds on a loaded machine)
STALL_SECONDS = 120.0
HANG_DUMP = "hang-dump.txt"


class Monkey:
    """Picks and performs random actions on the visible windows (in the child process)."""

    def __init__(self, app: Any, window: Any, rng: random.Random, report: dict[str, Any]):
        self.app, self.window, self.rng, self.report = app, window, rng, report
        self.seen: set[int] = set()
        self.modal_steps: dict[int, int] = {}
        self.busy = False
        self.running = 0
        #: when the run's time was up (``monotonic``); None while the run goes on
        self.closing: float | None = None
        self._asked_to_quit = self._quitting = False
        report.setdefault("answered_on_the_way_out", [])
        #: the last actions, newest last (in the report: where a run stood when it ended)
        self.trail: deque[str] = deque(maxlen=TRAIL)
        report["last_actions"] = self.trail

    def note(self, what: str, where: Any = None) -> None:
        """Remember an action for the report's ``last_actions``."""
        self.trail.append(
            f"{self.report['actions']}: {what}"
            + (f" in {type(where).__name__}" if where is not None else "")
        )

    # --- the loop ---------------------------------------------------------------------

    def step(self) -> None:
        """Choose the next action and post it (a one-shot timer runs it), so that an action
        that opens a modal dialog blocks only itself: the next steps act on that dialog."""
        from PySide6.QtCore import QTimer

        self._note_windows()
        if self.busy:
            return  # the previous action has not started yet
        if self.closing is not None:
            self.busy = True
            QTimer.singleShot(0, self._close_step)
            return
        popup = self.app.activePopupWidget()
        if popup is not None:  # an open menu or calendar popup runs its own event loop
            self.busy = True
            QTimer.singleShot(0, lambda: self._on_popup(popup))
            return
        modal = self.app.activeModalWidget()
        if modal is None and self.running:
            return  # a non-modal action is still running (a nested event loop)
        self.busy = True
        QTimer.singleShot(0, lambda: self._run(modal))

    # --- the end of a run -------------------------------------------------------------

    def finish(self) -> None:
        """End the run as a clerk ends the day: ask the desk to quit and answer what it asks on
        the way out. Quitting closes every window, and a window may ask first (the settings
        dialog with unsaved changes asks "Close without saving?"), so the monkey keeps driving
        modal dialogs until the event loop has ended; it used to stop acting first, and such a
        question then waited for an answer forever (the hang of seed 15 in CI). A desk that
        has not quit after QUIT_PATIENCE seconds is a finding, and its event loop is ended."""
        if self.closing is None:
            self.closing = time.monotonic()
            self.report["stage"] = "quitting"
            self.note("quit")

    def _close_step(self) -> None:
        from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

        self.busy = False
        assert self.closing is not None
        if time.monotonic() - self.closing > QUIT_PATIENCE:
            shown = sorted(
                {type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()}
            )
            self.report["errors"].append(
                f"the desk did not quit within {QUIT_PATIENCE:g} s (open: {', '.join(shown)})"
            )
            self.app.exit(1)  # ends every event loop, nested ones too
            return
        if not self._asked_to_quit:  # first as the clerk would: quit, see what is asked
            self._asked_to_quit = True
            self._quit()
            return
        popup = self.app.activePopupWidget()
        if popup is not None:
            popup.close()
            return
        modal = self.app.activeModalWidget()
        if modal is not None:
            self.note("answered on the way out", modal)
            self.report["answered_on_the_way_out"].append(type(modal).__name__)
            if isinstance(modal, QMessageBox):
                roles = (QMessageBox.ButtonRole.YesRole, QMessageBox.ButtonRole.AcceptRole)
                agree = [b for b in modal.buttons() if modal.buttonRole(b) in roles]
                if agree:  # "Close without saving?" - yes
                    agree[0].click()
                    return
            modal.reject() if isinstance(modal, QDialog) else modal.close()
            return
        self._quit()  # again: a window refused to close the last time

    def _quit(self) -> None:
        if self._quitting:  # still inside the last request (answering its questions)
            return
        self._quitting = True
        try:
            self.app.quit()
        finally:
            self._quitting = False

    # --- actions ----------------------------------------------------------------------

    def _run(self, modal: Any) -> None:
        self.busy = False
        self.report["actions"] += 1
        if modal is not None:
            if modal is self.app.activeModalWidget():
                self._on_modal(modal)
            return
        self.running += 1
        try:
            self._on_desk()
        finally:
            self.running -= 1

    def _note_windows(self) -> None:
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and id(widget) not in self.seen:
                self.seen.add(id(widget))
                kind = type(widget).__name__
                kinds = self.report["window_kinds"]
                kinds[kind] = kinds.get(kind, 0) + 1
                self.report["windows_opened"] += 1
        if not self.window.isVisible() and self.closing is None:  # a clerk would reopen it
            self.window.show()

    def _on_popup(self, popup: Any) -> None:
        """Pick an entry of an open menu, or close the popup."""
        from PySide6.QtWidgets import QMenu

        self.busy = False
        self.report["actions"] += 1
        entries = (
            [
                a
                for a in popup.actions()
                if a.isEnabled() and not a.isSeparator() and self._allowed(a.text())
            ]
            if isinstance(popup, QMenu)
            else []
        )
        popup.close()
        if entries and self.rng.random() < 0.5:
            entry = self.rng.choice(entries)
            self.note(f"popup entry {entry.text()!r}", popup)
            entry.trigger()
        else:
            self.note("popup closed", popup)

    # --- modal dialogs ----------------------------------------------------------------

    def _on_modal(self, modal: Any) -> None:
        from PySide6.QtWidgets import QDialog, QFileDialog

        if isinstance(modal, QFileDialog):  # never browse or write outside the run's folder
            self.report["modal_dialogs"] += 1
            self.note("file dialog rejected", modal)
            modal.reject()
            return

        key = id(modal)
        steps = self.modal_steps.get(key, 0)
        if steps == 0:
            self.report["modal_dialogs"] += 1
        self.modal_steps[key] = steps + 1
        if steps >= MODAL_PATIENCE:
            self.note("modal closed (patience)", modal)
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()
            return
        choice = self.rng.random()
        if choice < 0.25:
            self._click_button(modal)
        elif choice < 0.45:
            self._type(modal)
        elif choice < 0.6:
            self._key(modal)
        elif choice < 0.8 and isinstance(modal, QDialog):
            accept = self.rng.random() < 0.5
            self.note("modal accepted" if accept else "modal rejected", modal)
            modal.accept() if accept else modal.reject()
        else:
            self._click_button(modal, prefer=("ok", "save", "yes", "apply", "set", "send"))

    # --- the desk and its windows -----------------------------------------------------

    def _on_desk(self) -> None:
        target = self._some_window()
        actions = (
            (0.22, lambda: self._menu_action()),
            (0.20, lambda: self._click_button(target)),
            (0.12, lambda: self._type(target)),
            (0.14, lambda: self._key(target)),
            (0.14, lambda: self._select_row(target)),
            (0.08, lambda: self._combo(target)),
            (0.05, lambda: self._close(target)),
            (0.05, lambda: self._refresh()),
        )
        pick = self.rng.random()
        for weight, action in actions:
            pick -= weight
            if pick <= 0:
                action()
                return
        self._select_row(target)

    def _refresh(self) -> None:
        self.note("refresh")
        self.window.refresh()

    def _some_window(self) -> Any:
        from PySide6.QtWidgets import QApplication

        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isEnabled()]
        return self.rng.choice(shown) if shown else self.window

    @staticmethod
    def _allowed(text: str) -> bool:
        lowered = text.replace("&", "").lower()
        return not any(word in lowered for word in DENIED)

    def _menu_action(self) -> None:
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QMenu

        actions = []
        for menu in self.window.menuBar().findChildren(QMenu):
            actions.extend(a for a in menu.actions() if isinstance(a, QAction))
        usable = [
            a
            for a in actions
            if a.isEnabled()
            and not a.isSeparator()
            and not a.menu()
            and a.text()
            and self._allowed(a.text())
        ]
        if usable:
            action = self.rng.choice(usable)
            self.note(f"menu {action.text()!r}")
            action.trigger()

    def _click_button(self, where: Any, prefer: tuple[str, ...] = ()) -> None:
        from PySide6.QtWidgets import QAbstractButton

        buttons = [
            b
            for b in where.findChildren(QAbstractButton)
            if b.isVisible() and b.isEnabled() and self._allowed(b.text())
        ]
        if prefer:
            liked = [b for b in buttons if b.text().replace("&", "").lower().startswith(prefer)]
            buttons = liked or buttons
        if buttons:
            button = self.rng.choice(buttons)
            self.note(f"click {button.text() or button.toolTip()!r}", where)
            button.click()

    def _type(self, where: Any) -> None:
        from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit

        fields = [
            f
            for kind in (QLineEdit, QAbstractSpinBox, QPlainTextEdit)
            for f in where.findChildren(kind)
            if f.isVisible() and f.isEnabled()
        ]
        if not fields:
            return
        field = self.rng.choice(fields)
        field.setFocus()
        text = self.rng.choice(TEXTS)
        self.note(f"type {text[:12]!r} into {type(field).__name__}", where)
        if isinstance(field, QLineEdit):
            if field.isReadOnly():
                return
            field.selectAll()
            field.insert(text)
            field.editingFinished.emit()
        elif isinstance(field, QPlainTextEdit):
            field.insertPlainText(text)
        else:
            field.lineEdit().selectAll()
            field.lineEdit().insert(text)
            field.editingFinished.emit()

    def _key(self, where: Any) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        target = self.app.focusWidget() or where
        if not target.isVisible():
            return
        name = self.rng.choice(KEYS)
        self.note(f"key {name} on {type(target).__name__}")
        QTest.keyClick(target, getattr(Qt.Key, f"Key_{name}"))

    def _select_row(self, where: Any) -> None:
        from PySide6.QtWidgets import QAbstractItemView

        views = [
            v
            for v in where.findChildren(QAbstractItemView)
            if v.isVisible() and v.model() is not None and v.model().rowCount() > 0
        ]
        if not views:
            return
        view = self.rng.choice(views)
        row = self.rng.randrange(min(view.model().rowCount(), 200))
        index = view.model().index(row, 0)
        self.note(f"row {row} of {type(view).__name__}", where)
        view.setCurrentIndex(index)
        if self.rng.random() < 0.25:
            view.doubleClicked.emit(index)
            view.activated.emit(index)

    def _combo(self, where: Any) -> None:
        from PySide6.QtWidgets import QComboBox

        boxes = [
            c
            for c in where.findChildren(QComboBox)
            if c.isVisible() and c.isEnabled() and c.count() > 0
        ]
        if boxes:
            box = self.rng.choice(boxes)
            self.note(f"combo {box.objectName() or type(box).__name__}", where)
            box.setCurrentIndex(self.rng.randrange(box.count()))

    def _close(self, target: Any) -> None:
        if target is not self.window:
            self.note("close", target)
            target.close()


def _keep_files_at_home(home: Path, files: list[Path], rng: random.Random) -> None:
    """File dialogs answer with files of the run's own folder: the monkey can neither browse
    the machine nor overwrite a file outside it (it rejects every file dialog it meets)."""
    from PySide6.QtWidgets import QFileDialog

    out = home / "saved"
    out.mkdir(exist_ok=True)
    counter = iter(range(1, 10**9))

    def save(_parent: Any = None, _caption: str = "", folder: str = "", *_a: Any, **_k: Any) -> Any:
        name = Path(str(folder)).name or "file"
        return str(out / f"{next(counter)}-{name}"), ""

    def open_one(*_a: Any, **_k: Any) -> Any:
        return (str(rng.choice(files)), "") if files else ("", "")

    def open_many(*_a: Any, **_k: Any) -> Any:
        return [str(p) for p in rng.sample(files, min(len(files), 3))], ""

    def folder(*_a: Any, **_k: Any) -> str:
        return str(home / "inbox")

    QFileDialog.getSaveFileName = staticmethod(save)  # type: ignore[method-assign]
    QFileDialog.getOpenFileName = staticmethod(open_one)  # type: ignore[method-assign]
    QFileDialog.getOpenFileNames = staticmethod(open_many)  # type: ignore[method-assign]
    QFileDialog.getExistingDirectory = staticmethod(folder)  # type: ignore[method-assign]


def _child(args: argparse.Namespace) -> int:
    """The monkey itself (run by :func:`main` under ``python -X dev``)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from monkey_world import desk, world

    from invoicedesk.logging_setup import setup_logging

    home = Path(args.home)
    result_file = home / "monkey.json"
    report: dict[str, Any] = {
        "actions": 0,
        "windows_opened": 0,
        "window_kinds": {},
        "modal_dialogs": 0,
        "errors": [],
        "finished": False,
        "stage": "running",
    }

    def save() -> None:
        result_file.write_text(json.dumps(report, default=list), encoding="utf-8")

    with world(home, cases=300, seed=args.seed) as w:
        setup_logging(fatal=True)
        from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler

        from invoicedesk.gui.shell import crash
        from invoicedesk.gui.shell.application import make_app

        app = make_app([sys.argv[0]])
        _keep_files_at_home(home, w.intake_files, random.Random(args.seed))  # noqa: S311
        app.setQuitOnLastWindowClosed(False)
        crash.install()

        def record(summary: str, details: str, _path: Path) -> None:
            where = [ln.strip() for ln in details.splitlines() if ln.strip().startswith("File")]
            report["errors"].append(summary.splitlines()[0] + (f" ({where[-1]})" if where else ""))

        crash.QUIET_SECONDS = 0.0  # count every unhandled exception, not one per 5 s
        crash.set_shower(record)

        def on_qt_message(kind: QtMsgType, _context: Any, text: str) -> None:
            serious = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
            if kind in serious and not text.startswith(IGNORED):
                report["errors"].append(f"Qt: {text}")

        qInstallMessageHandler(on_qt_message)
        window = desk(w)
        monkey = Monkey(app, window, random.Random(args.seed), report)  # noqa: S311 - not crypto
        deadline = time.monotonic() + args.minutes * 60
        ticker = QTimer()
        ticker.setInterval(40)
        ticker.timeout.connect(monkey.step)
        saver = QTimer()
        saver.setInterval(5000)
        saver.timeout.connect(save)

        def check_deadline() -> None:
            if time.monotonic() >= deadline or 0 < args.actions <= report["actions"]:
                monkey.finish()

        dump = (home / HANG_DUMP).open("w", encoding="utf-8")
        # the parent asks for a dump (SIGUSR1) before it kills a child that does not end
        if hasattr(signal, "SIGUSR1"):
            faulthandler.register(signal.SIGUSR1, file=dump, all_threads=True)
        last = [-1]

        def watch_stall() -> None:
            """Re-arm the stall watchdog while actions advance: it fires (dump, exit) only
            when no action ran for STALL_SECONDS — the GUI thread blocked, or stuck in an event
            loop the monkey cannot act in."""
            if report["actions"] != last[0]:
                last[0] = report["actions"]
                faulthandler.dump_traceback_later(STALL_SECONDS, exit=True, file=dump)

        clock = QTimer()
        clock.setInterval(500)
        clock.timeout.connect(check_deadline)
        clock.timeout.connect(watch_stall)
        for timer in (ticker, saver, clock):
            timer.start()
        app.exec()
        ticker.stop()
        report["stage"] = "shutting down"
        save()
        # the way out may hang too (waiting for background work): same watchdog, fresh time
        faulthandler.dump_traceback_later(STALL_SECONDS, exit=True, file=dump)
        report["mails_received"] = len(w.smtp.messages)
        report["files_opened"] = len(w.opened)
        window.watcher.stop()
        from invoicedesk.gui.common.tasks import end_process, wait_before_exit

        stuck = wait_before_exit(30000)
        faulthandler.cancel_dump_traceback_later()
        if stuck:  # the desk would never end (the thread pool waits for them): a finding
            report["errors"].append(f"background work still running at exit: {stuck}")
            faulthandler.dump_traceback(file=dump, all_threads=True)
            save()
            end_process(1, stuck)
        report["finished"] = True
        save()
    return 0


def _fatal_lines(home: Path) -> list[str]:
    """The first lines of each fatal error faulthandler wrote into the log."""
    lines: list[str] = []
    for log in sorted((home / "logs").glob("invoicedesk.log*")):
        text = log.read_text(encoding="utf-8", errors="replace").splitlines()
        for i, line in enumerate(text):
            if line.startswith("Fatal Python error") or "Segmentation fault" in line:
                lines.extend(text[i : i + 6])
    return lines


def _run_child(
    command: list[str], env: dict[str, str], home: Path, timeout: float
) -> tuple[int, str]:
    """Run the child; past ``timeout`` ask it for a dump of every thread (SIGUSR1, into
    ``hang-dump.txt``), then kill it. Returns the exit code (-1 when killed) and stderr."""
    with subprocess.Popen(
        command, env=env, cwd=home, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as proc:
        try:
            _out, stderr = proc.communicate(timeout=timeout)
            return proc.returncode, stderr
        except subprocess.TimeoutExpired:
            if hasattr(signal, "SIGUSR1"):
                proc.send_signal(signal.SIGUSR1)
                time.sleep(2)
            proc.kill()
            _out, stderr = proc.communicate()
            return -1, stderr


def main(argv: list[str] | None = None) -> int:
    """Run the monkey in a child process and print its figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--home", type=Path, help="folder for the run (default: a temp folder)")
    parser.add_argument(
        "--actions", type=int, default=0, help="end after this many actions (replays a run's end)"
    )
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(args)
    with tempfile.TemporaryDirectory(prefix="invoicedesk-monkey-") as tmp:
        home = (args.home or Path(tmp)).resolve()
        home.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": args.platform,
            "INVOICEDESK_HOME": str(home),
            "PYTHONPATH": str(ROOT),
        }
        env.pop("INVOICEDESK_DATABASE_URL", None)
        command = [
            sys.executable,
            "-X",
            "dev",
            str(Path(__file__).resolve()),
            "--child",
            "--minutes",
            str(args.minutes),
            "--seed",
            str(args.seed),
            "--actions",
            str(args.actions),
            "--home",
            str(home),
        ]
        started = time.monotonic()
        code, stderr = _run_child(command, env, home, args.minutes * 60 + 600)
        result_file = home / "monkey.json"
        report = json.loads(result_file.read_text(encoding="utf-8")) if result_file.exists() else {}
        fatal = _fatal_lines(home) or [ln for ln in stderr.splitlines() if "Fatal" in ln]
        out = {
            "minutes": args.minutes,
            "seed": args.seed,
            "seconds": round(time.monotonic() - started, 1),
            "actions": report.get("actions", 0),
            "windows_opened": report.get("windows_opened", 0),
            "window_kinds": report.get("window_kinds", {}),
            "modal_dialogs": report.get("modal_dialogs", 0),
            "mails_received": report.get("mails_received", 0),
            "errors": report.get("errors", []),
            "crashed": code != 0 or not report.get("finished", False),
            "exit_code": code,
            "fatal": fatal[:12],
            "stage": report.get("stage", "starting"),
            "answered_on_the_way_out": report.get("answered_on_the_way_out", []),
            "last_actions": report.get("last_actions", []),
        }
        dump = home / HANG_DUMP
        if dump.exists() and dump.stat().st_size:  # a stall or the watchdog: where it stood
            out["hang_dump"] = dump.read_text(encoding="utf-8", errors="replace").splitlines()
        if out["crashed"] and not fatal:
            out["stderr_tail"] = stderr.splitlines()[-15:]
    print(json.dumps(out, ensure_ascii=False))
    return 0 if not out["errors"] and not out["crashed"] else 1


if __name__ == "__main__":
    sys.exit(main())
