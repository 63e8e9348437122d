"""The window's language: Arabic mirrors the window and keeps codes left to right and digits
Latin; the Language menu remembers a choice; Qt's own options reach QApplication."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QMessageBox, QSpinBox

from tests.gui.conftest import make_settings
from tests.gui.helpers import find
from wawp_desktop.cli import parse_args, qt_argv
from wawp_desktop.core import i18n
from wawp_desktop.core.events import EVENTS, tooltip
from wawp_desktop.ui import language

ROOT = Path(__file__).resolve().parents[2]
SHELL_JSON = ROOT / "resources" / "i18n" / "ar" / "shell.json"
RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def compile_arabic(entries: list[dict], folder: Path) -> Path:
    """``wawp_desktop_ar.qm`` in ``folder`` from JSON entries (what the lead's build does)."""
    root = ET.Element("TS", version="2.1", language="ar")
    contexts: dict[str, ET.Element] = {}
    for entry in entries:
        if entry["context"] not in contexts:
            context = contexts[entry["context"]] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = entry["context"]
        message = ET.SubElement(contexts[entry["context"]], "message")
        ET.SubElement(message, "source").text = entry["source"]
        translation = ET.SubElement(message, "translation")
        if "plurals" in entry:
            message.set("numerus", "yes")
            for form in entry["plurals"]:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = entry["translation"]
    ts = folder / "wawp_desktop_ar.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "wawp_desktop_ar.qm"
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True, timeout=60)
    return qm


@pytest.fixture
def arabic(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The app in Arabic (the shell's translations), back in English afterwards."""
    compile_arabic(json.loads(SHELL_JSON.read_text(encoding="utf-8")), tmp_path)
    monkeypatch.setattr(language, "TRANSLATIONS_DIR", tmp_path)
    before = QLocale()
    try:
        yield language.apply(qapp, "ar")
    finally:
        language.reset(qapp)
        QLocale.setDefault(before)


def test_arabic_mirrors_the_window_and_keeps_codes_and_digits_latin(
    qtbot, arabic, make_window, sandbox
) -> None:
    assert arabic == "ar"
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))  # ١٥ by default
    window = make_window(sandbox.url)
    assert QGuiApplication.layoutDirection() == RTL
    assert window.layoutDirection() == RTL and window.webhook_page.isRightToLeft()
    for name in ("urlEdit", "instanceIdEdit", "tokenEdit", "hmacEdit"):
        edit = find(window, QLineEdit, name)
        assert edit.layoutDirection() == LTR, name
    assert find(window, QSpinBox, "retryAttemptsSpin").text() == "15"
    assert find(window, QSpinBox, "retryDelaySpin").text() == "2 ث"
    assert window.menuBar().actions()[0].text() == "&ملف"
    assert window.save_bar.submit_button.text() == "حف&ظ الويب هوك"
    events = window.webhook_page.events
    count = find(window, QLabel, "eventCount")
    for names, text in ((["message"], "تم تحديد حدث واحد من 28"),
                        (["message", "message.ack", "message.revoked"], "تم تحديد 3 أحداث من 28"),
                        ([e.name for e in EVENTS[:11]], "تم تحديد 11 حدثًا من 28")):
        events.set_selected(names)
        assert count.text() == text
    assert i18n.translate("EventsPicker", "%n of {total} selected", None, 2) == \
        "تم تحديد حدثين من {total}"


def test_missing_translation_means_english(qapp, tmp_path, monkeypatch, caplog) -> None:
    monkeypatch.setattr(language, "TRANSLATIONS_DIR", tmp_path)  # no .qm there
    try:
        with caplog.at_level("INFO"):
            assert language.apply(qapp, "ar") == "en"
        assert "wawp_desktop_ar.qm" in caplog.text
        assert QGuiApplication.layoutDirection() == LTR
        assert i18n.translate("MainWindow", "&File") == "&File"
    finally:
        language.reset(qapp)


def test_language_menu_offers_three_choices_and_remembers_one(
    qtbot, make_window, sandbox, settings_path
) -> None:
    window = make_window(sandbox.url)
    menu = window.language_menu
    assert menu.title() == "&Language"
    assert [a.text() for a in menu.actions()] == ["System", "English", "العربية"]
    assert window.language_actions["system"].isChecked()
    window.language_actions["ar"].trigger()
    box = window.findChild(QMessageBox, "languageBox")
    assert box is not None and box.isVisible()  # open(), never exec(): nothing blocks
    assert "next time" in box.text()
    box.close()
    assert window.language_actions["ar"].isChecked()
    reopened = make_settings(settings_path)
    assert reopened.settings.value(language.SETTINGS_KEY) == "ar"
    assert language.saved_choice(reopened.settings) == "ar"
    assert language.resolve(None, language.saved_choice(reopened.settings)) == "ar"
    assert language.resolve("en", "ar") == "en"  # --language wins
    other = make_window(sandbox.url)
    assert other.language_actions["ar"].isChecked()


def test_event_descriptions_follow_the_focus(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    line = find(window, QLabel, "eventDescription")
    for event in (EVENTS[0], EVENTS[5]):
        check = find(window, QCheckBox, f"event:{event.name}")
        assert check.accessibleDescription() == tooltip(event)
        check.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda check=check: line.text() == check.accessibleDescription())
    window.webhook_page.url_edit.setFocus()
    qtbot.waitUntil(lambda: line.text() != tooltip(EVENTS[5]))
    assert all(check.accessibleDescription()
               for check in window.webhook_page.events.event_checks.values())


@pytest.mark.parametrize(("environ", "ui_languages", "expected"), [
    ({"LANGUAGE": "ar:en", "LANG": "en_US.UTF-8"}, [], "ar"),
    ({"LANGUAGE": "fr:ar"}, [], "ar"),
    ({"LANG": "ar_EG.UTF-8"}, [], "ar"),
    ({"LC_ALL": "C", "LANG": "ar_EG.UTF-8"}, [], "en"),
    ({"LANG": "fr_FR.UTF-8"}, ["ar-EG"], "en"),
    ({}, ["ar-EG", "en-US"], "ar"),
    ({}, ["de-DE"], "en"),
])
def test_system_language(environ: dict, ui_languages: list, expected: str) -> None:
    assert language.system_language(environ, ui_languages) == expected


def test_qt_options_pass_through_to_qapplication() -> None:
    args = parse_args(["-reverse", "--language", "ar", "-style", "fusion", "--sandbox"])
    assert args.language == "ar" and args.sandbox
    assert args.qt_args == ["-reverse", "-style", "fusion"]
    assert qt_argv("wawp-desktop", args) == ["wawp-desktop", "-reverse", "-style", "fusion"]
    assert parse_args([]).language is None and parse_args([]).qt_args == []


def test_digits_stay_latin_under_an_arabic_system_locale(tmp_path: Path) -> None:
    """A fresh process under LANG=ar_EG: Qt's default locale would write ١٥."""
    code = ("import sys\nfrom PySide6.QtCore import QLocale\n"
            "from PySide6.QtWidgets import QApplication, QSpinBox\n"
            "from wawp_desktop.ui import language\n"
            "app = QApplication(sys.argv[:1])\n"
            "before = QSpinBox(); before.setValue(15)\n"
            "language.apply(app, 'en')\n"
            "after = QSpinBox(); after.setValue(15)\n"
            "print(before.text(), after.text(), QLocale().toString(15))\n")
    env = {"LANG": "ar_EG.UTF-8", "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60, check=True)
    assert done.stdout.split() == ["١٥", "15", "15"]
