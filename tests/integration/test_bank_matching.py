"""Matching generated statements against demo invoices: sure lines booked right, none wrong.

The statement is written for the open invoices of a demo data set: exact, sloppy and missing
references, the end-to-end id, part and combined payments, supplier invoices paid out, fees,
interest, unrelated lines and lines naming invoices that are paid or cancelled.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from invoicedesk.bench.camt_writer import Line, camt053
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.payments.matching import PAYABLE, RECEIVABLE
from invoicedesk.services.demo.cases import generate
from invoicedesk.services.payments.bank_import import import_file
from invoicedesk.services.payments.listing import list_lines
from invoicedesk.services.payments.open_items import open_items
from invoicedesk.services.payments.reconcile import book_statement_line, candidates, ignore_line
from invoicedesk.services.payments.recording import undo_payment
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.payments import PaymentAllocation, StatementLine

D = Decimal
DAY = date(2026, 12, 1)


def _sloppy(number: str, rng: random.Random) -> str:
    """The number as payers type it: spaces, no dashes, lost zeros, lower case, words around."""
    prefix, year, seq = number.split("-")
    n = int(seq)
    forms = [
        f"{prefix} {year} {seq}",
        f"{prefix}{year}-{n}",
        f"{prefix.lower()}-{year}-{n:04d}",
        f"Rechnung {prefix}/{year}/{n}",
        f"Rg.Nr. {prefix}{year}{'-'}{seq} vielen Dank",
        f"{prefix}-{year}-{seq}".replace("-", " - "),
    ]
    return rng.choice(forms)


def _statement(db, rng):  # type: ignore[no-untyped-def]
    """Lines and what each should be booked to (``None``: never booked; ``usable``: carries a
    reference a clerk could read)."""
    with db.read() as s:
        items = open_items(s)
        closed = s.execute(
            select(Case.number, Case.gross, Case.status).where(
                Case.direction == "out",
                Case.status.in_(["paid", "canceled", "completed"]),
                Case.number.is_not(None),
            )
        ).all()
    receivables = [i for i in items if i.side == RECEIVABLE]
    payables = [i for i in items if i.side == PAYABLE]
    rng.shuffle(receivables)
    lines: list[tuple[Line, frozenset[int] | None, bool, str]] = []

    def add(line: Line, expect: set[int] | None, usable: bool, kind: str) -> None:
        lines.append((line, frozenset(expect) if expect else None, usable, kind))

    pool = list(receivables)

    def take(party_iban: str | None = None):  # type: ignore[no-untyped-def]
        pick = next(i for i in pool if party_iban is None or i.party_iban == party_iban)
        pool.remove(pick)
        return pick

    for kind in (
        ["exact"] * 10
        + ["sloppy"] * 14
        + ["e2e"] * 5
        + ["partial"] * 6
        + ["combined"] * 4
        + ["no_ref"] * 6
    ):
        if kind == "combined":  # a customer with two open invoices
            twice = next(i for i in pool if sum(j.party_iban == i.party_iban for j in pool) > 1)
            a = take(twice.party_iban)
        else:
            a = take()
        common = {"booked": DAY, "name": a.party_name, "iban": a.party_iban}
        if kind == "exact":
            add(Line(a.open_amount, reference=f"{a.number}", **common), {a.case_id}, True, kind)
        elif kind == "sloppy":
            add(
                Line(a.open_amount, reference=_sloppy(a.number, rng), **common),
                {a.case_id},
                True,
                kind,
            )
        elif kind == "e2e":
            add(Line(a.open_amount, end_to_end_id=a.number, **common), {a.case_id}, True, kind)
        elif kind == "partial":
            part = (a.open_amount * D("0.4")).quantize(D("0.01"))
            add(Line(part, reference=f"Teilzahlung {a.number}", **common), {a.case_id}, True, kind)
        elif kind == "combined":
            b = take(a.party_iban)  # one customer pays two of their invoices
            text = f"{a.number}, {_sloppy(b.number, rng)}"
            add(
                Line(a.open_amount + b.open_amount, reference=text, **common),
                {a.case_id, b.case_id},
                True,
                kind,
            )
        else:
            add(
                Line(a.open_amount, reference="Danke fuer die Lieferung", **common),
                None,
                False,
                kind,
            )
    for p in payables[:8]:
        add(
            Line(-p.open_amount, DAY, p.party_name, p.party_iban, f"Rechnung {p.number}"),
            {p.case_id},
            True,
            "supplier",
        )
    add(Line(D("-12.50"), DAY, "", "", "Kontofuehrungsentgelt 11/2026"), None, False, "fee")
    add(Line(D("0.37"), DAY, "", "", "Habenzinsen"), None, False, "interest")
    add(
        Line(D("999.99"), DAY, "Versicherung AG", "DE89370400440532013000", "Erstattung 4711"),
        None,
        False,
        "unrelated",
    )
    for number, gross, _status in closed[:8]:
        add(Line(gross, DAY, "Somebody", "", f"Rechnung {number}"), None, False, "closed")
    return lines


def test_generated_statement_books_the_sure_lines_right_and_none_wrong(db, users) -> None:  # type: ignore[no-untyped-def]
    generate(db, 400, seed=3)
    rng = random.Random(20)
    lines = _statement(db, rng)
    data = camt053([ln for ln, *_ in lines], statement_id="GEN-1")
    clerk = users["clara"].actor()
    result = import_file(db, clerk, Path("generated.xml"), data)
    assert not result.error
    assert len(result.lines) == len(lines)
    with db.read() as s:
        booked = {}
        for line_id, cid in s.execute(
            select(StatementLine.id, PaymentAllocation.case_id).join(
                PaymentAllocation, PaymentAllocation.payment_id == StatementLine.payment_id
            )
        ):
            booked.setdefault(line_id, set()).add(cid)
    wrong, right, usable = [], 0, 0
    for (line, expect, is_usable, kind), got in zip(lines, result.lines, strict=True):
        cases = booked.get(got.line_id)
        if cases is not None and (expect is None or cases != expect):
            wrong.append((kind, line.reference, cases, expect))
        if is_usable:
            usable += 1
            right += cases == expect
        if kind in ("fee", "interest", "unrelated", "closed", "no_ref"):
            assert got.state != "booked", (kind, line)
    assert wrong == []
    assert usable >= 45
    print(f"matching: {right} of {usable} lines with a usable reference booked right, 0 wrong")
    assert right / usable >= 0.95, (right, usable)
    # the lines without reference wait as proposals for the right invoice
    proposed = [g for (ln, e, u, k), g in zip(lines, result.lines, strict=True) if k == "no_ref"]
    assert all(g.state == "proposed" for g in proposed)

    again = import_file(db, clerk, Path("again.xml"), data)
    assert {g.state for g in again.lines} == {"duplicate"}
    with db.read() as s:
        assert s.scalar(select(StatementLine.id).order_by(StatementLine.id.desc()).limit(1)) == max(
            g.line_id for g in result.lines
        )


def test_undo_of_a_booked_line_restores_the_open_amount(db, users) -> None:  # type: ignore[no-untyped-def]
    generate(db, 120, seed=5)
    with db.read() as s:
        item = next(i for i in open_items(s) if i.side == RECEIVABLE)
    data = camt053(
        [
            Line(
                item.open_amount - D("10.00"),
                DAY,
                item.party_name,
                item.party_iban,
                f"RE {item.number}",
            )
        ]
    )
    clerk = users["clara"].actor()
    result = import_file(db, clerk, Path("one.xml"), data)
    assert [g.state for g in result.lines] == ["booked"]
    with db.read() as s:
        case = s.get(Case, item.case_id)
        assert case.payment_status == "partial" and case.gross - case.paid_amount == D("10.00")
        payment_id = s.scalar(select(StatementLine.payment_id))
    undo_payment(db, clerk, payment_id, "wrong customer")
    with db.read() as s:
        case = s.get(Case, item.case_id)
        assert case.payment_status == "unpaid" and case.gross - case.paid_amount == item.open_amount


def test_reconciliation_accept_split_ignore_and_refuse_closed_cases(db, users) -> None:  # type: ignore[no-untyped-def]
    generate(db, 200, seed=9)
    with db.read() as s:
        items = [i for i in open_items(s) if i.side == RECEIVABLE]
    a, b, c = items[0], items[1], items[2]
    lines = [
        Line(a.open_amount, DAY, a.party_name, a.party_iban, "Danke"),
        Line(b.open_amount + c.open_amount, DAY, "Sammelzahler", "", "zwei Rechnungen"),
        Line(D("-9.90"), DAY, "", "", "Entgelt"),
    ]
    clerk = users["clara"].actor()
    result = import_file(db, clerk, Path("r.xml"), camt053(lines, statement_id="R-1"))
    first, combined, fee = result.lines
    assert first.state == "proposed"
    proposal = candidates(db, first.line_id)
    assert proposal[0].case_id == a.case_id and proposal[0].reason
    book_statement_line(db, clerk, first.line_id, [(a.case_id, proposal[0].amount)])
    with db.read() as s:
        assert s.get(Case, a.case_id).payment_status == "paid"
    with pytest.raises(ValidationError, match="booked already"):
        book_statement_line(db, clerk, first.line_id, [(a.case_id, D("1.00"))])
    # a paid case cannot be chosen again
    with pytest.raises(ValidationError, match="cannot take a payment"):
        book_statement_line(db, clerk, combined.line_id, [(a.case_id, D("1.00"))])
    found = candidates(db, combined.line_id, search=b.number)
    assert b.case_id in [f.case_id for f in found]
    book_statement_line(
        db, clerk, combined.line_id, [(b.case_id, b.open_amount), (c.case_id, c.open_amount)]
    )
    with db.read() as s:
        assert {s.get(Case, b.case_id).payment_status, s.get(Case, c.case_id).payment_status} == {
            "paid"
        }
    ignore_line(db, clerk, fee.line_id)
    assert [ln.line_id for ln in list_lines(db)] == []
    assert {ln.state for ln in list_lines(db, waiting_only=False)} == {"booked", "ignored"}
