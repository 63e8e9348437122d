"""Webhook configuration files for import and export (never holding a secret)."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from typing import Any

from .events import catalog_order
from .files import FileReadError, read_user_file
from .i18n import QT_TRANSLATE_NOOP, ltr, translate
from .validation import check_field
from .webhook import MISSING, PUBLIC_FIELDS, SECRET_FIELDS, Kind, WebhookConfig, lookup, put

FORMAT = "wawp-desktop.webhook"
VERSION = 1
MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 32
"""Deepest nesting of brackets accepted (a webhook file has 3 levels)."""
MAX_NUMBER_DIGITS = 30
"""Longest number accepted (retries are at most a few digits)."""
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_BRACKET = re.compile(r"[\[\]{}]")


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
        return None, translate("ConfigFile", "The file is empty.")
    if nesting_depth(text) > MAX_DEPTH:
        return None, translate("ConfigFile", "The file is nested more than {levels} levels deep; "
                               "a webhook file has 3 levels. It is not a Wawp Desktop webhook "
                               "file.").format(levels=MAX_DEPTH)
    try:
        return json.loads(text, parse_int=_number), ""
    except json.JSONDecodeError as exc:
        return None, translate("ConfigFile", "The file is not valid JSON ({error}, line {line})."
                               ).format(error=ltr(exc.msg), line=exc.lineno)
    except RecursionError:  # nesting_depth makes this unlikely; kept as a guard
        return None, translate("ConfigFile", "The file is nested too deeply to be read.")
    except ValueError:  # a number longer than MAX_NUMBER_DIGITS (Python refuses > 4300)
        return None, translate("ConfigFile", "The file holds a number with more than {digits} "
                               "digits; a webhook file has none.").format(digits=MAX_NUMBER_DIGITS)


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
    """Parse and check a configuration file; ``config`` is None when anything is wrong.
    Never raises: every problem is an error in the result."""
    doc, error = parse_document(text)
    if error:
        return ImportResult(None, [error])
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        return ImportResult(None, [translate(
            "ConfigFile", "This is not a Wawp Desktop webhook file ({key} must be {value})."
        ).format(key=ltr('"format"'), value=ltr(f'"{FORMAT}"'))])
    if doc.get("version") != VERSION:
        return ImportResult(None, [translate(
            "ConfigFile", "Unsupported file version {found}; this app reads version {version}."
        ).format(found=ltr(_brief(doc.get("version"))), version=VERSION)])
    hook = doc.get("webhook")
    if not isinstance(hook, dict):
        return ImportResult(None, [translate("ConfigFile", "The file has no {key} object.").format(
            key=ltr('"webhook"'))])
    errors: list[str] = []
    warnings = [translate("ConfigFile", "The file contains “{key}”; it was ignored (secrets are "
                          "never imported from files).").format(key=ltr(key))
                for key in (*(f.path[-1] for f in SECRET_FIELDS), "token") if key in hook]
    config = WebhookConfig()
    for group in dict.fromkeys(spec.group for spec in PUBLIC_FIELDS if spec.group):
        if group in hook and not isinstance(hook[group], dict):
            keys = [f"“{ltr(s.path[-1])}”" for s in PUBLIC_FIELDS if s.group == group]
            inner = keys[0]
            for key in keys[1:]:
                inner = translate("ConfigFile", "{first} and {second}").format(first=inner,
                                                                               second=key)
            errors.append(translate("ConfigFile", "“{group}” must be an object with {keys}."
                                    ).format(group=ltr(group), keys=inner))
    for spec in PUBLIC_FIELDS:
        value = lookup(hook, spec)
        if value is MISSING:
            if spec.name in REQUIRED:
                errors.append(translate("ConfigFile", "The file has no “{key}”.").format(
                    key=ltr(spec.problem_key)))
            continue
        if not _shape_ok(spec.kind, value):
            errors.append(translate("ConfigFile", _SHAPES[spec.kind]).format(
                key=ltr(spec.problem_key)))
            continue
        if spec.kind is Kind.TEXT and not _encodable(value):
            errors.append(translate("ConfigFile", "“{key}” holds an invalid character (a lone "
                                    "surrogate escape).").format(key=ltr(spec.problem_key)))
            continue
        if spec.name in MAY_BE_EMPTY and value == "":
            continue
        problem = check_field(spec, value)
        if problem is not None and problem.is_error:
            errors.append(translate("ConfigFile", "“{key}”: {problem}").format(
                key=ltr(spec.problem_key), problem=problem.message))
            continue
        setattr(config, spec.name, catalog_order(value) if spec.kind is Kind.EVENTS else value)
    return ImportResult(None if errors else config, errors, warnings)


_SHAPES = {
    Kind.TEXT: QT_TRANSLATE_NOOP("ConfigFile", "“{key}” must be text."),
    Kind.EVENTS: QT_TRANSLATE_NOOP("ConfigFile", "“{key}” must be a list of event names."),
    Kind.FLAG: QT_TRANSLATE_NOOP("ConfigFile", "“{key}” must be true or false."),
    Kind.COUNT: QT_TRANSLATE_NOOP("ConfigFile", "“{key}” must be a whole number."),
}


def _shape_ok(kind: Kind, value: Any) -> bool:
    if kind is Kind.TEXT:
        return isinstance(value, str)
    if kind is Kind.EVENTS:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind is Kind.FLAG:
        return isinstance(value, bool)
    return isinstance(value, int) and not isinstance(value, bool)


def read_config_file(path: str | os.PathLike[str]) -> ImportResult:
    """Read and check the configuration file at ``path`` (blocking: call it in a worker
    thread). Only a regular UTF-8 file of at most :data:`MAX_FILE_BYTES` is read; a pipe is
    never waited on, a device never read. Never raises: every problem is an error in the
    result, in plain words."""
    try:
        text = read_user_file(path, MAX_FILE_BYTES)
    except FileReadError as exc:
        return ImportResult(None, [translate("ConfigFile", "The file could not be read: {reason}."
                                             ).format(reason=exc.reason)])
    try:
        return loads(text)
    except (RecursionError, MemoryError):
        return ImportResult(None, [translate(
            "ConfigFile", "The file is too large or too deeply nested to be read.")])
