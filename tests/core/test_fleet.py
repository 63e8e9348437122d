"""Many instances: the CSV list (import and export) and bulk runs against the sandbox."""

from __future__ import annotations

import asyncio
import os
import threading
from pathlib import Path

import pytest

from tests.conftest import run
from tests.plain_text import plain
from wawp_desktop.core.client import WawpClient
from wawp_desktop.core.fleet.bulk import BulkRun, Target, hooks_summary
from wawp_desktop.core.fleet.results import Kind, Outcome, report_csv, summary
from wawp_desktop.core.fleet.roster import (
    MAX_FILE_BYTES,
    RosterFileError,
    RowAction,
    parse_roster,
    read_roster_file,
    roster_csv,
)
from wawp_desktop.core.i18n import ltr
from wawp_desktop.core.profiles import Profile
from wawp_desktop.core.request import SET_WEBHOOK_PATH
from wawp_desktop.core.webhook import WebhookConfig
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

URL = "https://hooks.example.com/fleet"


# -- import ---------------------------------------------------------------------------------------
def test_import_gives_every_row_a_result_and_keeps_tokens_apart() -> None:
    text = ("name,instance_id,access_token\n"
            "Nile Bakery,NILEBAKERY01,tok-nile-0001\n"
            "Bad,SHORT,tok\n"
            "Twice,NILEBAKERY01,tok-other-002\n"
            "No token,NOTOKEN00001,\n"
            "Renamed,KNOWN0000001,\n"
            "Same,KNOWN0000002\n"
            "\n"
            "Bad token,BADTOKEN0001,has space\n")
    current = [Profile("Old name", "KNOWN0000001"), Profile("Same", "KNOWN0000002")]
    result = parse_roster(text, current)
    actions = [(row.line, row.action) for row in result.rows]
    assert actions == [(2, RowAction.ADDED), (3, RowAction.REFUSED), (4, RowAction.REFUSED),
                       (5, RowAction.ADDED), (6, RowAction.UPDATED), (7, RowAction.UNCHANGED),
                       (9, RowAction.REFUSED)]
    assert "bad instance ID" in result.rows[1].reason
    assert "duplicate" in result.rows[2].reason and "line 2" in result.rows[2].reason
    assert "access token" in result.rows[6].reason
    assert result.tokens == {"NILEBAKERY01": "tok-nile-0001"}
    assert [p.instance_id for p in result.profiles] == [
        "KNOWN0000001", "KNOWN0000002", "NILEBAKERY01", "NOTOKEN00001"]
    assert result.profiles[0].name == "Renamed"
    assert "tok-nile" not in repr(result) and "tok-nile" not in " ".join(
        r.text for r in result.rows)
    assert result.summary.startswith("7 rows: 2 added, 1 updated, 1 unchanged, 3 refused")


def test_token_column_is_optional_and_header_is_required() -> None:
    result = parse_roster("\ufeffName, Instance ID\nA,AAAAAAAAAAA1\n", [])
    assert [r.action for r in result.rows] == [RowAction.ADDED] and not result.tokens
    for bad in ("instance_id,token\nAAAAAAAAAAA1,x\n", "AAAAAAAAAAA1,Shop\n", ""):
        with pytest.raises(RosterFileError) as info:
            parse_roster(bad, [])
        assert "name,instance_id,access_token" in info.value.message


def test_a_short_row_is_refused_with_its_reason() -> None:
    result = parse_roster("name,instance_id\nLonely\n", [])
    assert result.rows[0].action is RowAction.REFUSED
    assert "instance_id column is missing" in result.rows[0].reason


def test_latin1_file_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("name,instance_id\nCafé,CAFE00000001\n".encode("latin-1"))
    with pytest.raises(RosterFileError) as info:
        read_roster_file(str(path), [])
    assert "not UTF-8" in info.value.message and "line 2" in info.value.message


