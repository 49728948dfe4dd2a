"""Supplier invoices on the desk: intake (import, drop, watched folder), the invoice editor, the
booking export."""
