"""Billing runs: fetch the orders of a scenario, store the run, read its rows and summary.

Processing is in :mod:`invoicedesk.services.billing.process`. A run and its rows live in the
database, so a run that was cancelled or whose process died can be resumed from any
workstation; the unique order ↔ invoice link makes sure no order is invoiced twice.

A row sent by e-mail shows what became of its e-mail as the dispatcher works (*queued*, *sent*,
*waiting* for a usable mail server with the reason, *failed* with the server's answer), and the
summary counts them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.domain.messages import decode_text
from invoicedesk.domain.money import ZERO
from invoicedesk.domain.workflow import Actor
from invoicedesk.mail.outbox import MAIL_STATES, mail_reason
from invoicedesk.services.billing.rules import (
    DATE_RULES,
    ROW_ACTIONS,
    BillingRules,
    invoice_date,
    order_query,
    preflight,
    row_action,
)
from invoicedesk.store.database import Database
from invoicedesk.store.models.billing import BillingRun, BillingRunRow
from invoicedesk.store.models.orders import SalesOrder
from invoicedesk.store.models.outbox import OutboxMessage
from invoicedesk.store.models.parties import Party
from invoicedesk.store.types import utcnow

#: a running run whose heartbeat is older than this was interrupted (its process died)
LEASE = timedelta(seconds=60)
ROW_STATUS_LABELS = {
    "not_done": "Not done", "issued": "Rendering…", "processed": "Processed",
    "failed": "Failed", "skipped": "Skipped", "excluded": "Excluded",
}  # fmt: skip


@dataclass(frozen=True)
class FetchedRow:
    """A fetched order before processing, with the pre-flight verdict for its action."""

    order_id: int
    order_number: str
    customer: str
    customer_email: str | None
    closed_on: date | None
    amount: Decimal
    currency: str
    action: str
    problem: str | None


@dataclass(frozen=True)
class RowSpec:
    """What the clerk decided for one fetched row."""

    order_id: int
    action: str
    excluded: bool = False


@dataclass(frozen=True)
class RunRow:
    """One row of a stored run."""

    id: int
    order_id: int
    order_number: str
    customer: str
    amount: Decimal
    action: str
    status: str
    excluded: bool
    case_id: int | None
    invoice_number: str | None
    channel: str | None
    error: str | None
    #: what became of the row's e-mail (``mail.outbox.MAIL_STATES``), ``None`` without one
    mail: str | None = None
    #: why it waits (a hold reason code) or the server's answer when it failed
    mail_reason: str | None = None


@dataclass(frozen=True)
class RunSummary:
    """Counts per outcome and the total of the invoices made."""

    run_id: int
    status: str
    scenario: str
    invoice_date: date
    counts: dict[str, int]
    total: Decimal
    created_at: datetime
    finished_at: datetime | None
    #: e-mails of the run per ``mail.outbox.MAIL_STATES`` value (queued, waiting, sent ...)
    mails: dict[str, int] = field(default_factory=dict)

    @property
    def processed(self) -> int:
        """Rows that ended with an invoice."""
        return self.counts.get("processed", 0)

    @property
    def failed(self) -> int:
        """Rows that failed (reason in the row)."""
        return self.counts.get("failed", 0)

    @property
    def skipped(self) -> int:
        """Rows left out: excluded by the clerk or invoiced meanwhile."""
        return self.counts.get("skipped", 0) + self.counts.get("excluded", 0)

    @property
    def open(self) -> int:
        """Rows still to do (an interrupted run)."""
        return self.counts.get("not_done", 0) + self.counts.get("issued", 0)


def fetch(
    db: Database, rules: BillingRules, default_action: str = "customer", today: date | None = None
) -> list[FetchedRow]:
    """The orders the rules select (not invoiced yet), each with its action and pre-flight."""
    day = today or date.today()
    with db.read() as s:
        rows = []
        for order, party in s.execute(order_query(rules, day)):
            action = row_action(default_action, order)
            rows.append(
                FetchedRow(
                    order.id,
                    order.number,
                    party.name,
                    party.email,
                    order.closed_on,
                    order.gross,
                    order.currency,
                    action,
                    preflight(order, party, action),
                )
            )
        return rows


def check_rows(db: Database, specs: Sequence[RowSpec]) -> dict[int, str | None]:
    """Pre-flight verdicts for changed actions: order id -> problem (``None`` = fine)."""
    with db.read() as s:
        result: dict[int, str | None] = {}
        for spec in specs:
            pair = s.execute(
                select(SalesOrder, Party)
                .join(Party, Party.id == SalesOrder.party_id)
                .where(SalesOrder.id == spec.order_id)
            ).first()
            result[spec.order_id] = (
                preflight(pair[0], pair[1], spec.action) if pair else "The order was deleted."
            )
        return result


def create_run(
    db: Database,
    actor: Actor,
    rules: BillingRules,
    rows: Sequence[RowSpec],
    *,
    scenario_id: int | None = None,
    scenario_name: str = "",
    date_rule: str = "today",
    today: date | None = None,
) -> int:
    """Store a run with its rows (*Not done*, or *Excluded*); returns the run id."""
    if date_rule not in DATE_RULES:
        raise ValidationError("{date_rule!r} is not an invoice date rule.", date_rule=date_rule)
    if not rows:
        raise ValidationError("The run has no orders; fetch orders first.")
    day = today or date.today()
    with db.write() as s:
        run = BillingRun(
            scenario_id=scenario_id,
            scenario_name=scenario_name,
            rules={**rules.to_json(), "date_rule": date_rule, "today": day.isoformat()},
            invoice_date=invoice_date(date_rule, day, None),
            status="open",
            created_by_id=actor.user_id,
        )
        s.add(run)
        s.flush()
        amounts = dict(
            s.execute(
                select(SalesOrder.id, SalesOrder.gross).where(
                    SalesOrder.id.in_([r.order_id for r in rows])
                )
            ).all()
        )
        for pos, spec in enumerate(rows, start=1):
            if spec.action not in ROW_ACTIONS:
                raise ValidationError(
                    "{spec_action!r} is not a billing action.", spec_action=spec.action
                )
            if spec.order_id not in amounts:
                raise NotFound(
                    "There is no order with the id {spec_order_id}.", spec_order_id=spec.order_id
                )
            s.add(
                BillingRunRow(
                    run_id=run.id,
                    order_id=spec.order_id,
                    position=pos,
                    action=spec.action,
                    excluded=spec.excluded,
                    status="excluded" if spec.excluded else "not_done",
                    amount=amounts[spec.order_id],
                )
            )
        s.flush()
        return run.id


def run_rows(db: Database, run_id: int) -> list[RunRow]:
    """The rows of a run in their order."""
    with db.read() as s:
        query = (
            select(
                BillingRunRow,
                SalesOrder.number,
                Party.name,
                OutboxMessage.status,
                OutboxMessage.hold_reason,
                OutboxMessage.last_error,
            )
            .join(SalesOrder, SalesOrder.id == BillingRunRow.order_id)
            .join(Party, Party.id == SalesOrder.party_id)
            .outerjoin(OutboxMessage, OutboxMessage.id == BillingRunRow.outbox_id)
            .where(BillingRunRow.run_id == run_id)
            .order_by(BillingRunRow.position)
        )
        return [
            RunRow(
                r.id,
                r.order_id,
                number,
                name,
                r.amount,
                r.action,
                r.status,
                r.excluded,
                r.case_id,
                r.invoice_number,
                r.channel,
                decode_text(r.error),
                MAIL_STATES.get(mail_status) if mail_status else None,
                mail_reason(mail_status, hold, error),
            )
            for r, number, name, mail_status, hold, error in s.execute(query)
        ]


def run_summary(db: Database, run_id: int) -> RunSummary:
    """Counts per outcome, the total amount invoiced and the run's state."""
    with db.read() as s:
        run = s.get(BillingRun, run_id)
        if run is None:
            raise NotFound("There is no billing run {run_id}.", run_id=run_id)
        counts = dict(
            s.execute(
                select(BillingRunRow.status, func.count())
                .where(BillingRunRow.run_id == run_id)
                .group_by(BillingRunRow.status)
            ).all()
        )
        total = s.scalar(
            select(func.coalesce(func.sum(BillingRunRow.amount), 0)).where(
                BillingRunRow.run_id == run_id, BillingRunRow.status == "processed"
            )
        )
        mails: dict[str, int] = {}
        for mail_status, count in s.execute(
            select(OutboxMessage.status, func.count())
            .join(BillingRunRow, BillingRunRow.outbox_id == OutboxMessage.id)
            .where(BillingRunRow.run_id == run_id)
            .group_by(OutboxMessage.status)
        ):
            state = MAIL_STATES.get(mail_status, mail_status)
            mails[state] = mails.get(state, 0) + int(count)
        status = run.status
        if status == "running" and run.heartbeat_at and utcnow() - run.heartbeat_at > LEASE:
            status = "interrupted"
        return RunSummary(
            run.id,
            status,
            run.scenario_name,
            run.invoice_date,
            counts,
            Decimal(total or 0) / 100 if not isinstance(total, Decimal) else total,
            run.created_at,
            run.finished_at,
            mails,
        )


def unfinished_runs(db: Database) -> list[RunSummary]:
    """Runs that were cancelled, interrupted or never started, newest first."""
    with db.read() as s:
        ids = list(
            s.scalars(
                select(BillingRun.id)
                .where(BillingRun.status.in_(("open", "running", "interrupted")))
                .order_by(BillingRun.id.desc())
            )
        )
    summaries = [run_summary(db, i) for i in ids]
    return [sm for sm in summaries if sm.status != "running" or sm.open > 0]


def total_of(rows: Sequence[RunRow], status: str = "processed") -> Decimal:
    """Sum of the amounts of rows in one status."""
    return sum((r.amount for r in rows if r.status == status), ZERO)
