"""The watched folder for bank statements: every CAMT.053 or MT940 file dropped there is
imported once and filed in ``done/`` (imported, or recognised as imported before) or
``failed/`` (with a one-line reason beside it).

Claiming, take-over and filing are the one mechanism of
:mod:`invoicedesk.services.watched_folders`, the import is
:func:`invoicedesk.services.payments.bank_import.import_file` (one transaction per batch of
lines, resumable). Crash safety needs no extra record: a workstation killed while importing
leaves the file in ``processing/`` and its open batch rolled back. Whoever takes the claim over
imports the file again; the import recognises the lines stored before (same statement: account
and statement id, or the same entries) and goes on after them, so nothing is booked twice.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from invoicedesk.domain.workflow import Actor
from invoicedesk.services.payments.bank_import import FileResult, import_file
from invoicedesk.services.watched_folders import (
    DONE,
    FAILED,
    ORPHAN_AFTER,
    adopt_orphans,
    claim_waiting,
    file_away,
    original_name,
    release,
)
from invoicedesk.store.database import Database

#: the file types a bank hands out for CAMT.053 and MT940 statements
SUFFIXES = frozenset({".xml", ".camt", ".sta", ".mt940", ".940", ".txt"})


def scan_statements(
    db: Database,
    actor: Actor,
    folder: Path,
    limit: int = 50,
    *,
    orphan_after: timedelta = ORPHAN_AFTER,
) -> list[FileResult]:
    """Import up to ``limit`` waiting statement files (and what stopped workstations left
    behind), each in its own transaction; returns the result of each file.

    A failure that is not the file's (the database is gone, the user lost the clerk role)
    gives the file back to the folder and is raised; the next scan tries it again.
    """
    claimed = [path for path, _at in adopt_orphans(folder, SUFFIXES, orphan_after)]
    claimed += claim_waiting(folder, SUFFIXES, limit)
    results: list[FileResult] = []
    for position, path in enumerate(claimed):
        try:
            result = import_file(db, actor, Path(original_name(path)), path.read_bytes())
        except OSError as exc:
            result = FileResult(original_name(path), error=exc.strerror or str(exc))
        except BaseException:
            for left in claimed[position:]:
                release(left, folder)
            raise
        file_away(path, folder, FAILED if result.error else DONE, result.error)
        results.append(result)
    return results
