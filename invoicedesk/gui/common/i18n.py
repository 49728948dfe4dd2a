"""Translations of the user interface (Qt Linguist) and the UI language.

Wrap every text a clerk sees in :func:`translate` with a fixed context per module or class::

    from invoicedesk.gui.common.i18n import translate
    button = QPushButton(translate("LoginDialog", "Log in"))
    label.setText(translate("MainWindow", "{count} cases").format(count=n))

Texts in module-level tables are marked with ``QT_TRANSLATE_NOOP("Ctx", "text")`` and
translated where they are shown (``translate("Ctx", LABELS[name])``). Never build the text with
an f-string inside ``translate``: the placeholder goes into the source text, the value is put in
with ``str.format`` afterwards. ``pyside6-lupdate`` extracts the texts into
``resources/i18n/invoicedesk_{de,nl,en}.ts`` (see docs/notes/i18n.md); the ``.qm`` files are
compiled with ``pyside6-lrelease`` into the user cache directory when missing or older than
their ``.ts`` (a PyInstaller bundle ships them compiled).
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from invoicedesk.config import cache_dir, resources_dir

log = logging.getLogger(__name__)

#: UI languages with their own names (as the language menu shows them)
LANGUAGES = {"de": "Deutsch", "en": "English", "nl": "Nederlands"}
FALLBACK = "en"
_LOCALES = {"de": "de_DE", "en": "en_GB", "nl": "nl_NL"}
_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for pyside6-lupdate in ``context`` without translating it now (a typed
    stand-in for PySide6's own, which is typed ``object``)."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text in the UI language (``%n`` in ``text`` is replaced by ``n`` with plurals)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


@functools.cache
def cached_translate(context: str, text: str) -> str:
    """:func:`translate` remembered per text, for labels painted on every table repaint
    (cleared when another translation is installed)."""
    return QCoreApplication.translate(context, text)


def ts_dir() -> Path:
    """The Qt Linguist sources (``.ts``)."""
    return resources_dir() / "i18n"


def ts_file(language: str) -> Path:
    """The ``.ts`` source of one language."""
    return ts_dir() / f"invoicedesk_{language}.ts"


def ui_language(chosen: str | None = None) -> str:
    """The language to show: the one chosen in the settings, else the system's, else English."""
    if chosen in LANGUAGES:
        return str(chosen)
    system = QLocale.system().name()[:2]
    return system if system in LANGUAGES else FALLBACK


def _lrelease() -> list[str] | None:
    """The command that compiles ``.ts`` to ``.qm`` (PySide6's lrelease), if installed."""
    try:
        import PySide6
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        return None
    exe = Path(PySide6.__file__).resolve().parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    if exe.is_file():
        return [str(exe)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compile_translations(target: Path | None = None, *, force: bool = False) -> dict[str, Path]:
    """Compile each ``.ts`` into ``target`` (default: the user cache) when missing or outdated.

    Returns language -> ``.qm`` path of every translation that is available afterwards.
    """
    out = target or cache_dir() / "i18n"
    out.mkdir(parents=True, exist_ok=True)
    tool = _lrelease()
    result: dict[str, Path] = {}
    for language in LANGUAGES:
        source, qm = ts_file(language), out / f"invoicedesk_{language}.qm"
        if not source.is_file():
            continue
        stale = force or not qm.is_file() or qm.stat().st_mtime < source.stat().st_mtime
        if stale and tool is not None:
            proc = subprocess.run(
                [*tool, "-silent", str(source), "-qm", str(qm)],
                capture_output=True, text=True, check=False,
            )  # fmt: skip
            if proc.returncode != 0:
                log.warning("lrelease failed for %s: %s", source, proc.stderr.strip())
        if qm.is_file():
            result[language] = qm
    return result


def qm_files() -> dict[str, Path]:
    """The compiled translations: shipped ones in a bundle, else compiled into the cache."""
    if getattr(sys, "frozen", False) or os.environ.get("INVOICEDESK_QM_DIR"):
        folder = Path(os.environ.get("INVOICEDESK_QM_DIR") or ts_dir())
        return {
            lang: folder / f"invoicedesk_{lang}.qm"
            for lang in LANGUAGES
            if (folder / f"invoicedesk_{lang}.qm").is_file()
        }
    return compile_translations()


def install_translator(language: str) -> bool:
    """Load the translation of ``language`` (and Qt's own for its standard buttons) into the
    application; the previous ones are removed. Sets the default locale to match when the
    system's is of another language. Returns whether InvoiceDesk's translation was loaded."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translator needs a QApplication")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    cached_translate.cache_clear()
    if QLocale.system().name()[:2] != language:
        QLocale.setDefault(QLocale(_LOCALES.get(language, language)))
    loaded = False
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    path = qm_files().get(language)
    if path is not None:
        ours = QTranslator(app)
        if ours.load(str(path)):
            app.installTranslator(ours)
            _installed.append(ours)
            loaded = True
    log.info("UI language %s (translation %s)", language, "loaded" if loaded else "built in")
    return loaded or language == "en"


def desk_locale() -> QLocale:
    """The user's locale; German when the system gives none (a bare ``C`` locale)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.German, QLocale.Country.Germany)
    return locale
