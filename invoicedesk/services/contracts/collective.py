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
from invoicedesk.services.contracts.merge_plan import MergeGroup, plan_merge
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
from invoicedesk.store.types import utcnow

Progress = Callable[[int, int, str], None]


class Cancel(Protocol):
    """Anything with a ``cancelled`` flag (the GUI's ``CancelToken``)."""

    @property
    def cancelled(self) -> bool: ...


@dataclass(frozen=True)
class MergeResult:
    """Collective invoices made or extended, from how many pending invoices; ``cancelled``
    if stopped; ``extended`` names the unsent ones that grew instead of getting an overlap,
    ``combined`` the unsent ones that a new period bridged to another: folded into that one
    (their lines and contract invoices) and deleted."""

    collective_ids: tuple[int, ...]
    invoices_in: int
    cancelled: bool = False
    extended: tuple[int, ...] = ()
    combined: tuple[int, ...] = ()


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
    folded: list[int] = []
    merged = 0
    if groups:
        with db.write() as s:
            ensure_series(s)  # the number series it will be issued in, once per merge
    for i, group in enumerate(groups):
        if cancel is not None and cancel.cancelled:
            return MergeResult(
                tuple(made), merged, cancelled=True, extended=tuple(grown), combined=tuple(folded)
            )
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
            case_id, count, combined = outcome
            made.append(case_id)
            if case_id in (group.extends, *group.absorbs):
                grown.append(case_id)
            folded += combined
            merged += count
        if progress is not None:
            progress(i + 1, len(groups), group.party_name)
    return MergeResult(tuple(made), merged, extended=tuple(grown), combined=tuple(folded))


def _merge_one(
    s: Session, actor: Actor, group: MergeGroup, send_date: date | None
) -> tuple[int, int, tuple[int, ...]] | None:
    """One group in the caller's transaction: (collective invoice, contract invoices merged,
    unsent collective invoices combined into it), ``None`` when someone merged them meanwhile."""
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
    case, absorbed = _extendable(s, group)
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
        others = [draft_input(other) for other in absorbed]
        both = _ordered([*current.lines, *(ln for o in others for ln in o.lines), *lines])
        spans = [(d.period_start, d.period_end) for d in (current, *others)]
        spans += [(r.period_start, r.period_end) for r in rows]
        notes = "\n".join(dict.fromkeys(o.notes for o in (current, *others) if o.notes))
        data = replace(
            current,
            lines=both,
            notes=notes,
            period_start=min(a for a, _b in spans if a),
            period_end=max(b for _a, b in spans if b),
        )
        if case.send_date is None:  # a send date set on a combined one is kept
            case.send_date = min((o.send_date for o in absorbed if o.send_date), default=None)
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
    for other in absorbed:
        _combine(s, actor, case, other)
    s.flush()
    return case.id, len(rows), tuple(other.id for other in absorbed)


def _combine(s: Session, actor: Actor, case: Case, other: Case) -> None:
    """``other``'s lines are in ``case`` now: its contract invoices follow, it is deleted
    (*Delete draft*, history kept) and both histories say so."""
    moved = s.execute(
        update(ContractInvoice)
        .where(ContractInvoice.collective_case_id == other.id)
        .values(collective_case_id=case.id)
        .execution_options(synchronize_session=False)
    )
    count = int(moved.rowcount or 0)  # type: ignore[attr-defined]
    record(s, case, actor, "merge", None, msg(
        "combined with collective invoice {other} and its {count} contract invoices: the new "
        "periods bridged the two; Undo merge gives all of them back",
        other=other.id, count=count,
    ))  # fmt: skip
    apply_action(s, other, actor, Action.DELETE_DRAFT, msg(
        "combined into collective invoice {case}: the new periods bridged the two", case=case.id
    ))  # fmt: skip


def _extendable(s: Session, group: MergeGroup) -> tuple[Case | None, list[Case]]:
    """The unsent collective invoice a merge extends and those combined into it, locked (in id
    order); one issued or deleted meanwhile drops out (the first one left is extended; with
    none left the group becomes a collective invoice of its own)."""
    wanted = [cid for cid in (group.extends, *group.absorbs) if cid is not None]
    locked = {cid: load_for_update(s, cid) for cid in sorted(wanted)}
    still = [
        locked[cid]
        for cid in wanted
        if locked[cid].number is None and locked[cid].status == OutStatus.DRAFT.value
    ]
    return (still[0], still[1:]) if still else (None, [])


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
