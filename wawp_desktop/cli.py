"""Command-line options (no Qt import, so ``--version`` and ``--help`` are instant)."""

from __future__ import annotations

import argparse
import os

from . import __version__
from .core import DEFAULT_API_BASE


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="wawp-desktop",
        description="Configure and test the webhooks of Wawp WhatsApp instances.",
    )
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="use the built-in practice server (no account needed; nothing leaves this computer)",
    )
    parser.add_argument(
        "--api-base",
        metavar="URL",
        default=os.environ.get("WAWP_API_BASE") or DEFAULT_API_BASE,
        help="Wawp API address (default: $WAWP_API_BASE or %(default)s)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start, paint the window, run basic checks, print one line per check, and exit",
    )
    parser.add_argument("--version", action="version", version=f"wawp-desktop {__version__}")
    return parser.parse_known_args(argv)[0]
