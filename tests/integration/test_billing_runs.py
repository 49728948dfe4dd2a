"""Billing runs: rules select the right orders, each billing action, pre-flight checks,
excluded rows, no double invoicing across runs, cancel and resume.

Also home of the order helpers the other billing/order test modules import.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import facturx
from sqlalchemy import func, select

from invoicedesk.domain.workflow import Actor
from invoicedesk.services.billing.process import process_run
from invoicedesk.services.billing.rules import BillingRules
from invoicedesk.services.billing.runs import (
    RowSpec,
    create_run,
    fetch,
    run_rows,
    run_summary,
    unfinished_runs,
)
from invoicedesk.services.demo.orders import ensure_setup
from invoicedesk.services.orders.orders import OrderInput, OrderLineInput, create_order
from invoicedesk.store.models.cases import Case, StatusHistory
from invoicedesk.store.models.config import NumberCounter
from invoicedesk.store.models.documents import Attachment, Blob
from invoicedesk.store.models.orders import OrderInvoice
from invoicedesk.store.models.outbox import OutboxMessage
from invoicedesk.store.models.parties import Party

D = Decimal
TODAY = date(2026, 12, 3)
LAST_MONTH = date(2026, 11, 14)


def add_customer(db: Any, name: str, **extra: Any) -> int:
    """A German customer with address and e-mail (override anything with ``extra``)."""
    values = {
        "kind": "customer",
        "name": name,
        "street": "Hafenstraße 3",
        "postal_code": "47119",
        "city": "Duisburg",
        "country": "DE",
        "email": f"rechnung@{name.split()[0].lower()}.example.com",
        "customer_group": "Werkstatt",
        "preferred_delivery": "email",
        "language": "de",
    }
    values.update(extra)
    with db.write() as s:
        party = Party(**values)
        s.add(party)
        s.flush()
        return party.id


def add_order(
    db: Any,
    party_id: int,
    *,
    closed: date | None = LAST_MONTH,
    stage: str = "won",
    approved: bool = True,
    lines: int = 2,
    price: str = "120.00",
    **extra: Any,
) -> int:
    """An order with ``lines`` catalogue lines."""
    items = [
        OrderLineInput(D(pos), f"A-{1000 + pos}", f"Ersatzteil {pos}", D(price), D(19))
        for pos in range(1, lines + 1)
    ]
    data = OrderInput(
        party_id=party_id,
        lines=items,
        order_date=(closed or LAST_MONTH) - timedelta(days=3),
        stage=stage,
        closed_on=closed,
        approved=approved,
        **extra,
    )
    return create_order(db, None, data).id


def setup(db: Any) -> None:
    """Company, number series, articles, default scenarios (no demo customers)."""
    ensure_setup(db, customers=False)


def process(db: Any, rows: list[RowSpec], **kw: Any) -> int:
    """Create and process a run of these rows; returns the run id."""
    run_id = create_run(db, Actor.system(), BillingRules(), rows, date_rule="today", today=TODAY)
    process_run(db, Actor.system(), run_id, **kw)
    return run_id


def test_rules_select_the_right_orders(db: Any) -> None:
    setup(db)
    werk = add_customer(db, "Autohaus Brandt GmbH")
    flotte = add_customer(db, "Spedition Vogt GmbH", customer_group="Flotte")
    a = add_order(db, werk)
    b = add_order(db, werk, approved=False)
    c = add_order(db, werk, closed=date(2026, 10, 2))
    add_order(db, werk, stage="open", closed=None)
    e = add_order(db, werk, stage="canceled")
    f = add_order(db, flotte)
    g = add_order(db, werk)
    process(db, [RowSpec(g, "create_only")])

    def ids(**rules: Any) -> set[int]:
        return {r.order_id for r in fetch(db, BillingRules(**rules), today=TODAY)}

    assert ids(period="last_month") == {a, f}
    assert ids(period="last_month", customer_group="Werkstatt") == {a}
    assert ids(period="last_month", approved_only=False) == {a, b, f}
    assert ids(period="any") == {a, c, f}
    assert ids(period="custom", closed_from=date(2026, 10, 1), closed_to=date(2026, 10, 31)) == {c}
    assert ids(stages=("won", "canceled"), period="any") == {a, c, e, f}
    # the default action comes from the customer's preference, kept on the order
    post = add_customer(db, "Praxis Dr. Hübner", preferred_delivery="print")
    h = add_order(db, post)
    fetched = {r.order_id: r.action for r in fetch(db, BillingRules(), "customer", today=TODAY)}
    assert fetched[h] == "print" and fetched[a] == "email"
    assert {r.action for r in fetch(db, BillingRules(), "create_only", today=TODAY)} == {
        "create_only"
    }


def test_each_billing_action(db: Any) -> None:
    setup(db)
    cust = add_customer(db, "Autohaus Brandt GmbH")
    orders = {action: add_order(db, cust, lines=3) for action in ("email", "print", "create_only")}
    run_id = process(db, [RowSpec(o, a) for a, o in orders.items()])
    rows = {r.action: r for r in run_rows(db, run_id)}
    assert {r.status for r in rows.values()} == {"processed"}
    assert {a: r.channel for a, r in rows.items()} == {a: a for a in orders}
    numbers = sorted(r.invoice_number or "" for r in rows.values())
    assert numbers == ["RE-2026-00001", "RE-2026-00002", "RE-2026-00003"]
    with db.read() as s:
        for action, row in rows.items():
            case = s.get(Case, row.case_id)
            assert case is not None and case.status == "issued" and case.issue_date == TODAY
            assert "Order AU-" in case.notes
            link = s.scalar(
                select(OrderInvoice.case_id).where(OrderInvoice.order_id == row.order_id)
            )
            assert link == case.id
            pdf = s.scalar(
                select(Blob.content)
                .join(Attachment, Attachment.blob_sha256 == Blob.sha256)
                .where(Attachment.case_id == case.id, Attachment.kind == "invoice_pdf")
            )
            _name, xml = facturx.get_xml_from_pdf(pdf, check_xsd=False)
            assert case.number is not None and case.number.encode() in xml
            mails = s.scalar(select(func.count()).where(OutboxMessage.case_id == case.id))
            assert mails == (1 if action == "email" else 0)
            actions = set(
                s.scalars(select(StatusHistory.action).where(StatusHistory.case_id == case.id))
            )
            expected = {"create_draft", "send" if action == "email" else "create_only"}
            if action == "print":
                expected.add("print")
            assert actions == expected
    summary = run_summary(db, run_id)
    assert summary.status == "finished" and summary.processed == 3
    assert summary.total == sum((r.amount for r in rows.values()), D(0))


def test_preflight_flags_rows_before_anything_is_created(db: Any) -> None:
    setup(db)
    no_mail = add_customer(db, "Hotel Zur Post", email=None)
    foreign = add_customer(db, "Jansen B.V.", country="NL", vat_id=None)
    fine = add_customer(db, "Autohaus Brandt GmbH")
    o1 = add_order(db, no_mail)
    o2 = add_order(db, foreign, reverse_charge=True)
    o3 = add_order(db, fine, price="0.00")
    o4 = add_order(db, fine)
    problems = {r.order_id: r.problem for r in fetch(db, BillingRules(), "email", today=TODAY)}
    assert "no e-mail address" in (problems[o1] or "")
    assert "VAT ID" in (problems[o2] or "")
    assert "zero" in (problems[o3] or "")
    assert problems[o4] is None
    # Print needs no e-mail address
    assert (
        next(r for r in fetch(db, BillingRules(), "print", today=TODAY) if r.order_id == o1).problem
        is None
    )
    run_id = process(db, [RowSpec(o, "email") for o in (o1, o2, o3, o4)])
    rows = {r.order_id: r for r in run_rows(db, run_id)}
    assert [rows[o].status for o in (o1, o2, o3, o4)] == ["failed"] * 3 + ["processed"]
    assert all(rows[o].case_id is None and rows[o].error for o in (o1, o2, o3))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 1
        assert s.scalar(select(NumberCounter.last_value)) == 1  # no number drawn for failures


def test_excluded_rows_and_a_second_run_never_invoice_twice(db: Any) -> None:
    setup(db)
    cust = add_customer(db, "Autohaus Brandt GmbH")
    a, b, c = (add_order(db, cust) for _ in range(3))
    first = create_run(
        db,
        Actor.system(),
        BillingRules(),
        [RowSpec(a, "create_only"), RowSpec(b, "create_only", excluded=True)],
    )
    second = create_run(
        db, Actor.system(), BillingRules(), [RowSpec(a, "create_only"), RowSpec(c, "print")]
    )
    process_run(db, Actor.system(), first)
    process_run(db, Actor.system(), second)
    one = {r.order_id: r.status for r in run_rows(db, first)}
    two = {r.order_id: r for r in run_rows(db, second)}
    assert one == {a: "processed", b: "excluded"}
    assert two[a].status == "skipped" and "Already invoiced as RE-" in (two[a].error or "")
    assert two[c].status == "processed"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(OrderInvoice)) == 2
    assert run_summary(db, second).skipped == 1


class _CancelAfter:
    """Cancels once ``n`` progress reports arrived (like the clerk pressing Cancel)."""

    def __init__(self, n: int) -> None:
        self.n, self.seen = n, 0

    @property
    def cancelled(self) -> bool:
        return self.seen >= self.n

    def progress(self, done: int, total: int, text: str) -> None:
        self.seen += 1


def test_cancel_then_resume(db: Any) -> None:
    setup(db)
    cust = add_customer(db, "Autohaus Brandt GmbH")
    orders = [add_order(db, cust, lines=1) for _ in range(9)]
    run_id = create_run(
        db, Actor.system(), BillingRules(), [RowSpec(o, "create_only") for o in orders]
    )
    token = _CancelAfter(1)
    summary = process_run(
        db, Actor.system(), run_id, cancel=token, progress=token.progress, chunk_size=2
    )
    assert summary.status == "interrupted" and 0 < summary.processed < 9
    assert [sm.run_id for sm in unfinished_runs(db)] == [run_id]
    summary = process_run(db, Actor.system(), run_id)
    assert summary.status == "finished" and summary.processed == 9
    with db.read() as s:
        numbers = sorted(s.scalars(select(Case.number)))
    assert numbers == [f"RE-2026-{i:05d}" for i in range(1, 10)]
