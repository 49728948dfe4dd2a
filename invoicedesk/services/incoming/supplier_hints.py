"""Where a supplier's read-out hints are kept: by party, or by VAT ID, IBAN and name key.

Hints of a known supplier (a party record) are stored per party; a supplier that is not yet a
party keeps its hints under the identifiers the clerk confirmed, so the next invoice is read
with them whichever of VAT ID, IBAN or name the read-out finds first. These helpers run inside
the caller's transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from invoicedesk.documents.intake.values import company_key
from invoicedesk.store.models.incoming import SupplierHint, SupplierKeyHint
from invoicedesk.store.types import utcnow


def _keys(vat_ids: list[str], ibans: list[str], names: list[str]) -> list[Any]:
    conditions: list[Any] = []
    if vat_ids:
        conditions.append(SupplierKeyHint.vat_id.in_(vat_ids))
    if ibans:
        conditions.append(SupplierKeyHint.iban.in_(ibans))
    keys = [k for k in (company_key(n) for n in names) if len(k) >= 3]
    if keys:
        conditions.append(SupplierKeyHint.name_key.in_(keys))
    return conditions


def hints_for(
    s: Session, party_id: int | None, vat_ids: list[str], ibans: list[str], names: list[str]
) -> dict[str, Any] | None:
    """The hints of the party, else of the first supplier known by one of the identifiers."""
    if party_id is not None:
        hint = s.get(SupplierHint, party_id)
        if hint is not None:
            return dict(hint.hints)
    conditions = _keys(vat_ids, ibans, names)
    if not conditions:
        return None
    found = s.scalars(
        select(SupplierKeyHint).where(or_(*conditions)).order_by(SupplierKeyHint.id).limit(1)
    ).first()
    return dict(found.hints) if found is not None else None


def _merged(old: dict[str, Any], learned: dict[str, Any]) -> dict[str, Any]:
    return {**learned, "fields": {**old.get("fields", {}), **learned.get("fields", {})}}


def store_hints(
    s: Session, party_id: int | None, values: dict[str, str | None], learned: dict[str, Any]
) -> None:
    """Keep ``learned`` for the party, or under the confirmed VAT ID, IBAN and name key."""
    if party_id is not None:
        hint = s.get(SupplierHint, party_id)
        if hint is None:
            s.add(SupplierHint(party_id=party_id, hints=learned, samples=1))
        else:
            hint.hints = _merged(dict(hint.hints), learned)
            hint.samples += 1
        return
    vat_id = (values.get("supplier_vat_id") or "").replace(" ", "").upper() or None
    iban = (values.get("iban") or "").replace(" ", "").upper() or None
    name = values.get("supplier_name") or ""
    conditions = _keys([vat_id] if vat_id else [], [iban] if iban else [], [name])
    if not conditions:
        return
    found = s.scalars(select(SupplierKeyHint).where(or_(*conditions)).limit(1)).first()
    key = company_key(name)
    if found is None:
        s.add(SupplierKeyHint(vat_id=vat_id, iban=iban, name_key=key if len(key) >= 3 else None,
                              hints=learned, samples=1))  # fmt: skip
        return
    found.hints = _merged(dict(found.hints), learned)
    found.vat_id, found.iban = vat_id or found.vat_id, iban or found.iban
    found.samples += 1
    found.updated_at = utcnow()
