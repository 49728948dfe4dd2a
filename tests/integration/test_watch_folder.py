"""The watched folder: each file taken in once, then moved to done/."""

from __future__ import annotations

import shutil
import threading

from invoicedesk.documents.intake.sandbox import ParserPool
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.incoming import watch_folder
from invoicedesk.services.incoming.intake import case_ids_by_status


def test_each_file_once_then_done(db, shared_data, tmp_path) -> None:  # type: ignore[no-untyped-def]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("QualityHosting.pdf", "coolblue1.pdf", "AmazonWebServices.pdf"):
        shutil.copy(shared_data / "pdf" / "plain-invoices" / name, inbox / name)
    (inbox / "notes.txt").write_text("not an invoice")
    (inbox / "~lock.pdf").write_bytes(b"temp")
    results: list[int] = []
    pool = ParserPool(2)

    def scan() -> None:
        outcomes = watch_folder.scan_once(db, Actor.system(), inbox, pool)
        results.extend(o.case_id for o in outcomes)

    workers = [threading.Thread(target=scan) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert len(results) == 3 and len(set(results)) == 3
    assert sorted(p.name for p in (inbox / "done").iterdir()) == [
        "AmazonWebServices.pdf",
        "QualityHosting.pdf",
        "coolblue1.pdf",
    ]
    assert not list((inbox / "processing").iterdir())
    assert (inbox / "notes.txt").exists() and (inbox / "~lock.pdf").exists()
    assert len(case_ids_by_status(db, "ready")) == 3
    assert watch_folder.scan_once(db, Actor.system(), inbox, pool) == []
    # the same file again lands in done/ under a new name, and is flagged as a duplicate
    shutil.copy(shared_data / "pdf" / "plain-invoices" / "coolblue1.pdf", inbox / "coolblue1.pdf")
    (again,) = watch_folder.scan_once(db, Actor.system(), inbox, pool)
    pool.close()
    assert again.duplicate_of and (inbox / "done" / "coolblue1 (2).pdf").exists()
