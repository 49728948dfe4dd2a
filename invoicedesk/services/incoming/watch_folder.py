"""The watched intake folder: every PDF or XML dropped there is taken in exactly once.

The claiming, the take-over of what a stopped workstation left in ``processing/`` and the
filing into ``done/`` / ``failed/`` are the one mechanism of
:mod:`invoicedesk.services.watched_folders`. As soon as a file's case is committed (the
original bytes are stored with it) the file moves to ``done/``; a file that cannot even be
read from disk goes to ``failed/`` with its reason.

An orphaned claim (its claimant died): if a case of the same content was created after the
claim, the claimant had stored it before it died (its reading is finished by the lease
recovery) and the file just moves to ``done/``; otherwise it is taken in now.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from invoicedesk.domain.enums import Direction
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.cases.attachments import sha256_hex
from invoicedesk.services.incoming.intake import IntakeOutcome, Parser, take_in
from invoicedesk.services.watched_folders import (
    DONE,
    FAILED,
    ORPHAN_AFTER,
    adopt_orphans,
    claim_waiting,
    file_away,
    original_name,
)
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case

SUFFIXES = frozenset({".pdf", ".xml", ".jpg", ".jpeg", ".png", ".tif", ".tiff"})
#: clock tolerance when comparing a claim's time with a case's creation time
_SKEW = timedelta(seconds=2)


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


def _adopt(db: Database, folder: Path, older_than: timedelta) -> list[Path]:
    """Take over the orphaned claims; return those still to be taken in."""
    adopted = []
    for mine, claimed_at in adopt_orphans(folder, SUFFIXES, older_than):
        try:
            content = mine.read_bytes()
        except OSError:
            adopted.append(mine)  # read again below; ends in failed/
            continue
        if _stored_since(db, content, claimed_at):
            file_away(mine, folder, DONE)
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
    claimed = _adopt(db, folder, orphan_after) + claim_waiting(folder, SUFFIXES, limit)
    if not claimed:
        return []
    files: list[tuple[str, bytes]] = []
    readable: list[Path] = []
    for path in claimed:
        try:
            files.append((original_name(path), path.read_bytes()))
            readable.append(path)
        except OSError as exc:
            file_away(path, folder, FAILED, exc.strerror or str(exc))

    def stored(index: int) -> None:
        file_away(readable[index], folder, DONE)

    return take_in(db, actor, files, parser, progress, on_stored=stored)
