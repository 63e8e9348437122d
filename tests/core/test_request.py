"""The fixed requests (session info, webhook list, delete) and the User-Agent."""

from __future__ import annotations

import platform
import re

from wawp_desktop import __version__
from wawp_desktop.core.request import (
    ApiRequest,
    delete_webhook_request,
    list_webhooks_request,
    session_info_request,
    user_agent,
)


def test_session_info_request_carries_the_credentials_in_the_body() -> None:
    assert session_info_request("ABC123def456", "tok") == ApiRequest(
        "POST", "/v2/session/info", {"instance_id": "ABC123def456", "access_token": "tok"})


def test_list_request_keeps_the_token_out_of_the_url() -> None:
    request = list_webhooks_request("ABC123def456", "tok_secret")
    assert (request.method, request.path, request.body) == ("GET", "/v2/session/webhook", None)
    assert request.params == {"instance_id": "ABC123def456"}
    assert request.headers == {"access-token": "tok_secret"}


def test_delete_request_names_the_url() -> None:
    request = delete_webhook_request("ABC123def456", "tok", "https://a.example/h")
    assert (request.method, request.path) == ("DELETE", "/v2/webhook/delete")
    assert request.body == {"instance_id": "ABC123def456", "access_token": "tok",
                            "url": "https://a.example/h"}


def test_user_agent() -> None:
    agent = user_agent()
    assert agent.startswith(f"WawpDesktop/{__version__} (")
    assert f"Python {platform.python_version()})" in agent
    assert re.fullmatch(r"WawpDesktop/\d+\.\d+\.\d+\S* \([^;()]+; Python [\d.]+\S*\)", agent)


def test_user_agent_without_a_known_os(monkeypatch) -> None:
    monkeypatch.setattr(platform, "system", lambda: "")
    assert "(unknown; Python" in user_agent()
