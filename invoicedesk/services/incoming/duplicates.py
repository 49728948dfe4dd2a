"""Duplicate detection for incoming invoices: same file, same supplier and number, or likely.

Duplicates are reported with a reason and a link to the other case; the clerk decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from invoicedesk.domain.messages import msg
from invoicedesk.store.models.cases import Case

LIKELY_WINDOW_DAYS = 5


@dataclass(frozen=True)
class Duplicate:
    """Another case that may be the same invoice."""

    case_id: int
    kind: str  # 'same_file' | 'same_number' | 'likely'
    reason: str


def find_duplicates(
    session: Session,
    *,
    case_id: int,
    sha256: str | None,
    party_id: int | None,
    party_name: str,
    number: str | None,
    gross: Decimal | None,
    issue_date: date | None,
) -> list[Duplicate]:
    """Every other incoming case that looks like the same invoice, strongest reason first."""
    found: dict[int, Duplicate] = {}
    others = and_(Case.direction == "in", Case.id != case_id, Case.status != "error")
    if sha256:
        for other in session.scalars(
            select(Case.id).where(others, Case.source_sha256 == sha256).limit(5)
        ):
            found.setdefault(
                other, Duplicate(other, "same_file", msg("the same file was taken in"))
            )
    supplier = Case.party_id == party_id if party_id is not None else Case.party_name == party_name
    if number:
        for other in session.scalars(
            select(Case.id).where(others, supplier, Case.number == number).limit(5)
        ):
            found.setdefault(
                other,
                Duplicate(
                    other,
                    "same_number",
                    msg("same supplier and invoice number {number}", number=number),
                ),
            )
    if gross is not None and issue_date is not None:
        window = timedelta(days=LIKELY_WINDOW_DAYS)
        for other in session.scalars(
            select(Case.id)
            .where(
                others,
                supplier,
                Case.gross == gross,
                Case.issue_date.between(issue_date - window, issue_date + window),
            )
            .limit(5)
        ):
            found.setdefault(
                other,
                Duplicate(
                    other,
                    "likely",
                    msg(
                        "same supplier and amount {amount} within {days} days",
                        amount=gross,
                        days=LIKELY_WINDOW_DAYS,
                    ),
                ),
            )
    return list(found.values())
