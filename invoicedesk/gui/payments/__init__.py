"""Payments in the desk: *Mark paid* with date and amount, undo, bank statement import and
the reconciliation view."""
