"""``invoicedesk bench render``: invoices per second of the app's Factur-X PDF path.

The app path is :func:`invoicedesk.documents.einvoice.facturx.render_invoice_pdf` on generated
invoices (1-15 lines, logo, EPC QR code, embedded Factur-X XML), rendered in the application's
render pool (:class:`~invoicedesk.services.outgoing.render_pool.RenderPool`, one process per
core, as the billing run and the demo data use it): the documents are pickled to the workers,
the PDFs come back. The raw baseline is a straight-line function below that draws the same
content with reportlab, segno, lxml and factur-x directly, with the same fonts and the same
library calls (fixed QR mask, in-memory ``generate_from_file``), in this one process, so
``ratio`` says what the pool gains over one straight process. ``ratio_one_process`` is the app
path in this process against the same baseline (the cost of the app's layers). All three are
warmed up first (pool start, font registration, XSD load) and measured in alternating rounds
in the same run to share machine noise; the pool's start is reported apart.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from collections.abc import Callable, Sequence
from decimal import Decimal
from io import BytesIO
from typing import Any

import facturx
import segno
from babel.numbers import format_decimal
from lxml import etree
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from invoicedesk.config import resources_dir
from invoicedesk.documents.einvoice.facturx import render_invoice_pdf
from invoicedesk.documents.model import InvoiceDocument, Language
from invoicedesk.documents.samples import sample_invoice
from invoicedesk.services.outgoing.render_pool import RenderPool

RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
_RAW: dict[str, Any] = {}


def generate(count: int, seed: int = 7) -> list[InvoiceDocument]:
    """``count`` realistic invoices: 1-15 lines, de/en/nl, some reverse charge or two rates."""
    rng = random.Random(seed)
    docs = []
    for i in range(count):
        language: Language = rng.choice(["de", "en", "nl"])
        kind = rng.random()
        docs.append(
            sample_invoice(
                rng.randint(1, 15),
                language,
                seed=seed * 100_000 + i,
                reverse_charge=kind < 0.15,
                multi_rate=kind > 0.7,
            )
        )
    return docs


def _raw_setup() -> None:
    """What a straight script does once: register the fonts."""
    if _RAW:
        return
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont("RawSans", str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("RawSans-Bold", str(folder / "DejaVuSans-Bold.ttf")))
    _RAW["logos"] = {}


def _raw_xml(doc: InvoiceDocument) -> bytes:
    """The same CII content built straight with lxml."""

    def el(parent: Any, ns: str, tag: str, text: str | None = None, **attrs: str) -> Any:
        node = etree.SubElement(parent, f"{{{ns}}}{tag}", attrs or None)
        node.text = text
        return node

    root = etree.Element(
        f"{{{RSM}}}CrossIndustryInvoice", nsmap={"rsm": RSM, "ram": RAM, "udt": UDT}
    )
    ctx = el(root, RSM, "ExchangedDocumentContext")
    el(
        el(ctx, RAM, "GuidelineSpecifiedDocumentContextParameter"),
        RAM,
        "ID",
        "urn:cen.eu:en16931:2017",
    )
    head = el(root, RSM, "ExchangedDocument")
    el(head, RAM, "ID", doc.number)
    el(head, RAM, "TypeCode", doc.type_code)
    el(
        el(head, RAM, "IssueDateTime"),
        UDT,
        "DateTimeString",
        doc.issue_date.strftime("%Y%m%d"),
        format="102",
    )
    tx = el(root, RSM, "SupplyChainTradeTransaction")
    for line in doc.lines:
        item = el(tx, RAM, "IncludedSupplyChainTradeLineItem")
        el(el(item, RAM, "AssociatedDocumentLineDocument"), RAM, "LineID", str(line.position))
        el(el(item, RAM, "SpecifiedTradeProduct"), RAM, "Name", line.description)
        price = el(el(item, RAM, "SpecifiedLineTradeAgreement"), RAM, "NetPriceProductTradePrice")
        el(price, RAM, "ChargeAmount", str(line.unit_price))
        el(
            el(item, RAM, "SpecifiedLineTradeDelivery"),
            RAM,
            "BilledQuantity",
            str(line.quantity),
            unitCode=line.unit,
        )
        st = el(item, RAM, "SpecifiedLineTradeSettlement")
        tax = el(st, RAM, "ApplicableTradeTax")
        el(tax, RAM, "TypeCode", "VAT")
        el(tax, RAM, "CategoryCode", line.vat_category)
        el(tax, RAM, "RateApplicablePercent", str(line.vat_rate))
        el(
            el(st, RAM, "SpecifiedTradeSettlementLineMonetarySummation"),
            RAM,
            "LineTotalAmount",
            f"{line.net:.2f}",
        )
    agreement = el(tx, RAM, "ApplicableHeaderTradeAgreement")
    for tag, party in (("SellerTradeParty", doc.seller), ("BuyerTradeParty", doc.buyer)):
        node = el(agreement, RAM, tag)
        el(node, RAM, "Name", party.name)
        addr = el(node, RAM, "PostalTradeAddress")
        el(addr, RAM, "PostcodeCode", party.postal_code)
        el(addr, RAM, "LineOne", party.street)
        el(addr, RAM, "CityName", party.city)
        el(addr, RAM, "CountryID", party.country)
        if party.vat_id:
            el(el(node, RAM, "SpecifiedTaxRegistration"), RAM, "ID", party.vat_id, schemeID="VA")
    el(tx, RAM, "ApplicableHeaderTradeDelivery")
    st = el(tx, RAM, "ApplicableHeaderTradeSettlement")
    el(st, RAM, "PaymentReference", doc.number)
    el(st, RAM, "InvoiceCurrencyCode", doc.currency)
    means = el(st, RAM, "SpecifiedTradeSettlementPaymentMeans")
    el(means, RAM, "TypeCode", "58")
    el(el(means, RAM, "PayeePartyCreditorFinancialAccount"), RAM, "IBANID", doc.seller.iban or "")
    for row in doc.totals.breakdown:
        tax = el(st, RAM, "ApplicableTradeTax")
        el(tax, RAM, "CalculatedAmount", f"{row.tax:.2f}")
        el(tax, RAM, "TypeCode", "VAT")
        if row.category.value != "S":
            el(tax, RAM, "ExemptionReason", "Reverse charge")
        el(tax, RAM, "BasisAmount", f"{row.basis:.2f}")
        el(tax, RAM, "CategoryCode", row.category.value)
        el(tax, RAM, "RateApplicablePercent", str(row.rate))
    total = el(st, RAM, "SpecifiedTradeSettlementHeaderMonetarySummation")
    for tag, value in (
        ("LineTotalAmount", doc.totals.net),
        ("TaxBasisTotalAmount", doc.totals.net),
    ):
        el(total, RAM, tag, f"{value:.2f}")
    el(total, RAM, "TaxTotalAmount", f"{doc.totals.tax:.2f}", currencyID=doc.currency)
    el(total, RAM, "GrandTotalAmount", f"{doc.totals.gross:.2f}")
    el(total, RAM, "DuePayableAmount", f"{doc.totals.gross:.2f}")
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


class _Buffer(BytesIO):
    """In-memory PDF for ``facturx.generate_from_file`` (rewritten from the start)."""

    _fresh = False

    def write(self, data: bytes) -> int:  # type: ignore[override]
        """Write; the first call empties the buffer."""
        if not self._fresh:
            self.seek(0)
            self.truncate()
            self._fresh = True
        return super().write(data)


def raw_render(doc: InvoiceDocument) -> bytes:
    """Baseline: the same page content, QR and XML with the libraries called directly."""
    _raw_setup()
    loc = {"de": "de_DE", "en": "en_GB", "nl": "nl_NL"}[doc.language]

    def amount(value: Decimal) -> str:
        return str(format_decimal(value, format="#,##0.00", locale=loc))

    seller, buyer = doc.seller, doc.buyer
    logos = _RAW["logos"]
    if seller.logo and seller.logo not in logos:
        logos[seller.logo] = ImageReader(BytesIO(seller.logo))
    out = BytesIO()
    c = Canvas(out, pagesize=A4)
    h = A4[1]
    page = 1

    def furniture() -> None:
        if seller.logo:
            c.drawImage(logos[seller.logo], 145 * mm, h - 29 * mm, 45 * mm, 15 * mm, mask="auto")
        c.setFont("RawSans-Bold", 14)
        c.drawString(25 * mm, h - 20 * mm, seller.name)
        c.setFont("RawSans", 6.4)
        for i, text in enumerate(
            [
                seller.name,
                seller.street,
                f"{seller.postal_code} {seller.city}",
                f"IBAN {seller.iban}",
                f"BIC {seller.bic}",
                f"USt-IdNr. {seller.vat_id}",
            ]
        ):
            c.drawString(25 * mm + (i % 4) * 41 * mm, 23 * mm - (i // 4) * 8, text)
        c.drawRightString(190 * mm, 30 * mm, f"Seite {page}")

    furniture()
    c.setFont("RawSans", 10)
    for i, text in enumerate([buyer.name, buyer.street, f"{buyer.postal_code} {buyer.city}"]):
        c.drawString(25 * mm, h - 66 * mm - i * 12.5, text)
    for i, text in enumerate(
        [doc.number, doc.issue_date.isoformat(), str(doc.due_date), buyer.vat_id or ""]
    ):
        c.drawRightString(190 * mm, h - 52 * mm - i * 12, text)
    c.setFont("RawSans-Bold", 14)
    c.drawString(25 * mm, h - 103 * mm, f"Rechnung {doc.number}")
    y = h - 125 * mm
    carried = doc.totals.net * 0
    c.setFont("RawSans", 8.5)
    for line in doc.lines:
        desc = simpleSplit(line.description, "RawSans", 8.5, 70 * mm)
        if y - 12 * len(desc) < 40 * mm:
            c.drawRightString(190 * mm, y, amount(carried))
            c.showPage()
            page += 1
            furniture()
            c.setFont("RawSans", 8.5)
            y = h - 40 * mm
            c.drawRightString(190 * mm, y, amount(carried))
            y -= 14
        c.drawString(25 * mm, y, str(line.position))
        for k, text in enumerate(desc):
            c.drawString(34 * mm, y - k * 10.4, text)
        for x, text in (
            (118, str(line.quantity)),
            (150, amount(line.unit_price)),
            (165, f"{line.vat_rate} %"),
            (190, amount(line.net)),
        ):
            c.drawRightString(x * mm, y, text)
        c.line(25 * mm, y - 10.4 * len(desc) + 6, 190 * mm, y - 10.4 * len(desc) + 6)
        y -= 10.4 * len(desc) + 8
        carried += line.net
    for label, value in (
        ("Netto", doc.totals.net),
        ("USt", doc.totals.tax),
        ("Brutto", doc.totals.gross),
    ):
        c.drawString(125 * mm, y, label)
        c.drawRightString(190 * mm, y, amount(value))
        y -= 12
    if seller.iban and doc.totals.gross > 0:
        payload = "\n".join(
            [
                "BCD",
                "002",
                "1",
                "SCT",
                seller.bic or "",
                seller.name,
                seller.iban,
                f"EUR{doc.totals.gross:.2f}",
                "",
                "",
                doc.number,
            ]
        )
        qr = segno.make_qr(payload.encode("utf-8"), error="m", boost_error=False, mask=0)
        module = 26 * mm / len(qr.matrix)
        path = c.beginPath()
        for r, row in enumerate(qr.matrix):
            for col, dark in enumerate(row):
                if dark:
                    path.rect(164 * mm + col * module, y - 30 * mm - r * module, module, module)
        c.drawPath(path, stroke=0, fill=1)
    c.showPage()
    c.save()
    buffer = _Buffer(out.getvalue())
    facturx.generate_from_file(
        buffer,
        _raw_xml(doc),
        flavor="factur-x",
        level="en16931",
        check_xsd=False,
        pdf_metadata={
            "author": seller.name,
            "keywords": "Factur-X",
            "title": doc.number,
            "subject": doc.number,
        },
    )
    return buffer.getvalue()


def _rate(func: Callable[[InvoiceDocument], bytes], docs: Sequence[InvoiceDocument]) -> float:
    start = time.perf_counter()
    for doc in docs:
        func(doc)
    return time.perf_counter() - start


def _pooled(pool: RenderPool, docs: Sequence[InvoiceDocument]) -> float:
    """Seconds to render ``docs`` in the pool (all submitted at once, results in order)."""
    start = time.perf_counter()
    futures = [pool.submit(doc) for doc in docs]
    for future in futures:
        future.result()
    return time.perf_counter() - start


def measure(
    invoices: int = 500, seed: int = 7, rounds: int = 4, workers: int | None = None
) -> dict[str, Any]:
    """Invoices per second of the app path in the render pool, in one process, and of the raw
    straight line, measured alternately in the same run."""
    docs = generate(invoices, seed)
    pool = RenderPool(workers)
    begin = time.perf_counter()
    pool.start()
    pool_start = time.perf_counter() - begin
    try:
        for func in (render_invoice_pdf, raw_render):
            func(docs[0])
            func(docs[-1])
        _pooled(pool, docs[: 2 * max(1, pool.workers)])  # each worker's XSD load
        pool_time = one_time = raw_time = 0.0
        chunk = max(1, len(docs) // rounds)
        for start in range(0, len(docs), chunk):
            part = docs[start : start + chunk]
            pool_time += _pooled(pool, part)
            raw_time += _rate(raw_render, part)
            one_time += _rate(render_invoice_pdf, part)
    finally:
        pool.close()
    app, one, raw = (len(docs) / x for x in (pool_time, one_time, raw_time))
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {
        "invoices": len(docs),
        "workers": pool.workers,
        "app_per_s": round(app, 1),
        "raw_per_s": round(raw, 1),
        "ratio": round(app / raw, 3),
        "one_process_per_s": round(one, 1),
        "ratio_one_process": round(one / raw, 3),
        "pool_start_s": round(pool_start, 2),
        "load_avg": [round(x, 2) for x in load],
    }


def _run(args: argparse.Namespace) -> int:
    print(json.dumps(measure(args.invoices, args.seed, workers=args.workers)))
    return 0


def register(subparsers: Any) -> None:
    """Add ``render`` to the ``bench`` command."""
    parser = subparsers.add_parser("render", help="invoice PDF + Factur-X rendering speed")
    parser.add_argument("--invoices", type=int, default=500, help="number of invoices (500)")
    parser.add_argument("--seed", type=int, default=7, help="random seed of the generated data")
    parser.add_argument("--workers", type=int, default=None, help="render processes (cores)")
    parser.set_defaults(handler=_run)
