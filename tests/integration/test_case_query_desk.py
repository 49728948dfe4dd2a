"""The case table's SQL on SQLite and PostgreSQL: pages from both ends and from the middle,
filters and search, counts per status, and the change stamp."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import insert

from invoicedesk.domain.enums import Direction
from invoicedesk.domain.workflow import Action, Actor, is_active, pending_action
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.store import case_query
from invoicedesk.store.case_query import (
    CaseFilter,
    change_stamp,
    count_rows,
    fetch_page,
    fetch_rows,
    search_text_for,
    status_counts,
)
from invoicedesk.store.models.cases import Case

STATUSES = ["draft", "sent", "overdue", "paid", "ready", "edited", "archived"]
PARTIES = ["Autohaus Brandt", "Jansen B.V.", "Reifen Müller GmbH"]


@pytest.fixture
def cases(db):  # type: ignore[no-untyped-def]
    """350 cases; every seventh is archived (inactive). Some share a creation time."""
    base = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    rows = []
    for i in range(350):
        status = STATUSES[i % len(STATUSES)]
        direction = "in" if status in ("ready", "edited", "archived") else "out"
        number = f"RE-2026-{i:05d}" if direction == "out" else None
        party = PARTIES[i % len(PARTIES)]
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
                "gross": Decimal(10 + (i * 7) % 300),
                "net": Decimal(10),
                "due_date": date(2026, 12, 1) + timedelta(days=i % 9),
                "created_at": base - timedelta(hours=i // 3),  # ties on purpose
                "updated_at": base,
                "version": 1,
            }
        )
    with db.write() as s:
        s.execute(insert(Case), rows)
    return 300  # active


@pytest.mark.parametrize("sort", ["created_at", "gross", "status", "party", "due_date"])
@pytest.mark.parametrize("descending", [True, False])
def test_pages_match_one_big_query(db, cases, monkeypatch, sort, descending) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(case_query, "DEEP_OFFSET", 40)  # exercise the ids-first path
    flt = CaseFilter()
    with db.read() as s:
        everything = [
            r.id for r in fetch_rows(s, flt, sort=sort, descending=descending, limit=1000)
        ]
        total = count_rows(s, flt)
        paged = []
        for offset in range(0, total, 70):
            paged += [
                r.id
                for r in fetch_page(
                    s, flt, sort=sort, descending=descending, offset=offset, limit=70, total=total
                )
            ]
    assert total == cases
    assert paged == everything


def test_filters_and_search(db, cases) -> None:  # type: ignore[no-untyped-def]
    with db.read() as s:
        sent = fetch_page(s, CaseFilter(statuses=["sent"], search="brandt"), limit=500)
        assert sent and all(r.status == "sent" and "Brandt" in r.party for r in sent)
        by_number = fetch_page(s, CaseFilter(search="re-2026-0000"), limit=500)
        outgoing = {f"RE-2026-0000{i}" for i in range(10) if i % 7 < 4}
        assert {r.number for r in by_number} == outgoing
        assert fetch_page(s, CaseFilter(search="100%"), limit=10) == []  # LIKE escaped
        counts = status_counts(s, CaseFilter(statuses=["sent"]))
        assert sum(counts.values()) == cases  # the status choice itself is ignored
        assert ("in", "archived") not in counts
        assert counts[("out", "sent")] == count_rows(s, CaseFilter(statuses=["sent"]))


def test_change_stamp_moves_with_every_change(db, cases, users) -> None:  # type: ignore[no-untyped-def]
    with db.read() as s:
        before = change_stamp(s)
        sent_id = fetch_page(s, CaseFilter(statuses=["sent"]), limit=1)[0].id
    perform_action(db, users["clara"].actor(), sent_id, Action.MARK_PAID)
    with db.read() as s:
        after = change_stamp(s)
    assert after != before
    with db.write() as s:
        s.add(Case(direction="in", status="ready", party_name="Neu"))
    with db.read() as s:
        assert change_stamp(s) != after
    assert Actor.system().is_system
