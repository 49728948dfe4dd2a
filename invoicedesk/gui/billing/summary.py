"""Helpers of the billing wizard: the shared rendering pool, the run list for printing and
one PDF with every invoice to print."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from io import BytesIO
from pathlib import Path

from invoicedesk.gui.billing.table import Row, money_text
from invoicedesk.gui.common.commerce_labels import commerce_label
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.opener import temp_copy
from invoicedesk.lifeline import SharedPool
from invoicedesk.services.billing.runs import ROW_STATUS_LABELS, RunSummary
from invoicedesk.services.orders.orders import DELIVERY_LABELS
from invoicedesk.services.outgoing.issuing import invoice_pdf
from invoicedesk.services.outgoing.render_pool import RenderPool
from invoicedesk.store.database import Database


class SharedRenderPool(SharedPool[RenderPool]):
    """The application's rendering processes, started in a worker thread on first use."""

    def __init__(self) -> None:
        super().__init__(_started, RenderPool.close)


def _started() -> RenderPool:
    pool = RenderPool()
    pool.start()
    return pool


POOL = SharedRenderPool()


def summary_html(summary: RunSummary | None, rows: Sequence[Row]) -> str:
    """The run's list for printing: one line per order, counts and the total."""
    lines = []
    for r in rows:
        status = commerce_label(ROW_STATUS_LABELS.get(r.status, r.status))
        if r.error:
            status = f"{status}: {core_text(r.error)}"
        lines.append(
            f"<tr><td>{escape(r.order_number)}</td><td>{escape(r.customer)}</td>"
            f"<td align=right>{money_text(r.amount, r.currency)}</td>"
            f"<td>{escape(commerce_label(DELIVERY_LABELS.get(r.action, r.action)))}</td>"
            f"<td>{escape(r.invoice_number or '')}</td><td>{escape(status)}</td></tr>"
        )
    head, totals = escape(translate("BillingPrint", "Billing run")), ""
    if summary is not None:
        head = escape(
            translate("BillingPrint", "Billing run {run} — {scenario}").format(
                run=summary.run_id, scenario=summary.scenario
            )
        )
        totals = "<p>{}</p>".format(
            escape(
                translate(
                    "BillingPrint",
                    "Processed {processed}, failed {failed}, skipped {skipped}; total {total}",
                ).format(
                    processed=summary.processed,
                    failed=summary.failed,
                    skipped=summary.skipped,
                    total=money_text(summary.total, "EUR"),
                )
            )
        )
    titles = (
        translate("BillingPrint", "Order"),
        translate("BillingPrint", "Customer"),
        translate("BillingPrint", "Amount"),
        translate("BillingPrint", "Action"),
        translate("BillingPrint", "Invoice"),
        translate("BillingPrint", "Status"),
    )
    header = "".join(f"<th>{escape(t)}</th>" for t in titles)
    return (
        f"<h2>{head}</h2>{totals}<table border=1 cellspacing=0 cellpadding=3>"
        f"<tr>{header}</tr>{''.join(lines)}</table>"
    )


def print_batch(db: Database, case_ids: list[int]) -> Path:
    """One PDF with every invoice of the run whose action is Print."""
    from pypdf import PdfWriter  # loaded only when a batch is printed

    writer = PdfWriter()
    with db.read() as s:
        for case_id in case_ids:
            _name, content, _sha = invoice_pdf(s, case_id)
            writer.append(BytesIO(content))
    out = BytesIO()
    writer.write(out)
    return temp_copy("invoices-to-print.pdf", out.getvalue())
