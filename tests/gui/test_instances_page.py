"""The Instances page against the sandbox: the Fleet demo, import and export, Test all, Apply
to instances (one history entry), Compare, Cancel and Retry failed, with the requests in
flight measured at the sandbox."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
)

from tests.gui.helpers import accept_box, find, plain, toggle_event, type_into, wait_for_dialog
from wawp_desktop.core.fleet.results import Kind
from wawp_desktop.core.request import SET_WEBHOOK_PATH, UPDATE_WEBHOOK_PATH
from wawp_desktop.sandbox import Fault, SandboxServer
from wawp_desktop.sandbox.fleet_demo import (
    CRM_URL,
    FAILED_NUMBER,
    FREE_NUMBERS,
    WRONG_TOKEN_NUMBER,
    fleet_accounts,
    fleet_csv,
    fleet_id,
    seed_fleet,
)
from wawp_desktop.sandbox.state import ALL_DEMO_ACCOUNTS

URL = "https://hooks.example.com/fleet"
NO_TOKEN_ID = "NOTOKEN00001"


@pytest.fixture
def fleet() -> Iterator[SandboxServer]:
    """A sandbox answering after 25 ms, with the Fleet demo's 30 instances."""
    server = SandboxServer(latency_ms=25)
    seed_fleet(server.state)
    server.start()
    yield server
    server.stop()


def _page(window):  # noqa: ANN001, ANN202
    window.tabs.setCurrentWidget(window.instances_tab)
    return window.instances_page


