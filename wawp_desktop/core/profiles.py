"""Saved instances (a display name and an instance ID; tokens stay in the keyring)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .i18n import ltr, translate


@dataclass(frozen=True, slots=True)
class Profile:
    """One instance the user keeps in the list."""

    name: str
    instance_id: str

    @property
    def label(self) -> str:
        """What lists show: the name and the instance ID, in the user's language."""
        if not self.name:
            return self.instance_id
        return translate("SavedInstances", "{name} ({instance_id})").format(
            name=self.name, instance_id=ltr(self.instance_id))


def profiles_from_data(data: Any) -> list[Profile]:
    """Tolerant parse of the stored list: bad entries and duplicates are dropped."""
    from .validation import check_instance_id  # ipaddress and unicodedata: not at start-up

    result: list[Profile] = []
    seen: set[str] = set()
    for item in data if isinstance(data, list) else []:
        if not isinstance(item, dict):
            continue
        instance_id = item.get("instance_id")
        name = item.get("name")
        if not isinstance(instance_id, str) or check_instance_id(instance_id) is not None:
            continue
        if instance_id in seen:
            continue
        seen.add(instance_id)
        result.append(Profile(name.strip()[:100] if isinstance(name, str) else "", instance_id))
    return result


def profiles_to_data(profiles: list[Profile]) -> list[dict[str, str]]:
    return [{"name": p.name, "instance_id": p.instance_id} for p in profiles]


def upsert(profiles: list[Profile], profile: Profile) -> list[Profile]:
    """``profiles`` with ``profile`` added, or renamed in place when its ID is known."""
    for index, existing in enumerate(profiles):
        if existing.instance_id == profile.instance_id:
            return [*profiles[:index], profile, *profiles[index + 1 :]]
    return [*profiles, profile]
