"""Validation of the webhook form: one rule per test, each with its field name."""

from __future__ import annotations

import dataclasses

import pytest

from tests.plain_text import plain
from wawp_desktop.core.validation import (
    Problem,
    check_events,
    check_field,
    check_hmac,
    check_instance_id,
    check_name,
    check_range,
    check_token,
    check_url,
    errors_only,
    validate,
)
from wawp_desktop.core.webhook import (
    BY_NAME,
    DEFAULT_RETRY_ATTEMPTS,
    DEFAULT_RETRY_DELAY,
    FIELDS,
    WebhookConfig,
    is_system_webhook,
)

GOOD_SECRET = "s3cr3t-0123456789abcdef"


def good(**changes: object) -> WebhookConfig:
    config = WebhookConfig(
        instance_id="ABC123def456",
        access_token="tok_0123456789",
        url="https://example.com/webhook",
        events=["message", "message.ack"],
        name="My server",
        is_active=True,
        retry_delay=2,
        retry_attempts=15,
        hmac=GOOD_SECRET,
    )
    return dataclasses.replace(config, **changes)


def fields(config: WebhookConfig) -> list[str]:
    return [problem.field for problem in validate(config)]


def only_problem(config: WebhookConfig) -> Problem:
    problems = validate(config)
    assert len(problems) == 1, problems
    return problems[0]


def test_defaults() -> None:
    config = WebhookConfig()
    assert (config.retry_delay, config.retry_attempts) == (2, 15)
    assert (DEFAULT_RETRY_DELAY, DEFAULT_RETRY_ATTEMPTS) == (2, 15)
    assert config.is_active is True
    assert config.events == [] and WebhookConfig().events is not config.events


def test_a_good_config_has_no_problems() -> None:
    assert validate(good()) == []
    assert validate(good(hmac="", name="")) == []


def test_empty_form_lists_every_required_field_in_form_order() -> None:
    problems = validate(WebhookConfig())
    assert [p.field for p in problems] == ["instance_id", "access_token", "url", "events"]
    assert all(p.is_error for p in problems)


# --- instance ID ---------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["ABC123def456", "000000000000", "abcdefghijkl", "ZZZZZZZZZZZZ"])
def test_instance_id_accepts_12_letters_and_digits(value: str) -> None:
    assert check_instance_id(value) is None


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("", "Enter the instance ID"),
        ("   ", "Enter the instance ID"),
        ("ABC123def45", "(this has 11)"),
        ("ABC123def4567", "(this has 13)"),
        ("abc", "(this has 3)"),
        (" ABC123def456", "spaces around"),
        ("ABC123def456 ", "spaces around"),
        ("ABC123-ef456", "only the letters"),
        ("ABC 23def456", "only the letters"),
        ("ÄBC123def456", "only the letters"),
        ("ABC１23def456", "only the letters"),  # a full-width digit
    ],
)
def test_instance_id_errors(value: str, fragment: str) -> None:
    message = check_instance_id(value)
    assert message is not None and fragment in message
    problem = only_problem(good(instance_id=value))
    assert problem.field == "instance_id" and problem.is_error
    assert problem.message == message


# --- access token --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("", "Enter the access token"),
        (" tok", "spaces around"),
        ("tok\n", "spaces around"),
        ("to k", "spaces or invisible"),
        ("to\u200bk", "spaces or invisible"),
        ("t" * 1001, "longer than 1000"),
    ],
)
def test_token_errors(value: str, fragment: str) -> None:
    message = check_token(value)
    assert message is not None and fragment in message
    assert only_problem(good(access_token=value)).field == "access_token"


def test_token_at_the_length_limit_is_fine() -> None:
    assert check_token("t" * 1000) is None
    assert check_token("x") is None


@pytest.mark.parametrize("value", ["tøken_0123", "tok_\u0430bc", "tok_’quote"])  # ø, Cyrillic а, ’
def test_token_refuses_non_ascii_and_names_the_character(value: str) -> None:
    odd = next(ch for ch in value if not ch.isascii())
    message = check_token(value)
    assert message is not None and f"“{odd}”" in message
    assert only_problem(good(access_token=value)).field == "access_token"


def test_token_may_hold_any_ascii_punctuation() -> None:
    assert check_token("abc-_.~+/=:!@#$%^&*()[]{}<>?") is None


