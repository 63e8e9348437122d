"""Unreadable settings are kept and reported, never reset silently; failed writes are reported."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.hostile_fs import full_disk, read_only, run_with_file_size_limit, snapshot
from wawp_desktop.core.profiles import Profile
from wawp_desktop.core.webhook import WebhookConfig as FormState
from wawp_desktop.ui.settings_store import SettingsStore

SAVED = [Profile("Shop", "ABCDEF123456"), Profile("", "ABCDEF654321")]
INI = ('[live]\nprofiles="[{\\"name\\": \\"Shop\\", \\"instance_id\\": \\"ABCDEF123456\\"}]"\n'
       "form=\"{}\"\n")


def store(path: Path) -> SettingsStore:
    return SettingsStore(QSettings(str(path), QSettings.Format.IniFormat), "live")


def broken_copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.broken-*"))


def test_a_healthy_file_round_trips_without_problems(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    first = store(path)
    assert first.save_profiles(SAVED) == "" and first.save_form(FormState(url="https://a.b")) == ""
    second = store(path)
    assert second.load_profiles() == SAVED and second.load_form().url == "https://a.b"
    assert second.problems == [] and broken_copies(tmp_path) == []


@pytest.mark.parametrize(("data", "why"), [
    (b"", "it is empty"),
    (INI.encode("utf-16"), "saved as UTF-16"),
    (INI.encode("utf-16-le"), "saved as UTF-16"),
    (b"[live]\nprofiles=\0\0\0\0\0\0\0\0\n", "binary data"),
])
def test_an_unreadable_file_is_moved_aside_and_reported(tmp_path: Path, data: bytes,
                                                        why: str) -> None:
    path = tmp_path / "s.ini"
    path.write_bytes(data)
    settings = store(path)
    (copy,) = broken_copies(tmp_path)
    assert copy.name.startswith("s.ini.broken-") and copy.read_bytes() == data
    assert settings.load_profiles() == [] and settings.load_form() == FormState()
    (problem,) = settings.take_problems()
    assert why in problem and str(copy) in problem
    assert settings.save_profiles(SAVED) == ""
    assert store(path).load_profiles() == SAVED and copy.read_bytes() == data


@pytest.mark.parametrize(("value", "expected"), [
    ('"[{broken"', "the saved instances are damaged"),
    ('"{\\"name\\": 1}"', "the saved instances are damaged"),
    ('"' + "[" * 5000 + '"', "the saved instances are damaged"),
    ('"[{\\"name\\": \\"A\\", \\"instance_id\\": \\"ABCDEF123456\\"}, 7]"',
     "1 saved instance could not be read"),
])
def test_a_damaged_profiles_value_is_copied_and_reported(tmp_path: Path, value: str,
                                                         expected: str) -> None:
    path = tmp_path / "s.ini"
    original = f"[live]\nprofiles={value}\n".encode()
    path.write_bytes(original)
    settings = store(path)
    profiles = settings.load_profiles()
    (copy,) = broken_copies(tmp_path)
    assert copy.read_bytes() == original
    (problem,) = settings.problems
    assert expected in problem and str(copy) in problem
    assert settings.save_profiles(profiles + [Profile("New", "ABCDEF999999")]) == ""
    assert copy.read_bytes() == original  # the user's old list is still there


def test_a_damaged_form_value_is_copied_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_bytes(b'[live]\nform="{\\"url\\": "\n')
    settings = store(path)
    assert settings.load_form() == FormState()
    assert "last form's values are damaged" in settings.problems[0]
    assert len(broken_copies(tmp_path)) == 1


def test_a_file_qt_cannot_parse_is_copied_and_what_was_read_kept(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    original = INI.replace("[live]", "[live").encode()
    path.write_bytes(original)
    settings = store(path)
    (copy,) = broken_copies(tmp_path)
    assert copy.read_bytes() == original and "it is damaged" in settings.problems[0]


def test_one_copy_serves_several_problems(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_bytes(b'[live]\nprofiles="[{x"\nform="{x"\n')
    settings = store(path)
    settings.load_profiles()
    settings.load_form()
    assert len(broken_copies(tmp_path)) == 1 and len(settings.take_problems()) == 2
    assert settings.take_problems() == []


def test_a_settings_path_that_is_a_folder(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.mkdir()
    settings = store(path)
    (problem,) = settings.problems
    assert "could not be read (it is a folder, not a file)" in problem
    assert settings.save_profiles(SAVED) == problem and path.is_dir()


def test_writes_in_a_read_only_folder_are_reported(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    folder.mkdir()
    store(folder / "s.ini").save_profiles(SAVED)
    with read_only(folder):
        before = snapshot(folder)
        settings = store(folder / "s.ini")
        assert settings.load_profiles() == SAVED and settings.problems == []
        error = settings.save_profiles(SAVED[:1])
        assert error.startswith("Settings could not be saved to") and "read-only" in error
        assert settings.take_problems() == [error]
        assert settings.save_form(FormState(url="https://x.y")) == error
        assert snapshot(folder) == before


def test_an_unreadable_file_in_a_read_only_folder_is_never_overwritten(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    folder.mkdir()
    data = INI.encode("utf-16")
    (folder / "s.ini").write_bytes(data)
    with read_only(folder):
        settings = store(folder / "s.ini")
        (problem,) = settings.problems
        assert "could not be kept aside" in problem and "will not be saved" in problem
        assert settings.save_profiles(SAVED) == problem
        assert settings.sync() == problem
        assert (folder / "s.ini").read_bytes() == data


def test_a_full_disk_is_reported_and_a_later_save_succeeds(tmp_path: Path) -> None:
    folder = tmp_path / "disk"
    with full_disk(folder, {}):
        settings = store(folder / "s.ini")
        error = settings.save_profiles([Profile("x" * 90, f"ABCDEF{n:06d}") for n in range(60)])
        assert error.endswith(": the disk is full.")
        assert not (folder / "s.ini").exists()
        os.unlink(folder / ".filler")
        assert settings.save_profiles(SAVED) == ""
        assert store(folder / "s.ini").load_profiles() == SAVED


def test_a_file_size_limit_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    store(path).save_profiles(SAVED)
    old = path.read_bytes()
    out = run_with_file_size_limit(len(old) + 200, f"""
        from PySide6.QtCore import QSettings
        from wawp_desktop.core.profiles import Profile
        from wawp_desktop.ui.settings_store import SettingsStore
        settings = SettingsStore(QSettings({str(path)!r}, QSettings.Format.IniFormat), "live")
        print(settings.save_profiles([Profile("x" * 90, f"ABCDEF{{n:06d}}") for n in range(60)]))
    """)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith(
        ": the file would be larger than this disk or this computer allows.")
    assert path.read_bytes() == old
    assert json.loads(store(path).settings.value("live/profiles"))[0]["name"] == "Shop"
