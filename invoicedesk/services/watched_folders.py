"""Watched folders: the one mechanism by which files dropped into a folder are claimed, handed
to a feature once, and filed away in ``done/`` or ``failed/``.

Several workstations may watch the same (shared) folder. A file is claimed by renaming it into
``processing/`` under a name that carries this workstation's id — a rename is atomic, so only
one claimant wins — and its modification time is set to the moment of the claim. The feature
(the intake of supplier invoices, the import of bank statements) stores what the file says and
then the file moves to ``done/``; a file the feature refuses moves to ``failed/`` with a
``<name>.reason.txt`` beside it holding one line, the reason.

A claimant that dies leaves its file in ``processing/``. Every scan takes such files over once
their claim is older than :data:`ORPHAN_AFTER` (:func:`adopt_orphans`); each feature decides
from the database whether the file's content was stored before the claimant died.
"""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from collections.abc import Collection
from datetime import UTC, datetime, timedelta
from pathlib import Path

_log = logging.getLogger(__name__)
WORKSTATION = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
#: a claim in ``processing/`` older than this belongs to a claimant that stopped
ORPHAN_AFTER = timedelta(minutes=10)
#: the sub-folders a watched folder gets (never scanned for new files)
PROCESSING, DONE, FAILED = "processing", "done", "failed"
#: the file beside a failed one that says why
REASON_SUFFIX = ".reason.txt"


def unique(target: Path) -> Path:
    """``target``, or ``name (2).ext`` … when a file of that name exists already."""
    if not target.exists():
        return target
    stem, suffix = target.stem, target.suffix
    for n in range(2, 10_000):
        candidate = target.with_name(f"{stem} ({n}){suffix}")
        if not candidate.exists():
            return candidate
    return target.with_name(f"{stem}-{uuid.uuid4().hex[:8]}{suffix}")


def mtime(path: Path) -> float | None:
    """The file's modification time, or ``None`` when it is gone (claimed meanwhile)."""
    try:
        return path.stat().st_mtime
    except OSError:
        return None


def pending_files(folder: Path, suffixes: Collection[str]) -> list[Path]:
    """Files of these suffixes waiting in the folder (not hidden, not half-copied temp files),
    oldest first."""
    if not folder.is_dir():
        return []
    files = [
        (stamp, p.name, p)
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in suffixes and not p.name.startswith((".", "~"))
        if (stamp := mtime(p)) is not None
    ]
    return [p for _stamp, _name, p in sorted(files)]


def _rename_claimed(path: Path, target: Path) -> Path | None:
    try:
        path.rename(target)
    except (FileNotFoundError, PermissionError):
        return None
    now = time.time()
    os.utime(target, (now, now))
    return target


def claim(path: Path) -> Path | None:
    """Move a file into ``processing/`` for this workstation; ``None`` if another was faster.
    The claimed file's modification time is the moment of the claim."""
    processing = path.parent / PROCESSING
    processing.mkdir(exist_ok=True)
    return _rename_claimed(path, processing / f"{WORKSTATION}__{path.name}")


def claim_waiting(folder: Path, suffixes: Collection[str], limit: int) -> list[Path]:
    """Claim up to ``limit`` waiting files (those another workstation took are skipped)."""
    claimed = (claim(p) for p in pending_files(folder, suffixes)[:limit])
    return [c for c in claimed if c is not None]


def original_name(claimed: Path) -> str:
    """The name the file had when it was dropped into the folder."""
    return claimed.name.split("__", 1)[1] if "__" in claimed.name else claimed.name


def orphaned_claims(
    folder: Path, suffixes: Collection[str], older_than: timedelta = ORPHAN_AFTER
) -> list[Path]:
    """Files other claimants left in ``processing/`` longer ago than ``older_than``."""
    processing = folder / PROCESSING
    if not processing.is_dir():
        return []
    cutoff = time.time() - older_than.total_seconds()
    return [
        p
        for p in pending_files(processing, suffixes)
        if not p.name.startswith(f"{WORKSTATION}__") and (mtime(p) or cutoff) < cutoff
    ]


def adopt_orphans(
    folder: Path, suffixes: Collection[str], older_than: timedelta = ORPHAN_AFTER
) -> list[tuple[Path, datetime]]:
    """Take over the orphaned claims: each with the moment its first claimant took it."""
    adopted = []
    for orphan in orphaned_claims(folder, suffixes, older_than):
        claimed_at = datetime.fromtimestamp(mtime(orphan) or 0, UTC)
        mine = _rename_claimed(orphan, orphan.with_name(f"{WORKSTATION}__{original_name(orphan)}"))
        if mine is not None:
            adopted.append((mine, claimed_at))
    return adopted


def release(path: Path, folder: Path) -> None:
    """Give a claimed file back to the folder (the next scan tries it again): for a failure
    that is not the file's, such as a lost database connection."""
    try:
        path.rename(unique(folder / original_name(path)))
    except FileNotFoundError:  # taken over by another workstation meanwhile
        return


def file_away(path: Path, folder: Path, into: str, reason: str = "") -> Path | None:
    """Move a claimed file to ``done/`` or ``failed/`` under its original name; with a
    ``reason``, its first line is written beside it. ``None`` if the file was gone."""
    target_dir = folder / into
    target_dir.mkdir(exist_ok=True)
    target = unique(target_dir / original_name(path))
    try:
        path.rename(target)
    except FileNotFoundError:  # taken over by another workstation meanwhile
        return None
    if reason:
        line = (reason.strip().splitlines() or [""])[0]
        try:
            target.with_name(target.name + REASON_SUFFIX).write_text(line + "\n", "utf-8")
        except OSError as exc:  # the file is filed; only the note beside it is missing
            _log.warning("could not write the reason for %s: %s", target, exc)
    return target
