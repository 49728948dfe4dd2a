"""Company-wide layout choices for the invoice PDF, as plain data for the renderer.

Admins edit them in the settings (:class:`invoicedesk.services.settings.registry.PdfOptions`);
the issuing services turn them into a :class:`LayoutOptions` and put it on the
:class:`~invoicedesk.documents.model.InvoiceDocument`, so the renderer — also in the worker
processes of a billing run, which receive the pickled document — never reads the database.
"""

from __future__ import annotations

from dataclasses import dataclass

#: the accent colour of the standard layout (headings, rules, table header text)
DEFAULT_ACCENT = "#1f3a5f"


@dataclass(frozen=True)
class LayoutOptions:
    """How the invoice PDF looks; the defaults give the standard layout."""

    show_logo: bool = True
    #: ``#RRGGBB`` colour of headings, rules and the table header
    accent_color: str = DEFAULT_ACCENT
    #: an extra line above the footer on every page ("" = none)
    footer_note: str = ""
    #: print the EPC QR code ("GiroCode") for the bank transfer
    show_payment_qr: bool = True
    #: a diagonal mark on every page (a preview's "DRAFT"); "" = none
    watermark: str = ""


DEFAULT_LAYOUT = LayoutOptions()
