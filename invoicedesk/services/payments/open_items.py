"""The cases a bank statement line may pay, read once per import into the matching's index.

Only cases that can still take money: issued outgoing invoices (not credit notes) that are
not paid or cancelled, with what credit notes offset against them taken off (a fully credited
invoice has nothing open and is left out; issue 17 offsets a credit note for an unpaid invoice
when it is issued), approved or booked supplier invoices not yet paid, and credit notes
waiting to be refunded (a debit line refunds them in full; see
:mod:`invoicedesk.services.payments.refunds`).

A bank import does not read them all: :func:`batch_index` reads, per batch of lines, only the
cases the matching could find for those lines — by the stored number keys
(:mod:`invoicedesk.store.models.match_keys`) of the windows of their texts, by their amounts and
by their IBANs — so the index answers every lookup of those lines as the full index would.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from invoicedesk.domain.enums import CaseKind, Direction, InStatus, OutStatus, PaymentStatus
from invoicedesk.domain.payments.matching import (
    PAYABLE,
    RECEIVABLE,
    LineFacts,
    OpenIndex,
    OpenItem,
)
from invoicedesk.domain.payments.references import digit_windows, normalize_iban, windows
from invoicedesk.services.payments.settle import PAYABLE_OUT, ZERO
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.credits import CreditSettlement
from invoicedesk.store.models.match_keys import KEY, SHORT, CaseMatchKey
from invoicedesk.store.models.parties import Party

PAYABLE_IN = (InStatus.APPROVED.value, InStatus.BOOKED.value)
#: credit notes a refund settles: issued, not yet refunded or offset
REFUNDABLE = (OutStatus.ISSUED.value, OutStatus.SENT.value, OutStatus.SEND_FAILED.value)
#: values per ``IN (…)`` (well below the bind-parameter limits of SQLite and PostgreSQL)
CHUNK = 2_000


def _chunks(values: Iterable[object]) -> list[list[object]]:
    items = sorted(values, key=repr)
    return [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]


def open_items(
    session: Session, case_ids: list[int] | None = None, party_ids: list[int] | None = None
) -> list[OpenItem]:
    """Every case that can still be paid (or those of ``case_ids``, or of ``party_ids``),
    in the order of their ids."""
    # credit notes offset against invoices (issue 17) lower what is open
    offsets = {
        int(cid): Decimal(total)
        for cid, total in session.execute(
            select(CreditSettlement.invoice_case_id, func.sum(CreditSettlement.amount))
            .where(CreditSettlement.method == "offset")
            .group_by(CreditSettlement.invoice_case_id)
        )
        if cid is not None
    }
    query = (
        select(
            Case.id,
            Case.direction,
            Case.number,
            Case.gross,
            Case.paid_amount,
            Case.currency,
            Case.party_name,
            Party.iban,
            Case.payment_reference,
            Case.kind,
        )
        .outerjoin(Party, Party.id == Case.party_id)
        .where(
            Case.number.is_not(None),
            Case.payment_status != PaymentStatus.PAID.value,
            or_(
                and_(
                    Case.direction == Direction.OUT.value,
                    Case.kind != CaseKind.CREDIT_NOTE.value,
                    Case.status.in_([s.value for s in PAYABLE_OUT]),
                ),
                and_(Case.direction == Direction.IN.value, Case.status.in_(PAYABLE_IN)),
                and_(
                    Case.direction == Direction.OUT.value,
                    Case.kind == CaseKind.CREDIT_NOTE.value,
                    Case.payment_status == PaymentStatus.CREDIT.value,
                    Case.status.in_(REFUNDABLE),
                ),
            ),
        )
    )
    query = query.order_by(Case.id)
    if party_ids is not None:
        query = query.where(Case.party_id.in_(party_ids))
    if case_ids is None:
        rows = list(session.execute(query))
    else:
        rows = []
        for part in _chunks(set(case_ids)):
            rows.extend(session.execute(query.where(Case.id.in_(part))))
        rows.sort(key=lambda row: row[0])
    items = []
    for (
        cid,
        direction,
        number,
        gross,
        paid,
        currency,
        name,
        iban,
        reference,
        kind,
    ) in rows:
        refund = kind == CaseKind.CREDIT_NOTE.value
        left = gross if refund else gross - paid - offsets.get(cid, ZERO)
        if left <= ZERO:
            continue
        items.append(
            OpenItem(
                case_id=cid,
                side=RECEIVABLE if direction == Direction.OUT.value and not refund else PAYABLE,
                number=number or "",
                open_amount=left,
                currency=currency,
                party_name=name or "",
                party_iban=iban or "",
                references=(reference,) if reference and reference != number else (),
                whole=refund,
            )
        )
    return items


def open_index(session: Session) -> OpenIndex:
    """The matching's index over every case that can still be paid."""
    return OpenIndex.build(open_items(session))


