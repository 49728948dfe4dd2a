"""Detect SQLite files on network shares, where SQLite's locking is not reliable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

NETWORK_FS = frozenset(
    {"nfs", "nfs4", "cifs", "smbfs", "smb3", "afpfs", "webdav", "fuse.sshfs", "9p", "davfs"}
)


def is_network_path(path: Path) -> bool:
    """True when ``path`` lies on a network file system (UNC path, mapped or mounted share)."""
    text = str(path)
    if sys.platform == "win32":
        if text.startswith(("\\\\", "//")):
            return True
        return _windows_drive_is_remote(path)
    fstype = _posix_fstype(path.resolve())
    return fstype in NETWORK_FS


def _windows_drive_is_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = path.resolve().drive
    if not drive:
        return False
    drive_remote = 4
    get_drive_type = ctypes.windll.kernel32.GetDriveTypeW  # type: ignore[attr-defined]
    return bool(get_drive_type(drive + "\\") == drive_remote)


def parse_proc_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) pairs from the text of ``/proc/mounts``."""
    mounts: list[tuple[str, str]] = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            mounts.append((parts[1].replace("\\040", " "), parts[2]))
    return mounts


def fstype_for(path: str, mounts: list[tuple[str, str]]) -> str:
    """File system type of the longest mount point containing ``path`` ('' when none)."""
    best = ""
    best_type = ""
    for point, fstype in mounts:
        inside = path == point or path.startswith(point.rstrip(os.sep) + os.sep)
        if inside and len(point) > len(best):
            best, best_type = point, fstype
    return best_type


def _posix_fstype(path: Path) -> str:
    """File system type of the mount holding ``path`` ('' when unknown)."""
    mounts: list[tuple[str, str]] = []
    proc_mounts = Path("/proc/mounts")
    if proc_mounts.exists():
        mounts = parse_proc_mounts(proc_mounts.read_text(encoding="utf-8", errors="replace"))
    elif sys.platform == "darwin":  # pragma: no cover - macOS only
        out = subprocess.run(["/sbin/mount"], capture_output=True, text=True, check=False).stdout
        for line in out.splitlines():
            # "//user@server/share on /Volumes/share (smbfs, nodev, ...)"
            if " on " in line and "(" in line:
                point = line.split(" on ", 1)[1].rsplit(" (", 1)[0]
                fstype = line.rsplit("(", 1)[1].split(",", 1)[0].strip(" )")
                mounts.append((point, fstype))
    return fstype_for(str(path), mounts)
