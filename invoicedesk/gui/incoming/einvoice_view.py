"""An XML-only e-invoice shown as a readable document (HTML in the editor's document pane).

The XML itself is read exactly in the sandbox; this page shows what was read — supplier,
number, dates, references, the lines and the totals — laid out like an invoice, with every
number in the clerk's locale.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, QLocale

from invoicedesk.gui.common.i18n import desk_locale, translate
from invoicedesk.gui.incoming.numbers import shown
from invoicedesk.services.incoming.editing import EditorData, EditorLine

STYLE = """
body { font-family: sans-serif; color: #111827; }
h1 { font-size: 20px; margin: 0 0 4px 0; }
.muted { color: #6b7280; }
table.lines { border-collapse: collapse; width: 100%; margin-top: 14px; }
table.lines th { text-align: left; border-bottom: 1px solid #9ca3af; padding: 4px; }
table.lines td { border-bottom: 1px solid #e5e7eb; padding: 4px; }
td.num, th.num { text-align: right; }
table.totals td { padding: 2px 8px; }
"""


def _date(iso: str) -> str:
    day = QDate.fromString(iso, "yyyy-MM-dd")
    return desk_locale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid() else iso


def _line_row(line: EditorLine, currency: str) -> str:
    return (
        f"<tr><td>{escape(line.description)}</td>"
        f"<td class='num'>{shown(line.quantity, None)}</td>"
        f"<td class='num'>{shown(line.unit_price)} {escape(currency)}</td>"
        f"<td class='num'>{shown(line.vat_rate, None)} %</td>"
        f"<td class='num'>{shown(line.net)} {escape(currency)}</td></tr>"
    )


def einvoice_html(data: EditorData) -> str:
    """The document page of an e-invoice without a PDF."""
    fields = data.fields
    currency = fields.get("currency", "")
    kind = data.einvoice or {}
    head = translate("EInvoiceView", "E-invoice {syntax} · {version} · profile {profile}").format(
        syntax=kind.get("syntax", ""), version=kind.get("version", ""),
        profile=kind.get("profile", ""),
    )  # fmt: skip
    meta = [
        (translate("EInvoiceView", "Invoice date"), _date(fields.get("invoice_date", ""))),
        (translate("EInvoiceView", "Due date"), _date(fields.get("due_date", ""))),
        (translate("EInvoiceView", "VAT ID"), fields.get("supplier_vat_id", "")),
        (translate("EInvoiceView", "IBAN"), fields.get("iban", "")),
    ]
    meta_rows = "".join(
        f"<tr><td class='muted'>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in meta if v
    )
    header = (
        f"<tr><th>{escape(translate('EInvoiceView', 'Description'))}</th>"
        f"<th class='num'>{escape(translate('EInvoiceView', 'Qty'))}</th>"
        f"<th class='num'>{escape(translate('EInvoiceView', 'Unit price'))}</th>"
        f"<th class='num'>{escape(translate('EInvoiceView', 'VAT'))}</th>"
        f"<th class='num'>{escape(translate('EInvoiceView', 'Net'))}</th></tr>"
    )
    lines = "".join(_line_row(line, currency) for line in data.lines)
    if not data.lines:
        lines = (
            "<tr><td colspan='5' class='muted'>"
            + escape(translate("EInvoiceView", "This profile carries no lines."))
            + "</td></tr>"
        )
    totals = "".join(
        f"<tr><td class='muted'>{escape(label)}</td>"
        f"<td class='num'><b>{shown(fields.get(key) or None)} {escape(currency)}</b></td></tr>"
        for key, label in (
            ("net", translate("EInvoiceView", "Net")),
            ("tax", translate("EInvoiceView", "VAT")),
            ("gross", translate("EInvoiceView", "Gross")),
        )
    )
    supplier = dict(data.details.get("supplier") or {})
    address = "<br>".join(escape(line) for line in supplier.get("address") or [])
    buyers = ", ".join(data.details.get("buyer_names") or [])
    to = translate("EInvoiceView", "To: {buyer}").format(buyer=buyers) if buyers else ""
    notes = "".join(f"<p class='muted'>{escape(n)}</p>" for n in data.details.get("notes") or [])
    title = translate("EInvoiceView", "Invoice {number}").format(
        number=fields.get("invoice_number", "")
    )
    return (
        f"<html><head><style>{STYLE}</style></head><body>"
        f"<p class='muted'>{escape(head)}</p>"
        f"<h2>{escape(fields.get('supplier_name', ''))}</h2><p class='muted'>{address}</p>"
        f"<p>{escape(to)}</p>"
        f"<h1>{escape(title)}</h1><table>{meta_rows}</table>"
        f"<table class='lines'>{header}{lines}</table>"
        f"<table class='totals' align='right'>{totals}</table>{notes}</body></html>"
    )
