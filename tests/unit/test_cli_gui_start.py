"""The GUI start (``invoicedesk`` without a command) parses its options without importing the
command modules; anything else goes through the full parser as before."""

from __future__ import annotations

import subprocess
import sys

from invoicedesk.cli.main import gui_start_args


def test_options_without_a_command_are_a_gui_start() -> None:
    args = gui_start_args(["--demo", "--database-url", "sqlite:///x.sqlite3"])
    assert args is not None
    assert args.handler is None and args.demo and args.database_url == "sqlite:///x.sqlite3"
    assert not args.smoke_test
    assert gui_start_args([]) is not None


def test_a_command_help_or_an_unknown_word_needs_the_full_parser() -> None:
    assert gui_start_args(["cases", "list"]) is None
    assert gui_start_args(["--as", "ada", "cases", "list"]) is None
    assert gui_start_args(["--help"]) is None
    assert gui_start_args(["nonsense"]) is None


def test_the_gui_start_imports_no_command_module() -> None:
    code = (
        "import sys; from invoicedesk.cli.main import gui_start_args; gui_start_args([]); "
        "print(sorted(m for m in sys.modules if m.startswith('invoicedesk.cli.commands.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]"
