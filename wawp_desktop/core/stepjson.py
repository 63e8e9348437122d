"""``json.loads`` in small steps, for large answers parsed in a worker thread.

``json.loads`` is one C call that holds the GIL from start to end (30-40 ms for a 1.2 MB
answer on a slow machine): the GUI thread cannot run meanwhile, even though the parse happens
in another thread. :func:`loads` gives the same value through the standard library's own
pure-Python scanner (``json.scanner.py_make_scanner``), which walks objects and arrays in
Python bytecode (strings and numbers are still read by C, one at a time), so the interpreter
hands the GIL to the GUI thread every switch interval. It takes about 4× the CPU time of
``json.loads``; use it for large texts only.

The pure-Python scanner allocates a ``(key, value)`` tuple per object member: tens of
thousands of them set off full collections of the whole app (25-45 ms each, GIL held), so
the cyclic garbage collector is paused while it runs. A JSON document cannot hold a cycle,
and the temporary tuples are freed by reference counting.
"""

from __future__ import annotations

import json
import json.scanner
from typing import Any

from .threads import collector_paused


def loads(text: str) -> Any:
    """The value of the JSON document ``text``, like ``json.loads(text)``.

    Raises ``ValueError`` (``json.JSONDecodeError``) for invalid JSON and ``RecursionError``
    for a document nested deeper than Python's frames allow (a few hundred levels, fewer than
    ``json.loads`` accepts).
    """
    decoder = json.JSONDecoder()
    decoder.scan_once = json.scanner.py_make_scanner(decoder)  # per call: its memo isn't shared
    with collector_paused():
        return decoder.decode(text)
