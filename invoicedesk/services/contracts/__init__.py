"""Service contracts, their take-over, collective invoices and their timed send."""
