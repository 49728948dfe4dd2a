"""The stored match keys of the cases (migration 20c): written with the case, rewritten when
its number or payment reference changes, filled in for cases written without the ORM, and a
batch's index finds for its lines what the index of every open case finds."""

from __future__ import annotations

import random
from decimal import Decimal

from alembic import command
from sqlalchemy import delete, inspect, select

from invoicedesk.bench.camt_writer import camt053
from invoicedesk.documents.bank.read import read_statements
from invoicedesk.domain.payments.matching import match_line
from invoicedesk.services.demo.cases import generate
from invoicedesk.services.payments.bulk_booking import line_facts
from invoicedesk.services.payments.open_items import batch_index, open_index
from invoicedesk.store.match_keys import fill_missing_keys
from invoicedesk.store.migrate import alembic_config
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.match_keys import CaseMatchKey
from tests.integration.test_bank_matching import _statement


def _keys(db, case_id: int) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        rows = s.execute(
            select(CaseMatchKey.kind, CaseMatchKey.key).where(CaseMatchKey.case_id == case_id)
        )
        return {(kind, key) for kind, key in rows}


def test_keys_follow_the_case(db) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:
        draft = Case(direction="in", status="ready", party_name="X")
        s.add(draft)
        s.flush()
        case_id = draft.id
    assert _keys(db, case_id) == set()  # no number, no keys
    with db.write() as s:
        s.get(Case, case_id).number = "RE-2026-00090"
    assert _keys(db, case_id) == {("key", "RE|2026|90"), ("short", "2026|90")}
    with db.write() as s:
        s.get(Case, case_id).payment_reference = "RF18 5390 0754 7034"
    assert _keys(db, case_id) == {
        ("key", "RE|2026|90"),
        ("short", "2026|90"),
        ("key", "RF|18|5390|754|7034"),
        ("short", "18|5390|754|7034"),
    }
    with db.write() as s:
        case = s.get(Case, case_id)
        case.number, case.payment_reference = "A1", None
    assert _keys(db, case_id) == {("key", "A|1")}  # "1" alone is too short a short key


def test_fill_missing_keys_and_migration_down_and_up(db) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:
        case = Case(direction="in", status="ready", party_name="X", number="ER 77/2026")
        s.add(case)
        s.flush()
        case_id = case.id
        s.execute(delete(CaseMatchKey))  # as if written in bulk
    with db.write() as s:
        assert fill_missing_keys(s) == 1
        assert fill_missing_keys(s) == 0
    assert _keys(db, case_id) == {("key", "ER|77|2026"), ("short", "77|2026")}
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "20b")
    assert "case_match_keys" not in inspect(db.engine).get_table_names()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    assert "case_match_keys" in inspect(db.engine).get_table_names()
    with db.write() as s:
        assert fill_missing_keys(s) >= 1
    assert _keys(db, case_id) == {("key", "ER|77|2026"), ("short", "77|2026")}


def test_batch_index_matches_as_the_full_index(db) -> None:  # type: ignore[no-untyped-def]
    """Every line of the generated statement (exact, sloppy and missing references, parts,
    combined payments, fees), in batches of 5: the same match as against every open case."""
    generate(db, 400, seed=7)
    lines = _statement(db, random.Random(11))
    (statement,) = read_statements(camt053([ln for ln, *_ in lines], statement_id="KEYS"))
    facts = [line_facts(e) for e in statement.entries]
    with db.write() as s:
        fill_missing_keys(s)
    with db.read() as s:
        full = open_index(s)
        assert len(full.items) > 50
        for start in range(0, len(facts), 5):
            batch = facts[start : start + 5]
            small = batch_index(s, batch)
            assert len(small.items) < len(full.items)
            for line in batch:
                assert match_line(line, small) == match_line(line, full), line
    assert sum(1 for f in facts if f.amount > Decimal(0)) > 20
