"""Guard against reference-count bugs of PySide6 6.12 on Python 3.11 (None, True, False).

PySide6 6.12.0 loses references on two paths:

- every call of a C++ method that returns ``void`` (``QPainter.save()``,
  ``QComboBox.setCurrentIndex()``, ...) and every invalid ``QVariant`` converted to Python loses
  one reference to ``None``;
- every ``SignalInstance.emit()``, ``connect()`` and ``disconnect()`` called from Python returns
  ``True`` without taking a reference to it, so each one loses a reference to ``True`` (the
  progress and result signals of :mod:`invoicedesk.gui.common.tasks`, a model's
  ``dataChanged`` ...).

Before Python 3.12 these singletons are ordinary objects: after some ten thousand emits the count
of ``True`` reaches zero, and whichever thread happens to drop the last reference aborts the
process with ``Fatal Python error: bool_dealloc``. That was the crash of issue 15 (the send-date
calendar was open on the GUI thread, the scheduler's worker rolled back a session: SQLAlchemy
drops references to ``True`` there; neither was the cause). ``None`` runs out the same way
("deallocating None").

The guard keeps extra references in lists and adds more whenever a count runs low. Whether a
singleton needs it is measured, not assumed (:func:`leaks`): on Python 3.12 and later the three
are immortal and nothing is done; a PySide6 that no longer loses references is left alone too.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

CHECK_MS = 2000
#: (low-water mark, references added at once) per guarded object
LEVELS: dict[str, tuple[int, int]] = {"None": (200_000, 500_000), "True": (50_000, 150_000),
                                      "False": (50_000, 150_000)}  # fmt: skip
_OBJECTS: dict[str, object] = {"None": None, "True": True, "False": False}
#: number of probe calls; a leak loses one reference per call
PROBE_CALLS = 200

#: the extra references, one list per guarded object; pinned (see :func:`_pin`)
_anchors: dict[str, list[object]] = {name: [] for name in _OBJECTS}
_guarded: set[str] | None = None
_warned: set[str] = set()
_pinned = False


class _Probe(QObject):
    ping = Signal()


def _pin() -> None:
    """Keep the anchors alive through interpreter shutdown.

    Qt objects are destroyed late in finalization and keep losing references then; if the
    anchors were freed first, ``None`` and ``True`` would still run out. The extra reference
    taken here is never given back on purpose.
    """
    global _pinned
    if not _pinned:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(_anchors))
        _pinned = True


def needed() -> bool:
    """Whether this interpreter can run out of these objects (they are immortal from 3.12)."""
    return sys.version_info < (3, 12)


def leaks() -> set[str]:
    """The names of the objects this PySide6 loses references to, measured with a few calls."""
    if not needed():
        return set()
    probe = _Probe()
    found: set[str] = set()
    before = sys.getrefcount(True)
    for _ in range(PROBE_CALLS):
        probe.ping.emit()
    if before - sys.getrefcount(True) >= PROBE_CALLS // 2:
        found.add("True")
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")  # returns void
    if before - sys.getrefcount(None) >= PROBE_CALLS // 2:
        found.add("None")
    if found:
        found.add("False")  # the same code paths return False as well
    return found


def guarded() -> set[str]:
    """The objects the guard tops up (measured once per process)."""
    global _guarded
    if _guarded is None:
        _guarded = leaks()
        if _guarded:
            log.info("PySide6 loses references to %s; the guard tops them up",
                     ", ".join(sorted(_guarded)))  # fmt: skip
    return _guarded


def top_up() -> None:
    """Add references to each guarded object whose count fell below its low-water mark."""
    for name in guarded():
        obj = _OBJECTS[name]
        low, step = LEVELS[name]
        if sys.getrefcount(obj) >= low:
            continue
        anchor = _anchors[name]
        if anchor and name not in _warned:
            _warned.add(name)
            log.info("PySide6 lost references to %s; the guard tops them up", name)
        _pin()
        while sys.getrefcount(obj) < low + step:
            anchor.extend([obj] * step)


def install(parent: QObject) -> QTimer | None:
    """Top up now and every :data:`CHECK_MS` milliseconds while ``parent`` lives."""
    if not guarded():
        return None
    _pin()
    top_up()
    timer = QTimer(parent)
    timer.setInterval(CHECK_MS)
    timer.timeout.connect(top_up)
    timer.start()
    return timer
