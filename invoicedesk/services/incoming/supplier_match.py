"""Match a read-out supplier to a known party: by VAT ID, then IBAN, then name."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from invoicedesk.documents.intake.values import company_key
from invoicedesk.store.models.parties import Party


@dataclass(frozen=True)
class SupplierMatch:
    """A matched party and how it was found."""

    party_id: int
    name: str
    matched_by: str


def match_supplier(
    session: Session, *, vat_id: str | None, iban: str | None, name: str | None
) -> SupplierMatch | None:
    """The known supplier for the read-out identifiers, or ``None``."""
    suppliers = Party.kind.in_(("supplier", "both"))
    if vat_id:
        compact = vat_id.replace(" ", "").upper()
        found = session.execute(
            select(Party.id, Party.name).where(suppliers, Party.vat_id == compact).limit(1)
        ).first()
        if found:
            return SupplierMatch(found.id, found.name, "VAT ID")
    if iban:
        compact = iban.replace(" ", "").upper()
        found = session.execute(
            select(Party.id, Party.name).where(suppliers, Party.iban == compact).limit(1)
        ).first()
        if found:
            return SupplierMatch(found.id, found.name, "IBAN")
    if name:
        key = company_key(name)
        if len(key) >= 3:
            first = key.split()[0]
            candidates = session.execute(
                select(Party.id, Party.name).where(
                    suppliers, func.lower(Party.name).like(f"%{first}%")
                )
            ).all()
            for candidate in candidates:
                if company_key(candidate.name) == key:
                    return SupplierMatch(candidate.id, candidate.name, "name")
    return None