def _column(view: QTableView, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _outcomes(window) -> dict[str, str]:  # noqa: ANN001
    view = find(window, QAbstractItemView, "bulkResults")
    return dict(zip(_column(view, 0), (plain(t) for t in _column(view, 2)), strict=True))


def _messages(window) -> dict[str, str]:  # noqa: ANN001
    view = find(window, QAbstractItemView, "bulkResults")
    return dict(zip(_column(view, 0), _column(view, 3), strict=True))


def _check(window, instance_ids: set[str]) -> None:  # noqa: ANN001
    """Check exactly these rows, through the model's check state (as a click does)."""
    view = find(window, QAbstractItemView, "instancesView")
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        wanted = model.index(row, 1).data() in instance_ids
        state = Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked
        assert model.setData(index, state, Qt.ItemDataRole.CheckStateRole)


def _run_dialog(window, path: Path) -> None:  # noqa: ANN001
    dialog = window.instances_page.file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()


def _import(qtbot, window, path: Path) -> None:  # noqa: ANN001
    page = _page(window)
    find(window, QPushButton, "importInstancesButton").click()
    with qtbot.waitSignal(page.imported, timeout=10_000):
        _run_dialog(window, path)


def _fill_webhook(qtbot, window, url: str, events: list[str], name: str = "") -> None:  # noqa: ANN001
    type_into(qtbot, window, "urlEdit", url)
    if name:
        type_into(qtbot, window, "nameEdit", name)
    for event in events:
        toggle_event(qtbot, window, event)


def _run(qtbot, window, button: str, *, confirm: bool = False):  # noqa: ANN001, ANN202
    page = _page(window)
    with qtbot.waitSignal(page.runFinished, timeout=30_000) as finished:
        find(window, QPushButton, button).click()
        if confirm:
            accept_box(wait_for_dialog(qtbot, window, QMessageBox, "applyToInstancesDialog"))
    return finished.args


def _demo_window(make_window, fleet: SandboxServer):  # noqa: ANN001, ANN202
    window = make_window(fleet.url, demo_accounts=list(ALL_DEMO_ACCOUNTS))
    page = _page(window)
    find(window, QPushButton, "fleetDemoButton").click()
    assert page.model.rowCount() == 30
    return window


# -- the list ------------------------------------------------------------------------------------
def test_fleet_demo_fills_the_list_the_picker_and_the_current_instance(qtbot, make_window,
                                                                        fleet) -> None:
    window = _demo_window(make_window, fleet)
    view = find(window, QAbstractItemView, "instancesView")
    model = view.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Name", "Instance ID", "Status", "Webhooks", "Last checked"]
    assert _column(view, 1) == [fleet_id(n) for n in range(1, 31)]
    assert model.index(0, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    combo = window.instance_bar.profiles.combo
    assert combo.count() == 31  # the placeholder and the same 30 instances
    assert [p.instance_id for p in window.settings.load_profiles()] == _column(view, 1)
    # Space ticks the current row, whichever column is current
    view.setFocus()
    view.setCurrentIndex(model.index(2, 3))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert model.index(2, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert find(window, QLabel, "checkedCountLabel").text() == "1 of 30 checked"
    assert find(window, QPushButton, "testAllButton").isEnabled()
    # picking a row (Enter) makes it the current instance; its token comes from the store
    view.setCurrentIndex(model.index(2, 1))
    with qtbot.waitSignal(window.tokens.loaded, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.instance_bar.instance_id_edit.text() == fleet_id(3)
    assert window.instance_bar.token_edit.text() == fleet_accounts()[2].access_token
    assert combo.currentData().instance_id == fleet_id(3)
    # a change made with the picker shows here too
    window.profiles.remove(window.instance_bar.profiles.profiles[0])
    assert model.rowCount() == 29 and _column(view, 1)[0] == fleet_id(2)


def test_test_all_is_concurrent_within_the_bound(qtbot, make_window, fleet) -> None:
    window = _demo_window(make_window, fleet)
    find(window, QSpinBox, "bulkConcurrencySpin").setValue(4)
    find(window, QAbstractButton, "checkAllInstancesButton").click()
    assert find(window, QLabel, "checkedCountLabel").text() == "30 of 30 checked"
    fleet.reset_max_in_flight()
    kind, results, cancelled = _run(qtbot, window, "testAllButton")
    assert (kind, len(results), cancelled) == ("test", 30, False)
    assert 1 < fleet.max_in_flight <= 4, fleet.max_in_flight
    outcomes = _outcomes(window)
    assert sorted(outcomes) == [fleet_id(n) for n in range(1, 31)]
    shown = list(outcomes.values())  # what needs attention first
    assert shown[:2] == ["Session not working", "Failed"] and shown[-1] == "Connected"
    assert outcomes[fleet_id(1)] == "Connected"
    assert outcomes[fleet_id(FAILED_NUMBER)] == "Session not working"
    assert outcomes[fleet_id(WRONG_TOKEN_NUMBER)] == "Failed"
    assert "token" in _messages(window)[fleet_id(WRONG_TOKEN_NUMBER)].lower()
    view = find(window, QAbstractItemView, "instancesView")
    statuses = dict(zip(_column(view, 1), (plain(s) for s in _column(view, 2)), strict=True))
    hooks = dict(zip(_column(view, 1), _column(view, 3), strict=True))
    assert statuses[fleet_id(1)] == "WORKING" and statuses[fleet_id(FAILED_NUMBER)] == "FAILED"
    assert statuses[fleet_id(WRONG_TOKEN_NUMBER)] == "The access token was refused"
    assert hooks[fleet_id(3)] == "2 webhooks, CRM active"
    assert hooks[fleet_id(5)] == "free plan: no webhooks"
    assert all(_column(view, 4))  # last checked
    progress = find(window, QProgressBar, "bulkProgress")
    assert (progress.value(), progress.maximum()) == (30, 30)
    assert plain(find(window, QLabel, "bulkRunStatus").text()).startswith(
        "Tested 30 instances: ")


# -- import, apply, history, retry ---------------------------------------------------------------
def _customer_csv(tmp_path: Path) -> Path:
    path = tmp_path / "customers.csv"
    text = fleet_csv(fleet_accounts()[:24]) + "No Token Shop,NOTOKEN00001,\r\nBad,SHORT,x\r\n"
    path.write_text(text, encoding="utf-8")
    return path


def test_import_apply_one_history_entry_and_retry_failed(qtbot, make_window, fleet,
                                                          tmp_path: Path) -> None:
    window = make_window(fleet.url)
    _import(qtbot, window, _customer_csv(tmp_path))
    outcomes = _outcomes(window)
    assert outcomes[fleet_id(1)] == "Added" and outcomes[NO_TOKEN_ID] == "Added"
    assert outcomes["SHORT"] == "Refused"
    assert "bad instance ID" in _messages(window)["SHORT"]
    assert window.instances_page.model.rowCount() == 25
    assert window.instance_bar.profiles.combo.count() == 26
    settings_text = Path(window.settings.settings.fileName()).read_text(encoding="utf-8")
    assert "sandbox-fleet-token" not in settings_text  # tokens go to the keyring only

    _fill_webhook(qtbot, window, URL, ["message", "message.ack"], name="Fleet")
    find(window, QAbstractButton, "checkAllInstancesButton").click()
    fleet.reset_max_in_flight()
    with qtbot.waitSignal(window.history_page.recorded, timeout=30_000) as recorded:
        kind, results, cancelled = _run(qtbot, window, "applyToInstancesButton", confirm=True)
    assert (kind, len(results), cancelled) == ("apply", 25, False)
    assert 1 < fleet.max_in_flight <= 8, fleet.max_in_flight
    outcomes, messages = _outcomes(window), _messages(window)
    assert outcomes[fleet_id(1)] == "Saved" and "Verified" in messages[fleet_id(1)]
    for number in FREE_NUMBERS:
        assert outcomes[fleet_id(number)] == "Failed"
        assert "paid" in messages[fleet_id(number)]
    assert outcomes[fleet_id(WRONG_TOKEN_NUMBER)] == "Failed"
    assert "token was refused" in messages[fleet_id(WRONG_TOKEN_NUMBER)]
    assert outcomes[NO_TOKEN_ID] == "Needs a token"
    assert fleet.state.webhooks(fleet_id(1))[-1]["url"] == URL
    status = plain(find(window, QLabel, "bulkRunStatus").text())
    assert status == "Applied to 25 instances: 20 saved, 4 failed, 1 needs a token."

    entry = recorded.args[0]
    assert entry.summary == status.rstrip(".") and not entry.ok
    rows = entry.extra["bulk"]
    assert sorted(r["instance_id"] for r in rows) == sorted(_column(
        find(window, QAbstractItemView, "bulkResults"), 0))
    assert rows[0]["instance_id"] == fleet_id(1)  # the history keeps the list's order
    assert {r["outcome"] for r in rows} == {"saved", "failed", "needs a token"}
    line = window.services.history_path.read_text(encoding="utf-8").splitlines()[-1]
    assert "sandbox-fleet-token" not in line and json.loads(line)["extra"]["bulk"] == rows
    history_view = find(window, QTableView, "historyView")
    assert history_view.model().index(0, 2).data() == "25 instances"

    # the report exports without tokens
    find(window, QPushButton, "exportReportButton").click()
    report = tmp_path / "report.csv"
    with qtbot.waitSignal(window.instances_page.written, timeout=5000):
        _run_dialog(window, report)
    text = report.read_text(encoding="utf-8")
    assert "sandbox-fleet-token" not in text and text.count("\n") == 26

    # fix the outdated token, then retry only what failed
    right = fleet.state.get(fleet_id(WRONG_TOKEN_NUMBER)).access_token
    window.services.tokens.save_sync(fleet_id(WRONG_TOKEN_NUMBER), right)
    before = len(fleet.requests)
    kind, results, _ = _run(qtbot, window, "retryFailedButton", confirm=True)
    retried = _outcomes(window)
    assert sorted(retried) == sorted([fleet_id(n) for n in FREE_NUMBERS]
                                     + [fleet_id(WRONG_TOKEN_NUMBER), NO_TOKEN_ID])
    assert retried[fleet_id(WRONG_TOKEN_NUMBER)] == "Saved"
    assert not any(r.query.get("instance_id") == fleet_id(1) or (
        r.json or {}).get("instance_id") == fleet_id(1) for r in fleet.requests[before:])


def test_apply_sends_only_what_differs(qtbot, make_window, fleet) -> None:
    window = _demo_window(make_window, fleet)
    _fill_webhook(qtbot, window, CRM_URL, ["message"], name="CRM")
    window.webhook_page.delivery.delay_spin.setValue(5)
    window.webhook_page.delivery.attempts_spin.setValue(10)
    _check(window, {fleet_id(3), fleet_id(1)})
    before = len(fleet.requests)
    _run(qtbot, window, "applyToInstancesButton", confirm=True)
    sent = [r for r in fleet.requests[before:] if r.method in ("POST", "PATCH")]
    patch = next(r for r in sent if r.path == UPDATE_WEBHOOK_PATH)
    assert patch.json["instance_id"] == fleet_id(3) and patch.json["events"] == ["message"]
    assert "retries" not in patch.json and "name" not in patch.json
    assert [r.json["instance_id"] for r in sent if r.path == SET_WEBHOOK_PATH] == [fleet_id(1)]
    assert _outcomes(window) == {fleet_id(1): "Saved", fleet_id(3): "Saved"}


def test_compare_lists_differences_and_changes_nothing(qtbot, make_window, fleet) -> None:
    window = _demo_window(make_window, fleet)
    _fill_webhook(qtbot, window, CRM_URL, ["message", "message.ack"], name="CRM")
    window.webhook_page.delivery.delay_spin.setValue(5)
    window.webhook_page.delivery.attempts_spin.setValue(10)
    _check(window, {fleet_id(1), fleet_id(3), fleet_id(6), fleet_id(5)})
    before = len(fleet.requests)
    _run(qtbot, window, "compareInstancesButton")
    outcomes, messages = _outcomes(window), _messages(window)
    assert outcomes == {fleet_id(1): "No such webhook", fleet_id(3): "Same as the form",
                        fleet_id(5): "Failed", fleet_id(6): "Differs"}
    assert messages[fleet_id(1)] == "No webhook with this URL."
    assert "asked for active, stored as inactive" in messages[fleet_id(6)]
    assert all(r.method == "GET" for r in fleet.requests[before:])


def test_a_bad_form_stops_apply_before_anything_is_sent(qtbot, make_window, fleet) -> None:
    window = _demo_window(make_window, fleet)
    type_into(qtbot, window, "urlEdit", "http://insecure.example.com")
    _check(window, {fleet_id(1)})
    before = len(fleet.requests)
    find(window, QPushButton, "applyToInstancesButton").click()
    assert "Fix the webhook form first" in find(window, QLabel, "bulkRunStatus").text()
    assert window.tabs.currentWidget() is window.webhook_page
    assert "https" in find(window, QLabel, "message:url").text()
    assert len(fleet.requests) == before


# -- cancel --------------------------------------------------------------------------------------
def test_cancel_mid_run_says_what_may_have_been_saved(qtbot, make_window, fleet) -> None:
    window = _demo_window(make_window, fleet)
    fleet.faults.put(Fault(path=SET_WEBHOOK_PATH, delay=3600))
    _fill_webhook(qtbot, window, URL, ["message"])
    find(window, QSpinBox, "bulkConcurrencySpin").setValue(2)
    find(window, QAbstractButton, "checkAllInstancesButton").click()
    page = _page(window)
    with qtbot.waitSignal(page.runStarted, timeout=5000):
        find(window, QPushButton, "applyToInstancesButton").click()
        accept_box(wait_for_dialog(qtbot, window, QMessageBox, "applyToInstancesDialog"))
    qtbot.waitUntil(lambda: any(r.path == SET_WEBHOOK_PATH for r in fleet.requests),
                    timeout=10_000)
    with qtbot.waitSignal(page.runFinished, timeout=10_000) as finished:
        find(window, QPushButton, "bulkCancelButton").click()
    kind, results, cancelled = finished.args
    assert cancelled and len(results) == 30
    outcomes = _outcomes(window)
    assert "May have been saved" in outcomes.values()
    assert "Cancelled" in outcomes.values()
    assert "Waiting" not in outcomes.values() and "Working…" not in outcomes.values()
    assert "(cancelled)" in find(window, QLabel, "bulkRunStatus").text()
    assert find(window, QPushButton, "retryFailedButton").isEnabled()


# -- files ---------------------------------------------------------------------------------------
def test_export_instances_without_tokens(qtbot, make_window, fleet, tmp_path: Path) -> None:
    window = _demo_window(make_window, fleet)
    find(window, QPushButton, "exportInstancesButton").click()
    target = tmp_path / "list.csv"
    with qtbot.waitSignal(window.instances_page.written, timeout=5000) as written:
        _run_dialog(window, target)
    assert written.args == [str(target), ""]
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "name,instance_id" and len(lines) == 31
    assert "token" not in target.read_text(encoding="utf-8")


def test_bad_files_are_refused_with_a_reason(qtbot, make_window, fleet, tmp_path: Path) -> None:
    window = make_window(fleet.url)
    page = _page(window)
    latin = tmp_path / "latin1.csv"
    latin.write_bytes("name,instance_id\nCafé,CAFE00000001\n".encode("latin-1"))
    find(window, QPushButton, "importInstancesButton").click()
    with qtbot.waitSignal(page.importFailed, timeout=5000) as failed:
        _run_dialog(window, latin)
    assert "not UTF-8" in failed.args[0]
    assert "Nothing was imported" in find(window, QLabel, "bulkRunStatus").text()
    header = tmp_path / "header.csv"
    header.write_text("id,token\nCAFE00000001,x\n", encoding="utf-8")
    with qtbot.waitSignal(page.importFailed, timeout=5000) as failed:
        page.import_file(str(header))
    assert "name,instance_id,access_token" in failed.args[0]
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.csv"
        os.mkfifo(fifo)
        with qtbot.waitSignal(page.importFailed, timeout=5000) as failed:
            page.import_file(str(fifo))
        assert "not an ordinary file" in failed.args[0]
    assert page.model.rowCount() == 0


def test_no_checked_rows_is_said(qtbot, make_window, fleet) -> None:
    window = _demo_window(make_window, fleet)
    page = _page(window)
    assert not find(window, QPushButton, "testAllButton").isEnabled()
    page.start(Kind.TEST)
    assert "Check the instances" in find(window, QLabel, "bulkRunStatus").text()
