"""A memory ceiling for the untrusted-file workers, on Linux, Windows and macOS.

* **Linux**: the worker lowers its ``RLIMIT_DATA`` (private writable memory, Linux 4.7 and
  later). ``RLIMIT_AS`` cannot be used: the schematron validator (Saxon, a GraalVM native image)
  reserves tens of gigabytes of address space at start without touching it.
* **Windows**: the worker puts itself into a new job object with
  ``JOB_OBJECT_LIMIT_PROCESS_MEMORY``, which caps its *committed* memory (reserved address
  space does not count, so Saxon's reservation is no problem). An allocation beyond the cap
  fails, which Python reports as ``MemoryError``. Jobs nest since Windows 8, so this works
  whether or not the parent already runs inside a job (as under some terminals and CI).
* **macOS**: the kernel enforces neither ``RLIMIT_DATA`` nor ``RLIMIT_AS`` for ordinary
  allocations; the wall-clock limit of the sandbox is the guard there.

Every path is best effort and silent on failure: a worker without a ceiling still has the
sandbox's time limit and dies with its parent.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x00000100
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS = 9
"""``JobObjectExtendedLimitInformation`` of ``JOBOBJECTINFOCLASS``."""


class _IoCounters(ctypes.Structure):
    _fields_ = [(name, ctypes.c_uint64) for name in (
        "ReadOperationCount", "WriteOperationCount", "OtherOperationCount",
        "ReadTransferCount", "WriteTransferCount", "OtherTransferCount",
    )]  # fmt: skip


class _BasicLimits(ctypes.Structure):
    _fields_ = [
        ("PerProcessUserTimeLimit", ctypes.c_int64),
        ("PerJobUserTimeLimit", ctypes.c_int64),
        ("LimitFlags", ctypes.c_uint32),
        ("MinimumWorkingSetSize", ctypes.c_size_t),
        ("MaximumWorkingSetSize", ctypes.c_size_t),
        ("ActiveProcessLimit", ctypes.c_uint32),
        ("Affinity", ctypes.c_size_t),
        ("PriorityClass", ctypes.c_uint32),
        ("SchedulingClass", ctypes.c_uint32),
    ]


class ExtendedLimits(ctypes.Structure):
    """``JOBOBJECT_EXTENDED_LIMIT_INFORMATION`` (144 bytes on 64-bit Windows)."""

    _fields_ = [
        ("BasicLimitInformation", _BasicLimits),
        ("IoInfo", _IoCounters),
        ("ProcessMemoryLimit", ctypes.c_size_t),
        ("JobMemoryLimit", ctypes.c_size_t),
        ("PeakProcessMemoryUsed", ctypes.c_size_t),
        ("PeakJobMemoryUsed", ctypes.c_size_t),
    ]


def job_limits(memory_bytes: int) -> ExtendedLimits:
    """The job-object settings that cap each process of the job at ``memory_bytes``."""
    info = ExtendedLimits()
    info.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_PROCESS_MEMORY
    info.ProcessMemoryLimit = memory_bytes
    return info


def _limit_windows(memory_bytes: int) -> bool:
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.CreateJobObjectW.restype = ctypes.c_void_p
    kernel32.CreateJobObjectW.argtypes = [ctypes.c_void_p, ctypes.c_wchar_p]
    kernel32.SetInformationJobObject.argtypes = [
        ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_uint32]  # fmt: skip
    kernel32.GetCurrentProcess.restype = ctypes.c_void_p
    kernel32.AssignProcessToJobObject.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        return False
    info = job_limits(memory_bytes)
    if not kernel32.SetInformationJobObject(
        job, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS, ctypes.byref(info), ctypes.sizeof(info)
    ):
        return False
    # the handle stays open for the life of the worker: closing it would not lift the limit,
    # but keeping it makes that plain
    return bool(kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()))


def _limit_posix(memory_bytes: int) -> bool:
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        memory_bytes = min(memory_bytes, hard)
    try:
        resource.setrlimit(resource.RLIMIT_DATA, (memory_bytes, hard))
    except (ValueError, OSError):
        return False
    return True


def limit_memory(memory_mb: int) -> bool:
    """Cap this (worker) process's memory at ``memory_mb`` where the OS enforces it; ``True``
    when a ceiling is in place (on macOS the call sets the limit the kernel then ignores)."""
    memory_bytes = memory_mb * 1024 * 1024
    with contextlib.suppress(OSError, AttributeError):
        if sys.platform == "win32":
            return _limit_windows(memory_bytes)
        return _limit_posix(memory_bytes)
    return False
