"""THE field table of a webhook: every other module reads the webhook's fields from here.

A field is one row of :data:`FIELDS`. The row says where the value sits in request bodies,
stored webhooks and configuration files (``path``), whether it is a secret (never written to
settings, history or exports), how it is compared and described in a read-back, and how
``PATCH /v2/webhook/update`` sends it. Validation (:mod:`.validation`), the request bodies
(:mod:`.save`), settings, history, configuration files, the read-back and the form all loop
over this table.

Adding a field: one row here plus the attribute of :class:`WebhookConfig` (a test checks they
match), one editor in ``ui/form/``; a field of a new kind also needs its rule in
:mod:`.validation`.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field, fields
from enum import Enum
from typing import Any
from urllib.parse import urlsplit

from .events import EVENT_NAMES, catalog_order
from .i18n import QT_TRANSLATE_NOOP, ltr, translate
from .normalize import as_list, to_bool, to_int


class Kind(Enum):
    """How a value is stored, compared and written."""

    TEXT = "text"
    EVENTS = "events"
    FLAG = "flag"
    COUNT = "count"


@dataclass(frozen=True, slots=True)
class Field:
    """One field of the webhook form (see the module docstring)."""

    name: str
    """Attribute of :class:`WebhookConfig`; key in settings and history."""
    label: str
    """Plain-language name used in messages ("retry delay"), in English: show :attr:`shown`."""
    kind: Kind
    default: Any
    path: tuple[str, ...]
    """Where the value sits in request bodies, answers and configuration files."""
    secret: bool = False
    """Kept in the form and the keyring only: never in settings, history or exports."""
    credential: bool = False
    """Names the instance (``instance_id``, ``access_token``), not the webhook."""
    key: bool = False
    """The webhook's identity (its URL): always sent, never reported as changed."""
    omit_empty: bool = False
    """Left out of ``POST /v2/webhook/set`` when empty (the server keeps its default)."""
    strip: bool = False
    """Surrounding spaces are removed before sending (free text such as the name)."""
    bounds: tuple[int, int] | None = None
    max_length: int | None = None
    aliases: tuple[str, ...] = ()
    """Other last-path keys Wawp or WAHA use when they report the value (``delaySeconds``)."""

    @property
    def shown(self) -> str:
        """:attr:`label` in the user's language."""
        return translate("WebhookFields", self.label)

    @property
    def problem_key(self) -> str:
        """The key of this field's validation messages (``retries.delay``)."""
        return ".".join(self.path)

    @property
    def group(self) -> str:
        """Fields under the same parent in the body (``retries``) are sent together."""
        return self.path[0] if len(self.path) > 1 else ""


INSTANCE_ID_LENGTH = 12
TOKEN_MAX_LENGTH = 1000
"""Windows Credential Manager rejects secrets over about 1,280 characters."""
URL_MAX_LENGTH = 2048
NAME_MAX_LENGTH = 100
HMAC_MAX_LENGTH = 512
HMAC_RECOMMENDED_LENGTH = 16
RETRY_DELAY_RANGE = (1, 600)
"""Seconds between delivery attempts: at least 1 s, at most 10 minutes."""
RETRY_ATTEMPTS_RANGE = (1, 50)
"""Delivery attempts: at least 1, at most 50 (a day of retries at the longest delay is silly)."""
DEFAULT_RETRY_DELAY = 2
DEFAULT_RETRY_ATTEMPTS = 15

