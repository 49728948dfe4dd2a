"""Guard against a reference-count bug of PySide6 6.12 on Python 3.11.

On that combination every call of a C++ method that returns ``void`` (``QPainter.save()``,
``QComboBox.setCurrentIndex()``, ...) and every invalid ``QVariant`` converted to Python loses
one reference to ``None``. ``None`` is an ordinary object before Python 3.12, so after some
tens of thousands of such calls (a minute of scrolling with Python paint code) the interpreter
aborts with "deallocating None". The guard keeps extra references in a list and adds more
whenever the count runs low; on Python 3.12 and later ``None`` is immortal and it does nothing.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

LOW = 200_000
STEP = 500_000
CHECK_MS = 2000

_anchor: list[None] = []
_warned = False
_pinned = False


def _pin() -> None:
    """Keep the anchor alive through interpreter shutdown.

    Qt objects are destroyed late in finalization and keep losing references then; if the
    anchor were freed first, ``None`` would still run out.
    """
    global _pinned
    if not _pinned:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(_anchor))
        _pinned = True


def needed() -> bool:
    """Whether this interpreter needs the guard (``None`` is mortal before 3.12)."""
    return sys.version_info < (3, 12)


def top_up() -> None:
    """Add references to ``None`` when fewer than :data:`LOW` are left."""
    global _warned
    if not needed() or sys.getrefcount(None) >= LOW:
        return
    if _anchor and not _warned:
        _warned = True
        log.info("PySide6 lost references to None; the guard tops them up")
    _pin()
    while sys.getrefcount(None) < LOW + STEP:
        _anchor.extend([None] * STEP)


def install(parent: QObject) -> QTimer | None:
    """Top up now and every :data:`CHECK_MS` milliseconds while ``parent`` lives."""
    if not needed():
        return None
    _pin()
    top_up()
    timer = QTimer(parent)
    timer.setInterval(CHECK_MS)
    timer.timeout.connect(top_up)
    timer.start()
    return timer
