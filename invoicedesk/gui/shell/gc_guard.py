"""Cyclic garbage is collected on the GUI thread only.

Python runs its cycle collector in whichever thread happens to allocate when a threshold is
crossed — often a worker of :mod:`invoicedesk.gui.common.tasks`. If that collection frees the
wrapper of a Qt object (a closed dialog caught in a reference cycle), the C++ object is
destroyed on the wrong thread and the process can crash. So the automatic collector is
switched off and a timer on the GUI thread collects instead, generation by generation, with
Python's own thresholds (the approach qutebrowser takes).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 500

_timer: QTimer | None = None


def collect_if_due() -> int:
    """Collect the generations whose counts crossed their thresholds; objects found."""
    found = 0
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[0] > thresholds[0]:
        found += gc.collect(0)
        if counts[1] > thresholds[1]:
            found += gc.collect(1)
            if counts[2] > thresholds[2]:
                found += gc.collect(2)
    return found


#: glibc's mallopt parameter for the number of malloc arenas
_M_ARENA_MAX = -8
#: arenas for the whole process: each worker thread would otherwise get its own arena, which
#: keeps the memory of its large query results (about 60 MB more with six workers)
ARENAS = 2


def limit_malloc_arenas() -> bool:
    """On Linux with glibc, share few malloc arenas between the threads; True when applied."""
    if not sys.platform.startswith("linux"):
        return False
    name = ctypes.util.find_library("c")
    if not name:
        return False
    try:
        libc = ctypes.CDLL(name)
        return bool(libc.mallopt(_M_ARENA_MAX, ARENAS))
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False


def install(app: QObject) -> None:
    """Disable the automatic collector and collect from a timer of ``app`` (idempotent)."""
    global _timer
    if _timer is not None:
        return
    limit_malloc_arenas()
    gc.disable()
    _timer = QTimer(app)
    _timer.setInterval(CHECK_MS)
    _timer.timeout.connect(collect_if_due)
    _timer.start()


def uninstall() -> None:
    """Collect once more and give collection back to Python (tests, shutdown)."""
    global _timer
    if _timer is None:
        return
    _timer.stop()
    _timer.deleteLater()
    _timer = None
    gc.collect()
    gc.enable()
