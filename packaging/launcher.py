"""Entry script of the PyInstaller bundle (the same as ``python -m invoicedesk``)."""

import multiprocessing

from invoicedesk.cli.main import main

if __name__ == "__main__":
    # the intake parser pool spawns worker processes: a frozen app must handle that first
    multiprocessing.freeze_support()
    raise SystemExit(main())
