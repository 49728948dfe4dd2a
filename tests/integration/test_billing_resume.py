"""A billing run whose process is killed mid-run is resumed without a duplicate invoice, a
gap in the numbers or a missing PDF. The process is really killed (``Popen.kill``: SIGKILL on
POSIX, TerminateProcess on Windows)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

import pytest
from sqlalchemy import func, select

from invoicedesk.domain.workflow import Actor
from invoicedesk.services.billing.rules import BillingRules
from invoicedesk.services.billing.runs import RowSpec, create_run, run_summary
from invoicedesk.store.models.billing import BillingRunRow
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.documents import Attachment
from invoicedesk.store.models.orders import OrderInvoice
from tests.integration.test_billing_runs import add_customer, add_order, setup

ORDERS = 36


def _cli(db_url: str, *args: str) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "invoicedesk", "billing-run", "--database-url", db_url, *args]
    return subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )


def _processed(db: Any, run_id: int) -> int:
    with db.read() as s:
        return int(
            s.scalar(
                select(func.count()).where(
                    BillingRunRow.run_id == run_id, BillingRunRow.status != "not_done"
                )
            )
            or 0
        )


@pytest.mark.slow
def test_killed_run_resumes_without_duplicates(db: Any, db_url: str) -> None:
    setup(db)
    cust = add_customer(db, "Autohaus Brandt GmbH")
    orders = [add_order(db, cust, lines=1 + i % 4) for i in range(ORDERS)]
    run_id = create_run(
        db, Actor.system(), BillingRules(), [RowSpec(o, "create_only") for o in orders]
    )
    proc = _cli(db_url, "--resume", str(run_id), "--workers", "0", "--chunk", "3")
    deadline = time.monotonic() + 120
    while _processed(db, run_id) < 6:
        assert proc.poll() is None, f"the run ended before it was killed: {proc.communicate()}"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    proc.kill()
    proc.wait(30)
    done_at_kill = _processed(db, run_id)
    assert done_at_kill < ORDERS, "the run finished before the kill; nothing to resume"
    assert run_summary(db, run_id).status in ("running", "interrupted")

    # the dead process's lease still looks fresh: a plain resume is refused with a reason
    refused = _cli(db_url, "--resume", str(run_id), "--workers", "0")
    _out, err = refused.communicate(timeout=120)
    assert refused.returncode == 1 and "being processed right now" in err

    resumed = _cli(db_url, "--resume", str(run_id), "--takeover", "--workers", "1", "--json")
    out, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err
    report = json.loads(out)
    assert report["run_id"] == run_id and report["processed"] == ORDERS
    assert report["failed"] == 0 and report["skipped"] == 0
    assert {r["status"] for r in report["rows"]} == {"processed"}

    with db.read() as s:
        numbers = sorted(s.scalars(select(Case.number)))
        links = s.scalar(select(func.count()).select_from(OrderInvoice))
        pdfs = s.execute(
            select(Attachment.case_id, func.count())
            .where(Attachment.kind == "invoice_pdf")
            .group_by(Attachment.case_id)
        ).all()
    assert numbers == [f"RE-{numbers[0][3:7]}-{i:05d}" for i in range(1, ORDERS + 1)]
    assert links == ORDERS
    assert len(pdfs) == ORDERS and {n for _c, n in pdfs} == {1}
    assert run_summary(db, run_id).status == "finished"
