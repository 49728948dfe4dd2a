"""Taking up incoming cases again: those whose reader stopped, and *Read again* after *Error*.

:func:`recover_stuck` reads to the end every case left in *Uploading*/*Processing* by a process
that was killed or lost the database (its lease ran out, see
:mod:`invoicedesk.services.incoming.leases`), from the original file stored with the case. It
runs with every intake, on every dispatcher pass (each workstation's scheduler and the headless
``invoicedesk dispatch``, so also at the app's start) and as ``invoicedesk intake --recover``.
:func:`read_again` is the clerk's *Read again* on a case in *Error*.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.services.cases.actions import apply_action, load_for_update
from invoicedesk.services.incoming import leases
from invoicedesk.services.incoming.intake import (
    IntakeOutcome,
    Parser,
    Progress,
    intake_stopped,
    read_leased,
)
from invoicedesk.services.incoming.leases import LEASE, Heartbeat, LeasedFile
from invoicedesk.services.interruptions import stops_the_work
from invoicedesk.store.database import Database

#: cases claimed (and their files loaded) at a time
BATCH = 20


def recover_stuck(
    db: Database,
    get_parser: Callable[[], Parser],
    *,
    limit: int | None = None,
    progress: Progress | None = None,
    lease: timedelta = LEASE,
) -> list[IntakeOutcome]:
    """Read to the end up to ``limit`` (default: all) cases whose reader is gone.

    ``get_parser`` is called only when there is something to read, so that no pool is started
    for nothing. Several processes may recover at once; each case is read by one of them.
    """
    if not leases.stuck_count(db):
        return []
    owner = leases.new_owner()
    outcomes: list[IntakeOutcome] = []
    claimed = 0
    with Heartbeat(db, owner, lease):
        try:
            while limit is None or claimed < limit:
                size = BATCH if limit is None else min(BATCH, limit - claimed)
                batch = leases.claim_expired(db, owner, lease, size)
                if not batch:
                    break
                claimed += len(batch)
                read_leased(db, owner, batch, get_parser(), progress, into=outcomes)
        except Exception as exc:
            if not stops_the_work(exc):
                raise
            raise intake_stopped(exc, len(outcomes), claimed - len(outcomes), 0) from exc
    return outcomes


def read_again(db: Database, actor: Actor, case_id: int, parser: Parser) -> IntakeOutcome:
    """*Read again*: a case in *Error* goes back to *Processing* (history row, lease) and its
    stored file is read anew; returns how that ended."""
    owner = leases.new_owner()
    with Heartbeat(db, owner):
        with db.write() as s:
            case = load_for_update(s, case_id)
            apply_action(s, case, actor, Action.READ_AGAIN)
            case.error_message = None
            leases.take(s, case_id, owner)
            name, content = leases.original_file(s, case)
        return read_leased(db, owner, [LeasedFile(name, case_id, content)], parser)[0]
