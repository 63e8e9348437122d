"""Command-line options (no Qt import, so ``--version`` and ``--help`` are instant).

The ``--help`` text stays English (like most command-line tools). Options this parser does
not know (Qt's own: ``-reverse``, ``-style fusion``, ``-platform offscreen``…) are kept in
``qt_args``, in order, for ``QApplication``.
"""

from __future__ import annotations

import argparse
import os

from . import __version__
from .core import DEFAULT_API_BASE


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The app's options; ``qt_args`` holds the ones for Qt (see the module docstring)."""
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
    parser.add_argument(
        "--language",
        choices=("ar", "en"),
        default=None,
        help="the window's language: ar (Arabic) or en (English); default: the one chosen in "
             "File > Language, else the system's",
    )
    parser.add_argument("--version", action="version", version=f"wawp-desktop {__version__}")
    args, qt_args = parser.parse_known_args(argv)
    args.qt_args = qt_args
    return args


def qt_argv(program: str, args: argparse.Namespace) -> list[str]:
    """The arguments ``QApplication`` gets: the program's name and Qt's own options."""
    return [program, *getattr(args, "qt_args", [])]
