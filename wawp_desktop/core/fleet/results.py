"""One result row per instance of a bulk run, the run's summary, and the report as CSV.

A row holds short texts only (never a token, never Wawp's whole answer), so a run over
hundreds of instances stays small in memory.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from enum import StrEnum

from ..i18n import QT_TRANSLATE_NOOP, translate
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
        """The word the results list shows, in the user's language."""
        return translate("FleetResults", LABELS[self])

    @property
    def level(self) -> str:
        """success, info, warning, error or muted (the window picks the colour)."""
        return LEVELS[self]


LABELS: dict[Outcome, str] = {
    Outcome.PENDING: QT_TRANSLATE_NOOP("FleetResults", "Waiting"),
    Outcome.WORKING: QT_TRANSLATE_NOOP("FleetResults", "Working…"),
    Outcome.CONNECTED: QT_TRANSLATE_NOOP("FleetResults", "Connected"),
    Outcome.SESSION_PROBLEM: QT_TRANSLATE_NOOP("FleetResults", "Session not working"),
    Outcome.SAVED: QT_TRANSLATE_NOOP("FleetResults", "Saved"),
    Outcome.UNCHANGED: QT_TRANSLATE_NOOP("FleetResults", "Already as asked"),
    Outcome.STORED_DIFFERENTLY: QT_TRANSLATE_NOOP("FleetResults", "Saved, stored differently"),
    Outcome.SAME: QT_TRANSLATE_NOOP("FleetResults", "Same as the form"),
    Outcome.DIFFERS: QT_TRANSLATE_NOOP("FleetResults", "Differs"),
    Outcome.MISSING: QT_TRANSLATE_NOOP("FleetResults", "No such webhook"),
    Outcome.FAILED: QT_TRANSLATE_NOOP("FleetResults", "Failed"),
    Outcome.NEEDS_TOKEN: QT_TRANSLATE_NOOP("FleetResults", "Needs a token"),
    Outcome.REFUSED: QT_TRANSLATE_NOOP("FleetResults", "Not attempted"),
    Outcome.MAY_HAVE_SAVED: QT_TRANSLATE_NOOP("FleetResults", "May have been saved"),
    Outcome.CANCELLED: QT_TRANSLATE_NOOP("FleetResults", "Cancelled"),
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


def _head(kind: Kind, total: int) -> str:
    if kind is Kind.TEST:
        return translate("FleetResults", "Tested %n instance(s)", None, total)
    if kind is Kind.APPLY:
        return translate("FleetResults", "Applied to %n instance(s)", None, total)
    return translate("FleetResults", "Compared %n instance(s)", None, total)


_COUNTED = {
    Outcome.PENDING: lambda n: translate("FleetResults", "%n pending", None, n),
    Outcome.WORKING: lambda n: translate("FleetResults", "%n working", None, n),
    Outcome.CONNECTED: lambda n: translate("FleetResults", "%n connected", None, n),
    Outcome.SESSION_PROBLEM: lambda n: translate("FleetResults", "%n session not working",
                                                 None, n),
    Outcome.SAVED: lambda n: translate("FleetResults", "%n saved", None, n),
    Outcome.UNCHANGED: lambda n: translate("FleetResults", "%n unchanged", None, n),
    Outcome.STORED_DIFFERENTLY: lambda n: translate("FleetResults", "%n stored differently",
                                                    None, n),
    Outcome.SAME: lambda n: translate("FleetResults", "%n same", None, n),
    Outcome.DIFFERS: lambda n: translate("FleetResults", "%n differs", None, n),
    Outcome.MISSING: lambda n: translate("FleetResults", "%n missing", None, n),
    Outcome.FAILED: lambda n: translate("FleetResults", "%n failed", None, n),
    Outcome.NEEDS_TOKEN: lambda n: translate("FleetResults", "%n needs a token", None, n),
    Outcome.REFUSED: lambda n: translate("FleetResults", "%n refused", None, n),
    Outcome.MAY_HAVE_SAVED: lambda n: translate("FleetResults", "%n may have been saved",
                                                None, n),
    Outcome.CANCELLED: lambda n: translate("FleetResults", "%n cancelled", None, n),
}
"""How many rows ended one way ("3 failed"), in the user's language (plural forms)."""


def joined(parts: list[str]) -> str:
    """``a, b, c`` with the user's language's list separator."""
    return translate("FleetResults", ", ").join(parts)


def summary(kind: Kind, results: list[Result], *, cancelled: bool = False) -> str:
    """"Applied to 24 instances: 20 saved, 3 failed, 1 needs a token"."""
    counts: dict[Outcome, int] = {}
    for result in results:
        counts[result.outcome] = counts.get(result.outcome, 0) + 1
    text = _head(kind, len(results))
    if counts:
        text = translate("FleetResults", "{head}: {counts}").format(
            head=text, counts=joined([_COUNTED[o](n) for o, n in counts.items()]))
    if cancelled:
        text = translate("FleetResults", "{summary} (cancelled)").format(summary=text)
    return text


def report_csv(results: list[Result], secrets: list[str] | tuple[str, ...] = ()) -> str:
    """The results as CSV, secrets masked (a row never holds one; this is a second guard)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    # the header row stays English: it names the columns for programs reading the file
    writer.writerow(("instance_id", "name", "outcome", "message", "details", "status"))
    for r in results:
        cells = (r.instance_id, r.name, r.outcome.label, r.message, "; ".join(r.details),
                 r.status)
        writer.writerow([safe_cell(redact(cell, list(secrets))) for cell in cells])
    return out.getvalue()
