"""The sandbox: a small fake Wawp API that ships with the app, for demos and tests.

Run it with ``python -m wawp_desktop.sandbox --port 8765`` and point the app at the printed
address, using one of the demo instances (:data:`DEMO_ACCOUNTS`).
"""

from .faults import HANG_SECONDS, Fault, FaultQueue
from .handlers import HMAC_MASK, ROUTES, Answer, ApiCall, dispatch
from .server import RecordedRequest, SandboxServer
from .state import (
    ALL_DEMO_ACCOUNTS,
    DEMO_ACCOUNTS,
    DEMO_FAILED_ID,
    DEMO_FAILED_TOKEN,
    DEMO_FREE_ID,
    DEMO_FREE_TOKEN,
    DEMO_PAID_ID,
    DEMO_PAID_TOKEN,
    DEMO_QR_ID,
    DEMO_QR_TOKEN,
    STATUS_DEMO_ACCOUNTS,
    DemoAccount,
    Instance,
    SandboxState,
)

__all__ = [
    "ALL_DEMO_ACCOUNTS",
    "DEMO_ACCOUNTS",
    "DEMO_FAILED_ID",
    "DEMO_FAILED_TOKEN",
    "DEMO_FREE_ID",
    "DEMO_FREE_TOKEN",
    "DEMO_PAID_ID",
    "DEMO_PAID_TOKEN",
    "DEMO_QR_ID",
    "DEMO_QR_TOKEN",
    "HANG_SECONDS",
    "HMAC_MASK",
    "ROUTES",
    "STATUS_DEMO_ACCOUNTS",
    "Answer",
    "ApiCall",
    "DemoAccount",
    "Fault",
    "FaultQueue",
    "Instance",
    "RecordedRequest",
    "SandboxServer",
    "SandboxState",
    "dispatch",
]
