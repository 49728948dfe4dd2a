"""Translations: the German and Dutch .ts files cover every text of the wrapped GUI modules,
keep their placeholders, compile with lrelease and are used at run time; the wrapped modules
pass no bare English literal to Qt's text functions; every label of the core is listed.

The wrapped modules are the ones in ``resources/i18n/sources.lst`` (see docs/notes/i18n.md for
adding a module).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
SOURCES = [ROOT / line.strip() for line in (I18N / "sources.lst").read_text().splitlines()
           if line.strip()]  # fmt: skip
sys.path.insert(0, str(ROOT / "scripts"))
from i18n import lupdate_command  # noqa: E402

#: calls whose text arguments a clerk reads (argument positions that hold text)
TEXT_CALLS = {
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setPlaceholderText": (0,),
    "setTitle": (0,), "setSubTitle": (0,), "addRow": (0,), "addTab": (1,), "addMenu": (0,),
    "addAction": (0,), "QLabel": (0,), "QPushButton": (0,), "QCheckBox": (0,),
    "QRadioButton": (0,), "QAction": (0, 1), "addItem": (0,), "show_error": (1, 2),
    "setInformativeText": (0,), "setButtonText": (1,), "addToolBar": (0,), "setTabText": (1,),
    "ask_text": (1, 2), "setSuffix": (0,), "QListWidgetItem": (0,),
    "setHorizontalHeaderLabels": (0,),
}  # fmt: skip
#: literal texts that are not language (examples, symbols, product names)
NOT_LANGUAGE = {
    "DE123456789", "Firma GmbH <rechnung@firma.de>", "smtp.firma.de", "rechnung@firma.de",
    "postgresql://user@server:5432/invoicedesk", "HRB 12345", "DE89 3704 0044 0532 0130 00",
    "COBADEFFXXX", "123/456/78901", "DE", "AB", "admin", "EUR", " EUR", "IBAN", "BIC",
}  # fmt: skip
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{2,}")
PLACEHOLDER = re.compile(r"\{\{|\}\}|\{[a-z_][a-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%n")


def _messages(path: Path) -> list[tuple[str, str, str | None, str | None]]:
    """(context, source, translation, type) of every message in a .ts file; a plural
    message (``%n``) once per plural form."""
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None
            forms = [form.text for form in tr.iter("numerusform")]
            for text in forms or [tr.text]:
                out.append((name, msg.findtext("source") or "", text, tr.get("type")))
    return out


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The committed .ts files brought up to date with the sources (in a temp folder)."""
    folder = tmp_path_factory.mktemp("ts")
    result = {}
    for language in ("de", "nl"):
        target = folder / f"invoicedesk_{language}.ts"
        shutil.copyfile(I18N / f"invoicedesk_{language}.ts", target)
        proc = subprocess.run(lupdate_command([target]), cwd=ROOT, capture_output=True,
                              text=True, check=False)  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        result[language] = target
    return result


@pytest.mark.parametrize("language", ["de", "nl"])
def test_every_text_of_the_wrapped_modules_is_translated(
    refreshed: dict[str, Path], language: str
) -> None:
    messages = _messages(refreshed[language])
    assert len(messages) > 350
    missing = [
        (c, s) for c, s, t, kind in messages if kind == "unfinished" or not (t or "").strip()
    ]
    assert not missing, (
        f"{len(missing)} texts without a {language} translation (run scripts/i18n.py update "
        f"and translate them): {missing[:10]}"
    )
    obsolete = [(c, s) for c, s, _t, kind in messages if kind in ("obsolete", "vanished")]
    assert not obsolete


@pytest.mark.parametrize("language", ["de", "nl"])
def test_translations_keep_placeholders_and_accelerators(language: str) -> None:
    for context, source, translation, _kind in _messages(I18N / f"invoicedesk_{language}.ts"):
        assert translation is not None
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (
            context, source, translation)
        assert source.count("&") == translation.count("&"), (context, source, translation)
        assert source.count("\n") == translation.count("\n"), (context, source)


