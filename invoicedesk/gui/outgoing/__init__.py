"""Outgoing invoices on the desk: the draft editor, sending, printing."""
