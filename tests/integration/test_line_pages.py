"""The reconciliation's statement lines: filtered in SQL, read page after page by keyset."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from invoicedesk.services.payments.line_pages import LineFilter, count_lines, fetch_lines
from invoicedesk.store.models.payments import BankStatement, StatementLine

D = Decimal
START = date(2026, 10, 1)


def _lines(db, count: int) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:
        statement = BankStatement(account="DE02120300000000202051", statement_key="S-1",
                                  file_format="camt053", entries_sha256="0" * 64)  # fmt: skip
        s.add(statement)
        s.flush()
        s.add_all(
            StatementLine(
                statement_id=statement.id,
                position=n,
                booking_date=START + timedelta(days=n % 40),
                amount=D(n) + D("0.50") if n % 3 else -(D(n) + D("0.50")),
                counterparty_name="Autohaus Brandt GmbH" if n % 5 == 0 else "Jansen B.V.",
                counterparty_iban="NL91ABNA0417164300",
                reference=f"RE-2026-{n:05d} 100% erledigt" if n % 7 == 0 else f"Rg {n}",
                state=("proposed", "unmatched", "booked", "ignored")[n % 4],
            )
            for n in range(1, count + 1)
        )


def test_filters(db) -> None:  # type: ignore[no-untyped-def]
    _lines(db, 500)
    waiting = LineFilter()
    assert count_lines(db, waiting) == 250
    everything = LineFilter(states=())
    assert count_lines(db, everything) == 500
    assert count_lines(db, LineFilter(states=("booked",))) == 125
    # amount without its sign: 100.50 .. 110.50 → n 100..110 (credits and debits)
    amounts = fetch_lines(db, LineFilter(states=(), min_amount=D("100.50"), max_amount=D("110.50")))
    assert sorted(abs(r.amount) for r in amounts) == [D(n) + D("0.50") for n in range(100, 111)]
    assert any(r.amount < 0 for r in amounts) and any(r.amount > 0 for r in amounts)
    # text in name, IBAN or remittance text, case-insensitive, every word; % is no wildcard
    brandt = fetch_lines(db, LineFilter(states=(), text="autohaus BRANDT"), limit=1000)
    assert len(brandt) == 100 and all("Brandt" in r.name for r in brandt)
    assert count_lines(db, LineFilter(states=(), text="100%")) == len(range(7, 501, 7))
    assert count_lines(db, LineFilter(states=(), text="RE-2026-00014")) == 1
    assert count_lines(db, LineFilter(states=(), text="nl91abna")) == 500
    days = LineFilter(states=(), date_from=START, date_to=START + timedelta(days=1))
    assert {r.booking_date for r in fetch_lines(db, days, limit=1000)} == {
        START,
        START + timedelta(days=1),
    }


def test_pages_follow_each_other_without_gaps(db) -> None:  # type: ignore[no-untyped-def]
    _lines(db, 450)
    flt = LineFilter(states=())
    seen: list[int] = []
    after = None
    while True:
        page = fetch_lines(db, flt, after, limit=200)
        seen.extend(r.line_id for r in page)
        if len(page) < 200:
            break
        after = (page[-1].booking_date, page[-1].line_id)
    assert len(seen) == len(set(seen)) == 450
    keys = [(r.booking_date, r.line_id) for r in fetch_lines(db, flt, limit=1000)]
    assert keys == sorted(keys)