FIELDS: tuple[Field, ...] = (
    Field("instance_id", QT_TRANSLATE_NOOP("WebhookFields", "instance ID"), Kind.TEXT, "",
          ("instance_id",), credential=True, max_length=INSTANCE_ID_LENGTH),
    Field("access_token", QT_TRANSLATE_NOOP("WebhookFields", "access token"), Kind.TEXT, "",
          ("access_token",), secret=True, credential=True, max_length=TOKEN_MAX_LENGTH),
    Field("url", QT_TRANSLATE_NOOP("WebhookFields", "URL"), Kind.TEXT, "", ("url",), key=True,
          max_length=URL_MAX_LENGTH),
    Field("name", QT_TRANSLATE_NOOP(
        "WebhookFields", "name"), Kind.TEXT, "", ("name",), omit_empty=True,
          strip=True, max_length=NAME_MAX_LENGTH),
    Field("events", QT_TRANSLATE_NOOP("WebhookFields", "events"), Kind.EVENTS, (), ("events",)),
    Field("is_active", QT_TRANSLATE_NOOP(
        "WebhookFields", "active"), Kind.FLAG, True, ("is_active",),
          aliases=("enabled", "active")),
    Field("retry_delay", QT_TRANSLATE_NOOP("WebhookFields", "retry delay"), Kind.COUNT,
          DEFAULT_RETRY_DELAY, ("retries", "delay"), bounds=RETRY_DELAY_RANGE,
          aliases=("delaySeconds",)),
    Field("retry_attempts", QT_TRANSLATE_NOOP("WebhookFields", "number of attempts"), Kind.COUNT,
          DEFAULT_RETRY_ATTEMPTS, ("retries", "attempts"), bounds=RETRY_ATTEMPTS_RANGE),
    Field("hmac", QT_TRANSLATE_NOOP("WebhookFields", "HMAC secret"), Kind.TEXT, "", ("hmac",),
          secret=True, omit_empty=True, max_length=HMAC_MAX_LENGTH),
)
BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}
SECRET_FIELDS = tuple(f for f in FIELDS if f.secret)
PUBLIC_FIELDS = tuple(f for f in FIELDS if not f.secret)
"""What settings, history and exports keep."""
WEBHOOK_FIELDS = tuple(f for f in FIELDS if not f.credential)
"""The webhook itself, as Wawp stores it."""


@dataclass(slots=True)
class WebhookConfig:
    """Everything the form holds for one save (attributes = :data:`FIELDS`, in order)."""

    instance_id: str = ""
    access_token: str = ""
    url: str = ""
    name: str = ""
    events: list[str] = field(default_factory=list)
    is_active: bool = True
    retry_delay: int = DEFAULT_RETRY_DELAY
    retry_attempts: int = DEFAULT_RETRY_ATTEMPTS
    hmac: str = ""

    def get(self, spec: Field) -> Any:
        return getattr(self, spec.name)

    def secrets(self) -> list[str]:
        """The secret values this config holds (to mask them wherever they appear)."""
        return [v for f in SECRET_FIELDS if (v := getattr(self, f.name))]

    def without_secrets(self) -> WebhookConfig:
        """A copy with every secret field empty."""
        copy = WebhookConfig(**{f.name: _copy(getattr(self, f.name)) for f in FIELDS})
        for spec in SECRET_FIELDS:
            setattr(copy, spec.name, spec.default)
        return copy

    def sent_value(self, spec: Field) -> Any:
        """The value as a request carries it (trimmed text, 1/0 flags, a list of events)."""
        value = getattr(self, spec.name)
        if spec.kind is Kind.FLAG:
            return 1 if value else 0
        if spec.kind is Kind.EVENTS:
            return list(value)
        if spec.strip and isinstance(value, str):
            return value.strip()
        return value


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list | tuple) else value


def check_table() -> None:
    """Raise if :class:`WebhookConfig` and :data:`FIELDS` disagree (tests call it)."""
    names = [f.name for f in fields(WebhookConfig)]
    if names != [f.name for f in FIELDS]:
        raise AssertionError(f"WebhookConfig {names} != FIELDS {[f.name for f in FIELDS]}")


# ---- nested paths (request bodies, answers, files) ---------------------------------------------


