"""The sandbox's in-memory world: instances, their webhooks, and the demo accounts."""

from __future__ import annotations

import copy
import re
import secrets
import string
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..core.i18n import QT_TRANSLATE_NOOP, translate

PAID = "paid"
FREE = "free"
PLANS = (PAID, FREE)
STATUSES = ("STOPPED", "STARTING", "SCAN_QR_CODE", "WORKING", "FAILED")
SYSTEM_WEBHOOK_PREFIX = "https://app.wawp.net/api/webhook/"
DEFAULT_RETRIES: dict[str, int] = {"delay": 2, "attempts": 15}

_INSTANCE_ID_RE = re.compile(r"[A-Za-z0-9]{12}")
_ALNUM = string.ascii_uppercase + string.digits


@dataclass(slots=True)
class Instance:
    """One Wawp instance (a linked WhatsApp number) as the sandbox stores it.

    ``webhooks`` holds dicts ``{url, name, events, is_active, retries: {delay, attempts},
    hmac}`` in the order they were first set; ``me`` is ``{"id", "pushName"}`` or None when
    no phone is linked yet.
    """

    instance_id: str
    access_token: str
    plan: str = PAID
    status: str = "WORKING"
    name: str = ""
    me: dict[str, str] | None = None
    system_token: str = ""
    webhooks: list[dict[str, Any]] = field(default_factory=list)
    drift: dict[str, Any] = field(default_factory=dict)
    """Make the server store something else than asked (to exercise the read-back check):
    ``drop_events`` (events silently not stored), ``add_events`` (stored though not asked),
    ``is_active`` and ``retries`` overrides."""

    def __post_init__(self) -> None:
        if not _INSTANCE_ID_RE.fullmatch(self.instance_id):
            raise ValueError(f"instance_id must be 12 letters and digits: {self.instance_id!r}")
        if self.plan not in PLANS:
            raise ValueError(f"plan must be one of {PLANS}: {self.plan!r}")
        if self.status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}: {self.status!r}")
        if not self.access_token:
            raise ValueError("access_token must not be empty")
        if not self.name:
            self.name = f"wawp-{secrets.randbelow(10**8):08d}"
        if not self.system_token:
            self.system_token = secrets.token_hex(16)

    @property
    def system_webhook_url(self) -> str:
        """The instance's own webhook, whose event filter Wawp syncs with its dashboard."""
        return SYSTEM_WEBHOOK_PREFIX + self.system_token

    def find_webhook(self, url: str) -> int | None:
        """Index of the webhook stored for ``url``, or None."""
        for index, hook in enumerate(self.webhooks):
            if hook["url"] == url:
                return index
        return None

    def put_webhook(self, hook: dict[str, Any]) -> bool:
        """Store ``hook``, replacing the one with the same URL in place. True when added."""
        index = self.find_webhook(hook["url"])
        if index is None:
            self.webhooks.append(hook)
            return True
        self.webhooks[index] = hook
        return False


@dataclass(frozen=True, slots=True)
class DemoAccount:
    """Credentials of a demo instance, with a label the window can offer (``label`` is the
    English source, context "DemoAccounts": show :attr:`shown_label`)."""

    label: str
    instance_id: str
    access_token: str
    plan: str
    status: str = "WORKING"
    session_name: str = ""
    push_name: str = "Sandbox User"
    phone: str = "201000000000"

    @property
    def shown_label(self) -> str:
        """The label in the user's language."""
        return translate("DemoAccounts", self.label)


DEMO_PAID_ID = "DEMOPAID0001"
DEMO_PAID_TOKEN = "sandbox-paid-token-0001"
DEMO_FREE_ID = "DEMOFREE0001"
DEMO_FREE_TOKEN = "sandbox-free-token-0001"
DEMO_QR_ID = "DEMOSCANQR01"
DEMO_QR_TOKEN = "sandbox-qr-token-0001"
DEMO_FAILED_ID = "DEMOFAILED01"
DEMO_FAILED_TOKEN = "sandbox-failed-token-0001"

DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount(QT_TRANSLATE_NOOP("DemoAccounts", "Paid plan demo"),
                DEMO_PAID_ID, DEMO_PAID_TOKEN, PAID,
                session_name="wawp-84729105", push_name="Paid Demo", phone="201000000001"),
    DemoAccount(QT_TRANSLATE_NOOP("DemoAccounts", "Free plan demo"),
                DEMO_FREE_ID, DEMO_FREE_TOKEN, FREE,
                session_name="wawp-84729106", push_name="Free Demo", phone="201000000002"),
)
"""The accounts a user is offered: one where webhooks work, one that gets 403."""

