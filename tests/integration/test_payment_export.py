"""Payments go to booking: the desk's *Bookable* lists cases with payments not yet exported,
the DATEV and CSV files (parsed back here) hold one row per settled case, each payment is
exported once, and a payment undone after its export is exported once more as its reversal."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from decimal import Decimal

import pytest

from invoicedesk.cli.main import main
from invoicedesk.domain.errors import ValidationError
from invoicedesk.services.payments.booking_export import export_payments, payments_summary
from invoicedesk.services.payments.recording import PaymentInput, record_payment, undo_payment
from invoicedesk.store.case_query import CaseFilter, fetch_rows
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.parties import Party

D = Decimal
DAY = date(2026, 11, 20)


def _party(db, kind: str, name: str) -> int:  # type: ignore[no-untyped-def]
    with db.write() as s:
        party = Party(kind=kind, name=name)
        s.add(party)
        s.flush()
        return party.id


def _case(db, party_id: int, direction: str, status: str, gross: str, number: str) -> int:  # type: ignore[no-untyped-def]
    with db.write() as s:
        case = Case(
            direction=direction,
            status=status,
            kind="invoice",
            party_id=party_id,
            party_name="Jansen B.V." if direction == "out" else "Büro Müller GmbH",
            gross=D(gross),
            net=D(gross),
            number=number,
            issue_date=DAY - timedelta(days=20),
            due_date=DAY + timedelta(days=14),
        )
        s.add(case)
        s.flush()
        return case.id


def _bookable(db) -> list[int]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        flt = CaseFilter(bookable=True, include_inactive=True)
        return sorted(r.id for r in fetch_rows(s, flt, limit=100))


def _datev_rows(content: bytes) -> tuple[list[str], list[str], list[list[str]]]:
    text = content.decode("cp1252")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    header, columns, *rows = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    return header, columns, rows


@pytest.fixture
def world(db, users):  # type: ignore[no-untyped-def]
    clerk = users["clara"].actor()
    customer = _party(db, "customer", "Jansen B.V.")
    supplier = _party(db, "supplier", "Büro Müller GmbH")
    paid = _case(db, customer, "out", "sent", "1190.00", "RE-2026-00090")
    partial = _case(db, customer, "out", "sent", "595.00", "RE-2026-00091")
    bill = _case(db, supplier, "in", "approved", "80.00", "R-17")
    unpaid = _case(db, customer, "out", "sent", "100.00", "RE-2026-00092")
    return {
        "clerk": clerk,
        "customer": customer,
        "supplier": supplier,
        "paid": paid,
        "partial": partial,
        "bill": bill,
        "unpaid": unpaid,
    }


def test_datev_export_of_payments_parsed_back(db, world) -> None:  # type: ignore[no-untyped-def]
    clerk, paid, partial, bill = world["clerk"], world["paid"], world["partial"], world["bill"]
    assert _bookable(db) == []
    # one transfer pays the first invoice and part of the second, 10.00 more stays as credit
    both = PaymentInput(
        D("1400.00"),
        DAY,
        [(paid, D("1190.00")), (partial, D("200.00"))],
        party_name="Jansen B.V.",
        reference="RE-2026-00090 RE-2026-00091",
        source="bank",
    )
    record_payment(db, clerk, both)
    out = PaymentInput(D("80.00"), DAY, [(bill, D("80.00"))], direction="out", source="bank")
    record_payment(db, clerk, out)
    assert _bookable(db) == sorted([paid, partial, bill])
    assert payments_summary(db) == (2, D("1480.00"))

    result = export_payments(db, clerk, "datev")
    header, columns, rows = _datev_rows(result.content)
    assert header[:5] == ["EXTF", "700", "21", "Buchungsstapel", "13"]
    assert header[14:16] == ["20261120", "20261120"] and header[16] == "Zahlungen InvoiceDesk"
    assert columns[:2] == ["Umsatz (ohne Soll/Haben-Kz)", "Soll/Haben-Kennzeichen"]
    debtor, creditor = str(10000 + world["customer"]), str(70000 + world["supplier"])
    got = [(r[0], r[1], r[2], r[6], r[7], r[9], r[10], r[13]) for r in rows]
    assert got == [
        ("1190,00", "S", "EUR", "1200", debtor, "2011", "RE-2026-00090", "Jansen B.V."),
        ("200,00", "S", "EUR", "1200", debtor, "2011", "RE-2026-00091", "Jansen B.V."),
        ("10,00", "S", "EUR", "1200", debtor, "2011", "", "Jansen B.V."),
        ("80,00", "H", "EUR", "1200", creditor, "2011", "R-17", "Büro Müller GmbH"),
    ]
    assert all(len(r) == len(columns) for r in rows)
    assert result.total_gross == D("1480.00") and result.case_ids == tuple(
        sorted([paid, partial, bill])
    )
    # the paid invoice is booked now; nothing waits, a second export finds nothing
    with db.read() as s:
        assert s.get(Case, paid).booked and not s.get(Case, partial).booked
    assert _bookable(db) == []
    with pytest.raises(ValidationError, match="no payments"):
        export_payments(db, clerk, "datev")


def test_undone_after_export_is_exported_as_reversal_csv(db, db_url, world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clerk, partial, unpaid = world["clerk"], world["partial"], world["unpaid"]
    first = record_payment(db, clerk, PaymentInput(D("300.00"), DAY, [(partial, D("300.00"))]))
    early = record_payment(db, clerk, PaymentInput(D("100.00"), DAY, [(unpaid, D("100.00"))]))
    undo_payment(db, clerk, early.payment_id, "wrong invoice")  # undone before any export
    csv1 = export_payments(db, clerk, "csv")
    (row,) = list(csv.DictReader(io.StringIO(csv1.content.decode("utf-8"))))
    assert (row["payment_id"], row["reversal"], row["amount"], row["invoice_number"]) == (
        str(first.payment_id),
        "0",
        "300.00",
        "RE-2026-00091",
    )
    assert (row["booked_on"], row["direction"], row["case_id"]) == (
        "2026-11-20",
        "in",
        str(partial),
    )
    undo_payment(db, clerk, first.payment_id, "returned by the bank")
    assert _bookable(db) == [partial]
    out = tmp_path / "payments.csv"
    assert (
        main(["export", "payments", "--format", "csv", "--out", str(out), "--database-url", db_url])
        == 0
    )
    (back,) = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert (back["payment_id"], back["reversal"], back["amount"]) == (
        str(first.payment_id),
        "1",
        "-300.00",
    )
    assert _bookable(db) == []
    datev_again = tmp_path / "again.csv"
    assert main(["export", "payments", "--out", str(datev_again), "--database-url", db_url]) == 1
    assert not datev_again.exists()
