"""Problems the sandbox can play on purpose, so a user sees what each looks like in the app
(a support person learning the messages, a customer rehearsing). Each is one :class:`Fault`
for the next request."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..core.i18n import QT_TRANSLATE_NOOP, translate
from .faults import Fault

MAINTENANCE_PAGE = ("<!DOCTYPE html><html><head><title>503 Service Unavailable</title></head>"
                    "<body><h1>Down for maintenance</h1><p>Back soon.</p></body></html>")


@dataclass(frozen=True, slots=True)
class PracticeProblem:
    """A named problem and the fault that plays it. ``label`` and ``description`` are English
    sources (context "PracticeProblems"): show :attr:`shown_label` and
    :attr:`shown_description`."""

    key: str
    label: str
    description: str
    fault: Callable[[], Fault]

    @property
    def shown_label(self) -> str:
        return translate("PracticeProblems", self.label)

    @property
    def shown_description(self) -> str:
        return translate("PracticeProblems", self.description)


PROBLEMS: tuple[PracticeProblem, ...] = (
    PracticeProblem(
        "slow", QT_TRANSLATE_NOOP("PracticeProblems", "Slow answer (6 s)"),
        QT_TRANSLATE_NOOP("PracticeProblems", "Wawp answers, but only after 6 seconds."),
        lambda: Fault(delay=6.0)),
    PracticeProblem(
        "timeout", QT_TRANSLATE_NOOP("PracticeProblems", "No answer (time-out)"),
        QT_TRANSLATE_NOOP("PracticeProblems",
                          "Wawp never answers; the app gives up after its time limit."),
        lambda: Fault(delay=60.0, close_without_answer=True)),
    PracticeProblem(
        "server-error", QT_TRANSLATE_NOOP("PracticeProblems", "Server error (HTTP 500)"),
        QT_TRANSLATE_NOOP("PracticeProblems", "Wawp fails with an internal error."),
        lambda: Fault(status=500, body={"status": "error", "message": "Internal Server Error"})),
    PracticeProblem(
        "maintenance",
        QT_TRANSLATE_NOOP("PracticeProblems", "Maintenance page (HTTP 503, HTML)"),
        QT_TRANSLATE_NOOP("PracticeProblems",
                          "A web page instead of an answer, as during maintenance."),
        lambda: Fault(status=503, body=MAINTENANCE_PAGE,
                      content_type="text/html; charset=utf-8")),
    PracticeProblem(
        "rate-limited", QT_TRANSLATE_NOOP("PracticeProblems", "Too many requests (HTTP 429)"),
        QT_TRANSLATE_NOOP("PracticeProblems", "Wawp asks to slow down and try again later."),
        lambda: Fault(status=429, body={"status": "error", "code": "rate_limited",
                                        "message": "Too many requests"},
                      headers={"Retry-After": "30"})),
    PracticeProblem(
        "cut", QT_TRANSLATE_NOOP("PracticeProblems", "Connection cut mid-answer"),
        QT_TRANSLATE_NOOP("PracticeProblems", "The connection breaks while the answer arrives."),
        lambda: Fault(reset_mid_body=True)),
    PracticeProblem(
        "wrong-shape", QT_TRANSLATE_NOOP("PracticeProblems", "Unexpected answer"),
        QT_TRANSLATE_NOOP("PracticeProblems",
                          "Wawp answers 200 with something that is not a webhook."),
        lambda: Fault(status=200, body=["not", "a", "webhook"])),
)
BY_KEY = {problem.key: problem for problem in PROBLEMS}
