"""Bulk runs over many instances, at most ``bound`` of them in flight at once.

- **Test all**: ``/v2/session/info``, then the webhook list for the summary column.
- **Apply**: for each instance, list its webhooks, find the one with the form's URL, plan the
  save against it with :func:`..save.plan` (so only what differs is sent; nothing at all when
  it is already stored as asked), send it and read back.
- **Compare**: list the webhooks and describe how the one with the form's URL differs.

Instances without a token are "needs a token" and not attempted. Cancelling reports every
row: not started, cancelled before anything was sent, or "may have been saved" when the
request was on its way. Progress goes to a callback, so the window stays thin.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..errors import ErrorKind, WawpError
from ..i18n import QT_TRANSLATE_NOOP, ltr, translate
from ..save import find_webhook, plan, read_back_summary, send, update_changes
from ..validation import check_token
from ..webhook import StoredWebhook, WebhookConfig, differences, is_system_webhook
from .results import Kind, Outcome, Result, joined

log = logging.getLogger(__name__)

DEFAULT_BOUND = 8
MAX_BOUND = 32
SYSTEM_REFUSAL = QT_TRANSLATE_NOOP(
    "FleetBulk",
    "This is an instance's system webhook: the Wawp inbox depends on it, so it is never "
    "disabled in bulk. Disable it one instance at a time on the Webhook page.")
NO_TOKEN = QT_TRANSLATE_NOOP(
    "FleetBulk",
    "No access token is saved for this instance: pick it, enter its token and save once.")
NOT_STARTED = QT_TRANSLATE_NOOP("FleetBulk", "Not started: the run was cancelled.")
CANCELLED_BEFORE_SENDING = QT_TRANSLATE_NOOP("FleetBulk", "Cancelled before anything was sent.")
MAY_HAVE_SAVED = QT_TRANSLATE_NOOP(
    "FleetBulk",
    "Cancelled while the save was on its way: it may have been saved. Compare or apply again "
    "to be sure.")
SAVED_READ_BACK_CANCELLED = QT_TRANSLATE_NOOP(
    "FleetBulk", "Saved (Wawp answered); the read-back was cancelled.")
"""The constants above are English sources: translate them where shown (:func:`t`)."""


def t(text: str) -> str:
    """A constant of this module in the user's language."""
    return translate("FleetBulk", text)


@dataclass(frozen=True, slots=True)
class Target:
    """One checked instance; ``token`` is empty when none is saved (never shown or kept)."""

    instance_id: str
    name: str = ""
    token: str = field(default="", repr=False)


Progress = Callable[[int, Result], object]
"""Called with the row's index and its new result (working, then the final one)."""


def hooks_summary(hooks: list[StoredWebhook], limit: int = 2) -> str:
    """"3 webhooks, CRM active, Orders inactive" (the system webhook counts, unnamed)."""
    parts = [translate("FleetBulk", "%n webhook(s)", None, len(hooks))]
    named = [hook for hook in hooks if not hook.is_system][:limit]
    for hook in named:
        label = hook.name or ltr(urlsplit(hook.url).hostname or hook.url)
        if hook.is_active is None:
            parts.append(label)
        elif hook.is_active:
            parts.append(translate("FleetBulk", "{name} active").format(name=label))
        else:
            parts.append(translate("FleetBulk", "{name} inactive").format(name=label))
    return joined(parts)


def clamp_bound(bound: int) -> int:
    return max(1, min(MAX_BOUND, int(bound)))


