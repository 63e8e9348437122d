"""``json.loads`` in small steps, for large answers parsed in a worker thread.

``json.loads`` is one C call that holds the GIL from start to end (30-40 ms for a 1.2 MB
answer on a slow machine): the GUI thread cannot run meanwhile, even though the parse happens
in another thread. :func:`loads` gives the same value through the standard library's
pure-Python scanner, which walks objects and arrays in Python bytecode (strings and numbers are
still read by C, one at a time), so the interpreter hands the GIL to the GUI thread every
switch interval. It takes about 4× the CPU time of ``json.loads``; use it for large texts only.

Objects are built directly into a dict. The standard ``JSONObject`` collects a list of
``(key, value)`` tuples first: tens of thousands of live tuples made the garbage collector run
full collections of the whole app during the parse (25-45 ms each, GIL held) and ended in
``dict(pairs)``, itself one long C call.
"""

from __future__ import annotations

import json
import json.decoder
import json.scanner
from typing import Any

_scanstring = json.decoder.scanstring
_ws_match = json.decoder.WHITESPACE.match
_WS = json.decoder.WHITESPACE_STR
JSONDecodeError = json.JSONDecodeError


def _parse_object(  # a copy of json.decoder.JSONObject, building the dict directly
    s_and_end: tuple[str, int],
    strict: bool,
    scan_once: Any,
    object_hook: Any,
    object_pairs_hook: Any,
    memo: dict[str, str] | None = None,
) -> tuple[dict[str, Any], int]:
    s, end = s_and_end
    obj: dict[str, Any] = {}
    if memo is None:
        memo = {}
    nextchar = s[end:end + 1]
    if nextchar != '"':
        if nextchar in _WS:
            end = _ws_match(s, end).end()
            nextchar = s[end:end + 1]
        if nextchar == "}":
            return obj, end + 1
        if nextchar != '"':
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end)
    end += 1
    while True:
        key, end = _scanstring(s, end, strict)
        key = memo.setdefault(key, key)
        if s[end:end + 1] != ":":
            end = _ws_match(s, end).end()
            if s[end:end + 1] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
        end += 1
        try:
            if s[end] in _WS:
                end += 1
                if s[end] in _WS:
                    end = _ws_match(s, end + 1).end()
        except IndexError:
            pass
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        obj[key] = value  # a repeated key: the last value wins, as with json.loads
        try:
            nextchar = s[end]
            if nextchar in _WS:
                end = _ws_match(s, end + 1).end()
                nextchar = s[end]
        except IndexError:
            nextchar = ""
        end += 1
        if nextchar == "}":
            return obj, end
        if nextchar != ",":
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = _ws_match(s, end).end()
        nextchar = s[end:end + 1]
        end += 1
        if nextchar != '"':
            raise JSONDecodeError(
                "Expecting property name enclosed in double quotes", s, end - 1
            )


def loads(text: str) -> Any:
    """The value of the JSON document ``text``, like ``json.loads(text)``.

    Raises ``ValueError`` (``json.JSONDecodeError``) for invalid JSON and ``RecursionError``
    for a document nested deeper than Python's frames allow (a few hundred levels, fewer than
    ``json.loads`` accepts).
    """
    decoder = json.JSONDecoder()
    decoder.parse_object = _parse_object
    decoder.scan_once = json.scanner.py_make_scanner(decoder)  # per call: its memo isn't shared
    return decoder.decode(text)
