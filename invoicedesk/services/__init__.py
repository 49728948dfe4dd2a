"""Use cases: each function is one transaction with one permission check, returning plain data."""
