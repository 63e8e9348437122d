"""The non-secret part of the form that is restored at the next start."""

from __future__ import annotations

import contextlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from .config import DEFAULT_RETRY_ATTEMPTS, DEFAULT_RETRY_DELAY, WebhookConfig
from .events import EVENT_NAMES, catalog_order


@dataclass(slots=True)
class FormState:
    """Instance ID, URL, name, events, active flag and retries: never the token or HMAC secret."""

    instance_id: str = ""
    url: str = ""
    name: str = ""
    events: list[str] = field(default_factory=list)
    is_active: bool = True
    retry_delay: int = DEFAULT_RETRY_DELAY
    retry_attempts: int = DEFAULT_RETRY_ATTEMPTS

    @classmethod
    def from_config(cls, config: WebhookConfig) -> FormState:
        return cls(
            instance_id=config.instance_id,
            url=config.url,
            name=config.name,
            events=list(config.events),
            is_active=config.is_active,
            retry_delay=config.retry_delay,
            retry_attempts=config.retry_attempts,
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FormState:
        """Tolerant: wrong types fall back to defaults, unknown events are dropped."""
        state = cls()
        for f in fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            default = getattr(state, f.name)
            if f.name == "events":
                items = value if isinstance(value, list | tuple) else [value] if value else []
                state.events = catalog_order([str(v) for v in items if str(v) in EVENT_NAMES])
            elif isinstance(default, bool):
                state.is_active = value in (True, "true", "1", 1)
            elif isinstance(default, int):
                with contextlib.suppress(TypeError, ValueError):
                    setattr(state, f.name, int(value))
            elif isinstance(value, str):
                setattr(state, f.name, value)
        return state
