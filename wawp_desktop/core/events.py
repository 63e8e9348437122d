"""The catalog of Wawp webhook events, grouped as the app shows them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Event:
    """One webhook event with a plain-language description."""

    name: str
    category: str
    description: str
    replaced_by: str | None = None

    @property
    def deprecated(self) -> bool:
        return self.replaced_by is not None


_CATALOG: tuple[tuple[str, tuple[tuple[str, str, str | None], ...]], ...] = (
    (
        "Messages",
        (
            ("message", "An incoming message (text, media, file) received by this number.", None),
            (
                "message.any",
                "Every message in the session, including those this number sends.",
                None,
            ),
            ("message.ack", "Delivery and read status of sent messages in direct chats.", None),
            (
                "message.ack.group",
                "Read or played receipts from participants in group chats.",
                None,
            ),
            ("message.waiting", "The phone shows \u201cWaiting for this message\u201d.", None),
            ("message.revoked", "A message was deleted for everyone.", None),
            ("message.edited", "A sent message was edited.", None),
            ("message.reaction", "A reaction was added to or removed from a message.", None),
            ("poll.vote", "A vote on a poll this number sent.", None),
            ("poll.vote.failed", "A poll vote arrived but could not be decrypted.", None),
        ),
    ),
    (
        "Groups",
        (
            ("group.join", "Old-style event: someone joined a group.", "group.v2.join"),
            ("group.leave", "Old-style event: someone left a group.", "group.v2.leave"),
            ("group.v2.join", "This number joined or was added to a group.", None),
            ("group.v2.leave", "This number left or was removed from a group.", None),
            (
                "group.v2.update",
                "Group info changed: subject, description, settings, picture.",
                None,
            ),
            ("group.v2.participants", "Group members changed: join, leave, promote, demote.", None),
        ),
    ),
    (
        "Session & Calls",
        (
            (
                "session.status",
                "The session's status changed (for example WORKING or FAILED).",
                None,
            ),
            ("state.change", "Old-style internal engine state.", "session.status"),
            ("presence.update", "Presence in a chat: online, offline, typing, recording.", None),
            ("chat.archive", "A chat was archived or unarchived.", None),
            ("call.received", "An incoming voice or video call.", None),
            ("call.accepted", "An incoming call was accepted on another device.", None),
            ("call.rejected", "An incoming call was rejected or ended.", None),
        ),
    ),
    (
        "Labels",
        (
            ("label.upsert", "A WhatsApp Business label was created or updated.", None),
            ("label.deleted", "A WhatsApp Business label was deleted.", None),
            ("label.chat.added", "A label was assigned to a chat.", None),
            ("label.chat.deleted", "A label was removed from a chat.", None),
        ),
    ),
    (
        "Advanced",
        (
            (
                "event.response",
                "Someone answered an Event (calendar invite) message you sent.",
                None,
            ),
        ),
    ),
)

EVENTS: tuple[Event, ...] = tuple(
    Event(name, category, description, replaced_by)
    for category, entries in _CATALOG
    for name, description, replaced_by in entries
)
CATEGORIES: tuple[str, ...] = tuple(category for category, _ in _CATALOG)
EVENT_NAMES: frozenset[str] = frozenset(event.name for event in EVENTS)


def events_in(category: str) -> tuple[Event, ...]:
    """Events of one category, in catalog order."""
    return tuple(event for event in EVENTS if event.category == category)


def tooltip(event: Event) -> str:
    """Tooltip text: the description, plus the replacement of a deprecated event."""
    if event.replaced_by:
        return f"{event.description} Deprecated: use {event.replaced_by} instead."
    return event.description


def catalog_order(names: set[str] | list[str] | tuple[str, ...]) -> list[str]:
    """Known names in catalog order (unknown names are dropped)."""
    wanted = set(names)
    return [event.name for event in EVENTS if event.name in wanted]
