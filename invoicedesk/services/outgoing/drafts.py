"""Outgoing drafts: create and edit them, with totals by EN 16931 and a history row per change.

A draft is an outgoing case without a number. Issuing (:mod:`invoicedesk.services.outgoing.issuing`)
freezes it; from then on the core refuses every change to its lines, number, snapshot and PDF:
the services raise :class:`~invoicedesk.domain.errors.ImmutableError`, and a ``before_flush``
guard (installed by :func:`invoicedesk.services.wiring.install`) refuses such changes from any code
path.

Draft-only settings that have no column (payment terms in days, exemption reason) are kept
under ``snapshot["draft"]`` until issuing replaces the snapshot with the frozen document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from invoicedesk.domain.characters import check_printable
from invoicedesk.domain.enums import CaseKind, Direction, OutStatus
from invoicedesk.domain.errors import ImmutableError, NotFound, ValidationError
from invoicedesk.domain.messages import (
    Message,
    as_message,
    from_record,
    join_messages,
    msg,
    to_record,
)
from invoicedesk.domain.money import ZERO
from invoicedesk.domain.parties import normalize_email, normalize_vat_id
from invoicedesk.domain.precision import check_line_figures
from invoicedesk.domain.skonto import check_skonto
from invoicedesk.domain.tax import SupplyKind
from invoicedesk.domain.totals import (
    ZERO_RATE_CATEGORIES,
    LineInput,
    Totals,
    VatCategory,
    compute_totals,
)
from invoicedesk.domain.workflow import Action, Actor, CaseState
from invoicedesk.services.cases.actions import (
    ensure_version,
    load_for_update,
    record,
)
from invoicedesk.services.cases.authorize import authorize
from invoicedesk.services.cases.edit_marks import end_session, mark_edit, take_mark
from invoicedesk.services.outgoing.tax_treatment import (
    AUTO,
    apply_treatment,
    category_of,
    supply_kind,
    treat_lines,
)
from invoicedesk.services.settings.company import CompanySettings, seller_for_tax
from invoicedesk.store.case_query import search_text_for
from invoicedesk.store.database import Database, retry_transient
from invoicedesk.store.models.cases import Case, CaseLine
from invoicedesk.store.models.documents import Attachment, Blob
from invoicedesk.store.models.parties import Party
from invoicedesk.store.types import utcnow

#: attachment kind of the issued document's PDF
INVOICE_PDF = "invoice_pdf"
#: columns of a case that never change once it has a number
LOCKED_COLUMNS = frozenset((
    "number", "series_id", "kind", "direction", "issue_date", "issued_at", "due_date",
    "snapshot", "net", "tax", "gross", "currency", "party_id", "payment_reference",
    "credit_for_id", "reverse_charge", "delivery_date", "period_start", "period_end", "language",
))  # fmt: skip


@dataclass(frozen=True)
class DraftLine:
    """One line as the clerk enters it; ``net`` is computed, never entered."""

    description: str
    quantity: Decimal
    unit_price: Decimal
    #: the domestic rate (article or typed); a zero-rate treatment prints 0 %
    vat_rate: Decimal = Decimal("19")
    #: ``""`` decides the category from the facts; a code is the clerk's choice
    vat_category: str = AUTO
    unit: str = "C62"
    discount_percent: Decimal = ZERO
    article_no: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    #: goods or service (decides intra-EU supply vs reverse charge, export vs not taxable)
    kind: str = SupplyKind.GOODS.value


_LINE_FIELDS = tuple(f.name for f in fields(DraftLine))


@dataclass(frozen=True)
class DraftInput:
    """Everything the draft form edits. ``None`` terms/language mean "the customer's"."""

    party_id: int
    lines: Sequence[DraftLine] = ()
    notes: str = ""
    payment_terms_days: int | None = None
    payment_terms: str = ""
    delivery_date: date | None = None
    period_start: date | None = None
    period_end: date | None = None
    reverse_charge: bool = False
    exemption_reason: str | None = None
    recipient_email: str | None = None
    language: str | None = None
    currency: str = "EUR"
    #: one category for every line chosen by hand (``None``: decided per line)
    tax_treatment: str | None = None
    #: cash discount: percent off when paid within ``skonto_days`` days
    skonto_percent: Decimal | None = None
    skonto_days: int | None = None

    @property
    def treatment(self) -> str | None:
        """The category chosen for the whole document, if any (reverse charge is one)."""
        return self.tax_treatment or (
            VatCategory.REVERSE_CHARGE.value if self.reverse_charge else None
        )


@dataclass(frozen=True)
class DraftResult:
    """The stored draft's id, version and totals."""

    case_id: int
    version: int
    net: Decimal
    tax: Decimal
    gross: Decimal
    #: the tax decision's warnings and the clerk's overrides (also in the history)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChargedTax:
    """The VAT category and rate a stored line is charged with, as decided by the core when
    the draft was saved: what the PDF and the e-invoice XML print. Views show this, never a
    rate of their own (``DraftLine.vat_rate`` is the domestic rate the clerk entered)."""

    category: str
    rate: Decimal

    @property
    def zeroed(self) -> bool:
        """Whether the category charges 0 % whatever the domestic rate (reverse charge, …)."""
        return VatCategory(self.category or "S") in ZERO_RATE_CATEGORIES


