"""Build the app's translations: sources → ``.ts`` (with the translations) → ``.qm``.

    .venv/bin/python packaging/translations.py          # update .ts and .qm
    .venv/bin/python packaging/translations.py --check  # exit 1 when a text lacks a translation

1. ``pyside6-lupdate`` reads every ``translate("Context", "text")`` and
   ``QT_TRANSLATE_NOOP("Context", "text")`` of ``wawp_desktop/`` into
   ``resources/i18n/wawp_desktop_<lang>.ts``.
2. The translations written by people, ``resources/i18n/<lang>/*.json`` (lists of
   ``{"context", "source", "translation"}`` or ``{"context", "source", "plurals": [...]}``),
   are filled into the ``.ts``; a source without a translation stays "unfinished".
3. ``pyside6-lrelease`` compiles ``wawp_desktop/i18n/wawp_desktop_<lang>.qm`` (package data: an
   editable install and the PyInstaller bundle both carry it).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "wawp_desktop"
I18N = ROOT / "resources" / "i18n"
QM_DIR = SOURCES / "i18n"
LANGUAGES = ("ar",)
PLURAL_FORMS = {"ar": 6}


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else (shutil.which(name) or name)


def python_sources() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def extract(ts_path: Path) -> None:
    """Run lupdate over every Python source into ``ts_path`` (obsolete texts dropped)."""
    files = [str(p) for p in python_sources()]
    subprocess.run([_tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
                    "-ts", str(ts_path)], check=True, capture_output=True, text=True)


def known_translations(language: str) -> dict[tuple[str, str], str | list[str]]:
    """(context, source) → translation (a list of forms for a %n text)."""
    known: dict[tuple[str, str], str | list[str]] = {}
    for path in sorted((I18N / language).glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            value = item.get("plurals") if "plurals" in item else item.get("translation")
            if value:
                known[(item["context"], item["source"])] = value
    return known


def fill(ts_path: Path, language: str) -> list[tuple[str, str]]:
    """Put the known translations into ``ts_path``; the (context, source) pairs left
    without one."""
    known = known_translations(language)
    tree = ET.parse(ts_path)
    root = tree.getroot()
    root.set("language", language)
    missing: list[tuple[str, str]] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            value = known.get((name, source))
            numerus = message.get("numerus") == "yes"
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if value is None or (numerus and not isinstance(value, list)):
                translation.set("type", "unfinished")
                missing.append((name, source))
                if numerus:
                    for _ in range(PLURAL_FORMS.get(language, 2)):
                        ET.SubElement(translation, "numerusform")
                continue
            translation.attrib.pop("type", None)
            if numerus:
                for form in value:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[-1]
    ET.indent(tree)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def compile_qm(ts_path: Path, qm_path: Path) -> None:
    qm_path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("pyside6-lrelease"), str(ts_path), "-qm", str(qm_path)],
                   check=True, capture_output=True, text=True)


def build(language: str, ts_path: Path, qm_path: Path | None) -> list[tuple[str, str]]:
    extract(ts_path)
    missing = fill(ts_path, language)
    if qm_path is not None:
        compile_qm(ts_path, qm_path)
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true",
                        help="only check that every text has a translation (writes nothing)")
    args = parser.parse_args(argv)
    status = 0
    for language in LANGUAGES:
        if args.check:
            with tempfile.TemporaryDirectory() as folder:
                missing = build(language, Path(folder) / "check.ts", None)
        else:
            missing = build(language, I18N / f"wawp_desktop_{language}.ts",
                            QM_DIR / f"wawp_desktop_{language}.qm")
        for context, source in missing:
            print(f"{language}: no translation for [{context}] {source!r}", file=sys.stderr)
        if missing:
            status = 1
        print(f"{language}: {len(missing)} text(s) without a translation")
    return status


if __name__ == "__main__":
    sys.exit(main())
