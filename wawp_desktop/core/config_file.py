"""Webhook configuration files for import and export (never holding a secret)."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from typing import Any

from .config import (
    RETRY_ATTEMPTS_RANGE,
    RETRY_DELAY_RANGE,
    check_events,
    check_instance_id,
    check_name,
    check_url,
)
from .events import catalog_order
from .files import FileReadError, read_user_file
from .form_state import FormState

FORMAT = "wawp-desktop.webhook"
VERSION = 1
MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 32
"""Deepest nesting of brackets accepted (a webhook file has 3 levels)."""
MAX_NUMBER_DIGITS = 30
"""Longest number accepted (retries are at most a few digits)."""
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_BRACKET = re.compile(r"[\[\]{}]")


def to_document(state: FormState) -> dict[str, Any]:
    """The exported document for ``state``."""
    webhook: dict[str, Any] = {
        "instance_id": state.instance_id,
        "url": state.url,
        "name": state.name,
        "events": catalog_order(state.events),
        "is_active": state.is_active,
        "retries": {"delay": state.retry_delay, "attempts": state.retry_attempts},
    }
    return {"format": FORMAT, "version": VERSION, "webhook": webhook}


def dumps(state: FormState) -> str:
    """The file text for ``state`` (indented JSON, UTF-8 safe)."""
    return json.dumps(to_document(state), indent=2, ensure_ascii=False) + "\n"


@dataclass(slots=True)
class ImportResult:
    """The form state read (None when the file is unusable), errors and warnings."""

    state: FormState | None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _int(value: Any, bounds: tuple[int, int], what: str, errors: list[str]) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        errors.append(f"“{what}” must be a whole number.")
        return None
    if not bounds[0] <= value <= bounds[1]:
        errors.append(f"“{what}” must be between {bounds[0]} and {bounds[1]}, not {value}.")
        return None
    return value


def nesting_depth(text: str, limit: int = MAX_DEPTH) -> int:
    """How deeply ``text``'s brackets nest outside strings (counting stops past ``limit``)."""
    depth = deepest = 0
    for match in _BRACKET.finditer(_STRING.sub('""', text)):
        depth += 1 if match.group() in "[{" else -1
        if depth > deepest:
            deepest = depth
            if deepest > limit:
                break
    return deepest


def _number(literal: str) -> int:
    if len(literal.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise ValueError("number too long")
    return int(literal)


def parse_document(text: str) -> tuple[Any, str]:
    """``(document, "")``, or ``(None, plain-words error)``: never raises for any text."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        return None, "The file is empty."
    if nesting_depth(text) > MAX_DEPTH:
        return None, (f"The file is nested more than {MAX_DEPTH} levels deep; a webhook file "
                      "has 3 levels. It is not a Wawp Desktop webhook file.")
    try:
        return json.loads(text, parse_int=_number), ""
    except json.JSONDecodeError as exc:
        return None, f"The file is not valid JSON ({exc.msg}, line {exc.lineno})."
    except RecursionError:  # nesting_depth makes this unlikely; kept as a guard
        return None, "The file is nested too deeply to be read."
    except ValueError:  # a number longer than MAX_NUMBER_DIGITS (Python refuses > 4300)
        return None, (f"The file holds a number with more than {MAX_NUMBER_DIGITS} digits; "
                      "a webhook file has none.")


def _brief(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:40] + "…"


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def loads(text: str) -> ImportResult:
    """Parse and check a configuration file; ``state`` is None when anything is wrong.
    Never raises: every problem is an error in the result."""
    doc, error = parse_document(text)
    if error:
        return ImportResult(None, [error])
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        return ImportResult(None, ["This is not a Wawp Desktop webhook file "
                                   f"(\"format\" must be \"{FORMAT}\")."])
    if doc.get("version") != VERSION:
        return ImportResult(None, [f"Unsupported file version {_brief(doc.get('version'))}; "
                                   f"this app reads version {VERSION}."])
    hook = doc.get("webhook")
    if not isinstance(hook, dict):
        return ImportResult(None, ["The file has no \"webhook\" object."])
    errors: list[str] = []
    warnings: list[str] = []
    for key in ("access_token", "token", "hmac"):
        if key in hook:
            warnings.append(f"The file contains “{key}”; it was ignored (secrets are never "
                            "imported from files).")
    state = FormState()
    for key in ("instance_id", "url", "name"):
        value = hook.get(key, "")
        if not isinstance(value, str):
            errors.append(f"“{key}” must be text.")
        elif not _encodable(value):
            errors.append(f"“{key}” holds an invalid character (a lone surrogate escape).")
        else:
            setattr(state, key, value)
    if state.instance_id and (msg := check_instance_id(state.instance_id)):
        errors.append(msg)
    if "url" not in hook:
        errors.append("The file has no “url”.")
    elif isinstance(hook["url"], str) and not hook["url"].strip():
        errors.append("The file's “url” is empty; a webhook needs the address to send to.")
    elif state.url and (msg := check_url(state.url)):
        errors.append(msg)
    if state.name and (msg := check_name(state.name)):
        errors.append(msg)
    events = hook.get("events")
    if not isinstance(events, list) or not all(isinstance(e, str) for e in events):
        errors.append("“events” must be a list of event names.")
    elif msg := check_events(events):
        errors.append(msg)
    else:
        state.events = catalog_order(events)
    active = hook.get("is_active", True)
    if not isinstance(active, bool):
        errors.append("“is_active” must be true or false.")
    else:
        state.is_active = active
    retries = hook.get("retries", {})
    if not isinstance(retries, dict):
        errors.append("“retries” must be an object with “delay” and “attempts”.")
    else:
        delay = _int(retries.get("delay", state.retry_delay), RETRY_DELAY_RANGE,
                     "retries.delay", errors)
        attempts = _int(retries.get("attempts", state.retry_attempts), RETRY_ATTEMPTS_RANGE,
                        "retries.attempts", errors)
        if delay is not None:
            state.retry_delay = delay
        if attempts is not None:
            state.retry_attempts = attempts
    return ImportResult(None if errors else state, errors, warnings)


def read_config_file(path: str | os.PathLike[str]) -> ImportResult:
    """Read and check the configuration file at ``path`` (blocking: call it in a worker
    thread). Only a regular UTF-8 file of at most :data:`MAX_FILE_BYTES` is read; a pipe is
    never waited on, a device never read. Never raises: every problem is an error in the
    result, in plain words."""
    try:
        text = read_user_file(path, MAX_FILE_BYTES)
    except FileReadError as exc:
        return ImportResult(None, [f"The file could not be read: {exc.reason}."])
    try:
        return loads(text)
    except (RecursionError, MemoryError):
        return ImportResult(None, ["The file is too large or too deeply nested to be read."])
