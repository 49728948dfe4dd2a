"""``invoicedesk bench …``: speed figures against a raw baseline, measured in the same run."""

from __future__ import annotations

import argparse
import importlib
import inspect
import pkgutil
from typing import Any

from invoicedesk import bench


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``bench`` group with every benchmark module of :mod:`invoicedesk.bench`."""
    group = sub.add_parser("bench", help="run a benchmark and print JSON", parents=[common])
    bench_sub = group.add_subparsers(title="benchmarks", metavar="NAME", required=True)
    for info in sorted(pkgutil.iter_modules(bench.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{bench.__name__}.{info.name}")
        register_bench = getattr(module, "register", None)
        if register_bench is None:
            continue
        if len(inspect.signature(register_bench).parameters) >= 2:
            register_bench(bench_sub, common)
        else:
            register_bench(bench_sub)
