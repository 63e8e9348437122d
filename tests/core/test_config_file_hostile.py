"""Importing hostile configuration files: each ends in a plain message and changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.hostile_fs import call_guarded, fifo, link_to_dev_zero
from tests.plain_text import plain
from wawp_desktop.core import config_file
from wawp_desktop.core.webhook import WebhookConfig as FormState


def good_doc() -> dict:
    state = FormState(instance_id="ABCDEF123456", url="https://x.example/h", name="CRM",
                      events=["message"])
    return json.loads(config_file.dumps(state))


def with_hook(**changes: object) -> str:
    doc = good_doc()
    doc["webhook"].update(changes)
    return json.dumps(doc)


def only_error(result: config_file.ImportResult) -> str:
    assert result.config is None
    assert len(result.errors) == 1, result.errors
    return result.errors[0]


@pytest.mark.parametrize(("text", "expected"), [
    ("[" * 100_000 + "]" * 100_000, "nested more than 32 levels"),
    ("{" * 100_000, "nested more than 32 levels"),
    (with_hook(name=json.loads("[" * 900 + "]" * 900)), "nested more than 32 levels"),
    (json.dumps(good_doc() | {"version": json.loads("[" * 500 + "]" * 500)}),
     "nested more than 32 levels"),
    (with_hook(retries={"delay": 1, "attempts": 3}).replace('"attempts": 3', '"attempts": '
                                                                            + "7" * 5000),
     "number with more than 30 digits"),
    ('{"format": ' + "1" * 5000 + "}", "number with more than 30 digits"),
    ("", "The file is empty."),
    ("  \n", "The file is empty."),
    ("{", "not valid JSON"),
    (with_hook(url=""), "“url”: Enter the address"),
    (with_hook(url="   "), "“url”: Enter the address"),
    ('{"format": "wawp-desktop.webhook", "version": 1, "webhook": {"url": "https://x.example/'
     '\\ud800", "events": ["message"]}}', "invalid character"),
    (json.dumps(good_doc() | {"version": "x" * 100_000}), "Unsupported file version 'xxxxx"),
])
def test_hostile_texts_end_in_one_message(text: str, expected: str) -> None:
    assert expected in plain(only_error(config_file.loads(text)))


def test_brackets_inside_texts_do_not_count_as_nesting() -> None:
    result = config_file.loads(with_hook(name="[[[[{{{{" * 10 + '\\"]]]'))
    assert result.errors == [] and result.config is not None


def test_a_long_version_is_shown_briefly() -> None:
    error = only_error(config_file.loads(json.dumps(good_doc() | {"version": "x" * 100_000})))
    assert len(error) < 200


# -- reading the file ---------------------------------------------------------------------------

def test_reads_a_good_file(tmp_path: Path) -> None:
    path = tmp_path / "hook.json"
    path.write_text(json.dumps(good_doc()), encoding="utf-8")
    result = config_file.read_config_file(path)
    assert result.errors == [] and result.config is not None
    assert result.config.url == "https://x.example/h"


@pytest.mark.parametrize(("data", "expected"), [
    (json.dumps(good_doc()).replace("CRM", "Café").encode("latin-1"), "not UTF-8 text"),
    (json.dumps(good_doc()).encode("utf-16"), "saved as UTF-16; save it as UTF-8"),
    (b" " * (config_file.MAX_FILE_BYTES + 1), "larger than 1.0 MB"),
    (b"\0" * 100, "not a text file"),
])
def test_unreadable_files(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "hook.json"
    path.write_bytes(data)
    error = only_error(config_file.read_config_file(path))
    assert error.startswith("The file could not be read: ") and expected in error
    assert path.read_bytes() == data


def test_a_link_to_dev_zero_is_refused(tmp_path: Path) -> None:
    error = only_error(config_file.read_config_file(link_to_dev_zero(tmp_path / "z.json")))
    assert error == "The file could not be read: it is a device, not a file."


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = fifo(tmp_path / "hook.json")
    result = call_guarded(lambda: config_file.read_config_file(pipe), pipe)
    assert only_error(result) == ("The file could not be read: it is a named pipe (FIFO), "
                                  "not a file.")


@pytest.mark.parametrize("kind", ["folder", "missing"])
def test_folders_and_missing_files(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "hook.json"
    if kind == "folder":
        path.mkdir()
    assert "could not be read" in only_error(config_file.read_config_file(path))


def test_deep_nesting_in_a_file(tmp_path: Path) -> None:
    path = tmp_path / "hook.json"
    path.write_text('{"webhook": ' + "[" * 200_000 + "]" * 200_000 + "}", encoding="utf-8")
    assert "nested more than" in only_error(config_file.read_config_file(path))
