"""Translatable text for the whole app, the Qt-free core included.

Every user-visible sentence is written ``translate("Context", "Source text")`` (with
``n=count`` for a text that depends on a number: ``"%n event(s)"``). ``pyside6-lupdate``
reads those calls into ``resources/i18n/wawp_desktop_*.ts``; the window installs Qt's
translator as the backend (:func:`install`), and until then (tests, the command line) the
source text comes back, with ``%n`` filled in and an English plural.

Placeholders are named and filled after translation: ``translate(...).format(url=url)``, so
a translator can move them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Backend = Callable[[str, str, str | None, int], str]
_PLURAL = re.compile(r"\((s|es)\)")


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text, ``%n`` replaced by ``n`` and "(s)" resolved for English."""
    if n < 0:
        return text
    text = text.replace("%n", str(n))
    return _PLURAL.sub("" if n == 1 else r"\1", text)


_backend: Backend = english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language (see the module docstring)."""
    return _backend(context, text, disambiguation, n)


def install(backend: Backend | None) -> None:
    """Use ``backend`` (the window passes ``QCoreApplication.translate``); None: English."""
    global _backend
    _backend = backend or english


LRI, PDI = "\u2066", "\u2069"


def ltr(value: object) -> str:
    """``value`` as a left-to-right island inside a sentence (URLs, IDs, event names, JSON,
    header names, paths): never reordered inside Arabic text."""
    return f"{LRI}{value}{PDI}"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Marks a constant for translation; translate it where it is shown."""
    return text
