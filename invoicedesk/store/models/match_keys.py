"""The normalised invoice-number keys of each numbered case, indexed for the bank import.

A bank statement's lines name invoices however the payer typed them; the matching reduces both
sides to keys (:mod:`invoicedesk.domain.payments.references`). Each numbered case keeps here the
``key`` and ``short`` key of its number and of the payment reference it printed, so an import
looks up only the keys its lines carry instead of reading every open case. The rows follow
the case by themselves: a flush that inserts a numbered case, or changes a case's number or
payment reference, rewrites its keys in the same transaction (mapper events below); cases
written in bulk without the ORM get theirs from
:func:`invoicedesk.store.match_keys.fill_missing_keys`.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import ForeignKey, Index, String, Table, delete, event, inspect
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, Mapper, mapped_column

from invoicedesk.domain.payments.references import keys
from invoicedesk.store.models.base import Base
from invoicedesk.store.models.cases import Case

#: the kinds of key: the whole key, and the key without its letters
KEY = "key"
SHORT = "short"


class CaseMatchKey(Base):
    """One key under which a case can be named in a remittance text."""

    __tablename__ = "case_match_keys"
    __table_args__ = (Index("ix_case_match_keys_kind_key", "kind", "key"),)

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(5), primary_key=True)
    key: Mapped[str] = mapped_column(String(300), primary_key=True)


_TABLE = cast(Table, CaseMatchKey.__table__)


def key_rows(case_id: int, number: str | None, reference: str | None) -> list[dict[str, Any]]:
    """The key rows of one case: the key (and short key) of its number and of its payment
    reference. A numbered case always has the key row of its number (possibly empty), which
    tells :func:`invoicedesk.store.match_keys.fill_missing_keys` that its keys were written."""
    if number is None:
        return []
    found: set[tuple[str, str]] = set()
    for ref in (number, *((reference,) if reference else ())):
        key, short = keys(ref)
        found.add((KEY, key))
        if short:
            found.add((SHORT, short))
    return [{"case_id": case_id, "kind": k, "key": v} for k, v in sorted(found)]


def _write(connection: Connection, case: Case, replace: bool) -> None:
    if replace:
        connection.execute(delete(_TABLE).where(_TABLE.c.case_id == case.id))
    rows = key_rows(case.id, case.number, case.payment_reference)
    if rows:
        connection.execute(_TABLE.insert(), rows)


@event.listens_for(Case, "after_insert")
def _case_inserted(_mapper: Mapper[Case], connection: Connection, case: Case) -> None:
    _write(connection, case, replace=False)


@event.listens_for(Case, "after_update")
def _case_updated(_mapper: Mapper[Case], connection: Connection, case: Case) -> None:
    state = inspect(case)
    if (
        state.attrs.number.history.has_changes()
        or state.attrs.payment_reference.history.has_changes()
    ):
        _write(connection, case, replace=True)
