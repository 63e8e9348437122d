"""Typed errors with plain-language messages for everything that can go wrong talking to Wawp."""

from __future__ import annotations

from enum import StrEnum


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


TITLES: dict[ErrorKind, str] = {
    ErrorKind.SUBSCRIPTION_REQUIRED: "Webhooks need a paid Wawp plan",
    ErrorKind.QUOTA_REACHED: "Your Wawp plan's limit is reached",
    ErrorKind.UNAUTHORIZED: "The access token was refused",
    ErrorKind.FORBIDDEN: "Wawp refused access",
    ErrorKind.NOT_FOUND: "Instance not found",
    ErrorKind.VALIDATION: "Wawp rejected the request",
    ErrorKind.RATE_LIMITED: "Too many requests",
    ErrorKind.SERVER_ERROR: "Wawp had a server error",
    ErrorKind.HTTP_ERROR: "Unexpected answer from Wawp",
    ErrorKind.SERVER_REPORTED_ERROR: "Wawp reported an error",
    ErrorKind.NOT_JSON: "Wawp's answer could not be read",
    ErrorKind.UNEXPECTED_SHAPE: "Wawp's answer was incomplete",
    ErrorKind.TOO_LARGE: "Wawp's answer was too large",
    ErrorKind.CONNECTION_REFUSED: "Could not connect",
    ErrorKind.DNS_FAILURE: "Server name not found",
    ErrorKind.TLS_FAILURE: "Secure connection failed",
    ErrorKind.TIMEOUT: "No answer in time",
    ErrorKind.CONNECTION_LOST: "The connection dropped",
    ErrorKind.NETWORK: "Network problem",
    ErrorKind.BAD_API_BASE: "The API address is not valid",
    ErrorKind.PROXY: "Proxy problem",
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
        return TITLES[self.kind]

    def summary(self) -> str:
        """One line: title, HTTP status when there was one, and the message."""
        status = f" (HTTP {self.status})" if self.status is not None else ""
        return f"{self.title}{status}: {self.message}"

    def __repr__(self) -> str:
        return f"WawpError({self.kind.value!r}, status={self.status!r}, code={self.code!r})"
