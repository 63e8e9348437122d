"""check_url(): address rules, DNS, TCP, TLS and a signed sample event, then one verdict."""

from __future__ import annotations

import asyncio
import errno
import socket
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urljoin

from ..threads import run_in_daemon_thread
from . import messages as msg
from .answers import judge_answer
from .certs import describe_failure, describe_ssl_error, describe_verified, unverified_chain
from .exchange import (
    HeadersTooLarge,
    NotHttp,
    preview,
    read_body_start,
    read_head,
    request_bytes,
)
from .policy import (
    Refusal,
    Target,
    check_address,
    is_address,
    is_loopback_address,
    non_public_reason,
)
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
from .sample import build_sample

SLOW_ANSWER_SECONDS = 3.0
"""An answer slower than this gets a warning: slow receivers make Wawp retry (duplicates)."""
ANSWER_TIMEOUT = 15.0
"""Hard limit for the server's whole answer to the sample event."""
DNS_TIMEOUT = 10.0
CONNECT_TIMEOUT = 10.0
TLS_TIMEOUT = 10.0
MAX_ADDRESSES = 3
"""How many of the name's addresses are tried before giving up on connecting."""

Streams = tuple[asyncio.StreamReader, asyncio.StreamWriter]
Resolver = Callable[[str, int], Awaitable[list[str]]]
Connector = Callable[[str, int], Awaitable[Streams]]


