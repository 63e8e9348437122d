"""The "Fleet demo": many sandbox instances, to try the Instances page's bulk actions.

:func:`fleet_accounts` is the customer list as the app receives it (names, IDs, tokens);
:func:`seed_fleet` puts the matching instances into a sandbox. In the demo of 30, a few
instances are on the free plan, one session has FAILED, one waits for a QR scan, and one
token in the list is wrong on purpose (the sandbox knows another one), so every outcome of a
bulk run shows up.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from .state import (
    DEFAULT_RETRIES,
    FREE,
    PAID,
    DemoAccount,
    SandboxState,
    demo_instance,
)

FLEET_DEMO_SIZE = 30
FREE_NUMBERS = frozenset({5, 12, 21})
FAILED_NUMBER = 9
SCAN_QR_NUMBER = 25
WRONG_TOKEN_NUMBER = 17
CRM_URL = "https://crm.example.com/wawp/events"
"""Every third paid demo instance already has a webhook here (so Compare has something)."""

_CUSTOMERS = (
    "Nile Bakery", "Delta Dental", "Giza Tours", "Alex Motors", "Luxor Books", "Aswan Spa",
    "Cairo Florist", "Sinai Diving", "Red Sea Hotel", "Suez Freight", "Fayoum Farms",
    "Siwa Dates", "Dahab Surf", "Tanta Pharmacy", "Minya Textiles", "Port Said Marine",
    "Hurghada Kite", "Zamalek Cafe", "Maadi Gym", "Heliopolis Vet", "Mansoura Print",
    "Ismailia Optics", "Qena Pottery", "Sohag Grain", "Assiut Clinic", "Damietta Furniture",
    "Marsa Alam Eco", "Ain Sokhna Resort", "Rosetta Tea", "Kharga Solar",
)


def fleet_id(number: int) -> str:
    """``FLEETDEMO001`` … (12 letters and digits)."""
    return f"FLEETDEMO{number:03d}" if number < 1000 else f"FLEET{number:07d}"


def _token(number: int) -> str:
    return f"sandbox-fleet-token-{number:04d}"


def fleet_accounts(count: int = FLEET_DEMO_SIZE, *, mixed: bool = True) -> list[DemoAccount]:
    """The list the app is given. ``mixed``: the demo's free, failed, QR and wrong-token
    instances; otherwise every instance is a working paid one (benchmarks)."""
    accounts = []
    for number in range(1, count + 1):
        name = _CUSTOMERS[(number - 1) % len(_CUSTOMERS)]
        if number > len(_CUSTOMERS):
            name += f" {number}"
        plan, status, token = PAID, "WORKING", _token(number)
        if mixed:
            plan = FREE if number in FREE_NUMBERS else PAID
            status = {FAILED_NUMBER: "FAILED", SCAN_QR_NUMBER: "SCAN_QR_CODE"}.get(number,
                                                                                   "WORKING")
            if number == WRONG_TOKEN_NUMBER:
                token += "-old"  # the customer list holds an outdated token
        accounts.append(DemoAccount(name, fleet_id(number), token, plan, status,
                                    session_name=f"wawp-fleet-{number:04d}", push_name=name,
                                    phone=f"2011{number:08d}"))
    return accounts


def seed_fleet(state: SandboxState, count: int = FLEET_DEMO_SIZE, *, mixed: bool = True,
               webhooks: bool = True) -> list[DemoAccount]:
    """Add the fleet's instances to ``state``; the accounts as the app is given them.

    With ``webhooks``, each paid instance has its system webhook, and every third one a CRM
    webhook that differs a little from a fresh form."""
    accounts = fleet_accounts(count, mixed=mixed)
    with state.lock:
        for number, account in enumerate(accounts, start=1):
            server_side = replace(account, access_token=_token(number))
            instance = state.add(demo_instance(server_side))
            if not webhooks or instance.plan != PAID:
                continue
            instance.put_webhook({
                "url": instance.system_webhook_url, "name": "Wawp inbox",
                "events": ["message", "session.status"], "is_active": True,
                "retries": dict(DEFAULT_RETRIES), "hmac": None,
            })
            if number % 3 == 0:
                instance.put_webhook({
                    "url": CRM_URL, "name": "CRM", "events": ["message", "message.ack"],
                    "is_active": number % 6 != 0, "retries": {"delay": 5, "attempts": 10},
                    "hmac": None,
                })
    return accounts


def fleet_csv(accounts: list[DemoAccount]) -> str:
    """The accounts as the CSV the app imports (``name,instance_id,access_token``)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(("name", "instance_id", "access_token"))
    for account in accounts:
        writer.writerow((account.label, account.instance_id, account.access_token))
    return out.getvalue()
