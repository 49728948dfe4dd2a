"""PDF rendering of outgoing documents (invoice, credit note, delivery note) and PDF/A."""
