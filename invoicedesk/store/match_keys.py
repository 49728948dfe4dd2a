"""Match keys for cases written without the ORM.

The ORM keeps :class:`~invoicedesk.store.models.match_keys.CaseMatchKey` in step with the cases
(mapper events there). A case inserted in bulk without the ORM (demo data, the benchmark) or
before the keys existed has none until :func:`fill_missing_keys` runs; the bank import calls it
before it matches.
"""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from invoicedesk.store.bulk import bulk_insert
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.match_keys import KEY, CaseMatchKey, key_rows

_TABLE = CaseMatchKey.__table__


def fill_missing_keys(session: Session, chunk: int = 20_000) -> int:
    """Write the keys of numbered cases that have none (written in bulk, or before the keys
    existed); returns how many cases got theirs."""
    has_key = exists().where(_TABLE.c.case_id == Case.id, _TABLE.c.kind == KEY)
    done = 0
    while True:
        cases = session.execute(
            select(Case.id, Case.number, Case.payment_reference)
            .where(Case.number.is_not(None), ~has_key)
            .order_by(Case.id)
            .limit(chunk)
        ).all()
        if not cases:
            return done
        rows = [row for cid, number, ref in cases for row in key_rows(cid, number, ref)]
        bulk_insert(session, _TABLE, rows)  # type: ignore[arg-type]
        done += len(cases)
