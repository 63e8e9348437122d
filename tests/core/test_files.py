"""Atomic writes and bounded reads against hostile file systems: every failure is a plain
message and changes nothing."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from tests.hostile_fs import (
    call_guarded,
    fifo,
    full_disk,
    link_to_dev_zero,
    read_only,
    run_with_file_size_limit,
    snapshot,
)
from wawp_desktop.core.files import (
    FileReadError,
    FileWriteError,
    atomic_write_bytes,
    atomic_write_text,
    read_user_file,
    set_aside,
)

OLD = "the user's old file\n" * 200


def test_atomic_write_replaces_and_keeps_the_mode(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    atomic_write_text(target, "new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]  # no temp left


def test_atomic_write_through_a_symlink_replaces_the_target(tmp_path: Path) -> None:
    real = tmp_path / "real.ini"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.ini"
    link.symlink_to(real)
    atomic_write_text(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


def test_writing_onto_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "export.json").mkdir()
    with pytest.raises(FileWriteError) as caught:
        atomic_write_text(tmp_path / "export.json", "x")
    assert caught.value.reason == "this name belongs to a folder, not a file"
    assert "export.json" in str(caught.value) and isinstance(caught.value, OSError)


def test_writing_into_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError, match="the folder does not exist"):
        atomic_write_text(tmp_path / "nope" / "export.json", "x")
    assert not (tmp_path / "nope").exists()


def test_a_read_only_file_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_text(OLD, encoding="utf-8")
    target.chmod(0o444)
    if os.access(target, os.W_OK):
        pytest.skip("running as root: a read-only mode does not stop this process")
    with pytest.raises(FileWriteError, match="read-only"):
        atomic_write_text(target, "new")
    assert target.read_text(encoding="utf-8") == OLD


def test_a_read_only_folder_keeps_the_old_file(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "export.json").write_text(OLD, encoding="utf-8")
    with read_only(folder):
        before = snapshot(folder)
        with pytest.raises(FileWriteError) as caught:
            atomic_write_text(folder / "export.json", "new")
        assert "read-only" in caught.value.reason
        assert snapshot(folder) == before
        assert sorted(p.name for p in folder.iterdir()) == ["export.json"]


def test_a_full_disk_keeps_the_old_file(tmp_path: Path) -> None:
    folder = tmp_path / "disk"
    with full_disk(folder, {"export.json": OLD.encode()}):
        before = snapshot(folder)
        with pytest.raises(FileWriteError) as caught:
            atomic_write_bytes(folder / "export.json", b"n" * 20_000)
        assert caught.value.reason == "the disk is full"
        assert snapshot(folder) == before
        assert sorted(p.name for p in folder.iterdir()) == [".filler", "export.json"]


def test_a_file_size_limit_keeps_the_old_file(tmp_path: Path) -> None:
    """The same through RLIMIT_FSIZE (EFBIG), which needs no mount."""
    target = tmp_path / "export.json"
    target.write_text(OLD, encoding="utf-8")
    out = run_with_file_size_limit(10_000, f"""
        import json
        from wawp_desktop.core.files import FileWriteError, atomic_write_bytes
        try:
            atomic_write_bytes({str(target)!r}, b"n" * 50_000)
        except FileWriteError as exc:
            print(json.dumps([exc.reason, str(exc)]))
    """)
    assert out.returncode == 0, out.stderr
    reason, text = json.loads(out.stdout)
    assert reason == "the file would be larger than this disk or this computer allows"
    assert text.startswith("Could not write") and "export.json" in text
    assert target.read_text(encoding="utf-8") == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]


def test_set_aside_renames_or_copies(tmp_path: Path) -> None:
    path = tmp_path / "history.jsonl"
    path.write_bytes(b"old")
    copy = set_aside(path, copy=True)
    assert copy.name.startswith("history.jsonl.broken-") and copy.read_bytes() == b"old"
    moved = set_aside(path)
    assert moved != copy and moved.read_bytes() == b"old" and not path.exists()


# -- reading --------------------------------------------------------------------------------

def test_reads_utf8_with_or_without_bom(tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(codecs.BOM_UTF8 + "{\"name\": \"Zoë\"}".encode())
    assert read_user_file(path, 1000) == '{"name": "Zoë"}'
    link = tmp_path / "link.json"
    link.symlink_to(path)  # a link to a regular file is fine
    assert read_user_file(link, 1000) == '{"name": "Zoë"}'


@pytest.mark.parametrize(("data", "expected"), [
    ("{\"name\": \"Zoë\"}".encode("utf-16"), "saved as UTF-16; save it as UTF-8"),
    ("{\"name\": \"Zoë\"}".encode("utf-16-le"), "saved as UTF-16; save it as UTF-8"),
    ("{\"name\": \"Zoë\"}".encode("utf-32"), "saved as UTF-16; save it as UTF-8"),
    (b"{\n\"name\": \"Zo\xeb\"}", "not UTF-8 text (line 2"),
    (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "not a text file"),
])
def test_other_encodings_are_named(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(data)
    with pytest.raises(FileReadError) as caught:
        read_user_file(path, 1000)
    assert expected in caught.value.reason
    assert path.read_bytes() == data


def test_size_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 2_000_001)
    with pytest.raises(FileReadError, match=r"larger than 1\.0 MB \(2\.0 MB\)"):
        read_user_file(path, 1_000_000)


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = fifo(tmp_path / "pipe.json")
    link = tmp_path / "to-pipe.json"
    link.symlink_to(pipe)
    for path in (pipe, link):
        with pytest.raises(FileReadError, match="named pipe"):
            call_guarded(lambda p=path: read_user_file(p, 1000), pipe)


def test_a_link_to_dev_zero_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileReadError, match="is a device"):
        read_user_file(link_to_dev_zero(tmp_path / "zero.json"), 1000)


@pytest.mark.parametrize("kind", ["folder", "missing"])
def test_folders_and_missing_files(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "x.json"
    if kind == "folder":
        path.mkdir()
    with pytest.raises(FileReadError) as caught:
        read_user_file(path, 1000)
    assert caught.value.reason == {"folder": "it is a folder, not a file",
                                   "missing": "the file does not exist"}[kind]


def test_the_new_core_modules_import_no_qt() -> None:
    import subprocess
    import sys

    script = ("import sys\nimport wawp_desktop.core.files, wawp_desktop.core.history_index, "
              "wawp_desktop.core.config_file\n"
              "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
