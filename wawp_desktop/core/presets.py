"""Ready-made event selections and the event search."""

from __future__ import annotations

from dataclasses import dataclass

from .events import EVENTS, Event


@dataclass(frozen=True, slots=True)
class Preset:
    """A named set of events; ``heavy`` presets get a traffic warning."""

    name: str
    events: tuple[str, ...]
    description: str
    heavy: bool = False


PRESETS: tuple[Preset, ...] = (
    Preset("Everything", tuple(e.name for e in EVENTS), "All 28 events.", heavy=True),
    Preset(
        "Messages only",
        ("message", "message.ack", "message.revoked", "message.edited", "message.reaction"),
        "Incoming messages and what happens to them afterwards.",
    ),
    Preset(
        "CRM / inbox",
        (
            "message", "message.any", "message.ack", "message.revoked", "message.edited",
            "message.reaction", "call.received", "label.chat.added", "label.chat.deleted",
            "session.status",
        ),
        "A shared inbox or CRM: every message in and out, status, edits, reactions, missed "
        "calls, chat labels and whether the number is connected.",
    ),
    Preset("Session health", ("session.status",), "Only the session's status (connected or not)."),
    Preset("Clear", (), "No events selected."),
)


def matches(event: Event, text: str) -> bool:
    """True when ``text`` (case-insensitive, trimmed) is in the event's name or description."""
    needle = text.strip().casefold()
    return not needle or needle in event.name.casefold() or needle in event.description.casefold()
