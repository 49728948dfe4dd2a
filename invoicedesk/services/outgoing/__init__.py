"""Outgoing invoices and credit notes: drafts, issuing, sending, mail texts, status jobs."""