@dataclass(frozen=True)
class DraftView:
    """A stored outgoing case as the draft form shows it."""

    case_id: int
    version: int
    status: str
    number: str | None
    data: DraftInput
    totals: dict[str, Decimal] = field(default_factory=dict)
    kind: str = CaseKind.INVOICE.value
    #: per line of ``data.lines``: the stored (charged) category and rate
    charged: tuple[ChargedTax, ...] = ()


def _check_lines(data: DraftInput) -> list[DraftLine]:
    """Validate lines: figures within the precision rule, descriptions, periods."""
    lines = list(data.lines)
    for i, line in enumerate(lines, start=1):
        if line.vat_category:
            category_of(line.vat_category, i)
        supply_kind(line.kind)
        check_line_figures(
            line.quantity, line.unit_price, line.discount_percent, line.vat_rate, line=i
        )
        if line.quantity == ZERO:
            raise ValidationError("Line {i} has a quantity of zero.", i=i)
        if line.unit_price < ZERO:
            raise ValidationError("Line {i} has a negative price; use a credit note instead.", i=i)
        if not line.description.strip():
            raise ValidationError("Line {i} has no description.", i=i)
        check_printable(line.description, line=i)
        lines[i - 1] = line = replace(line, description=line.description.strip())
        if (line.period_start is None) != (line.period_end is None) or (
            line.period_start and line.period_end and line.period_start > line.period_end
        ):
            raise ValidationError("Line {i} has an incomplete or reversed period.", i=i)
    return lines


def line_inputs(lines: Sequence[DraftLine]) -> list[LineInput]:
    """The totals calculator's view of draft lines (a line not decided yet as standard)."""
    return [
        LineInput(
            quantity=ln.quantity,
            unit_price=ln.unit_price,
            vat_rate=ln.vat_rate,
            vat_category=VatCategory(ln.vat_category or VatCategory.STANDARD.value),
            discount_percent=ln.discount_percent,
        )
        for ln in lines
    ]


def require_reverse_charge_ids(party: Party) -> str:
    """The buyer's validated VAT ID; reverse charge is impossible without one."""
    if not party.vat_id:
        raise ValidationError(
            "Reverse charge needs the VAT ID of {party_name}; enter it in the customer data.",
            party_name=party.name,
        )
    return normalize_vat_id(party.vat_id)


def _party(session: Session, party_id: int) -> Party:
    party = session.get(Party, party_id)
    if party is None:
        raise NotFound("There is no customer with the id {party_id}.", party_id=party_id)
    if party.kind not in ("customer", "both"):
        raise ValidationError("{party_name} is not a customer.", party_name=party.name)
    return party


def apply_draft(
    session: Session, case: Case, data: DraftInput, *, seller: CompanySettings | None = None
) -> Totals:
    """Write the draft's fields and lines onto ``case`` and return its totals.

    The tax treatment of every line is decided here (:mod:`.tax_treatment`); its warnings
    and the clerk's overrides are kept in the draft settings (:func:`tax_warnings`).
    ``seller``: the company as :func:`seller_for_tax` reads it, when the caller (a billing
    run drafting many invoices in one transaction) has read it already.
    """
    totals, rows = price_draft(session, case, data, seller=seller)
    case.lines = [CaseLine(**row) for row in rows]
    return totals


