"""The window's language (English or Arabic), chosen once, before the window is built.

Which language: ``--language ar|en`` on the command line, else the Language menu's choice
saved in the settings (key :data:`SETTINGS_KEY`: ``system``, ``en`` or ``ar``), else the
system's (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, then ``QLocale.system()``).
A choice made in the menu applies at the next start.

Arabic installs the app's translation (``wawp_desktop/i18n/wawp_desktop_ar.qm``) and Qt's
own (``qtbase_ar.qm``: standard buttons and dialogs), makes the core's ``translate`` use
them, and mirrors the layout (right to left). A missing app translation means English, with
a log line.

Digits: Latin digits (0-9) everywhere, in Arabic too, in the spin boxes and in the sentences
alike. The default ``QLocale`` becomes one that writes Latin digits (the C locale when the
system's would not), and sentences format numbers with plain ``str`` formatting, never
``QLocale.toString``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from ..core import i18n

log = logging.getLogger(__name__)

SUPPORTED = ("en", "ar")
"""Languages the app speaks; English is the source language (no translation file)."""
SYSTEM = "system"
SETTINGS_KEY = "ui/language"
"""The Language menu's choice in the window's QSettings: ``system``, ``en`` or ``ar``."""
CHOICES: tuple[tuple[str, str], ...] = (
    (SYSTEM, i18n.QT_TRANSLATE_NOOP("Language", "System")),
    ("en", "English"),  # each language's name in its own language: never translated
    ("ar", "العربية"),
)
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "i18n"
"""Where the compiled app translations (``wawp_desktop_<code>.qm``) are (package data)."""
_ENV_KEYS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_translators: list[QTranslator] = []
_mirrored = False


def normalize(value: object) -> str | None:
    """``"ar_EG.UTF-8"`` → ``"ar"``; ``"en"`` → ``"en"``; anything else (``C``, ``fr``) → None."""
    if not isinstance(value, str):
        return None
    code = value.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in SUPPORTED else None


def system_language(environ: Mapping[str, str] | None = None,
                    ui_languages: list[str] | None = None) -> str:
    """The system's language if the app speaks it, else English.

    The first of ``LANGUAGE`` (a colon-separated list), ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``
    that is set decides; without them, ``QLocale.system().uiLanguages()``.
    """
    environ = os.environ if environ is None else environ
    for key in _ENV_KEYS:
        value = environ.get(key, "")
        if not value:
            continue
        for part in value.split(":"):
            if (code := normalize(part)) is not None:
                return code
        if key != "LANGUAGE":
            return "en"  # e.g. LANG=fr_FR or C: a language the app does not speak
    if ui_languages is None:
        ui_languages = QLocale.system().uiLanguages()
    for name in ui_languages:
        if (code := normalize(name)) is not None:
            return code
    return "en"


def resolve(command_line: str | None, saved: object) -> str:
    """The language to use: the command line's, else the saved choice, else the system's."""
    if (code := normalize(command_line)) is not None:
        return code
    if (code := normalize(saved)) is not None:
        return code
    return system_language()


def saved_choice(settings) -> str:  # noqa: ANN001 - QSettings
    """The Language menu's choice in ``settings``: ``system``, ``en`` or ``ar``."""
    value = settings.value(SETTINGS_KEY, SYSTEM)
    return normalize(value) or SYSTEM


def translation_file(code: str) -> Path:
    """The app's compiled translation for ``code``."""
    return TRANSLATIONS_DIR / f"wawp_desktop_{code}.qm"


def _translated(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """Qt's translation; an untranslated text falls back to the core's English (plurals)."""
    result = QCoreApplication.translate(context, text, disambiguation, n)
    untranslated = text if n < 0 else text.replace("%n", str(n))
    return i18n.english(context, text, disambiguation, n) if result == untranslated else result


def latin_digits_locale() -> QLocale:
    """The system's locale if it writes Latin digits, else the C locale."""
    system = QLocale.system()
    return system if system.zeroDigit() == "0" else QLocale.c()


def apply(app: QCoreApplication, code: str | None) -> str:
    """Use ``code`` (``"ar"`` or ``"en"``; None or unknown: the system's) in ``app``; returns
    the language used ("en" when Arabic's translation file is missing).

    Call it before the window is built: widgets built earlier keep their texts.
    """
    global _mirrored
    code = normalize(code) or system_language()
    _remove_translators(app)
    QLocale.setDefault(latin_digits_locale())
    if code == "en":
        i18n.install(None)
        if _mirrored:  # leave a -reverse from the command line alone otherwise
            QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            _mirrored = False
        return "en"
    app_file = translation_file(code)
    own = QTranslator(app)
    if not own.load(str(app_file)):
        log.info("No translation %s: the window stays in English", app_file)
        return apply(app, "en")
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not qt.load(f"qtbase_{code}", qt_dir):
        log.info("No Qt translation qtbase_%s in %s: standard buttons stay in English",
                 code, qt_dir)
        qt = None
    for translator in (qt, own):  # the last installed is asked first
        if translator is not None:
            app.installTranslator(translator)
            _translators.append(translator)
    i18n.install(_translated)
    # qtbase_ar.qm's QT_LAYOUT_DIRECTION mirrors too, but not without that file (and a
    # -reverse would flip it back): set it explicitly.
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    _mirrored = True
    return code


def reset(app: QCoreApplication) -> None:
    """Back to English, left to right (tests switch languages in one process)."""
    global _mirrored
    _remove_translators(app)
    i18n.install(None)
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    _mirrored = False


def _remove_translators(app: QCoreApplication) -> None:
    while _translators:
        translator = _translators.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
