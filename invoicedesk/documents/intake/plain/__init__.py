"""The parts of the plain PDF read-out: label vocabulary, value candidates, dates, totals and
parties. :mod:`invoicedesk.documents.intake.plain_read` puts them together."""
