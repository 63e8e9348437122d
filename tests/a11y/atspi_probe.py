"""Read the running app through AT-SPI, as a screen reader does (run by run_atspi.sh with
Debian's ``/usr/bin/python3``, which has ``python3-pyatspi``).

Prints one line per interactive control (role and accessible name), then the counts, and
exits 1 when a control a user can reach has no name."""

from __future__ import annotations

import sys
import time

import pyatspi

APP_NAME = "Wawp Desktop"
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "password text", "spin button", "table", "tree table", "list", "page tab", "menu item",
    "slider", "entry",
}


def find_app(timeout: float) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and APP_NAME.lower() in (app.name or "").lower():
                return app
        time.sleep(0.2)  # a separate process: nothing to wait on but the bus
    raise SystemExit(f"no application named {APP_NAME!r} on the accessibility bus")


def walk(node, depth: int = 0):  # noqa: ANN001, ANN201
    yield node
    if depth > 40:
        return
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            yield from walk(child, depth + 1)


def main() -> int:
    app = find_app(30.0)
    controls = named = described = 0
    unnamed: list[str] = []
    for node in walk(app):
        try:
            role = node.getRoleName()
            states = node.getState()
        except Exception:  # noqa: BLE001 - a node that went away while walking
            continue
        if role not in INTERACTIVE or not states.contains(pyatspi.STATE_SHOWING):
            continue
        controls += 1
        name = (node.name or "").strip()
        if name:
            named += 1
        else:
            unnamed.append(f"{role} (parent: {node.parent.name if node.parent else '?'})")
        if (node.description or "").strip():
            described += 1
        print(f"{role:14} {name!r}")
    print(f"controls {controls}, named {named}, described {described}")
    for item in unnamed:
        print(f"NO NAME: {item}", file=sys.stderr)
    return 1 if unnamed or not controls else 0


if __name__ == "__main__":
    sys.exit(main())
