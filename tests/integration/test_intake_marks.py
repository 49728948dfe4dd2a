"""The marks of incoming cases in the case table: read completely or fields to check,
validation findings, possible duplicate; and the party read for an unknown supplier."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invoicedesk.documents.intake.sandbox import ParserPool
from invoicedesk.services.cases.details import load_case_details
from invoicedesk.services.incoming.intake import take_in
from invoicedesk.store.case_query import CaseFilter, fetch_page
from invoicedesk.store.models.cases import Case, StatusHistory
from tests.intake_corpus.corpus import generate


@pytest.fixture(scope="module")
def pool() -> Iterator[ParserPool]:
    with ParserPool(1, timeout_s=60) as parser_pool:
        yield parser_pool


def test_marks_and_party_of_taken_in_invoices(db, users, pool, shared_data) -> None:  # type: ignore[no-untyped-def]
    sample = generate(size=1)[0]
    invalid = shared_data / "einvoice" / "invalid" / "python-factur-x.pdf"
    saeco = shared_data / "pdf" / "plain-invoices" / "saeco.pdf"
    files = [
        (sample.name, sample.pdf),
        ("again.pdf", sample.pdf),
        (invalid.name, invalid.read_bytes()),
        (saeco.name, saeco.read_bytes()),
    ]
    good, again, failing, unsure = take_in(db, users["clara"].actor(), files, pool)
    with db.read() as s:
        rows = {r.id: r for r in fetch_page(s, CaseFilter(direction="in"))}
        comments = {
            h.case_id: h.comment
            for h in s.query(StatusHistory).filter(StatusHistory.to_status == "ready")
        }
        assert s.get(Case, good.case_id).extraction["check_fields"] == []
    assert rows[good.case_id].readout == "complete" and "read completely" in comments[good.case_id]
    assert rows[again.case_id].duplicate_of_id == good.case_id
    assert rows[failing.case_id].findings > 0
    assert rows[unsure.case_id].readout == "check"
    assert "check fields: supplier" in comments[unsure.case_id]
    party = load_case_details(db, good.case_id).party
    assert party.vat_id == sample.expected["supplier_vat_id"]
    assert party.iban == sample.expected["iban"] and party.street
    details = load_case_details(db, failing.case_id)
    assert details.findings == rows[failing.case_id].findings
