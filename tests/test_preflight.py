"""The first start explains itself: no display, missing system libraries, a bad --api-base."""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wawp_desktop import preflight as pf

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /opt/x/Qt/lib/libQt6XcbQpa.so.6 (0x00007f10)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f20)
\tlibxcb-icccm.so.4 => not found
\tlibwawp-imaginary.so.7 => not found
"""
ON_LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux checks")


def _fake_program(folder: Path, name: str, body: str) -> Path:
    """A Python script named ``name`` in ``folder`` (found through PATH by the app)."""
    path = folder / name
    path.write_text(f"#!{sys.executable}\nimport json, sys\n{body}\n")
    path.chmod(0o755)
    return path


@pytest.fixture
def fake_bin(tmp_path: Path) -> Path:
    """A PATH folder with a recording ``zenity`` and no other dialog programs."""
    folder = tmp_path / "bin"
    folder.mkdir()
    _fake_program(folder, "zenity", f"open({str(tmp_path / 'zenity.json')!r}, 'w')"
                  ".write(json.dumps(sys.argv[1:]))")
    return folder


def _app_env(**changes: str | None) -> dict[str, str]:
    env = dict(os.environ)
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QT_QPA_PLATFORM_PLUGIN_PATH",
                "XDG_SESSION_TYPE"):
        env.pop(var, None)
    for var, value in changes.items():
        if value is None:
            env.pop(var, None)
        else:
            env[var] = value
    return env


def _run_app(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m wawp_desktop`` with pipes: no terminal, as when started from a menu."""
    return subprocess.run([sys.executable, "-m", "wawp_desktop", *args], env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=60, check=False)


@ON_LINUX
def test_no_display_is_explained_before_qt_aborts(tmp_path: Path, fake_bin: Path) -> None:
    done = _run_app(_app_env(PATH=str(fake_bin)), "--sandbox")
    assert done.returncode == pf.EXIT_CANNOT_START, done.stderr
    assert "neither DISPLAY nor\nWAYLAND_DISPLAY is set" in done.stderr
    assert "ssh -X" in done.stderr and "QT_QPA_PLATFORM=offscreen" in done.stderr
    assert "qt.qpa" not in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "zenity.json").exists()  # no display: no window either


@ON_LINUX
def test_missing_libraries_are_named_with_packages_and_shown_in_a_window(
        tmp_path: Path, fake_bin: Path) -> None:
    plugins = tmp_path / "platforms"
    plugins.mkdir()
    (plugins / pf.XCB_PLUGIN).write_bytes(b"\x7fELF")
    _fake_program(fake_bin, "ldd", f"assert sys.argv[1:] == [{str(plugins / pf.XCB_PLUGIN)!r}]\n"
                  f"print({LDD_OUTPUT!r}, end='')")
    env = _app_env(PATH=str(fake_bin), DISPLAY=":77", QT_QPA_PLATFORM_PLUGIN_PATH=str(plugins))
    done = _run_app(env)
    assert done.returncode == pf.EXIT_CANNOT_START, done.stderr
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1, libwawp-imaginary.so.7" in done.stderr
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1\n" in done.stderr
    assert "apt-file search libwawp-imaginary.so.7" in done.stderr
    shown = json.loads((tmp_path / "zenity.json").read_text())
    assert shown[:2] == ["--error", "--no-markup"]
    assert f"--title={pf.TITLE}" in shown
    assert any(a.startswith("--text=") and "sudo apt install libxcb-icccm4" in a for a in shown)


@ON_LINUX
def test_headless_platform_needs_no_display(tmp_path: Path, fake_bin: Path) -> None:
    done = _run_app(_app_env(PATH=str(fake_bin), QT_QPA_PLATFORM="offscreen"), "--version")
    assert done.returncode == 0
    env = _app_env(PATH=str(fake_bin), QT_QPA_PLATFORM="offscreen")
    assert pf.display_problem(env, ldd=lambda _: pytest.fail("no ldd offscreen")) is None


def test_bad_api_base_without_terminal_or_screen_is_printed_only(
        tmp_path: Path, fake_bin: Path) -> None:
    env = _app_env(PATH=str(fake_bin), QT_QPA_PLATFORM="offscreen")
    done = _run_app(env, "--api-base", "http://example.com")
    assert done.returncode == pf.EXIT_BAD_OPTION
    assert "only allowed for this computer" in done.stderr
    assert "WAWP_API_BASE" in done.stderr
    assert not (tmp_path / "zenity.json").exists()  # offscreen: nobody would see a window


def test_bad_api_base_from_a_menu_opens_a_message_box(qtbot, fake_bin: Path) -> None:  # noqa: ANN001
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, close_box)
            return
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, close_box)
    args = argparse.Namespace(api_base="ftp://wawp.example", sandbox=False, self_test=False)
    env = {"DISPLAY": ":1", "PATH": str(fake_bin)}
    code = pf.preflight(args, env=env, stderr=io.StringIO(), ldd=lambda _: "")
    assert code == pf.EXIT_BAD_OPTION
    assert len(seen) == 1 and "must start with https://" in seen[0]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@ON_LINUX
