"""Service contracts and *Take over as invoices*: numbering, checks, idempotent take-over.

Also home of the helpers the collective-invoice tests import (``contract``, ``setup``).
"""

from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from invoicedesk.domain.errors import ActionRefused, ValidationError
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.contracts.contracts import (
    ContractInput,
    ContractLineInput,
    create_contract,
    get_contract,
    list_contracts,
    update_contract,
)
from invoicedesk.services.contracts.takeover import plan_take_over, take_over
from invoicedesk.services.settings.users import add_user
from invoicedesk.store.database import Database
from invoicedesk.store.models.collective import ContractInvoice
from invoicedesk.store.models.parties import Party
from tests.integration.test_outgoing import setup_outgoing

D = Decimal
YEAR_2027 = (date(2027, 1, 1), date(2027, 12, 31))


def contract_lines() -> list[ContractLineInput]:
    """Two typical service lines: a maintenance flat rate and a rented part."""
    return [
        ContractLineInput("Wartung Klimaanlage", D("1"), D("45.00"), article_no="A-4001"),
        ContractLineInput("Miete Diagnosegerät", D("2"), D("12.50"), unit="MON"),
    ]


def contract(db: Any, actor: Actor, party_id: int, **kw: Any) -> int:
    """A stored contract (every 2 months from 1 Jan 2027 unless overridden); returns its id."""
    data = ContractInput(
        party_id=party_id,
        title=kw.pop("title", "Wartungsvertrag"),
        start_date=kw.pop("start_date", date(2027, 1, 1)),
        interval_months=kw.pop("interval_months", 2),
        lines=kw.pop("lines", contract_lines()),
        **kw,
    )
    return create_contract(db, actor, data).id


def setup(db: Any) -> dict[str, int]:
    """Company, number series and three customers (see ``setup_outgoing``)."""
    return setup_outgoing(db)


def pending_count(db: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(ContractInvoice)) or 0)


def test_create_number_and_view(db, users) -> None:  # type: ignore[no-untyped-def]
    parties = setup(db)
    clerk = users["clara"].actor()
    first = contract(db, clerk, parties["de"])
    second = contract(db, clerk, parties["nl"], interval_months=3, billing="arrears")
    view = get_contract(db, first)
    assert view.number == "SV-00001" and get_contract(db, second).number == "SV-00002"
    assert view.party_name == "Müller & Söhne GmbH"
    assert view.net_per_period == D("70.00")
    assert view.next_due == date(2027, 1, 1)
    assert get_contract(db, second).next_due == date(2027, 4, 1)  # arrears: after the period
    rows = list_contracts(db)
    assert [r.number for r in rows] == ["SV-00002", "SV-00001"]  # by customer name


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"interval_months": 5}, "not offered"),
        ({"end_date": date(2026, 12, 31)}, "ends before it starts"),
        ({"lines": []}, "at least one line"),
        ({"lines": [ContractLineInput(" ", D("1"), D("1"))]}, "no description"),
        ({"lines": [ContractLineInput("x", D("0"), D("1"))]}, "quantity above zero"),
        ({"billing": "sometimes"}, "advance or in arrears"),
        ({"title": " "}, "title"),
    ],
)
def test_bad_contracts_are_refused(db, users, change: dict[str, Any], message: str) -> None:  # type: ignore[no-untyped-def]
    parties = setup(db)
    with pytest.raises(ValidationError, match=message):
        contract(db, users["clara"].actor(), parties["de"], **change)
    assert list_contracts(db) == []


def test_supplier_and_role_are_checked(db, users) -> None:  # type: ignore[no-untyped-def]
    setup(db)
    with db.write() as s:
        supplier = Party(kind="supplier", name="Reifen Müller GmbH")
        s.add(supplier)
        s.flush()
        supplier_id = supplier.id
    with pytest.raises(ValidationError, match="not a customer"):
        contract(db, users["clara"].actor(), supplier_id)
    reviewer = add_user(db, "rev", full_name="Rev", initials="RV", roles=["reviewer"],
                        password="long enough", actor=users["ada"].actor())  # fmt: skip
    nobody = Actor(user_id=reviewer.id)  # what a caller claims does not count; the row does
    with pytest.raises(ActionRefused, match="clerk"):
        take_over(db, nobody, *YEAR_2027)


def test_take_over_twice_creates_nothing_twice(db, users) -> None:  # type: ignore[no-untyped-def]
    parties = setup(db)
    clerk = users["clara"].actor()
    cid = contract(db, clerk, parties["de"])
    plan = plan_take_over(db, *YEAR_2027)
    assert [p.period_start.month for p in plan] == [1, 3, 5, 7, 9, 11]  # 2 months: 6 a year
    assert not any(p.taken_over for p in plan)
    first = take_over(db, clerk, *YEAR_2027)
    assert (first.created, first.existing) == (6, 0)
    again = take_over(db, clerk, *YEAR_2027)
    assert (again.created, again.existing) == (0, 6)
    assert pending_count(db) == 6
    assert all(p.taken_over for p in plan_take_over(db, *YEAR_2027))
    assert get_contract(db, cid).next_due == date(2028, 1, 1)
    # an overlapping window only adds the periods not taken over yet
    overlap = take_over(db, clerk, date(2027, 6, 1), date(2028, 3, 31))
    assert (overlap.created, overlap.existing) == (2, 3)
    assert get_contract(db, cid).next_due == date(2028, 5, 1)
    with db.read() as s:
        row = s.scalar(select(ContractInvoice).order_by(ContractInvoice.period_start))
        assert row is not None
        assert (row.period_start, row.period_end) == (date(2027, 1, 1), date(2027, 2, 28))
        assert (row.net, row.gross, row.status) == (D("70.00"), D("83.30"), "pending")


def test_contract_changes_do_not_touch_taken_over_invoices(db, users) -> None:  # type: ignore[no-untyped-def]
    parties = setup(db)
    clerk = users["clara"].actor()
    cid = contract(db, clerk, parties["de"], end_date=date(2027, 6, 30))
    assert take_over(db, clerk, *YEAR_2027).created == 3
    view = get_contract(db, cid)
    cheaper = ContractLineInput("Wartung Klimaanlage", D("1"), D("40.00"))
    update_contract(
        db,
        clerk,
        cid,
        view.data.__class__(**{**view.data.__dict__, "lines": [cheaper]}),
        expected_version=view.version,
    )
    with db.read() as s:
        nets = set(s.scalars(select(ContractInvoice.net)))
    assert nets == {D("70.00")}
    with pytest.raises(ValidationError, match="changed by someone else"):
        update_contract(db, clerk, cid, view.data, expected_version=view.version)


def test_two_clerks_take_over_at_once(db_url: str, users) -> None:  # type: ignore[no-untyped-def]
    main = Database(db_url)
    parties = setup(main)
    clerk = users["clara"].actor()
    for party in parties.values():
        for months in (1, 3):
            contract(main, clerk, party, interval_months=months)
    errors: list[BaseException] = []
    results: list[int] = []

    def work() -> None:
        db = Database(db_url)
        try:
            results.append(take_over(db, clerk, *YEAR_2027).created)
        except BaseException as exc:
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    expected = 3 * (12 + 4)
    assert sum(results) == expected
    assert pending_count(main) == expected
    main.dispose()
