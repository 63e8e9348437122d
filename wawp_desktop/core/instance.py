"""What an instance reports about itself and its webhooks, read from Wawp's loose shapes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import ErrorKind, WawpError
from .i18n import QT_TRANSLATE_NOOP, translate
from .normalize import as_list
from .webhook import StoredWebhook

STATUS_MEANINGS: dict[str, str] = {  # English sources: show SessionInfo.meaning
    "WORKING": QT_TRANSLATE_NOOP(
        "InstanceStatus", "Connected to WhatsApp: messages and events flow."),
    "STARTING": QT_TRANSLATE_NOOP(
        "InstanceStatus", "The session is starting; try again in a few seconds."),
    "SCAN_QR_CODE": QT_TRANSLATE_NOOP(
        "InstanceStatus", "Waiting for the phone: scan the QR code in the Wawp dashboard."),
    "STOPPED": QT_TRANSLATE_NOOP(
        "InstanceStatus", "The session is stopped: start it in the Wawp dashboard."),
    "FAILED": QT_TRANSLATE_NOOP(
        "InstanceStatus", "The session failed: restart it or link the phone again in the "
        "dashboard."),
}
STATUS_LEVELS: dict[str, str] = {
    "WORKING": "success",
    "STARTING": "info",
    "SCAN_QR_CODE": "warning",
    "STOPPED": "muted",
    "FAILED": "error",
}
"""How good each state is (the window picks a colour from its palette for each level)."""


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
        """What the status means, in the user's language."""
        if self.status in STATUS_MEANINGS:
            return translate("InstanceStatus", STATUS_MEANINGS[self.status])
        return translate("InstanceStatus", "Wawp reported a status this app does not know.")

    @classmethod
    def parse(cls, data: dict[str, Any]) -> SessionInfo:
        status = _text(data.get("status")).upper()
        if not status:
            raise WawpError(
                ErrorKind.UNEXPECTED_SHAPE,
                translate(
                    "InstanceStatus", "Wawp answered but did not say what state the instance is "
                          "in."),
                data=data,
            )
        me = data.get("me") if isinstance(data.get("me"), dict) else {}
        number = _text(me.get("id")).split("@", 1)[0]
        return cls(_text(data.get("name")), status, number, _text(me.get("pushName")))


def parse_webhook_list(data: dict[str, Any]) -> list[StoredWebhook]:
    """The ``webhooks`` of a ``GET /v2/session/webhook`` answer (lists, ``{}`` or numeric keys)."""
    raw = data.get("webhooks")
    if raw is None:
        raise WawpError(
            ErrorKind.UNEXPECTED_SHAPE,
            translate("InstanceStatus", "Wawp's answer did not include the list of webhooks."),
            data=data,
        )
    items = as_list(raw)
    if items is None and isinstance(raw, dict) and "url" in raw:
        items = [raw]
    if items is None:
        raise WawpError(
            ErrorKind.UNEXPECTED_SHAPE,
            translate(
                "InstanceStatus", "Wawp's list of webhooks had an unexpected form."), data=data,
        )
    system = data.get("systemConfig")
    system_url = system.get("url") if isinstance(system, dict) else None
    listed = {i.get("url") for i in items if isinstance(i, dict)}
    if isinstance(system_url, str) and system_url not in listed:
        items = [system, *items]
    parsed = [StoredWebhook.parse(item) for item in items if isinstance(item, dict)]
    return [hook for hook in parsed if hook is not None]
