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


def _is_index_key(key: str) -> bool:
    return key.isascii() and key.isdigit() and (key == "0" or not key.startswith("0"))


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
    """A list from a list or a numeric-key object (``{}`` included); None otherwise."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict) and all(isinstance(k, str) and _is_index_key(k) for k in value):
        return [value[k] for k in sorted(value, key=int)]
    return None


def normalize(value: Any, key: str | None = None) -> Any:
    """The repaired copy of ``value`` (``key`` is the name it was found under)."""
    if key in FLAG_KEYS:
        value = to_bool(value)
    if isinstance(value, dict):
        if key not in OBJECT_KEYS:
            items = as_list(value)
            if items is not None:
                return [normalize(item) for item in items]
        repaired = {k: normalize(v, k) for k, v in value.items()}
        if key == "retries":
            repaired = {k: to_int(v) for k, v in repaired.items()}
        return repaired
    if isinstance(value, list):
        return [normalize(item) for item in value]
    return value