def _bare_literals(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        for pos in TEXT_CALLS.get(name, ()):
            if pos >= len(node.args):
                continue
            arg = node.args[pos]
            values = arg.elts if isinstance(arg, ast.List | ast.Tuple) else [arg]
            for value in values:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    text = value.value
                elif isinstance(value, ast.JoinedStr):
                    parts = [v.value for v in value.values if isinstance(v, ast.Constant)]
                    text = "".join(p for p in parts if isinstance(p, str))
                else:
                    continue
                words = re.sub(r"<[^>]+>|InvoiceDesk", "", text)  # markup, product name
                if WORD.search(words) and text not in NOT_LANGUAGE:
                    found.append(f"{path.name}:{value.lineno}: {text!r}")
    return found


def test_wrapped_modules_pass_no_bare_english_to_qt() -> None:
    assert all(p.is_file() for p in SOURCES), [p for p in SOURCES if not p.is_file()]
    bare = [hit for path in SOURCES if path.suffix == ".py" for hit in _bare_literals(path)]
    assert not bare, "wrap these in translate(...):\n" + "\n".join(bare)


def test_the_check_finds_bare_literals(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('b = QPushButton("Save")\nlabel.setText(f"{n} cases")\nx = QLabel("—")\n')
    assert _bare_literals(sample) == ["sample.py:1: 'Save'", "sample.py:2: ' cases'"]


def test_every_core_label_is_listed_for_translation() -> None:
    from invoicedesk.domain.enums import PENDING_LABELS, STATUS_LABELS, PaymentStatus
    from invoicedesk.domain.workflow import ACTION_LABELS
    from invoicedesk.gui.common.domain_labels import LABELS
    from invoicedesk.services.cases.presets import SHIPPED_PRESETS

    core = {*STATUS_LABELS.values(), *PENDING_LABELS.values(), *ACTION_LABELS.values(),
            *SHIPPED_PRESETS, *(p.value.title() for p in PaymentStatus)} - {"—"}  # fmt: skip
    assert core - set(LABELS) == set()


def test_compiled_translations_are_used_at_run_time(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from invoicedesk.gui.common import i18n
    from invoicedesk.gui.common.domain_labels import status_text

    compiled = i18n.compile_translations(tmp_path, force=True)
    assert compiled["de"].stat().st_size > 10000 and compiled["nl"].stat().st_size > 10000
    previous = QLocale()
    try:
        assert i18n.install_translator("de")
        assert i18n.translate("MainWindow", "&File") == "&Datei"
        assert status_text("send_failed") == "Versand fehlgeschlagen"
        assert QLocale().language() in (QLocale.Language.German, QLocale.system().language())
        assert i18n.install_translator("nl")
        assert i18n.translate("MainWindow", "&File") == "&Bestand"
        assert status_text("ready") == "Gereed"
        i18n.install_translator("en")
        assert i18n.translate("MainWindow", "&File") == "&File"
        assert status_text("ready") == "Ready"
    finally:
        i18n.install_translator("en")
        QLocale.setDefault(previous)
    assert i18n.ui_language("nl") == "nl" and i18n.ui_language("xx") in i18n.LANGUAGES


def test_every_gui_module_with_texts_is_listed_for_lupdate() -> None:
    """A module that calls ``translate`` but is not in sources.lst would never be translated."""
    listed = {p.resolve() for p in SOURCES}
    wrapped = {
        p.resolve()
        for p in (ROOT / "invoicedesk" / "gui").rglob("*.py")
        if re.search(r"\btranslate\(\s*\"|QT_TRANSLATE_NOOP\(\s*\"", p.read_text(encoding="utf-8"))
        and p.name not in ("i18n.py", "core_catalog.py")  # the helper itself; the core's list
    }
    assert sorted(str(p.relative_to(ROOT)) for p in wrapped - listed) == []