def test_bom_utf8_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes("name,instance_id\nCafé,CAFE00000001\n".encode("utf-8-sig"))
    assert read_roster_file(str(path), []).profiles == [Profile("Café", "CAFE00000001")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    outcome: list[object] = []

    def read() -> None:
        try:
            read_roster_file(str(fifo), [])
        except RosterFileError as exc:
            outcome.append(exc.message)

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # unblock the reader before failing
        with open(fifo, "wb"):
            pass
    assert not worker.is_alive(), "reading a FIFO blocked"
    assert outcome and "not an ordinary file" in str(outcome[0])


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_device_is_refused() -> None:
    with pytest.raises(RosterFileError, match="not an ordinary file"):
        read_roster_file("/dev/zero", [])


def test_large_and_missing_files_are_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(RosterFileError, match="larger than 5 MB"):
        read_roster_file(str(big), [])
    with pytest.raises(RosterFileError, match="does not exist"):
        read_roster_file(str(tmp_path / "nope.csv"), [])


def test_export_has_no_tokens_and_reimports() -> None:
    profiles = [Profile("=HYPERLINK(1)", "AAAAAAAAAAA1"), Profile("Shop, Ltd", "BBBBBBBBBBB2")]
    text = roster_csv(profiles)
    assert text.splitlines()[0] == "name,instance_id"
    assert "'=HYPERLINK" in text  # a spreadsheet shows it as text, not a formula
    assert parse_roster(text, []).profiles == profiles


def test_demo_csv_round_trips_with_tokens() -> None:
    accounts = fleet_accounts()
    result = parse_roster(fleet_csv(accounts), [])
    assert len(result.profiles) == 30 and len(result.tokens) == 30
    assert result.tokens[fleet_id(WRONG_TOKEN_NUMBER)].endswith("-old")


# -- bulk runs ------------------------------------------------------------------------------------
def _targets(count: int = 24, *, drop_token: int | None = 2) -> list[Target]:
    accounts = fleet_accounts(count)
    return [Target(a.instance_id, a.label, "" if n == drop_token else a.access_token)
            for n, a in enumerate(accounts, start=1)]


@pytest.fixture
def fleet() -> SandboxServer:
    server = SandboxServer(latency_ms=40)
    seed_fleet(server.state)
    server.start()
    yield server
    server.stop()


async def _run(server: SandboxServer, bulk: BulkRun) -> list:
    client = WawpClient(server.url)
    try:
        return await bulk.run(client)
    finally:
        await client.aclose()


def test_apply_mixes_outcomes_within_the_bound(fleet: SandboxServer) -> None:
    config = WebhookConfig(url=URL, name="Fleet", events=["message", "message.ack"])
    seen: list[tuple[int, Outcome]] = []
    bulk = BulkRun(Kind.APPLY, _targets(), config=config, bound=5,
                   progress=lambda i, r: seen.append((i, r.outcome)))
    results = run(_run(fleet, bulk))
    by_id = {r.instance_id: r for r in results}
    assert len(results) == 24 and bulk.done == 24
    assert by_id[fleet_id(2)].outcome is Outcome.NEEDS_TOKEN
    for number in FREE_NUMBERS:
        assert by_id[fleet_id(number)].outcome is Outcome.FAILED
        assert "paid" in by_id[fleet_id(number)].message
    assert "token" in by_id[fleet_id(WRONG_TOKEN_NUMBER)].message.lower()
    assert by_id[fleet_id(1)].outcome is Outcome.SAVED
    assert "Verified" in by_id[fleet_id(1)].message
    assert by_id[fleet_id(FAILED_NUMBER)].outcome is Outcome.SAVED  # webhooks work regardless
    assert 1 < fleet.max_in_flight <= 5, fleet.max_in_flight
    assert 1 < bulk.max_in_flight <= 5
    assert summary(Kind.APPLY, results).startswith("Applied to 24 instances: ")
    assert all(outcome is not Outcome.PENDING for _, outcome in seen)
    # a second run sends nothing where the webhook is already as asked
    before = len(fleet.requests)
    again = run(_run(fleet, BulkRun(Kind.APPLY, _targets(), config=config, bound=5)))
    assert {r.outcome for r in again if r.instance_id == fleet_id(1)} == {Outcome.UNCHANGED}
    sets = [r for r in fleet.requests[before:] if r.path == SET_WEBHOOK_PATH]
    assert sets == []


def test_apply_updates_only_what_differs(fleet: SandboxServer) -> None:
    crm = fleet_id(3)  # has the CRM webhook with other events and retries
    config = WebhookConfig(url=CRM_URL, name="CRM", events=["message", "message.ack"],
                           retry_delay=5, retry_attempts=10, is_active=True)
    target = next(t for t in _targets() if t.instance_id == crm)
    results = run(_run(fleet, BulkRun(Kind.APPLY, [target], config=config)))
    assert results[0].outcome is Outcome.UNCHANGED
    config.events = ["message"]
    results = run(_run(fleet, BulkRun(Kind.APPLY, [target], config=config)))
    sent = [r for r in fleet.requests if r.method == "PATCH"][-1].json
    assert results[0].outcome is Outcome.SAVED
    assert sent["events"] == ["message"] and "retries" not in sent and "name" not in sent


def test_compare_reports_differences(fleet: SandboxServer) -> None:
    config = WebhookConfig(url=CRM_URL, events=["message"], retry_delay=5, retry_attempts=10)
    targets = [t for t in _targets() if t.instance_id in (fleet_id(1), fleet_id(3),
                                                            fleet_id(6))]
    results = run(_run(fleet, BulkRun(Kind.COMPARE, targets, config=config)))
    by_id = {r.instance_id: r for r in results}
    assert by_id[fleet_id(1)].outcome is Outcome.MISSING
    assert by_id[fleet_id(1)].message == "No webhook with this URL."
    assert by_id[fleet_id(3)].outcome is Outcome.DIFFERS
    assert "message.ack not asked for" in plain(by_id[fleet_id(3)].message)
    assert any("inactive" in d for d in by_id[fleet_id(6)].details)
    assert not [r for r in fleet.requests if r.method in ("POST", "PATCH")
                and r.path != "/v2/session/info"]


def test_test_all_reports_sessions_and_webhooks(fleet: SandboxServer) -> None:
    results = run(_run(fleet, BulkRun(Kind.TEST, _targets(), bound=8)))
    by_id = {r.instance_id: r for r in results}
    assert by_id[fleet_id(1)].outcome is Outcome.CONNECTED
    assert by_id[fleet_id(3)].hooks == "2 webhooks, CRM active"
    assert by_id[fleet_id(FAILED_NUMBER)].outcome is Outcome.SESSION_PROBLEM
    assert by_id[fleet_id(FAILED_NUMBER)].status == "FAILED"
    assert by_id[fleet_id(5)].hooks == "free plan: no webhooks"
    assert by_id[fleet_id(WRONG_TOKEN_NUMBER)].outcome is Outcome.FAILED


def test_system_webhook_is_never_disabled_in_bulk(fleet: SandboxServer) -> None:
    system = fleet.state.get(fleet_id(1)).system_webhook_url
    config = WebhookConfig(url=system, events=["message"], is_active=False)
    before = len(fleet.requests)
    results = run(_run(fleet, BulkRun(Kind.APPLY, _targets(3, drop_token=None),
                                      config=config)))
    assert {r.outcome for r in results} == {Outcome.REFUSED}
    assert "system webhook" in results[0].message and len(fleet.requests) == before


class _SpyClient(WawpClient):
    """Sets ``sending`` when a save leaves (the sandbox holds it with a fault)."""

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.sending = asyncio.Event()

    async def call(self, request, **kwargs):  # noqa: ANN001, ANN003, ANN201
        if request.path == SET_WEBHOOK_PATH:
            self.sending.set()
        return await super().call(request, **kwargs)


def test_cancel_reports_what_may_have_been_saved(fleet: SandboxServer) -> None:
    fleet.faults.put(Fault(path=SET_WEBHOOK_PATH, delay=3600))
    config = WebhookConfig(url=URL, events=["message"])
    targets = [t for t in _targets(24, drop_token=None) if t.instance_id == fleet_id(1)]
    targets += [t for t in _targets(24, drop_token=None) if t.instance_id != fleet_id(1)][:5]
    bulk = BulkRun(Kind.APPLY, targets, config=config, bound=1)

    async def scenario() -> None:
        client = _SpyClient(fleet.url)
        task = asyncio.create_task(bulk.run(client))
        await client.sending.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await client.aclose()

    run(scenario())
    outcomes = [r.outcome for r in bulk.results]
    assert outcomes[0] is Outcome.MAY_HAVE_SAVED and "may have been saved" in \
        bulk.results[0].message
    assert outcomes[1:] == [Outcome.CANCELLED] * 5
    assert bulk.cancelled and "Not started" in bulk.results[1].message


def test_report_csv_has_no_secrets() -> None:
    token = "super-secret-token-123"
    from wawp_desktop.core.fleet.results import Result

    rows = [Result("AAAAAAAAAAA1", "=Shop", Outcome.FAILED, f"echo {token}", ("a", "b"))]
    text = report_csv(rows, [token])
    assert token not in text and "'=Shop" in text and "a; b" in text
    assert text.splitlines()[0].startswith("instance_id,")


def test_hooks_summary_words() -> None:
    from wawp_desktop.core.webhook import StoredWebhook

    hooks = [StoredWebhook.parse({"url": "https://app.wawp.net/api/webhook/x", "is_active": 1}),
             StoredWebhook.parse({"url": CRM_URL, "name": "CRM", "is_active": 1}),
             StoredWebhook.parse({"url": "https://orders.example.com/h", "is_active": 0})]
    host = ltr("orders.example.com")  # a host name stays left-to-right in Arabic
    assert hooks_summary(hooks) == f"3 webhooks, CRM active, {host} inactive"



def test_fleet_core_imports_no_qt() -> None:
    import subprocess
    import sys

    code = ("import sys, wawp_desktop.core.fleet.bulk, wawp_desktop.core.fleet.roster, "
            "wawp_desktop.core.fleet.results; "
            "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "[]"