def candidate_ids(session: Session, lines: Sequence[LineFacts]) -> set[int]:
    """Every case the matching could look up for ``lines`` (a superset: open or not): those
    whose stored number keys are among the windows of the lines' texts, whose gross or gross
    less paid is one of their amounts (index look-ups by gross; the cases with a payment
    are few and compared here), every case with a credit note offset against it (what
    is open is not its gross less paid). The cases of a payer's IBAN are read only when the
    matching asks for them (:class:`IbanCases`)."""
    texts = [f"{line.reference} {line.end_to_end_id}" for line in lines]
    wanted = {(KEY, key) for text in texts for key in windows(text)}
    wanted |= {(SHORT, key) for text in texts for key in digit_windows(text)}
    ids: set[int] = set()
    for kind in (KEY, SHORT):
        for part in _chunks(key for k, key in wanted if k == kind):
            ids.update(
                session.scalars(
                    select(CaseMatchKey.case_id).where(
                        CaseMatchKey.kind == kind, CaseMatchKey.key.in_(part)
                    )
                )
            )
    amounts = {abs(line.amount) for line in lines if line.amount}
    unpaid = Case.payment_status != PaymentStatus.PAID.value
    # gross among the amounts: through ix_cases_active_gross (active, gross), both values
    for part in _chunks(amounts):
        for active in (True, False):
            ids.update(
                session.scalars(
                    select(Case.id).where(Case.active == active, Case.gross.in_(part), unpaid)
                )
            )
    # what is open differs from the gross only where something was paid (few cases)
    ids.update(
        cid
        for cid, gross, paid in session.execute(
            select(Case.id, Case.gross, Case.paid_amount).where(Case.paid_amount != ZERO, unpaid)
        )
        if gross - paid in amounts
    )
    ids.update(
        session.scalars(
            select(CreditSettlement.invoice_case_id).where(
                CreditSettlement.method == "offset", CreditSettlement.invoice_case_id.is_not(None)
            )
        )
    )
    return ids


class IbanCases:
    """The open cases of the parties with an IBAN, read when the matching asks for them
    (:attr:`~invoicedesk.domain.payments.matching.OpenIndex.iban_loader`); the parties' IBANs
    are read and normalised once."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.parties: dict[str, list[int]] | None = None

    def __call__(self, iban: str) -> list[OpenItem]:
        """The open cases of the parties whose IBAN is ``iban`` (normalised)."""
        if self.parties is None:
            self.parties = {}
            for pid, value in self.session.execute(
                select(Party.id, Party.iban).where(Party.iban.is_not(None), Party.iban != "")
            ):
                self.parties.setdefault(normalize_iban(value), []).append(pid)
        parties = self.parties.get(iban)
        return open_items(self.session, party_ids=parties) if parties else []


def batch_index(session: Session, lines: Sequence[LineFacts]) -> OpenIndex:
    """The matching's index for one batch of statement lines: the open cases among
    :func:`candidate_ids`, and those of a payer's IBAN when asked for (read through
    ``session``) — for these lines it finds what the index of every open case finds. The keys
    of cases written without the ORM must have been filled in before
    (:func:`invoicedesk.store.match_keys.fill_missing_keys`)."""
    index = OpenIndex.build(open_items(session, sorted(candidate_ids(session, lines))))
    index.iban_loader = IbanCases(session)
    return index
