"""What a URL check found: steps, each with a level and plain words, and one verdict."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..i18n import QT_TRANSLATE_NOOP, ltr
from . import messages as msg


class Level(StrEnum):
    """How a step (or the whole check) went."""

    OK = "ok"
    WARN = "warn"
    FAIL = "fail"
    SKIPPED = "skipped"


MARKS = {Level.OK: "✔", Level.WARN: "⚠", Level.FAIL: "✖", Level.SKIPPED: "–"}
"""Signs shown with each level, so the level never depends on colour alone."""

STEP_ADDRESS = QT_TRANSLATE_NOOP("UrlCheck", "Address")
STEP_DNS = QT_TRANSLATE_NOOP("UrlCheck", "DNS")
STEP_CONNECT = QT_TRANSLATE_NOOP("UrlCheck", "Connect")
STEP_TLS = QT_TRANSLATE_NOOP("UrlCheck", "TLS")
STEP_SAMPLE = QT_TRANSLATE_NOOP("UrlCheck", "Sample event")
"""Step names: keys of :meth:`CheckReport.step`, shown translated (:attr:`Step.title`)."""
STEP_NAMES = (STEP_ADDRESS, STEP_DNS, STEP_CONNECT, STEP_TLS, STEP_SAMPLE)


@dataclass(frozen=True, slots=True)
class Step:
    """One step of the check. ``detail`` says what happened; ``advice`` what to do about it."""

    name: str
    level: Level
    detail: str
    advice: str = ""
    summary: str = ""
    """The one sentence the verdict uses (defaults to ``detail``)."""

    @property
    def title(self) -> str:
        """The step's name in the user's language."""
        return msg.t(self.name)

    @property
    def headline(self) -> str:
        return self.summary or self.detail


@dataclass(frozen=True, slots=True)
class Verdict:
    """The one-sentence outcome and what to do (empty when there is nothing to do)."""

    level: Level
    sentence: str
    advice: str = ""


@dataclass(frozen=True, slots=True)
class Exchange:
    """The sample request and its answer, for the details view (no secret in here)."""

    request_headers: tuple[tuple[str, str], ...] = ()
    request_body: str = ""
    status: int | None = None
    reason: str = ""
    location: str = ""
    elapsed_ms: int | None = None
    answer_preview: str = ""


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The result of :func:`check_url`: the steps in order, and the verdict."""

    url: str
    steps: list[Step]
    verdict: Verdict
    exchange: Exchange = field(default_factory=Exchange)

    def step(self, name: str) -> Step | None:
        """The step called ``name``, if it was recorded."""
        return next((step for step in self.steps if step.name == name), None)

    def as_text(self, *, with_verdict: bool = True) -> str:
        """The verdict and steps as plain lines, for the details view or a support ticket."""
        marks = MARKS
        lines: list[str] = []
        if with_verdict:
            lines.append(f"{marks[self.verdict.level]} {self.verdict.sentence}")
            if self.verdict.advice:
                lines.append(f"   {msg.t(msg.WHAT_TO_DO)} {self.verdict.advice}")
            lines.append("")
        for step in self.steps:
            lines.append(f"{marks[step.level]} {step.title}: {step.detail}")
            if step.advice and step.level in (Level.WARN, Level.FAIL):
                lines.append(f"   {msg.t(msg.WHAT_TO_DO)} {step.advice}")
        ex = self.exchange
        if ex.request_headers:
            lines += ["", msg.t(msg.REQUEST_HEADERS_TITLE)]
            lines += [f"   {ltr(f'{name}: {value}')}" for name, value in ex.request_headers]
        if ex.status is not None:
            lines += ["", msg.answer_title(ex.status, ex.reason)]
            if ex.location:
                lines.append(f"   {ltr(f'Location: {ex.location}')}")
            lines.append(ex.answer_preview)
        return "\n".join(lines)