def price_draft(
    session: Session, case: Case, data: DraftInput, *, seller: CompanySettings | None = None
) -> tuple[Totals, list[dict[str, Any]]]:
    """:func:`apply_draft` without the line objects: the case's fields are set, its lines
    come back as rows (a merge inserts them with one statement)."""
    party = _party(session, data.party_id)
    lines = _check_lines(data)
    treatment = data.treatment
    if treatment:
        category_of(treatment, 1)
    seller = seller or seller_for_tax(session)
    treated, warnings = treat_lines(seller, party, lines, treatment)
    if any(t.category == VatCategory.REVERSE_CHARGE.value for t in treated):
        require_reverse_charge_ids(party)
    start, end = data.period_start, data.period_end
    if (start is None) != (end is None) or (start and end and start > end):
        raise ValidationError("A delivery period needs a first day on or before its last day.")
    days = data.payment_terms_days
    if days is not None and not 0 <= days <= 365:
        raise ValidationError("Payment terms must be between 0 and 365 days.")
    skonto = check_skonto(data.skonto_percent, data.skonto_days, days)
    for label, text in ((msg("Notes"), data.notes), (msg("Terms text"), data.payment_terms),
                        (msg("Exemption note"), data.exemption_reason)):  # fmt: skip
        check_printable(text, field=label)
    if len(data.currency) != 3 or not data.currency.isalpha():
        raise ValidationError("{currency!r} is not a currency code.", currency=data.currency)
    priced = apply_treatment(lines, treated)
    totals = compute_totals(line_inputs(priced))
    case.party_id = party.id
    case.party_name = party.name
    case.search_text = search_text_for(case.number, party.name)
    case.currency = data.currency.upper()
    case.notes = data.notes
    case.payment_terms = data.payment_terms
    case.delivery_date = data.delivery_date
    case.period_start, case.period_end = data.period_start, data.period_end
    case.reverse_charge = any(t.category == VatCategory.REVERSE_CHARGE.value for t in treated)
    case.recipient_email = normalize_email(data.recipient_email) if data.recipient_email else None
    case.language = (data.language or party.language or "de")[:2]
    case.snapshot = {
        "draft": {
            "payment_terms_days": days,
            "exemption_reason": data.exemption_reason,
            "language_from_party": data.language is None,
            "tax_treatment": data.tax_treatment,
            "domestic_rates": [str(ln.vat_rate) for ln in lines],
            "tax_warnings": [to_record(w) for w in warnings],
            "skonto": skonto,
        }
    }
    case.net, case.tax, case.gross = totals.net, totals.tax, totals.gross
    rows = [
        {
            "position": pos, "net": net, "tax_override": t.override,
            **{f: getattr(ln, f) for f in _LINE_FIELDS},
        }
        for pos, (ln, t, net) in enumerate(
            zip(priced, treated, totals.line_nets, strict=True), start=1
        )
    ]  # fmt: skip
    return totals, rows


def tax_warnings(case: Case) -> list[str]:
    """The tax warnings of a draft as last saved (decision warnings and overrides)."""
    return [from_record(r) for r in draft_meta(case).get("tax_warnings") or []]


@retry_transient
def create_draft(
    db: Database, actor: Actor, data: DraftInput, *, kind: CaseKind = CaseKind.INVOICE
) -> DraftResult:
    """Create an outgoing draft for a customer in one transaction."""
    with db.write() as s:
        return create_draft_in(s, actor, data, kind)


def create_draft_in(
    s: Session, actor: Actor, data: DraftInput, kind: CaseKind = CaseKind.INVOICE
) -> DraftResult:
    """:func:`create_draft` inside the caller's transaction (e.g. with a new customer)."""
    authorize(s, actor, Action.EDIT_DRAFT, CaseState(Direction.OUT, OutStatus.DRAFT.value, kind))
    case = Case(
        direction=Direction.OUT.value,
        kind=kind.value,
        status=OutStatus.DRAFT.value,
        created_by_id=actor.user_id,
    )
    s.add(case)
    apply_draft(s, case, data)
    s.flush()
    record(s, case, actor, "create_draft", None, _with_warnings(msg("draft created"), case))
    s.flush()
    return _result(case)


