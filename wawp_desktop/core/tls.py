"""TLS settings: the OS trust store first, certifi as fallback, SSL_CERT_FILE for a custom CA."""

from __future__ import annotations

import os
import ssl
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TlsSetup:
    """The SSL context to use and where its trust comes from (for the self-test and About)."""

    context: ssl.SSLContext
    source: str


def create_tls_setup(extra_ca_file: str | None = None) -> TlsSetup:
    """A verifying client context. ``extra_ca_file`` defaults to ``$SSL_CERT_FILE``."""
    extra = extra_ca_file if extra_ca_file is not None else os.environ.get("SSL_CERT_FILE")
    try:
        import truststore

        context: ssl.SSLContext = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        source = "operating system trust store"
    except Exception:  # noqa: BLE001 - any failure falls back to certifi
        import certifi

        context = ssl.create_default_context(cafile=certifi.where())
        source = "certifi bundle"
    if extra and os.path.isfile(extra):
        context.load_verify_locations(cafile=extra)
        source += f" + {os.path.basename(extra)}"
    return TlsSetup(context, source)
