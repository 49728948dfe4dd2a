"""The watched intake folder: every PDF or XML dropped there is taken in exactly once.

Several workstations may watch the same (shared) folder. A file is claimed by renaming it
into ``processing/`` under a name that carries this workstation's id — a rename is atomic, so
only one claimant wins. After the intake it moves to ``done/`` (its case exists) or, when it
could not even be read from disk, to ``failed/``. The stored attachment keeps the original
bytes, so the done folder is only an archive.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable
from pathlib import Path

from invoicedesk.domain.workflow import Actor
from invoicedesk.services.incoming.intake import IntakeOutcome, Parser, take_in
from invoicedesk.store.database import Database

SUFFIXES = frozenset({".pdf", ".xml"})
WORKSTATION = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


def _unique(target: Path) -> Path:
    if not target.exists():
        return target
    stem, suffix = target.stem, target.suffix
    for n in range(2, 10_000):
        candidate = target.with_name(f"{stem} ({n}){suffix}")
        if not candidate.exists():
            return candidate
    return target.with_name(f"{stem}-{uuid.uuid4().hex[:8]}{suffix}")


def pending_files(folder: Path) -> list[Path]:
    """Files waiting in the folder (not hidden, not half-copied temp files), oldest first."""
    if not folder.is_dir():
        return []
    files = [
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith((".", "~"))
    ]
    return sorted(files, key=lambda p: (p.stat().st_mtime, p.name))


def claim(path: Path) -> Path | None:
    """Move a file into ``processing/`` for this workstation; ``None`` if another was faster."""
    processing = path.parent / "processing"
    processing.mkdir(exist_ok=True)
    target = processing / f"{WORKSTATION}__{path.name}"
    try:
        path.rename(target)
    except (FileNotFoundError, PermissionError):
        return None
    return target


def _original_name(claimed: Path) -> str:
    return claimed.name.split("__", 1)[1] if "__" in claimed.name else claimed.name


def scan_once(
    db: Database,
    actor: Actor,
    folder: Path,
    parser: Parser,
    limit: int = 200,
    progress: Callable[[int, int], None] | None = None,
) -> list[IntakeOutcome]:
    """Take in up to ``limit`` waiting files; returns what became of each."""
    claimed = [c for c in (claim(p) for p in pending_files(folder)[:limit]) if c is not None]
    if not claimed:
        return []
    files: list[tuple[str, bytes]] = []
    readable: list[Path] = []
    for path in claimed:
        try:
            files.append((_original_name(path), path.read_bytes()))
            readable.append(path)
        except OSError:
            failed = folder / "failed"
            failed.mkdir(exist_ok=True)
            path.rename(_unique(failed / _original_name(path)))
    outcomes = take_in(db, actor, files, parser, progress)
    done = folder / "done"
    done.mkdir(exist_ok=True)
    for path in readable:
        path.rename(_unique(done / _original_name(path)))
    return outcomes
