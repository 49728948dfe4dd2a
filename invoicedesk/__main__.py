"""``python -m invoicedesk`` runs the same command line as the ``invoicedesk`` script."""

from invoicedesk.cli.main import main

raise SystemExit(main())