STATUS_DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount(QT_TRANSLATE_NOOP("DemoAccounts", "Waiting for QR scan demo"),
                DEMO_QR_ID, DEMO_QR_TOKEN, PAID, "SCAN_QR_CODE",
                session_name="wawp-84729107"),
    DemoAccount(QT_TRANSLATE_NOOP("DemoAccounts", "Failed session demo"),
                DEMO_FAILED_ID, DEMO_FAILED_TOKEN, PAID, "FAILED",
                session_name="wawp-84729108", push_name="Failed Demo", phone="201000000004"),
)
"""Paid instances whose session is not WORKING (for status displays)."""

ALL_DEMO_ACCOUNTS: tuple[DemoAccount, ...] = DEMO_ACCOUNTS + STATUS_DEMO_ACCOUNTS

_NO_PHONE_STATUSES = frozenset({"STOPPED", "STARTING", "SCAN_QR_CODE"})


def demo_instance(account: DemoAccount) -> Instance:
    """A fresh instance for ``account`` (fixed name and system token, no webhooks)."""
    me = None
    if account.status not in _NO_PHONE_STATUSES:
        me = {"id": f"{account.phone}@c.us", "pushName": account.push_name}
    instance = Instance(
        instance_id=account.instance_id,
        access_token=account.access_token,
        plan=account.plan,
        status=account.status,
        name=account.session_name,
        me=me,
        system_token=f"sandbox{account.instance_id.lower()}",
    )
    return instance


def seed_showcase(state: SandboxState) -> None:
    """Give the paid demo instances what a real one has: its system webhook (the Wawp
    inbox's) and one custom webhook, so the app's list has something to show."""
    for instance in (state.get(a.instance_id) for a in DEMO_ACCOUNTS if a.plan == PAID):
        if instance is None:
            continue
        instance.put_webhook({
            "url": instance.system_webhook_url, "name": "Wawp inbox",
            "events": ["message", "message.ack", "session.status"], "is_active": True,
            "retries": dict(DEFAULT_RETRIES), "hmac": None,
        })
        instance.put_webhook({
            "url": "https://crm.example.com/wawp/events", "name": "CRM",
            "events": ["message", "message.ack", "message.revoked", "label.upsert"],
            "is_active": True, "retries": {"delay": 5, "attempts": 10}, "hmac": None,
        })


class SandboxState:
    """All instances, guarded by one re-entrant lock (``with state.lock:`` for compound work)."""

    def __init__(self, instances: Iterable[Instance] = ()) -> None:
        self.lock = threading.RLock()
        self._instances: dict[str, Instance] = {}
        for instance in instances:
            self.add(instance)

    @classmethod
    def demo(cls) -> SandboxState:
        """A state holding a fresh copy of every demo instance."""
        return cls(demo_instance(account) for account in ALL_DEMO_ACCOUNTS)

    def add(self, instance: Instance) -> Instance:
        """Add (or replace) ``instance``; returns it."""
        with self.lock:
            self._instances[instance.instance_id] = instance
        return instance

    def create_instance(self, *, plan: str = PAID, status: str = "WORKING") -> Instance:
        """A new instance with a random 12-character ID and token (handy for isolated tests)."""
        with self.lock:
            while True:
                instance_id = "".join(secrets.choice(_ALNUM) for _ in range(12))
                if instance_id not in self._instances:
                    break
            me = None
            if status not in _NO_PHONE_STATUSES:
                me = {"id": f"2010{secrets.randbelow(10**8):08d}@c.us", "pushName": "Sandbox User"}
            instance = Instance(
                instance_id, secrets.token_urlsafe(24), plan=plan, status=status, me=me
            )
            return self.add(instance)

    def get(self, instance_id: str) -> Instance | None:
        """The instance with this ID, or None."""
        with self.lock:
            return self._instances.get(instance_id)

    def instance_ids(self) -> list[str]:
        """IDs of all instances, in the order they were added."""
        with self.lock:
            return list(self._instances)

    def webhooks(self, instance_id: str) -> list[dict[str, Any]]:
        """A deep copy of the webhooks stored for ``instance_id`` (empty when unknown)."""
        with self.lock:
            instance = self._instances.get(instance_id)
            return copy.deepcopy(instance.webhooks) if instance else []
