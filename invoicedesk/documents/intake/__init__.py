"""Intake of incoming supplier invoices: e-invoice XML, plain PDF read-out, sandboxed parsing.

Pure code: no database and no Qt. The entry points are
:func:`invoicedesk.documents.intake.sandbox.parse_file` and
:class:`invoicedesk.documents.intake.sandbox.ParserPool`, which read untrusted files in a
separate worker process and always return a
:class:`invoicedesk.documents.intake.result.ParseResult`.
"""
