"""Outgoing drafts, issuing, the stored Factur-X PDF, mails in the outbox, immutability.

Also home of the helpers the other outgoing test modules import (``setup_outgoing``,
``draft``), since the shared conftest belongs to the foundation.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal
from typing import Any

import facturx
import pytest
from sqlalchemy import select

from invoicedesk.documents.einvoice.validate import validate_einvoice
from invoicedesk.domain.errors import (
    ActionRefused,
    ConflictError,
    ImmutableError,
    ValidationError,
)
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.services import wiring
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.services.demo.cases import ensure_number_series
from invoicedesk.services.demo.parties import vat_id
from invoicedesk.services.outgoing.drafts import (
    DraftInput,
    DraftLine,
    create_draft,
    get_draft,
    update_draft,
)
from invoicedesk.services.outgoing.issuing import invoice_pdf, issue_invoice
from invoicedesk.services.outgoing.mail_texts import resend
from invoicedesk.services.settings.company import demo_company, put_company
from invoicedesk.store.models.cases import Case, CaseLine, StatusHistory
from invoicedesk.store.models.documents import Attachment
from invoicedesk.store.models.outbox import OutboxMessage
from invoicedesk.store.models.parties import Party

D = Decimal


def setup_outgoing(db: Any) -> dict[str, int]:
    """Handlers, number series, the demo company and three customers (de, nl, en)."""
    wiring.install()
    rng = random.Random(7)
    with db.write() as s:
        ensure_number_series(s)
        put_company(s, demo_company())
        parties = {
            "de": Party(
                kind="customer", name="Müller & Söhne GmbH", street="Königsallee 1",
                postal_code="40212", city="Düsseldorf", country="DE",
                vat_id=vat_id("DE", rng), email="einkauf@mueller.example.com", language="de",
            ),
            "nl": Party(
                kind="customer", name="Jansen Bouw B.V.", street="Keizersgracht 10",
                postal_code="1015 CN", city="Amsterdam", country="NL",
                vat_id=vat_id("NL", rng), email="factuur@jansen.example.com", language="nl",
            ),
            "en": Party(
                kind="customer", name="Lakeside Ltd", street="1 Harbour Road",
                postal_code="D02 X285", city="Dublin", country="IE", vat_id=None,
                email="accounts@lakeside.example.com", language="en",
            ),
        }  # fmt: skip
        s.add_all(parties.values())
        s.flush()
        return {k: p.id for k, p in parties.items()}


def lines(n: int = 2) -> list[DraftLine]:
    """``n`` typical lines: 19 % with a discount, 7 %, ..."""
    base = [
        DraftLine("Inspektion nach Herstellervorgabe", D("1"), D("289.00"), D("19"), "S",
                  "C62", D("10"), "A-1001"),
        DraftLine("Fachbuch Fahrzeugtechnik", D("3"), D("39.90"), D("7"), "S", "H87"),
        DraftLine("Arbeitszeit Werkstatt", D("2.5"), D("98.00"), D("19"), "S", "HUR"),
    ]  # fmt: skip
    return [base[i % len(base)] for i in range(n)]


def draft(db: Any, actor: Actor, party_id: int, **kw: Any) -> int:
    """A stored draft for ``party_id``; keyword arguments override :class:`DraftInput`."""
    data = DraftInput(party_id=party_id, lines=kw.pop("lines", lines()), **kw)
    return create_draft(db, actor, data).case_id


def xml_of(pdf: bytes) -> bytes:
    """The Factur-X XML embedded in a PDF."""
    _name, xml = facturx.get_xml_from_pdf(pdf, check_xsd=False)
    assert xml, "no embedded XML"
    return bytes(xml)


def history(db: Any, case_id: int) -> list[tuple[str | None, str, str, str]]:
    with db.read() as s:
        rows = s.execute(
            select(
                StatusHistory.action,
                StatusHistory.from_status,
                StatusHistory.to_status,
                StatusHistory.comment,
            )
            .where(StatusHistory.case_id == case_id)
            .order_by(StatusHistory.id)
        ).all()
        return [(r[0], r[1], r[2], r[3]) for r in rows]


@pytest.fixture
def world(db, users):  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    return {"db": db, "clerk": users["clara"].actor(), "admin": users["ada"].actor(), **parties}


def test_draft_totals_history_and_conflict(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    cid = draft(db, clerk, world["de"])
    view = get_draft(db, cid)
    # 289.00 - 10 % = 260.10 (19 %); 3 x 39.90 = 119.70 (7 %)
    assert view.totals == {"net": D("379.80"), "tax": D("57.80"), "gross": D("437.60")}
    assert view.status == "draft" and view.number is None
    data = DraftInput(party_id=world["de"], lines=lines(3), payment_terms_days=30)
    result = update_draft(db, clerk, cid, data, expected_version=view.version)
    assert (result.tax, result.gross) == (D("104.35"), D("729.15"))
    with pytest.raises(ConflictError):
        update_draft(db, clerk, cid, data, expected_version=view.version)
    assert [h[0] for h in history(db, cid)] == ["create_draft", "edit_draft"]
    assert get_draft(db, cid).data.payment_terms_days == 30


def test_create_only_issues_number_snapshot_and_valid_facturx_pdf(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    cid = draft(db, clerk, world["de"], delivery_date=date(2026, 11, 2))
    result = issue_invoice(db, clerk, cid, delivery="create_only", today=date(2026, 11, 20))
    assert result.number == "RE-2026-00001" and result.status == "issued"
    assert result.outbox_id is None
    with db.read() as s:
        case = s.get(Case, cid)
        assert case.issue_date == date(2026, 11, 20) and case.due_date == date(2026, 12, 4)
        assert case.payment_reference == "RE-2026-00001" and case.payment_reference_valid
        snap = case.snapshot
        assert snap["seller"]["name"] == demo_company().name
        assert snap["buyer"]["name"] == "Müller & Söhne GmbH"
        assert snap["totals"]["gross"] == "437.60" and len(snap["lines"]) == 2
        name, pdf, _sha = invoice_pdf(s, cid)
    assert name == "RE-2026-00001.pdf" and pdf.startswith(b"%PDF")
    report = validate_einvoice(xml_of(pdf))
    assert report.ok, report.summary()
    assert b"RE-2026-00001" in xml_of(pdf)
    assert [h[:3] for h in history(db, cid)][-1] == ("create_only", "draft", "issued")


def test_send_queues_mail_in_customer_language(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    cid = draft(db, clerk, world["nl"])
    result = perform_action(db, clerk, cid, Action.SEND)
    assert result.status == "issued"
    with db.read() as s:
        row = s.scalars(select(OutboxMessage).where(OutboxMessage.case_id == cid)).one()
        case = s.get(Case, cid)
        _name, _pdf, sha = invoice_pdf(s, cid)
        assert row.kind == "invoice" and row.to_addrs == ["factuur@jansen.example.com"]
        assert row.subject.startswith(f"Factuur {case.number}")
        assert "Met vriendelijke groet" in row.body_text
        assert row.attachments[0]["sha256"] == sha
        assert row.reply_to == demo_company().reply_to


def test_issue_invoice_email_returns_outbox_id(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    cid = draft(db, clerk, world["en"])
    result = issue_invoice(db, clerk, cid, delivery="email")
    assert result.outbox_id is not None and result.pdf_attachment_id is not None
    with db.read() as s:
        row = s.get(OutboxMessage, result.outbox_id)
        assert row.subject.startswith("Invoice RE-") and "Kind regards" in row.body_text


def test_issued_invoice_cannot_be_changed_by_services(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    cid = draft(db, clerk, world["de"])
    issue_invoice(db, clerk, cid, delivery="create_only")
    data = DraftInput(party_id=world["de"], lines=lines(1))
    with pytest.raises(ImmutableError):
        update_draft(db, clerk, cid, data)
    with pytest.raises(ActionRefused):
        perform_action(db, clerk, cid, Action.EDIT_DRAFT)
    with pytest.raises(ActionRefused):
        issue_invoice(db, clerk, cid, delivery="create_only")


@pytest.mark.parametrize(
    "change",
    ["number", "gross", "snapshot", "add_line", "edit_line", "delete_line", "delete_case",
     "delete_pdf", "second_pdf", "edit_pdf"],
)  # fmt: skip
def test_flush_guard_refuses_changes_to_issued_documents(world, change) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    cid = draft(db, clerk, world["de"])
    issue_invoice(db, clerk, cid, delivery="create_only")
    with pytest.raises(ImmutableError), db.write() as s:
        case = s.get(Case, cid)
        pdf = s.scalars(select(Attachment).where(Attachment.case_id == cid)).one()
        if change == "number":
            case.number = "RE-2026-99999"
        elif change == "gross":
            case.gross = D("1.00")
        elif change == "snapshot":
            case.snapshot = {**case.snapshot, "number": "X"}
        elif change == "add_line":
            s.add(CaseLine(case_id=cid, position=9, description="extra", net=D("1")))
        elif change == "edit_line":
            case.lines[0].quantity = D("99")
        elif change == "delete_line":
            s.delete(case.lines[0])
        elif change == "delete_case":
            s.delete(case)
        elif change == "delete_pdf":
            s.delete(pdf)
        elif change == "second_pdf":
            s.add(Attachment(case_id=cid, blob_sha256=pdf.blob_sha256, filename="x.pdf",
                             mime_type="application/pdf", kind="invoice_pdf"))  # fmt: skip
        elif change == "edit_pdf":
            pdf.filename = "other.pdf"
        s.flush()


def test_flush_guard_allows_status_marks_and_payments(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    cid = draft(db, clerk, world["de"])
    issue_invoice(db, clerk, cid, delivery="create_only")
    perform_action(db, clerk, cid, Action.MARK_PAID)
    perform_action(db, clerk, cid, Action.MARK_DELIVERED)
    result = perform_action(db, clerk, cid, Action.MARK_BOOKED)
    assert result.status == "completed"


def test_reverse_charge_needs_a_valid_buyer_vat_id(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    with pytest.raises(ValidationError, match="VAT ID"):
        draft(db, clerk, world["en"], reverse_charge=True)
    with db.write() as s:
        s.get(Party, world["en"]).vat_id = "IE1234567X"  # wrong check character
    with pytest.raises(ValidationError, match="not a valid VAT ID"):
        draft(db, clerk, world["en"], reverse_charge=True)
    cid = draft(db, clerk, world["nl"], reverse_charge=True)
    result = issue_invoice(db, clerk, cid, delivery="create_only")
    with db.read() as s:
        case = s.get(Case, cid)
        assert case.tax == D("0.00") and {ln.vat_category for ln in case.lines} == {"AE"}
        pdf = invoice_pdf(s, cid)[1]
    xml = xml_of(pdf)
    assert b"<ram:CategoryCode>AE</ram:CategoryCode>" in xml and b"VATEX-EU-AE" in xml
    assert validate_einvoice(xml).ok
    assert result.number.startswith("RE-")


def test_tax_exempt_lines_carry_reason(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    exempt = [DraftLine("Heilbehandlung", D("1"), D("120.00"), D("0"), "E")]
    # exempt chosen by hand for a domestic customer: 0 %, with a warning in the history
    data = DraftInput(party_id=world["de"], lines=[DraftLine("x", D("1"), D("1"), D("19"), "E")])
    result = create_draft(db, clerk, data)
    assert result.tax == D("0.00") and "chosen by hand instead of S" in result.warnings[0]
    assert "chosen by hand" in history(db, result.case_id)[0][3]
    cid = draft(
        db, clerk, world["de"], lines=exempt, exemption_reason="Steuerfrei nach § 4 Nr. 14 UStG"
    )
    issue_invoice(db, clerk, cid, delivery="create_only")
    with db.read() as s:
        xml = xml_of(invoice_pdf(s, cid)[1])
    assert "§ 4 Nr. 14 UStG".encode() in xml and validate_einvoice(xml).ok


def test_resend_with_new_recipient_is_recorded_each_time(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    cid = draft(db, clerk, world["de"])
    issue_invoice(db, clerk, cid, delivery="email")
    with db.write() as s:
        s.get(Case, cid).status = "sent"  # as the dispatcher would after acceptance
    resend(db, clerk, cid, to="chef@mueller.example.com", cc=["buero@mueller.example.com"],
           text="Anbei nochmals die Rechnung.")  # fmt: skip
    perform_action(db, clerk, cid, Action.RESEND)
    with db.read() as s:
        rows = [
            (r.kind, r.to_addrs, r.cc_addrs, r.body_text)
            for r in s.scalars(
                select(OutboxMessage).where(OutboxMessage.case_id == cid).order_by(OutboxMessage.id)
            )
        ]
    assert [r[0] for r in rows] == ["invoice", "resend", "resend"]
    assert rows[1][1:3] == (["chef@mueller.example.com"], ["buero@mueller.example.com"])
    assert rows[1][3].startswith("Anbei nochmals")
    assert rows[2][1] == ["chef@mueller.example.com"]  # the changed address is kept
    resends = [h for h in history(db, cid) if h[0] == "resend"]
    assert len(resends) == 2 and "chef@mueller.example.com" in resends[0][3]


def test_notify_customer_and_print(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    cid = draft(db, clerk, world["en"])
    perform_action(db, clerk, cid, Action.NOTIFY_CUSTOMER)
    with db.read() as s:
        row = s.scalars(select(OutboxMessage).where(OutboxMessage.case_id == cid)).one()
        assert row.kind == "notify" and row.attachments == [] and "order" in row.subject
    result = issue_invoice(db, clerk, cid, delivery="print")
    assert result.status == "issued" and result.outbox_id is None
    assert [h[0] for h in history(db, cid)][-2:] == ["create_only", "print"]


def test_issue_refuses_missing_company_and_recipient(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    with db.write() as s:
        s.get(Party, world["en"]).email = None
    cid = draft(db, clerk, world["en"])
    with pytest.raises(ValidationError, match="no e-mail address"):
        issue_invoice(db, clerk, cid, delivery="email")
    with db.read() as s:  # rolled back: no number used, still a draft
        case = s.get(Case, cid)
        assert case.number is None and case.status == "draft"
    assert issue_invoice(db, clerk, cid, delivery="create_only").number.endswith("00001")
