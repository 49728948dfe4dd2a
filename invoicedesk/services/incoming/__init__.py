"""Supplier invoices: intake, editing, duplicates, supplier matching, the watched folder, booking
export."""
