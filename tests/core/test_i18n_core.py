"""The core's messages are translatable, complete in Arabic, and translated where they are read."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from wawp_desktop.core import i18n

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "wawp_desktop" / "core"
ARABIC = ROOT / "resources" / "i18n" / "ar" / "core.json"
MODULES = (
    "validation", "webhook", "save", "errors", "outcome", "client", "proxy", "bodies",
    "token_store", "config_file", "files", "history", "history_index", "retry_schedule",
    "events", "presets", "instance", "signatures", "address", "handoff", "profiles",
)
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def marked_texts() -> list[tuple[str, str, bool]]:
    """(context, source, is_plural) of every literal translate()/QT_TRANSLATE_NOOP() call."""
    found: dict[tuple[str, str, bool], None] = {}
    for name in MODULES:
        for node in ast.walk(ast.parse((CORE / f"{name}.py").read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("translate", "QT_TRANSLATE_NOOP")):
                continue
            args = node.args
            if len(args) >= 2 and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                      for a in args[:2]):
                found[(args[0].value, args[1].value, len(args) >= 4)] = None
    return list(found)


def arabic() -> dict[tuple[str, str], dict]:
    entries = json.loads(ARABIC.read_text(encoding="utf-8"))
    return {(e["context"], e["source"]): e for e in entries}


def test_the_core_marks_its_texts() -> None:
    texts = marked_texts()
    assert len(texts) > 250
    assert ("Errors", "Proxy problem", False) in texts
    assert ("FileErrors", "%n byte(s)", True) in texts


def test_every_core_text_has_an_arabic_translation() -> None:
    table = arabic()
    for context, source, plural in marked_texts():
        entry = table.get((context, source))
        assert entry is not None, f"no Arabic for {context}: {source!r}"
        forms = entry.get("plurals") if plural else [entry.get("translation")]
        assert forms and all(forms), f"empty Arabic for {context}: {source!r}"
        if plural:
            assert len(forms) == 6, source  # zero, one, two, few, many, other
            assert all("%n" in form for i, form in enumerate(forms) if i not in (1, 2)), source
        for form in forms:
            assert set(PLACEHOLDER.findall(form)) == set(PLACEHOLDER.findall(source)), form
            assert re.search("[\u0600-\u06ff]", form) or not re.search(
                "[a-z]", PLACEHOLDER.sub("", source)), form


def test_the_arabic_file_has_no_stale_entries() -> None:
    marked = {(context, source) for context, source, _ in marked_texts()}
    assert set(arabic()) <= marked


def test_nothing_is_translated_at_import_time() -> None:
    """A translator installed before the core is imported is never called by the import."""
    names = ", ".join(f"wawp_desktop.core.{name}" for name in MODULES)
    code = ("from wawp_desktop.core import i18n\n"
            "def refuse(*args):\n"
            "    raise AssertionError(f'translate at import time: {args}')\n"
            "i18n.install(refuse)\n"
            f"import {names}\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60, check=False)
    assert result.returncode == 0, result.stderr


@pytest.fixture
def in_arabic() -> Iterator[None]:
    """Translate with core.json (a rough plural rule is enough here)."""
    table = arabic()

    def backend(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        entry = table.get((context, text))
        if entry is None:
            return text
        if "plurals" in entry:
            form = entry["plurals"][{0: 0, 1: 1, 2: 2}.get(n, 3 if 3 <= n % 100 <= 10 else 5)]
            return form.replace("%n", str(n))
        return entry["translation"]

    i18n.install(backend)
    yield
    i18n.install(None)


def arabic_text(text: str) -> bool:
    return bool(re.search("[\u0600-\u06ff]", text))


@pytest.mark.usefixtures("in_arabic")
def test_accessors_translate_where_read() -> None:
    from wawp_desktop.core.errors import ErrorKind, WawpError
    from wawp_desktop.core.events import EVENTS, category_label, tooltip
    from wawp_desktop.core.instance import SessionInfo
    from wawp_desktop.core.presets import PRESETS
    from wawp_desktop.core.proxy import SYSTEM_SETTINGS, ProxySetting
    from wawp_desktop.core.retry_schedule import duplicate_warning, retry_sentence
    from wawp_desktop.core.signatures import Scheme
    from wawp_desktop.core.webhook import BY_NAME

    error = WawpError(ErrorKind.PROXY, "x", status=407)
    assert error.title == "مشكلة في الخادم الوكيل"
    assert arabic_text(error.summary()) and "407" in error.summary()
    assert arabic_text(SessionInfo("n", "WORKING", "", "").meaning)
    assert arabic_text(SessionInfo("n", "WEIRD", "", "").meaning)
    assert all(arabic_text(e.shown_description) and arabic_text(e.shown_category)
               for e in EVENTS)
    old = next(e for e in EVENTS if e.name == "group.join")
    assert i18n.ltr("group.v2.join") in tooltip(old) and arabic_text(tooltip(old))
    assert arabic_text(category_label("Messages"))
    assert [p.key for p in PRESETS][0] == "Everything"  # the lookup key stays English
    assert all(arabic_text(p.label) and arabic_text(p.shown_description) for p in PRESETS)
    assert arabic_text(BY_NAME["retry_delay"].shown)
    assert BY_NAME["retry_delay"].label == "retry delay"
    assert all(arabic_text(scheme.label) for scheme in Scheme)
    assert arabic_text(ProxySetting("x:1", SYSTEM_SETTINGS).where)
    assert arabic_text(duplicate_warning())
    assert "مرتين" in retry_sentence(2, 2) and "15" in retry_sentence(2, 15)


@pytest.mark.usefixtures("in_arabic")
def test_messages_come_back_in_arabic_with_isolated_values() -> None:
    from wawp_desktop.core.address import check_api_base
    from wawp_desktop.core.files import FileReadError
    from wawp_desktop.core.save import read_back_summary
    from wawp_desktop.core.validation import check_events, check_instance_id, check_range
    from wawp_desktop.core.webhook import WebhookConfig

    assert check_instance_id("abc") == "يجب أن يتكون من 12 حرفًا ورقمًا بالضبط (هذا يتكون من 3)."
    message = check_events(["message", "nope"])
    assert message is not None and i18n.ltr("nope") in message and arabic_text(message)
    assert check_range(0, (1, 5), "x") == "يجب أن تكون قيمة «x» بين 1 و5."
    bad = check_api_base("ftp://h")
    assert bad is not None and i18n.ltr("ftp://h") in bad
    verified, text = read_back_summary(WebhookConfig(url="https://a.example/h"), None)
    assert not verified and arabic_text(text) and i18n.ltr("https://a.example/h") in text
    assert arabic_text(str(FileReadError("/tmp/x", "r")))


@pytest.mark.usefixtures("in_arabic")
def test_history_search_matches_english_and_translated_words(tmp_path: Path) -> None:
    from wawp_desktop.core import history
    from wawp_desktop.core.history_index import HistoryIndex
    from wawp_desktop.core.webhook import WebhookConfig

    path = tmp_path / "history.jsonl"
    for n, ok in ((1, True), (2, False)):
        config = WebhookConfig(instance_id=f"ABCDEF{n:06d}", url=f"https://e.example/{n}",
                               events=["message"])
        history.append(path, history.make_entry(config, ok, "x", {}))
    index = HistoryIndex.load(path)
    assert index.search("saved") == index.search("محفوظ") == [0]
    assert index.search("failed") == index.search("فشل") == [1]


def test_english_plurals_and_sentences_without_a_translator() -> None:
    from wawp_desktop.core.files import _size
    from wawp_desktop.core.retry_schedule import retry_sentence

    assert retry_sentence(2, 1).startswith("If your server fails, Wawp tries again once, 2 s")
    assert "15 times, 2 s apart" in retry_sentence(2, 15)
    assert _size(1) == "1 byte" and _size(999) == "999 bytes"
