"""Amounts, quantities, rates and dates on issued PDFs and in their e-mails, per document
language: all written by the one formatting module (``documents/formats.for_language``), so a
German invoice reads ``1.458,94 €`` / ``12,5`` / ``19 %`` / ``20.11.2026``, an English one
``1,458.94 €`` / ``12.5`` / ``19%`` / ``20/11/2026`` and a Dutch one ``20-11-2026``.

The expected texts are written out by hand (not produced by the module under test). The PDF
text comes from ``pdftotext`` (poppler) where installed, else from pdfplumber.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from typing import Any

import pdfplumber
import pytest
from sqlalchemy import select

from invoicedesk.services.outgoing.drafts import DraftLine
from invoicedesk.services.outgoing.issuing import invoice_pdf, issue_invoice
from invoicedesk.store.models.outbox import OutboxMessage
from tests.integration.test_outgoing import draft, setup_outgoing

D = Decimal
ISSUE = date(2026, 11, 20)


def pdf_text(pdf: bytes) -> str:
    """The text of a PDF (pdftotext when installed), non-breaking spaces as plain ones."""
    if shutil.which("pdftotext"):
        done = subprocess.run(
            ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
        )
        text = done.stdout.decode("utf-8")
    else:
        with pdfplumber.open(io.BytesIO(pdf)) as doc:
            text = "\n".join(page.extract_text() or "" for page in doc.pages)
    return text.replace("\u00a0", " ")


def _lines() -> list[DraftLine]:
    """12.5 h at 98.00 (1,225.00) and 3 pieces at 0.3333 (1.00): net 1,226.00."""
    return [
        DraftLine("Arbeitszeit Werkstatt", D("12.5"), D("98.00"), D("19"), "S", "HUR"),
        DraftLine("Kleinteile", D("3"), D("0.3333"), D("19"), "S", "H87"),
    ]


# language: quantity, price, line amount, VAT rate, issue date, due date, gross on the PDF,
# gross in the e-mail (19 % VAT chosen on each line)
EXPECTED: dict[str, dict[str, str]] = {
    "de": {
        "qty": "12,5", "price": "0,3333", "line": "1.225,00", "rate": "19 %",
        "issued": "20.11.2026", "due": "04.12.2026", "gross": "1.458,94 €",
        "mail_gross": "1.458,94 EUR",
    },
    "en": {
        "qty": "12.5", "price": "0.3333", "line": "1,225.00", "rate": "19%",
        "issued": "20/11/2026", "due": "04/12/2026", "gross": "1,458.94 €",
        "mail_gross": "1,458.94 EUR",
    },
    "nl": {
        "qty": "12,5", "price": "0,3333", "line": "1.225,00", "rate": "19%",
        "issued": "20-11-2026", "due": "04-12-2026", "gross": "1.458,94 €",
        "mail_gross": "1.458,94 EUR",
    },
}  # fmt: skip


@pytest.mark.parametrize("language", ["de", "en", "nl"])
def test_pdf_and_mail_write_figures_in_the_document_language(
    db: Any, users: Any, language: str
) -> None:
    parties = setup_outgoing(db)
    clerk = users["clara"].actor()
    cid = draft(db, clerk, parties[language], lines=_lines(), payment_terms_days=14)
    result = issue_invoice(db, clerk, cid, delivery="email", today=ISSUE)
    want = EXPECTED[language]
    with db.read() as s:
        _name, pdf, _sha = invoice_pdf(s, cid)
        mail = s.get(OutboxMessage, result.outbox_id)
        assert mail is not None
        body = mail.body_text
    text = pdf_text(pdf)
    for key in ("qty", "price", "line", "rate", "issued", "due", "gross"):
        assert want[key] in text, (key, want[key])
    # the other languages' forms are nowhere on it
    others = [EXPECTED[o]["issued"] for o in EXPECTED if o != language]
    assert not any(other in text for other in others)
    if language != "de":
        assert "19 %" not in text
    assert want["mail_gross"] in body and want["issued"] in body and want["due"] in body
    assert "€" not in body  # e-mails name the currency by its code


def test_credit_note_and_skonto_sentence_per_language(db: Any, users: Any) -> None:
    """The cash-discount sentence of an invoice with Skonto, and a credit note's PDF and mail."""
    from invoicedesk.services.outgoing.credit_notes import CreditLine, create_credit_note

    parties = setup_outgoing(db)
    clerk = users["clara"].actor()
    expected = {
        # Skonto: 2 % of 1,458.94 = 29.18; the credit note: line 1, 1,225.00 + 19 % = 1,457.75
        "de": (
            "2 % Skonto (29,18 €)",
            "1.457,75 €",
            "über 1.457,75 EUR",
            r"vom \d\d\.\d\d\.\d{4} ",
        ),
        "en": ("2% (29.18 €)", "1,457.75 €", "for 1,457.75 EUR", r"of \d\d/\d\d/\d{4} "),
        "nl": (
            "2% betalingskorting (29,18 €)",
            "1.457,75 €",
            "van 1.457,75 EUR",
            r"van \d\d-\d\d-\d{4} ",
        ),
    }
    for language, (skonto, credit_gross, mail_gross, mail_date) in expected.items():
        cid = draft(
            db, clerk, parties[language], lines=_lines(), payment_terms_days=14,
            skonto_percent=D("2"), skonto_days=10,
        )  # fmt: skip
        issue_invoice(db, clerk, cid, delivery="create_only", today=ISSUE)
        with db.read() as s:
            _name, pdf, _sha = invoice_pdf(s, cid)
        assert skonto in pdf_text(pdf), language
        credit = create_credit_note(
            db, clerk, cid, reason="Doppelt", lines=[CreditLine(1)], send=True
        )
        with db.read() as s:
            _name, pdf, _sha = invoice_pdf(s, credit.case_id)
            body = s.scalars(
                select(OutboxMessage.body_text).where(OutboxMessage.case_id == credit.case_id)
            ).one()
        assert credit_gross in pdf_text(pdf), language
        assert mail_gross in body and re.search(mail_date, body), (language, body)
