"""Composition root: settings -> database -> services -> main window.

The command line (:mod:`invoicedesk.cli.main`) calls :func:`run_gui` when no command is given;
opening and preparing the database is :mod:`invoicedesk.startup`, shared with the GUI shell.
"""

from __future__ import annotations

import argparse


def run_gui(args: argparse.Namespace) -> int:
    """Start the desktop application (or its start-and-quit smoke test)."""
    from invoicedesk.logging_setup import setup_logging

    if getattr(args, "smoke_test", False):
        from invoicedesk.gui.shell.smoke import run_smoke_test

        return run_smoke_test(args)
    setup_logging(fatal=True)
    from invoicedesk.gui.shell.application import run_app

    return run_app(args)
