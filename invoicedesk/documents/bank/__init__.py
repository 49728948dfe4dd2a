"""Bank statements read from files: CAMT.053 (ISO 20022 XML) and MT940 (SWIFT text)."""
