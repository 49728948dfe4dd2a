"""Service contracts: create, change, list (a customer, lines, start/end, interval, billing).

A contract bills its lines once per period (:mod:`invoicedesk.domain.intervals`); *Take over
as invoices* is :mod:`invoicedesk.services.contracts.takeover`, merging the pending invoices
into collective invoices :mod:`invoicedesk.services.contracts.collective`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from invoicedesk.domain.characters import check_printable
from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.domain.intervals import (
    Billing,
    check_interval,
    next_billing_date,
)
from invoicedesk.domain.messages import msg
from invoicedesk.domain.parties import normalize_email
from invoicedesk.domain.precision import check_line_figures
from invoicedesk.domain.tax import SupplyKind
from invoicedesk.domain.totals import LineInput, VatCategory, compute_totals
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.numbering import next_number
from invoicedesk.services.outgoing.tax_treatment import (
    category_of,
    decide_line,
    effective_rate,
    supply_kind,
)
from invoicedesk.services.permissions import require_clerk
from invoicedesk.services.settings.company import seller_for_tax
from invoicedesk.store.database import Database
from invoicedesk.store.models.collective import ContractInvoice
from invoicedesk.store.models.config import NumberSeries
from invoicedesk.store.models.contracts import ContractLine, ServiceContract
from invoicedesk.store.models.parties import Party
from invoicedesk.store.types import utcnow

CONTRACT_SERIES = "contract"
CHUNK = 500
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ContractLineInput:
    """One article of a contract as the editor enters it."""

    description: str
    quantity: Decimal
    unit_price: Decimal
    #: the domestic rate; the category is decided from the customer's data when saved
    vat_rate: Decimal = Decimal("19")
    vat_category: str = VatCategory.STANDARD.value
    unit: str = "C62"
    article_no: str | None = None
    kind: str = SupplyKind.SERVICE.value


@dataclass(frozen=True)
class ContractInput:
    """Everything the contract editor edits."""

    party_id: int
    title: str
    start_date: date
    interval_months: int
    lines: Sequence[ContractLineInput]
    billing: str = Billing.ADVANCE.value
    end_date: date | None = None
    recipient_email: str | None = None
    currency: str = "EUR"
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class ContractView:
    """A stored contract: its id, number, version, customer name, totals per period and data."""

    id: int
    number: str
    version: int
    party_name: str
    next_due: date | None
    net_per_period: Decimal
    data: ContractInput


@dataclass(frozen=True)
class ContractRow:
    """One line of the contracts list."""

    id: int
    number: str
    party_id: int
    party_name: str
    title: str
    interval_months: int
    billing: str
    start_date: date
    end_date: date | None
    next_due: date | None
    active: bool
    net_per_period: Decimal


# --- contracts -------------------------------------------------------------------------------


def _check(session: Session, data: ContractInput) -> Party:
    party = session.get(Party, data.party_id)
    if party is None:
        raise NotFound("There is no customer with the id {party_id}.", party_id=data.party_id)
    if party.kind not in ("customer", "both"):
        raise ValidationError("{party_name} is not a customer.", party_name=party.name)
    if not data.title.strip():
        raise ValidationError("The contract needs a title (what is serviced).")
    check_interval(data.interval_months)  # raises a ValidationError
    if data.billing not in (Billing.ADVANCE.value, Billing.ARREARS.value):
        raise ValidationError("Billing must be in advance or in arrears.")
    if data.end_date is not None and data.end_date < data.start_date:
        raise ValidationError("The contract ends before it starts.")
    if not data.lines:
        raise ValidationError("The contract needs at least one line.")
    for i, line in enumerate(data.lines, start=1):
        if not line.description.strip():
            raise ValidationError("Line {i} has no description.", i=i)
        if line.quantity <= 0:
            raise ValidationError("Line {i} needs a quantity above zero.", i=i)
        if line.unit_price < 0:
            raise ValidationError("Line {i} has a negative price.", i=i)
        check_line_figures(line.quantity, line.unit_price, vat_rate=line.vat_rate, line=i)
        check_printable(line.description, line=i)
        supply_kind(line.kind)
        if line.vat_category:
            category_of(line.vat_category, i)
    if len(data.currency) != 3 or not data.currency.isalpha():
        raise ValidationError("{currency!r} is not a currency code.", currency=data.currency)
    return party


def _ensure_series(session: Session) -> None:
    if session.scalar(select(NumberSeries.id).where(NumberSeries.code == CONTRACT_SERIES)) is None:
        session.add(
            NumberSeries(
                code=CONTRACT_SERIES,
                name="Service contracts",
                pattern="SV-{seq:05}",
                reset_yearly=False,
            )
        )
        session.flush()


def _write(session: Session, contract: ServiceContract, data: ContractInput) -> None:
    contract.party_id = data.party_id
    contract.title = data.title.strip()
    contract.start_date = data.start_date
    contract.end_date = data.end_date
    contract.interval_months = data.interval_months
    contract.billing = Billing(data.billing).value
    contract.currency = data.currency.upper()
    contract.recipient_email = (
        normalize_email(data.recipient_email) if data.recipient_email else None
    )
    contract.notes = data.notes
    contract.active = data.active
    contract.updated_at = utcnow()
    party = session.get(Party, data.party_id)
    assert party is not None  # checked by _check
    seller = seller_for_tax(session)
    # the category is decided from the customer's data (a collective invoice decides again
    # when it is merged, and the clerk may override it there); the rate kept is the domestic
    contract.lines = [
        ContractLine(
            position=pos,
            article_no=ln.article_no or None,
            description=ln.description.strip(),
            quantity=ln.quantity,
            unit=ln.unit,
            unit_price=ln.unit_price,
            vat_rate=ln.vat_rate,
            vat_category=decide_line(seller, party, ln.kind, ln.vat_rate).category.value,
            kind=ln.kind,
        )
        for pos, ln in enumerate(data.lines, start=1)
    ]
    contract.next_due = _next_due(session, contract)


def _next_due(session: Session, contract: ServiceContract) -> date | None:
    last = None
    if contract.id is not None:
        last = session.scalar(
            select(func.max(ContractInvoice.period_index)).where(
                ContractInvoice.contract_id == contract.id
            )
        )
    if not contract.active:
        return None
    return next_billing_date(
        contract.start_date,
        contract.interval_months,
        Billing(contract.billing),
        -1 if last is None else int(last),
        contract.end_date,
    )


def create_contract(db: Database, actor: Actor, data: ContractInput) -> ContractView:
    """Create a contract with the next number ``SV-00001`` … in one transaction."""
    with db.write() as s:
        require_clerk(s, actor, msg("Creating a contract"))
        _check(s, data)
        _ensure_series(s)
        contract = ServiceContract(
            number=next_number(s, CONTRACT_SERIES, data.start_date),
            created_by_id=actor.user_id,
        )
        s.add(contract)
        _write(s, contract, data)
        s.flush()
        return _view(s, contract)


def update_contract(
    db: Database,
    actor: Actor,
    contract_id: int,
    data: ContractInput,
    *,
    expected_version: int | None = None,
) -> ContractView:
    """Change a contract; invoices taken over already keep the lines they were made with."""
    with db.write() as s:
        require_clerk(s, actor, msg("Changing a contract"))
        contract = s.scalar(
            select(ServiceContract).where(ServiceContract.id == contract_id).with_for_update()
        )
        if contract is None:
            raise NotFound(
                "There is no contract with the id {contract_id}.", contract_id=contract_id
            )
        if expected_version is not None and contract.version != expected_version:
            raise ValidationError(
                "Contract {contract_number} was changed by someone else meanwhile; "
                "reopen it to see the current state. Nothing was saved.",
                contract_number=contract.number,
            )
        _check(s, data)
        _write(s, contract, data)
        s.flush()
        return _view(s, contract)


def _period_net(lines: Sequence[ContractLine] | Sequence[ContractLineInput]) -> Decimal:
    return compute_totals(line_inputs(lines)).net if lines else Decimal("0.00")


def line_inputs(lines: Sequence[Any]) -> list[LineInput]:
    """Contract lines for the totals: the domestic rate, 0 % under a zero-rate category."""
    inputs = []
    for ln in lines:
        category = ln.vat_category or VatCategory.STANDARD.value
        inputs.append(
            LineInput(
                quantity=Decimal(str(ln.quantity)),
                unit_price=Decimal(str(ln.unit_price)),
                vat_rate=effective_rate(category, Decimal(str(ln.vat_rate))),
                vat_category=VatCategory(category),
            )
        )
    return inputs


def _view(session: Session, contract: ServiceContract) -> ContractView:
    party = session.get(Party, contract.party_id)
    data = ContractInput(
        party_id=contract.party_id,
        title=contract.title,
        start_date=contract.start_date,
        interval_months=contract.interval_months,
        billing=contract.billing,
        end_date=contract.end_date,
        recipient_email=contract.recipient_email,
        currency=contract.currency,
        notes=contract.notes,
        active=contract.active,
        lines=tuple(
            ContractLineInput(
                description=ln.description,
                quantity=ln.quantity,
                unit_price=ln.unit_price,
                vat_rate=ln.vat_rate,
                vat_category=ln.vat_category,
                unit=ln.unit,
                article_no=ln.article_no,
                kind=ln.kind,
            )
            for ln in contract.lines
        ),
    )
    return ContractView(
        id=contract.id,
        number=contract.number,
        version=contract.version,
        party_name=party.name if party else "",
        next_due=contract.next_due,
        net_per_period=_period_net(contract.lines),
        data=data,
    )


def get_contract(db: Database, contract_id: int) -> ContractView:
    """One contract for the editor."""
    with db.read() as s:
        contract = s.get(ServiceContract, contract_id)
        if contract is None:
            raise NotFound(
                "There is no contract with the id {contract_id}.", contract_id=contract_id
            )
        return _view(s, contract)


def list_contracts(
    db: Database, *, party_id: int | None = None, active_only: bool = False
) -> list[ContractRow]:
    """Contracts by customer name and number (for the contracts list)."""
    with db.read() as s:
        query = (
            select(ServiceContract, Party.name)
            .join(Party, Party.id == ServiceContract.party_id)
            .order_by(Party.name, ServiceContract.number)
        )
        if party_id is not None:
            query = query.where(ServiceContract.party_id == party_id)
        if active_only:
            query = query.where(ServiceContract.active.is_(True))
        return [
            ContractRow(
                id=c.id,
                number=c.number,
                party_id=c.party_id,
                party_name=name,
                title=c.title,
                interval_months=c.interval_months,
                billing=c.billing,
                start_date=c.start_date,
                end_date=c.end_date,
                next_due=c.next_due,
                active=c.active,
                net_per_period=_period_net(c.lines),
            )
            for c, name in s.execute(query)
        ]
