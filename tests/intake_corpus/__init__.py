"""A generator of varied supplier invoices with known field values, rendered to real PDFs.

Every invoice is drawn with reportlab in one of several layouts, in German, English, Dutch or
French, with the number and date styles real suppliers use (thousands separated by dots,
commas, spaces, no-break and narrow no-break spaces or apostrophes; numeric and month-name
dates), distractor dates (order, delivery, print) and amounts (subtotals, discounts,
prepayments, line totals), valid VAT IDs and IBANs of many countries, and the buyer's own
company name, address and sometimes VAT ID on the page. The expected values travel with the
PDF (:class:`~tests.intake_corpus.corpus.Sample`).

Part of the variety is *held out* (two layouts, some label wordings, some number and date
styles): it was written before the read-out rules and is only used to check that they
generalise (``variety="holdout"``). The corpus used by the accuracy test mixes both with a
fixed seed.
"""
