"""Payments: recorded payments and their allocations, bank statement import and matching."""
