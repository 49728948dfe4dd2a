"""The PyInstaller bundle: build the Linux one-folder app from packaging/invoicedesk.spec in a
temp folder, then run ``invoicedesk --version`` and the start-and-quit smoke test offscreen
(migrations, demo data with PDFs, Factur-X validation through saxonche, German translation,
main window). Prints the bundle size and the start times beside ``python -m invoicedesk``'s.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _size_mb(folder: Path) -> float:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6


def _version_seconds(cmd: list[str], env: dict[str, str]) -> float:
    """The fastest of three ``--version`` runs: the cost of starting the program at all."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([*cmd, "--version"], env=env, capture_output=True, timeout=60, check=True)
        best = min(best, time.perf_counter() - started)
    return best


def _smoke(cmd: list[str], env: dict[str, str]) -> tuple[dict[str, object], float]:
    started = time.perf_counter()
    proc = subprocess.run([*cmd, "--smoke-test"], env=env, capture_output=True, text=True,
                          timeout=180, check=False)  # fmt: skip
    seconds = time.perf_counter() - started
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    assert lines, f"no report (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr[-3000:]}"
    report = json.loads(lines[-1])
    assert proc.returncode == 0 and report["ok"], report
    return report, seconds


def test_linux_bundle_builds_and_starts(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller")
    if not sys.platform.startswith("linux"):
        pytest.skip("the bundle test runs on Linux; Windows and macOS build with the same spec")
    build_started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work"),
         str(ROOT / "packaging" / "invoicedesk.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    build_seconds = time.perf_counter() - build_started
    assert proc.returncode == 0, proc.stderr[-5000:]
    bundle = tmp_path / "dist" / "invoicedesk"
    exe = bundle / "invoicedesk"
    assert exe.is_file()
    for needed in ("db/env.py", "alembic.ini", "resources/style.qss",
                   "resources/i18n/invoicedesk_de.qm", "resources/i18n/invoicedesk_nl.qm",
                   "resources/fonts/DejaVuSans.ttf"):  # fmt: skip
        assert (bundle / "_internal" / needed).is_file(), needed
    assert not list(bundle.rglob("*.ts")), "translation sources do not belong in the bundle"
    from PIL import Image  # the installers' icons, rendered by the spec from app_icon.svg

    icons = tmp_path / "work" / "invoicedesk" / "icons"
    with Image.open(icons / "InvoiceDesk.ico") as ico:
        assert {(16, 16), (32, 32), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(icons / "InvoiceDesk.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"]  # 1024 px for Retina docks

    env = {k: v for k, v in os.environ.items() if not k.startswith("INVOICEDESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", INVOICEDESK_HOME=str(tmp_path / "home"))
    version = subprocess.run([str(exe), "--version"], env=env, capture_output=True, text=True,
                             timeout=60, check=False)  # fmt: skip
    assert version.returncode == 0 and version.stdout.strip().startswith("InvoiceDesk "), (
        version.stdout, version.stderr[-2000:])

    # OCR inside the bundle: a scanned invoice (image-only PDF) taken in with the bundled CLI
    from tests.intake_corpus.corpus import generate
    from tests.intake_corpus.scans import scan_pdf

    sample = generate(size=2)[0]
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scan_pdf(sample.pdf, 0))
    url = f"sqlite:///{(tmp_path / 'ocr.sqlite3').as_posix()}"
    subprocess.run([str(exe), "--database-url", url, "db", "upgrade"], env=env,
                   capture_output=True, timeout=120, check=True)  # fmt: skip
    intake = subprocess.run(
        [str(exe), "--database-url", url, "intake", "--json", str(scan)],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert intake.returncode == 0, intake.stderr[-3000:]
    (row,) = json.loads(intake.stdout)
    assert row["status"] == "ready" and row["ocr"] is True, row
    assert row["fields"]["invoice_number"] == sample.expected["invoice_number"], row
    assert (bundle / "_internal" / "resources" / "ocr" / "tessdata" / "deu.traineddata").is_file()

    bundled, bundled_wall = _smoke([str(exe)], env)
    source, source_wall = _smoke([sys.executable, "-m", "invoicedesk"], env)
    assert bundled["einvoice_valid"] and bundled["translation_de"] and bundled["window_rows"]
    figures = {
        "build_seconds": round(build_seconds, 1),
        "bundle_mb": round(_size_mb(bundle), 1),
        "bundle_version_s": round(_version_seconds([str(exe)], env), 2),
        "source_version_s": round(_version_seconds([sys.executable, "-m", "invoicedesk"], env), 2),
        "bundle_gui_to_window_s": bundled["gui_seconds"],
        "source_gui_to_window_s": source["gui_seconds"],
        "bundle_smoke_wall_s": round(bundled_wall, 2),
        "source_smoke_wall_s": round(source_wall, 2),
    }
    print("packaging figures:", json.dumps(figures))
