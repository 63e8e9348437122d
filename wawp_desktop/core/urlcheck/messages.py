"""Every sentence the URL check shows, in plain words and translatable (context "UrlCheck").

Constants are marked with ``QT_TRANSLATE_NOOP`` and translated where they are used
(:func:`t`); the functions translate when called. Hosts, addresses, URLs and header names
are left-to-right islands (:func:`~wawp_desktop.core.i18n.ltr`).
"""

from __future__ import annotations

from datetime import datetime

from ..i18n import QT_TRANSLATE_NOOP, ltr, translate


def t(text: str) -> str:
    """A constant of this module in the user's language."""
    return translate("UrlCheck", text)


def _list(values: list[str] | tuple[str, ...]) -> str:
    return ltr(", ".join(values))


def duration(ms: int) -> str:
    """``180 ms`` or ``3.4 s``."""
    if ms < 1000:
        return translate("UrlCheck", "{ms} ms").format(ms=ms)
    return translate("UrlCheck", "{seconds} s").format(seconds=f"{ms / 1000:.1f}")


def date(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d")


def seconds(value: float) -> str:
    return translate("UrlCheck", "{seconds} s").format(seconds=f"{value:g}")


TRUST_SOURCES = (
    QT_TRANSLATE_NOOP("UrlCheck", "operating system trust store"),
    QT_TRANSLATE_NOOP("UrlCheck", "certifi bundle"),
    QT_TRANSLATE_NOOP("UrlCheck", "trust store given to the check"),
)
"""The trust stores core.tls and CheckOptions name; anything else is shown as it is."""


def trust_source(source: str) -> str:
    """``operating system trust store`` (+ an extra file, kept as it is) in words."""
    first, plus, rest = source.partition(" + ")
    return translate("UrlCheck", first) + (f" + {ltr(rest)}" if plus else "")


# ---- kinds of addresses -------------------------------------------------------------------

KIND_LOOPBACK = QT_TRANSLATE_NOOP("UrlCheck", "an address of this computer (loopback)")
KIND_UNSPECIFIED = QT_TRANSLATE_NOOP("UrlCheck", "an unspecified address (0.0.0.0 or ::)")
KIND_LINK_LOCAL = QT_TRANSLATE_NOOP("UrlCheck", "a link-local address (this network segment only)")
KIND_PRIVATE = QT_TRANSLATE_NOOP("UrlCheck", "a private address of a local network")
KIND_MULTICAST = QT_TRANSLATE_NOOP("UrlCheck", "a multicast address")
KIND_RESERVED = QT_TRANSLATE_NOOP("UrlCheck", "a reserved address, not used on the internet")
KIND_NOT_AN_ADDRESS = QT_TRANSLATE_NOOP("UrlCheck", "not a readable address")

# ---- step 1: address ----------------------------------------------------------------------

URL_EMPTY = QT_TRANSLATE_NOOP("UrlCheck", "No webhook URL is entered.")
ADVICE_ENTER_URL = QT_TRANSLATE_NOOP(
    "UrlCheck", "Type the address of your server, starting with https://."
)
ADVICE_URL_FORM = QT_TRANSLATE_NOOP(
    "UrlCheck", "Use the full address, for example https://example.com/webhook."
)
URL_NOT_HTTPS = QT_TRANSLATE_NOOP(
    "UrlCheck", "The address starts with http://, but Wawp only delivers to https:// addresses."
)
ADVICE_USE_HTTPS = QT_TRANSLATE_NOOP(
    "UrlCheck",
    "Give your server an HTTPS certificate (free from Let's Encrypt, for example) and use "
    "https://."
)
ADVICE_PUBLIC_NAME = QT_TRANSLATE_NOOP(
    "UrlCheck",
    "Use the public https:// address of your server, one that works from outside your "
    "network. To receive events on this computer, expose it through a tunnel service."
)
URL_HAS_USER = QT_TRANSLATE_NOOP(
    "UrlCheck",
    "The address contains a user name or password: Wawp may not send them, and this check "
    "does not."
)


def url_invalid(text: str) -> str:
    return translate("UrlCheck", "“{text}” is not a web address Wawp can deliver to.").format(
        text=ltr(text))


def url_ip_not_public(host: str, kind: str) -> str:
    return translate(
        "UrlCheck", "{host} is {kind}: Wawp's servers on the internet cannot reach it."
    ).format(host=ltr(host), kind=kind)


def url_bare_ip(host: str) -> str:
    return translate(
        "UrlCheck",
        "The address is a bare IP address ({host}): Wawp's servers need a name with a "
        "matching HTTPS certificate.",
    ).format(host=ltr(host))


def url_localhost(host: str) -> str:
    return translate(
        "UrlCheck",
        "“{host}” means this computer: Wawp's servers on the internet cannot reach it.",
    ).format(host=ltr(host))


def url_local_name(host: str) -> str:
    return translate(
        "UrlCheck",
        "“{host}” is a local network name: Wawp's servers on the internet cannot reach it.",
    ).format(host=ltr(host))


def url_single_label(host: str) -> str:
    return translate(
        "UrlCheck",
        "“{host}” is not a full internet name (it has no dot): Wawp's servers cannot find it.",
    ).format(host=ltr(host))


def address_ok(host: str) -> str:
    return translate("UrlCheck", "An https:// address with a public name ({host}).").format(
        host=ltr(host))


def address_practice(host: str) -> str:
    return translate(
        "UrlCheck",
        "{host} is this computer. Allowed because this is the practice receiver; Wawp's "
        "servers on the internet could not reach it.",
    ).format(host=ltr(host))


PRACTICE_ADVICE = QT_TRANSLATE_NOOP(
    "UrlCheck",
    "This was the practice receiver on this computer. For real deliveries, use the public "
    "https:// address of your server."
)

# ---- step 2: DNS --------------------------------------------------------------------------

ADVICE_DNS_NAME = QT_TRANSLATE_NOOP(
    "UrlCheck",
    "Check the spelling of the address. If the name is new, wait until DNS has updated, and "
    "check the name's records at your domain provider."
)
ADVICE_DNS_SERVER = QT_TRANSLATE_NOOP(
    "UrlCheck", "Check this computer's internet connection, then try again."
)
ADVICE_DNS_POINT = QT_TRANSLATE_NOOP(
    "UrlCheck", "Point the name at your server's public address (check its DNS records)."
)
ADVICE_DNS_MIXED = QT_TRANSLATE_NOOP(
    "UrlCheck", "Remove the non-public addresses from the name's DNS records."
)


def dns_ok(host: str, addresses: list[str]) -> str:
    return translate("UrlCheck", "{host} resolves to {addresses}.").format(
        host=ltr(host), addresses=_list(addresses))


def dns_practice(host: str, addresses: list[str]) -> str:
    return translate(
        "UrlCheck", "{host} resolves to {addresses} (this computer: allowed for practice)."
    ).format(host=ltr(host), addresses=_list(addresses))


def dns_not_found(host: str) -> str:
    return translate("UrlCheck", "The name {host} does not exist in DNS.").format(
        host=ltr(host))


def dns_no_server(host: str) -> str:
    return translate("UrlCheck", "No DNS server answered for {host}.").format(host=ltr(host))


def dns_timeout(host: str, limit: float) -> str:
    return translate("UrlCheck", "Looking up {host} took longer than {limit}.").format(
        host=ltr(host), limit=seconds(limit))


def dns_failed(host: str, reason: str) -> str:
    return translate("UrlCheck", "The name {host} could not be looked up ({reason}).").format(
        host=ltr(host), reason=ltr(reason))


def dns_non_public(host: str, address: str, kind: str) -> str:
    return translate(
        "UrlCheck",
        "{host} points to {address}, {kind}: Wawp's servers on the internet cannot reach it.",
    ).format(host=ltr(host), address=ltr(address), kind=kind)


def dns_some_skipped(skipped: list[str]) -> str:
    return translate(
        "UrlCheck", "Some of its addresses are not public and were not tried: {addresses}."
    ).format(addresses=_list(skipped))


# ---- step 3: connect ----------------------------------------------------------------------

ADVICE_REFUSED = QT_TRANSLATE_NOOP(
    "UrlCheck",
    "Check that your web server is running, and that the port in the address is right "
    "(HTTPS normally uses 443)."
)
ADVICE_CONNECT_TIMEOUT = QT_TRANSLATE_NOOP(
    "UrlCheck",
    "A firewall may block the port, or the server is down. Open the port to the internet and "
    "check the server."
)
ADVICE_UNREACHABLE = QT_TRANSLATE_NOOP(
    "UrlCheck",
    "Check this computer's internet connection. If it works, the server's network is down."
)


def connect_ok(address: str, port: int, ms: int) -> str:
    return translate("UrlCheck", "Connected to {address} on port {port} in {duration}.").format(
        address=ltr(address), port=port, duration=duration(ms))


def connect_refused(host: str, port: int) -> str:
    return translate(
        "UrlCheck",
        "{host} refused the connection on port {port}: no program is listening there.",
    ).format(host=ltr(host), port=port)


def connect_timeout(host: str, port: int, limit: float) -> str:
    return translate("UrlCheck", "{host} did not answer on port {port} within {limit}.").format(
        host=ltr(host), port=port, limit=seconds(limit))


def connect_unreachable(host: str) -> str:
    return translate("UrlCheck", "This computer has no route to {host}.").format(host=ltr(host))


def connect_failed(host: str, port: int, reason: str) -> str:
    return translate("UrlCheck", "Could not connect to {host} on port {port} ({reason}).").format(
        host=ltr(host), port=port, reason=ltr(reason))


# ---- step 4: TLS --------------------------------------------------------------------------

TLS_PRACTICE_SKIPPED = QT_TRANSLATE_NOOP(
    "UrlCheck",
    "Plain http:// on this computer (practice receiver): there is no certificate to check."
)
ADVICE_RENEW = QT_TRANSLATE_NOOP(
    "UrlCheck",
    "Renew the certificate on your server. If the date looks wrong, check this computer's clock."
)
ADVICE_RENEW_SOON = QT_TRANSLATE_NOOP(
    "UrlCheck", "Renew the certificate soon, or check that its automatic renewal works."
)
ADVICE_CLOCK = QT_TRANSLATE_NOOP("UrlCheck", "Check this computer's date and time.")
ADVICE_PUBLIC_CA = QT_TRANSLATE_NOOP(
    "UrlCheck", "Install a certificate from a public authority (free from Let's Encrypt)."
)
ADVICE_FULL_CHAIN = QT_TRANSLATE_NOOP(
    "UrlCheck",
    "Install the full chain on the server (with Let's Encrypt: fullchain.pem, not cert.pem)."
)
ADVICE_UNTRUSTED = QT_TRANSLATE_NOOP(
    "UrlCheck",
    "Use a certificate from a public authority. If your company inspects HTTPS traffic, this "
    "computer may see the company's certificate instead: ask IT, or check from another network."
)
ADVICE_NOT_TLS = QT_TRANSLATE_NOOP(
    "UrlCheck", "Use the HTTPS port of your server, or turn HTTPS on for this port."
)
ADVICE_TLS_VERSION = QT_TRANSLATE_NOOP(
    "UrlCheck", "Make sure the server offers TLS 1.2 or newer with a current certificate."
)
ADVICE_TLS_TIMEOUT = QT_TRANSLATE_NOOP(
    "UrlCheck", "Check the server: it accepted the connection but did not set up HTTPS."
)
TLS_SELF_SIGNED = QT_TRANSLATE_NOOP(
    "UrlCheck",
    "The server's certificate is self-signed: no authority vouches for it, so Wawp's servers "
    "will not trust it."
)
TLS_INCOMPLETE_CHAIN = QT_TRANSLATE_NOOP(
    "UrlCheck",
    "The server sends its certificate without the intermediate certificate that links it to a "
    "trusted authority (incomplete chain)."
)
TLS_CHAIN_UNCONFIRMED = QT_TRANSLATE_NOOP(
    "UrlCheck",
    "The server sends only its own certificate: this computer completed the chain itself, but "
    "Wawp's servers may not."
)
TLS_REVOKED = QT_TRANSLATE_NOOP(
    "UrlCheck", "The server's certificate has been revoked by its authority."
)
TLS_CLOSED = QT_TRANSLATE_NOOP(
    "UrlCheck", "The server closed the connection while setting up HTTPS."
)


def tls_ok(source: str, host: str, days: int, until: datetime, issuer: str) -> str:
    if issuer:
        text = translate(
            "UrlCheck",
            "Chain valid (trusted by the {source}, issued by {issuer}). Name matches {host}. "
            "Expires in %n day(s), on {date}.", None, max(days, 0))
    else:
        text = translate(
            "UrlCheck",
            "Chain valid (trusted by the {source}). Name matches {host}. "
            "Expires in %n day(s), on {date}.", None, max(days, 0))
    return text.format(source=trust_source(source), issuer=ltr(issuer), host=ltr(host),
                       date=date(until))


def tls_ok_undated(source: str, host: str) -> str:
    return translate("UrlCheck", "Chain valid (trusted by the {source}). Name matches {host}."
                     ).format(source=trust_source(source), host=ltr(host))


def tls_expiring(days: int, until: datetime) -> str:
    return translate("UrlCheck", "The server's certificate expires in %n day(s), on {date}.",
                     None, max(days, 0)).format(date=date(until))


def tls_expired(until: datetime | None) -> str:
    if until:
        return translate("UrlCheck", "The server's certificate expired on {date}.").format(
            date=date(until))
    return translate("UrlCheck", "The server's certificate expired.")


def tls_not_yet_valid(since: datetime | None) -> str:
    if since:
        return translate("UrlCheck", "The server's certificate is not valid before {date}."
                         ).format(date=date(since))
    return translate("UrlCheck", "The server's certificate is not valid yet.")


def tls_wrong_name(host: str, names: tuple[str, ...]) -> str:
    if names:
        return translate("UrlCheck", "The server's certificate is for {names}, not for {host}."
                         ).format(names=_list(names), host=ltr(host))
    return translate("UrlCheck", "The server's certificate is for another name, not for {host}."
                     ).format(host=ltr(host))


def advice_wrong_name(host: str) -> str:
    return translate(
        "UrlCheck",
        "Use the address the certificate is for, or get a certificate that includes {host}.",
    ).format(host=ltr(host))


def tls_untrusted(issuer: str) -> str:
    if issuer:
        return translate(
            "UrlCheck",
            "The server's certificate is issued by {issuer}, an authority this computer does "
            "not trust.",
        ).format(issuer=ltr(issuer))
    return translate(
        "UrlCheck", "The server's certificate is issued by an authority this computer does not "
        "trust.")


def tls_rejected(reason: str) -> str:
    return translate("UrlCheck", "The server's certificate was rejected ({reason}).").format(
        reason=ltr(reason))


def tls_not_tls(port: int) -> str:
    return translate(
        "UrlCheck", "The server does not speak HTTPS on port {port} (perhaps plain HTTP)."
    ).format(port=port)


def tls_failed(reason: str) -> str:
    return translate(
        "UrlCheck", "The secure (HTTPS) connection could not be set up ({reason})."
    ).format(reason=ltr(reason))


def tls_timeout(limit: float) -> str:
    return translate(
        "UrlCheck", "The server did not complete the secure connection within {limit}."
    ).format(limit=seconds(limit))


# ---- step 5: sample event -----------------------------------------------------------------

MARKED_AS_TEST = QT_TRANSLATE_NOOP(
    "UrlCheck", 'Marked as a test: header X-Wawp-Desktop-Test: 1 and "test": true in the body.'
)
SIGNED_BOTH = QT_TRANSLATE_NOOP(
    "UrlCheck",
    "Signed with your HMAC secret in two headers, as Wawp may sign: X-Wawp-Signature "
    "(HMAC-SHA256, hex, of the body) and X-Webhook-Hmac (HMAC-SHA512, hex, of the body: "
    "WAHA's scheme). The access token is never sent."
)
NOT_SIGNED = QT_TRANSLATE_NOOP(
    "UrlCheck", "Not signed: no HMAC secret is set. The access token is never sent."
)
ADVICE_SLOW = QT_TRANSLATE_NOOP(
    "UrlCheck",
    "Answer at once (store the event, reply 200, then process it): slow answers make Wawp send "
    "the event again, so it arrives twice."
)
ADVICE_PATH = QT_TRANSLATE_NOOP(
    "UrlCheck", "Check the part of the address after the name (like /webhook) against your server."
)
ADVICE_AUTH = QT_TRANSLATE_NOOP(
    "UrlCheck",
    "If your server checks the signature, compare its HMAC secret with the one here. If it "
    "wants a password or token, Wawp cannot send one."
)
ADVICE_POST = QT_TRANSLATE_NOOP(
    "UrlCheck", "Wawp delivers events with POST: allow POST on this address."
)
ADVICE_BAD_REQUEST = QT_TRANSLATE_NOOP(
    "UrlCheck",
    "If your code checks the event's content, it may refuse a test event: look at your "
    "server's log."
)
ADVICE_LOG = QT_TRANSLATE_NOOP("UrlCheck", "Look at your server's log to see why.")
ADVICE_PROXY = QT_TRANSLATE_NOOP(
    "UrlCheck", "Check that your app is running behind the web server or proxy."
)
ADVICE_RATE = QT_TRANSLATE_NOOP(
    "UrlCheck", "Raise your server's request limit for webhook deliveries."
)
ADVICE_ANSWER_TIMEOUT = QT_TRANSLATE_NOOP(
    "UrlCheck",
    "Wawp counts this as a failed delivery and sends the event again later. Make the webhook "
    "answer at once."
)
ADVICE_RESET = QT_TRANSLATE_NOOP(
    "UrlCheck", "Look at your server's error log: a crash or a proxy limit often causes this."
)
SAMPLE_RESET = QT_TRANSLATE_NOOP(
    "UrlCheck", "Your server broke off the connection (reset) while answering."
)
SAMPLE_CLOSED = QT_TRANSLATE_NOOP(
    "UrlCheck", "Your server closed the connection without answering."
)
SAMPLE_NOT_HTTP = QT_TRANSLATE_NOOP("UrlCheck", "Your server's answer is not HTTP.")
SAMPLE_HEADERS_TOO_LARGE = QT_TRANSLATE_NOOP(
    "UrlCheck", "Your server's answer has headers too large to read."
)


def sample_ok(ms: int, status: int, practice: bool = False) -> str:
    if practice:
        text = translate("UrlCheck",
                         "The practice receiver accepted the test event in {duration} "
                         "(HTTP {status}).")
    else:
        text = translate("UrlCheck",
                         "Your server accepted the test event in {duration} (HTTP {status}).")
    return text.format(duration=duration(ms), status=status)


def sample_slow(ms: int, status: int, threshold: float) -> str:
    return translate(
        "UrlCheck",
        "Your server accepted the test event, but only after {duration} (HTTP {status}); "
        "more than {limit} is slow.",
    ).format(duration=duration(ms), status=status, limit=seconds(threshold))


def sample_redirect(status: int, location: str) -> str:
    if location:
        return translate(
            "UrlCheck",
            "Your server answered with a redirect (HTTP {status}) to {location}, and Wawp does "
            "not follow redirects.",
        ).format(status=status, location=ltr(location))
    return translate(
        "UrlCheck",
        "Your server answered with a redirect (HTTP {status}), and Wawp does not follow "
        "redirects.",
    ).format(status=status)


def advice_redirect(location: str) -> str:
    if location:
        return translate("UrlCheck", "Put the final address in the webhook URL: {location}"
                         ).format(location=ltr(location))
    return translate("UrlCheck",
                     "Put the final address (where the redirect leads) in the webhook URL.")


def sample_bad_request(status: int) -> str:
    return translate(
        "UrlCheck", "Your server refused the test event as a bad request (HTTP {status})."
    ).format(status=status)


def sample_auth(status: int) -> str:
    return translate("UrlCheck", "Your server rejected the request (HTTP {status}).").format(
        status=status)


def sample_not_found(status: int) -> str:
    return translate(
        "UrlCheck", "Your server does not know this address (HTTP {status}): the path is wrong."
    ).format(status=status)


def sample_no_post(status: int) -> str:
    return translate(
        "UrlCheck", "Your server does not accept POST at this address (HTTP {status})."
    ).format(status=status)


def sample_rate_limited(status: int) -> str:
    return translate("UrlCheck", "Your server is limiting requests (HTTP {status}).").format(
        status=status)


def sample_refused(status: int, reason: str) -> str:
    if reason.strip():
        return translate(
            "UrlCheck", "Your server refused the test event (HTTP {status} {reason})."
        ).format(status=status, reason=ltr(reason.strip()))
    return translate("UrlCheck", "Your server refused the test event (HTTP {status}).").format(
        status=status)


def sample_proxy(status: int) -> str:
    return translate(
        "UrlCheck",
        "The web server or proxy in front of your app could not reach it (HTTP {status}).",
    ).format(status=status)


def sample_server_error(status: int) -> str:
    return translate(
        "UrlCheck", "Your server failed while handling the test event (HTTP {status})."
    ).format(status=status)


def sample_unexpected(status: int) -> str:
    return translate("UrlCheck", "Your server gave an unexpected answer (HTTP {status})."
                     ).format(status=status)


def sample_timeout(limit: float) -> str:
    return translate("UrlCheck", "Your server did not answer within {limit}.").format(
        limit=seconds(limit))


def sample_body_timeout(status: int, limit: float) -> str:
    return translate(
        "UrlCheck",
        "Your server started answering (HTTP {status}) but did not finish within {limit}.",
    ).format(status=status, limit=seconds(limit))


def sample_failed(reason: str) -> str:
    return translate("UrlCheck", "Sending the test event failed ({reason}).").format(
        reason=ltr(reason))


# ---- answer preview, verdict --------------------------------------------------------------

ANSWER_EMPTY = QT_TRANSLATE_NOOP("UrlCheck", "(empty answer)")
SKIPPED = QT_TRANSLATE_NOOP("UrlCheck", "Not run: an earlier step failed.")


def answer_binary(size: int) -> str:
    return translate("UrlCheck", "(%n byte(s) that are not text)", None, size)


def answer_truncated(text: str) -> str:
    return f"{text}…"


SAMPLE_CUT = QT_TRANSLATE_NOOP("UrlCheck", "Your server stopped in the middle of its answer.")

WHAT_TO_DO = QT_TRANSLATE_NOOP("UrlCheck", "What to do:")
REQUEST_HEADERS_TITLE = QT_TRANSLATE_NOOP("UrlCheck", "Sample request headers:")


def answer_title(status: int, reason: str) -> str:
    if reason.strip():
        return translate("UrlCheck", "Answer: HTTP {status} {reason}").format(
            status=status, reason=ltr(reason.strip()))
    return translate("UrlCheck", "Answer: HTTP {status}").format(status=status)
