"""Every text the app can show has an Arabic translation, the translations keep their
placeholders, and the compiled ``.qm`` the app loads matches them."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import translations  # noqa: E402 - packaging/translations.py

PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*\}")


def _entries() -> list[dict]:
    out = []
    for path in sorted((ROOT / "resources" / "i18n" / "ar").glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            out.append(item | {"file": path.name})
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[str, str]]]:
    folder = tmp_path_factory.mktemp("ts")
    ts, qm = folder / "ar.ts", folder / "ar.qm"
    missing = translations.build("ar", ts, qm)
    return qm, missing


def test_every_text_has_an_arabic_translation(built) -> None:  # noqa: ANN001
    _qm, missing = built
    shown = "\n".join(f"[{context}] {source!r}" for context, source in missing[:40])
    assert not missing, f"{len(missing)} text(s) without an Arabic translation:\n{shown}"


def test_the_compiled_translations_are_up_to_date(built) -> None:  # noqa: ANN001
    qm, _missing = built
    committed = ROOT / "wawp_desktop" / "i18n" / "wawp_desktop_ar.qm"
    assert committed.read_bytes() == qm.read_bytes(), (
        "run .venv/bin/python packaging/translations.py and commit the .ts and .qm")


def test_translations_keep_their_placeholders_and_plural_forms() -> None:
    seen: dict[tuple[str, str], str] = {}
    for item in _entries():
        key = (item["context"], item["source"])
        assert key not in seen, f"{key} is translated twice ({seen.get(key)}, {item['file']})"
        seen[key] = item["file"]
        wanted = set(PLACEHOLDER.findall(item["source"]))
        forms = item.get("plurals") or [item.get("translation", "")]
        if "plurals" in item:
            assert len(forms) == translations.PLURAL_FORMS["ar"], key
        for form in forms:
            assert form, key
            assert set(PLACEHOLDER.findall(form)) == wanted, (key, form)


def test_no_translation_is_left_over_for_a_text_that_is_gone(built) -> None:  # noqa: ANN001
    import xml.etree.ElementTree as ET

    ts = ET.parse(built[0].with_suffix(".ts")).getroot()
    present = {(c.findtext("name"), m.findtext("source"))
               for c in ts.iter("context") for m in c.iter("message")}
    stale = [(i["context"], i["source"], i["file"]) for i in _entries()
             if (i["context"], i["source"]) not in present]
    assert not stale, f"translations for texts that no longer exist: {stale[:20]}"
