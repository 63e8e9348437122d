"""Repair Wawp's loose JSON (a PHP back end) into the tidy form the app shows.

Keys stay as the server names them; values are repaired:
- objects whose keys are all non-negative integers become lists ordered by key, and ``{}``
  becomes ``[]`` (except where an object is expected, such as ``retries``);
- the flags ``is_active``, ``enabled`` and ``active`` become booleans;
- numeric strings inside ``retries`` become integers;
- everything else, unknown fields included, is kept as it is.
"""

from __future__ import annotations

import re
from typing import Any

FLAG_KEYS = frozenset({"is_active", "enabled", "active"})
ROOT_KEY = ""
"""The key to normalize a whole answer under: an answer's top level stays an object."""
OBJECT_KEYS = frozenset(
    {ROOT_KEY, "retries", "config", "systemConfig", "me", "hmac", "proxy", "payload"}
)
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})
_INT_RE = re.compile(r"[+-]?[0-9]+")
_CONTAINERS = (dict, list)


def to_bool(value: Any) -> bool | Any:
    """A boolean for 1/0, "1"/"0", true/false, "true"/"false"; anything else unchanged."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, float) and value in (0.0, 1.0):
        return bool(value)
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    return value


def to_int(value: Any) -> int | Any:
    """An integer for a numeric string or an integral float; anything else unchanged."""
    if isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if _INT_RE.fullmatch(text) and len(text) < 19:
            return int(text)
    return value


def as_list(value: Any) -> list[Any] | None:
    """A list from a list or a numeric-key object (``{}`` included); None otherwise.

    One pass in plain Python, sorting only when the keys are out of order (PHP sends them in
    order): ``sorted(value, key=int)`` over a 60,000-key answer held the GIL for 13 ms in the
    worker thread, freezing the window meanwhile.
    """
    if isinstance(value, list):
        return value
    if not isinstance(value, dict):
        return None
    if list(value) == [str(i) for i in range(len(value))]:  # the usual PHP array: 0, 1, 2…
        return list(value.values())
    ordered = True
    previous = ""
    for key in value:  # an index key: ASCII digits, no leading zero
        if not (isinstance(key, str) and key.isascii() and key.isdigit()) or (
            key[0] == "0" and key != "0"
        ):
            return None
        # Index keys have no leading zeros, so a shorter key is a smaller number.
        size = len(key)
        if ordered and (size < len(previous) or (size == len(previous) and key <= previous)):
            ordered = False
        previous = key
    if ordered:
        return list(value.values())
    return [value[k] for k in sorted(value, key=int)]


def normalize(value: Any, key: str | None = None) -> Any:
    """The repaired copy of ``value`` (``key`` is the name it was found under)."""
    if key in FLAG_KEYS:
        value = to_bool(value)
    if isinstance(value, dict):
        if key not in OBJECT_KEYS:
            items = as_list(value)
            if items is not None:
                return _normalize_items(items)
        repaired = {k: normalize(v, k) for k, v in value.items()}
        if key == "retries":
            repaired = {k: to_int(v) for k, v in repaired.items()}
        return repaired
    if isinstance(value, list):
        return _normalize_items(value)
    return value


def _normalize_items(items: list[Any]) -> list[Any]:
    # Items have no key, so only objects and lists change: calling normalize() for each of
    # 60,000 strings cost 20-30 ms of a worker thread (and of GIL handovers to the GUI).
    return [normalize(item) if isinstance(item, _CONTAINERS) else item for item in items]
