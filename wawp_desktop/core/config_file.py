"""Webhook configuration files for import and export (never holding a secret)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .events import catalog_order
from .validation import check_field
from .webhook import MISSING, PUBLIC_FIELDS, SECRET_FIELDS, Kind, WebhookConfig, lookup, put

FORMAT = "wawp-desktop.webhook"
VERSION = 1
MAX_FILE_BYTES = 1_000_000


REQUIRED = ("url", "events")
"""Fields a file must hold; the others keep their defaults when left out."""
MAY_BE_EMPTY = ("instance_id", "name")


def to_document(config: WebhookConfig) -> dict[str, Any]:
    """The exported document for ``config`` (its secrets are never written)."""
    webhook: dict[str, Any] = {}
    for spec in PUBLIC_FIELDS:
        value = config.get(spec)
        put(webhook, spec.path, catalog_order(value) if spec.kind is Kind.EVENTS else value)
    return {"format": FORMAT, "version": VERSION, "webhook": webhook}


def dumps(config: WebhookConfig) -> str:
    """The file text for ``config`` (indented JSON, UTF-8 safe)."""
    return json.dumps(to_document(config), indent=2, ensure_ascii=False) + "\n"


@dataclass(slots=True)
class ImportResult:
    """The configuration read (None when the file is unusable), errors and warnings."""

    config: WebhookConfig | None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def loads(text: str) -> ImportResult:
    """Parse and check a configuration file; ``config`` is None when anything is wrong."""
    try:
        doc = json.loads(text.removeprefix("\ufeff"))
    except RecursionError:
        return ImportResult(None, ["The file is nested too deeply to be a webhook file."])
    except json.JSONDecodeError as exc:
        return ImportResult(None, [f"The file is not valid JSON ({exc.msg}, line {exc.lineno})."])
    except ValueError as exc:  # e.g. a number with thousands of digits
        return ImportResult(None, [f"The file holds a value this app cannot read ({exc})."])
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
    warnings = [f"The file contains “{key}”; it was ignored (secrets are never imported from "
                "files)." for key in (*(f.path[-1] for f in SECRET_FIELDS), "token") if key in hook]
    config = WebhookConfig()
    for group in dict.fromkeys(spec.group for spec in PUBLIC_FIELDS if spec.group):
        if group in hook and not isinstance(hook[group], dict):
            inner = " and ".join(f"“{s.path[-1]}”" for s in PUBLIC_FIELDS if s.group == group)
            errors.append(f"“{group}” must be an object with {inner}.")
    for spec in PUBLIC_FIELDS:
        value = lookup(hook, spec)
        if value is MISSING:
            if spec.name in REQUIRED:
                errors.append(f"The file has no “{spec.problem_key}”.")
            continue
        if not _shape_ok(spec.kind, value):
            errors.append(f"“{spec.problem_key}” {_SHAPES[spec.kind]}.")
            continue
        if spec.name in MAY_BE_EMPTY and value == "":
            continue
        problem = check_field(spec, value)
        if problem is not None and problem.is_error:
            errors.append(f"“{spec.problem_key}”: {problem.message}")
            continue
        setattr(config, spec.name, catalog_order(value) if spec.kind is Kind.EVENTS else value)
    return ImportResult(None if errors else config, errors, warnings)


_SHAPES = {
    Kind.TEXT: "must be text",
    Kind.EVENTS: "must be a list of event names",
    Kind.FLAG: "must be true or false",
    Kind.COUNT: "must be a whole number",
}


def _shape_ok(kind: Kind, value: Any) -> bool:
    if kind is Kind.TEXT:
        return isinstance(value, str)
    if kind is Kind.EVENTS:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind is Kind.FLAG:
        return isinstance(value, bool)
    return isinstance(value, int) and not isinstance(value, bool)
