"""Billing rules: which sales orders a billing run fetches, the invoice date, pre-flight checks.

Rules are plain data (stored as JSON in scenarios and runs) and turn into one SQL query.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.money import ZERO
from invoicedesk.store.models.orders import OrderInvoice, SalesOrder
from invoicedesk.store.models.parties import Party

#: close-date periods relative to the day of the run
PERIODS = {
    "last_month": "Closed last month",
    "this_month": "Closed this month",
    "any": "Any close date",
    "custom": "Closed between …",
}
#: how the invoice date is chosen
DATE_RULES = {
    "today": "Day of the run",
    "end_of_last_month": "Last day of the previous month",
    "close_date": "Close date of each order",
}
#: billing actions; "customer" takes each order's delivery (inherited from its customer)
ACTIONS = {"customer": "As the customer prefers", "email": "Email", "print": "Print",
           "create_only": "Create only"}  # fmt: skip
ROW_ACTIONS = ("email", "print", "create_only")


@dataclass(frozen=True)
class BillingRules:
    """The filter of a billing scenario."""

    stages: tuple[str, ...] = ("won",)
    period: str = "last_month"
    closed_from: date | None = None
    closed_to: date | None = None
    customer_group: str | None = None
    approved_only: bool = True

    def __post_init__(self) -> None:
        if self.period not in PERIODS:
            raise ValidationError("{period!r} is not a close-date period.", period=self.period)
        if not self.stages:
            raise ValidationError("Choose at least one order stage.")
        if self.period == "custom" and not (self.closed_from and self.closed_to):
            raise ValidationError("A custom close-date range needs a first and a last day.")
        if self.closed_from and self.closed_to and self.closed_from > self.closed_to:
            raise ValidationError("The close-date range ends before it starts.")

    def date_range(self, today: date) -> tuple[date | None, date | None]:
        """The close dates this rule matches, seen from ``today``."""
        first_this = today.replace(day=1)
        if self.period == "last_month":
            last_prev = first_this - timedelta(days=1)
            return last_prev.replace(day=1), last_prev
        if self.period == "this_month":
            return first_this, today
        if self.period == "custom":
            return self.closed_from, self.closed_to
        return None, None

    def to_json(self) -> dict[str, Any]:
        """JSON form (dates as ISO strings)."""
        data = asdict(self)
        data["stages"] = list(self.stages)
        for key in ("closed_from", "closed_to"):
            data[key] = data[key].isoformat() if data[key] else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BillingRules:
        """Read the JSON form back (unknown keys are ignored)."""

        def day(value: Any) -> date | None:
            return date.fromisoformat(value) if value else None

        return cls(
            stages=tuple(data.get("stages") or ("won",)),
            period=data.get("period") or "any",
            closed_from=day(data.get("closed_from")),
            closed_to=day(data.get("closed_to")),
            customer_group=data.get("customer_group") or None,
            approved_only=bool(data.get("approved_only", True)),
        )

    def describe(self, today: date) -> str:
        """One line for the clerk: "Won orders closed 01.11.2026–30.11.2026, approved"."""
        stages = " or ".join(s.replace("won", "won/closed") for s in self.stages)
        first, last = self.date_range(today)
        text = f"{stages.capitalize()} orders"
        if first and last:
            text += f" closed {first:%d.%m.%Y}–{last:%d.%m.%Y}"
        if self.customer_group:
            text += f", customer group {self.customer_group}"
        if self.approved_only:
            text += ", approved for invoicing"
        return text


def order_query(rules: BillingRules, today: date) -> Select[SalesOrder, Party]:
    """Orders that match the rules and have no invoice yet, oldest close date first."""
    first, last = rules.date_range(today)
    query = (
        select(SalesOrder, Party)
        .join(Party, Party.id == SalesOrder.party_id)
        .outerjoin(OrderInvoice, OrderInvoice.order_id == SalesOrder.id)
        .where(OrderInvoice.order_id.is_(None), SalesOrder.stage.in_(rules.stages))
        .order_by(SalesOrder.closed_on, SalesOrder.id)
    )
    if first:
        query = query.where(SalesOrder.closed_on >= first)
    if last:
        query = query.where(SalesOrder.closed_on <= last)
    if rules.customer_group:
        query = query.where(Party.customer_group == rules.customer_group)
    if rules.approved_only:
        query = query.where(SalesOrder.approved.is_(True))
    return query


def customer_groups(session: Session) -> list[str]:
    """The customer groups in use, for the rules form."""
    rows = session.scalars(
        select(Party.customer_group).where(Party.customer_group.is_not(None)).distinct()
    )
    return sorted(g for g in rows if g)


def invoice_date(date_rule: str, today: date, closed_on: date | None) -> date:
    """The invoice date of one order under a date rule."""
    if date_rule == "end_of_last_month":
        return today.replace(day=1) - timedelta(days=1)
    if date_rule == "close_date" and closed_on is not None:
        return closed_on
    if date_rule not in DATE_RULES:
        raise ValidationError("{date_rule!r} is not an invoice date rule.", date_rule=date_rule)
    return today


def row_action(default_action: str, order: SalesOrder) -> str:
    """The billing action of a fetched row: the scenario's, or the order's delivery."""
    if default_action in ROW_ACTIONS:
        return default_action
    return order.delivery if order.delivery in ROW_ACTIONS else "email"


def preflight(order: SalesOrder, party: Party, action: str) -> str | None:
    """Why this order would fail with this action, or ``None`` when it looks fine."""
    if action not in ROW_ACTIONS:
        return msg("Unknown billing action {action!r}.", action=action)
    if not order.lines:
        return msg("The order has no lines.")
    if order.gross == ZERO:
        return msg("The amount is zero; there is nothing to invoice.")
    if action == "email" and not (party.email or "").strip():
        return msg("{name} has no e-mail address; choose Print or Create only.", name=party.name)
    if order.reverse_charge and not (party.vat_id or "").strip():
        return msg("Reverse charge needs the VAT ID of {name}.", name=party.name)
    if not all((v or "").strip() for v in (party.street, party.postal_code, party.city)):
        return msg(
            "The address of {name} is incomplete (street, postal code and city).", name=party.name
        )
    if order.stage == "canceled":
        return msg("The order is canceled.")
    return None
