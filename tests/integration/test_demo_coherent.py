"""A coherent demo (issue 21, section 6): issued demo invoices carry the Factur-X PDF of their
own case, dates agree with statuses (nothing flips to Overdue after login), the default demo
has orders for a billing run, contracts, supplier invoices in every status and collective
invoices without a send date, and ``invoicedesk demo-data`` on an empty database sets up the
company so that invoices can be issued afterwards."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from typing import Any

import facturx
import pdfplumber
from sqlalchemy import func, select

from invoicedesk.cli.main import main
from invoicedesk.domain.enums import InStatus
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.billing.runs import fetch
from invoicedesk.services.billing.scenarios import list_scenarios
from invoicedesk.services.contracts.collective_query import popup_rows
from invoicedesk.services.contracts.takeover import earliest_unbilled
from invoicedesk.services.demo.setup import use_demo_data
from invoicedesk.services.outgoing.drafts import DraftInput, DraftLine, create_draft
from invoicedesk.services.outgoing.issuing import invoice_pdf, issue_invoice
from invoicedesk.services.outgoing.status_jobs import update_overdue
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case, StatusHistory
from invoicedesk.store.models.contracts import ServiceContract
from invoicedesk.store.models.parties import Party
from invoicedesk.store.models.users import User

CASES = 80


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def _amount(value: Decimal) -> str:
    """``1.234,56`` as a German invoice prints it."""
    return f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def test_demo_invoices_are_rendered_from_their_case(db) -> None:  # type: ignore[no-untyped-def]
    made = use_demo_data(db, CASES)
    assert made.cases == CASES
    with db.read() as s:
        issued = list(
            s.scalars(
                select(Case).where(
                    Case.direction == "out", Case.number.is_not(None), Case.kind != "collective"
                )
            )
        )
        assert len(issued) > 20
        for case in issued:
            name, pdf, _sha = invoice_pdf(s, case.id)
            assert name == f"{case.number}.pdf"
            assert case.snapshot is not None and case.snapshot["number"] == case.number
            text = _text(pdf)
            assert case.number in text and case.party_name.split()[0] in text
            assert "RE-DEMO" not in text
            if case.language == "de":
                assert _amount(case.gross) in text
            _xml_name, xml = facturx.get_xml_from_pdf(pdf, check_xsd=False)
            assert case.number.encode() in xml and str(case.gross).encode() in xml
            if case.kind == "credit_note":
                assert case.gross > 0 and case.due_date is None  # type 381: positive amounts


def test_demo_supplier_invoices_carry_their_suppliers_pdf(db) -> None:  # type: ignore[no-untyped-def]
    """Each supplier invoice's PDF is the supplier's invoice of that case: the app's own
    read-out finds the case's number, date, supplier and amounts in it; the one in *Error*
    carries a damaged file, as its message says."""
    from invoicedesk.documents.intake.readout import read_document
    from invoicedesk.store.models.documents import Attachment, Blob

    use_demo_data(db, CASES)
    with db.read() as s:
        rows = s.execute(
            select(Case, Blob.content)
            .join(Attachment, Attachment.case_id == Case.id)
            .join(Blob, Blob.sha256 == Attachment.blob_sha256)
            .where(Case.direction == "in")
        ).all()
        cases = [(c.status, c.number, c.issue_date, c.party_name, c.net, c.gross, c.language,
                  content) for c, content in rows]  # fmt: skip
    readable = [c for c in cases if c[0] != InStatus.ERROR.value]
    assert len(readable) > 10 and any(c[0] == InStatus.ERROR.value for c in cases)
    languages = set()
    for status, number, issued, supplier, net, gross, language, pdf in cases:
        result = read_document(pdf, f"{number}.pdf")
        if status == InStatus.ERROR.value:
            assert not result.ok and "damaged" in (result.error or "")
            continue
        assert result.ok, (number, result.error)
        assert result.value("invoice_number") == number
        assert result.value("invoice_date") == issued.isoformat()
        assert result.value("supplier_name") == supplier
        assert Decimal(result.value("gross") or "0") == gross
        assert Decimal(result.value("net") or "0") == net
        text = _text(pdf)
        assert number in text and "LR-DEMO" not in text and "Autohaus Rheinblick" in text
        languages.add(language)
    assert languages >= {"de", "nl"}  # each supplier writes in its own language


def test_demo_dates_fit_the_statuses(db) -> None:  # type: ignore[no-untyped-def]
    use_demo_data(db, CASES)
    today = date.today()
    with db.read() as s:
        out = list(s.scalars(select(Case).where(Case.direction == "out")))
        for c in out:
            if c.issue_date and c.due_date:
                assert c.due_date >= c.issue_date, c.number
            if c.paid_on and c.issue_date:
                assert c.paid_on >= c.issue_date, c.number
            if c.status == "overdue":
                assert c.due_date is not None and c.due_date < today, c.number
            if c.status in ("sent", "issued", "send_failed") and c.payment_status != "paid":
                assert c.due_date is None or c.due_date >= today, c.number
            if c.status == "draft":
                assert c.number is None and c.issue_date is None
        # the overdue step is dated after the due date
        steps = s.execute(
            select(StatusHistory.at, Case.due_date)
            .join(Case, Case.id == StatusHistory.case_id)
            .where(StatusHistory.to_status == "overdue")
        ).all()
        assert steps and all(at.date() > due for at, due in steps)
        assert {c.status for c in out} >= {"sent", "overdue", "paid", "completed", "draft"}
    # the first paint is right: the overdue job that runs at login changes nothing
    assert update_overdue(db).changed == 0


def test_default_demo_has_everything_to_try(db) -> None:  # type: ignore[no-untyped-def]
    made = use_demo_data(db, CASES)
    assert made.orders > 0 and made.contracts > 0 and made.collective > 0
    with db.read() as s:
        incoming = set(s.scalars(select(Case.status).where(Case.direction == "in")))
        contracts = s.scalar(select(func.count()).select_from(ServiceContract))
        admin = s.scalar(select(User.id).where(User.login == "admin"))
    assert incoming == {str(x) for x in InStatus}
    assert contracts == made.contracts
    scenario = list_scenarios(db)[0]
    assert len(fetch(db, scenario.rules, scenario.default_action)) > 0
    assert admin is not None and len(popup_rows(db, admin)) == made.collective
    first = earliest_unbilled(db)
    assert first is not None and first < date.today().replace(day=1)  # periods to take over


def test_cli_demo_data_on_an_empty_database_sets_up_the_company(db_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--database-url", db_url, "demo-data", "--cases", "30"]) == 0
    out = capsys.readouterr().out
    assert "Set up the demo company" in out
    db = Database(db_url)
    try:
        with db.read() as s:
            party = s.scalar(select(Party.id).where(Party.kind == "customer").limit(1))
        assert party is not None
        actor = Actor.system()
        data = DraftInput(
            party_id=party, lines=[DraftLine("Inspektion", Decimal("1"), Decimal("100.00"))]
        )
        draft = create_draft(db, actor, data)
        result: Any = issue_invoice(db, actor, draft.case_id, delivery="create_only")
        assert result.number
    finally:
        db.dispose()
