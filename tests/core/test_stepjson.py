"""The step-by-step JSON parser for large answers gives exactly what json.loads gives."""

from __future__ import annotations

import json

import pytest

from wawp_desktop.core import outcome, stepjson
from wawp_desktop.core.errors import ErrorKind, WawpError
from wawp_desktop.core.outcome import STEPWISE_PARSE_CHARS, classify, load_json, parse_json

DOCUMENTS = [
    "{}", "[]", " { } ", "[ ]", '"text"', "3", "-0.5e3", "true", "null", "NaN", "-Infinity",
    ' { "a" : [1, 2.5e3, -0, true, false, null, "x\\u00e9\\n\\"q\\""] , "b":{"c":{}}} ',
    '{"a":\n\t1\r,\n"b" :2}',
    '[{"\\ud83d\\ude00": "é"}, [[]], {"": ""}]',
    '{"a": 1, "b": 2, "a": 3}',  # a repeated key: the last value, in the first one's place
    '[1 , 2 ]',
    # Invalid documents: both raise ValueError (json.JSONDecodeError) with the same message.
    "", "{", "[1,]", '{"a" 1}', '{"a":1,}', '{"a":1}x', "{'a': 1}", '{"a":1 "b":2}', '{1: 2}',
    '["\x01"]', "[01]", "tru",
]


def _outcome(parse, text: str) -> tuple[str, str]:
    try:
        return "ok", json.dumps(parse(text))  # dumps: also compares the order of keys
    except ValueError as error:
        return "error", str(error)


@pytest.mark.parametrize("text", DOCUMENTS)
def test_same_value_or_error_as_json_loads(text: str) -> None:
    assert _outcome(stepjson.loads, text) == _outcome(json.loads, text)


def test_large_document_is_identical() -> None:
    doc = {"status": "success",
           "webhook": {"events": {str(i): "message" for i in range(20_000)},
                       "rows": [{"id": i, "ok": i % 2 == 0, "v": [1.5, None, "é"]}
                                for i in range(2_000)]}}
    text = json.dumps(doc, ensure_ascii=False, indent=1)
    assert json.dumps(stepjson.loads(text)) == json.dumps(json.loads(text))


def test_parse_json_uses_the_stepwise_parser_for_long_texts(monkeypatch) -> None:
    calls: list[int] = []

    def spy(text: str):  # noqa: ANN202
        calls.append(len(text))
        return json.loads(text)

    monkeypatch.setattr(outcome.stepjson, "loads", spy)
    short = '{"a": 1}'
    long = '{"a": "' + "x" * STEPWISE_PARSE_CHARS + '"}'
    assert parse_json(short) == (True, {"a": 1})
    assert parse_json(long) == (True, {"a": "x" * STEPWISE_PARSE_CHARS})
    assert calls == [len(long)]


def test_deep_large_document_falls_back_to_json_loads() -> None:
    # 1,000 levels: more than Python frames allow the stepwise parser, fine for json.loads.
    nested = "[" * 1000 + "]" * 1000
    text = " " * STEPWISE_PARSE_CHARS + '{"webhook": ' + nested + "}"
    with pytest.raises(RecursionError):
        stepjson.loads(text)
    data = load_json(text, max_depth=2000)
    assert isinstance(data["webhook"], list)
    assert parse_json(text) == (False, None)  # deeper than parse_json accepts


def _big_body(**top: object) -> bytes:
    events = {str(i): "message" for i in range(60_000)}  # 1.2 MB, the benchmark's answer
    return json.dumps({**top, "webhook": {"url": "https://x.example/h", "events": events,
                                          "is_active": 1}}).encode()


def test_large_answer_is_classified_like_a_small_one() -> None:
    result = classify(200, {}, _big_body(status="success", message="ok"))
    assert result.item["events"] == ["message"] * 60_000
    assert result.item["is_active"] is True
    assert result.message == "ok"


def test_large_error_answer_is_an_error() -> None:
    with pytest.raises(WawpError) as caught:
        classify(200, {}, _big_body(status="error", message="Too many events"))
    assert caught.value.kind is ErrorKind.SERVER_REPORTED_ERROR
    assert caught.value.server_message == "Too many events"
    with pytest.raises(WawpError) as caught:
        classify(200, {}, b" " * STEPWISE_PARSE_CHARS + b'{"webhook": {"url": ')
    assert caught.value.kind is ErrorKind.NOT_JSON


def test_the_garbage_collector_is_paused_only_during_the_parse() -> None:
    import gc

    seen: list[bool] = []
    assert gc.isenabled()
    value = stepjson.loads('{"a": [1, 2, {"b": null}]}')
    assert value == {"a": [1, 2, {"b": None}]} and gc.isenabled()
    try:
        stepjson.loads('{"a": [1, 2,')
    except ValueError:
        seen.append(gc.isenabled())
    assert seen == [True]
    gc.disable()  # a caller that had it off keeps it off
    try:
        stepjson.loads("[1]")
        assert not gc.isenabled()
    finally:
        gc.enable()