# --- URL -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "https://example.com/webhook",
        "https://example.com",
        "HTTPS://EXAMPLE.COM/Hook",
        "https://example.com:8443/hook?x=1",
        "https://sub.domain-name.example.co.uk/a/b",
        "https://example.com./hook",
        "https://1.2.3.4/hook",
        "https://[2001:db8::1]:8443/hook",
        "https://münchen.de/hook",
    ],
)
def test_url_accepts_https_addresses(value: str) -> None:
    assert check_url(value) is None


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("", "Enter the address"),
        ("  ", "Enter the address"),
        (" https://example.com", "spaces around"),
        ("https://example.com/web hook", "spaces or invisible"),
        ("https://exa mple.com/", "spaces or invisible"),
        ("https://example.com/\u200bhook", "spaces or invisible"),
        ("http://example.com/webhook", "use https:// instead of http://"),
        ("HTTP://example.com/webhook", "use https:// instead of http://"),
        ("ftp://example.com/webhook", "not ftp://"),
        ("example.com/webhook", "must start with https://"),
        ("https:example.com", "must start with https://"),
        ("https://user:pass@example.com/hook", "user name or password"),
        ("https://user@example.com/hook", "user name or password"),
        ("https://example.com@evil.test/hook", "user name or password"),
        ("https:///hook", "no host name"),
        ("https://exa_mple.com/", "not a valid host name"),
        ("https://-example.com/", "not a valid host name"),
        ("https://example..com/", "not a valid host name"),
        ("https://example.com:99999/", "not valid"),
        ("https://example.com:0/", "between 1 and 65535"),
        ("https://example.com/" + "a" * 2048, "longer than 2048"),
    ],
)
def test_url_errors(value: str, fragment: str) -> None:
    message = check_url(value)
    assert message is not None and fragment in plain(message), message
    problem = only_problem(good(url=value))
    assert problem.field == "url" and problem.is_error


def test_http_is_rejected_even_for_localhost() -> None:
    message = check_url("http://localhost:8080/hook")
    assert message is not None and "https://" in message


# --- events --------------------------------------------------------------------------------


def test_events_need_at_least_one() -> None:
    assert "at least one" in (check_events([]) or "")
    assert only_problem(good(events=[])).field == "events"


def test_events_must_be_known() -> None:
    message = check_events(["message", "message.created", "foo"])
    assert message is not None and plain(message) == "Unknown event: message.created, foo."
    assert only_problem(good(events=["Message"])).field == "events"


def test_unknown_events_are_listed_at_most_five() -> None:
    message = check_events([f"bad{i}" for i in range(8)]) or ""
    assert "bad4" in message and "bad5" not in message


def test_events_no_duplicates() -> None:
    assert "twice" in (check_events(["message", "message.ack", "message"]) or "")
    assert only_problem(good(events=["poll.vote", "poll.vote"])).field == "events"


def test_every_catalog_event_is_accepted() -> None:
    from wawp_desktop.core.events import EVENTS

    assert check_events([event.name for event in EVENTS]) is None


# --- retries -------------------------------------------------------------------------------


@pytest.mark.parametrize("delay", [1, 2, 600])
def test_retry_delay_in_bounds(delay: int) -> None:
    assert validate(good(retry_delay=delay)) == []


@pytest.mark.parametrize("delay", [0, -1, 601, 10_000])
def test_retry_delay_out_of_bounds(delay: int) -> None:
    problem = only_problem(good(retry_delay=delay))
    assert problem.field == "retries.delay"
    assert "between 1 and 600" in problem.message


@pytest.mark.parametrize("attempts", [1, 15, 50])
def test_retry_attempts_in_bounds(attempts: int) -> None:
    assert validate(good(retry_attempts=attempts)) == []


@pytest.mark.parametrize("attempts", [0, 51, -3])
def test_retry_attempts_out_of_bounds(attempts: int) -> None:
    problem = only_problem(good(retry_attempts=attempts))
    assert problem.field == "retries.attempts"
    assert "between 1 and 50" in problem.message


@pytest.mark.parametrize("value", [2.0, "2", True, None])
def test_retries_must_be_whole_numbers(value: object) -> None:
    problems = validate(good(retry_delay=value, retry_attempts=value))  # type: ignore[arg-type]
    assert [p.field for p in problems] == ["retries.delay", "retries.attempts"]
    assert all("whole number" in p.message for p in problems)


# --- name ----------------------------------------------------------------------------------


def test_name_is_optional_and_trimmed_before_measuring() -> None:
    assert check_name("") is None
    assert check_name("   ") is None
    assert check_name("  " + "n" * 100 + "  ") is None


def test_name_too_long() -> None:
    message = check_name("n" * 101)
    assert message is not None and "101 characters" in message
    assert only_problem(good(name="n" * 101)).field == "name"


def test_name_with_control_characters() -> None:
    assert "control characters" in (check_name("My\tserver") or "")
    assert only_problem(good(name="a\x00b")).field == "name"


