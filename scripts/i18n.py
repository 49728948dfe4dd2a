#!/usr/bin/env python3
"""Translations: extract the texts into the .ts files, or compile them.

    python scripts/i18n.py update    # the core's messages into
    invoicedesk/gui/common/core_catalog.py,
                                     # then pyside6-lupdate over resources/i18n/sources.lst
    python scripts/i18n.py compile   # pyside6-lrelease into the user cache (as the app does)

After ``update``, translate the new (unfinished) entries with Qt Linguist
(``pyside6-linguist resources/i18n/invoicedesk_de.ts``) or in a text editor; the test
tests/unit/test_translations.py fails while a German or Dutch text is missing.
See docs/notes/i18n.md.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("de", "nl", "en")


def lupdate_command(ts_files: list[Path], sources: Path = I18N / "sources.lst") -> list[str]:
    """The lupdate call over the listed sources into ``ts_files``."""
    import PySide6

    exe = Path(PySide6.__file__).resolve().parent / (
        "lupdate.exe" if sys.platform == "win32" else "lupdate"
    )
    return [str(exe), "-no-obsolete", "-locations", "none", f"@{sources}",
            "-ts", *map(str, ts_files)]  # fmt: skip


def update() -> int:
    """Bring every .ts file up to date with the sources (new texts come in unfinished)."""
    from core_messages import write_catalog

    count, problems = write_catalog()
    print(f"{count} messages of the core listed in invoicedesk/gui/common/core_catalog.py")
    for problem in problems:
        print(f"  not translatable: {problem}", file=sys.stderr)
    code = 1 if problems else 0
    for language in LANGUAGES:
        ts = I18N / f"invoicedesk_{language}.ts"
        cmd = lupdate_command([ts])
        cmd.insert(1, "-source-language")
        cmd.insert(2, "en")
        cmd.insert(3, "-target-language")
        cmd.insert(4, language)
        if language == "en":  # the source language: only plural forms need a translation
            cmd.insert(1, "-pluralonly")
        code |= subprocess.run(cmd, cwd=ROOT, check=False).returncode
        # lupdate reads Python's "#:" attribute comments as translator notes: drop them
        text = ts.read_text(encoding="utf-8")
        ts.write_text(re.sub(r"\n\s*<extracomment>.*?</extracomment>", "", text, flags=re.S),
                      encoding="utf-8")  # fmt: skip
    return code


def compile_all() -> int:
    """Compile into the user cache (what the app does at start)."""
    sys.path.insert(0, str(ROOT))
    from invoicedesk.gui.common.i18n import compile_translations

    for language, path in compile_translations(force=True).items():
        print(language, path)
    return 0


if __name__ == "__main__":
    commands = {"update": update, "compile": compile_all}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        print(__doc__)
        raise SystemExit(2)
    raise SystemExit(commands[sys.argv[1]]())