def put(target: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    """Set ``value`` at ``path`` in ``target``, creating nested objects."""
    for key in path[:-1]:
        nested = target.get(key)
        if not isinstance(nested, dict):
            nested = target[key] = {}
        target = nested
    target[path[-1]] = value


MISSING = object()


def lookup(source: Any, spec: Field) -> Any:
    """The value of ``spec`` in a nested object (its aliases included), or ``MISSING``."""
    for key in spec.path[:-1]:
        source = source.get(key) if isinstance(source, dict) else None
    if not isinstance(source, dict):
        return MISSING
    for name in (spec.path[-1], *spec.aliases):
        if name in source:
            return source[name]
    return MISSING


# ---- loose values: settings, history, answers --------------------------------------------------


def loose_value(spec: Field, value: Any) -> Any:
    """``value`` read tolerantly as ``spec``'s kind; None when it cannot be read."""
    if spec.kind is Kind.EVENTS:
        items = as_list(value)
        if items is None:
            items = [value] if isinstance(value, str) and value else []
        return catalog_order([v.strip() for v in items if isinstance(v, str)
                              and v.strip() in EVENT_NAMES])
    if spec.kind is Kind.FLAG:
        flag = to_bool(value)
        return flag if isinstance(flag, bool) else None
    if spec.kind is Kind.COUNT:
        number = to_int(value)
        return number if isinstance(number, int) and not isinstance(number, bool) else None
    if isinstance(value, str):
        return value
    return None


def public_values(config: WebhookConfig) -> dict[str, Any]:
    """The non-secret fields as a flat JSON-ready dict (settings and history lines)."""
    return {f.name: _copy(getattr(config, f.name)) for f in PUBLIC_FIELDS}


def from_public(data: Any) -> WebhookConfig:
    """A config from :func:`public_values`' shape; wrong types fall back to defaults."""
    config = WebhookConfig()
    if not isinstance(data, dict):
        return config
    for spec in PUBLIC_FIELDS:
        if spec.name in data:
            with contextlib.suppress(TypeError, ValueError, RecursionError):
                value = loose_value(spec, data[spec.name])
                if value is not None:
                    setattr(config, spec.name, value)
    return config


# ---- what Wawp stores --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoredWebhook:
    """One webhook as Wawp reports it. ``values`` holds each webhook field it reported
    (read with :func:`loose_value`; events as reported, unknown names kept); fields it left
    out are missing."""

    url: str
    values: dict[str, Any] = field(default_factory=dict)
    has_hmac: bool = False
    raw: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def parse(cls, item: dict[str, Any]) -> StoredWebhook | None:
        """None when ``item`` has no URL (not a webhook)."""
        url = item.get("url")
        if not isinstance(url, str) or not url.strip():
            return None
        values: dict[str, Any] = {}
        for spec in WEBHOOK_FIELDS:
            if spec.secret or spec.key:
                continue
            raw = lookup(item, spec)
            if raw is MISSING:
                continue
            value = _stored_events(raw) if spec.kind is Kind.EVENTS else loose_value(spec, raw)
            if spec.kind is Kind.TEXT and isinstance(value, str):
                value = value.strip()
            if value is not None:
                values[spec.name] = value
        hmac = item.get("hmac")
        return cls(url.strip(), values, bool(hmac) and hmac is not False, item)

    def value(self, name: str) -> Any:
        """The stored value of field ``name``, or None when Wawp did not report it."""
        return self.values.get(name)

    @property
    def name(self) -> str:
        return self.values.get("name", "")

    @property
    def events(self) -> list[str]:
        return self.values.get("events", [])

    @property
    def is_active(self) -> bool | None:
        return self.values.get("is_active")

    @property
    def is_system(self) -> bool:
        return is_system_webhook(self.url)

    def as_config(self, base: WebhookConfig) -> WebhookConfig:
        """``base`` (the instance and its token) with this webhook's fields filled in; the
        HMAC secret stays empty (Wawp never sends it back)."""
        config = WebhookConfig(instance_id=base.instance_id, access_token=base.access_token,
                               url=self.url)
        for spec in WEBHOOK_FIELDS:
            if spec.name in self.values:
                value = self.values[spec.name]
                setattr(config, spec.name,
                        catalog_order(value) if spec.kind is Kind.EVENTS else _copy(value))
        return config


def _stored_events(value: Any) -> list[str]:
    """Every event name Wawp reports, in its order, unknown names included (so a read-back
    notices them; the form keeps only the names it knows, see :meth:`StoredWebhook.as_config`)."""
    items = as_list(value)
    if items is None:
        items = [value] if isinstance(value, str) else []
    names = (item.strip() for item in items if isinstance(item, str))
    return list(dict.fromkeys(name for name in names if name))


def same(spec: Field, asked: Any, stored: Any) -> bool:
    """Whether Wawp's stored value matches what was asked (events in any order)."""
    if spec.kind is Kind.EVENTS:
        return set(asked) == set(stored)
    if spec.strip and isinstance(asked, str):
        return asked.strip() == stored
    return asked == stored


def describe_difference(spec: Field, asked: Any, stored: Any) -> str:
    """One plain-language clause for a field stored differently."""
    if spec.kind is Kind.EVENTS:
        missing = catalog_order(set(asked) - set(stored))
        extra = sorted(set(stored) - set(asked))
        detail = []
        if missing:
            detail.append(translate("StoredDifferences", "{events} missing").format(
                events=", ".join(ltr(name) for name in missing)))
        if extra:
            detail.append(translate("StoredDifferences", "{events} not asked for").format(
                events=", ".join(ltr(name) for name in extra)))
        return translate(
            "StoredDifferences", "asked for %n event(s), {stored} stored: {details}", None,
                         len(set(asked))).format(stored=len(set(stored)),
                                                 details="; ".join(detail))
    if spec.kind is Kind.FLAG:
        return translate("StoredDifferences", "asked for {asked}, stored as {stored}").format(
            asked=_flag_text(spec, asked), stored=_flag_text(spec, stored))
    return translate("StoredDifferences", "{what} asked {asked}, stored {stored}").format(
        what=spec.shown, asked=_value_text(spec, asked), stored=_value_text(spec, stored))


def _flag_text(spec: Field, value: Any) -> str:
    if spec.name == "is_active":
        return translate(
            "StoredDifferences", "active") if value else translate("StoredDifferences", "inactive")
    return spec.shown if value else translate(
        "StoredDifferences", "not {what}").format(what=spec.shown)


def _value_text(spec: Field, value: Any) -> str:
    if spec.kind is Kind.TEXT:
        return f"“{value}”"
    if spec.name == "retry_delay":
        return translate("StoredDifferences", "{seconds} s").format(seconds=value)
    return str(value)


def differences(asked: WebhookConfig, stored: StoredWebhook | None,
                checked: tuple[Field, ...] | None = None) -> list[str]:
    """Plain-language differences between a save and what Wawp stored; empty when equal.

    Fields Wawp did not report are not compared. ``checked`` defaults to the fields a save
    always sends (every webhook field but the URL and secrets; the name only when given)."""
    if stored is None:
        return [translate(
            "StoredDifferences", "{url} is not among the instance's webhooks.").format(
            url=ltr(asked.url))]
    found: list[str] = []
    for spec in checked or WEBHOOK_FIELDS:
        if spec.key or spec.secret or spec.name not in stored.values:
            continue
        wanted = asked.sent_value(spec) if spec.kind is not Kind.FLAG else asked.get(spec)
        if spec.omit_empty and not wanted:
            continue
        if not same(spec, wanted, stored.values[spec.name]):
            found.append(describe_difference(spec, wanted, stored.values[spec.name]))
    return found


def is_system_webhook(url: str) -> bool:
    """True for the instance's own system webhook, whose filter syncs to the dashboard."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return (
        parts.scheme.lower() == "https"
        and (parts.hostname or "").lower() == "app.wawp.net"
        and parts.path.startswith("/api/webhook/")
        and len(parts.path) > len("/api/webhook/")
    )
