"""Payments: amounts settled per case, invoice numbers in remittance texts, matching rules."""
