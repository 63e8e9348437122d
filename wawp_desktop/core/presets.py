"""Ready-made event selections and the event search."""

from __future__ import annotations

from dataclasses import dataclass

from .events import EVENTS, Event
from .i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True, slots=True)
class Preset:
    """A named set of events; ``heavy`` presets get a traffic warning.

    ``name`` and ``description`` are English (``name`` is the key to look a preset up by);
    show :attr:`label` and :attr:`shown_description`."""

    name: str
    events: tuple[str, ...]
    description: str
    heavy: bool = False

    @property
    def key(self) -> str:
        """The untranslated name, for lookups and settings."""
        return self.name

    @property
    def label(self) -> str:
        """The name in the user's language."""
        return translate("EventPresets", self.name)

    @property
    def shown_description(self) -> str:
        """The description in the user's language."""
        return translate("EventPresets", self.description)


PRESETS: tuple[Preset, ...] = (
    Preset(QT_TRANSLATE_NOOP("EventPresets", "Everything"), tuple(e.name for e in EVENTS),
           QT_TRANSLATE_NOOP("EventPresets", "All 28 events."), heavy=True),
    Preset(
        QT_TRANSLATE_NOOP("EventPresets", "Messages only"),
        ("message", "message.ack", "message.revoked", "message.edited", "message.reaction"),
        QT_TRANSLATE_NOOP("EventPresets", "Incoming messages and what happens to them afterwards."),
    ),
    Preset(
        QT_TRANSLATE_NOOP("EventPresets", "CRM / inbox"),
        (
            "message", "message.any", "message.ack", "message.revoked", "message.edited",
            "message.reaction", "call.received", "label.chat.added", "label.chat.deleted",
            "session.status",
        ),
        QT_TRANSLATE_NOOP(
            "EventPresets", "A shared inbox or CRM: every message in and out, status, edits, "
                          "reactions, missed calls, chat labels and whether the number is "
                          "connected."),
    ),
    Preset(QT_TRANSLATE_NOOP("EventPresets", "Session health"), ("session.status",),
           QT_TRANSLATE_NOOP("EventPresets", "Only the session's status (connected or not).")),
    Preset(QT_TRANSLATE_NOOP(
        "EventPresets", "Clear"), (), QT_TRANSLATE_NOOP("EventPresets", "No events selected.")),
)


def matches(event: Event, text: str) -> bool:
    """True when ``text`` (case-insensitive, trimmed) is in the event's name or description
    (in English or in the user's language)."""
    needle = text.strip().casefold()
    return (not needle or needle in event.name.casefold()
            or needle in event.description.casefold()
            or needle in event.shown_description.casefold())
