"""Cyclic garbage is collected on the GUI thread, never in a worker (no Qt object dies there)."""

from __future__ import annotations

import gc
import threading
from typing import Any

from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.shell import gc_guard

from .conftest import settle


class _Cycle:
    def __init__(self) -> None:
        self.me = self
        self.freed_in: list[str] = []


def test_workers_allocate_but_only_the_gui_thread_collects(qtbot: Any) -> None:
    assert not gc.isenabled()  # the fixture installed the guard, as make_app does
    threads: set[str] = set()
    gc.callbacks.append(lambda phase, _info: threads.add(threading.current_thread().name)
                        if phase == "start" else None)
    try:
        def churn() -> int:
            for _ in range(50_000):  # far beyond the generation-0 threshold
                _Cycle()
            return gc.get_count()[0]

        run_task(churn, on_done=lambda _n: None)
        settle(qtbot)
        assert gc.get_count()[0] > gc.get_threshold()[0]  # nobody collected in the worker
        assert threads <= {threading.main_thread().name}
        qtbot.waitUntil(lambda: gc.get_count()[0] < gc.get_threshold()[0], timeout=3000)
        assert threads == {threading.main_thread().name}  # the timer did, on the GUI thread
    finally:
        gc.callbacks.pop()
    assert gc_guard.collect_if_due() >= 0
