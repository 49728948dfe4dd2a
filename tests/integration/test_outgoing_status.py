"""The overdue job and the ``invoicedesk invoice`` command line."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest

from invoicedesk.cli.main import main
from invoicedesk.services.outgoing.issuing import invoice_pdf, issue_invoice
from invoicedesk.services.outgoing.status_jobs import update_overdue
from invoicedesk.store.models.cases import Case

from .test_outgoing import draft, history, setup_outgoing


@pytest.fixture
def world(db, users):  # type: ignore[no-untyped-def]
    return {"db": db, "clerk": users["clara"].actor(), **setup_outgoing(db)}


def test_overdue_moves_sent_unpaid_past_due_cases(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    ids = [draft(db, clerk, world["de"]) for _ in range(4)]
    for cid in ids:
        issue_invoice(db, clerk, cid, delivery="create_only", today=date(2026, 1, 1))
    with db.write() as s:
        for cid in ids[:3]:
            s.get(Case, cid).status = "sent"
        s.get(Case, ids[2]).payment_status = "paid"
    result = update_overdue(db, date(2026, 1, 16))  # due 15.01.
    assert result.case_ids == (ids[0], ids[1])
    assert history(db, ids[0])[-1][:3] == ("system_overdue", "sent", "overdue")
    assert update_overdue(db, date(2026, 1, 16)).changed == 0
    with db.read() as s:
        assert s.get(Case, ids[3]).status == "issued"


def test_cli_issue_pdf_and_export(world, db_url, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = world["db"]
    cid = draft(db, world["clerk"], world["nl"])
    assert main(["invoice", "issue", str(cid), "--send", "--database-url", db_url]) == 0
    assert "queued" in capsys.readouterr().out
    with db.read() as s:
        case = s.get(Case, cid)
        number, stored = case.number, invoice_pdf(s, cid)[1]
    out = tmp_path / "inv.pdf"
    assert main(["invoice", "pdf", number, "--out", str(out), "--database-url", db_url]) == 0
    assert out.read_bytes() == stored
    assert main(["invoice", "pdf", "NOPE-1", "--out", str(out), "--database-url", db_url]) == 1
    assert "no issued invoice" in capsys.readouterr().err
    csv_path = tmp_path / "cases.csv"
    args = ["invoice", "export-csv", "--out", str(csv_path), "--status", "issued"]
    assert main([*args, "--database-url", db_url]) == 0
    rows = list(csv.reader(csv_path.open(encoding="utf-8-sig"), delimiter=";"))
    assert rows[0][:2] == ["id", "number"] and rows[1][1] == number and len(rows) == 2
    assert date.fromisoformat(rows[1][6]) == date.today() + timedelta(days=14)
