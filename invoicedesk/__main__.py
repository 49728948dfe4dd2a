"""``python -m invoicedesk`` runs the same command line as the ``invoicedesk`` script."""

import multiprocessing

from invoicedesk.cli.main import main

if __name__ == "__main__":
    # parser worker processes are spawned; a frozen bundle needs freeze_support first
    multiprocessing.freeze_support()
    raise SystemExit(main())
