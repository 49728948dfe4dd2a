"""Matching a bank statement line to the open cases it pays, with the reason, never guessing.

Credit lines are matched to open receivables (issued outgoing invoices), debit lines to open
payables (approved or booked supplier invoices, and credit notes waiting for their refund, which
is booked only in full). The signals, strongest first: the invoice
number (or the payment reference the invoice printed, e.g. in its EPC QR code) in the
remittance text or the end-to-end id; the number without its letters together with the exact
amount; the amount with the payer's IBAN or name. Only a line whose number signal and amount
agree — and whose payer does not contradict the invoice's party — is *booked* automatically;
everything else is *proposed* to a clerk with its reason, or left *unmatched*.

The index only ever holds cases that can still be paid: cancelled, credited and paid cases
are never put in, and a case leaves it as soon as nothing is open.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from invoicedesk.domain.messages import Message, msg
from invoicedesk.domain.payments.references import (
    digit_windows,
    keys,
    names_agree,
    normalize_iban,
    windows,
)

ZERO = Decimal("0.00")
#: a booking needs at least this score
AUTO_SCORE = 90
RECEIVABLE = "receivable"
PAYABLE = "payable"


@dataclass(frozen=True)
class OpenItem:
    """A case that can still be paid, as the matching sees it."""

    case_id: int
    side: str
    number: str
    open_amount: Decimal
    currency: str
    party_name: str = ""
    party_iban: str = ""
    #: other references the invoice printed (payment reference, EPC QR remittance)
    references: tuple[str, ...] = ()
    #: paid only in full, never in parts or with more (a credit note's refund)
    whole: bool = False


@dataclass(frozen=True)
class LineFacts:
    """What a statement line says (``amount`` signed: credits positive)."""

    amount: Decimal
    currency: str = "EUR"
    name: str = ""
    iban: str = ""
    reference: str = ""
    end_to_end_id: str = ""


@dataclass(frozen=True)
class Candidate:
    """One case a line may pay, the amount for it, how sure, and why."""

    case_id: int
    amount: Decimal
    score: int
    reason: Message


@dataclass(frozen=True)
class Match:
    """The matching's answer for one line."""

    candidates: tuple[Candidate, ...] = ()
    auto: bool = False

    @property
    def state(self) -> str:
        """``booked`` (when taken automatically), ``proposed`` or ``unmatched``."""
        if not self.candidates:
            return "unmatched"
        return "booked" if self.auto else "proposed"


@dataclass
class OpenIndex:
    """The open cases of both sides, looked up by number key, short key and IBAN."""

    items: dict[int, OpenItem] = field(default_factory=dict)
    open: dict[int, Decimal] = field(default_factory=dict)
    by_key: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_short: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_iban: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_amount: dict[tuple[str, Decimal], list[int]] = field(
        default_factory=lambda: defaultdict(list)
    )
    #: reads the open cases of a party's IBAN the first time it is asked for (an index of
    #: some cases only, see :meth:`of_iban`); ``None``: the index holds every open case
    iban_loader: Callable[[str], Iterable[OpenItem]] | None = None
    ibans_loaded: set[str] = field(default_factory=set)

    @classmethod
    def build(cls, items: Iterable[OpenItem]) -> OpenIndex:
        """Index ``items`` (cases with nothing open are left out)."""
        index = cls()
        for item in items:
            index.add(item)
        return index

    def add(self, item: OpenItem) -> None:
        """Put one case in the index."""
        if item.open_amount <= ZERO:
            return
        self.items[item.case_id] = item
        self.open[item.case_id] = item.open_amount
        for ref in {item.number, *item.references}:
            if not ref:
                continue
            key, short = keys(ref)
            self.by_key[key].append(item.case_id)
            if short:
                self.by_short[short].append(item.case_id)
        if item.party_iban:
            self.by_iban[normalize_iban(item.party_iban)].append(item.case_id)
        self.by_amount[(item.side, item.open_amount)].append(item.case_id)

    def of_iban(self, iban: str) -> list[int]:
        """The cases of the parties with ``iban`` (normalised), in the order of their ids; an
        index with an :attr:`iban_loader` reads them in once, keeping what it knows already
        (a case it holds, booked or dropped meanwhile, is not read again)."""
        if self.iban_loader is not None and iban not in self.ibans_loaded:
            self.ibans_loaded.add(iban)
            for item in self.iban_loader(iban):
                if item.case_id not in self.items:
                    self.add(item)
        return sorted(self.by_iban.get(iban, ()))

    def settle(self, case_id: int, amount: Decimal) -> None:
        """``amount`` was booked to the case: lower what is open (gone at zero)."""
        if case_id not in self.open:
            return
        self.open[case_id] -= amount
        if self.open[case_id] <= ZERO:
            del self.open[case_id]

    def live(self, case_ids: Iterable[int], side: str, currency: str) -> list[OpenItem]:
        """The still open cases among ``case_ids`` of one side and currency, once each."""
        seen: set[int] = set()
        out: list[OpenItem] = []
        for cid in case_ids:
            if cid in seen or cid not in self.open:
                continue
            seen.add(cid)
            item = self.items[cid]
            if item.side == side and item.currency == currency:
                out.append(item)
        return out


