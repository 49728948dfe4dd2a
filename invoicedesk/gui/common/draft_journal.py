"""A journal of the drafts open in this session, so the next start can offer them after a crash.

Every editor with an :class:`~invoicedesk.gui.common.autosave.Autosaver` saves its draft into the
database as the clerk types; the saver also notes here which case it saved (the owner's
``case_id`` and window title) and forgets it when the editor closes. The journal is a small
JSON file per running process in the user's config folder; a clean exit removes it. A file
whose process is gone (crash, kill, power cut) names the drafts that were open then:
:func:`orphaned` returns them once (and removes the file), and the shell offers to open them.

The file holds only ids and titles, never field values: the drafts themselves are in the
database.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from invoicedesk.config import config_dir

_state: dict[str, Any] | None = None


def _folder() -> Path:
    folder = config_dir() / "sessions"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _own_file() -> Path:
    return _folder() / f"drafts-{os.getpid()}.json"


def _write() -> None:
    if _state is None:
        return
    target = _own_file()
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(_state), encoding="utf-8")
    os.replace(tmp, target)


def start(login: str, database: str) -> None:
    """Begin this session's journal (after login)."""
    global _state
    _state = {"pid": os.getpid(), "login": login, "database": database,
              "started": datetime.now(UTC).isoformat(), "drafts": {}}  # fmt: skip
    _write()


def end() -> None:
    """A clean exit: the journal is not needed any more."""
    global _state
    _state = None
    with contextlib.suppress(FileNotFoundError):
        _own_file().unlink()


def saved(owner: Any) -> None:
    """An autosave of ``owner`` (an editor with ``case_id``) went through."""
    case_id = getattr(owner, "case_id", None)
    if _state is None or not isinstance(case_id, int):
        return
    _state["drafts"][str(id(owner))] = {
        "case_id": case_id,
        "editor": type(owner).__name__,
        "title": owner.windowTitle(),
        "saved_at": datetime.now(UTC).isoformat(),
    }
    _write()


def closed(owner: Any) -> None:
    """The editor closed: its draft is no longer open."""
    if _state is not None and _state["drafts"].pop(str(id(owner)), None) is not None:
        _write()


def _alive(pid: int) -> bool:
    """Whether a process with this id still runs."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))  # type: ignore[attr-defined]
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def orphaned(login: str, database: str) -> list[dict[str, Any]]:
    """Drafts left open by sessions of this user on this database that ended without closing
    (each returned once: their journals are removed)."""
    found: list[dict[str, Any]] = []
    for path in sorted(_folder().glob("drafts-*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            path.unlink(missing_ok=True)  # a half-written journal: nothing to offer
            continue
        if not isinstance(data, dict) or _alive(int(data.get("pid", 0))):
            continue
        if data.get("login") == login and data.get("database") == database:
            drafts = data.get("drafts") or {}
            found.extend(d | {"ended_after": data.get("started")} for d in drafts.values())
            path.unlink(missing_ok=True)
    unique = {(d.get("editor"), d.get("case_id")): d for d in found}
    return list(unique.values())
