"""Saved billing scenarios: named rules with a default action and an invoice date rule."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.services.billing.rules import ACTIONS, DATE_RULES, BillingRules
from invoicedesk.store.database import Database
from invoicedesk.store.models.billing import BillingScenario
from invoicedesk.store.types import utcnow


@dataclass(frozen=True)
class Scenario:
    """A scenario as the wizard shows and edits it (``id`` is ``None`` for a new one)."""

    name: str
    rules: BillingRules
    default_action: str = "customer"
    date_rule: str = "today"
    description: str = ""
    id: int | None = None


DEFAULTS = (
    Scenario(
        "Closed orders last month",
        BillingRules(stages=("won",), period="last_month", approved_only=True),
        "customer",
        "end_of_last_month",
        "Won orders closed in the previous month and approved for invoicing.",
    ),
    Scenario(
        "All approved won orders",
        BillingRules(stages=("won",), period="any", approved_only=True),
        "customer",
        "today",
        "Every won order approved for invoicing that has no invoice yet.",
    ),
)


def _to_scenario(row: BillingScenario) -> Scenario:
    return Scenario(
        row.name,
        BillingRules.from_json(row.rules),
        row.default_action,
        row.date_rule,
        row.description,
        row.id,
    )


def ensure_default_scenarios(session: Session) -> None:
    """Add the shipped scenarios when there are none at all."""
    if session.scalar(select(BillingScenario.id).limit(1)) is None:
        for sc in DEFAULTS:
            session.add(
                BillingScenario(
                    name=sc.name,
                    description=sc.description,
                    rules=sc.rules.to_json(),
                    default_action=sc.default_action,
                    date_rule=sc.date_rule,
                )
            )
        session.flush()


def list_scenarios(db: Database) -> list[Scenario]:
    """All scenarios by name (the shipped ones are created on first use)."""
    with db.write() as s:
        ensure_default_scenarios(s)
        return [_to_scenario(r) for r in s.scalars(select(BillingScenario).order_by("name"))]


def scenario_by_name(db: Database, name: str) -> Scenario:
    """One scenario by its name (case-insensitive)."""
    for sc in list_scenarios(db):
        if sc.name.casefold() == name.strip().casefold():
            return sc
    raise NotFound("There is no billing scenario called {name!r}.", name=name)


def save_scenario(db: Database, scenario: Scenario) -> Scenario:
    """Create or update a scenario (names are unique)."""
    name = scenario.name.strip()
    if not name:
        raise ValidationError("A billing scenario needs a name.")
    if scenario.default_action not in ACTIONS:
        raise ValidationError(
            "{scenario_default_action!r} is not a billing action.",
            scenario_default_action=scenario.default_action,
        )
    if scenario.date_rule not in DATE_RULES:
        raise ValidationError(
            "{scenario_date_rule!r} is not an invoice date rule.",
            scenario_date_rule=scenario.date_rule,
        )
    try:
        with db.write() as s:
            row = BillingScenario() if scenario.id is None else s.get(BillingScenario, scenario.id)
            if row is None:
                raise NotFound(
                    "The billing scenario {scenario_id} was deleted meanwhile.",
                    scenario_id=scenario.id,
                )
            row.name = name[:100]
            row.description = scenario.description
            row.rules = scenario.rules.to_json()
            row.default_action = scenario.default_action
            row.date_rule = scenario.date_rule
            row.updated_at = utcnow()
            s.add(row)
            s.flush()
            return _to_scenario(row)
    except IntegrityError as exc:
        raise ValidationError(
            "There is already a billing scenario called {name!r}.", name=name
        ) from exc


def delete_scenario(db: Database, scenario_id: int) -> None:
    """Delete a scenario; its past runs keep their rules and name."""
    with db.write() as s:
        row = s.get(BillingScenario, scenario_id)
        if row is not None:
            s.delete(row)
