"""The app's language: Qt translators, right to left, the Arabic font, for app and CLI.

tpdesk's translations are kept as .ts sources (resources/translations). The
bundle carries them compiled by PySide6's lrelease at build time (build.spec);
run from a source tree or a wheel, they are compiled on first use into the
user's cache and compiled again whenever a .ts is newer, so no generated file
is committed and none goes stale.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_cache_path
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator

from ..models.l10n import LANGUAGES, Language, Translator, install, is_right_to_left, parse_language
from ..paths import APP_AUTHOR, APP_NAME, resource

if TYPE_CHECKING:  # the command line loads no QtGui
    from PySide6.QtGui import QGuiApplication

LANGUAGE_KEY = "preferences/language"
SYSTEM = "system"  # the saved value that follows the system's language
_active: list[QTranslator] = []  # the translators in use, kept alive while installed
_fonts: list[str] = []  # the bundled font families, registered once


def system_language() -> Language:
    """The system's language if tpdesk speaks it, else English."""
    return parse_language(QLocale.system().name()) or "en"


def saved_language(settings: QSettings) -> Language:
    """The language chosen in the preferences; the system's when none was chosen."""
    value = str(settings.value(LANGUAGE_KEY, SYSTEM, type=str))
    return parse_language(value) or system_language()


def qt_tool(name: str) -> Path:
    """PySide6's own lupdate or lrelease (not the pyside6-* wrappers, absent in a bundle)."""
    import PySide6

    return Path(PySide6.__file__).resolve().parent / (
        f"{name}.exe" if sys.platform == "win32" else name)


def compile_translation(source: Path, target: Path) -> None:
    """lrelease `source` (.ts) into `target` (.qm); written whole or not at all."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".{os.getpid()}.part")
    try:
        subprocess.run([str(qt_tool("lrelease")), "-silent", str(source), "-qm", str(partial)],
                       check=True, capture_output=True, timeout=60)
        partial.replace(target)  # two starts at once must not read a half-written file
    finally:
        partial.unlink(missing_ok=True)


def qm_file(language: Language) -> Path | None:
    """tpdesk's compiled translation for `language`: the bundle's, or one compiled from its .ts."""
    built = resource(f"translations/tpdesk_{language}.qm")  # only a bundle carries them
    source = resource(f"translations/tpdesk_{language}.ts")
    if built.is_file():
        return built
    if not source.is_file():
        return None
    # Named by the source's digest: another version of tpdesk (another install,
    # another checkout) shares this cache and must never load our strings' .qm.
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    folder = user_cache_path(APP_NAME, APP_AUTHOR) / "translations"
    cached = folder / f"{built.stem}-{digest}.qm"
    if cached.is_file():
        return cached
    try:
        compile_translation(source, cached)
    except (OSError, subprocess.SubprocessError):
        return None  # untranslated rather than no app
    for stale in folder.glob(f"{built.stem}-*.qm"):
        if stale != cached:
            with contextlib.suppress(OSError):  # in use by a running older version
                stale.unlink()
    return cached


def load_translators(language: Language) -> list[QTranslator]:
    """tpdesk's translator then Qt's own (qtbase, for the standard buttons); none in English."""
    if language == "en":
        return []
    translators: list[QTranslator] = []
    ours = qm_file(language)
    mine = QTranslator()
    if ours is not None and mine.load(str(ours)):
        translators.append(mine)
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    return translators


def use_language(language: Language) -> list[QTranslator]:
    """Translate and format in `language`, in the app or in the command line.

    With a QCoreApplication the translators are installed on it (widgets and
    Qt's dialogs translate through it); without one, as in the command line,
    the core's hook asks tpdesk's translator directly. The translators of an
    earlier call are removed; the module keeps the current ones alive.
    """
    translators = load_translators(language)
    app = QCoreApplication.instance()
    if app is not None:
        for old in _active:
            QCoreApplication.removeTranslator(old)
        for translator in translators:
            QCoreApplication.installTranslator(translator)
        install(_app_translate, language)
    else:
        install(_direct(translators), language)
    QLocale.setDefault(QLocale(language) if language != "en" else QLocale.system())
    _active[:] = translators
    return translators


def _app_translate(context: str, text: str, disambiguation: str | None = None,
                   n: int = -1) -> str:
    """Qt's own lookup; a counted text's form from the translators themselves.

    QCoreApplication.translate would write the count in with QLocale's digits;
    left to tpdesk.models.l10n.translate, it is written by Babel, as every
    other number of the app and the command line.
    """
    if n < 0:
        return QCoreApplication.translate(context, text, disambiguation)
    return _direct(_active)(context, text, disambiguation, n)


def _direct(translators: list[QTranslator]) -> Translator:
    def translate(context: str, text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        for translator in translators:
            found = translator.translate(context, text, disambiguation, n)
            if found:
                return found
        return text

    return translate


def use_app_language(app: QGuiApplication, language: Language) -> None:
    """The whole app in `language`: its strings, Qt's buttons, its direction, its fonts."""
    use_language(language)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_right_to_left(language)
                           else Qt.LayoutDirection.LeftToRight)
    register_fonts()


def register_fonts() -> list[str]:
    """Noto Naskh Arabic, bundled, for Arabic script when the system has no font for it.

    A delegate's laptop may have no Arabic font at all, and Qt then draws boxes.
    An application font takes part in Qt's per-script fallback, so Arabic text
    finds it, while Latin text keeps the system's font and its metrics.
    """
    from PySide6.QtGui import QFontDatabase

    if not _fonts:  # once a process
        for path in sorted(resource("fonts").glob("NotoNaskhArabic-*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                _fonts.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(dict.fromkeys(_fonts))


def language_choices() -> list[tuple[str, str]]:
    """(saved value, label) for the preferences: the system's, then each language."""
    from ..models.l10n import LANGUAGE_NAMES, translate

    return [(SYSTEM, translate("Preferences", "System language")),
            *((code, LANGUAGE_NAMES[code]) for code in LANGUAGES)]