async def system_resolver(host: str, port: int) -> list[str]:
    """The addresses of ``host``, via the OS resolver in a worker thread (no duplicates)."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses: list[str] = []
    for info in infos:
        address = str(info[4][0])
        if address not in addresses:
            addresses.append(address)
    return addresses


async def tcp_connect(address: str, port: int) -> Streams:
    return await asyncio.open_connection(address, port)


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """What the check trusts and allows, and its time limits (tests inject their own).

    ``ssl_context`` None means the OS trust store, as the app's client uses
    (:func:`wawp_desktop.core.tls.create_tls_setup`); ``trust_label`` names a given context
    in the report. ``allow_loopback`` is the sandbox's practice mode: this computer's
    addresses pass (also over ``http://``), and the report says so.
    """

    allow_loopback: bool = False
    resolver: Resolver = system_resolver
    connect: Connector = tcp_connect
    ssl_context: ssl.SSLContext | None = None
    trust_label: str = "trust store given to the check"
    dns_timeout: float = DNS_TIMEOUT
    connect_timeout: float = CONNECT_TIMEOUT
    tls_timeout: float = TLS_TIMEOUT
    answer_timeout: float = ANSWER_TIMEOUT
    slow_after: float = SLOW_ANSWER_SECONDS
    max_addresses: int = MAX_ADDRESSES


def _abort(writer: asyncio.StreamWriter | None) -> None:
    if writer is not None:
        writer.transport.abort()


class _Run:
    """The state of one check: its steps so far, and the open connection."""

    def __init__(self, url: str, hmac_secret: str, options: CheckOptions) -> None:
        self.url = url
        self.secret = hmac_secret
        self.options = options
        self.steps: list[Step] = []
        self.exchange = Exchange()
        self.target: Target | None = None
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    def add(self, name: str, level: Level, detail: str, advice: str = "",
            summary: str = "") -> bool:
        self.steps.append(Step(name, level, detail, advice, summary))
        return level is not Level.FAIL

    def report(self) -> CheckReport:
        done = {step.name for step in self.steps}
        steps = self.steps + [
            Step(name, Level.SKIPPED, msg.t(msg.SKIPPED)) for name in STEP_NAMES if name not in done
        ]
        return CheckReport(self.url, steps, self._verdict(steps), self.exchange)

    def _verdict(self, steps: list[Step]) -> Verdict:
        failed = next((step for step in steps if step.level is Level.FAIL), None)
        if failed is not None:
            return Verdict(Level.FAIL, failed.headline, failed.advice)
        sample = next(step for step in steps if step.name == STEP_SAMPLE)
        warnings = [step for step in steps if step.level is Level.WARN]
        advice = [
            step.advice if step is sample else f"{step.headline} {step.advice}".strip()
            for step in warnings
        ]
        if self.target is not None and self.target.practice:
            advice.append(msg.t(msg.PRACTICE_ADVICE))
        level = Level.WARN if warnings else Level.OK
        return Verdict(level, sample.headline, " ".join(part for part in advice if part))

    # ---- the steps ---------------------------------------------------------------------------

    def address(self) -> bool:
        checked = check_address(self.url, allow_loopback=self.options.allow_loopback)
        if isinstance(checked, Refusal):
            return self.add(STEP_ADDRESS, Level.FAIL, checked.problem, checked.advice)
        self.target = checked
        detail = (msg.address_practice(checked.host) if checked.practice
                  else msg.address_ok(checked.host))
        if checked.note:
            return self.add(STEP_ADDRESS, Level.WARN, f"{detail} {checked.note}",
                            summary=checked.note)
        return self.add(STEP_ADDRESS, Level.OK, detail)

    async def resolve(self) -> list[str]:
        target, options = self.target, self.options
        assert target is not None
        if is_address(target.host):  # only in practice mode: the rules refuse bare IPs
            self.add(STEP_DNS, Level.OK, msg.dns_practice(target.host, [target.host]))
            return [target.host]
        try:
            found = await asyncio.wait_for(options.resolver(target.host, target.port),
                                           options.dns_timeout)
        except TimeoutError:
            self.add(STEP_DNS, Level.FAIL, msg.dns_timeout(target.host, options.dns_timeout),
                     msg.t(msg.ADVICE_DNS_SERVER))
            return []
        except socket.gaierror as exc:
            if exc.errno == socket.EAI_AGAIN:
                self.add(STEP_DNS, Level.FAIL, msg.dns_no_server(target.host),
                         msg.t(msg.ADVICE_DNS_SERVER))
            elif exc.errno in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", None)):
                self.add(STEP_DNS, Level.FAIL, msg.dns_not_found(target.host),
                         msg.t(msg.ADVICE_DNS_NAME))
            else:
                self.add(STEP_DNS, Level.FAIL, msg.dns_failed(target.host, str(exc.strerror)),
                         msg.t(msg.ADVICE_DNS_NAME))
            return []
        except OSError as exc:
            self.add(STEP_DNS, Level.FAIL, msg.dns_failed(target.host, str(exc)),
                     msg.t(msg.ADVICE_DNS_SERVER))
            return []
        if not found:
            self.add(STEP_DNS, Level.FAIL, msg.dns_not_found(target.host),
                     msg.t(msg.ADVICE_DNS_NAME))
            return []
        usable = [a for a in found if self._reachable(a)]
        skipped = [a for a in found if a not in usable]
        if not usable:
            first = skipped[0]
            self.add(STEP_DNS, Level.FAIL,
                     msg.dns_non_public(target.host, first, non_public_reason(first) or ""),
                     msg.t(msg.ADVICE_DNS_POINT))
            return []
        loopback = any(is_loopback_address(a) for a in usable)
        detail = (msg.dns_practice if loopback else msg.dns_ok)(target.host, found)
        if skipped:
            note = msg.dns_some_skipped(skipped)
            self.add(STEP_DNS, Level.WARN, f"{detail} {note}", msg.t(msg.ADVICE_DNS_MIXED), note)
        else:
            self.add(STEP_DNS, Level.OK, detail)
        return usable

    def _reachable(self, address: str) -> bool:
        if self.options.allow_loopback and is_loopback_address(address):
            return True
        return non_public_reason(address) is None

    async def connect(self, addresses: list[str]) -> str | None:
        target, options = self.target, self.options
        assert target is not None
        loop = asyncio.get_running_loop()
        problem = ("", "")
        for address in addresses[: options.max_addresses]:
            started = loop.time()
            try:
                self.reader, self.writer = await asyncio.wait_for(
                    options.connect(address, target.port), options.connect_timeout
                )
            except TimeoutError:
                problem = (msg.connect_timeout(target.host, target.port, options.connect_timeout),
                           msg.t(msg.ADVICE_CONNECT_TIMEOUT))
            except ConnectionRefusedError:
                problem = (msg.connect_refused(target.host, target.port), msg.t(msg.ADVICE_REFUSED))
            except OSError as exc:
                if exc.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
                    problem = (msg.connect_unreachable(target.host), msg.t(msg.ADVICE_UNREACHABLE))
                else:
                    reason = exc.strerror or str(exc) or type(exc).__name__
                    problem = (msg.connect_failed(target.host, target.port, reason),
                               msg.t(msg.ADVICE_UNREACHABLE))
            else:
                elapsed = round((loop.time() - started) * 1000)
                self.add(STEP_CONNECT, Level.OK, msg.connect_ok(address, target.port, elapsed))
                return address
        self.add(STEP_CONNECT, Level.FAIL, *problem)
        return None

    async def secure(self, address: str) -> bool:
        target, options = self.target, self.options
        assert target is not None and self.writer is not None
        if target.scheme == "http":
            self.steps.append(Step(STEP_TLS, Level.SKIPPED, msg.t(msg.TLS_PRACTICE_SKIPPED)))
            return True
        context, source = options.ssl_context, options.trust_label
        if context is None:
            from ..tls import create_tls_setup

            setup = await run_in_daemon_thread(create_tls_setup)
            context, source = setup.context, setup.source
        try:
            await asyncio.wait_for(
                self.writer.start_tls(context, server_hostname=target.host,
                                      ssl_handshake_timeout=options.tls_timeout),
                options.tls_timeout,
            )
        except ssl.SSLCertVerificationError as exc:
            chain = await self._fetch_chain(address)
            finding = describe_failure(exc, target.host, chain)
        except ssl.SSLError as exc:
            finding = describe_ssl_error(exc, target.port)
        except TimeoutError:
            return self.add(STEP_TLS, Level.FAIL, msg.tls_timeout(options.tls_timeout),
                            msg.t(msg.ADVICE_TLS_TIMEOUT))
        except (ConnectionError, asyncio.IncompleteReadError, EOFError):
            return self.add(STEP_TLS, Level.FAIL, msg.t(msg.TLS_CLOSED), msg.t(msg.ADVICE_NOT_TLS))
        else:
            ssl_object = self.writer.get_extra_info("ssl_object")
            finding = describe_verified(ssl_object, target.host, source)
        return self.add(STEP_TLS, finding.level, finding.detail, finding.advice, finding.summary)

    async def _fetch_chain(self, address: str) -> list[bytes]:
        """What certificates the server sends, from a second, unverified handshake."""
        target, options = self.target, self.options
        assert target is not None
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        writer = None
        try:
            async with asyncio.timeout(options.tls_timeout):
                _, writer = await options.connect(address, target.port)
                await writer.start_tls(context, server_hostname=target.host)
                return unverified_chain(writer.get_extra_info("ssl_object"))
        except (OSError, TimeoutError, EOFError, asyncio.IncompleteReadError):
            return []
        finally:
            _abort(writer)

    async def send_sample(self) -> None:
        target, options = self.target, self.options
        assert target is not None and self.reader is not None and self.writer is not None
        delivery = build_sample(self.secret)
        data = request_bytes(target.target, target.host_header, delivery.headers, delivery.body)
        shown = (("Host", target.host_header), *delivery.headers,
                 ("Content-Length", str(len(delivery.body))))
        self.exchange = Exchange(shown, delivery.body.decode("utf-8"))
        signing = msg.t(msg.SIGNED_BOTH if delivery.signed else msg.NOT_SIGNED)
        notes = f"{signing} {msg.t(msg.MARKED_AS_TEST)}"
        loop = asyncio.get_running_loop()
        started = loop.time()
        head = None
        try:
            async with asyncio.timeout(options.answer_timeout):
                self.writer.write(data)
                await self.writer.drain()
                head = await read_head(self.reader)
                body = await read_body_start(self.reader, head)
        except TimeoutError:
            problem = (msg.sample_timeout(options.answer_timeout) if head is None
                       else msg.sample_body_timeout(head.status, options.answer_timeout))
            self._sample_failed(problem, msg.t(msg.ADVICE_ANSWER_TIMEOUT), notes)
            return
        except ConnectionResetError:
            self._sample_failed(msg.t(msg.SAMPLE_RESET), msg.t(msg.ADVICE_RESET), notes)
            return
        except asyncio.IncompleteReadError:
            problem = msg.t(msg.SAMPLE_CLOSED) if head is None else msg.t(msg.SAMPLE_CUT)
            self._sample_failed(problem, msg.t(msg.ADVICE_RESET), notes)
            return
        except NotHttp:
            self._sample_failed(msg.t(msg.SAMPLE_NOT_HTTP), msg.t(msg.ADVICE_NOT_TLS), notes)
            return
        except HeadersTooLarge:
            self._sample_failed(msg.t(msg.SAMPLE_HEADERS_TOO_LARGE), msg.t(msg.ADVICE_LOG), notes)
            return
        except (ssl.SSLError, OSError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            self._sample_failed(msg.sample_failed(reason), msg.t(msg.ADVICE_RESET), notes)
            return
        elapsed = round((loop.time() - started) * 1000)
        location = head.headers.get("location", "")
        if location:
            location = urljoin(target.url, location)
        self.exchange = Exchange(
            shown, self.exchange.request_body, head.status, head.reason, location, elapsed,
            preview(body, head.headers.get("content-type", "")),
        )
        level, sentence, advice = judge_answer(
            head.status, head.reason, location, elapsed, options.slow_after, target.practice
        )
        self.add(STEP_SAMPLE, level, f"{sentence} {notes}", advice, sentence)

    def _sample_failed(self, problem: str, advice: str, notes: str) -> None:
        self.add(STEP_SAMPLE, Level.FAIL, f"{problem} {notes}", advice, problem)


async def check_url(url: str, *, hmac_secret: str = "",
                    options: CheckOptions | None = None) -> CheckReport:
    """Check ``url`` as Wawp's deliveries would reach it; never raises for network problems.

    Cancel the task to stop; the connection is closed at once. The access token is not a
    parameter: it is never sent.
    """
    run = _Run(url, hmac_secret, options or CheckOptions())
    try:
        if not run.address():
            return run.report()
        addresses = await run.resolve()
        if not addresses:
            return run.report()
        address = await run.connect(addresses)
        if address is None or not await run.secure(address):
            return run.report()
        await run.send_sample()
        return run.report()
    finally:
        _abort(run.writer)
