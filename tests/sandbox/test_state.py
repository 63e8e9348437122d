"""The sandbox's in-memory state and demo data."""

from __future__ import annotations

import json
import re
import threading

import pytest

from wawp_desktop.core.validation import check_instance_id
from wawp_desktop.sandbox import (
    ALL_DEMO_ACCOUNTS,
    DEMO_ACCOUNTS,
    DEMO_FREE_ID,
    DEMO_FREE_TOKEN,
    DEMO_PAID_ID,
    DEMO_PAID_TOKEN,
    DEMO_QR_ID,
    ApiCall,
    Instance,
    SandboxState,
    dispatch,
)
from wawp_desktop.sandbox.state import STATUSES, SYSTEM_WEBHOOK_PREFIX


def test_demo_constants() -> None:
    assert (DEMO_PAID_ID, DEMO_PAID_TOKEN) == ("DEMOPAID0001", "sandbox-paid-token-0001")
    assert (DEMO_FREE_ID, DEMO_FREE_TOKEN) == ("DEMOFREE0001", "sandbox-free-token-0001")
    assert [(a.label, a.instance_id, a.plan) for a in DEMO_ACCOUNTS] == [
        ("Paid plan demo", DEMO_PAID_ID, "paid"),
        ("Free plan demo", DEMO_FREE_ID, "free"),
    ]
    for account in ALL_DEMO_ACCOUNTS:
        assert check_instance_id(account.instance_id) is None  # the app's own rule accepts it
    assert len({a.instance_id for a in ALL_DEMO_ACCOUNTS}) == len(ALL_DEMO_ACCOUNTS)


def test_demo_state_holds_every_demo_instance_fresh() -> None:
    first, second = SandboxState.demo(), SandboxState.demo()
    assert first.instance_ids() == [a.instance_id for a in ALL_DEMO_ACCOUNTS]
    paid = first.get(DEMO_PAID_ID)
    assert paid is not None
    assert paid.plan == "paid" and paid.status == "WORKING"
    assert paid.name == "wawp-84729105"
    assert paid.me == {"id": "201000000001@c.us", "pushName": "Paid Demo"}
    assert paid.system_webhook_url.startswith(SYSTEM_WEBHOOK_PREFIX)
    paid.webhooks.append({"url": "https://x.example"})
    assert second.webhooks(DEMO_PAID_ID) == []  # no state shared between states
    qr = first.get(DEMO_QR_ID)
    assert qr is not None and qr.status == "SCAN_QR_CODE" and qr.me is None


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"instance_id": "SHORT"}, "12 letters"),
        ({"instance_id": "ABCDEFGHIJK!"}, "12 letters"),
        ({"plan": "gold"}, "plan"),
        ({"status": "RUNNING"}, "status"),
        ({"access_token": ""}, "access_token"),
    ],
)
def test_instance_rejects_bad_values(kwargs: dict[str, str], error: str) -> None:
    values = {"instance_id": "ABCDEFGHIJKL", "access_token": "t"} | kwargs
    with pytest.raises(ValueError, match=error):
        Instance(**values)


def test_instance_defaults_and_put_webhook_in_place() -> None:
    instance = Instance("ABCDEFGHIJKL", "token")
    assert re.fullmatch(r"wawp-\d{8}", instance.name)
    assert re.fullmatch(r"https://app\.wawp\.net/api/webhook/[0-9a-f]{32}",
                        instance.system_webhook_url)
    assert instance.put_webhook({"url": "https://a.example", "n": 1}) is True
    assert instance.put_webhook({"url": "https://b.example", "n": 2}) is True
    assert instance.put_webhook({"url": "https://a.example", "n": 3}) is False
    assert instance.webhooks == [{"url": "https://a.example", "n": 3},
                                 {"url": "https://b.example", "n": 2}]
    assert instance.find_webhook("https://b.example") == 1
    assert instance.find_webhook("https://c.example") is None


@pytest.mark.parametrize("status", STATUSES)
def test_create_instance(status: str) -> None:
    state = SandboxState()
    one = state.create_instance(status=status)
    two = state.create_instance(plan="free", status=status)
    assert one.instance_id != two.instance_id and one.access_token != two.access_token
    assert check_instance_id(one.instance_id) is None
    assert state.get(two.instance_id) is two and two.plan == "free"
    assert (one.me is None) == (status in ("STOPPED", "STARTING", "SCAN_QR_CODE"))


def test_webhooks_returns_a_copy() -> None:
    state = SandboxState.demo()
    instance = state.get(DEMO_PAID_ID)
    assert instance is not None
    instance.put_webhook({"url": "https://a.example", "events": ["message"]})
    copy = state.webhooks(DEMO_PAID_ID)
    copy[0]["events"].append("poll.vote")
    assert instance.webhooks[0]["events"] == ["message"]
    assert state.webhooks("NOSUCHID0000") == []


def test_concurrent_sets_lose_nothing() -> None:
    state = SandboxState.demo()
    barrier = threading.Barrier(8)

    def worker(index: int) -> None:
        barrier.wait()
        for round_ in range(20):
            body = {
                "instance_id": DEMO_PAID_ID, "access_token": DEMO_PAID_TOKEN,
                "url": f"https://h{index}.example/{round_ % 5}", "events": ["message"],
            }
            call = ApiCall("POST", "/v2/webhook/set", body=json.dumps(body).encode())
            answer = dispatch(state, call)
            assert answer.status == 200

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    urls = [hook["url"] for hook in state.webhooks(DEMO_PAID_ID)]
    assert len(urls) == len(set(urls)) == 8 * 5
