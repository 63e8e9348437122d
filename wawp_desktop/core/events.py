"""The catalog of Wawp webhook events, grouped as the app shows them."""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import QT_TRANSLATE_NOOP, ltr, translate


@dataclass(frozen=True, slots=True)
class Event:
    """One webhook event with a plain-language description."""

    name: str
    category: str
    """The English category name (a key): show :attr:`shown_category`."""
    description: str
    """The English description: show :attr:`shown_description` (or :func:`tooltip`)."""
    replaced_by: str | None = None

    @property
    def shown_description(self) -> str:
        """:attr:`description` in the user's language."""
        return translate("EventCatalog", self.description)

    @property
    def shown_category(self) -> str:
        """:attr:`category` in the user's language."""
        return category_label(self.category)

    @property
    def deprecated(self) -> bool:
        return self.replaced_by is not None


_CATALOG: tuple[tuple[str, tuple[tuple[str, str, str | None], ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("EventCatalog", "Messages"),
        (
            ("message", QT_TRANSLATE_NOOP(
                "EventCatalog", "An incoming message (text, media, file) received by this number."
            ), None),
            (
                "message.any",
                QT_TRANSLATE_NOOP(
                    "EventCatalog", "Every message in the session, including those this number "
                    "sends."),
                None,
            ),
            ("message.ack", QT_TRANSLATE_NOOP(
                "EventCatalog", "Delivery and read status of sent messages in direct chats."),
             None),
            (
                "message.ack.group",
                QT_TRANSLATE_NOOP(
                    "EventCatalog", "Read or played receipts from participants in group chats."),
                None,
            ),
            ("message.waiting", QT_TRANSLATE_NOOP(
                "EventCatalog", "The phone shows \u201cWaiting for this message\u201d."), None),
            ("message.revoked", QT_TRANSLATE_NOOP(
                "EventCatalog", "A message was deleted for everyone."), None),
            ("message.edited", QT_TRANSLATE_NOOP(
                "EventCatalog", "A sent message was edited."), None),
            ("message.reaction", QT_TRANSLATE_NOOP(
                "EventCatalog", "A reaction was added to or removed from a message."), None),
            ("poll.vote", QT_TRANSLATE_NOOP(
                "EventCatalog", "A vote on a poll this number sent."), None),
            ("poll.vote.failed", QT_TRANSLATE_NOOP(
                "EventCatalog", "A poll vote arrived but could not be decrypted."), None),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("EventCatalog", "Groups"),
        (
            ("group.join", QT_TRANSLATE_NOOP(
                "EventCatalog", "Old-style event: someone joined a group."), "group.v2.join"),
            ("group.leave", QT_TRANSLATE_NOOP(
                "EventCatalog", "Old-style event: someone left a group."), "group.v2.leave"),
            ("group.v2.join", QT_TRANSLATE_NOOP(
                "EventCatalog", "This number joined or was added to a group."), None),
            ("group.v2.leave", QT_TRANSLATE_NOOP(
                "EventCatalog", "This number left or was removed from a group."), None),
            (
                "group.v2.update",
                QT_TRANSLATE_NOOP(
                    "EventCatalog", "Group info changed: subject, description, settings, picture."),
                None,
            ),
            ("group.v2.participants", QT_TRANSLATE_NOOP(
                "EventCatalog", "Group members changed: join, leave, promote, demote."), None),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("EventCatalog", "Session & Calls"),
        (
            (
                "session.status",
                QT_TRANSLATE_NOOP(
                    "EventCatalog", "The session's status changed (for example WORKING or "
                    "FAILED)."),
                None,
            ),
            ("state.change", QT_TRANSLATE_NOOP(
                "EventCatalog", "Old-style internal engine state."), "session.status"),
            ("presence.update", QT_TRANSLATE_NOOP(
                "EventCatalog", "Presence in a chat: online, offline, typing, recording."), None),
            ("chat.archive", QT_TRANSLATE_NOOP(
                "EventCatalog", "A chat was archived or unarchived."), None),
            ("call.received", QT_TRANSLATE_NOOP(
                "EventCatalog", "An incoming voice or video call."), None),
            ("call.accepted", QT_TRANSLATE_NOOP(
                "EventCatalog", "An incoming call was accepted on another device."), None),
            ("call.rejected", QT_TRANSLATE_NOOP(
                "EventCatalog", "An incoming call was rejected or ended."), None),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("EventCatalog", "Labels"),
        (
            ("label.upsert", QT_TRANSLATE_NOOP(
                "EventCatalog", "A WhatsApp Business label was created or updated."), None),
            ("label.deleted", QT_TRANSLATE_NOOP(
                "EventCatalog", "A WhatsApp Business label was deleted."), None),
            ("label.chat.added", QT_TRANSLATE_NOOP(
                "EventCatalog", "A label was assigned to a chat."), None),
            ("label.chat.deleted", QT_TRANSLATE_NOOP(
                "EventCatalog", "A label was removed from a chat."), None),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("EventCatalog", "Advanced"),
        (
            (
                "event.response",
                QT_TRANSLATE_NOOP(
                    "EventCatalog", "Someone answered an Event (calendar invite) message you "
                    "sent."),
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


def category_label(category: str) -> str:
    """A category of :data:`CATEGORIES` (English, a key) in the user's language."""
    return translate("EventCatalog", category)


def tooltip(event: Event) -> str:
    """Tooltip text (in the user's language): the description, plus the replacement of a
    deprecated event."""
    if event.replaced_by:
        return translate("EventCatalog", "{description} Deprecated: use {event} instead.").format(
            description=event.shown_description, event=ltr(event.replaced_by))
    return event.shown_description


def catalog_order(names: set[str] | list[str] | tuple[str, ...]) -> list[str]:
    """Known names in catalog order (unknown names are dropped)."""
    wanted = set(names)
    return [event.name for event in EVENTS if event.name in wanted]
