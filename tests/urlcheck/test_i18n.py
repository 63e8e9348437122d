"""The URL check, the Instances page's core and the sandbox's practice texts in Arabic: every
marked string has a translation in resources/i18n/ar/check_fleet.json, nothing is translated
at import time, and sentences built with the Arabic texts hold no stray English."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import run
from wawp_desktop.core import i18n
from wawp_desktop.core.fleet.results import Kind, Outcome, Result, summary
from wawp_desktop.core.fleet.roster import parse_roster
from wawp_desktop.core.urlcheck import CheckOptions, check_url

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "wawp_desktop"
FILES = [*sorted((PACKAGE / "core" / "urlcheck").glob("*.py")),
         *sorted((PACKAGE / "core" / "fleet").glob("*.py")),
         PACKAGE / "ui" / "features" / "url_check.py",
         PACKAGE / "ui" / "features" / "instances_page.py",
         PACKAGE / "ui" / "features" / "instances_models.py",
         PACKAGE / "sandbox" / "practice.py",
         PACKAGE / "sandbox" / "receiver.py",
         PACKAGE / "sandbox" / "state.py"]
ARABIC = ROOT / "resources" / "i18n" / "ar" / "check_fleet.json"
ALLOWED = re.compile(r"Wawp|HTTPS?|https?://|DNS|TLS|HMAC|CSV|POST")
ISLAND = re.compile(f"{i18n.LRI}.*?{i18n.PDI}")


def marked() -> Iterator[tuple[str, str, bool]]:
    """(context, source, plural) of every translate / QT_TRANSLATE_NOOP call with literals."""
    for path in FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            args = node.args
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and all(
                    isinstance(a, ast.Constant) for a in args[:2]):
                yield args[0].value, args[1].value, name == "translate" and len(args) >= 4


def arabic_entries() -> dict[tuple[str, str], dict]:
    return {(e["context"], e["source"]): e for e in json.loads(ARABIC.read_text("utf-8"))}


def _form(n: int) -> int:
    """Qt's order of Arabic plural forms: 0, 1, 2, 3-10, 11-99, 100+ (by n % 100)."""
    if n in (0, 1, 2):
        return n
    rest = n % 100
    return 3 if 3 <= rest <= 10 else 4 if 11 <= rest <= 99 else 5


@pytest.fixture
def arabic() -> Iterator[None]:
    entries = arabic_entries()

    def backend(context: str, text: str, _disambiguation: str | None, n: int) -> str:
        entry = entries.get((context, text))
        if entry is None:
            return text
        if "plurals" in entry:
            return entry["plurals"][_form(n)].replace("%n", str(n))
        return entry["translation"]

    i18n.install(backend)
    yield
    i18n.install(None)


def stray_latin(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]+", ALLOWED.sub("", ISLAND.sub("", text)))


def test_every_marked_string_has_its_arabic_translation() -> None:
    entries = arabic_entries()
    found = list(marked())
    assert len(found) > 300
    missing = [(c, s) for c, s, _ in found if (c, s) not in entries]
    assert missing == []
    wrong_kind = [(c, s) for c, s, plural in found if plural != ("plurals" in entries[(c, s)])]
    assert wrong_kind == []
    for entry in entries.values():
        names = sorted(re.findall(r"\{\w+\}", entry["source"]))
        for text in entry.get("plurals", [entry.get("translation", "")]):
            assert sorted(re.findall(r"\{\w+\}", text)) == names, entry["source"]


IMPORT_CHECK = """
from wawp_desktop.core import i18n
def refuse(context, text, disambiguation, n):
    raise SystemExit(f"translated at import time: {text!r}")
i18n.install(refuse)
import wawp_desktop.core.urlcheck, wawp_desktop.core.fleet.bulk, wawp_desktop.core.fleet.roster
import wawp_desktop.sandbox.practice, wawp_desktop.sandbox.state, wawp_desktop.sandbox.receiver
import wawp_desktop.ui.features.url_check, wawp_desktop.ui.features.instances_page
"""


def test_nothing_is_translated_at_import_time() -> None:
    done = subprocess.run([sys.executable, "-c", IMPORT_CHECK], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr


def test_a_refused_url_is_explained_in_arabic(arabic, spy) -> None:
    report = run(check_url("https://localhost/hook", options=spy.options(allow_loopback=False)))
    text = report.as_text()
    assert "يعني هذا الحاسوب" in report.verdict.sentence
    assert stray_latin(text) == []
    assert f"{i18n.LRI}localhost{i18n.PDI}" in report.verdict.sentence


def test_empty_url_in_arabic(arabic) -> None:
    report = run(check_url("", options=CheckOptions()))
    assert report.verdict.sentence == "لم يُدخَل عنوان الويب هوك."
    assert stray_latin(report.as_text()) == []


@pytest.mark.parametrize(("count", "words"), [(1, "تم اختبار مثيل واحد"),
                                              (2, "تم اختبار مثيلين"),
                                              (5, "تم اختبار 5 مثيلات"),
                                              (24, "تم اختبار 24 مثيلًا"),
                                              (100, "تم اختبار 100 مثيل")])
def test_run_summaries_use_arabic_plural_forms(arabic, count, words) -> None:
    results = [Result(f"ID{n:010d}", "", Outcome.CONNECTED) for n in range(count)]
    text = summary(Kind.TEST, results, cancelled=True)
    assert text.startswith(words)
    assert f"متصل: {count}" in text and "(أُلغيت)" in text
    assert stray_latin(text) == []
    assert Outcome.NEEDS_TOKEN.label == "يحتاج إلى رمز وصول"


def test_roster_rows_in_arabic(arabic) -> None:
    result = parse_roster("name,instance_id\nShop,ABCDEF123456\n,BAD\n", [])
    assert result.summary == "صفان: أُضيف: 1، مرفوض: 1"
    assert stray_latin(result.rows[0].text.replace("Shop", "")) == []
