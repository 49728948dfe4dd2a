"""Billing runs (the Invoice Manager): the wizard, its row table, rules form and run summary."""
