"""Collective invoices: merge pending contract invoices, undo, edit lines and the send date.

A collective invoice is an outgoing case of kind ``collective`` (status *Draft* until its send
date, see :mod:`invoicedesk.services.contracts.scheduled_send`). Merging groups the chosen pending
contract invoices per customer, currency and billing address; each group becomes one draft in
its own transaction, with its lines ordered by period and contract and a sub-heading per
period (the PDF prints a subtotal under each). Until it is issued, its lines, prices and send
date stay editable, and the merge can be undone; after that the core refuses every change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from types import SimpleNamespace
from typing import Any, Protocol

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from invoicedesk.documents import labels as lb
from invoicedesk.documents.formats import for_language
from invoicedesk.domain.enums import CaseKind, Direction, OutStatus
from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.tax import SupplyKind
from invoicedesk.domain.workflow import Action, Actor, CaseState
from invoicedesk.services.cases.actions import (
    apply_action,
    ensure_version,
    load_for_update,
    record,
)
from invoicedesk.services.cases.authorize import authorize
from invoicedesk.services.contracts.collective_settings import read_settings
from invoicedesk.services.interruptions import WorkInterrupted, reason_of, stops_the_work
from invoicedesk.services.outgoing.drafts import (
    DraftInput,
    DraftLine,
    apply_draft,
    draft_input,
    draft_meta,
    get_draft,
    price_draft,
    refuse_if_issued,
)
from invoicedesk.services.outgoing.tax_treatment import AUTO
from invoicedesk.services.permissions import require_clerk
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case, CaseLine
from invoicedesk.store.models.collective import ContractInvoice
from invoicedesk.store.models.config import NumberSeries
from invoicedesk.store.models.contracts import ServiceContract
from invoicedesk.store.models.parties import Party
from invoicedesk.store.types import utcnow

Progress = Callable[[int, int, str], None]


class Cancel(Protocol):
    """Anything with a ``cancelled`` flag (the GUI's ``CancelToken``)."""

    @property
    def cancelled(self) -> bool: ...


@dataclass(frozen=True)
class MergeGroup:
    """Pending contract invoices that become one collective invoice."""

    party_id: int
    party_name: str
    currency: str
    recipient_email: str | None
    invoice_ids: tuple[int, ...]
    period_start: date
    period_end: date
    gross: Decimal
    #: an unsent collective invoice of the customer whose period these invoices overlap: it
    #: is extended instead of getting an overlapping second one
    extends: int | None = None


@dataclass(frozen=True)
class MergeResult:
    """Collective invoices made or extended, from how many pending invoices; ``cancelled``
    if stopped; ``extended`` names the unsent ones that grew instead of getting an overlap."""

    collective_ids: tuple[int, ...]
    invoices_in: int
    cancelled: bool = False
    extended: tuple[int, ...] = ()


# --- grouping ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Member:
    """A pending invoice as the grouping needs it."""

    id: int
    party_id: int
    party_name: str
    currency: str
    email: str | None
    period_start: date
    period_end: date
    gross: Decimal


def plan_merge(
    db: Database,
    invoice_ids: Sequence[int] | None = None,
    *,
    party_id: int | None = None,
    periods_per_invoice: int | None = None,
) -> list[MergeGroup]:
    """How pending invoices would be merged: one group per customer, currency and billing
    address; ``periods_per_invoice`` splits a customer's periods (2: six periods -> three)."""
    if periods_per_invoice is not None and periods_per_invoice < 1:
        raise ValidationError("A collective invoice covers at least one period.")
    with db.read() as s:
        query = (
            select(
                ContractInvoice.id,
                ContractInvoice.party_id,
                Party.name,
                ContractInvoice.currency,
                ContractInvoice.recipient_email,
                ContractInvoice.period_start,
                ContractInvoice.period_end,
                ContractInvoice.gross,
            )  # plain rows: no ORM object (nor its JSON lines) per pending invoice
            .join(Party, Party.id == ContractInvoice.party_id)
            .where(ContractInvoice.status == "pending")
            .order_by(
                Party.name,
                ContractInvoice.party_id,
                ContractInvoice.period_start,
                ContractInvoice.contract_id,
            )
        )
        if invoice_ids is not None:
            query = query.where(ContractInvoice.id.in_(list(invoice_ids)))
        if party_id is not None:
            query = query.where(ContractInvoice.party_id == party_id)
        rows = [_Member(*row) for row in s.execute(query)]
        drafts = _unsent_drafts(s, {m.party_id for m in rows})
    buckets: dict[tuple[int, str, str], list[_Member]] = {}
    for m in rows:
        buckets.setdefault((m.party_id, m.currency, (m.email or "").lower()), []).append(m)
    groups: list[MergeGroup] = []
    for (pid, currency, email), members in buckets.items():
        seeds = drafts.get((pid, currency, email), [])
        for part, extends in _sweep(members, seeds, periods_per_invoice):
            groups.append(
                MergeGroup(
                    party_id=pid,
                    party_name=part[0].party_name,
                    currency=currency,
                    recipient_email=email or None,
                    invoice_ids=tuple(m.id for m in part),
                    period_start=min(m.period_start for m in part),
                    period_end=max(m.period_end for m in part),
                    gross=sum((m.gross for m in part), Decimal("0.00")),
                    extends=extends,
                )
            )
    return groups


@dataclass(frozen=True)
class _Draft:
    """An unsent collective invoice's period (what a merge may extend)."""

    id: int
    period_start: date
    period_end: date


def _unsent_drafts(s: Session, party_ids: set[int]) -> dict[tuple[int, str, str], list[_Draft]]:
    if not party_ids:
        return {}
    query = select(
        Case.id,
        Case.party_id,
        Case.currency,
        Case.recipient_email,
        Case.period_start,
        Case.period_end,
    ).where(
        Case.direction == Direction.OUT.value,
        Case.kind == CaseKind.COLLECTIVE.value,
        Case.status == OutStatus.DRAFT.value,
        Case.number.is_(None),
        Case.party_id.in_(party_ids),
        Case.period_start.is_not(None),
        Case.period_end.is_not(None),
    )
    result: dict[tuple[int, str, str], list[_Draft]] = {}
    for cid, pid, currency, email, first, last in s.execute(query.order_by(Case.period_start)):
        if pid is None or first is None or last is None:
            continue
        key = (int(pid), currency, (email or "").lower())
        result.setdefault(key, []).append(_Draft(int(cid), first, last))
    return result


def _sweep(
    members: list[_Member], drafts: list[_Draft], per_invoice: int | None
) -> list[tuple[list[_Member], int | None]]:
    """Cut one customer's pending invoices into groups whose periods never overlap each
    other nor an unsent collective invoice of the customer: an invoice that overlaps the
    group being filled joins it (extends it, even beyond ``per_invoice`` periods), one that
    overlaps an unsent collective invoice is merged into that one. Pending invoices that would
    join two unsent collective invoices are refused (:class:`ValidationError`)."""
    events: list[tuple[date, int, _Member | _Draft]] = [(d.period_start, 0, d) for d in drafts] + [
        (m.period_start, 1, m) for m in members
    ]
    events.sort(key=lambda e: (e[0], e[1]))
    out: list[tuple[list[_Member], int | None]] = []
    part: list[_Member] = []
    starts: set[date] = set()
    extends: int | None = None
    end: date | None = None
    for start, _kind, item in events:
        limit = per_invoice is not None and len(starts | {start}) > per_invoice
        open_ = end is not None and start <= end
        if isinstance(item, _Draft):
            if open_ and extends is None:
                extends = item.id  # the group being filled overlaps it: fill that one
            elif open_ and part and extends != item.id:
                # the new periods reach from one unsent invoice into the next: extending one
                # would overlap the other, so nothing is merged (undo one, merge again)
                raise ValidationError(
                    "New periods of {party} reach from one unsent collective invoice into "
                    "another (cases {first} and {second}); merged, they would overlap. Undo the "
                    "merge of one of them and merge again: the other one then takes the "
                    "overlapping periods.",
                    party=part[0].party_name,
                    first=extends,
                    second=item.id,
                )
            elif not open_:
                if part or extends is not None:
                    out.append((part, extends))
                part, starts, extends = [], set(), item.id
            end = max(end or item.period_end, item.period_end)
            continue
        if not open_ and (part or extends is not None) and (limit or extends is not None):
            out.append((part, extends))
            part, starts, extends = [], set(), None
        part.append(item)
        starts.add(start)
        end = item.period_end if end is None else max(end, item.period_end)
    if part or extends is not None:
        out.append((part, extends))
    return [(p, e) for p, e in out if p]


# --- merge and undo ----------------------------------------------------------------------------


def merge(
    db: Database,
    actor: Actor,
    invoice_ids: Sequence[int] | None = None,
    *,
    party_id: int | None = None,
    periods_per_invoice: int | None = None,
    send_date: date | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> MergeResult:
    """Merge pending contract invoices into collective invoices, one transaction each.

    Invoices merged meanwhile by someone else are skipped. Stopping (``cancel``) keeps the
    collective invoices finished so far; losing the database part-way raises
    :class:`WorkInterrupted` saying how many were made (a new merge picks up the rest).
    """
    if send_date is not None and send_date < date.today():
        raise ValidationError("The send date lies in the past; choose today or a later day.")
    groups = plan_merge(db, invoice_ids, party_id=party_id, periods_per_invoice=periods_per_invoice)
    made: list[int] = []
    grown: list[int] = []
    merged = 0
    if groups:
        with db.write() as s:
            ensure_series(s)  # the number series it will be issued in, once per merge
    for i, group in enumerate(groups):
        if cancel is not None and cancel.cancelled:
            return MergeResult(tuple(made), merged, cancelled=True, extended=tuple(grown))
        try:
            with db.write() as s:
                outcome = _merge_one(s, actor, group, send_date)
        except Exception as exc:
            if not made or not stops_the_work(exc):
                raise
            raise WorkInterrupted(
                "The merge stopped after {made} of {total} collective invoices were created "
                "from {merged} contract invoices ({reason}); merge again to combine the rest.",
                made=len(made),
                total=len(groups),
                merged=merged,
                reason=reason_of(exc),
            ) from exc
        if outcome is not None:
            made.append(outcome[0])
            if outcome[0] == group.extends:
                grown.append(outcome[0])
            merged += outcome[1]
        if progress is not None:
            progress(i + 1, len(groups), group.party_name)
    return MergeResult(tuple(made), merged, extended=tuple(grown))


def _merge_one(
    s: Session, actor: Actor, group: MergeGroup, send_date: date | None
) -> tuple[int, int] | None:
    require_clerk(s, actor, msg("Merging invoices"))
    authorize(
        s,
        actor,
        Action.EDIT_DRAFT,
        CaseState(Direction.OUT, OutStatus.DRAFT.value, CaseKind.COLLECTIVE),
    )
    # plain rows, no ORM object per contract invoice or line (bench merge)
    rows = list(
        s.execute(
            select(
                ContractInvoice.id,
                ContractInvoice.period_start,
                ContractInvoice.period_end,
                ContractInvoice.lines,
                ServiceContract.number,
            )
            .join(ServiceContract, ServiceContract.id == ContractInvoice.contract_id)
            .where(ContractInvoice.id.in_(group.invoice_ids), ContractInvoice.status == "pending")
            .order_by(ContractInvoice.id)
            .with_for_update(of=ContractInvoice)
        )
    )
    if not rows:
        return None
    rows.sort(key=lambda r: (r.period_start, r.number))
    lines = [
        DraftLine(
            description=f"{r.number} · {ln['description']}",
            quantity=Decimal(ln["quantity"]),
            unit_price=Decimal(ln["unit_price"]),
            vat_rate=Decimal(ln["vat_rate"]),
            vat_category=AUTO,  # decided for the customer now (reverse charge included)
            unit=ln["unit"],
            article_no=ln.get("article_no"),
            period_start=r.period_start,
            period_end=r.period_end,
            kind=ln.get("kind", SupplyKind.SERVICE.value),
        )
        for r in rows
        for ln in r.lines
    ]
    case = _extendable(s, group.extends)
    if case is None:
        case = Case(
            direction=Direction.OUT.value,
            kind=CaseKind.COLLECTIVE.value,
            status=OutStatus.DRAFT.value,
            created_by_id=actor.user_id,
            send_date=send_date,
            number=None,  # loaded, so the immutability guard need not ask the database per line
        )
        s.add(case)
        data = DraftInput(
            party_id=group.party_id,
            lines=lines,
            period_start=min(r.period_start for r in rows),
            period_end=max(r.period_end for r in rows),
            recipient_email=group.recipient_email,
            currency=group.currency,
        )
        extra = None
    else:
        current = draft_input(case)
        extra = draft_meta(case).get("extra")
        both = _ordered([*current.lines, *lines])
        firsts = [d for d in (current.period_start, *(r.period_start for r in rows)) if d]
        lasts = [d for d in (current.period_end, *(r.period_end for r in rows)) if d]
        data = replace(current, lines=both, period_start=min(firsts), period_end=max(lasts))
    if case.id is None:  # new: its lines go in with one statement
        _totals, line_rows = price_draft(s, case, data)
        groups = group_labels([SimpleNamespace(**r) for r in line_rows], case.language)
        case.snapshot = {"draft": {**draft_meta(case), "extra": {"groups": groups}}}
        s.flush()
        s.execute(insert(CaseLine.__table__), [{**r, "case_id": case.id} for r in line_rows])
    else:
        apply_draft(s, case, data)
        if extra:
            case.snapshot = {"draft": {**draft_meta(case), "extra": extra}}
        set_groups(case)
        s.flush()
    s.execute(
        update(ContractInvoice)
        .where(ContractInvoice.id.in_([r.id for r in rows]))
        .values(status="merged", collective_case_id=case.id)
        .execution_options(synchronize_session=False)
    )
    parts = ", ".join(
        f"{r.number} {r.period_start:%d.%m.%Y}–{r.period_end:%d.%m.%Y}" for r in rows[:6]
    )
    if len(rows) > 6:
        note = msg("merged {count} contract invoices: {parts} and {more} more",
                   count=len(rows), parts=parts, more=len(rows) - 6)  # fmt: skip
    else:
        note = msg("merged {count} contract invoices: {parts}", count=len(rows), parts=parts)
    record(s, case, actor, "merge", None, note)
    s.flush()
    return case.id, len(rows)


def _extendable(s: Session, case_id: int | None) -> Case | None:
    """The unsent collective invoice a merge extends, locked; ``None`` when there is none or
    it was issued or canceled meanwhile (then the group becomes a collective invoice of its
    own)."""
    if case_id is None:
        return None
    case = load_for_update(s, case_id)
    if case.number is not None or case.status != OutStatus.DRAFT.value:
        return None
    return case


def ensure_series(s: Session) -> None:
    """The number series of collective invoices (``SR-2027-00001``), created when missing."""
    code = CaseKind.COLLECTIVE.value
    if s.scalar(select(NumberSeries.id).where(NumberSeries.code == code)) is None:
        s.add(NumberSeries(code=code, name="Collective invoices", pattern="SR-{yyyy}-{seq:05}"))
        s.flush()


def undo_merge(db: Database, actor: Actor, case_id: int) -> int:
    """Take a collective invoice apart again before it is sent: its contract invoices become
    pending and the draft is deleted (*Delete draft*: the case is kept with its history, which
    is append-only). Returns how many invoices became pending."""
    with db.write() as s:
        require_clerk(s, actor, msg("Undoing a merge"))
        case = _load_collective(s, case_id)
        refuse_if_issued(case)
        authorize(s, actor, Action.EDIT_DRAFT, case)
        result = s.execute(
            update(ContractInvoice)
            .where(ContractInvoice.collective_case_id == case.id)
            .values(status="pending", collective_case_id=None)
            .execution_options(synchronize_session=False)
        )
        count = int(result.rowcount or 0)  # type: ignore[attr-defined]
        if count == 0:
            raise ValidationError(
                "This collective invoice was not merged from contract invoices; "
                "delete the draft instead."
            )
        note = msg("merge undone: {count} contract invoices are pending again", count=count)
        apply_action(s, case, actor, Action.DELETE_DRAFT, note)
        return count


def _load_collective(s: Session, case_id: int) -> Case:
    case = load_for_update(s, case_id)
    if case.kind != CaseKind.COLLECTIVE.value or case.direction != Direction.OUT.value:
        raise NotFound("Case {case_id} is not a collective invoice.", case_id=case_id)
    return case


# --- editing until sent ------------------------------------------------------------------------


def group_labels(lines: Sequence[Any], language: str) -> dict[str, str]:
    """Sub-heading per line position: the service period it belongs to."""
    t, f = lb.labels(language), for_language(language)
    result: dict[str, str] = {}
    for ln in lines:
        if ln.period_start and ln.period_end:
            period = f"{f.date(ln.period_start)} – {f.date(ln.period_end)}"
            result[str(ln.position)] = f"{t['period']} {period}"
    return result


def set_groups(case: Case) -> None:
    """Store the period sub-headings in the draft settings (printed when issued)."""
    meta = draft_meta(case)
    extra = dict(meta.get("extra") or {})
    extra["groups"] = group_labels(case.lines, case.language)
    meta["extra"] = extra
    case.snapshot = {"draft": meta}


def _ordered(lines: Sequence[DraftLine]) -> list[DraftLine]:
    """Lines by period (lines without one last), keeping the clerk's order within a period."""
    return sorted(lines, key=lambda ln: (ln.period_start is None, ln.period_start or date.min))


def update_collective(
    db: Database,
    actor: Actor,
    case_id: int,
    lines: Sequence[DraftLine],
    *,
    notes: str | None = None,
    recipient_email: str | None = None,
    expected_version: int | None = None,
) -> int:
    """Replace the lines (articles, quantities, prices) of an unsent collective invoice;
    returns the new version. Refused once it is issued."""
    current = get_draft(db, case_id)
    ordered = _ordered(lines)
    periods = [ln for ln in ordered if ln.period_start and ln.period_end]
    data = replace(
        current.data,
        lines=ordered,
        notes=current.data.notes if notes is None else notes,
        recipient_email=current.data.recipient_email
        if recipient_email is None
        else (recipient_email or None),
        period_start=min((ln.period_start for ln in periods if ln.period_start), default=None),
        period_end=max((ln.period_end for ln in periods if ln.period_end), default=None),
    )
    with db.write() as s:
        case = _load_collective(s, case_id)
        ensure_version(s, case, expected_version)
        refuse_if_issued(case)
        authorize(s, actor, Action.EDIT_DRAFT, case)
        meta_extra = draft_meta(case).get("extra")
        apply_draft(s, case, data)
        if meta_extra:
            case.snapshot = {"draft": {**draft_meta(case), "extra": meta_extra}}
        set_groups(case)
        record(s, case, actor, Action.EDIT_DRAFT, case.status, msg("collective invoice edited"))
        s.flush()
        return case.version


def set_send_date(
    db: Database,
    actor: Actor,
    case_ids: Sequence[int],
    day: date | None,
    *,
    today: date | None = None,
) -> int:
    """Set (or clear, ``None``) the send date of unsent collective invoices, one history row
    each, in one transaction. A day in the past is refused; returns how many changed."""
    if not case_ids:
        return 0
    with db.write() as s:
        require_clerk(s, actor, msg("Setting the send date"))
        current = today or read_settings(s).today()
        if day is not None and day < current:
            raise ValidationError(
                "The send date {day:%d.%m.%Y} lies in the past; choose today or a later day.",
                day=day,
            )
        changed = 0
        for case_id in sorted(set(case_ids)):
            case = _load_collective(s, case_id)
            if case.number is not None or case.status != OutStatus.DRAFT.value:
                raise ValidationError(
                    "Collective invoice {value} is already issued; its send date can no "
                    "longer change.",
                    value=case.number or case.id,
                )
            authorize(s, actor, Action.EDIT_DRAFT, case)
            if case.send_date == day:
                continue
            case.send_date = day
            case.error_message = None
            text = (
                msg("send date set to {day:%d.%m.%Y}", day=day) if day else msg("send date cleared")
            )
            record(s, case, actor, "send_date", case.status, text, utcnow())
            changed += 1
        return changed
