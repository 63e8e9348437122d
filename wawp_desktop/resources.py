"""Find the top-level ``resources/`` folder from a source checkout and in a frozen build.

PyInstaller puts bundled data under ``sys._MEIPASS`` (the ``_internal`` folder of a onedir
build, ``Contents/Frameworks`` of a macOS ``.app``, with links to ``Contents/Resources``);
a source checkout or editable install has it next to the ``wawp_desktop`` package. A plain
wheel install has no icons: callers treat ``None`` as "no resource" and carry on.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_ID = "net.wawp.WawpDesktop"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def resources_dir() -> Path | None:
    """The ``resources`` folder, or ``None`` when this installation has none."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(Path(os.path.abspath(__file__)).parent.parent / "resources")
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    return None


def resource_path(*parts: str) -> Path | None:
    """The path of a file under ``resources/``, or ``None`` if it does not exist."""
    root = resources_dir()
    if root is None:
        return None
    path = root.joinpath(*parts)
    return path if path.exists() else None


def icon_files() -> list[Path]:
    """The app icon's PNG files, smallest first (empty when not installed)."""
    root = resources_dir()
    if root is None:
        return []
    present = set(os.listdir(root / "icons"))  # one directory read instead of a stat per size
    names = (f"wawp-desktop-{size}.png" for size in ICON_SIZES)
    return [root / "icons" / name for name in names if name in present]


def app_icon():  # noqa: ANN201 - QIcon; Qt is imported lazily
    """The window/taskbar icon as a ``QIcon`` (empty if no icon files are installed).

    ``QIcon.addFile`` only records the paths; Qt decodes the size it needs when it first
    draws the icon, so this costs well under a millisecond before the first paint.
    """
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for path in icon_files():
        size = int(path.stem.rsplit("-", 1)[1])
        icon.addFile(str(path), QSize(size, size))
    return icon
