"""Shared helpers of the subcommands: printing JSON and names safely, checking numbers and
output files before anything is written."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from invoicedesk.domain.errors import ValidationError

#: the largest id a database row can have (a signed 64-bit integer)
MAX_ID = 2**63 - 1


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(data: Any) -> None:
    """Print data as JSON (Decimals as strings, dates in ISO format)."""
    json.dump(data, sys.stdout, default=_default, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def printable(text: object) -> str:
    """``text`` for a terminal: control characters (newlines, ANSI escapes ...) shown escaped
    (``\\n``, ``\\x1b``), so a file or party name can neither break a line nor paint it."""
    value = str(text)
    if all(unicodedata.category(ch)[0] != "C" or ch == " " for ch in value):
        return value
    out = []
    for ch in value:
        if unicodedata.category(ch)[0] == "C":
            out.append(ch.encode("unicode_escape").decode("ascii"))
        else:
            out.append(ch)
    return "".join(out)


def int_in(low: int, high: int, what: str = "a whole number") -> Callable[[str], int]:
    """An argparse ``type``: a whole number from ``low`` to ``high`` (one-line error otherwise)."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{printable(text)!r} is not {what}"
            ) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is not between {low:,} and {high:,}")
        return value

    parse.__name__ = what  # argparse names the type in its messages
    return parse


#: an argparse ``type`` for the id of a record (case, run, export, customer ...)
record_id = int_in(1, MAX_ID, "an id")


def check_output_file(path: Path, *, overwrite: bool = True) -> None:
    """Refuse an output path that cannot be written as a new file (a folder, a missing
    folder, an existing file when ``overwrite`` is off), before any work is done."""
    if path.is_dir():
        raise ValidationError(
            f"{printable(path)} is a folder; give a file name, e.g. {printable(path / 'out')}."
        )
    if not path.parent.is_dir():
        raise ValidationError(
            f"The folder {printable(path.parent)} does not exist; create it or choose another."
        )
    if path.exists() and not overwrite:
        raise ValidationError(f"{printable(path)} exists already; choose another file name.")


def float_in(low: float, high: float) -> Callable[[str], float]:
    """An argparse ``type``: a finite number from ``low`` to ``high`` (no nan, no inf)."""

    def parse(text: str) -> float:
        try:
            value = float(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"{printable(text)!r} is not a number") from None
        if not low <= value <= high:  # also false for nan
            raise argparse.ArgumentTypeError(f"{printable(text)} is not between {low} and {high}")
        return value

    parse.__name__ = "a number"
    return parse
