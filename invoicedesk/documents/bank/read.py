"""Read a bank statement file of either format: the one entry point of the import."""

from __future__ import annotations

from invoicedesk.documents.bank.camt import read_camt
from invoicedesk.documents.bank.model import BankFileError, Statement
from invoicedesk.documents.bank.mt940 import read_mt940

#: larger files are refused before they are read
MAX_BYTES = 64 * 1024 * 1024


def read_statements(data: bytes) -> list[Statement]:
    """The statements of a CAMT.053 or MT940 file; :class:`BankFileError` with one line
    saying why when the file is neither, broken or empty."""
    if not data.strip():
        raise BankFileError("The file is empty.")
    if len(data) > MAX_BYTES:
        raise BankFileError("The file is larger than 64 MB.")
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    statements = read_camt(data) if head == b"<" else read_mt940(data)
    if not any(s.entries for s in statements) and not statements:
        raise BankFileError("The file holds no statement.")
    return statements
