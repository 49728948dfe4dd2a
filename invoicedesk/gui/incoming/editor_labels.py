"""Names of the invoice editor's fields (translated where they are shown)."""

from __future__ import annotations

from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP

FIELD_LABELS = {
    "supplier_name": QT_TRANSLATE_NOOP("IncomingEditor", "Supplier"),
    "supplier_vat_id": QT_TRANSLATE_NOOP("IncomingEditor", "VAT ID"),
    "invoice_number": QT_TRANSLATE_NOOP("IncomingEditor", "Invoice no."),
    "invoice_date": QT_TRANSLATE_NOOP("IncomingEditor", "Invoice date"),
    "due_date": QT_TRANSLATE_NOOP("IncomingEditor", "Due date"),
    "currency": QT_TRANSLATE_NOOP("IncomingEditor", "Currency"),
    "net": QT_TRANSLATE_NOOP("IncomingEditor", "Net"),
    "tax": QT_TRANSLATE_NOOP("IncomingEditor", "Tax"),
    "gross": QT_TRANSLATE_NOOP("IncomingEditor", "Gross"),
    "iban": QT_TRANSLATE_NOOP("IncomingEditor", "IBAN"),
}
