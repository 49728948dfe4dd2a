"""The text of a PDF as a reader sees it: ``pdftotext`` (poppler), the real tool, not our parser."""

from __future__ import annotations

import shutil
import subprocess

import pytest


def pdf_text(pdf: bytes, *, layout: bool = False) -> str:
    """The PDF's text (``-layout`` keeps columns apart); skips when poppler is missing."""
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    args = [tool, *(["-layout"] if layout else []), "-enc", "UTF-8", "-", "-"]
    done = subprocess.run(args, input=pdf, capture_output=True, check=True, timeout=60)
    return done.stdout.decode("utf-8")


def words(text: str) -> str:
    """Whitespace folded to single spaces (line breaks of the PDF do not matter)."""
    return " ".join(text.split())
