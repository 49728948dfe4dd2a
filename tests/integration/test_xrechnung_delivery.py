"""Tax treatment applied by the core (drafts, collective invoices) and XRechnung for public
customers: the XML beside the PDF in the e-mail, validated with the official EN 16931 and
XRechnung schematron before sending; drafts from JSON files and ``invoice xml`` on the CLI."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal as D  # noqa: N817
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from invoicedesk.cli.main import main
from invoicedesk.documents.einvoice.cii import xrechnung_xml
from invoicedesk.documents.einvoice.ubl import xrechnung_ubl
from invoicedesk.documents.einvoice.xrechnung_check import validate_xrechnung
from invoicedesk.documents.model import DocumentLine, InvoiceDocument
from invoicedesk.documents.samples import BUYERS, sample_invoice
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.skonto import Skonto
from invoicedesk.services.contracts.collective import merge
from invoicedesk.services.contracts.takeover import take_over
from invoicedesk.services.outgoing.credit_notes import create_credit_note
from invoicedesk.services.outgoing.customer_edit import CustomerInput, save_customer
from invoicedesk.services.outgoing.drafts import DraftInput, DraftLine, create_draft, get_draft
from invoicedesk.services.outgoing.issuing import issue_invoice
from invoicedesk.services.outgoing.sending import preview_mail, send_document
from invoicedesk.services.settings.company import get_company, put_company
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.outbox import OutboxMessage
from tests.integration.test_contracts import YEAR_2027, contract
from tests.integration.test_outgoing import setup_outgoing

NL_VAT = "NL000099998B57"
CATEGORIES = {  # category: (buyer country, VAT ID, rate)
    "S": ("DE", None, "19"), "AE": ("NL", NL_VAT, "0"), "K": ("NL", NL_VAT, "0"),
    "G": ("CH", None, "0"), "O": ("CH", None, "0"), "E": ("DE", None, "0"),
    "Z": ("DE", None, "0"),
}  # fmt: skip


def _document(category: str, credit: bool) -> InvoiceDocument:
    country, vat_id, rate = CATEGORIES[category]
    base = sample_invoice(1, "de", seed=5)
    buyer = replace(BUYERS["de"], country=country, vat_id=vat_id, leitweg_id="991-03730-19",
                    address_line2="Haus B")  # fmt: skip
    lines = [
        DocumentLine(1, "Wartung", D(3), "C62", D("0.3333"), D(rate), category),
        DocumentLine(2, "Teil\nmit Beschreibung", D(2), "H87", D("10.50"), D(rate), category,
                     discount_percent=D(10), article_no="A-1"),
    ]  # fmt: skip
    doc = InvoiceDocument.create(
        lines=lines, type_code="381" if credit else "380", number="RE-2026-00007",
        issue_date=date(2026, 12, 1), seller=replace(base.seller, small_business=category == "E"),
        buyer=buyer, delivery_date=date(2026, 11, 30),
        due_date=None if credit else date(2026, 12, 15),
        payment_terms=None if credit else "Zahlbar innerhalb von 14 Tagen bis 15.12.2026.",
        preceding_invoice_number="RE-2026-00001" if credit else None,
        preceding_invoice_date=date(2026, 11, 1) if credit else None,
    )  # fmt: skip
    if not credit:
        doc = replace(doc, skonto=Skonto.of(D(2), 7, doc.issue_date, doc.totals.gross))
    return doc


@pytest.mark.parametrize("credit", [False, True], ids=["invoice", "credit-note"])
@pytest.mark.parametrize("category", list(CATEGORIES))
@pytest.mark.parametrize("syntax", ["CII", "UBL"])
def test_xrechnung_of_every_category_passes_both_schematron_sets(
    syntax: str, category: str, credit: bool
) -> None:
    doc = _document(category, credit)
    xml = (xrechnung_xml if syntax == "CII" else xrechnung_ubl)(doc)
    report = validate_xrechnung(xml)
    assert report.xsd_ok and not report.fatal, [(v.rule_id, v.text) for v in report.fatal]
    if not credit:
        assert b"#SKONTO#TAGE=7#PROZENT=2.00#" in xml
    assert b"Haus B" in xml and b"991-03730-19" in xml


def test_validation_finds_a_broken_rule() -> None:
    xml = xrechnung_ubl(_document("S", False)).replace(b"PROZENT=2.00#", b"PROZENT=2#")
    assert [v.rule_id for v in validate_xrechnung(xml).fatal] == ["BR-DE-18"]


@pytest.fixture
def world(db, users):  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    clerk = users["clara"].actor()
    public = save_customer(db, clerk, CustomerInput(
        name="Stadt Neustadt – Tiefbauamt", street="Rathausplatz 1", address_line2="Zimmer 204",
        postal_code="67433", city="Neustadt", email="rechnung@neustadt.example.com",
        leitweg_id="991-03730-19", einvoice="xrechnung-ubl",
    ))  # fmt: skip
    return {"db": db, "clerk": clerk, "public": public, **parties}


def test_eu_business_gets_reverse_charge_and_intra_eu_supply(world: Any) -> None:
    db, clerk = world["db"], world["clerk"]
    lines = [DraftLine("Wartung", D(1), D("100"), kind="service"),
             DraftLine("Ersatzteil", D(2), D("50"), kind="goods")]  # fmt: skip
    result = create_draft(db, clerk, DraftInput(party_id=world["nl"], lines=lines))
    assert result.tax == D("0.00") and result.warnings == ()
    with db.read() as s:
        case = s.get(Case, result.case_id)
        assert [ln.vat_category for ln in case.lines] == ["AE", "K"] and case.reverse_charge
    # the customer moves to Germany: the same draft decides again from the domestic rate
    assert [ln.vat_category for ln in get_draft(db, result.case_id).data.lines] == ["", ""]


def test_collective_invoice_of_an_eu_business_is_reverse_charge(world: Any) -> None:
    db, clerk = world["db"], world["clerk"]
    contract(db, clerk, world["nl"])
    take_over(db, clerk, *YEAR_2027)
    made = merge(db, clerk, periods_per_invoice=2)
    assert len(made.collective_ids) == 3
    with db.read() as s:
        case = s.get(Case, made.collective_ids[0])
        assert {ln.vat_category for ln in case.lines} == {"AE"} and case.tax == D("0.00")
    issued = issue_invoice(db, clerk, made.collective_ids[0], delivery="create_only")
    assert issued.number.startswith("SR-")


def test_public_customer_gets_the_xrechnung_beside_the_pdf(world: Any) -> None:
    db, clerk = world["db"], world["clerk"]
    lines = [DraftLine("Kehrmaschine Wartung", D(3), D("0.333"), kind="service")]
    data = DraftInput(party_id=world["public"], lines=lines, payment_terms_days=14,
                      skonto_percent=D(2), skonto_days=7)  # fmt: skip
    case_id = create_draft(db, clerk, data).case_id
    assert preview_mail(db, case_id, "send").attachment == "{number}.xml, {number}.pdf"
    sent = send_document(db, clerk, case_id)
    with db.read() as s:
        row = s.get(OutboxMessage, sent.outbox_id)
        names = [a["filename"] for a in row.attachments]
        assert names == [f"{sent.number}.xml", f"{sent.number}.pdf"]
        case = s.get(Case, case_id)
        assert case.gross == D("1.19")  # 3 x 0.333 = 0.999 -> 1.00 net
        assert (case.snapshot["skonto"]["discount"], case.snapshot["skonto"]["pay"]) == (
            "0.02", "1.17",
        )
        assert case.snapshot["buyer"]["customer_number"].startswith("K-")
    credit = create_credit_note(db, clerk, case_id, reason="Doppelt berechnet", send=True)
    with db.read() as s:
        row = s.get(OutboxMessage, credit.outbox_id)
        assert row.attachments[0]["filename"] == f"{credit.number}.xml"


def test_a_fatal_rule_stops_issuing_and_sending(world: Any) -> None:
    db, clerk = world["db"], world["clerk"]
    with db.write() as s:
        put_company(s, replace(get_company(s), postal_code=""))
    lines = [DraftLine("Wartung", D(1), D("10"), kind="service")]
    case_id = create_draft(db, clerk, DraftInput(party_id=world["public"], lines=lines)).case_id
    with pytest.raises(ValidationError, match="BR-DE-4"):
        send_document(db, clerk, case_id)
    with db.read() as s:
        assert s.get(Case, case_id).number is None  # nothing issued, nothing queued
        assert s.scalar(select(OutboxMessage.id).where(OutboxMessage.case_id == case_id)) is None


def test_cli_draft_from_json_and_xml_of_the_issued_invoice(
    db_url: str, world: Any, tmp_path: Path, capsys: Any
) -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    example = readme.split("```json\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "draft.json"
    path.write_text(example, encoding="utf-8")
    assert main(["--database-url", db_url, "invoice", "draft", str(path), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)  # the same name, postcode and street: found
    assert first["customer_id"] == world["public"] and first["customer_created"] is False
    path.write_text(example.replace("Tiefbauamt", "Bauhof"), encoding="utf-8")
    assert main(["--database-url", db_url, "invoice", "draft", str(path), "--json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["customer_id"] != first["customer_id"] and second["customer_created"]
    issued = issue_invoice(world["db"], world["clerk"], first["case_id"], delivery="create_only")
    for fmt in ("xrechnung-cii", "xrechnung-ubl", "factur-x"):
        out = tmp_path / f"{fmt}.xml"
        code = main(["--database-url", db_url, "invoice", "xml", issued.number, "--format", fmt,
                     "--out", str(out)])  # fmt: skip
        assert code == 0 and out.stat().st_size > 1000
    assert not validate_xrechnung((tmp_path / "xrechnung-ubl.xml").read_bytes()).fatal
    bad = tmp_path / "bad.json"
    bad.write_text(example.replace('"unit_price"', '"unit_prize"'), encoding="utf-8")
    assert main(["--database-url", db_url, "invoice", "draft", str(bad)]) == 1
    assert "unknown key 'unit_prize'" in capsys.readouterr().err


def test_billing_run_decides_the_tax_and_sends_the_xrechnung(db: Any) -> None:
    from invoicedesk.services.billing.runs import RowSpec, run_rows
    from tests.integration.test_billing_runs import add_customer, add_order, process, setup

    setup(db)
    nl = add_customer(db, "Jansen Onderdelen B.V.", country="NL", vat_id=NL_VAT,
                      postal_code="1015 CN", city="Amsterdam", language="nl")  # fmt: skip
    city = add_customer(db, "Stadt Neustadt", leitweg_id="991-03730-19",
                        einvoice="xrechnung-cii")  # fmt: skip
    rows = [RowSpec(add_order(db, nl), "create_only"), RowSpec(add_order(db, city), "email")]
    run_id = process(db, rows)
    done = {r.order_id: r for r in run_rows(db, run_id)}
    assert {r.status for r in done.values()} == {"processed"}
    with db.read() as s:
        goods = s.get(Case, done[rows[0].order_id].case_id)
        assert {ln.vat_category for ln in goods.lines} == {"K"} and goods.tax == D("0.00")
        public = s.get(Case, done[rows[1].order_id].case_id)
        mail = s.scalar(select(OutboxMessage).where(OutboxMessage.case_id == public.id))
        assert [a["filename"] for a in mail.attachments] == [
            f"{public.number}.xml", f"{public.number}.pdf",
        ]
