"""Contracts as clerks meet them over time (issue 21, section 5): periods of the past that were
never taken over, merges that never give one customer overlapping collective invoices, a last
period cut short by the contract's end (billed by days), and the DRAFT mark of a preview."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from itertools import combinations
from typing import Any

import pdfplumber
from sqlalchemy import select

from invoicedesk.domain.intervals import Period, first_open_index, proration
from invoicedesk.services.contracts.collective import merge, plan_merge, undo_merge
from invoicedesk.services.contracts.collective_query import list_collective, preview_pdf
from invoicedesk.services.contracts.contracts import ContractLineInput, get_contract
from invoicedesk.services.contracts.takeover import earliest_unbilled, plan_take_over, take_over
from invoicedesk.services.outgoing.drafts import get_draft
from invoicedesk.store.models.collective import ContractInvoice
from tests.integration.test_contracts import YEAR_2027, contract, setup

D = Decimal
TODAY = date(2026, 12, 7)


def test_proration_and_first_open_index_in_the_domain() -> None:
    full = Period(date(2027, 3, 1), date(2027, 3, 31), 2)
    cut = Period(date(2027, 3, 1), date(2027, 3, 15), 2)
    assert proration(date(2027, 1, 1), 1, full) is None
    assert proration(date(2027, 1, 1), 1, cut) == (15, 31)
    # a quarter from 1 Feb cut on 10 Mar: 38 of 89 days (Feb 28 + Mar 31 + Apr 30)
    assert proration(date(2027, 2, 1), 3, Period(date(2027, 2, 1), date(2027, 3, 10), 0)) == (
        38,
        89,
    )
    assert first_open_index(set()) == 0
    assert first_open_index({0, 1, 3}) == 2


def test_take_over_starts_at_unbilled_periods_of_the_past(db, users) -> None:  # type: ignore[no-untyped-def]
    parties = setup(db)
    clerk = users["clara"].actor()
    old = contract(
        db, clerk, parties["de"], start_date=date(2026, 2, 1), interval_months=1, title="Alt"
    )
    contract(db, clerk, parties["nl"], start_date=date(2027, 1, 1), title="Neu")
    assert earliest_unbilled(db) == date(2026, 2, 1)
    assert get_contract(db, old).next_due == date(2026, 2, 1)
    # the default window of next year: the contract's past periods stay open and "Next due"
    # does not jump over them to 2028
    assert take_over(db, clerk, *YEAR_2027).created == 12 + 6
    assert get_contract(db, old).next_due == date(2026, 2, 1)
    assert earliest_unbilled(db) == date(2026, 2, 1)
    # the window from the earliest unbilled period shows the past periods first
    plan = plan_take_over(db, date(2026, 2, 1), YEAR_2027[1], today=TODAY)
    open_past = [p for p in plan if not p.taken_over and p.billing_date <= TODAY]
    assert [p.period_start for p in open_past] == [date(2026, m, 1) for m in range(2, 13)]
    assert plan[: len(open_past)] == open_past
    assert all(p.taken_over or p.billing_date > TODAY for p in plan[len(open_past) :])
    assert take_over(db, clerk, date(2026, 2, 1), YEAR_2027[1]).created == 11
    assert get_contract(db, old).next_due == date(2028, 1, 1)
    assert earliest_unbilled(db) == date(2028, 1, 1)


def _assert_no_overlap(db: Any) -> list[tuple[date, date]]:
    rows = list_collective(db)
    by_party: dict[str, list[tuple[date, date]]] = {}
    for r in rows:
        assert r.period_start is not None and r.period_end is not None
        by_party.setdefault(r.party_name, []).append((r.period_start, r.period_end))
    for spans in by_party.values():
        for (a0, a1), (b0, b1) in combinations(spans, 2):
            assert a1 < b0 or b1 < a0, f"{a0}–{a1} overlaps {b0}–{b1}"
    return sorted(s for spans in by_party.values() for s in spans)


def test_merge_over_two_periods_never_overlaps(db, users) -> None:  # type: ignore[no-untyped-def]
    parties = setup(db)
    clerk = users["clara"].actor()
    contract(db, clerk, parties["de"], interval_months=1, end_date=date(2027, 4, 30))
    contract(db, clerk, parties["de"], start_date=date(2027, 2, 1), interval_months=3,
             end_date=date(2027, 4, 30))  # fmt: skip
    assert take_over(db, clerk, date(2027, 1, 1), date(2027, 4, 30)).created == 5
    # two periods per invoice used to give "Jan–Apr" and "Mar–Apr": the quarter Feb–Apr
    # overlaps both halves, so the customer gets one invoice Jan–Apr
    groups = plan_merge(db, periods_per_invoice=2)
    assert [(g.period_start, g.period_end, len(g.invoice_ids)) for g in groups] == [
        (date(2027, 1, 1), date(2027, 4, 30), 5)
    ]
    merge(db, clerk, periods_per_invoice=2)
    assert _assert_no_overlap(db) == [(date(2027, 1, 1), date(2027, 4, 30))]


def test_a_later_merge_extends_the_unsent_invoice_it_overlaps(db, users) -> None:  # type: ignore[no-untyped-def]
    parties = setup(db)
    clerk = users["clara"].actor()
    contract(db, clerk, parties["de"], interval_months=1, end_date=date(2027, 6, 30))
    assert take_over(db, clerk, date(2027, 1, 1), date(2027, 4, 30)).created == 4
    first = merge(db, clerk).collective_ids
    assert len(first) == 1
    # a second contract of the customer, taken over afterwards: Feb–Apr and May–Jul
    remote = [ContractLineInput("Fernwartung", D("1"), D("30.00"))]
    contract(db, clerk, parties["de"], start_date=date(2027, 2, 1), interval_months=3,
             title="Zweitvertrag", lines=remote)  # fmt: skip
    assert take_over(db, clerk, date(2027, 1, 1), date(2027, 6, 30)).created == 2 + 2
    second = merge(db, clerk)
    spans = _assert_no_overlap(db)
    # Feb–Apr went into the open Jan–Apr invoice; May, Jun and May–Jul form a new one
    assert spans == [(date(2027, 1, 1), date(2027, 4, 30)), (date(2027, 5, 1), date(2027, 7, 31))]
    assert second.extended == first and second.invoices_in == 4
    assert len(second.collective_ids) == 2 and first[0] in second.collective_ids
    view = get_draft(db, first[0])
    assert sum(1 for ln in view.data.lines if "Fernwartung" in ln.description) == 1
    assert [ln.period_start for ln in view.data.lines] == sorted(
        ln.period_start for ln in view.data.lines if ln.period_start
    )
    with db.read() as s:
        parts = s.scalars(
            select(ContractInvoice.id).where(ContractInvoice.collective_case_id == first[0])
        ).all()
    assert len(parts) == 5
    # undo gives all five back, the extension included
    assert undo_merge(db, clerk, first[0]) == 5


def test_a_period_bridging_two_unsent_invoices_combines_them(db, users) -> None:  # type: ignore[no-untyped-def]
    """Jan–Feb and Apr–May are unsent collective invoices of one customer; a quarter Feb–Apr
    of a second contract overlaps both. The merge combines them into the first one (Jan–May,
    the quarter and March included), deletes the second, and both histories say so; *Undo
    merge* gives every contract invoice back."""
    from invoicedesk.store.models.cases import Case, StatusHistory

    parties = setup(db)
    clerk = users["clara"].actor()
    contract(db, clerk, parties["de"], interval_months=1, end_date=date(2027, 5, 31))
    take_over(db, clerk, date(2027, 1, 1), date(2027, 2, 28))
    (early,) = merge(db, clerk).collective_ids
    take_over(db, clerk, date(2027, 4, 1), date(2027, 5, 31))
    (late,) = merge(db, clerk).collective_ids
    assert _assert_no_overlap(db) == [
        (date(2027, 1, 1), date(2027, 2, 28)), (date(2027, 4, 1), date(2027, 5, 31))]  # fmt: skip
    late_lines = get_draft(db, late).data.lines
    remote = [ContractLineInput("Fernwartung", D("1"), D("30.00"))]
    contract(db, clerk, parties["de"], start_date=date(2027, 2, 1), interval_months=3,
             end_date=date(2027, 4, 30), title="Zweitvertrag", lines=remote)  # fmt: skip
    take_over(db, clerk, date(2027, 1, 1), date(2027, 5, 31))
    [group] = plan_merge(db)
    assert (group.extends, group.absorbs, len(group.invoice_ids)) == (early, (late,), 2)
    result = merge(db, clerk)
    assert result.collective_ids == (early,) and result.invoices_in == 2
    assert result.extended == (early,) and result.combined == (late,)
    assert _assert_no_overlap(db) == [(date(2027, 1, 1), date(2027, 5, 31))]
    view = get_draft(db, early)
    starts = [ln.period_start for ln in view.data.lines]
    assert starts == sorted(d for d in starts if d) and len(starts) == 2 * 5 + 1
    # the late invoice's lines moved over as they were (descriptions, prices)
    moved = [(ln.description, ln.unit_price) for ln in late_lines]
    assert all(m in [(ln.description, ln.unit_price) for ln in view.data.lines] for m in moved)
    with db.read() as s:
        assert s.get(Case, late).status == "deleted"
        parts = s.scalars(
            select(ContractInvoice.id).where(ContractInvoice.collective_case_id == early)
        ).all()
        notes = {
            cid: [h.comment for h in s.scalars(
                select(StatusHistory).where(StatusHistory.case_id == cid).order_by(StatusHistory.id)
            )]
            for cid in (early, late)
        }  # fmt: skip
    assert len(parts) == 6  # Jan, Feb, Mar, Apr, May and the quarter
    assert (
        f"combined with collective invoice {late} and its 2 contract invoices" in notes[early][-1]
    )
    assert f"combined into collective invoice {early}" in notes[late][-1]
    assert undo_merge(db, clerk, early) == 6
    with db.read() as s:
        pending = s.scalars(select(ContractInvoice.status)).all()
    assert set(pending) == {"pending"} and len(pending) == 6
    again = merge(db, clerk)
    assert len(again.collective_ids) == 1 and again.combined == ()
    assert _assert_no_overlap(db) == [(date(2027, 1, 1), date(2027, 5, 31))]


def test_a_period_bridging_three_unsent_invoices_combines_all(db, users) -> None:  # type: ignore[no-untyped-def]
    """Jan, Mar and May are unsent; one half-year cut short to Jan–May reaches all three."""
    parties = setup(db)
    clerk = users["clara"].actor()
    contract(db, clerk, parties["de"], interval_months=1, end_date=date(2027, 5, 31))
    drafts = []
    for month in (1, 3, 5):
        start = date(2027, month, 1)
        take_over(db, clerk, start, start.replace(day=28))
        drafts += merge(db, clerk).collective_ids
    remote = [ContractLineInput("Fernwartung", D("1"), D("30.00"))]
    contract(db, clerk, parties["de"], start_date=date(2027, 1, 1), interval_months=6,
             end_date=date(2027, 5, 31), title="Zweitvertrag", lines=remote)  # fmt: skip
    take_over(db, clerk, date(2027, 1, 1), date(2027, 1, 31))
    result = merge(db, clerk)
    assert result.collective_ids == (drafts[0],) and result.combined == tuple(drafts[1:])
    # February and April were never taken over; the span is one invoice all the same
    assert _assert_no_overlap(db) == [(date(2027, 1, 1), date(2027, 5, 31))]
    assert undo_merge(db, clerk, drafts[0]) == 4


def test_last_period_cut_short_is_billed_by_days(db, users) -> None:  # type: ignore[no-untyped-def]
    parties = setup(db)
    clerk = users["clara"].actor()
    lines = [ContractLineInput("Wartung Klimaanlage", D("1"), D("62.00"))]
    contract(db, clerk, parties["de"], interval_months=1, end_date=date(2027, 3, 15), lines=lines)
    contract(db, clerk, parties["en"], interval_months=1, end_date=date(2027, 3, 15), lines=lines,
             title="Service")  # fmt: skip
    plan = plan_take_over(db, *YEAR_2027, today=TODAY)
    march = [p for p in plan if p.period_start == date(2027, 3, 1)]
    assert [(p.period_end, p.net) for p in march] == [(date(2027, 3, 15), D("30.00"))] * 2
    assert take_over(db, clerk, *YEAR_2027).created == 6
    with db.read() as s:
        rows = s.scalars(
            select(ContractInvoice).where(ContractInvoice.period_start == date(2027, 3, 1))
        ).all()
        texts = sorted((r.lines[0]["description"], r.lines[0]["quantity"], r.net) for r in rows)
        full = s.scalars(
            select(ContractInvoice.net).where(ContractInvoice.period_start == date(2027, 2, 1))
        ).all()
    assert texts == [
        ("Wartung Klimaanlage (anteilig: 15 von 31 Tagen)", "0.4839", D("30.00")),
        ("Wartung Klimaanlage (prorated: 15 of 31 days)", "0.4839", D("30.00")),
    ]
    assert full == [D("62.00"), D("62.00")]
    # the collective invoice carries the text on its line
    merge(db, clerk)
    lines_out = [
        ln.description for r in list_collective(db) for ln in get_draft(db, r.id).data.lines
    ]
    assert sum("anteilig: 15 von 31 Tagen" in t for t in lines_out) == 1


def test_draft_preview_has_the_watermark_no_payable_qr_and_no_payment_request(db, users) -> None:  # type: ignore[no-untyped-def]
    parties = setup(db)
    clerk = users["clara"].actor()
    contract(db, clerk, parties["de"])
    contract(db, clerk, parties["nl"])
    take_over(db, clerk, *YEAR_2027)
    merge(db, clerk)
    marks = {"Müller & Söhne GmbH": "ENTWURF", "Jansen Bouw B.V.": "CONCEPT"}
    for row in list_collective(db):
        _name, pdf = preview_pdf(db, row.id)
        mark = marks[row.party_name]
        with pdfplumber.open(io.BytesIO(pdf)) as doc:
            text = "\n".join(page.extract_text() or "" for page in doc.pages)
            assert "GiroCode" not in text and "EPC QR" not in text
            # no payment request, no reference: the transfer sentence is not printed at all
            assert "überweisen" not in text and "over te maken" not in text
            assert f"„{mark}“" not in text and f"‘{mark}’" not in text
            assert f"Rechnung {mark}" in text or f"Factuur {mark}" in text
            big = [ch for ch in doc.pages[0].chars if ch["size"] > 40]
            assert "".join(ch["text"] for ch in big) == mark  # the diagonal mark, large
