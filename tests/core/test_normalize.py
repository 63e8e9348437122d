"""Repairs of Wawp's loose PHP shapes."""

from __future__ import annotations

import pytest

from wawp_desktop.core.normalize import as_list, normalize, to_bool, to_int

# --- to_bool -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1, True),
        (0, False),
        ("1", True),
        ("0", False),
        (True, True),
        (False, False),
        ("true", True),
        ("false", False),
        ("TRUE", True),
        (" False ", False),
        ("yes", True),
        ("off", False),
        ("", False),
        (1.0, True),
        (0.0, False),
    ],
)
def test_to_bool(value: object, expected: bool) -> None:
    result = to_bool(value)
    assert result is expected


@pytest.mark.parametrize("value", [2, -1, "2", "maybe", None, [], {"a": 1}, 0.5])
def test_to_bool_leaves_other_values_alone(value: object) -> None:
    assert to_bool(value) == value
    assert type(to_bool(value)) is type(value)


# --- to_int --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [("15", 15), (" 7 ", 7), ("0", 0), ("-3", -3), ("+4", 4), (2.0, 2), (5, 5), ("007", 7)],
)
def test_to_int(value: object, expected: int) -> None:
    result = to_int(value)
    assert result == expected and type(result) is int


@pytest.mark.parametrize(
    "value",
    ["2.5", "abc", "", "-", "+-5", "--5", "5-", "1 2", "٣", "²", "9" * 19, 2.5, None, True, [1]],
)
def test_to_int_leaves_other_values_alone(value: object) -> None:
    assert to_int(value) is value


# --- as_list -------------------------------------------------------------------------------


def test_as_list() -> None:
    assert as_list([3, 1]) == [3, 1]
    assert as_list({}) == []
    assert as_list({"1": "b", "0": "a"}) == ["a", "b"]
    assert as_list({str(i): i for i in reversed(range(12))}) == list(range(12))
    assert as_list({"0": "a", "x": "b"}) is None
    assert as_list({"01": "a"}) is None
    assert as_list({"-1": "a"}) is None
    assert as_list({"٠": "a"}) is None
    assert as_list("abc") is None
    assert as_list(None) is None


def test_as_list_large_objects() -> None:
    # The fast path (keys 0..n-1 in order), keys out of order, gaps, and one bad key at the end.
    size = 60_000
    assert as_list({str(i): i for i in range(size)}) == list(range(size))
    assert as_list({str(i): i for i in reversed(range(size))}) == list(range(size))
    assert as_list({str(i): i for i in range(0, size, 7)}) == list(range(0, size, 7))
    assert as_list({**{str(i): i for i in range(size)}, "0x": 1}) is None
    assert as_list({"9": "a", "10": "b", "100": "c"}) == ["a", "b", "c"]
    assert as_list({"10": "b", "9": "a"}) == ["a", "b"]
    assert as_list({"": "a"}) is None
    assert as_list({0: "a"}) is None


def test_normalize_items_only_repairs_containers() -> None:
    value = {"events": {"0": "message", "1": {"0": "x"}, "2": ["1", {"is_active": "1"}]}}
    assert normalize(value, "") == {"events": ["message", ["x"], ["1", {"is_active": True}]]}


# --- normalize -----------------------------------------------------------------------------


def test_numeric_key_object_becomes_ordered_list_with_10_after_9() -> None:
    events = {str(i): f"e{i}" for i in (10, 2, 9, 0, 1, 11, 3, 4, 5, 6, 7, 8)}
    assert normalize({"events": events}) == {"events": [f"e{i}" for i in range(12)]}


def test_documented_success_webhook() -> None:
    webhook = {
        "url": "https://my-app.com/webhook",
        "events": {"0": "message", "1": "message.ack", "2": "message.edited"},
        "is_active": 1,
        "enabled": True,
        "retries": {"delay": 2, "attempts": 15},
    }
    assert normalize(webhook) == {
        "url": "https://my-app.com/webhook",
        "events": ["message", "message.ack", "message.edited"],
        "is_active": True,
        "enabled": True,
        "retries": {"delay": 2, "attempts": 15},
    }


def test_empty_object_becomes_empty_list() -> None:
    assert normalize({"webhooks": {}, "events": {}}) == {"webhooks": [], "events": []}


