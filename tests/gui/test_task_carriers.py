"""The task runner's carriers (QObjects) die on the GUI thread, never in a worker: freed in a
worker, PySide6 6.12 defers their deletion to the main thread and crashed there
(``Shiboken::BindingManager::runDeletionInMainThread``)."""

from __future__ import annotations

import threading
import weakref
from typing import Any

from invoicedesk.gui.common.tasks import registry, run_task

from .conftest import settle


def test_the_last_reference_to_a_carrier_goes_on_the_gui_thread(qtbot: Any) -> None:
    freed_in: list[str] = []
    results: list[int] = []
    for i in range(60):
        run_task(lambda n=i, progress=None: n, on_done=results.append, on_progress=print)
        carrier = max(registry()._keep, key=lambda c: c.task_id)
        weakref.finalize(carrier, lambda: freed_in.append(threading.current_thread().name))
        del carrier
    settle(qtbot)
    assert sorted(results) == list(range(60))
    run_task(lambda: None)  # one more task end drops every released carrier
    settle(qtbot)
    qtbot.waitUntil(lambda: len(freed_in) >= 60, timeout=5000)
    assert set(freed_in) == {threading.main_thread().name}
