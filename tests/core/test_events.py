"""The event catalog: names, order, categories, descriptions and deprecations."""

from __future__ import annotations

import pytest

from tests.plain_text import plain
from wawp_desktop.core.events import (
    CATEGORIES,
    EVENT_NAMES,
    EVENTS,
    Event,
    catalog_order,
    events_in,
    tooltip,
)

EXPECTED: dict[str, list[str]] = {
    "Messages": [
        "message",
        "message.any",
        "message.ack",
        "message.ack.group",
        "message.waiting",
        "message.revoked",
        "message.edited",
        "message.reaction",
        "poll.vote",
        "poll.vote.failed",
    ],
    "Groups": [
        "group.join",
        "group.leave",
        "group.v2.join",
        "group.v2.leave",
        "group.v2.update",
        "group.v2.participants",
    ],
    "Session & Calls": [
        "session.status",
        "state.change",
        "presence.update",
        "chat.archive",
        "call.received",
        "call.accepted",
        "call.rejected",
    ],
    "Labels": ["label.upsert", "label.deleted", "label.chat.added", "label.chat.deleted"],
    "Advanced": ["event.response"],
}
DEPRECATED = {
    "group.join": "group.v2.join",
    "group.leave": "group.v2.leave",
    "state.change": "session.status",
}


def test_there_are_28_events_in_5_categories() -> None:
    assert len(EVENTS) == 28
    assert len(EVENT_NAMES) == 28
    assert tuple(EXPECTED) == CATEGORIES


def test_full_order_matches_the_brief() -> None:
    flat = [name for names in EXPECTED.values() for name in names]
    assert [event.name for event in EVENTS] == flat


@pytest.mark.parametrize("category", list(EXPECTED))
def test_each_category_holds_its_events_in_order(category: str) -> None:
    events = events_in(category)
    assert [event.name for event in events] == EXPECTED[category]
    assert all(event.category == category for event in events)


def test_unknown_category_is_empty() -> None:
    assert events_in("Nope") == ()


@pytest.mark.parametrize("event", EVENTS, ids=lambda e: e.name)
def test_every_description_is_a_real_sentence(event: Event) -> None:
    assert event.description.strip()
    assert event.description == event.description.strip()
    assert len(event.description) >= 15
    assert event.description[0].isupper()


def test_descriptions_are_distinct() -> None:
    descriptions = [event.description for event in EVENTS]
    assert len(set(descriptions)) == len(descriptions)


@pytest.mark.parametrize(("name", "replacement"), sorted(DEPRECATED.items()))
def test_deprecated_events_name_a_live_replacement(name: str, replacement: str) -> None:
    event = get_event(name)
    assert event is not None
    assert event.deprecated
    assert event.replaced_by == replacement
    target = get_event(replacement)
    assert target is not None and not target.deprecated
    assert f"use {replacement} instead" in plain(tooltip(event))
    assert tooltip(event).startswith(event.description)


def test_only_the_three_old_events_are_deprecated() -> None:
    assert {event.name for event in EVENTS if event.deprecated} == set(DEPRECATED)
    assert all(event.replaced_by is None for event in EVENTS if event.name not in DEPRECATED)


def test_tooltip_of_a_live_event_is_its_description() -> None:
    event = get_event("message.ack")
    assert event is not None
    assert tooltip(event) == event.description
    assert "Deprecated" not in tooltip(event)


def test_the_catalog_by_name() -> None:
    event = get_event("poll.vote.failed")
    assert event is not None
    assert (event.name, event.category) == ("poll.vote.failed", "Messages")
    assert get_event("message.unknown") is None
    assert get_event("") is None
    assert get_event("MESSAGE") is None


def test_events_are_immutable() -> None:
    event = EVENTS[0]
    with pytest.raises(AttributeError):
        event.name = "other"  # type: ignore[misc]


def test_catalog_order_sorts_and_drops_unknown() -> None:
    assert catalog_order({"event.response", "message", "bogus", "group.v2.join"}) == [
        "message",
        "group.v2.join",
        "event.response",
    ]
    assert catalog_order(["label.deleted", "label.deleted", "message.any"]) == [
        "message.any",
        "label.deleted",
    ]
    assert catalog_order(()) == []


def get_event(name: str):  # noqa: ANN201 - the catalog entry, or None
    return next((event for event in EVENTS if event.name == name), None)
