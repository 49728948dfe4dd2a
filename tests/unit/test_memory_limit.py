"""The worker memory ceiling: the Windows job-object layout and the real limit where it runs."""

from __future__ import annotations

import ctypes
import subprocess
import sys

import pytest

from invoicedesk.documents.intake.memory_limit import (
    JOB_OBJECT_LIMIT_PROCESS_MEMORY,
    ExtendedLimits,
    job_limits,
)

CHILD = """
import sys
from invoicedesk.documents.intake.memory_limit import limit_memory
ok = limit_memory(256)
try:
    block = bytearray(768 * 1024 * 1024)
except MemoryError:
    print("refused", ok)
else:
    print("allowed", ok, len(block))
"""


@pytest.mark.skipif(ctypes.sizeof(ctypes.c_void_p) != 8, reason="layout of 64-bit Windows")
def test_job_object_structure_has_the_windows_layout() -> None:
    # JOBOBJECT_EXTENDED_LIMIT_INFORMATION: 64-byte basic limits, 48-byte I/O counters, 4 sizes
    assert ctypes.sizeof(ExtendedLimits) == 144
    assert ExtendedLimits.IoInfo.offset == 64
    assert ExtendedLimits.ProcessMemoryLimit.offset == 112
    info = job_limits(300 * 1024 * 1024)
    assert info.BasicLimitInformation.LimitFlags == JOB_OBJECT_LIMIT_PROCESS_MEMORY
    assert info.ProcessMemoryLimit == 300 * 1024 * 1024
    assert info.JobMemoryLimit == 0  # only the per-process cap; the job itself is unlimited


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS enforces no memory limit")
def test_allocation_beyond_the_ceiling_fails_in_the_worker() -> None:
    proc = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                          timeout=60, check=True)  # fmt: skip
    assert proc.stdout.split() == ["refused", "True"], proc.stdout + proc.stderr
