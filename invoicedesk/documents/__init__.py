"""Outgoing documents and e-invoices: pure data, PDF rendering, Factur-X/XRechnung XML, validation.

Nothing here touches the database or Qt: services hand in an
:class:`~invoicedesk.documents.model.InvoiceDocument` and get bytes back.
"""
