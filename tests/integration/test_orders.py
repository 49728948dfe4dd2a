"""Orders and delivery notes: the customer's delivery preference, totals, the delivery note
PDF (numbered, without prices) and its attachment to the order's invoice case; the CLI."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from typing import Any

import pdfplumber
import pytest
from sqlalchemy import select

from invoicedesk.cli.main import main
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.billing.runs import RowSpec, run_rows
from invoicedesk.services.orders.delivery_notes import create_delivery_note, delivery_note_pdf
from invoicedesk.services.orders.orders import OrderInput, OrderLineInput, create_order, set_stage
from invoicedesk.store.models.documents import Attachment
from tests.integration.test_billing_runs import TODAY, add_customer, add_order, process, setup


def test_order_takes_customer_delivery_and_article_data(db: Any) -> None:
    setup(db)
    cust = add_customer(db, "Praxis Dr. Hübner", preferred_delivery="print")
    info = create_order(
        db,
        None,
        OrderInput(
            party_id=cust,
            order_date=TODAY,
            lines=[
                OrderLineInput(Decimal(2), article_no="A-1001"),
                OrderLineInput(
                    Decimal(1),
                    description="Probefahrt",
                    unit_price=Decimal("0"),
                    vat_rate=Decimal(19),
                ),
            ],
        ),
    )
    assert info.delivery == "print" and info.stage == "open" and info.number.startswith("AU-")
    assert info.line_count == 2 and info.net == Decimal("179.80")  # 2 × 89.90 brake discs
    assert info.gross == Decimal("213.96")
    won = set_stage(db, info.id, "won", approved=True)
    assert won.closed_on is not None and won.approved
    with pytest.raises(ValidationError, match="neither a description nor a known article"):
        create_order(
            db,
            None,
            OrderInput(
                party_id=cust,
                order_date=TODAY,
                lines=[OrderLineInput(Decimal(1), article_no="X-0")],
            ),
        )


def test_delivery_note_pdf_and_link_to_the_invoice(db: Any) -> None:
    setup(db)
    cust = add_customer(db, "Autohaus Brandt GmbH")
    order = add_order(db, cust, lines=3, customer_reference="PO-4711")
    note = create_delivery_note(db, Actor.system(), order, today=TODAY)
    assert note.number == "LS-2026-00001"
    with pytest.raises(ValidationError, match="already has the delivery note"):
        create_delivery_note(db, Actor.system(), order, today=TODAY)
    name, pdf = delivery_note_pdf(db, order)
    assert name == "LS-2026-00001.pdf"
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    assert "Lieferschein LS-2026-00001" in text and "Autohaus Brandt GmbH" in text
    assert "PO-4711" in text and "A-1002" in text and "Ersatzteil 3" in text
    assert "120,00" not in text  # no prices on a delivery note
    assert "Datum, Unterschrift" in text
    run_id = process(db, [RowSpec(order, "create_only")])
    row = run_rows(db, run_id)[0]
    with db.read() as s:
        kinds = sorted(s.scalars(select(Attachment.kind).where(Attachment.case_id == row.case_id)))
        notes = s.scalar(select(Attachment.filename).where(Attachment.kind == "delivery_note"))
    assert kinds == ["delivery_note", "invoice_pdf"] and notes == "LS-2026-00001.pdf"


def test_billing_run_cli_json_and_dry_run(db: Any, db_url: str, capsys: Any) -> None:
    setup(db)
    cust = add_customer(db, "Autohaus Brandt GmbH")
    no_mail = add_customer(db, "Hotel Zur Post", email=None)
    add_order(db, cust, closed=TODAY)
    add_order(db, no_mail, closed=TODAY)
    args = [
        "billing-run",
        "--database-url",
        db_url,
        "--scenario",
        "all approved won orders",
        "--workers",
        "0",
        "--json",
    ]
    assert main([*args, "--dry-run"]) == 1
    dry = json.loads(capsys.readouterr().out)
    assert dry["run_id"] is None and dry["failed"] == 1 and len(dry["rows"]) == 2
    assert main(args) == 1  # one row failed
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"run_id", "processed", "failed", "skipped", "rows"}
    assert (out["processed"], out["failed"], out["skipped"]) == (1, 1, 0)
    rows = {r["customer"]: r for r in out["rows"]}
    assert set(rows["Autohaus Brandt GmbH"]) == {
        "order",
        "customer",
        "action",
        "status",
        "invoice_number",
        "error",
        "mail",
    }
    assert rows["Autohaus Brandt GmbH"]["invoice_number"].startswith("RE-")
    assert rows["Autohaus Brandt GmbH"]["mail"] == "queued" and out["mails"] == {"queued": 1}
    assert "no e-mail address" in rows["Hotel Zur Post"]["error"]
    # the failed order (no e-mail address) is fetched again; the invoiced one is not
    assert main([*args[:-1]]) == 1
    assert "0 processed, 1 failed, 0 skipped, 1 orders" in capsys.readouterr().out
