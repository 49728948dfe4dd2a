"""Net, tax and gross: chosen by label priority and arithmetic consistency.

Every labelled amount is a candidate for the role its label says (``Nettobetrag`` -> net,
``MwSt. 19 %`` -> tax, ``Gesamtbetrag`` -> gross, ``Zwischensumme`` -> subtotal, which may
be the net amount, ``Noch zu zahlen`` -> amount due, which is the gross amount only when nothing
was prepaid). The read-out takes the combination ``net + tax (one or more rates) = gross``
whose labels are strongest, with extra weight when the tax matches the printed rate times the
net amount and when ``gross - prepaid`` is the amount due. So a subtotal before a discount, an
amount after a prepayment and the line amounts are never taken for the invoice total.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import Decimal

from ..values import format_amount
from .candidates import Value

CENT = Decimal("0.01")
_RATE = re.compile(r"(\d{1,2}(?:[.,]\d{1,2})?)\s?%")
_NET_ROLES = {"net": 1.0, "subtotal": 0.8}
_TAX_ROLES = {"tax": 1.0, "tax_included": 1.0}
_GROSS_ROLES = {"gross": 1.0, "due_amount": 0.8}
_MAX_TAX_LINES = 3


@dataclass(frozen=True)
class Totals:
    """The chosen amounts (as ``'1234.50'`` strings), their confidences and their sources."""

    net: str | None
    tax: str | None
    gross: str | None
    confidence: dict[str, float]
    source: dict[str, str]
    consistent: bool


def _rate(label: str) -> Decimal | None:
    match = _RATE.search(label)
    return Decimal(match.group(1).replace(",", ".")) if match else None


def _best_by_amount(values: list[Value], weights: dict[str, float]) -> list[Value]:
    """One candidate per amount (the strongest label), strongest first."""
    best: dict[Decimal, Value] = {}
    for value in values:
        if value.role not in weights:
            continue
        score = value.strength * weights[value.role]
        current = best.get(value.amount)
        if current is None or score > current.strength * weights[str(current.role)]:
            best[value.amount] = value
    return sorted(best.values(), key=lambda v: -v.strength * weights[str(v.role)])


def _score(net: Value | None, taxes: tuple[Value, ...], gross: Value, extra: list[Value]) -> float:
    score = gross.strength * _GROSS_ROLES[str(gross.role)]
    score += net.strength * _NET_ROLES[str(net.role)] if net else 0.2
    score += sum(t.strength for t in taxes) / max(1, len(taxes)) if taxes else 0.3
    if net and len(taxes) == 1:
        rate = _rate(taxes[0].left or taxes[0].above)
        if rate is not None and abs(net.amount * rate / 100 - taxes[0].amount) <= CENT * 2:
            score += 0.4
    if net and len(taxes) > 1 and all(_rate(t.left or t.above) is not None for t in taxes):
        score += 0.2
    prepaid = [v.amount for v in extra if v.role == "prepaid"]
    due = {v.amount for v in extra if v.role == "due_amount"}
    if prepaid and any(gross.amount - abs(p) in due for p in prepaid):
        score += 0.5
    if gross.role == "due_amount" and prepaid:
        score -= 1.0
    if net is not None and net.top <= gross.top and all(t.top <= gross.top for t in taxes):
        score += 0.1
    return score


def _combinations(taxes: list[Value]) -> list[tuple[Value, ...]]:
    combos: list[tuple[Value, ...]] = [()]
    for size in range(1, min(_MAX_TAX_LINES, len(taxes)) + 1):
        combos.extend(itertools.combinations(taxes, size))
    return combos


NO_VAT = re.compile(
    r"ohne\s+(?:mwst|ust)|steuerfrei|nicht\s+steuerbar|reverse[\s-]+charge|§\s?13b|§\s?19\s+ustg"
    r"|vat\s+exempt|exempt\s+from\s+vat|not\s+subject\s+to\s+vat|outside\s+the\s+scope"
    r"|btw\s+verlegd|vrijgesteld\s+van\s+btw|autoliquidation|exon[ée]r|tva\s+non\s+applicable",
    re.I,
)
"""Words saying that the invoice carries no VAT (reverse charge, exemptions)."""


def pick_totals(amounts: list[Value], *, no_vat: bool = False) -> Totals:
    """Choose net, tax and gross among the labelled amounts (see the module docstring);
    ``no_vat`` (the page says it carries no VAT) lets a lone total stand for net and gross."""
    nets = _best_by_amount(amounts, _NET_ROLES)
    taxes = [v for v in amounts if v.role in _TAX_ROLES]
    grosses = _best_by_amount(amounts, _GROSS_ROLES)
    extra = [v for v in amounts if v.role in ("prepaid", "due_amount")]
    best: tuple[float, Value | None, tuple[Value, ...], Value] | None = None
    top = max((g.amount for g in grosses if g.role == "gross"), default=None)
    for gross in grosses:
        for combo in _combinations(_distinct_lines(taxes)):
            tax_sum = sum((t.amount for t in combo), Decimal("0"))
            for net in [*nets, None]:
                if net is None and not combo:
                    continue
                if net is not None and net.amount + tax_sum != gross.amount:
                    continue
                if net is None and (gross.amount - tax_sum) <= 0:
                    continue
                score = _score(net, combo, gross, extra)
                if gross.amount == top:  # a VAT table per rate: its sum row, not one rate's row
                    score += 0.1
                if best is None or score > best[0]:
                    best = (score, net, combo, gross)
    if best is not None:
        return _consistent(*best)
    return _fallback(nets, taxes, grosses, extra, no_vat)


def _distinct_lines(taxes: list[Value]) -> list[Value]:
    """Tax candidates, one per line and amount (a repeated total row is not a second rate)."""
    seen: set[tuple[int, Decimal]] = set()
    kept = []
    for tax in sorted(taxes, key=lambda t: -t.strength):
        key = (tax.line, tax.amount)
        if key not in seen and not any(k[1] == tax.amount and k[0] != tax.line for k in seen):
            seen.add(key)
            kept.append(tax)
    return kept


def _consistent(score: float, net: Value | None, taxes: tuple[Value, ...], gross: Value) -> Totals:
    tax_sum = sum((t.amount for t in taxes), Decimal("0"))
    net_amount = net.amount if net else gross.amount - tax_sum
    sure = 0.95 if score >= 2.2 else 0.85 if score >= 1.6 else 0.7
    return Totals(
        net=format_amount(net_amount),
        tax=format_amount(tax_sum),
        gross=format_amount(gross.amount),
        confidence={
            "net": sure if net else round(sure * 0.85, 2),
            "tax": sure if taxes else round(sure * 0.8, 2),
            "gross": sure,
        },
        source={
            "net": "label" if net else "derived",
            "tax": "label" if taxes else "derived",
            "gross": "label",
        },
        consistent=True,
    )


def _fallback(
    nets: list[Value], taxes: list[Value], grosses: list[Value], extra: list[Value], no_vat: bool
) -> Totals:
    """No consistent combination: the strongest label of each, derived where one is missing."""
    prepaid = any(v.role == "prepaid" for v in extra)
    gross_pick = next((g for g in grosses if not (prepaid and g.role == "due_amount")), None)
    net = nets[0].amount if nets else None
    tax = sum((t.amount for t in _distinct_lines(taxes)[:1]), Decimal("0")) if taxes else None
    gross = gross_pick.amount if gross_pick else None
    source = {"net": "label", "tax": "label", "gross": "label"}
    if no_vat and not taxes and gross is not None and net in (None, gross):
        net, tax = gross, Decimal("0")
        source.update(net="derived", tax="derived")
    if gross is None and net is not None and tax is not None:
        gross, source["gross"] = net + tax, "derived"
    elif net is None and gross is not None and tax is not None:
        net, source["net"] = gross - tax, "derived"
    elif tax is None and gross is not None and net is not None and gross >= net:
        tax, source["tax"] = gross - net, "derived"
    return Totals(
        net=format_amount(net) if net is not None else None,
        tax=format_amount(tax) if tax is not None else None,
        gross=format_amount(gross) if gross is not None else None,
        confidence={"net": 0.4, "tax": 0.4, "gross": 0.45},
        source=source,
        consistent=False,
    )
