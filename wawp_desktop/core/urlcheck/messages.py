"""Every sentence the URL check shows, in plain words (kept here for a later translation pass)."""

from __future__ import annotations

from datetime import datetime


def duration(ms: int) -> str:
    """``180 ms`` or ``3.4 s``."""
    return f"{ms} ms" if ms < 1000 else f"{ms / 1000:.1f} s"


def date(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d")


def seconds(value: float) -> str:
    return f"{value:g} s"


# ---- kinds of addresses -------------------------------------------------------------------

KIND_LOOPBACK = "an address of this computer (loopback)"
KIND_UNSPECIFIED = "an unspecified address (0.0.0.0 or ::)"
KIND_LINK_LOCAL = "a link-local address (this network segment only)"
KIND_PRIVATE = "a private address of a local network"
KIND_MULTICAST = "a multicast address"
KIND_RESERVED = "a reserved address, not used on the internet"
KIND_NOT_AN_ADDRESS = "not a readable address"

# ---- step 1: address ----------------------------------------------------------------------

URL_EMPTY = "No webhook URL is entered."
ADVICE_ENTER_URL = "Type the address of your server, starting with https://."
ADVICE_URL_FORM = "Use the full address, for example https://example.com/webhook."
URL_NOT_HTTPS = "The address starts with http://, but Wawp only delivers to https:// addresses."
ADVICE_USE_HTTPS = (
    "Give your server an HTTPS certificate (free from Let's Encrypt, for example) and use "
    "https://."
)
ADVICE_PUBLIC_NAME = (
    "Use the public https:// address of your server, one that works from outside your "
    "network. To receive events on this computer, expose it through a tunnel service."
)
URL_HAS_USER = (
    "The address contains a user name or password: Wawp may not send them, and this check "
    "does not."
)


def url_invalid(text: str) -> str:
    return f"“{text}” is not a web address Wawp can deliver to."


def url_ip_not_public(host: str, kind: str) -> str:
    return f"{host} is {kind}: Wawp's servers on the internet cannot reach it."


def url_bare_ip(host: str) -> str:
    return (
        f"The address is a bare IP address ({host}): Wawp's servers need a name with a "
        "matching HTTPS certificate."
    )


def url_localhost(host: str) -> str:
    return f"“{host}” means this computer: Wawp's servers on the internet cannot reach it."


def url_local_name(host: str) -> str:
    return f"“{host}” is a local network name: Wawp's servers on the internet cannot reach it."


def url_single_label(host: str) -> str:
    return f"“{host}” is not a full internet name (it has no dot): Wawp's servers cannot find it."


def address_ok(host: str) -> str:
    return f"An https:// address with a public name ({host})."


def address_practice(host: str) -> str:
    return (
        f"{host} is this computer. Allowed because this is the practice receiver; Wawp's "
        "servers on the internet could not reach it."
    )


PRACTICE_ADVICE = (
    "This was the practice receiver on this computer. For real deliveries, use the public "
    "https:// address of your server."
)

# ---- step 2: DNS --------------------------------------------------------------------------

ADVICE_DNS_NAME = (
    "Check the spelling of the address. If the name is new, wait until DNS has updated, and "
    "check the name's records at your domain provider."
)
ADVICE_DNS_SERVER = "Check this computer's internet connection, then try again."
ADVICE_DNS_POINT = "Point the name at your server's public address (check its DNS records)."
ADVICE_DNS_MIXED = "Remove the non-public addresses from the name's DNS records."


def dns_ok(host: str, addresses: list[str]) -> str:
    return f"{host} resolves to {', '.join(addresses)}."


def dns_practice(host: str, addresses: list[str]) -> str:
    return f"{host} resolves to {', '.join(addresses)} (this computer: allowed for practice)."


def dns_not_found(host: str) -> str:
    return f"The name {host} does not exist in DNS."


def dns_no_server(host: str) -> str:
    return f"No DNS server answered for {host}."


def dns_timeout(host: str, limit: float) -> str:
    return f"Looking up {host} took longer than {seconds(limit)}."


def dns_failed(host: str, reason: str) -> str:
    return f"The name {host} could not be looked up ({reason})."


def dns_non_public(host: str, address: str, kind: str) -> str:
    return (
        f"{host} points to {address}, {kind}: Wawp's servers on the internet "
        "cannot reach it."
    )


def dns_some_skipped(skipped: list[str]) -> str:
    return f"Some of its addresses are not public and were not tried: {', '.join(skipped)}."


# ---- step 3: connect ----------------------------------------------------------------------

ADVICE_REFUSED = (
    "Check that your web server is running, and that the port in the address is right "
    "(HTTPS normally uses 443)."
)
ADVICE_CONNECT_TIMEOUT = (
    "A firewall may block the port, or the server is down. Open the port to the internet and "
    "check the server."
)
ADVICE_UNREACHABLE = (
    "Check this computer's internet connection. If it works, the server's network is down."
)


def connect_ok(address: str, port: int, ms: int) -> str:
    return f"Connected to {address} on port {port} in {duration(ms)}."


def connect_refused(host: str, port: int) -> str:
    return f"{host} refused the connection on port {port}: no program is listening there."


def connect_timeout(host: str, port: int, limit: float) -> str:
    return f"{host} did not answer on port {port} within {seconds(limit)}."


def connect_unreachable(host: str) -> str:
    return f"This computer has no route to {host}."


def connect_failed(host: str, port: int, reason: str) -> str:
    return f"Could not connect to {host} on port {port} ({reason})."


# ---- step 4: TLS --------------------------------------------------------------------------

TLS_PRACTICE_SKIPPED = (
    "Plain http:// on this computer (practice receiver): there is no certificate to check."
)
ADVICE_RENEW = (
    "Renew the certificate on your server. If the date looks wrong, check this computer's clock."
)
ADVICE_RENEW_SOON = "Renew the certificate soon, or check that its automatic renewal works."
ADVICE_CLOCK = "Check this computer's date and time."
ADVICE_PUBLIC_CA = "Install a certificate from a public authority (free from Let's Encrypt)."
ADVICE_FULL_CHAIN = (
    "Install the full chain on the server (with Let's Encrypt: fullchain.pem, not cert.pem)."
)
ADVICE_UNTRUSTED = (
    "Use a certificate from a public authority. If your company inspects HTTPS traffic, this "
    "computer may see the company's certificate instead: ask IT, or check from another network."
)
ADVICE_NOT_TLS = "Use the HTTPS port of your server, or turn HTTPS on for this port."
ADVICE_TLS_VERSION = "Make sure the server offers TLS 1.2 or newer with a current certificate."
ADVICE_TLS_TIMEOUT = "Check the server: it accepted the connection but did not set up HTTPS."
TLS_SELF_SIGNED = (
    "The server's certificate is self-signed: no authority vouches for it, so Wawp's servers "
    "will not trust it."
)
TLS_INCOMPLETE_CHAIN = (
    "The server sends its certificate without the intermediate certificate that links it to a "
    "trusted authority (incomplete chain)."
)
TLS_CHAIN_UNCONFIRMED = (
    "The server sends only its own certificate: this computer completed the chain itself, but "
    "Wawp's servers may not."
)
TLS_REVOKED = "The server's certificate has been revoked by its authority."
TLS_CLOSED = "The server closed the connection while setting up HTTPS."


def tls_ok(source: str, host: str, days: int, until: datetime, issuer: str) -> str:
    by = f", issued by {issuer}" if issuer else ""
    return (
        f"Chain valid (trusted by the {source}{by}). Name matches {host}. "
        f"Expires in {days} days, on {date(until)}."
    )


def tls_ok_undated(source: str, host: str) -> str:
    return f"Chain valid (trusted by the {source}). Name matches {host}."


def tls_expiring(days: int, until: datetime) -> str:
    return f"The server's certificate expires in {days} days, on {date(until)}."


def tls_expired(until: datetime | None) -> str:
    when = f" on {date(until)}" if until else ""
    return f"The server's certificate expired{when}."


def tls_not_yet_valid(since: datetime | None) -> str:
    when = f" before {date(since)}" if since else " yet"
    return f"The server's certificate is not valid{when}."


def tls_wrong_name(host: str, names: tuple[str, ...]) -> str:
    if names:
        return f"The server's certificate is for {', '.join(names)}, not for {host}."
    return f"The server's certificate is for another name, not for {host}."


def advice_wrong_name(host: str) -> str:
    return f"Use the address the certificate is for, or get a certificate that includes {host}."


def tls_untrusted(issuer: str) -> str:
    who = f"by {issuer}, " if issuer else "by "
    return f"The server's certificate is issued {who}an authority this computer does not trust."


def tls_rejected(reason: str) -> str:
    return f"The server's certificate was rejected ({reason})."


def tls_not_tls(port: int) -> str:
    return f"The server does not speak HTTPS on port {port} (perhaps plain HTTP)."


def tls_failed(reason: str) -> str:
    return f"The secure (HTTPS) connection could not be set up ({reason})."


def tls_timeout(limit: float) -> str:
    return f"The server did not complete the secure connection within {seconds(limit)}."


# ---- step 5: sample event -----------------------------------------------------------------

MARKED_AS_TEST = 'Marked as a test: header X-Wawp-Desktop-Test: 1 and "test": true in the body.'
SIGNED_BOTH = (
    "Signed with your HMAC secret in two headers, as Wawp may sign: X-Wawp-Signature "
    "(HMAC-SHA256, hex, of the body) and X-Webhook-Hmac (HMAC-SHA512, hex, of the body: "
    "WAHA's scheme). The access token is never sent."
)
NOT_SIGNED = "Not signed: no HMAC secret is set. The access token is never sent."
ADVICE_SLOW = (
    "Answer at once (store the event, reply 200, then process it): slow answers make Wawp send "
    "the event again, so it arrives twice."
)
ADVICE_PATH = "Check the part of the address after the name (like /webhook) against your server."
ADVICE_AUTH = (
    "If your server checks the signature, compare its HMAC secret with the one here. If it "
    "wants a password or token, Wawp cannot send one."
)
ADVICE_POST = "Wawp delivers events with POST: allow POST on this address."
ADVICE_BAD_REQUEST = (
    "If your code checks the event's content, it may refuse a test event: look at your "
    "server's log."
)
ADVICE_LOG = "Look at your server's log to see why."
ADVICE_PROXY = "Check that your app is running behind the web server or proxy."
ADVICE_RATE = "Raise your server's request limit for webhook deliveries."
ADVICE_ANSWER_TIMEOUT = (
    "Wawp counts this as a failed delivery and sends the event again later. Make the webhook "
    "answer at once."
)
ADVICE_RESET = "Look at your server's error log: a crash or a proxy limit often causes this."
SAMPLE_RESET = "Your server broke off the connection (reset) while answering."
SAMPLE_CLOSED = "Your server closed the connection without answering."
SAMPLE_NOT_HTTP = "Your server's answer is not HTTP."
SAMPLE_HEADERS_TOO_LARGE = "Your server's answer has headers too large to read."


def sample_ok(ms: int, status: int, practice: bool = False) -> str:
    who = "The practice receiver" if practice else "Your server"
    return f"{who} accepted the test event in {duration(ms)} (HTTP {status})."


def sample_slow(ms: int, status: int, threshold: float) -> str:
    return (
        f"Your server accepted the test event, but only after {duration(ms)} (HTTP {status}); "
        f"more than {seconds(threshold)} is slow."
    )


def sample_redirect(status: int, location: str) -> str:
    target = f" to {location}" if location else ""
    return (
        f"Your server answered with a redirect (HTTP {status}){target}, and Wawp does not "
        "follow redirects."
    )


def advice_redirect(location: str) -> str:
    if location:
        return f"Put the final address in the webhook URL: {location}"
    return "Put the final address (where the redirect leads) in the webhook URL."


def sample_bad_request(status: int) -> str:
    return f"Your server refused the test event as a bad request (HTTP {status})."


def sample_auth(status: int) -> str:
    return f"Your server rejected the request (HTTP {status})."


def sample_not_found(status: int) -> str:
    return f"Your server does not know this address (HTTP {status}): the path is wrong."


def sample_no_post(status: int) -> str:
    return f"Your server does not accept POST at this address (HTTP {status})."


def sample_rate_limited(status: int) -> str:
    return f"Your server is limiting requests (HTTP {status})."


def sample_refused(status: int, reason: str) -> str:
    return f"Your server refused the test event (HTTP {status} {reason})".rstrip() + "."


def sample_proxy(status: int) -> str:
    return f"The web server or proxy in front of your app could not reach it (HTTP {status})."


def sample_server_error(status: int) -> str:
    return f"Your server failed while handling the test event (HTTP {status})."


def sample_unexpected(status: int) -> str:
    return f"Your server gave an unexpected answer (HTTP {status})."


def sample_timeout(limit: float) -> str:
    return f"Your server did not answer within {seconds(limit)}."


def sample_body_timeout(status: int, limit: float) -> str:
    return (
        f"Your server started answering (HTTP {status}) but did not finish within "
        f"{seconds(limit)}."
    )


def sample_failed(reason: str) -> str:
    return f"Sending the test event failed ({reason})."


# ---- answer preview, verdict --------------------------------------------------------------

ANSWER_EMPTY = "(empty answer)"
SKIPPED = "Not run: an earlier step failed."


def answer_binary(size: int) -> str:
    return f"({size} bytes that are not text)"


def answer_truncated(text: str) -> str:
    return f"{text}…"

SAMPLE_CUT = "Your server stopped in the middle of its answer."

WHAT_TO_DO = "What to do:"
REQUEST_HEADERS_TITLE = "Sample request headers:"


def answer_title(status: int, reason: str) -> str:
    return f"Answer: HTTP {status} {reason}".rstrip()