@retry_transient
def update_draft(
    db: Database,
    actor: Actor,
    case_id: int,
    data: DraftInput,
    *,
    expected_version: int | None = None,
    history: bool = True,
    changed_fields: Sequence[str] = (),
) -> DraftResult:
    """Replace a draft's data and lines; refused once the case has a number.

    An autosave passes ``history=False``: it writes no history row but adds the fields it
    changed to the actor's edit mark, in the same transaction
    (:mod:`invoicedesk.services.cases.edit_marks`); the editing session's end writes the one
    row (:func:`end_draft_editing`). An explicit save writes one row naming the fields it
    changed, those of the session's autosaves before it, and ``changed_fields``.
    """
    with db.write() as s:
        case = load_for_update(s, case_id)
        ensure_version(s, case, expected_version)
        refuse_if_issued(case)
        authorize(s, actor, Action.EDIT_DRAFT, case)
        changed = set(draft_changes(draft_input(case), data))
        apply_draft(s, case, data)
        if history:
            changed |= set(changed_fields) | set(take_mark(s, case_id, actor))
            _record_edit(s, case, actor, sorted(changed))
        else:
            mark_edit(s, case, actor, changed)
            case.updated_at, case.updated_by_id = utcnow(), actor.user_id
        s.flush()
        return _result(case)


def draft_changes(before: DraftInput, after: DraftInput) -> list[str]:
    """The names of the draft's fields that differ (``lines`` for the line items)."""
    return [f.name for f in fields(DraftInput)
            if getattr(before, f.name) != getattr(after, f.name)]  # fmt: skip


def begin_draft_session(db: Database, actor: Actor, case_id: int) -> None:
    """The draft editor opens the draft: the actor's earlier session of it that never ended
    (its editor was killed) is recorded first, as one history row."""
    end_session(db, actor, case_id, recovered=True)


def end_draft_editing(db: Database, actor: Actor, case_id: int) -> int:
    """The draft editor closes: its autosaved changes become the session's one history row
    (nothing when there were none, or when the draft was issued or deleted meanwhile, which
    recorded them)."""
    return end_session(db, actor, case_id)


def _record_edit(s: Session, case: Case, actor: Actor, changed_fields: Sequence[str]) -> None:
    fields = sorted(set(changed_fields))
    comment = (
        msg("draft edited: {fields}", fields=", ".join(fields)) if fields else msg("draft edited")
    )
    record(s, case, actor, Action.EDIT_DRAFT, case.status, _with_warnings(comment, case),
           changed_fields=fields)  # fmt: skip


def _with_warnings(comment: Message, case: Case) -> Message:
    """The history comment with the tax warnings (overrides) appended, so they are recorded."""
    warnings = [as_message(w) for w in tax_warnings(case)]
    return join_messages([comment, *warnings], " · ") if warnings else comment


def _result(case: Case) -> DraftResult:
    return DraftResult(
        case.id, case.version, case.net, case.tax, case.gross, tuple(tax_warnings(case))
    )


def refuse_if_issued(case: Case) -> None:
    """Raise :class:`ImmutableError` if the case is an issued outgoing document."""
    if case.direction == Direction.OUT.value and case.number is not None:
        raise ImmutableError(
            "Invoice {case_number} is issued and cannot be changed; correct it with a "
            "credit note and a new invoice.",
            case_number=case.number,
        )


def draft_meta(case: Case) -> dict[str, Any]:
    """The draft-only settings (payment terms in days, exemption reason)."""
    snap = case.snapshot or {}
    meta = snap.get("draft") if isinstance(snap, dict) else None
    return dict(meta) if isinstance(meta, dict) else {}


def draft_input(case: Case) -> DraftInput:
    """A draft case's content in the form the editor (and a merge that extends it) uses."""
    meta = draft_meta(case)
    rates = meta.get("domestic_rates") or []
    skonto = meta.get("skonto") or {}
    return DraftInput(
        party_id=case.party_id or 0,
        lines=tuple(
            replace(
                DraftLine(**{f: getattr(ln, f) for f in _LINE_FIELDS}),
                vat_category=ln.vat_category if ln.tax_override else AUTO,
                vat_rate=Decimal(rates[i]) if i < len(rates) else ln.vat_rate,
            )
            for i, ln in enumerate(case.lines)
        ),
        notes=case.notes,
        payment_terms_days=meta.get("payment_terms_days"),
        payment_terms=case.payment_terms,
        delivery_date=case.delivery_date,
        period_start=case.period_start,
        period_end=case.period_end,
        reverse_charge=meta.get("tax_treatment") == VatCategory.REVERSE_CHARGE.value,
        exemption_reason=meta.get("exemption_reason"),
        recipient_email=case.recipient_email,
        language=None if meta.get("language_from_party", True) else case.language,
        currency=case.currency,
        tax_treatment=meta.get("tax_treatment"),
        skonto_percent=Decimal(skonto["percent"]) if skonto else None,
        skonto_days=skonto.get("days") if skonto else None,
    )


