"""``invoicedesk audit verify``: recompute every hash chain of the audit trail.

Exit status 0 when every chain is intact, 1 when a row breaks one (each such row is named).
"""

from __future__ import annotations

import argparse
from typing import Any

from invoicedesk.cli.context import print_json
from invoicedesk.services.audit_trail import verify_audit_trail
from invoicedesk.startup import open_database


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``audit`` command group."""
    audit = sub.add_parser("audit", help="check the audit trail", parents=[common])
    audit_sub = audit.add_subparsers(title="audit commands", metavar="COMMAND", required=True)
    verify = audit_sub.add_parser(
        "verify", help="recompute the hash chains of history and admin log", parents=[common]
    )
    verify.add_argument("--json", action="store_true", help="print the report as JSON")
    verify.set_defaults(handler=_verify)


def _verify(args: argparse.Namespace) -> int:
    report = verify_audit_trail(open_database(args))
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "rows": report.rows,
                "broken": [
                    {"table": b.table, "id": b.id, "chain": b.chain, "problem": str(b.problem)}
                    for b in report.broken
                ],
                "days": [
                    {"table": d.table, "day": d.day, "rows": d.rows, "chain_hash": d.chain_hash}
                    for d in report.days
                ],
            }
        )
    else:
        for b in report.broken:
            print(f"{b.table} row {b.id} (chain {b.chain}): {b.problem}")
        counts = ", ".join(f"{table} {rows} rows" for table, rows in report.rows.items())
        verdict = "every chain intact" if report.ok else f"{len(report.broken)} broken rows"
        print(f"Audit trail: {counts}; {verdict}.")
    return 0 if report.ok else 1
