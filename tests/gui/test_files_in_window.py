"""The user's files in the real window: a history or settings file that cannot be written is
said plainly (the save to Wawp is still reported), a damaged settings file is kept aside and
said, an import that cannot be read changes nothing and never blocks."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox

from tests.gui.helpers import fill_form, find, status_text
from wawp_desktop.sandbox import DEMO_PAID_ID, DEMO_PAID_TOKEN

URL = "https://crm.example.com/wawp"


def test_a_history_that_cannot_be_written_is_said(qtbot, make_window, sandbox,
                                                  tmp_path: Path) -> None:
    folder = tmp_path / "history.jsonl"
    folder.mkdir()  # the history's name belongs to a folder
    window = make_window(sandbox.url, history_path=folder)
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN, url=URL,
              events=["message"])
    with qtbot.waitSignal(window.history_page.recorded, timeout=5000):
        window.save()
    assert status_text(window).startswith("Saved")  # the save to Wawp is still reported
    problem = find(window, QLabel, "historyProblem")
    assert "not written to the history file" in problem.text() and "folder" in problem.text()


def test_a_damaged_settings_file_is_kept_aside_and_said(qtbot, make_window, sandbox,
                                                        settings_path: Path) -> None:
    settings_path.parent.mkdir(parents=True, exist_ok=True)
    settings_path.write_bytes("[live]\nprofiles=x\n".encode("utf-16"))
    window = make_window(sandbox.url)
    banner = find(window, QLabel, "settingsProblem")
    assert banner.isVisible() and "broken" in banner.text()
    kept = [p for p in settings_path.parent.iterdir() if ".broken-" in p.name]
    assert kept and kept[0].read_bytes().startswith(b"\xff\xfe")


def test_an_import_from_a_pipe_never_blocks_and_changes_nothing(qtbot, make_window, sandbox,
                                                                tmp_path: Path) -> None:
    window = make_window(sandbox.url)
    window.webhook_page.url_edit.setText(URL)
    pipe = tmp_path / "hook.json"
    os.mkfifo(pipe)
    with qtbot.waitSignal(window.files.importFailed, timeout=5000) as failed:
        window.files.read(str(pipe))
    assert "pipe" in failed.args[0]
    assert window.webhook_page.url_edit.text() == URL
    find(window, QMessageBox, "filesMessageBox").close()


def test_an_export_that_fails_keeps_the_old_file_and_says_why(qtbot, make_window, sandbox,
                                                              tmp_path: Path) -> None:
    window = make_window(sandbox.url)
    target = tmp_path / "taken"
    target.mkdir()  # a folder of that name: the write cannot replace it
    with qtbot.waitSignal(window.files.written, timeout=5000) as written:
        window.files.write(str(target), "{}")
    assert written.args[1] and "folder" in written.args[1]
    box = find(window, QMessageBox, "filesMessageBox")
    assert "Could not write" in box.text()
    box.close()