def _party(line: LineFacts, item: OpenItem) -> tuple[bool, bool]:
    """(agrees, contradicts): the payer is the invoice's party / clearly somebody else."""
    line_iban, item_iban = normalize_iban(line.iban), normalize_iban(item.party_iban)
    same_iban = bool(line_iban and item_iban and line_iban == item_iban)
    same_name = bool(line.name and item.party_name and names_agree(line.name, item.party_name))
    agrees = same_iban or same_name
    contradicts = bool(line_iban and item_iban and not same_iban and not same_name)
    return agrees, contradicts


def match_line(line: LineFacts, index: OpenIndex) -> Match:
    """Find the cases ``line`` pays (see the module's docstring for the rules)."""
    amount = abs(line.amount)
    if amount <= ZERO:
        return Match()
    side = RECEIVABLE if line.amount > ZERO else PAYABLE
    text = f"{line.reference} {line.end_to_end_id}"
    strong = index.live(
        (cid for key in windows(text) for cid in index.by_key.get(key, ())), side, line.currency
    )
    if strong:
        return _by_number(line, amount, strong, index)
    weak = index.live(
        (cid for key in digit_windows(text) for cid in index.by_short.get(key, ())),
        side,
        line.currency,
    )
    exact = [i for i in weak if index.open[i.case_id] == amount]
    if len(exact) == 1:
        agrees, contradicts = _party(line, exact[0])
        score = 92 if agrees and not contradicts else 70
        reason = msg(
            "number {number} without its prefix, the amount agrees", number=exact[0].number
        )
        return Match((Candidate(exact[0].case_id, amount, score, reason),), score >= AUTO_SCORE)
    return _by_party(line, amount, side, index)


def _by_number(line: LineFacts, amount: Decimal, hits: list[OpenItem], index: OpenIndex) -> Match:
    """The remittance text names one or more open invoices."""
    opens = [index.open[i.case_id] for i in hits]
    total = sum(opens, ZERO)
    parties = [_party(line, i) for i in hits]
    contradicted = any(c for _, c in parties)
    numbers = ", ".join(i.number for i in hits)
    if amount == total:
        reason = msg(
            "invoice number {numbers} in the remittance text, the amount agrees", numbers=numbers
        )
        score = 70 if contradicted else 98
        cands = tuple(
            Candidate(i.case_id, o, score, reason) for i, o in zip(hits, opens, strict=True)
        )
        return Match(cands, score >= AUTO_SCORE)
    if len(hits) == 1:
        item, open_amount = hits[0], opens[0]
        agrees, _ = parties[0]
        if amount < open_amount:
            reason = msg(
                "invoice number {number} in the remittance text: part payment of {amount}",
                number=item.number,
                amount=amount,
            )
            score = 70 if contradicted or item.whole else 93
            return Match((Candidate(item.case_id, amount, score, reason),), score >= AUTO_SCORE)
        reason = msg(
            "invoice number {number} in the remittance text: pays {excess} more",
            number=item.number,
            excess=amount - open_amount,
        )
        score = 91 if agrees and not contradicted and not item.whole else 65
        return Match((Candidate(item.case_id, open_amount, score, reason),), score >= AUTO_SCORE)
    # several numbers and the amount does not add up: the clerk splits
    reason = msg(
        "invoice numbers {numbers} in the remittance text, the amount differs", numbers=numbers
    )
    left, split = amount, []
    for item, open_amount in zip(hits, opens, strict=True):
        part = min(left, open_amount)
        left -= part
        split.append(Candidate(item.case_id, part, 60, reason))
    return Match(tuple(split), False)


def _by_party(line: LineFacts, amount: Decimal, side: str, index: OpenIndex) -> Match:
    """No number: the exact amount with the payer's IBAN or name, proposed only."""
    iban = normalize_iban(line.iban)
    same_amount = index.live(index.by_amount.get((side, amount), ()), side, line.currency)
    same_amount = [i for i in same_amount if index.open[i.case_id] == amount]
    if iban:
        own = [i for i in same_amount if normalize_iban(i.party_iban) == iban]
        if own:
            reason = msg("amount and the payer's IBAN agree")
            return Match(tuple(Candidate(i.case_id, amount, 80, reason) for i in own[:5]))
        account = index.live(index.of_iban(iban), side, line.currency)
        if account and sum((index.open[i.case_id] for i in account), ZERO) == amount:
            reason = msg("the payer's open invoices add up to the amount")
            return Match(
                tuple(Candidate(i.case_id, index.open[i.case_id], 75, reason) for i in account[:10])
            )
    if line.name:
        named = [i for i in same_amount if names_agree(line.name, i.party_name)]
        if named:
            reason = msg("amount and the payer's name agree")
            return Match(tuple(Candidate(i.case_id, amount, 60, reason) for i in named[:5]))
    if 0 < len(same_amount) <= 3:
        reason = msg("only the amount agrees")
        return Match(tuple(Candidate(i.case_id, amount, 30, reason) for i in same_amount))
    return Match()