def test_a_terminal_gets_the_message_and_no_window(tmp_path: Path, fake_bin: Path) -> None:
    args = argparse.Namespace(api_base="https://api.wawp.net", sandbox=False, self_test=False)
    plugins = tmp_path / "platforms"
    plugins.mkdir()
    (plugins / pf.XCB_PLUGIN).touch()
    env = {"DISPLAY": ":1", "PATH": str(fake_bin), "QT_QPA_PLATFORM_PLUGIN_PATH": str(plugins)}
    stderr = _Terminal()
    assert pf.preflight(args, env=env, stderr=stderr, ldd=lambda _: LDD_OUTPUT) == 3
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in stderr.getvalue()
    assert not (tmp_path / "zenity.json").exists()
    good = pf.preflight(args, env=env, stderr=stderr, ldd=lambda _: LDD_OUTPUT.replace(
        "not found", "/usr/lib/x.so (0x1)"))
    assert good is None


def test_ldd_listing_is_parsed_in_order_without_repeats(tmp_path: Path) -> None:
    plugin = tmp_path / pf.XCB_PLUGIN
    assert pf.missing_libraries(plugin, lambda path: LDD_OUTPUT if path == plugin else "") == [
        "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libwawp-imaginary.so.7"]
    assert pf.missing_libraries(plugin, lambda _: "") == []
    assert pf.packages_for(["libxcb-icccm.so.4", "libGL.so.1", "libEGL.so.1", "libfoo.so"]) == (
        ["libxcb-icccm4", "libgl1", "libegl1"], ["libfoo.so"])


@pytest.mark.parametrize(
    ("env", "wayland_plugin", "expected"),
    [
        ({}, False, "no-display"),
        ({"QT_QPA_PLATFORM": "xcb"}, True, "no-display"),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, True, "no-display"),
        ({"QT_QPA_PLATFORM": "offscreen"}, False, None),
        ({"QT_QPA_PLATFORM": "minimal:enable_fonts"}, False, None),
        ({"QT_QPA_PLATFORM": "vnc"}, False, None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False, "xwayland"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, True, None),
        ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"},
         True, None),
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, True, "libraries"),
        ({"DISPLAY": ":0"}, False, "libraries"),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, False, "libraries"),
    ],
)
def test_which_platform_is_checked(tmp_path: Path, env: dict[str, str], wayland_plugin: bool,
                                   expected: str | None) -> None:
    (tmp_path / pf.XCB_PLUGIN).touch()
    if wayland_plugin:
        (tmp_path / "libqwayland.so").touch()
    problem = pf.display_problem(env, ldd=lambda _: LDD_OUTPUT, plugin_dirs=[tmp_path])
    text = problem.text if problem else None
    if expected is None:
        assert problem is None
    elif expected == "no-display":
        assert text and "neither DISPLAY nor" in text
    elif expected == "xwayland":
        assert text and "sudo apt install xwayland" in text
    else:
        assert text and "libxcb-icccm.so.4" in text
    assert problem is None or problem.exit_code == pf.EXIT_CANNOT_START


@ON_LINUX
def test_the_real_plugin_is_found_and_its_gaps_are_all_known_packages() -> None:
    """PySide6's own libqxcb.so: Qt's libraries resolve, and any system gap has a package."""
    plugin = pf.find_plugin(pf.platform_plugin_dirs({}))
    assert plugin is not None and plugin.name == "libqxcb.so"
    missing = pf.missing_libraries(plugin)
    assert not [name for name in missing if name.startswith("libQt6")]
    assert pf.packages_for(missing)[1] == [], missing
    assert "libxcb-icccm.so.4" in pf.run_ldd(plugin)


def test_preflight_imports_no_qt() -> None:
    script = ("import sys; from wawp_desktop import preflight as pf\n"
              "pf.display_problem({'DISPLAY': ':9'})\n"
              "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
              "print('ok')")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.stdout.strip() == "ok", done.stderr


def test_dialog_programs_do_not_get_the_bundles_libraries(monkeypatch) -> None:  # noqa: ANN001
    env = {"PATH": "/usr/bin", "LD_LIBRARY_PATH": "/opt/wawp-desktop/_internal"}
    assert pf.system_env(env) == env  # not frozen: nothing to undo
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert pf.system_env(env) == {"PATH": "/usr/bin"}
    restored = pf.system_env({**env, "LD_LIBRARY_PATH_ORIG": "/home/me/lib"})
    assert restored == {"PATH": "/usr/bin", "LD_LIBRARY_PATH": "/home/me/lib"}


def test_a_passed_library_check_is_remembered_until_something_changes(tmp_path: Path) -> None:
    plugin_dir = tmp_path / "platforms"
    plugin_dir.mkdir()
    plugin = plugin_dir / pf.XCB_PLUGIN
    plugin.touch()
    cache = tmp_path / "cache"
    calls: list[Path] = []
    listing = {"text": "\tlibxcb.so.1 => /lib/libxcb.so.1 (0x1)\n"}

    def ldd(path: Path) -> str:
        calls.append(path)
        return listing["text"]

    def check() -> pf.Problem | None:
        return pf.display_problem({"DISPLAY": ":0"}, ldd, [plugin_dir], cache)

    if not pf.LD_CACHE.exists():
        pytest.skip("no /etc/ld.so.cache on this system")
    assert check() is None and check() is None
    assert len(calls) == 1  # the second start trusted the first one's result
    os.utime(plugin, ns=(1, 1))  # the plugin changed (an update): check again, and fail
    listing["text"] = LDD_OUTPUT
    assert check() is not None and check() is not None
    assert len(calls) == 3  # failures are never remembered
    assert pf.display_problem({"DISPLAY": ":0"}, ldd, [plugin_dir], None) is not None
    assert len(calls) == 4
