"""Invoice numbers: per series and year, unique and gapless, also under concurrency and rollbacks.

The PostgreSQL run uses 8 processes x 100 issues through the real issuing path (draft, counter
lock, snapshot, attachment, history) with random rollbacks raised inside the transaction. Only
the PDF rendering is replaced by a stub there (the real one takes ~0.1 s and runs while the
counter is locked, so 800 real renders would serialise to over a minute).
"""

from __future__ import annotations

import multiprocessing
import os
import random
import threading
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from invoicedesk.domain.errors import ConfigurationError
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.services.cases.actions import apply_action, load_for_update, record
from invoicedesk.services.numbering import next_number
from invoicedesk.services.outgoing.drafts import DraftInput, DraftLine, apply_draft
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.config import NumberSeries

from .test_outgoing import setup_outgoing

PG_ENV = "INVOICEDESK_TEST_DATABASE_URL"
ONE_LINE = [DraftLine("Ölwechsel inkl. Filter", Decimal("1"), Decimal("89.90"))]


class _Rollback(Exception):
    """Raised inside the issuing transaction to roll it back."""


def _seq(number: str) -> int:
    return int(number.rsplit("-", 1)[1])


def _drafts(db: Database, party_id: int, count: int) -> list[int]:
    """``count`` one-line drafts written in one transaction (the draft service's own code)."""
    actor = Actor.system()
    with db.write() as s:
        cases = []
        for _ in range(count):
            case = Case(direction="out", kind="invoice", status="draft")
            s.add(case)
            apply_draft(s, case, DraftInput(party_id=party_id, lines=ONE_LINE))
            cases.append(case)
        s.flush()
        for case in cases:
            record(s, case, actor, "create_draft", None)
        return [c.id for c in cases]


def _issue_many(
    db: Database, case_ids: list[int], seed: int, rollback_rate: float
) -> tuple[list[str], int]:
    """Issue drafts with create-only; roll back a random share inside the transaction."""
    rng = random.Random(seed)
    actor = Actor.system()
    numbers: list[str] = []
    rollbacks = 0
    for cid in case_ids:
        try:
            with db.write() as s:
                case = load_for_update(s, cid)
                apply_action(s, case, actor, Action.CREATE_ONLY)
                s.flush()
                number = case.number
                if rng.random() < rollback_rate:
                    raise _Rollback
            assert number is not None
            numbers.append(number)
        except _Rollback:
            rollbacks += 1
    return numbers, rollbacks


def _pg_worker(url: str, case_ids: list[int], seed: int) -> tuple[list[str], int]:
    """One process of the PostgreSQL run (forked; opens its own connections)."""
    from invoicedesk.services import wiring
    from invoicedesk.services.outgoing import issuing

    wiring.install()
    issuing.render_invoice_pdf = lambda doc: b"%PDF-1.7 stub " + doc.number.encode()  # type: ignore[assignment]
    db = Database(url, pool_size=1)
    try:
        return _issue_many(db, case_ids, seed, rollback_rate=0.2)
    finally:
        db.dispose()


@pytest.fixture
def world(db, users):  # type: ignore[no-untyped-def]
    return {"db": db, **setup_outgoing(db)}


def test_numbers_follow_pattern_series_and_year(world) -> None:  # type: ignore[no-untyped-def]
    db = world["db"]
    with db.write() as s:
        assert next_number(s, "invoice", date(2026, 1, 5)) == "RE-2026-00001"
        assert next_number(s, "invoice", date(2026, 3, 5)) == "RE-2026-00002"
        assert next_number(s, "credit_note", date(2026, 3, 5)) == "GS-2026-00001"
        assert next_number(s, "invoice", date(2027, 1, 1)) == "RE-2027-00001"
        s.add(NumberSeries(code="shop", name="Shop", pattern="S{yy}{mm}-{seq}", reset_yearly=False))
        s.flush()
        assert next_number(s, "shop", date(2026, 12, 1)) == "S2612-1"
        assert next_number(s, "shop", date(2027, 2, 1)) == "S2702-2"
        with pytest.raises(ConfigurationError):
            next_number(s, "nope", date(2026, 1, 1))


def test_rolled_back_issue_leaves_no_gap(world) -> None:  # type: ignore[no-untyped-def]
    db = world["db"]
    with pytest.raises(_Rollback), db.write() as s:
        assert next_number(s, "invoice", date(2026, 5, 1)) == "RE-2026-00001"
        raise _Rollback
    with db.write() as s:
        assert next_number(s, "invoice", date(2026, 5, 1)) == "RE-2026-00001"


def test_threads_on_one_database_get_contiguous_numbers(world) -> None:  # type: ignore[no-untyped-def]
    db = world["db"]
    ids = _drafts(db, world["de"], 24)
    results: list[tuple[list[str], int]] = []
    errors: list[BaseException] = []

    def run(seed: int) -> None:
        try:
            results.append(_issue_many(db, ids[seed::4], seed, rollback_rate=0.3))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(seed,)) for seed in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    numbers = [n for nums, _ in results for n in nums]
    assert sum(rb for _, rb in results) > 0
    assert sorted(_seq(n) for n in numbers) == list(range(1, len(numbers) + 1))
    with db.read() as s:
        issued = s.scalar(select(func.count()).select_from(Case).where(Case.number.is_not(None)))
    assert issued == len(numbers)


@pytest.mark.slow
def test_eight_processes_on_postgresql_gapless_with_rollbacks(world, db_url) -> None:  # type: ignore[no-untyped-def]
    if not db_url.startswith("postgresql"):
        pytest.skip(f"PostgreSQL only (set {PG_ENV})")
    ids = _drafts(world["db"], world["de"], 800)
    world["db"].engine.dispose()  # the forked workers must not share the parent's connections
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(8) as pool:
        runs: list[Any] = pool.starmap(
            _pg_worker, [(db_url, ids[i::8], 1000 + i) for i in range(8)]
        )
    numbers = [n for nums, _ in runs for n in nums]
    rollbacks = sum(rb for _, rb in runs)
    assert len(numbers) + rollbacks == 800 and rollbacks > 0
    assert len(set(numbers)) == len(numbers)
    assert sorted(_seq(n) for n in numbers) == list(range(1, len(numbers) + 1))
    with world["db"].read() as s:
        stored = s.scalars(select(Case.number).where(Case.number.is_not(None))).all()
    assert sorted(stored) == sorted(numbers)
    assert os.environ.get(PG_ENV)
