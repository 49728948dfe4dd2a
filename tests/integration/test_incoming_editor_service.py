"""Editing incoming invoices: arithmetic checks, conflicts, hints learned from corrections."""

from __future__ import annotations

from decimal import Decimal

import pytest

from invoicedesk.domain.errors import ActionRefused, ConflictError, ValidationError
from invoicedesk.services.incoming.editing import (
    EditorLine,
    arithmetic_warnings,
    load_editor,
    save_editor,
)
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.incoming import SupplierHint
from invoicedesk.store.models.parties import Party

WORDS = [
    [0, 50.0, 40.0, 200.0, 52.0, "Reifen"], [0, 205.0, 40.0, 260.0, 52.0, "Müller"],
    [0, 50.0, 100.0, 120.0, 110.0, "Rechnungsnummer:"], [0, 130.0, 100.0, 180.0, 110.0, "RM-4711"],
    [0, 50.0, 120.0, 120.0, 130.0, "Gesamtbetrag"], [0, 400.0, 120.0, 450.0, 130.0, "119,00"],
]


def _ready_case(db) -> int:  # type: ignore[no-untyped-def]
    with db.write() as s:
        party = Party(kind="supplier", name="Reifen Müller GmbH", vat_id="DE136695976")
        s.add(party)
        s.flush()
        case = Case(direction="in", status="ready", party_name="Reifen Müller GmbH",
                    party_id=party.id, gross=Decimal("119.00"),
                    extraction={"fields": {"invoice_number": {"value": None, "confidence": 0.0},
                                           "gross": {"value": "119.00", "confidence": 0.9}},
                                "words": WORDS})
        s.add(case)
        s.flush()
        return case.id


def test_arithmetic_warnings() -> None:
    ok = {"net": "100.00", "tax": "19.00", "gross": "119.00"}
    assert arithmetic_warnings(ok, []) == []
    bad = {"net": "100.00", "tax": "19.00", "gross": "120.00"}
    assert "gross amount is 120.00" in arithmetic_warnings(bad, [])[0]
    line = EditorLine("x", Decimal(1), Decimal(90), Decimal(19), Decimal("90.00"))
    assert "lines add up to 90.00" in arithmetic_warnings(ok, [line])[0]
    assert "not a number" in arithmetic_warnings({"net": "abc"}, [])[0]


def test_save_learn_finish_and_conflict(db, users) -> None:  # type: ignore[no-untyped-def]
    cid = _ready_case(db)
    data = load_editor(db, cid)
    assert "invoice_number" in data.low_confidence()
    fields = dict(data.fields, invoice_number="RM-4711", invoice_date="2026-11-02",
                  net="100.00", tax="19.00", gross="119.00")
    with pytest.raises(ValidationError, match="not a date"):
        save_editor(db, users["clara"].actor(), cid, data.version,
                    dict(fields, due_date="31.02.2026"))
    version = save_editor(db, users["clara"].actor(), cid, data.version, fields)
    with pytest.raises(ConflictError):
        save_editor(db, users["rolf"].actor(), cid, data.version, fields)
    with db.read() as s:
        case = s.get(Case, cid)
        assert case.number == "RM-4711" and case.extraction["corrected"] == [
            "invoice_date", "invoice_number", "net", "tax"]
        hint = s.get(SupplierHint, case.party_id)
        assert hint is not None and "invoice_number" in hint.hints["fields"]
    reloaded = load_editor(db, cid)
    assert reloaded.confidence["invoice_number"] == 1.0
    save_editor(db, users["clara"].actor(), cid, version, fields, finish=True)
    with db.read() as s:
        case = s.get(Case, cid)
        assert case.status == "edited" and case.edited_by_id == users["clara"].id
        current = case.version
    with pytest.raises(ActionRefused):
        save_editor(db, users["clara"].actor(), cid, current, fields)


def test_amounts_not_read_are_empty_not_zero(db) -> None:  # type: ignore[no-untyped-def]
    """Net and tax that were not found show empty (to be entered), never as a made-up 0.00."""
    data = load_editor(db, _ready_case(db))
    assert data.fields["gross"] == "119.00"
    assert data.fields["net"] == "" and data.fields["tax"] == ""
    assert arithmetic_warnings(data.fields, []) == ["Enter the net amount and tax amount."]
    filled = {**data.fields, "net": "100.00", "tax": "19.00"}
    assert arithmetic_warnings(filled, []) == []
