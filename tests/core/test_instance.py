"""Session info, webhook lists in every loose shape, status levels and profiles."""

from __future__ import annotations

import pytest

from wawp_desktop.core.errors import ErrorKind, WawpError
from wawp_desktop.core.instance import (
    STATUS_LEVELS,
    STATUS_MEANINGS,
    SessionInfo,
    parse_webhook_list,
)
from wawp_desktop.core.normalize import ROOT_KEY, normalize
from wawp_desktop.core.outcome import classify
from wawp_desktop.core.profiles import Profile, profiles_from_data, profiles_to_data, upsert


def test_session_info_failed_state_is_not_an_error() -> None:
    body = b'{"name":"wawp-1","status":"FAILED","me":{"id":"2010@c.us","pushName":"Jo"}}'
    result = classify(200, {}, body, item_key=None, status_is_state=True)
    info = SessionInfo.parse(result.data)
    assert (info.status, info.number, info.push_name) == ("FAILED", "2010", "Jo")
    assert "failed" in info.meaning.lower()


def test_session_info_without_status_is_unexpected() -> None:
    with pytest.raises(WawpError) as info:
        SessionInfo.parse({"name": "x"})
    assert info.value.kind is ErrorKind.UNEXPECTED_SHAPE


@pytest.mark.parametrize(
    "webhooks",
    [
        [{"url": "https://a.example/h", "events": ["message"], "is_active": 1}],
        {"0": {"url": "https://a.example/h", "events": {"0": "message"}, "is_active": "1"}},
    ],
)
def test_list_shapes(webhooks: object) -> None:
    data = normalize({"webhooks": webhooks}, ROOT_KEY)
    [hook] = parse_webhook_list(data)
    assert hook.url == "https://a.example/h"
    assert hook.events == ["message"] and hook.is_active is True


def test_empty_list_as_object_and_system_config_first() -> None:
    data = normalize(
        {
            "webhooks": {},
            "systemConfig": {
                "url": "https://app.wawp.net/api/webhook/t",
                "events": {"0": "message"},
                "is_active": 1,
            },
        },
        ROOT_KEY,
    )
    [hook] = parse_webhook_list(data)
    assert hook.is_system and hook.events == ["message"]


def test_a_single_webhook_object_and_items_without_url() -> None:
    data = {"webhooks": {"url": "https://a.example/h", "events": ["message"]}}
    [hook] = parse_webhook_list(data)
    assert hook.url == "https://a.example/h"
    data = {"webhooks": [{"events": ["message"]}, "junk", {"url": "  "},
                         {"url": "https://b.example/h"}]}
    assert [hook.url for hook in parse_webhook_list(data)] == ["https://b.example/h"]


def test_listed_system_webhook_is_not_duplicated() -> None:
    system = {"url": "https://app.wawp.net/api/webhook/t", "events": ["message"]}
    data = {"webhooks": [system, {"url": "https://a.example/h"}], "systemConfig": system}
    assert [hook.url for hook in parse_webhook_list(data)] == [
        "https://app.wawp.net/api/webhook/t", "https://a.example/h"]


def test_list_in_an_unknown_form_is_unexpected() -> None:
    with pytest.raises(WawpError) as info:
        parse_webhook_list({"webhooks": "none"})
    assert info.value.kind is ErrorKind.UNEXPECTED_SHAPE


def test_every_known_status_has_a_meaning_and_a_level() -> None:
    assert STATUS_LEVELS.keys() == STATUS_MEANINGS.keys()
    assert set(STATUS_LEVELS.values()) <= {"success", "info", "warning", "muted", "error"}
    assert STATUS_LEVELS["WORKING"] == "success" and STATUS_LEVELS["FAILED"] == "error"
    assert "does not know" in SessionInfo("n", "ODD", "", "").meaning


def test_missing_list_is_unexpected() -> None:
    with pytest.raises(WawpError) as info:
        parse_webhook_list({"status": "success"})
    assert info.value.kind is ErrorKind.UNEXPECTED_SHAPE


def test_profiles_round_trip_and_tolerance() -> None:
    data = [
        {"name": "Acme", "instance_id": "ABCDEFGHIJKL"},
        {"name": "dup", "instance_id": "ABCDEFGHIJKL"},
        {"instance_id": "bad"},
        "junk",
    ]
    profiles = profiles_from_data(data)
    assert profiles == [Profile("Acme", "ABCDEFGHIJKL")]
    assert profiles_to_data(profiles) == [{"name": "Acme", "instance_id": "ABCDEFGHIJKL"}]
    renamed = upsert(profiles, Profile("Acme Ltd", "ABCDEFGHIJKL"))
    assert renamed == [Profile("Acme Ltd", "ABCDEFGHIJKL")]
    assert len(upsert(renamed, Profile("B", "BBBBBBBBBBBB"))) == 2


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            b'{"status":"error","code":"webhook_not_found","message":"x"}',
            "No webhook with this URL",
        ),
        (
            b'{"status":"error","code":"instance_not_found","message":"x"}',
            "No instance with this ID",
        ),
        (b"<html>404</html>", "API address may be wrong"),
    ],
)
def test_404_messages_name_what_was_not_found(body: bytes, expected: str) -> None:
    with pytest.raises(WawpError) as info:
        classify(404, {}, body)
    assert info.value.kind is ErrorKind.NOT_FOUND
    assert expected in info.value.message


def test_loopback_api_ignores_proxy_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import run
    from wawp_desktop.core.client import WawpClient

    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")

    async def proxy(base: str) -> object:
        client = WawpClient(base)
        try:
            http = await client._client()  # noqa: SLF001
            assert http.trust_env is False  # the client picks the proxy itself
            return client.proxy
        finally:
            await client.aclose()

    assert run(proxy("http://127.0.0.1:8765")) is None
    chosen = run(proxy("https://api.wawp.net"))
    assert chosen is not None and chosen.source == "HTTPS_PROXY"
