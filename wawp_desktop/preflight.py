"""Checks before Qt starts, so a start that cannot work says why and how to fix it.

Qt itself aborts with a misleading message (exit 134) when there is no display or when its
X11 platform plugin cannot load a system library. :func:`preflight` finds those cases first
(Linux only), plus a bad ``--api-base``, prints a plain message naming the fix on stderr and,
when no terminal shows stderr (a menu launch), also in a window where one can be opened.

Plain Python: Qt is imported only to show the ``--api-base`` message box, once the display
and libraries have been checked.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

EXIT_CANNOT_START = 3
"""Exit code when no window can be opened (no display, missing system libraries)."""
EXIT_BAD_OPTION = 2
"""Exit code for a bad ``--api-base`` (as argparse uses for bad options)."""
TITLE = "Wawp Desktop cannot start"
XCB_PLUGIN = "libqxcb.so"
HEADLESS_PLATFORMS = frozenset(
    {"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"})
"""Qt platforms that need no desktop session."""
LDD_TIMEOUT_S = 20.0
LDD_FALLBACKS = ("/usr/bin/ldd", "/bin/ldd")

# Debian/Ubuntu package of each system library Qt's xcb plugin and the Qt libraries it loads
# can need (from ``ldd`` on PySide6's libqxcb.so, mapped with ``dpkg -S`` on Debian 12).
# Ubuntu 24.04 renamed a few to "…t64"; apt installs those under the old names too.
SYSTEM_PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libXext.so.6": "libxext6",
    "libXrender.so.1": "libxrender1",
    "libICE.so.6": "libice6",
    "libSM.so.6": "libsm6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libGLdispatch.so.0": "libglvnd0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libpng16.so.16": "libpng16-16",
    "libexpat.so.1": "libexpat1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libsystemd.so.0": "libsystemd0",
    "libcap.so.2": "libcap2",
    "libgcrypt.so.20": "libgcrypt20",
    "libgpg-error.so.0": "libgpg-error0",
    "liblz4.so.1": "liblz4-1",
    "liblzma.so.5": "liblzma5",
    "libzstd.so.1": "libzstd1",
    "libz.so.1": "zlib1g",
    "libbz2.so.1.0": "libbz2-1.0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libffi.so.8": "libffi8",
    "libbsd.so.0": "libbsd0",
    "libmd.so.0": "libmd0",
    "libssl.so.3": "libssl3",
    "libcrypto.so.3": "libssl3",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
}

LddRunner = Callable[[Path], str]
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Problem:
    """Why the app cannot start, in plain words with the fix, and its exit code."""

    text: str
    exit_code: int


def requested_platforms(env: Mapping[str, str]) -> list[str]:
    """The platform names in ``QT_QPA_PLATFORM`` (``"wayland;xcb"``), options dropped."""
    value = env.get("QT_QPA_PLATFORM", "")
    return [part.split(":", 1)[0].strip() for part in value.split(";") if part.strip()]


def platform_plugin_dirs(env: Mapping[str, str]) -> list[Path]:
    """Where Qt looks for its platform plugins: the override, then the bundle or PySide6."""
    dirs = []
    if env.get("QT_QPA_PLATFORM_PLUGIN_PATH"):
        dirs.append(Path(env["QT_QPA_PLATFORM_PLUGIN_PATH"]))
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        dirs.append(Path(frozen_root) / "PySide6" / "Qt" / "plugins" / "platforms")
    else:
        spec = importlib.util.find_spec("PySide6")  # finds the folder; imports nothing
        for location in (spec.submodule_search_locations or []) if spec else []:
            dirs.append(Path(location) / "Qt" / "plugins" / "platforms")
    return dirs


def find_plugin(dirs: Iterable[Path], name: str = XCB_PLUGIN) -> Path | None:
    """The first ``name`` in ``dirs``, or ``None``."""
    for folder in dirs:
        if (folder / name).is_file():
            return folder / name
    return None


def has_wayland_plugin(dirs: Iterable[Path]) -> bool:
    return any(folder.is_dir() and any(folder.glob("libqwayland*.so")) for folder in dirs)


def run_ldd(path: Path) -> str:
    """``ldd``'s listing of ``path`` (empty when ``ldd`` is missing or fails to run)."""
    ldd = shutil.which("ldd") or next(
        (p for p in LDD_FALLBACKS if os.access(p, os.X_OK)), None)  # PATH may be bare
    if ldd is None:
        return ""
    try:
        done = subprocess.run([ldd, str(path)], capture_output=True, text=True,
                              timeout=LDD_TIMEOUT_S, check=False, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout


def missing_libraries(plugin: Path, ldd: LddRunner = run_ldd) -> list[str]:
    """The libraries ``plugin`` needs that the system's loader cannot find, in ldd's order."""
    found = _NOT_FOUND.findall(ldd(plugin))
    return list(dict.fromkeys(found))


def packages_for(sonames: Iterable[str]) -> tuple[list[str], list[str]]:
    """The Debian/Ubuntu packages that provide ``sonames``, and the sonames with no known one."""
    packages: dict[str, None] = {}
    unknown = []
    for soname in sonames:
        if soname in SYSTEM_PACKAGES:
            packages[SYSTEM_PACKAGES[soname]] = None
        else:
            unknown.append(soname)
    return list(packages), unknown


def no_display_problem(wayland_only: bool) -> Problem:
    if wayland_only:
        reason = ("This copy of Wawp Desktop draws its window through X11, and your Wayland\n"
                  "session has no X11 support running (WAYLAND_DISPLAY is set, DISPLAY is not).\n"
                  "How to fix it:\n"
                  "  • Install XWayland (Debian/Ubuntu: sudo apt install xwayland), then log out\n"
                  "    and in again.")
    else:
        reason = ("It needs a graphical desktop, and none was found here (neither DISPLAY nor\n"
                  "WAYLAND_DISPLAY is set).\n"
                  "How to fix it:\n"
                  "  • Start it from your desktop's application menu, or from a terminal window\n"
                  "    inside the desktop.\n"
                  "  • Over SSH, connect with  ssh -X  so that windows open on your screen.")
    return Problem(
        "Wawp Desktop could not find a screen to open its window on.\n" + reason + "\n"
        "  • To check the installation without a screen:\n"
        "      QT_QPA_PLATFORM=offscreen wawp-desktop --self-test",
        EXIT_CANNOT_START)


def missing_libraries_problem(missing: list[str]) -> Problem:
    packages, unknown = packages_for(missing)
    lines = ["Wawp Desktop cannot open its window: this system lacks libraries that Qt needs",
             "to draw windows on X11:",
             "  " + ", ".join(missing)]
    if packages:
        lines += ["Install them (Debian and Ubuntu package names), then start Wawp Desktop again:",
                  "  sudo apt install " + " ".join(packages)]
    if unknown:
        lines += ["No package is known here for " + ", ".join(unknown) + "; find it with:",
                  "  apt-file search " + unknown[0]]
    return Problem("\n".join(lines), EXIT_CANNOT_START)


LD_CACHE = Path("/etc/ld.so.cache")
CHECKED_NAME = "xcb-libraries-found"


def cache_dir(env: Mapping[str, str]) -> Path:
    base = env.get("XDG_CACHE_HOME") or os.path.join(env.get("HOME") or "~", ".cache")
    return Path(base).expanduser() / "wawp-desktop"


def _check_key(plugin: Path, env: Mapping[str, str]) -> str | None:
    """What a passed library check depends on: the plugin file, the system's library cache
    (rewritten by ldconfig whenever packages add or remove libraries) and LD_LIBRARY_PATH."""
    try:
        stamps = [plugin.stat().st_mtime_ns, LD_CACHE.stat().st_mtime_ns]
    except OSError:
        return None
    return "\n".join([str(plugin), *map(str, stamps), env.get("LD_LIBRARY_PATH", "")])


def missing_libraries_cached(plugin: Path, ldd: LddRunner, env: Mapping[str, str],
                             cache: Path | None) -> list[str]:
    """:func:`missing_libraries`, skipped (about 10 ms) when nothing changed since it passed."""
    key = _check_key(plugin, env) if cache is not None else None
    stamp = cache / CHECKED_NAME if cache is not None else None
    if key and stamp:
        try:
            if stamp.read_text(encoding="utf-8") == key:
                return []
        except (OSError, UnicodeDecodeError):
            pass
    missing = missing_libraries(plugin, ldd)
    if not missing and key and stamp:
        try:
            stamp.parent.mkdir(parents=True, exist_ok=True)
            stamp.write_text(key, encoding="utf-8")
        except OSError:
            pass  # a read-only home: check again next time
    return missing


def display_problem(env: Mapping[str, str], ldd: LddRunner = run_ldd,
                    plugin_dirs: list[Path] | None = None,
                    cache: Path | None = None) -> Problem | None:
    """Why Qt would fail to open a window on this Linux system, or ``None`` if it should work.

    Only sure cases count: a platform that needs no display, another platform than X11 and
    Wayland, or a listing that cannot be read are all ``None``. With ``cache`` (a folder), a
    passed library check is remembered until the plugin or the system's libraries change."""
    dirs = platform_plugin_dirs(env) if plugin_dirs is None else plugin_dirs
    requested = requested_platforms(env)
    x11, wayland = bool(env.get("DISPLAY")), bool(env.get("WAYLAND_DISPLAY"))
    if requested:
        target = requested[0]
    elif wayland and env.get("XDG_SESSION_TYPE") == "wayland" and has_wayland_plugin(dirs):
        target = "wayland"
    else:
        target = "xcb"
    if target not in ("xcb", "wayland"):
        return None  # offscreen and friends need no display; others are not checked
    if not x11 and not wayland:
        return no_display_problem(wayland_only=False)
    if target == "wayland":
        return None
    if not x11:  # X11 requested or Qt's default, on a Wayland-only session
        return None if has_wayland_plugin(dirs) else no_display_problem(wayland_only=True)
    plugin = find_plugin(dirs)
    missing = missing_libraries_cached(plugin, ldd, env, cache) if plugin else []
    return missing_libraries_problem(missing) if missing else None


def api_base_problem(args: argparse.Namespace) -> Problem | None:
    if getattr(args, "sandbox", False):
        return None
    from .core.address import check_api_base

    message = check_api_base(args.api_base)
    if message is None:
        return None
    return Problem(f"The Wawp API address is not usable: {message}\n"
                   "Fix the --api-base option or the WAWP_API_BASE setting of the launcher, "
                   "or leave both out to use https://api.wawp.net.", EXIT_BAD_OPTION)


def dialog_commands(text: str) -> list[list[str]]:
    """Commands that show ``text`` in an error window, best-looking first."""
    return [
        ["zenity", "--error", "--no-markup", f"--title={TITLE}", f"--text={text}"],
        ["kdialog", "--title", TITLE, "--error", text],
        ["xmessage", "-center", "-title", TITLE, "-buttons", "OK:0", "-default", "OK", text],
    ]


def system_env(env: Mapping[str, str]) -> dict[str, str]:
    """``env`` for a system program: the frozen app's launcher puts the bundle's libraries
    first in LD_LIBRARY_PATH (keeping the user's in LD_LIBRARY_PATH_ORIG); undo that."""
    child = dict(env)
    if getattr(sys, "frozen", False):
        original = child.pop("LD_LIBRARY_PATH_ORIG", None)
        if original:
            child["LD_LIBRARY_PATH"] = original
        else:
            child.pop("LD_LIBRARY_PATH", None)
    return child


def show_with_dialog_tool(text: str, env: Mapping[str, str]) -> bool:
    """Show ``text`` with the first of zenity, kdialog or xmessage that works; wait for OK."""
    for command in dialog_commands(text):
        program = shutil.which(command[0], path=env.get("PATH"))
        if program is None:
            continue
        try:
            done = subprocess.run([program, *command[1:]], stdin=subprocess.DEVNULL,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  check=False, env=system_env(env))
        except OSError:
            continue
        if done.returncode in (0, 1):  # OK, or the window was closed
            return True
    return False


def show_with_qt(text: str) -> bool:
    """Show ``text`` in a Qt message box and wait until it is closed."""
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox
    except ImportError:
        return False
    _app = QApplication.instance() or QApplication(sys.argv[:1])  # alive while the box shows
    box = QMessageBox(QMessageBox.Icon.Critical, TITLE, text, QMessageBox.StandardButton.Ok)
    box.exec()
    return True


def window_possible(args: argparse.Namespace, env: Mapping[str, str], stderr: TextIO) -> bool:
    """A window is worth showing: nobody reads stderr, and a real display may exist."""
    if getattr(args, "self_test", False) or _is_terminal(stderr):
        return False
    requested = requested_platforms(env)
    if requested and requested[0] in HEADLESS_PLATFORMS:
        return False
    return not sys.platform.startswith("linux") or bool(
        env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def preflight(args: argparse.Namespace, env: Mapping[str, str] | None = None,
              stderr: TextIO | None = None, ldd: LddRunner = run_ldd) -> int | None:
    """Run before ``QApplication`` exists: ``None`` to go on, or the exit code after the
    problem was reported on stderr (and in a window where one can be shown)."""
    env = os.environ if env is None else env
    stderr = sys.stderr if stderr is None else stderr
    linux = sys.platform.startswith("linux")
    problem = display_problem(env, ldd, cache=cache_dir(env)) if linux else None
    qt_usable = problem is None
    problem = problem or api_base_problem(args)
    if problem is None:
        return None
    print(f"wawp-desktop: {problem.text}", file=stderr, flush=True)
    # A window: Qt's once the display and libraries are known to work, else a dialog program.
    if window_possible(args, env, stderr) and not (qt_usable and show_with_qt(problem.text)):
        show_with_dialog_tool(problem.text, env)
    return problem.exit_code
