"""The intake pipeline on a real database with the real sandboxed parser pool."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import select

from invoicedesk.cli.main import main
from invoicedesk.documents.intake.sandbox import ParserPool
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.services.cases.attachments import list_attachments
from invoicedesk.services.incoming.intake import take_in
from invoicedesk.store.models.cases import Case, StatusHistory
from invoicedesk.store.models.parties import Party

MIETE = "einvoice/zugferd/zugferd_2p0_EN16931_Miete.pdf"


@pytest.fixture(scope="module")
def pool() -> Iterator[ParserPool]:
    with ParserPool(2, timeout_s=30) as parser_pool:
        yield parser_pool


def _file(shared_data, rel: str) -> tuple[str, bytes]:  # type: ignore[no-untyped-def]
    path = shared_data / rel
    return path.name, path.read_bytes()


def test_einvoice_is_read_exactly_and_supplier_matched(db, users, pool, shared_data) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:
        s.add(Party(kind="supplier", name="MUSTER-Autovermietung GmbH", vat_id="DE136695976"))
    (outcome,) = take_in(db, users["clara"].actor(), [_file(shared_data, MIETE)], pool)
    assert outcome.status == "ready", outcome.error
    assert outcome.einvoice_profile == "EN16931"
    assert outcome.fields["invoice_number"] == "9314110911/00/M/00/N"
    assert outcome.validation is not None and "summary" in outcome.validation
    with db.read() as s:
        case = s.get(Case, outcome.case_id)
        assert case.party_name == "MUSTER-Autovermietung GmbH" and case.party_id is not None
        assert (case.net, case.tax, case.gross) == (
            Decimal("286.52"),
            Decimal("54.44"),
            Decimal("340.96"),
        )
        assert case.issue_date.isoformat() == "2018-10-01"
        assert case.extraction["supplier_matched_by"] == "VAT ID"
        assert case.lines, "e-invoice lines are taken over"
        source_sha = case.source_sha256
        steps = s.execute(
            select(StatusHistory.action, StatusHistory.to_status)
            .where(StatusHistory.case_id == case.id)
            .order_by(StatusHistory.id)
        ).all()
    assert [tuple(x) for x in steps] == [
        ("create", "uploading"),
        ("system_processing", "processing"),
        ("system_ready", "ready"),
    ]
    (att,) = list_attachments(db, outcome.case_id)
    assert att.sha256 == source_sha and att.filename.endswith(".pdf")


def test_duplicates_and_errors(db, users, pool, shared_data) -> None:  # type: ignore[no-untyped-def]
    files = [
        _file(shared_data, MIETE),
        _file(shared_data, MIETE),
        _file(shared_data, "pdf/hostile/generated-zero-bytes.pdf"),
        _file(shared_data, "pdf/hostile/generated-html-named-pdf.pdf"),
        _file(shared_data, "einvoice/invalid/order-x-basic.xml"),
    ]
    first, second, empty, html, order = take_in(db, users["clara"].actor(), files, pool)
    assert second.duplicate_of == [first.case_id]
    kinds = {d["kind"] for d in second.duplicates}
    assert "same_file" in kinds
    for failed in (empty, html, order):
        assert failed.status == "error" and failed.error
    assert "order" in order.error
    # an Error case offers only Archive
    with pytest.raises(Exception, match="not possible"):
        perform_action(db, users["ada"].actor(), empty.case_id, Action.FINISH_EDIT)
    perform_action(db, users["ada"].actor(), empty.case_id, Action.ARCHIVE)


def test_invalid_einvoice_is_flagged_not_crashed(db, users, pool, shared_data) -> None:  # type: ignore[no-untyped-def]
    invalid = sorted((shared_data / "einvoice" / "invalid").glob("*.pdf"))
    outcomes = take_in(db, Actor.system(), [(p.name, p.read_bytes()) for p in invalid], pool)
    assert len(outcomes) == len(invalid)
    for outcome in outcomes:
        assert outcome.status in ("ready", "error")
        if outcome.status == "ready" and outcome.validation is not None:
            assert not outcome.validation["ok"] or outcome.einvoice_profile, outcome.file
    flagged = [
        o
        for o in outcomes
        if o.status == "error" or (o.validation is not None and not o.validation["ok"])
    ]
    assert flagged, "the rejected samples must be reported"


def test_cli_intake_json(db_url, shared_data, capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(
        [
            "--database-url",
            db_url,
            "intake",
            "--json",
            str(shared_data / MIETE),
            str(shared_data / "pdf/plain-invoices/QualityHosting.pdf"),
            str(shared_data / "pdf/hostile/generated-truncated.pdf"),
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    rows = json.loads(out)
    assert [r["file"] for r in rows] == [
        "zugferd_2p0_EN16931_Miete.pdf",
        "QualityHosting.pdf",
        "generated-truncated.pdf",
    ]
    keys = {"file", "case_id", "status", "error", "duplicate_of", "einvoice_profile", "fields"}
    assert keys <= set(rows[0])
    assert set(rows[0]["fields"]) >= {
        "supplier_name",
        "supplier_vat_id",
        "invoice_number",
        "invoice_date",
        "due_date",
        "currency",
        "net",
        "tax",
        "gross",
        "iban",
    }
    assert rows[1]["fields"]["iban"] == "DE30507500940000048567"
    assert rows[1]["fields"]["gross"] == "34.73"
    assert rows[2]["status"] in ("error", "ready")
