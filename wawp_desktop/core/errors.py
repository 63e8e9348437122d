"""Typed errors with plain-language messages for everything that can go wrong talking to Wawp."""

from __future__ import annotations

from enum import StrEnum

from .i18n import QT_TRANSLATE_NOOP, translate


class ErrorKind(StrEnum):
    """What went wrong, as a stable machine-readable code."""

    SUBSCRIPTION_REQUIRED = "subscription_required"
    QUOTA_REACHED = "quota_reached"
    UNAUTHORIZED = "unauthorized"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    VALIDATION = "validation"
    RATE_LIMITED = "rate_limited"
    SERVER_ERROR = "server_error"
    HTTP_ERROR = "http_error"
    SERVER_REPORTED_ERROR = "server_reported_error"
    NOT_JSON = "not_json"
    UNEXPECTED_SHAPE = "unexpected_shape"
    TOO_LARGE = "too_large"
    CONNECTION_REFUSED = "connection_refused"
    DNS_FAILURE = "dns_failure"
    TLS_FAILURE = "tls_failure"
    TIMEOUT = "timeout"
    CONNECTION_LOST = "connection_lost"
    NETWORK = "network"
    BAD_API_BASE = "bad_api_base"
    PROXY = "proxy"


TITLES: dict[ErrorKind, str] = {  # English sources: shown through WawpError.title
    ErrorKind.SUBSCRIPTION_REQUIRED: QT_TRANSLATE_NOOP("Errors", "Webhooks need a paid Wawp plan"),
    ErrorKind.QUOTA_REACHED: QT_TRANSLATE_NOOP("Errors", "Your Wawp plan's limit is reached"),
    ErrorKind.UNAUTHORIZED: QT_TRANSLATE_NOOP("Errors", "The access token was refused"),
    ErrorKind.FORBIDDEN: QT_TRANSLATE_NOOP("Errors", "Wawp refused access"),
    ErrorKind.NOT_FOUND: QT_TRANSLATE_NOOP("Errors", "Instance not found"),
    ErrorKind.VALIDATION: QT_TRANSLATE_NOOP("Errors", "Wawp rejected the request"),
    ErrorKind.RATE_LIMITED: QT_TRANSLATE_NOOP("Errors", "Too many requests"),
    ErrorKind.SERVER_ERROR: QT_TRANSLATE_NOOP("Errors", "Wawp had a server error"),
    ErrorKind.HTTP_ERROR: QT_TRANSLATE_NOOP("Errors", "Unexpected answer from Wawp"),
    ErrorKind.SERVER_REPORTED_ERROR: QT_TRANSLATE_NOOP("Errors", "Wawp reported an error"),
    ErrorKind.NOT_JSON: QT_TRANSLATE_NOOP("Errors", "Wawp's answer could not be read"),
    ErrorKind.UNEXPECTED_SHAPE: QT_TRANSLATE_NOOP("Errors", "Wawp's answer was incomplete"),
    ErrorKind.TOO_LARGE: QT_TRANSLATE_NOOP("Errors", "Wawp's answer was too large"),
    ErrorKind.CONNECTION_REFUSED: QT_TRANSLATE_NOOP("Errors", "Could not connect"),
    ErrorKind.DNS_FAILURE: QT_TRANSLATE_NOOP("Errors", "Server name not found"),
    ErrorKind.TLS_FAILURE: QT_TRANSLATE_NOOP("Errors", "Secure connection failed"),
    ErrorKind.TIMEOUT: QT_TRANSLATE_NOOP("Errors", "No answer in time"),
    ErrorKind.CONNECTION_LOST: QT_TRANSLATE_NOOP("Errors", "The connection dropped"),
    ErrorKind.NETWORK: QT_TRANSLATE_NOOP("Errors", "Network problem"),
    ErrorKind.BAD_API_BASE: QT_TRANSLATE_NOOP("Errors", "The API address is not valid"),
    ErrorKind.PROXY: QT_TRANSLATE_NOOP("Errors", "Proxy problem"),
}

RETRYABLE: frozenset[ErrorKind] = frozenset(
    {
        ErrorKind.RATE_LIMITED,
        ErrorKind.SERVER_ERROR,
        ErrorKind.TIMEOUT,
        ErrorKind.CONNECTION_LOST,
        ErrorKind.CONNECTION_REFUSED,
        ErrorKind.NETWORK,
    }
)


class WawpError(Exception):
    """A failed request, with a message written for the person using the app."""

    def __init__(
        self,
        kind: ErrorKind,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        server_message: str | None = None,
        retry_after: float | None = None,
        raw_body: str | None = None,
        data: object = None,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.status = status
        self.code = code
        self.server_message = server_message
        self.retry_after = retry_after
        self.raw_body = raw_body
        self.data = data

    @property
    def title(self) -> str:
        """The short title, in the user's language."""
        return translate("Errors", TITLES[self.kind])

    def summary(self) -> str:
        """One line: title, HTTP status when there was one, and the message."""
        if self.status is None:
            return translate("Errors", "{title}: {message}").format(
                title=self.title, message=self.message)
        return translate("Errors", "{title} (HTTP {status}): {message}").format(
            title=self.title, status=self.status, message=self.message)

    def __repr__(self) -> str:
        return f"WawpError({self.kind.value!r}, status={self.status!r}, code={self.code!r})"