@pytest.mark.parametrize(
    "key", ["retries", "config", "systemConfig", "me", "hmac", "proxy", "payload"]
)
def test_empty_object_stays_an_object_where_one_is_expected(key: str) -> None:
    result = normalize({key: {}})
    assert result == {key: {}} and isinstance(result[key], dict)


def test_numeric_keys_under_retries_stay_an_object() -> None:
    assert normalize({"retries": {"0": "2"}}) == {"retries": {"0": 2}}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(1, True), (0, False), ("1", True), ("0", False), (True, True), (False, False),
     ("true", True), ("false", False)],
)
@pytest.mark.parametrize("key", ["is_active", "enabled", "active"])
def test_flags_become_booleans(key: str, raw: object, expected: bool) -> None:
    assert normalize({key: raw})[key] is expected


def test_flag_like_values_under_other_keys_are_kept() -> None:
    data = {"status": "1", "ack": 0, "attempts": "15", "fromMe": "true"}
    assert normalize(data) == data
    assert normalize(data)["ack"] == 0 and normalize(data)["ack"] is not False


def test_numeric_strings_in_retries_become_ints() -> None:
    result = normalize({"retries": {"delay": "2", "attempts": " 15 "}})
    assert result == {"retries": {"delay": 2, "attempts": 15}}
    assert all(type(v) is int for v in result["retries"].values())


def test_malformed_retries_do_not_crash() -> None:
    result = normalize({"retries": {"delay": "+-5", "attempts": "2.5", "x": None}})
    assert result == {"retries": {"delay": "+-5", "attempts": "2.5", "x": None}}


def test_waha_retries_form_keeps_its_keys() -> None:
    raw = {"retries": {"delaySeconds": "3", "attempts": 5, "policy": "exponential"}}
    assert normalize(raw) == {
        "retries": {"delaySeconds": 3, "attempts": 5, "policy": "exponential"}
    }


def test_unknown_fields_are_kept_unchanged() -> None:
    raw = {"url": "https://x.test", "custom": {"a": "1"}, "n": None, "f": 1.5, "tags": ["x"]}
    assert normalize(raw) == raw


def test_nested_session_webhook_answer() -> None:
    raw = {
        "webhooks": {
            "0": {
                "url": "https://a.test/hook",
                "events": {"0": "message", "1": "session.status"},
                "is_active": "1",
                "retries": {"delay": "3", "attempts": "5"},
                "hmac": {"key": "****"},
            },
            "1": {"url": "https://b.test/hook", "events": {}, "enabled": "false"},
        },
        "systemConfig": {"webhooks": {}, "proxy": None, "extra": {"0": "x"}},
        "me": {"id": "201@c.us", "pushName": "John"},
    }
    assert normalize(raw) == {
        "webhooks": [
            {
                "url": "https://a.test/hook",
                "events": ["message", "session.status"],
                "is_active": True,
                "retries": {"delay": 3, "attempts": 5},
                "hmac": {"key": "****"},
            },
            {"url": "https://b.test/hook", "events": [], "enabled": False},
        ],
        "systemConfig": {"webhooks": [], "proxy": None, "extra": ["x"]},
        "me": {"id": "201@c.us", "pushName": "John"},
    }


def test_lists_of_numeric_key_objects_are_repaired_inside() -> None:
    assert normalize([{"0": "a"}, {"1": "c", "0": "b"}]) == [["a"], ["b", "c"]]
    assert normalize({"vCards": {"0": "BEGIN:VCARD"}}) == {"vCards": ["BEGIN:VCARD"]}


def test_session_info_sample() -> None:
    raw = {
        "name": "wawp-84729105",
        "status": "WORKING",
        "config": {"webhooks": {}, "proxy": None},
        "me": {"id": "2010@c.us", "pushName": "John Doe"},
    }
    assert normalize(raw) == {**raw, "config": {"webhooks": [], "proxy": None}}


def test_normalize_does_not_modify_its_input() -> None:
    raw = {"events": {"0": "message"}, "is_active": "1", "retries": {"delay": "2"}}
    snapshot = {"events": {"0": "message"}, "is_active": "1", "retries": {"delay": "2"}}
    normalize(raw)
    assert raw == snapshot


@pytest.mark.parametrize("value", ["text", 3, None, 2.5, True])
def test_scalars_pass_through(value: object) -> None:
    assert normalize(value) is value
