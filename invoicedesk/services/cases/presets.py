"""Named filters of the case table: shipped presets (no owner) and each user's own.

A preset stores a :class:`~invoicedesk.store.case_query.CaseFilter` as JSON. Values that
depend on who applies it are stored as placeholders and resolved at apply time:
``"$me"`` (the user's id), ``"$my_limit"`` (the user's approval limit) and ``"$today"``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select

from invoicedesk.domain.authority import Rights
from invoicedesk.domain.enums import Role
from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.store.case_query import CaseFilter
from invoicedesk.store.database import Database
from invoicedesk.store.models.config import FilterPreset

ME = "$me"
MY_LIMIT = "$my_limit"
TODAY = "$today"

#: name -> filter JSON (with placeholders); the order is the order in the sidebar
SHIPPED_PRESETS: dict[str, dict[str, Any]] = {
    "My open cases": {"created_by_ids": [ME]},
    "Bookable": {"bookable": True},
    "Needs my review": {"direction": "in", "statuses": ["edited"], "not_edited_by_id": ME},
    "Awaiting my approval": {"direction": "in", "statuses": ["checked"], "max_gross": MY_LIMIT},
    "Overdue": {
        "direction": "out",
        "statuses": ["sent", "overdue", "send_failed", "issued"],
        "overdue_before": TODAY,
    },
    "Unsent collective invoices": {
        "direction": "out",
        "kinds": ["collective"],
        "statuses": ["draft", "issued"],
    },
}


@dataclass(frozen=True)
class PresetInfo:
    """A preset as the sidebar shows it; ``shipped`` presets cannot be deleted by users."""

    id: int
    name: str
    filters: dict[str, Any]
    shipped: bool


def ensure_shipped_presets(db: Database) -> int:
    """Create the shipped presets that are missing; returns how many were added."""
    with db.write() as s:
        existing = set(s.scalars(select(FilterPreset.name).where(FilterPreset.owner_id.is_(None))))
        added = 0
        for position, (name, filters) in enumerate(SHIPPED_PRESETS.items()):
            if name not in existing:
                s.add(FilterPreset(owner_id=None, name=name, filters=filters, position=position))
                added += 1
        return added


def list_presets(db: Database, user_id: int | None) -> list[PresetInfo]:
    """Shipped presets first (in their order), then the user's own by name."""
    with db.read() as s:
        rows = s.scalars(
            select(FilterPreset)
            .where(or_(FilterPreset.owner_id.is_(None), FilterPreset.owner_id == user_id))
            .order_by(FilterPreset.owner_id.is_not(None), FilterPreset.position, FilterPreset.name)
        )
        seen: set[tuple[bool, str]] = set()
        result = []
        for p in rows:
            key = (p.owner_id is None, p.name)
            if key in seen:  # two workstations created the shipped ones at once
                continue
            seen.add(key)
            result.append(PresetInfo(p.id, p.name, dict(p.filters), p.owner_id is None))
        return result


#: shipped presets that only make sense for some roles (shown to those and to admins)
PRESET_ROLES: dict[str, tuple[Role, ...]] = {"Awaiting my approval": (Role.APPROVER,)}


def shown_to(presets: list[PresetInfo], rights: Rights) -> list[PresetInfo]:
    """The presets a user with ``rights`` sees: *Awaiting my approval* only for approvers."""
    return [
        p for p in presets
        if not (p.shipped and p.name in PRESET_ROLES) or rights.has_any(PRESET_ROLES[p.name])
    ]  # fmt: skip


def resolve(filters: dict[str, Any], rights: Rights, today: date | None = None) -> CaseFilter:
    """The concrete filter of a preset for the user with ``rights`` (placeholders replaced)."""
    values = {
        ME: rights.user_id,
        MY_LIMIT: str(rights.approval_limit),
        TODAY: (today or date.today()).isoformat(),
    }

    def sub(value: Any) -> Any:
        if isinstance(value, list):
            return [sub(v) for v in value]
        if isinstance(value, str) and value in values:
            return values[value]
        return value

    return CaseFilter.from_json({k: sub(v) for k, v in filters.items()})


def save_preset(db: Database, owner_id: int, name: str, flt: CaseFilter) -> PresetInfo:
    """Save (or overwrite) the user's own preset ``name`` with the current filter."""
    name = name.strip()
    if not 1 <= len(name) <= 100:
        raise ValidationError("A preset name must be 1 to 100 characters long.")
    if name in SHIPPED_PRESETS:
        raise ValidationError(
            "{name!r} is the name of a shipped preset; choose another name.", name=name
        )
    data = {k: v for k, v in flt.to_json().items() if v not in (None, [], "", False)}
    with db.write() as s:
        row = s.scalar(
            select(FilterPreset).where(FilterPreset.owner_id == owner_id, FilterPreset.name == name)
        )
        if row is None:
            row = FilterPreset(owner_id=owner_id, name=name, filters=data, position=1000)
            s.add(row)
        else:
            row.filters = data
        s.flush()
        return PresetInfo(row.id, row.name, data, False)


def delete_preset(db: Database, owner_id: int, preset_id: int) -> None:
    """Delete one of the user's own presets (shipped presets are refused)."""
    with db.write() as s:
        row = s.get(FilterPreset, preset_id)
        if row is None or row.owner_id != owner_id:
            raise NotFound("You can only delete presets you saved yourself.")
        s.delete(row)
