"""Collective invoices: merge 6 -> 3, grouping per customer and billing address, undo,
editability until sent and immutability after, the PDF with period headings and subtotals."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import facturx
import pdfplumber
import pytest
from sqlalchemy import func, select

from invoicedesk.domain.errors import ImmutableError, ValidationError
from invoicedesk.services.contracts.collective import (
    merge,
    plan_merge,
    set_send_date,
    undo_merge,
    update_collective,
)
from invoicedesk.services.contracts.collective_query import (
    list_collective,
    list_pending,
    popup_rows,
    preview_pdf,
)
from invoicedesk.services.contracts.collective_settings import CollectiveSettings, save_settings
from invoicedesk.services.contracts.scheduled_send import issue_due
from invoicedesk.services.contracts.takeover import take_over
from invoicedesk.services.outgoing.drafts import get_draft
from invoicedesk.store.models.cases import Case, StatusHistory
from invoicedesk.store.models.collective import ContractInvoice
from invoicedesk.store.models.outbox import OutboxMessage
from tests.integration.test_contracts import YEAR_2027, contract, setup

D = Decimal
#: a moment when every send date of 2027 has come (08:00 Berlin on 1 Jan 2028)
AFTER_2027 = datetime(2028, 1, 1, 12, 0, tzinfo=UTC)


def pdf_text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def six_pending(db: Any, users: Any) -> dict[str, int]:
    parties = setup(db)
    contract(db, users["clara"].actor(), parties["de"])
    assert take_over(db, users["clara"].actor(), *YEAR_2027).created == 6
    return parties


def test_six_become_three(db, users) -> None:  # type: ignore[no-untyped-def]
    six_pending(db, users)
    clerk = users["clara"].actor()
    seen: list[tuple[int, int]] = []
    result = merge(db, clerk, periods_per_invoice=2, progress=lambda d, t, _x: seen.append((d, t)))
    assert (len(result.collective_ids), result.invoices_in) == (3, 6)
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert list_pending(db) == []
    rows = list_collective(db)
    assert [(r.period_start, r.period_end) for r in rows] == [
        (date(2027, 1, 1), date(2027, 4, 30)),
        (date(2027, 5, 1), date(2027, 8, 31)),
        (date(2027, 9, 1), date(2027, 12, 31)),
    ]
    assert all(r.gross == D("166.60") and r.parts == 2 and r.status == "draft" for r in rows)
    assert all(r.number is None and r.created_by == "CL" for r in rows)
    view = get_draft(db, rows[0].id)
    assert [ln.description for ln in view.data.lines] == [
        "SV-00001 · Wartung Klimaanlage",
        "SV-00001 · Miete Diagnosegerät",
    ] * 2
    assert [ln.period_start for ln in view.data.lines] == [date(2027, 1, 1)] * 2 + [
        date(2027, 3, 1)
    ] * 2
    with db.read() as s:
        note = s.scalar(select(StatusHistory.comment).where(StatusHistory.case_id == rows[0].id))
    assert note == "merged 2 contract invoices: SV-00001 01.01.2027–28.02.2027, " + (
        "SV-00001 01.03.2027–30.04.2027"
    )


def test_groups_per_customer_and_billing_address(db, users) -> None:  # type: ignore[no-untyped-def]
    parties = setup(db)
    clerk = users["clara"].actor()
    contract(db, clerk, parties["de"], interval_months=6)
    contract(db, clerk, parties["de"], interval_months=12, title="Zweite Anlage")
    contract(db, clerk, parties["de"], interval_months=12, recipient_email="filiale@m.example.com")
    contract(db, clerk, parties["nl"], interval_months=12)
    take_over(db, clerk, *YEAR_2027)
    groups = plan_merge(db)
    assert sorted((g.party_name, g.recipient_email or "", len(g.invoice_ids)) for g in groups) == [
        ("Jansen Bouw B.V.", "", 1),
        ("Müller & Söhne GmbH", "", 3),
        ("Müller & Söhne GmbH", "filiale@m.example.com", 1),
    ]
    only_de = merge(db, clerk, party_id=parties["de"])
    assert len(only_de.collective_ids) == 2
    assert [p.party_name for p in list_pending(db)] == ["Jansen Bouw B.V."]
    # lines by period, then contract
    big = next(r for r in list_collective(db) if r.parts == 3)
    starts = [(ln.period_start, ln.description[:8]) for ln in get_draft(db, big.id).data.lines]
    assert starts == sorted(starts)


def test_undo_before_sending(db, users) -> None:  # type: ignore[no-untyped-def]
    six_pending(db, users)
    clerk = users["clara"].actor()
    made = merge(db, clerk, periods_per_invoice=3).collective_ids
    assert undo_merge(db, clerk, made[0]) == 3
    assert len(list_pending(db)) == 3
    with db.read() as s:  # the draft is deleted (never numbered), its history kept
        assert s.get(Case, made[0]).status == "deleted"
        assert s.scalar(select(func.count()).select_from(StatusHistory)) == 3
    again = merge(db, clerk).collective_ids
    assert len(again) == 1 and len(list_collective(db)) == 2


def test_merge_skips_invoices_merged_meanwhile(db, users) -> None:  # type: ignore[no-untyped-def]
    six_pending(db, users)
    clerk = users["clara"].actor()
    ids = [p.id for p in list_pending(db)]
    merge(db, clerk, ids[:2])
    late = merge(db, clerk, ids)  # the stale list still names the first two
    assert late.invoices_in == 4
    with db.read() as s:
        per_case = dict(
            s.execute(
                select(ContractInvoice.collective_case_id, func.count()).group_by(
                    ContractInvoice.collective_case_id
                )
            ).all()
        )
    assert sorted(per_case.values()) == [2, 4]


def test_editable_until_sent_then_immutable(db, users) -> None:  # type: ignore[no-untyped-def]
    six_pending(db, users)
    clerk = users["clara"].actor()
    case_id = merge(db, clerk, periods_per_invoice=2).collective_ids[0]
    view = get_draft(db, case_id)
    # price and article text change; a line of the first period moves behind the second
    changed = [replace(view.data.lines[0], unit_price=D("50.00"), description="Wartung neu")]
    changed += list(view.data.lines[1:])
    version = update_collective(
        db, clerk, case_id, changed[1:] + changed[:1], expected_version=view.version
    )
    after = get_draft(db, case_id)
    assert after.version == version
    assert after.data.lines[1].description == "Wartung neu"  # sorted back into its period
    assert after.totals["net"] == D("145.00")
    preview_name, preview = preview_pdf(db, case_id)
    text = pdf_text(preview)
    assert preview_name.startswith("preview-")
    assert "Leistungszeitraum 01.01.2027 – 28.02.2027" in text
    assert "Leistungszeitraum 01.03.2027 – 30.04.2027" in text
    assert text.count("Zwischensumme") == 2 and "75,00" in text and "70,00" in text
    # send date: past refused, set, cleared, set again
    with pytest.raises(ValidationError, match="past"):
        set_send_date(db, clerk, [case_id], date(2026, 1, 1), today=date(2026, 6, 1))
    assert set_send_date(db, clerk, [case_id], date(2027, 3, 1), today=date(2026, 6, 1)) == 1
    assert set_send_date(db, clerk, [case_id], None, today=date(2026, 6, 1)) == 1
    assert popup_rows(db, users["rolf"].id)[0].id == case_id
    set_send_date(db, clerk, [case_id], date(2027, 3, 1), today=date(2026, 6, 1))
    issued, failed = issue_due(db, AFTER_2027)
    assert failed == [] and [i.case_id for i in issued] == [case_id]
    number = issued[0].number
    assert number.startswith("SR-2028-")  # issued on the company's day of sending
    # from now on nothing changes
    with pytest.raises(ImmutableError):
        update_collective(db, clerk, case_id, changed)
    with pytest.raises(ValidationError, match="already issued"):
        set_send_date(db, clerk, [case_id], None)
    with pytest.raises(ImmutableError):
        undo_merge(db, clerk, case_id)
    with pytest.raises(ImmutableError), db.write() as s:
        s.get(Case, case_id).net = D("1.00")  # type: ignore[union-attr]
        s.flush()
    name, pdf = preview_pdf(db, case_id)
    assert name == f"{number}.pdf"
    assert "Zwischensumme" in pdf_text(pdf) and number in pdf_text(pdf)
    _xml_name, xml = facturx.get_xml_from_pdf(pdf, check_xsd=False)
    assert number.encode() in xml
    with db.read() as s:
        mail = s.scalar(select(OutboxMessage).where(OutboxMessage.case_id == case_id))
        assert mail is not None and mail.kind == "collective"
        assert mail.attachments[0]["filename"] == f"{number}.pdf"


def test_popup_for_creators_only(db, users) -> None:  # type: ignore[no-untyped-def]
    parties = setup(db)
    for login in ("clara", "rolf"):
        actor = users[login].actor()
        contract(db, actor, parties["de" if login == "clara" else "nl"], interval_months=12)
    take_over(db, users["clara"].actor(), *YEAR_2027)
    with db.read() as s:
        by_party = dict(s.execute(select(ContractInvoice.party_id, ContractInvoice.id)).all())
    merge(db, users["clara"].actor(), [by_party[parties["de"]]])
    merge(db, users["rolf"].actor(), [by_party[parties["nl"]]])
    assert len(popup_rows(db, users["clara"].id)) == 2
    with pytest.raises(Exception, match="admin"):
        save_settings(db, users["clara"].actor(), CollectiveSettings(popup_for="creators"))
    save_settings(db, users["ada"].actor(), CollectiveSettings(popup_for="creators"))
    mine = popup_rows(db, users["clara"].id)
    assert [r.party_name for r in mine] == ["Müller & Söhne GmbH"]
    assert popup_rows(db, users["ada"].id) == []
    # a row with a send date is not in the popup
    set_send_date(
        db,
        users["rolf"].actor(),
        [popup_rows(db, users["rolf"].id)[0].id],
        date.today() + timedelta(days=3),
    )
    assert popup_rows(db, users["rolf"].id) == []


def test_cli_take_over_merge_and_list(db_url: str, users, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from invoicedesk.cli.main import main
    from invoicedesk.store.database import Database

    db = Database(db_url)
    parties = setup(db)
    contract(db, users["clara"].actor(), parties["de"])
    db.dispose()
    base = ["--database-url", db_url, "--json"]
    assert main(["contracts", "take-over", "--period", "2027-01..2027-12", *base]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 6
    assert main(["contracts", "take-over", "--period", "2027", *base]) == 0
    assert json.loads(capsys.readouterr().out)["existing"] == 6
    merge_args = ["contracts", "merge", "--customer", str(parties["de"])]
    assert main([*merge_args, "--periods-per-invoice", "2", *base]) == 0
    merged = json.loads(capsys.readouterr().out)
    assert (merged["invoices_in"], merged["collective_out"]) == (6, 3)
    assert main(["collective", "list", "--unsent", "--no-send-date", *base]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 3 and rows[0]["gross"] == "166.60" and rows[0]["send_date"] is None
    assert main(["contracts", "take-over", "--period", "2027-13", *base]) == 1
    assert "is not a period" in capsys.readouterr().err
