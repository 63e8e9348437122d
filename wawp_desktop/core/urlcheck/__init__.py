"""Check a webhook's receiving URL from this computer, the way Wawp's deliveries would reach it.

Steps: address rules (before any traffic), DNS, TCP connect, TLS against the OS trust store,
then a signed sample ``message`` event marked as a test. See :func:`check_url`.
"""

from .answers import judge_answer
from .certs import EXPIRY_WARNING_DAYS
from .check import (
    ANSWER_TIMEOUT,
    CONNECT_TIMEOUT,
    DNS_TIMEOUT,
    SLOW_ANSWER_SECONDS,
    TLS_TIMEOUT,
    CheckOptions,
    check_url,
    system_resolver,
    tcp_connect,
)
from .policy import Refusal, Target, check_address, non_public_reason
from .report import (
    STEP_ADDRESS,
    STEP_CONNECT,
    STEP_DNS,
    STEP_NAMES,
    STEP_SAMPLE,
    STEP_TLS,
    CheckReport,
    Exchange,
    Level,
    Step,
    Verdict,
)
from .sample import (
    SIGNATURE_HEADER,
    TEST_HEADER,
    WAHA_ALGORITHM_HEADER,
    WAHA_HMAC_HEADER,
    build_sample,
    sample_event,
)

__all__ = [
    "ANSWER_TIMEOUT",
    "CONNECT_TIMEOUT",
    "DNS_TIMEOUT",
    "EXPIRY_WARNING_DAYS",
    "SIGNATURE_HEADER",
    "SLOW_ANSWER_SECONDS",
    "STEP_ADDRESS",
    "STEP_CONNECT",
    "STEP_DNS",
    "STEP_NAMES",
    "STEP_SAMPLE",
    "STEP_TLS",
    "TEST_HEADER",
    "TLS_TIMEOUT",
    "WAHA_ALGORITHM_HEADER",
    "WAHA_HMAC_HEADER",
    "CheckOptions",
    "CheckReport",
    "Exchange",
    "Level",
    "Refusal",
    "Step",
    "Target",
    "Verdict",
    "build_sample",
    "check_address",
    "check_url",
    "judge_answer",
    "non_public_reason",
    "sample_event",
    "system_resolver",
    "tcp_connect",
]
