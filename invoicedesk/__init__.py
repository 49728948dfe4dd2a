"""InvoiceDesk: one desk for every outgoing and incoming invoice case."""

__version__ = "0.1.0"
