"""The watched intake folder: every PDF or XML dropped there is taken in exactly once.

Several workstations may watch the same (shared) folder. A file is claimed by renaming it
into ``processing/`` under a name that carries this workstation's id — a rename is atomic, so
only one claimant wins — and its modification time is set to the moment of the claim. As soon
as its case is committed (the original bytes are stored with it) the file moves to ``done/``;
a file that cannot even be read from disk goes to ``failed/``. The done folder is only an
archive.

A claimant that dies leaves its file in ``processing/``. Every scan takes such files over once
their claim is older than :data:`ORPHAN_AFTER`: if a case of the same content was created after
the claim, the claimant had stored it before it died (its reading is finished by the lease
recovery) and the file just moves to ``done/``; otherwise it is taken in now.
"""

from __future__ import annotations

import contextlib
import os
import socket
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from invoicedesk.domain.enums import Direction
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.cases.attachments import sha256_hex
from invoicedesk.services.incoming.intake import IntakeOutcome, Parser, take_in
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case

SUFFIXES = frozenset({".pdf", ".xml", ".jpg", ".jpeg", ".png", ".tif", ".tiff"})
WORKSTATION = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
#: a claim in ``processing/`` older than this belongs to a claimant that stopped
ORPHAN_AFTER = timedelta(minutes=10)
#: clock tolerance when comparing a claim's time with a case's creation time
_SKEW = timedelta(seconds=2)


def _unique(target: Path) -> Path:
    if not target.exists():
        return target
    stem, suffix = target.stem, target.suffix
    for n in range(2, 10_000):
        candidate = target.with_name(f"{stem} ({n}){suffix}")
        if not candidate.exists():
            return candidate
    return target.with_name(f"{stem}-{uuid.uuid4().hex[:8]}{suffix}")


def _mtime(path: Path) -> float | None:
    """The file's modification time, or ``None`` when it is gone (claimed meanwhile)."""
    try:
        return path.stat().st_mtime
    except OSError:
        return None


def pending_files(folder: Path) -> list[Path]:
    """Files waiting in the folder (not hidden, not half-copied temp files), oldest first."""
    if not folder.is_dir():
        return []
    files = [
        (stamp, p.name, p)
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith((".", "~"))
        if (stamp := _mtime(p)) is not None
    ]
    return [p for _stamp, _name, p in sorted(files)]


def claim(path: Path) -> Path | None:
    """Move a file into ``processing/`` for this workstation; ``None`` if another was faster.
    The claimed file's modification time is the moment of the claim."""
    processing = path.parent / "processing"
    processing.mkdir(exist_ok=True)
    return _rename_claimed(path, processing / f"{WORKSTATION}__{path.name}")


def _rename_claimed(path: Path, target: Path) -> Path | None:
    try:
        path.rename(target)
    except (FileNotFoundError, PermissionError):
        return None
    now = time.time()
    os.utime(target, (now, now))
    return target


def _original_name(claimed: Path) -> str:
    return claimed.name.split("__", 1)[1] if "__" in claimed.name else claimed.name


def orphaned_claims(folder: Path, older_than: timedelta = ORPHAN_AFTER) -> list[Path]:
    """Files other claimants left in ``processing/`` longer ago than ``older_than``."""
    processing = folder / "processing"
    if not processing.is_dir():
        return []
    cutoff = time.time() - older_than.total_seconds()
    return [
        p
        for p in pending_files(processing)
        if not p.name.startswith(f"{WORKSTATION}__") and (_mtime(p) or cutoff) < cutoff
    ]


def _stored_since(db: Database, content: bytes, claimed_at: datetime) -> bool:
    """Whether a case of this content was created after the claim (by the claimant)."""
    with db.read() as s:
        found = s.scalar(
            select(Case.id)
            .where(
                Case.direction == Direction.IN.value,
                Case.source_sha256 == sha256_hex(content),
                Case.created_at >= claimed_at - _SKEW,
            )
            .limit(1)
        )
    return found is not None


def _move(path: Path, folder: Path, into: str) -> None:
    target = folder / into
    target.mkdir(exist_ok=True)
    with contextlib.suppress(FileNotFoundError):  # taken over by another workstation meanwhile
        path.rename(_unique(target / _original_name(path)))


def _adopt_orphans(db: Database, folder: Path, older_than: timedelta) -> list[Path]:
    """Take over the orphaned claims; return those still to be taken in."""
    adopted = []
    for orphan in orphaned_claims(folder, older_than):
        claimed_at = datetime.fromtimestamp(_mtime(orphan) or 0, UTC)
        mine = _rename_claimed(orphan, orphan.with_name(f"{WORKSTATION}__{_original_name(orphan)}"))
        if mine is None:
            continue
        try:
            content = mine.read_bytes()
        except OSError:
            adopted.append(mine)  # read again below; ends in failed/
            continue
        if _stored_since(db, content, claimed_at):
            _move(mine, folder, "done")
        else:
            adopted.append(mine)
    return adopted


def scan_once(
    db: Database,
    actor: Actor,
    folder: Path,
    parser: Parser,
    limit: int = 200,
    progress: Callable[[int, int], None] | None = None,
    *,
    orphan_after: timedelta = ORPHAN_AFTER,
) -> list[IntakeOutcome]:
    """Take in up to ``limit`` waiting files (and what stopped claimants left behind);
    returns what became of each."""
    claimed = _adopt_orphans(db, folder, orphan_after)
    claimed += [c for c in (claim(p) for p in pending_files(folder)[:limit]) if c is not None]
    if not claimed:
        return []
    files: list[tuple[str, bytes]] = []
    readable: list[Path] = []
    for path in claimed:
        try:
            files.append((_original_name(path), path.read_bytes()))
            readable.append(path)
        except OSError:
            _move(path, folder, "failed")
    return take_in(
        db, actor, files, parser, progress, on_stored=lambda i: _move(readable[i], folder, "done")
    )
