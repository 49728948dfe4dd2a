"""PostgreSQL change notifications: a committed change of a case is announced, a rollback not."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from invoicedesk.store import change_feed
from invoicedesk.store.models.cases import Case


def test_commit_is_announced_rollback_is_not(db: Any) -> None:
    if not change_feed.supports_notifications(db):
        with pytest.raises(ValueError, match="PostgreSQL"):
            change_feed.listen(db, lambda: None, lambda: True)
        return
    seen: list[float] = []
    stop = threading.Event()
    ready = threading.Event()

    def on_change() -> None:
        seen.append(time.monotonic())

    def run() -> None:
        ready.set()
        change_feed.listen(db, on_change, stop.is_set, wait_s=0.2)

    listener = threading.Thread(target=run)
    listener.start()
    ready.wait()
    time.sleep(0.5)  # LISTEN is in place
    try:
        with pytest.raises(RuntimeError), db.write() as s:  # rolled back: no notification
            s.add(Case(direction="out", status="draft", party_name="Rollback GmbH"))
            s.flush()
            raise RuntimeError("abort")
        time.sleep(0.6)
        assert seen == []
        with db.write() as s:
            s.add(Case(direction="out", status="draft", party_name="Commit GmbH"))
        deadline = time.monotonic() + 5
        while not seen and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(seen) == 1
    finally:
        stop.set()
        listener.join(5)
    assert not listener.is_alive()