# --- HMAC ----------------------------------------------------------------------------------


def test_hmac_is_optional() -> None:
    assert check_hmac("") is None
    assert check_hmac(GOOD_SECRET) is None
    assert check_hmac("x" * 16) is None
    assert check_hmac("x" * 512) is None


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        (" " + GOOD_SECRET, "spaces around"),
        (GOOD_SECRET + "\n", "spaces around"),
        ("abcdefgh\nijklmnopq", "invisible"),
        ("abcdefgh\u200bijklmnopq", "invisible"),
        ("x" * 513, "longer than 512"),
    ],
)
def test_hmac_errors_block_saving(value: str, fragment: str) -> None:
    problem = check_hmac(value)
    assert problem is not None and problem.is_error
    assert problem.field == "hmac" and fragment in problem.message
    config = good(hmac=value)
    assert [p.field for p in errors_only(validate(config))] == ["hmac"]


def test_short_hmac_is_a_warning_that_does_not_block() -> None:
    problems = validate(good(hmac="short"))
    assert len(problems) == 1
    warning = problems[0]
    assert warning.field == "hmac"
    assert warning.is_error is False
    assert "5 characters" in warning.message and "at least 16" in warning.message
    assert errors_only(problems) == []


def test_errors_only_keeps_errors_in_order() -> None:
    problems = validate(good(instance_id="x", url="http://example.com", hmac="abc"))
    assert [p.field for p in problems] == ["instance_id", "url", "hmac"]
    assert [p.field for p in errors_only(problems)] == ["instance_id", "url"]


def test_validate_reports_every_bad_field_once() -> None:
    config = WebhookConfig(
        instance_id="bad",
        access_token=" t",
        url="http://x.com",
        events=["nope"],
        name="n" * 200,
        retry_delay=0,
        retry_attempts=99,
        hmac=" x",
    )
    assert fields(config) == [
        "instance_id",
        "access_token",
        "url",
        "name",
        "events",
        "retries.delay",
        "retries.attempts",
        "hmac",
    ]


# --- system webhook ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://app.wawp.net/api/webhook/abc123", True),
        (" HTTPS://APP.WAWP.NET/api/webhook/abc123 ", True),
        ("https://app.wawp.net/api/webhook/", False),
        ("http://app.wawp.net/api/webhook/abc123", False),
        ("https://app.wawp.net.evil.test/api/webhook/abc", False),
        ("https://example.com/api/webhook/abc", False),
        ("https://[bad/api/webhook/x", False),
    ],
)
def test_is_system_webhook(url: str, expected: bool) -> None:
    assert is_system_webhook(url) is expected


# --- check_field: one rule per kind, whatever the value's type -----------------------------


@pytest.mark.parametrize(("name", "value", "fragment"), [
    ("instance_id", 5, "must be text"),
    ("url", None, "must be text"),
    ("name", ["x"], "must be text"),
    ("events", "message", "at least one"),
    ("is_active", "yes", "on or off"),
    ("retry_delay", "5", "whole number"),
    ("retry_attempts", 2.0, "whole number"),
    ("hmac", 5, ""),
])
def test_check_field_refuses_wrong_types(name: str, value: object, fragment: str) -> None:
    spec = BY_NAME[name]
    problem = check_field(spec, value)
    assert problem is not None and problem.is_error
    assert problem.field == spec.problem_key and fragment in problem.message


def test_check_field_accepts_every_good_value() -> None:
    config = good()
    assert [check_field(spec, config.get(spec)) for spec in FIELDS] == [None] * len(FIELDS)


def test_problem_keys_come_from_the_table() -> None:
    bad = WebhookConfig(url="http://x", retry_delay=0, retry_attempts=0, hmac=" x ")
    keys = {p.field for p in validate(bad)}
    assert keys <= {spec.problem_key for spec in FIELDS}
    assert {"retries.delay", "retries.attempts", "hmac", "url"} <= keys


def test_check_range() -> None:
    assert check_range(5, (1, 10), "delay") is None
    assert check_range(1, (1, 10), "delay") is None and check_range(10, (1, 10), "x") is None
    assert "between 1 and 10" in (check_range(11, (1, 10), "delay") or "")
    assert "whole number" in (check_range(True, (0, 10), "delay") or "")  # a bool is no count
    assert "The delay" in (check_range("3", (1, 10), "delay") or "")


def test_plain_text_rule_for_a_field_without_its_own_check() -> None:
    spec = BY_NAME["name"]
    assert check_field(spec, "  " + "n" * 100 + "  ") is None  # trimmed before measuring
