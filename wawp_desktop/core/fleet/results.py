"""One result row per instance of a bulk run, the run's summary, and the report as CSV.

A row holds short texts only (never a token, never Wawp's whole answer), so a run over
hundreds of instances stays small in memory.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from enum import StrEnum

from ..secrets import redact
from .csv_cells import safe_cell


class Kind(StrEnum):
    """What a bulk run does."""

    TEST = "test"
    APPLY = "apply"
    COMPARE = "compare"


class Outcome(StrEnum):
    """How one instance ended; ``label`` is what the results list shows."""

    PENDING = "pending"
    WORKING = "working"
    CONNECTED = "connected"
    SESSION_PROBLEM = "session not working"
    SAVED = "saved"
    UNCHANGED = "unchanged"
    STORED_DIFFERENTLY = "stored differently"
    SAME = "same"
    DIFFERS = "differs"
    MISSING = "missing"
    FAILED = "failed"
    NEEDS_TOKEN = "needs a token"
    REFUSED = "refused"
    MAY_HAVE_SAVED = "may have been saved"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return LABELS[self]

    @property
    def level(self) -> str:
        """success, info, warning, error or muted (the window picks the colour)."""
        return LEVELS[self]


LABELS: dict[Outcome, str] = {
    Outcome.PENDING: "Waiting",
    Outcome.WORKING: "Working…",
    Outcome.CONNECTED: "Connected",
    Outcome.SESSION_PROBLEM: "Session not working",
    Outcome.SAVED: "Saved",
    Outcome.UNCHANGED: "Already as asked",
    Outcome.STORED_DIFFERENTLY: "Saved, stored differently",
    Outcome.SAME: "Same as the form",
    Outcome.DIFFERS: "Differs",
    Outcome.MISSING: "No such webhook",
    Outcome.FAILED: "Failed",
    Outcome.NEEDS_TOKEN: "Needs a token",
    Outcome.REFUSED: "Not attempted",
    Outcome.MAY_HAVE_SAVED: "May have been saved",
    Outcome.CANCELLED: "Cancelled",
}
LEVELS: dict[Outcome, str] = {
    Outcome.PENDING: "muted", Outcome.WORKING: "muted", Outcome.CONNECTED: "success",
    Outcome.SESSION_PROBLEM: "error",
    Outcome.SAVED: "success", Outcome.UNCHANGED: "success", Outcome.SAME: "success",
    Outcome.STORED_DIFFERENTLY: "warning", Outcome.DIFFERS: "warning",
    Outcome.MISSING: "warning", Outcome.FAILED: "error", Outcome.NEEDS_TOKEN: "warning",
    Outcome.REFUSED: "warning", Outcome.MAY_HAVE_SAVED: "warning", Outcome.CANCELLED: "muted",
}
RETRYABLE = frozenset({Outcome.FAILED, Outcome.MAY_HAVE_SAVED, Outcome.CANCELLED,
                       Outcome.NEEDS_TOKEN, Outcome.PENDING, Outcome.WORKING,
                       Outcome.STORED_DIFFERENTLY, Outcome.SESSION_PROBLEM})
"""Rows that "Retry failed" runs again."""
FINISHED_OK = frozenset({Outcome.CONNECTED, Outcome.SAVED, Outcome.UNCHANGED, Outcome.SAME})


@dataclass(frozen=True, slots=True)
class Result:
    """One instance's outcome. ``status`` is the session state (Test all); ``hooks`` a short
    summary of its webhooks ("3 webhooks, CRM active") when they were read."""

    instance_id: str
    name: str
    outcome: Outcome
    message: str = ""
    details: tuple[str, ...] = ()
    status: str = ""
    hooks: str = ""
    title: str = ""
    """The short name of a failure ("The access token was refused")."""

    def as_dict(self) -> dict[str, object]:
        """A history row (no secrets: a row never holds a token)."""
        data: dict[str, object] = {"instance_id": self.instance_id, "name": self.name,
                                   "outcome": self.outcome.value, "message": self.message}
        if self.details:
            data["details"] = list(self.details)
        if self.status:
            data["status"] = self.status
        return data


VERBS = {Kind.TEST: "Tested", Kind.APPLY: "Applied to", Kind.COMPARE: "Compared"}


def summary(kind: Kind, results: list[Result], *, cancelled: bool = False) -> str:
    """"Applied to 24 instances: 20 saved, 3 failed, 1 needs a token"."""
    counts: dict[Outcome, int] = {}
    for result in results:
        counts[result.outcome] = counts.get(result.outcome, 0) + 1
    total = len(results)
    head = f"{VERBS[kind]} {total} instance{'' if total == 1 else 's'}"
    parts = [f"{count} {outcome.value}" for outcome, count in counts.items()]
    tail = " (cancelled)" if cancelled else ""
    return head + (": " + ", ".join(parts) if parts else "") + tail


def report_csv(results: list[Result], secrets: list[str] | tuple[str, ...] = ()) -> str:
    """The results as CSV, secrets masked (a row never holds one; this is a second guard)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(("instance_id", "name", "outcome", "message", "details", "status"))
    for r in results:
        cells = (r.instance_id, r.name, r.outcome.label, r.message, "; ".join(r.details),
                 r.status)
        writer.writerow([safe_cell(redact(cell, list(secrets))) for cell in cells])
    return out.getvalue()
