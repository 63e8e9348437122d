"""What an instance reports about itself and its webhooks, read from Wawp's loose shapes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .config import is_system_webhook
from .errors import ErrorKind, WawpError
from .normalize import as_list, to_bool, to_int

STATUS_MEANINGS: dict[str, str] = {
    "WORKING": "Connected to WhatsApp: messages and events flow.",
    "STARTING": "The session is starting; try again in a few seconds.",
    "SCAN_QR_CODE": "Waiting for the phone: scan the QR code in the Wawp dashboard.",
    "STOPPED": "The session is stopped: start it in the Wawp dashboard.",
    "FAILED": "The session failed: restart it or link the phone again in the dashboard.",
}
STATUS_COLOURS: dict[str, str] = {
    "WORKING": "#26734d",
    "STARTING": "#1a5fb4",
    "SCAN_QR_CODE": "#8a5a00",
    "STOPPED": "#5e5c64",
    "FAILED": "#b3261e",
}


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """The answer of ``/v2/session/info``."""

    name: str
    status: str
    number: str
    push_name: str

    @property
    def meaning(self) -> str:
        return STATUS_MEANINGS.get(self.status, "Wawp reported a status this app does not know.")

    @classmethod
    def parse(cls, data: dict[str, Any]) -> SessionInfo:
        status = _text(data.get("status")).upper()
        if not status:
            raise WawpError(
                ErrorKind.UNEXPECTED_SHAPE,
                "Wawp answered but did not say what state the instance is in.",
                data=data,
            )
        me = data.get("me") if isinstance(data.get("me"), dict) else {}
        number = _text(me.get("id")).split("@", 1)[0]
        return cls(_text(data.get("name")), status, number, _text(me.get("pushName")))


@dataclass(frozen=True, slots=True)
class StoredWebhook:
    """One webhook as Wawp reports it; fields it left out are None."""

    url: str
    name: str = ""
    events: list[str] = field(default_factory=list)
    is_active: bool | None = None
    retry_delay: int | None = None
    retry_attempts: int | None = None
    has_hmac: bool = False
    raw: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def parse(cls, item: dict[str, Any]) -> StoredWebhook | None:
        """None when ``item`` has no URL (not a webhook)."""
        url = _text(item.get("url"))
        if not url:
            return None
        events = as_list(item.get("events")) or []
        names = [e.strip() for e in events if isinstance(e, str) and e.strip()]
        active = item.get("is_active", item.get("enabled", item.get("active")))
        active = to_bool(active) if active is not None else None
        retries = item.get("retries") if isinstance(item.get("retries"), dict) else {}
        delay = to_int(retries.get("delay", retries.get("delaySeconds")))
        attempts = to_int(retries.get("attempts"))
        hmac = item.get("hmac")
        return cls(
            url=url,
            name=_text(item.get("name")),
            events=names,
            is_active=active if isinstance(active, bool) else None,
            retry_delay=delay if isinstance(delay, int) and not isinstance(delay, bool) else None,
            retry_attempts=(
                attempts if isinstance(attempts, int) and not isinstance(attempts, bool) else None
            ),
            has_hmac=bool(hmac) and hmac is not False,
            raw=item,
        )

    @property
    def is_system(self) -> bool:
        return is_system_webhook(self.url)



def parse_webhook_list(data: dict[str, Any]) -> list[StoredWebhook]:
    """The ``webhooks`` of a ``GET /v2/session/webhook`` answer (lists, ``{}`` or numeric keys)."""
    raw = data.get("webhooks")
    if raw is None:
        raise WawpError(
            ErrorKind.UNEXPECTED_SHAPE,
            "Wawp's answer did not include the list of webhooks.",
            data=data,
        )
    items = as_list(raw)
    if items is None and isinstance(raw, dict) and "url" in raw:
        items = [raw]
    if items is None:
        raise WawpError(
            ErrorKind.UNEXPECTED_SHAPE, "Wawp's list of webhooks had an unexpected form.", data=data
        )
    system = data.get("systemConfig")
    system_url = system.get("url") if isinstance(system, dict) else None
    listed = {i.get("url") for i in items if isinstance(i, dict)}
    if isinstance(system_url, str) and system_url not in listed:
        items = [system, *items]
    parsed = [StoredWebhook.parse(item) for item in items if isinstance(item, dict)]
    return [hook for hook in parsed if hook is not None]
