#!/usr/bin/env python3
"""One-step set-up for a fresh machine, on Windows, macOS and Linux.

    python3 scripts/dev.py start   # install the app into .venv and start it (SQLite default)
    python3 scripts/dev.py test    # install with the dev extra and run every check and test

``test`` runs ruff, mypy, import-linter and the whole pytest suite. Tests use SQLite; they
also run on PostgreSQL when INVOICEDESK_TEST_DATABASE_URL is set.
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
# shared libraries Qt needs on Linux (Debian package names)
LINUX_QT_LIBS = {
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "xkbcommon": "libxkbcommon0",
    "dbus-1": "libdbus-1-3",
}
# command-line tools the tests read rendered PDFs with (Debian package names); without them
# those tests are skipped, so the test command installs them where it can
TEST_TOOLS = {"pdftotext": "poppler-utils", "pdftoppm": "poppler-utils", "zbarimg": "zbar-tools"}


def run(*cmd: str | Path, check: bool = True) -> int:
    """Run a command in the project root, echoing it."""
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.run([str(c) for c in cmd], cwd=ROOT, check=check).returncode


def ensure_linux_libraries(tools: bool = False) -> None:
    """Install missing Qt runtime libraries (and, with ``tools``, the PDF tools the tests use)
    with apt-get when running as root on Debian."""
    if not sys.platform.startswith("linux"):
        return
    missing = [pkg for lib, pkg in LINUX_QT_LIBS.items() if ctypes.util.find_library(lib) is None]
    if tools:
        missing += sorted({pkg for cmd, pkg in TEST_TOOLS.items() if shutil.which(cmd) is None})
    if not missing:
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        run("apt-get", "update", "-qq")
        run("apt-get", "install", "-y", "-qq", *missing)
    else:
        print(f"note: Qt may need these system packages: {' '.join(missing)}", file=sys.stderr)


def ensure_venv(extra: str | None) -> None:
    """Create .venv if needed and install the project (with an extra) into it."""
    if not PY.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
        run(PY, "-m", "pip", "install", "-q", "--upgrade", "pip")
    target = f".[{extra}]" if extra else "."
    run(PY, "-m", "pip", "install", "-q", "-e", target)


def start(args: list[str]) -> int:
    """Install and start the desktop app."""
    ensure_linux_libraries()
    ensure_venv(None)
    return run(BIN / "invoicedesk", *args, check=False)


def test(args: list[str]) -> int:
    """Install with the dev extra, then lint, type-check, check imports and run pytest."""
    ensure_linux_libraries(tools=True)
    ensure_venv("dev")
    env_note = os.environ.get("INVOICEDESK_TEST_DATABASE_URL")
    print(f"PostgreSQL tests: {'on ' + env_note if env_note else 'off (SQLite only)'}")
    failed = 0
    for cmd in (
        (BIN / "ruff", "check", "invoicedesk", "tests", "scripts"),
        (BIN / "mypy",),
        (BIN / "lint-imports",),
    ):
        failed |= run(*cmd, check=False) != 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # two workers (pytest-xdist): the suite takes about half the time on a 2-core machine;
    # each worker has its own database or schema. ``-n 0`` in ``args`` runs it serially.
    code = run(PY, "-m", "pytest", "-p", "no:cacheprovider", "-n", "2", *args, check=False)
    return code or int(failed)


def main() -> int:
    """Dispatch ``start`` or ``test``."""
    if len(sys.argv) < 2 or sys.argv[1] not in ("start", "test"):
        print(__doc__)
        return 2
    command, rest = sys.argv[1], sys.argv[2:]
    return start(rest) if command == "start" else test(rest)


if __name__ == "__main__":
    raise SystemExit(main())
