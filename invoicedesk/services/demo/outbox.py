"""Demo and benchmark content for the outbox: issued invoices whose e-mails are due now."""

from __future__ import annotations

import io
import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from invoicedesk.domain.messages import msg
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.mail.outbox import enqueue
from invoicedesk.services.cases.actions import record
from invoicedesk.services.cases.attachments import store_blob
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.documents import Attachment
from invoicedesk.store.types import utcnow

CHUNK = 500


def invoice_pdf(number: str, size_kb: int = 50, seed: int = 0) -> bytes:
    """An uncompressed text PDF of about ``size_kb`` kilobytes (a stand-in invoice)."""
    rng = random.Random(seed)
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=True, pageCompression=0)
    pdf.setTitle(f"Rechnung {number}")
    written = 0
    while written < size_kb * 700:
        pdf.setFont("Helvetica-Bold", 14)
        pdf.drawString(20 * mm, 280 * mm, f"Rechnung {number}")
        pdf.setFont("Helvetica", 8)
        y = 270 * mm
        while y > 15 * mm:
            text = (
                f"Pos. {rng.randint(1, 999):>3}  Artikel {rng.randint(10000, 99999)}  "
                + "".join(rng.choice("abcdefghijklmnopqrstuvwxyzäöüß ") for _ in range(60))
            )
            pdf.drawString(20 * mm, y, text)
            written += len(text) + 30
            y -= 4 * mm
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def queue_due_mails(
    db: Database,
    count: int,
    *,
    pdf: bytes | None = None,
    domain: str = "example.com",
    send_after: datetime | None = None,
) -> list[int]:
    """Add ``count`` issued outgoing invoices with an e-mail each, due now; return outbox ids.

    All share one PDF blob (``pdf``, by default a ~50 KB stand-in), attached to every case.
    """
    content = pdf or invoice_pdf("RE-DEMO", 50)
    system = Actor.system()
    today = date.today()
    ids: list[int] = []
    for start in range(0, count, CHUNK):
        with db.write() as s:
            sha = store_blob(s, content)
            for i in range(start, min(count, start + CHUNK)):
                number = f"RE-MAIL-{utcnow():%y%m%d%H%M%S}-{i + 1:06d}"
                customer = f"Kunde {i + 1:05d} GmbH"
                case = Case(
                    direction="out",
                    kind="invoice",
                    status="draft",
                    number=number,
                    party_name=customer,
                    search_text=f"{customer} {number}".lower(),
                    net=Decimal("100.00"),
                    tax=Decimal("19.00"),
                    gross=Decimal("119.00"),
                    issue_date=today,
                    due_date=today + timedelta(days=14),
                    recipient_email=f"kunde{i + 1:05d}@{domain}",
                    issued_at=utcnow(),
                )
                s.add(case)
                s.flush()
                case.status = "issued"
                record(s, case, system, Action.CREATE_ONLY, "draft", msg("demo invoice"))
                s.add(
                    Attachment(
                        case_id=case.id,
                        blob_sha256=sha,
                        filename=f"{number}.pdf",
                        mime_type="application/pdf",
                        kind="invoice_pdf",
                    )
                )
                ids.append(
                    enqueue(
                        s,
                        case_id=case.id,
                        kind="invoice",
                        to=[case.recipient_email or ""],
                        cc=[],
                        subject=f"Rechnung {number} – {customer}",
                        body_text=(
                            "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Rechnung "
                            f"{number} über 119,00 €.\n\nMit freundlichen Grüßen\n"
                        ),
                        attachments=[(f"{number}.pdf", "application/pdf", sha)],
                        send_after=send_after,
                    )
                )
    return ids
