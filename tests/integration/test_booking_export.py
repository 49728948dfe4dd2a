"""Booking export: DATEV format, status change in the same transaction, never twice."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal

import pytest

from invoicedesk.cli.main import main
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.workflow import Action
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.services.incoming.booking_export import export_approved, export_content
from invoicedesk.store.models.cases import Case, CaseLine
from invoicedesk.store.models.parties import Party


def _approved(db, number: str, lines: list[tuple[str, str]], status: str = "approved") -> int:  # type: ignore[no-untyped-def]
    with db.write() as s:
        party = Party(kind="supplier", name="Reifen Müller GmbH", vat_id="DE136695976",
                      iban="DE89370400440532013000")
        s.add(party)
        s.flush()
        net = sum(Decimal(n) for n, _ in lines)
        tax = sum(Decimal(n) * Decimal(r) / 100 for n, r in lines).quantize(Decimal("0.01"))
        case = Case(direction="in", status=status, party_id=party.id,
                    party_name="Reifen Müller GmbH", number=number,
                    issue_date=date(2026, 11, 3), due_date=date(2026, 11, 17),
                    net=net, tax=tax, gross=net + tax)
        case.lines = [CaseLine(position=i + 1, description="Reifen", net=Decimal(n),
                               vat_rate=Decimal(r)) for i, (n, r) in enumerate(lines)]
        s.add(case)
        s.flush()
        return case.id


def test_datev_file_format(db, users) -> None:  # type: ignore[no-untyped-def]
    one = _approved(db, "R-2026/0815", [("100.00", "19"), ("50.00", "7")])
    two = _approved(db, "R-77", [("10.00", "19")])
    draft = _approved(db, "R-78", [("10.00", "19")], status="checked")
    result = export_approved(db, users["clara"].actor(), "datev")
    assert result.case_ids == (one, two)
    raw = result.content
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    text = raw.decode("cp1252")
    lines = text.split("\r\n")
    header = lines[0].split(";")
    assert header[:5] == ['"EXTF"', "700", "21", '"Buchungsstapel"', "13"]
    assert len(header) == 31 and header[10] == "1001"
    assert lines[1].startswith('"Umsatz (ohne Soll/Haben-Kz)";"Soll/Haben-Kennzeichen"')
    rows = [line.split(";") for line in lines[2:] if line]
    assert len(rows) == 3  # invoice one has two VAT rates
    assert rows[0][0] == "119,00" and rows[0][1] == '"H"' and rows[0][7] == "3400"
    assert rows[1][0] == "53,50" and rows[1][7] == "3300"
    assert rows[0][9] == "0311" and rows[0][10] == '"R-2026/0815"'
    assert "Müller" in rows[0][13]  # cp1252 keeps umlauts
    with db.read() as s:
        assert [s.get(Case, i).status for i in (one, two, draft)] == ["booked", "booked",
                                                                      "checked"]
    # never silently repeated: nothing left to export
    with pytest.raises(ValidationError, match="no approved"):
        export_approved(db, users["clara"].actor(), "datev")
    name, again = export_content(db, result.export_id)
    assert again == raw and name == result.filename


def test_plain_csv_and_cli(db, db_url, users, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cid = _approved(db, "INV-1", [("200.00", "19")])
    out = tmp_path / "export.csv"
    assert main(["--database-url", db_url, "export", "csv", "--out", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert rows == [{
        "case_id": str(cid), "supplier": "Reifen Müller GmbH", "supplier_vat_id": "DE136695976",
        "invoice_number": "INV-1", "invoice_date": "2026-11-03", "due_date": "2026-11-17",
        "currency": "EUR", "net": "200.00", "tax": "38.00", "gross": "238.00",
        "iban": "DE89370400440532013000",
    }]
    code = main(["--database-url", db_url, "export", "csv", "--out", str(tmp_path / "b.csv")])
    assert code == 1 and "no approved" in capsys.readouterr().err
    # a booked case can be archived, not exported or edited again
    perform_action(db, users["ada"].actor(), cid, Action.ARCHIVE)


def test_export_rolls_back_on_bad_case(db, users) -> None:  # type: ignore[no-untyped-def]
    good = _approved(db, "OK-1", [("10.00", "19")])
    bad = _approved(db, "BAD", [("10.00", "19")])
    with db.write() as s:
        s.get(Case, bad).issue_date = None
    with pytest.raises(ValidationError, match="invoice date"):
        export_approved(db, users["clara"].actor(), "datev")
    with db.read() as s:
        assert s.get(Case, good).status == "approved"


def test_booked_only_through_the_export(db, users) -> None:  # type: ignore[no-untyped-def]
    """*Export to booking* as a bare status change is refused: no booking file, no Booked."""
    cid = _approved(db, "R-1", [("10.00", "19")])
    with db.read() as s:
        version = s.get(Case, cid).version
    with pytest.raises(ValidationError, match="booked by exporting"):
        perform_action(db, users["clara"].actor(), cid, Action.BOOK_EXPORT, None, version)
    with db.read() as s:
        assert s.get(Case, cid).status == "approved"
    result = export_approved(db, users["clara"].actor(), "csv", [cid])
    assert result.case_ids == (cid,)
    with db.read() as s:
        assert s.get(Case, cid).status == "booked"
