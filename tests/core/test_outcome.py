"""Classification of every kind of answer Wawp can give."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from tests.plain_text import plain
from wawp_desktop.core.errors import RETRYABLE, ErrorKind, WawpError
from wawp_desktop.core.outcome import (
    MAX_SERVER_MESSAGE,
    ApiSuccess,
    classify,
    describe_non_json,
    error_fields,
    parse_json,
    parse_retry_after,
    text_message,
)

WEBHOOK = {
    "url": "https://my-app.com/webhook",
    "events": {"0": "message", "1": "message.ack", "2": "message.edited"},
    "is_active": 1,
    "enabled": True,
    "retries": {"delay": 2, "attempts": 15},
}
SUCCESS = {"status": "success", "message": "Webhook set successfully.", "webhook": WEBHOOK}


def j(value: object) -> bytes:
    return json.dumps(value).encode()


def fail(status: int, body: bytes | str, headers: dict[str, str] | None = None,
         item_key: str | None = "webhook") -> WawpError:
    with pytest.raises(WawpError) as info:
        classify(status, headers or {}, body, item_key=item_key)
    return info.value


# --- success -------------------------------------------------------------------------------


def test_documented_success() -> None:
    result = classify(200, {"Content-Type": "application/json", "X-Req": "1"}, j(SUCCESS))
    assert isinstance(result, ApiSuccess)
    assert result.status == 200
    assert result.message == "Webhook set successfully."
    assert result.item == {
        "url": "https://my-app.com/webhook",
        "events": ["message", "message.ack", "message.edited"],
        "is_active": True,
        "enabled": True,
        "retries": {"delay": 2, "attempts": 15},
    }
    assert result.data["webhook"] is result.item
    assert result.headers == {"content-type": "application/json", "x-req": "1"}
    assert result.raw_body == json.dumps(SUCCESS)


def test_success_from_str_body_and_201() -> None:
    result = classify(201, {}, json.dumps({"webhook": {"url": "https://x.test"}}))
    assert result.item == {"url": "https://x.test"} and result.message == ""


def test_success_with_integer_status_below_400() -> None:
    assert classify(200, {}, j({"status": 200, "webhook": {"url": "u"}})).item == {"url": "u"}


def test_success_with_a_byte_order_mark() -> None:
    result = classify(200, {}, b"\xef\xbb\xbf" + j(SUCCESS))
    assert result.item["events"] == ["message", "message.ack", "message.edited"]


def test_success_without_item_key() -> None:
    info = {"name": "wawp-1", "status": "WORKING", "config": {"webhooks": {}, "proxy": None}}
    result = classify(200, {}, j(info), item_key=None)
    assert result.item is None
    assert result.data["config"] == {"webhooks": [], "proxy": None}


def test_invalid_utf8_is_replaced_not_fatal() -> None:
    body = b'{"status":"success","message":"caf\xe9","webhook":{"url":"u"}}'
    assert classify(200, {}, body).message == "caf\ufffd"


# --- 2xx that is not a success -------------------------------------------------------------


@pytest.mark.parametrize("status_value", ["error", "ERROR", "failed", "fail"])
def test_2xx_with_status_error_is_an_error(status_value: str) -> None:
    err = fail(200, j({"status": status_value, "message": "Invalid URL provided"}))
    assert err.kind is ErrorKind.SERVER_REPORTED_ERROR
    assert "said the request failed" in err.message
    assert "Invalid URL provided" in err.message
    assert err.server_message == "Invalid URL provided"
    assert err.status == 200


def test_2xx_with_status_error_even_when_a_webhook_is_present() -> None:
    err = fail(200, j({"status": "error", "webhook": {"url": "u"}}))
    assert err.kind is ErrorKind.SERVER_REPORTED_ERROR


@pytest.mark.parametrize(
    ("status", "kind"),
    [(500, ErrorKind.SERVER_ERROR), (401, ErrorKind.UNAUTHORIZED), (404, ErrorKind.NOT_FOUND)],
)
def test_2xx_with_integer_error_status_in_body(status: int, kind: ErrorKind) -> None:
    """An HTTP 200 whose body carries an error status is read as that status."""
    err = fail(200, j({"status": status, "message": "Internal failure", "error": "Boom happened"}))
    assert err.kind is kind


def test_2xx_with_uppercase_error_code_string() -> None:
    err = fail(200, j({"status": "error", "error": "SUBSCRIPTION_REQUIRED"}))
    assert err.kind is ErrorKind.SUBSCRIPTION_REQUIRED


def test_2xx_empty_object_is_an_empty_answer() -> None:
    err = fail(200, b"{}")
    assert err.kind is ErrorKind.UNEXPECTED_SHAPE


@pytest.mark.parametrize("flag", [{"success": False}, {"ok": False}, {"error": "Something broke"}])
def test_2xx_with_other_failure_markers(flag: dict) -> None:
    err = fail(200, j({**flag, "webhook": {"url": "u"}}))
    assert err.kind is ErrorKind.SERVER_REPORTED_ERROR


def test_2xx_with_subscription_code_is_the_subscription_error() -> None:
    err = fail(200, j({"status": "error", "code": "subscription_required"}))
    assert err.kind is ErrorKind.SUBSCRIPTION_REQUIRED
    assert "paid plan" in err.message


def test_2xx_with_webhook_missing() -> None:
    err = fail(200, j({"status": "success", "message": "ok"}))
    assert err.kind is ErrorKind.UNEXPECTED_SHAPE
    assert "“webhook”" in plain(err.message) and "was missing" in err.message


@pytest.mark.parametrize("value", ["https://x", ["a"], 1, {}, {"0": "a"}])
def test_2xx_with_webhook_of_wrong_type(value: object) -> None:
    err = fail(200, j({"status": "success", "webhook": value}))
    assert err.kind is ErrorKind.UNEXPECTED_SHAPE
    assert "had the wrong form" in err.message


@pytest.mark.parametrize("body", [b"[]", b'[{"url": "u"}]', b'"success"', b"null", b"42", b"true"])
def test_2xx_json_that_is_not_an_object(body: bytes) -> None:
    err = fail(200, body)
    assert err.kind is ErrorKind.UNEXPECTED_SHAPE
    assert "expected form" in err.message
    assert err.raw_body == body.decode()


def test_2xx_empty_object_without_item_key() -> None:
    err = fail(200, b"{}", item_key=None)
    assert err.kind is ErrorKind.UNEXPECTED_SHAPE


@pytest.mark.parametrize(
    ("body", "what"),
    [
        (b"<!DOCTYPE html><html><body>Maintenance</body></html>", "a web page (HTML)"),
        (b"\n  <html><head></head></html>", "a web page (HTML)"),
        (b'<?xml version="1.0"?><response><ok/></response>', "an XML document"),
        (b"<response>ok</response>", "an XML document"),
        (b"OK", "plain text"),
        (b"{broken json", "plain text"),
        (b"", "an empty answer"),
        (b"   \n", "an empty answer"),
    ],
)
def test_2xx_that_is_not_json(body: bytes, what: str) -> None:
    err = fail(200, body)
    assert err.kind is ErrorKind.NOT_JSON
    assert err.message.startswith(f"Wawp sent {what} instead of data.")
    assert err.status == 200


# --- HTTP errors ---------------------------------------------------------------------------


def test_401() -> None:
    err = fail(401, j({"status": "error", "message": "Invalid access token"}))
    assert err.kind is ErrorKind.UNAUTHORIZED
    assert "access token" in err.message and "Copy it again" in err.message
    assert err.status == 401 and err.server_message == "Invalid access token"
    assert err.kind not in RETRYABLE


def test_401_without_body() -> None:
    assert fail(401, b"").kind is ErrorKind.UNAUTHORIZED


@pytest.mark.parametrize(
    "body",
    [
        {"status": "error", "code": "subscription_required", "message": "Upgrade needed"},
        {"status": 403, "message": "Upgrade needed", "error": "subscription_required"},
        {"status": 403, "error": {"code": "subscription_required", "message": "Upgrade needed"}},
        {"code": "SUBSCRIPTION_REQUIRED", "message": "Upgrade needed"},
    ],
    ids=["code", "error-string", "error-object", "upper-case-code"],
)
def test_403_subscription_required(body: dict) -> None:
    err = fail(403, j(body))
    assert err.kind is ErrorKind.SUBSCRIPTION_REQUIRED
    assert "free plan" in err.message and "paid plan" in err.message
    assert err.code is not None and err.code.lower() == "subscription_required"
    assert err.server_message == "Upgrade needed"
    assert err.status == 403
    assert err.title == "Webhooks need a paid Wawp plan"


def test_403_quota_reached() -> None:
    err = fail(403, j({"status": "error", "code": "quota_reached", "message": "Limit"}))
    assert err.kind is ErrorKind.QUOTA_REACHED
    assert "limit" in err.message and "upgrade" in err.message


def test_403_quota_reached_in_error_string() -> None:
    assert fail(403, j({"error": "quota_reached"})).kind is ErrorKind.QUOTA_REACHED


def test_403_other_is_forbidden_with_server_message() -> None:
    err = fail(403, j({"status": 403, "message": "IP not allowed", "error": "ip_blocked"}))
    assert err.kind is ErrorKind.FORBIDDEN
    assert err.code == "ip_blocked"
    assert err.message == "Wawp refused this request for this instance. Wawp says: “IP not allowed”"


def test_403_html_is_forbidden_without_server_message() -> None:
    err = fail(403, b"<html><body><h1>403 Forbidden</h1></body></html>")
    assert err.kind is ErrorKind.FORBIDDEN
    assert err.server_message is None
    assert err.message == "Wawp refused this request for this instance."


def test_404() -> None:
    err = fail(404, j({"status": "error", "message": "Instance not found"}))
    assert err.kind is ErrorKind.NOT_FOUND
    assert "No instance with this ID" in err.message


def test_404_invalid_session() -> None:
    err = fail(404, j({"status": "error", "code": "invalid_session", "message": "x"}))
    assert err.kind is ErrorKind.NOT_FOUND
    assert "session is gone" in err.message and "Reconnect" in err.message
    assert err.code == "invalid_session"


@pytest.mark.parametrize("status", [400, 422])
def test_400_and_422_show_the_json_message(status: int) -> None:
    err = fail(status, j({"status": "error", "message": "The url field is required."}))
    assert err.kind is ErrorKind.VALIDATION
    assert err.message == "The url field is required."


def test_400_message_in_error_object() -> None:
    err = fail(400, j({"error": {"code": "bad_events", "message": "events must be an array"}}))
    assert err.kind is ErrorKind.VALIDATION
    assert err.code == "bad_events"
    assert err.message == "events must be an array"


def test_400_with_xml_message() -> None:
    body = (b'<?xml version="1.0" encoding="UTF-8"?>\n<response><status>400</status>'
            b"<message>Missing parameter:\n   url</message></response>")
    err = fail(400, body)
    assert err.kind is ErrorKind.VALIDATION
    assert err.message == "Missing parameter: url"
    assert err.data is None and err.raw_body == body.decode()


def test_400_with_xml_error_element() -> None:
    err = fail(400, b"<error><code>E1</code><detail>Bad <b>events</b></detail></error>")
    assert err.kind is ErrorKind.VALIDATION
    assert " ".join(err.message.split()).endswith("Bad events")  # the message, not the code
    assert "E1" not in err.message and err.code == "E1"


def test_400_with_plain_text() -> None:
    err = fail(400, b"Missing required parameter: instance_id\n")
    assert err.kind is ErrorKind.VALIDATION
    assert err.message == "Missing required parameter: instance_id"


@pytest.mark.parametrize("body", [b"", b"<html><body>Bad Request</body></html>", b"{}", b"[]"])
def test_400_without_a_readable_message_has_a_default(body: bytes) -> None:
    err = fail(400, body)
    assert err.kind is ErrorKind.VALIDATION
    assert "missing something or has a wrong value" in err.message


@pytest.mark.parametrize("flag", [{"success": False}, {"ok": False}, {"error": "boom happened"}])
def test_numeric_status_200_does_not_hide_a_failure_flag(flag: dict) -> None:
    body = {"status": 200, "webhook": {"url": "https://x.example/h", "events": ["message"]}}
    err = fail(200, j(body | flag))
    assert err.kind is ErrorKind.SERVER_REPORTED_ERROR


def test_retry_after_with_non_ascii_digits_is_ignored() -> None:
    assert parse_retry_after("²") is None  # found by hypothesis
    assert parse_retry_after("３０") is None


def test_429_with_retry_after_seconds() -> None:
    err = fail(429, j({"message": "slow down"}), {"Retry-After": "30"})
    assert err.kind is ErrorKind.RATE_LIMITED
    assert err.retry_after == 30.0
    assert "wait 30 s" in err.message
    assert (err.kind in RETRYABLE)


def test_429_with_retry_after_http_date() -> None:
    when = datetime.now(UTC) + timedelta(seconds=120)
    err = fail(429, b"", {"retry-after": format_datetime(when, usegmt=True)})
    assert err.kind is ErrorKind.RATE_LIMITED
    assert err.retry_after is not None and 100 <= err.retry_after <= 120
    assert "before trying again" in err.message


def test_429_without_retry_after() -> None:
    err = fail(429, b"Too Many Requests")
    assert err.kind is ErrorKind.RATE_LIMITED
    assert err.retry_after is None
    assert "Wait a moment" in err.message


@pytest.mark.parametrize("status", [500, 502, 503])
@pytest.mark.parametrize(
    "body",
    [b"", b"<!DOCTYPE html><html><body>Bad Gateway</body></html>", b'{"status":"error"}', b"oops"],
    ids=["empty", "html", "json", "text"],
)
def test_5xx(status: int, body: bytes) -> None:
    err = fail(status, body)
    assert err.kind is ErrorKind.SERVER_ERROR
    assert f"HTTP {status}" in err.message
    assert "probably not saved" in err.message
    assert err.status == status
    assert (err.kind in RETRYABLE)


def test_503_with_retry_after() -> None:
    err = fail(503, b"", {"Retry-After": "90"})
    assert err.retry_after == 90.0
    assert "wait 90 s" in err.message


@pytest.mark.parametrize("status", [301, 302, 405, 409, 418])
def test_other_statuses_are_unexpected(status: int) -> None:
    err = fail(status, j({"message": "Method not allowed here"}))
    assert err.kind is ErrorKind.HTTP_ERROR
    assert f"HTTP {status}" in err.message
    assert "Method not allowed here" in err.message


def test_integer_status_in_body_does_not_override_http_status() -> None:
    err = fail(400, j({"status": 403, "message": "Missing events", "error": "Bad request"}))
    assert err.kind is ErrorKind.VALIDATION
    assert err.message == "Missing events"


def test_error_keeps_raw_body_and_normalized_data() -> None:
    err = fail(400, j({"status": "error", "message": "m", "details": {"0": "a"}}))
    assert err.raw_body == json.dumps({"status": "error", "message": "m", "details": {"0": "a"}})
    assert err.data == {"status": "error", "message": "m", "details": ["a"]}


# --- long messages -------------------------------------------------------------------------


def test_long_json_message_is_truncated_to_300() -> None:
    err = fail(400, j({"message": "x" * 1000}))
    assert len(err.message) == MAX_SERVER_MESSAGE == 300
    assert err.message.endswith("…")
    assert err.message[:-1] == "x" * 299


def test_long_text_message_is_truncated() -> None:
    err = fail(422, ("word " * 200).encode())
    assert len(err.message) == 300 and err.message.endswith("…")


def test_long_server_message_inside_a_sentence() -> None:
    err = fail(403, j({"message": "y" * 500}))
    assert err.server_message is not None and len(err.server_message) == 300
    assert err.message.endswith("“" + "y" * 299 + "…”")


def test_message_whitespace_is_collapsed() -> None:
    assert fail(400, j({"message": "  a\n\n b\t c "})).message == "a b c"


# --- helpers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"code": "c_one", "message": "M"}, ("c_one", "M")),
        ({"error": "some_code"}, ("some_code", None)),
        ({"error": "A readable sentence."}, (None, "A readable sentence.")),
        ({"error": {"code": "c2", "message": "inner"}}, ("c2", "inner")),
        ({"code": "outer", "error": {"code": "inner", "message": "m"}}, ("outer", "m")),
        ({"message": "outer", "error": "Inner text"}, (None, "outer")),
        ({"code": 403, "message": 5}, (None, None)),
        ({"code": "  ", "message": "  "}, (None, None)),
        ({"code": " padded "}, ("padded", None)),
        ([], (None, None)),
        ("text", (None, None)),
        (None, (None, None)),
    ],
)
def test_error_fields(data: object, expected: tuple) -> None:
    assert error_fields(data) == expected


def test_parse_json() -> None:
    assert parse_json('{"a": 1}') == (True, {"a": 1})
    assert parse_json("null") == (True, None)
    assert parse_json("") == (False, None)
    assert parse_json("nope") == (False, None)
    assert parse_json("[" * 100_000) == (False, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "an empty answer"),
        ("<!doctype HTML><p>x", "a web page (HTML)"),
        ("<?xml version='1.0'?><a/>", "an XML document"),
        ("Service Unavailable", "plain text"),
    ],
)
def test_describe_non_json(text: str, expected: str) -> None:
    assert describe_non_json(text) == expected


def test_text_message() -> None:
    assert text_message("<html><body>x</body></html>") is None
    assert text_message("") is None
    assert text_message("<response><message>Hi there</message></response>") == "Hi there"
    assert text_message("<MESSAGE lang='en'>Upper</MESSAGE>") == "Upper"
    assert text_message("plain   words") == "plain words"


NOW = datetime(2025, 1, 1, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        (" 5 ", 5.0),
        ("0", 0.0),
        ("999999999", 86_400.0),
        ("Wed, 01 Jan 2025 12:01:30 GMT", 90.0),
        ("Wed, 01 Jan 2025 11:00:00 GMT", 0.0),
        ("Wed, 01 Jan 2025 12:00:10 -0000", 10.0),
        ("Fri, 10 Jan 2025 12:00:00 GMT", 86_400.0),
        (None, None),
        ("", None),
        ("soon", None),
        ("1.5", None),
        ("-5", None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, now=NOW) == expected


# ---- nesting depth: nothing downstream may recurse past Python's limit ----------------------


def _deep(depth: int, opener: str = "[", closer: str = "]", leaf: str = "1") -> str:
    return opener * depth + leaf + closer * depth


@pytest.mark.parametrize("depth", [101, 700, 950, 1_000, 5_000, 100_000])
@pytest.mark.parametrize(("opener", "closer"), [("[", "]"), ('{"a":', "}"), ('{"0":', "}")])
def test_an_answer_nested_too_deeply_is_a_clear_error(depth, opener, closer) -> None:
    body = '{"status": "success", "webhook": ' + _deep(depth, opener, closer) + "}"
    error = fail(200, body)
    assert error.kind is ErrorKind.UNEXPECTED_SHAPE
    assert "nested more than 100 levels deep" in error.message
    assert error.data is None and error.raw_body == body


def test_a_deep_error_answer_keeps_its_http_meaning() -> None:
    error = fail(503, '{"message": ' + _deep(800) + "}")
    assert error.kind is ErrorKind.SERVER_ERROR and error.data is None


def test_an_answer_at_the_depth_limit_is_read_and_can_be_walked_recursively() -> None:
    from wawp_desktop.core.history import bounded_answer
    from wawp_desktop.core.preview import shrink

    webhook = {"url": "https://x.example/h", "deep": json.loads(_deep(97))}
    body = json.dumps({"status": "success", "webhook": webhook})  # 100 levels in all
    result = classify(200, {}, body)

    def under_frames(frames: int) -> None:  # as in the app: qasync and Qt frames below
        if frames:
            return under_frames(frames - 1)
        json.dumps(shrink(result.data))
        json.dumps(bounded_answer(result.data, ["secret"]))

    under_frames(300)


def test_load_json_limits() -> None:
    from wawp_desktop.core.outcome import JsonTooDeep, load_json, nesting_exceeds

    assert load_json("\ufeff[[1]]", max_depth=2) == [[1]]
    with pytest.raises(JsonTooDeep):
        load_json("[[[1]]]", max_depth=2)
    with pytest.raises(JsonTooDeep):
        load_json("[" * 100_000 + "]" * 100_000)  # json.loads' own RecursionError
    with pytest.raises(ValueError):
        load_json(" ")
    assert parse_json(_deep(200)) == (True, json.loads(_deep(200)))
    assert parse_json(_deep(201)) == (False, None)
    # Many brackets side by side are not depth.
    assert load_json("[" + ",".join(["[]"] * 5_000) + "]", max_depth=2)
    assert nesting_exceeds({"a": [{"b": []}]}, 3) and not nesting_exceeds({"a": [{"b": 1}]}, 3)
    assert not nesting_exceeds("text", 0)