class BulkRun:
    """One run of ``kind`` over ``targets``; :attr:`results` is always one row per target,
    also after a cancel (read it in the cancel handler)."""

    def __init__(self, kind: Kind, targets: list[Target], *, config: WebhookConfig | None = None,
                 bound: int = DEFAULT_BOUND, progress: Progress | None = None) -> None:
        if kind is not Kind.TEST and config is None:
            raise ValueError(f"a {kind.value} run needs the form's webhook")
        self.kind = kind
        self.targets = list(targets)
        self.config = config
        self.bound = clamp_bound(bound)
        self.progress = progress
        self.results = [Result(t.instance_id, t.name, Outcome.PENDING) for t in self.targets]
        self._phase = ["waiting"] * len(self.targets)
        self.done = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self.cancelled = False

    @property
    def total(self) -> int:
        return len(self.targets)

    def secrets(self) -> list[str]:
        """The tokens of this run (to mask them anywhere they might turn up)."""
        return [t.token for t in self.targets if t.token]

    async def run(self, client) -> list[Result]:  # noqa: ANN001 - a WawpClient
        """Run every target (at most ``bound`` at once); the results, in target order."""
        semaphore = asyncio.Semaphore(self.bound)
        tasks = [asyncio.create_task(self._one(i, target, client, semaphore))
                 for i, target in enumerate(self.targets)]
        try:
            await asyncio.gather(*tasks)
        except asyncio.CancelledError:
            self.cancelled = True
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise
        return self.results

    # -- one instance ---------------------------------------------------------------------
    def _report(self, index: int, result: Result, *, final: bool = True) -> None:
        self.results[index] = result
        if final:
            self.done += 1
        if self.progress is not None:
            self.progress(index, result)

    def _row(self, index: int, outcome: Outcome, message: str, **extra: object) -> Result:
        target = self.targets[index]
        return Result(target.instance_id, target.name, outcome, message, **extra)  # type: ignore[arg-type]

    async def _one(self, index: int, target: Target, client, semaphore: asyncio.Semaphore) -> None:  # noqa: ANN001
        if not target.token or check_token(target.token) is not None:
            self._report(index, self._row(index, Outcome.NEEDS_TOKEN, t(NO_TOKEN)))
            return
        if (self.kind is Kind.APPLY and self.config is not None
                and is_system_webhook(self.config.url) and not self.config.is_active):
            self._report(index, self._row(index, Outcome.REFUSED, t(SYSTEM_REFUSAL)))
            return
        try:
            async with semaphore:
                self.in_flight += 1
                self.max_in_flight = max(self.max_in_flight, self.in_flight)
                try:
                    self._phase[index] = "listing"
                    self._report(index, self._row(index, Outcome.WORKING, ""), final=False)
                    result = await self._work(index, target, client)
                finally:
                    self.in_flight -= 1
        except asyncio.CancelledError:
            self._report(index, self._cancelled_row(index))
            raise
        except WawpError as error:
            result = self._row(index, Outcome.FAILED, error.summary(), title=error.title)
        except Exception as exc:  # noqa: BLE001 - one instance's surprise never stops the run
            log.error("Unexpected failure for one instance of a bulk run", exc_info=exc)
            result = self._row(index, Outcome.FAILED, translate(
                "FleetBulk", "Something unexpected went wrong ({error}); see the log file."
            ).format(error=ltr(type(exc).__name__)))
        self._phase[index] = "done"
        self._report(index, result)

    def _cancelled_row(self, index: int) -> Result:
        phase = self._phase[index]
        if phase == "waiting":
            return self._row(index, Outcome.CANCELLED, t(NOT_STARTED))
        if self.kind is Kind.APPLY and phase == "sending":
            return self._row(index, Outcome.MAY_HAVE_SAVED, t(MAY_HAVE_SAVED))
        if self.kind is Kind.APPLY and phase == "reading back":
            return self._row(index, Outcome.SAVED, t(SAVED_READ_BACK_CANCELLED))
        if self.kind is Kind.APPLY:
            return self._row(index, Outcome.CANCELLED, t(CANCELLED_BEFORE_SENDING))
        return self._row(index, Outcome.CANCELLED, translate("FleetBulk", "Cancelled."))

    async def _work(self, index: int, target: Target, client) -> Result:  # noqa: ANN001
        if self.kind is Kind.TEST:
            return await self._test(index, target, client)
        assert self.config is not None
        config = dataclasses.replace(self.config, instance_id=target.instance_id,
                                     access_token=target.token)
        if self.kind is Kind.COMPARE:
            return await self._compare(index, target, client, config)
        return await self._apply(index, target, client, config)

    async def _test(self, index: int, target: Target, client) -> Result:  # noqa: ANN001
        info = await client.session_info(target.instance_id, target.token)
        try:
            summary = hooks_summary(await client.list_webhooks(target.instance_id, target.token))
        except WawpError as error:
            summary = (translate("FleetBulk", "free plan: no webhooks")
                       if error.kind is ErrorKind.SUBSCRIPTION_REQUIRED
                       else translate("FleetBulk", "could not be read"))
        outcome = Outcome.CONNECTED if info.status == "WORKING" else Outcome.SESSION_PROBLEM
        return self._row(index, outcome, f"{info.status}: {info.meaning}", status=info.status,
                         hooks=summary)

    async def _compare(self, index: int, target: Target, client,  # noqa: ANN001
                       config: WebhookConfig) -> Result:
        hooks = await client.list_webhooks(target.instance_id, target.token)
        summary = hooks_summary(hooks)
        stored = find_webhook(hooks, config.url)
        if stored is None:
            missing = translate("FleetBulk", "No webhook with this URL.")
            return self._row(index, Outcome.MISSING, missing, hooks=summary)
        found = differences(config, stored)
        if not found:
            same = translate("FleetBulk", "Stored as the form says.")
            return self._row(index, Outcome.SAME, same, hooks=summary)
        text = translate("FleetBulk", "Differs: {differences}.").format(
            differences=translate("FleetBulk", "; ").join(found))
        return self._row(index, Outcome.DIFFERS, text,
                         details=tuple(found), hooks=summary)

    async def _apply(self, index: int, target: Target, client,  # noqa: ANN001
                     config: WebhookConfig) -> Result:
        hooks = await client.list_webhooks(target.instance_id, target.token)
        existing = find_webhook(hooks, config.url)
        if existing is not None and not update_changes(existing, config):
            return self._row(index, Outcome.UNCHANGED, translate(
                "FleetBulk", "Already stored as asked: nothing was sent."),
                hooks=hooks_summary(hooks))
        request = plan(config, existing)
        self._phase[index] = "sending"
        answer = await send(client, request)
        self._phase[index] = "reading back"
        said = (answer.message or translate("FleetBulk", "Saved")).rstrip(".") + "."
        try:
            hooks = await client.list_webhooks(target.instance_id, target.token)
        except WawpError as error:
            return self._row(index, Outcome.SAVED, translate(
                "FleetBulk", "{answer} Could not read back what was stored: {problem}"
            ).format(answer=said, problem=error.message))
        stored = find_webhook(hooks, config.url)
        verified, sentence = read_back_summary(config, stored)
        if verified:
            return self._row(index, Outcome.SAVED, f"{said} {sentence}",
                             hooks=hooks_summary(hooks))
        return self._row(index, Outcome.STORED_DIFFERENTLY, f"{said} {sentence}",
                         details=tuple(differences(config, stored)), hooks=hooks_summary(hooks))
