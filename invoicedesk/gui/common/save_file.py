"""Writing a file the clerk chose to save (an export, a booking file)."""

from __future__ import annotations

from pathlib import Path


def write_file(path: Path, content: bytes) -> None:
    """Write next to the final name first, so a failed write leaves no half file."""
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(content)
    tmp.replace(path)
