"""Preview, copy as cURL/PowerShell/httpx, history, import/export, and no secret leaks."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolButton,
)

from tests.gui.helpers import accept_box, fill_form, find, type_into, wait_for_dialog
from wawp_desktop.core import config_file, history
from wawp_desktop.core.save import set_body
from wawp_desktop.core.webhook import WebhookConfig
from wawp_desktop.sandbox import DEMO_PAID_ID, DEMO_PAID_TOKEN

URL = "https://crm.example.com/wawp"
HMAC = "hmac-Secret-Value-XYZ-42"


def filled(qtbot, window, token: str = DEMO_PAID_TOKEN) -> None:  # noqa: ANN001
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=token, url=URL,
              events=["message", "message.ack"], name="CRM")
    type_into(qtbot, window, "hmacEdit", HMAC)


def save(qtbot, window, ok: bool = True) -> history.HistoryEntry:  # noqa: ANN001
    done = window.saver.succeeded if ok else window.saver.failed
    with (qtbot.waitSignal(window.history_page.recorded, timeout=5000) as recorded,
          qtbot.waitSignal(done, timeout=5000)):
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    return recorded.args[0]


def loaded_window(qtbot, make_window, url: str):  # noqa: ANN001, ANN201
    """A window whose history has been read from disk."""
    window = make_window(url)
    qtbot.waitUntil(lambda: window.history_page.loaded, timeout=10_000)
    return window


def test_preview_shows_exact_body_masked(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    filled(qtbot, window)
    button = find(window, QPushButton, "previewRequestButton")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    dialog = find(window, QDialog, "previewRequestDialog")
    assert dialog.isVisible() and not dialog.isModal()
    text = find(dialog, QPlainTextEdit, "previewRequestText").toPlainText()
    assert DEMO_PAID_TOKEN not in text and HMAC not in text
    shown = json.loads(text)
    sent = set_body(window.form.value())
    assert shown == sent | {"access_token": "••••••", "hmac": "••••••"}
    dialog.close()


def test_copies_use_placeholders_unless_ticked_once(qtbot, make_window, sandbox) -> None:
    window = make_window(sandbox.url)
    filled(qtbot, window)
    clipboard = QGuiApplication.clipboard()
    curl = find(window, QToolButton, "copyCurlButton")
    curl.setFocus()
    qtbot.keyClick(curl, Qt.Key.Key_Space)
    text = clipboard.text()
    assert text.startswith("curl -X POST") and f"{sandbox.url}/v2/webhook/set" in text
    assert "YOUR_ACCESS_TOKEN" in text and DEMO_PAID_TOKEN not in text and HMAC not in text
    tick = find(window, QCheckBox, "includeSecretsCheck")
    tick.setFocus()
    qtbot.keyClick(tick, Qt.Key.Key_Space)
    window.save_bar.copy_actions["python"].trigger()
    assert DEMO_PAID_TOKEN in clipboard.text() and HMAC in clipboard.text()
    assert clipboard.text().startswith("import httpx")
    assert not tick.isChecked()  # for that one copy only
    window.save_bar.copy_actions["powershell"].trigger()
    assert clipboard.text().startswith("Invoke-RestMethod")
    assert DEMO_PAID_TOKEN not in clipboard.text() and HMAC not in clipboard.text()


def test_history_records_saves_and_loads_into_form(qtbot, make_window, sandbox) -> None:
    window = loaded_window(qtbot, make_window, sandbox.url)
    filled(qtbot, window)
    ok = save(qtbot, window)
    assert ok.ok and ok.url == URL and ok.events == ["message", "message.ack"]
    type_into(qtbot, window, "tokenEdit", "wrong-token-000")
    failed = save(qtbot, window, ok=False)
    assert not failed.ok and failed.summary
    view = find(window, QTableView, "historyView")
    assert view.model().rowCount() == 2
    assert view.model().index(0, 5).data() == "Failed"  # newest first
    assert view.model().index(0, 1).data() == "Wawp"  # a live save, not the sandbox's
    text = window.services.history_path.read_text(encoding="utf-8")
    assert len(text.splitlines()) == 2

    type_into(qtbot, window, "historySearchEdit", "saved")
    assert view.model().rowCount() == 1
    type_into(qtbot, window, "historySearchEdit", "")
    type_into(qtbot, window, "urlEdit", "https://other.example.com/")
    window.webhook_page.events.set_selected(["call.received"])
    view.setFocus()
    window.history_page.select_row(1)
    details = find(window, QPlainTextEdit, "historyDetails").toPlainText()
    assert URL in details and '"ok": true' in details
    load = find(window, QPushButton, "historyLoadButton")
    load.setFocus()
    qtbot.keyClick(load, Qt.Key.Key_Space)
    replace = find(window, QMessageBox, "replaceFormDialog")  # the form held another webhook
    assert replace.isVisible()
    accept_box(replace)
    assert find(window, QLineEdit, "urlEdit").text() == URL
    assert window.webhook_page.events.selected_events() == ["message", "message.ack"]

    # history survives a restart
    second = loaded_window(qtbot, make_window, sandbox.url)
    assert find(second, QTableView, "historyView").model().rowCount() == 2


def test_history_with_ten_thousand_entries(qtbot, make_window, sandbox, tmp_path) -> None:
    """Loading and searching a long history works (the benchmarks measure how fast)."""
    path = tmp_path / "history.jsonl"
    config = WebhookConfig(instance_id="ABCDEF123456", url="https://x.example/h",
                           events=["message"])
    line = history.make_entry(config, True, "Saved", {"url": "https://x.example/h"}).to_json()
    path.write_text("\n".join(line.replace("x.example/h", f"x.example/h{i}")
                              for i in range(10_000)) + "\n", encoding="utf-8")
    window = loaded_window(qtbot, make_window, sandbox.url)
    view = find(window, QTableView, "historyView")
    assert view.model().rowCount() == 10_000
    assert view.model().index(0, 3).data() == "https://x.example/h9999"
    type_into(qtbot, window, "historySearchEdit", "h1234")
    assert view.model().rowCount() == 1


def run_file_dialog(qtbot, window, path: Path) -> None:  # noqa: ANN001
    dialog = window.files.file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()


def test_export_and_import(qtbot, make_window, sandbox, tmp_path: Path) -> None:
    window = make_window(sandbox.url)
    filled(qtbot, window)
    target = tmp_path / "hook.json"
    qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.files.written, timeout=5000) as written:
        run_file_dialog(qtbot, window, target)
    assert written.args == [str(target), ""]
    text = target.read_text(encoding="utf-8")
    assert DEMO_PAID_TOKEN not in text and HMAC not in text
    assert config_file.loads(text).config == window.form.value().without_secrets()

    bad = tmp_path / "bad.json"
    doc = json.loads(text)
    doc["webhook"]["events"] = ["message", "not.an.event"]
    doc["webhook"]["retries"]["delay"] = 9999
    bad.write_text(json.dumps(doc), encoding="utf-8")
    qtbot.mouseClick(find(window, QPushButton, "importButton"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.files.importFailed, timeout=5000):
        run_file_dialog(qtbot, window, bad)
    box = find(window, QMessageBox, "filesMessageBox")
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "not.an.event" in box.text() and "retries.delay" in box.text()
    assert find(window, QLineEdit, "urlEdit").text() == URL  # nothing changed
    box.close()

    type_into(qtbot, window, "urlEdit", "https://changed.example.com/")
    window.webhook_page.events.set_selected([])
    qtbot.mouseClick(find(window, QPushButton, "importButton"), Qt.MouseButton.LeftButton)
    run_file_dialog(qtbot, window, target)
    replace = wait_for_dialog(qtbot, window, QMessageBox, "replaceFormDialog")
    with qtbot.waitSignal(window.files.applied, timeout=5000):
        accept_box(replace)
    assert find(window, QLineEdit, "urlEdit").text() == URL
    assert window.webhook_page.events.selected_events() == ["message", "message.ack"]


def test_no_secret_reaches_history_exports_previews_or_copies(
    qtbot, make_window, sandbox, tmp_path: Path
) -> None:
    window = loaded_window(qtbot, make_window, sandbox.url)
    filled(qtbot, window)
    secrets = (DEMO_PAID_TOKEN, HMAC)
    outputs: list[str] = []
    entry = save(qtbot, window)
    window.history_page.select_row(0)
    outputs.append(find(window, QPlainTextEdit, "historyDetails").toPlainText())
    outputs.append(window.services.history_path.read_text(encoding="utf-8"))
    outputs.append(json.dumps(history.HistoryEntry.from_dict(json.loads(entry.to_json()))
                              .answer))
    window.handoff.show_preview()
    outputs.append(window.handoff.preview_dialog.text.toPlainText())
    for kind in ("curl", "powershell", "python"):
        outputs.append(window.handoff.copy(kind))
        outputs.append(QGuiApplication.clipboard().text())
    target = tmp_path / "export.json"
    qtbot.mouseClick(find(window, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.files.written, timeout=5000):
        run_file_dialog(qtbot, window, target)
    outputs.append(target.read_text(encoding="utf-8"))
    window.history_page.select_row(0)
    target2 = tmp_path / "entry.json"
    window.history_page.export_button.click()
    with qtbot.waitSignal(window.files.written, timeout=5000):
        run_file_dialog(qtbot, window, target2)
    outputs.append(target2.read_text(encoding="utf-8"))
    for text in outputs:
        assert text
        for secret in secrets:
            assert secret not in text
    # ticking "include secrets" is what puts them in, for that one copy only
    window.save_bar.include_secrets.setChecked(True)
    assert DEMO_PAID_TOKEN in window.handoff.copy("curl")
    assert DEMO_PAID_TOKEN not in window.handoff.copy("curl")
    window.handoff.preview_dialog.close()


def test_file_menu_holds_the_tools_above_quit(make_window, sandbox) -> None:  # noqa: ANN001
    window = make_window(sandbox.url)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert texts == ["&Save webhook", "", "&Import configuration…", "&Export configuration…",
                     "&Preview request…", "&Copy request as", "Show save &history", "",
                     "&Forget saved token", "", "&Language", "", "&Quit"]
    copy_menu = file_menu.actions()[5].menu()
    assert [a.text() for a in copy_menu.actions()] == [
        a.text() for a in window.save_bar.copy_actions.values()]
    assert all(a.isEnabled() for a in file_menu.actions())