def get_draft(db: Database, case_id: int) -> DraftView:
    """An outgoing case in the form the draft editor uses."""
    with db.read() as s:
        case = s.get(Case, case_id)
        if case is None or case.direction != Direction.OUT.value:
            raise NotFound("There is no outgoing case with the id {case_id}.", case_id=case_id)
        data = draft_input(case)
        totals = {"net": case.net, "tax": case.tax, "gross": case.gross}
        charged = tuple(ChargedTax(ln.vat_category, ln.vat_rate) for ln in case.lines)
        return DraftView(
            case.id, case.version, case.status, case.number, data, totals, case.kind, charged
        )


# --- the flush guard -------------------------------------------------------------------------


def _was_issued(session: Session, case: Case) -> bool:
    """Whether the case had a number before the changes now being flushed."""
    state = inspect(case)
    if state.pending or state.transient or case.direction != Direction.OUT.value:
        return False
    hist = state.attrs.number.history
    if hist.deleted:
        return hist.deleted[0] is not None
    if hist.unchanged:
        return hist.unchanged[0] is not None
    with session.no_autoflush:
        return session.scalar(select(Case.number).where(Case.id == case.id)) is not None


def _changed_locked(case: Case) -> list[str]:
    state = inspect(case)
    # only attributes set since the load have an entry in ``committed_state``
    touched = LOCKED_COLUMNS.intersection(state.committed_state)
    hists = {name: state.attrs[name].history for name in touched}
    return sorted(n for n, h in hists.items() if list(h.deleted) != list(h.added))


def _case_of(session: Session, obj: CaseLine | Attachment) -> Case | None:
    case = session.get(Case, obj.case_id) if obj.case_id is not None else None
    if case is None and isinstance(obj, CaseLine):
        return obj.case
    return case


def _guard(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    """``before_flush``: refuse changes to issued documents, whoever makes them."""
    with session.no_autoflush:
        for obj in list(session.dirty) + list(session.deleted):
            if isinstance(obj, Case) and _was_issued(session, obj):
                if obj in session.deleted:
                    raise ImmutableError(
                        "Issued document {obj_number} cannot be deleted.", obj_number=obj.number
                    )
                changed = _changed_locked(obj)
                if changed:
                    raise ImmutableError(
                        "Issued document {obj_number} cannot be changed ({items}).",
                        obj_number=obj.number,
                        items=", ".join(changed),
                    )
        for obj in list(session.new) + list(session.dirty) + list(session.deleted):
            if isinstance(obj, CaseLine):
                if obj in session.dirty and not session.is_modified(obj):
                    continue
                case = _case_of(session, obj)
                if case is not None and _was_issued(session, case):
                    raise ImmutableError(
                        "The lines of issued document {case_number} are final.",
                        case_number=case.number,
                    )
            elif isinstance(obj, Attachment) and obj.kind == INVOICE_PDF:
                _guard_pdf(session, obj)
            elif (
                isinstance(obj, Blob)
                and obj not in session.new
                and (session.is_modified(obj) or obj in session.deleted)
            ):
                raise ImmutableError("Stored file contents cannot be changed or deleted.")


def _guard_pdf(session: Session, att: Attachment) -> None:
    if att in session.dirty and not session.is_modified(att):
        return
    if att not in session.new:
        raise ImmutableError(
            "The PDF {att_filename} of an issued document is final.", att_filename=att.filename
        )
    others = [
        o
        for o in session.new
        if isinstance(o, Attachment)
        and o is not att
        and o.kind == INVOICE_PDF
        and o.case_id == att.case_id
    ]
    stored = session.scalar(
        select(Attachment.id).where(
            Attachment.case_id == att.case_id, Attachment.kind == INVOICE_PDF
        )
    )
    if others or stored is not None:
        raise ImmutableError(
            "The case already has its PDF; {att_filename} cannot replace it.",
            att_filename=att.filename,
        )


def install_flush_guard() -> None:
    """Install the immutability guard on every ORM session (idempotent)."""
    if not event.contains(Session, "before_flush", _guard):
        event.listen(Session, "before_flush", _guard)
