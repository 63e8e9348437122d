"""Webhook configuration files for import and export (never holding a secret)."""

from __future__ import annotations

import json
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
from .form_state import FormState

FORMAT = "wawp-desktop.webhook"
VERSION = 1
MAX_FILE_BYTES = 1_000_000


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


def loads(text: str) -> ImportResult:
    """Parse and check a configuration file; ``state`` is None when anything is wrong."""
    try:
        doc = json.loads(text.removeprefix("\ufeff"))
    except ValueError as exc:
        return ImportResult(None, [f"The file is not valid JSON ({exc.msg}, line {exc.lineno})."])
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        return ImportResult(None, ["This is not a Wawp Desktop webhook file "
                                   f"(\"format\" must be \"{FORMAT}\")."])
    if doc.get("version") != VERSION:
        return ImportResult(None, [f"Unsupported file version {doc.get('version')!r}; "
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
        else:
            setattr(state, key, value)
    if state.instance_id and (msg := check_instance_id(state.instance_id)):
        errors.append(msg)
    if "url" not in hook:
        errors.append("The file has no “url”.")
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
