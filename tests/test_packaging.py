"""Cheap checks that the installer inputs are intact (the bundle itself is built by CI)."""

from __future__ import annotations

import configparser
import importlib.util
import struct
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from wawp_desktop import __version__, resources

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "resources"
APP_ID = "net.wawp.WawpDesktop"


def _load(name: str):  # noqa: ANN202
    spec = importlib.util.spec_from_file_location(f"_packaging_{name}", PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


cfg = _load("bundle_config")
icons = _load("make_icons")


def test_self_test_timing_is_the_stamped_paint_not_the_line_arrival() -> None:
    """build.py reads the paint time the app stamps in its line; later set-up does not count."""
    build = _load("build")
    stamp = 7.25  # seconds after the run starts: far later than this child prints its line
    script = ("import sys, time; painted = float(sys.argv[1]) + " + str(stamp) + "; "
              "print(f'ok   window painted (5 ms after main() began; monotonic {painted:.6f})')")
    before = time.monotonic()
    code, output, painted = build.self_test(
        [sys.executable, "-c", script, f"{before:.6f}"], {})
    assert code == 0 and "window painted" in output
    assert painted is not None and abs(painted - stamp) < 0.5
    code, _, painted = build.self_test([sys.executable, "-c", "print('no paint')"], {})
    assert code == 0 and painted is None


def test_spec_is_valid_python_and_uses_the_shared_config() -> None:
    source = (PACKAGING / "wawp_desktop.spec").read_text()
    compile(source, "wawp_desktop.spec", "exec")
    for needle in ("cfg.read_version()", "upx=False", "exclude_binaries=True", "COLLECT(",
                   "BUNDLE(", "NSHighResolutionCapable", "copy_metadata(\"keyring\")",
                   "launcher.py"):
        assert needle in source, needle
    assert "onefile" not in source.lower() or "exclude_binaries=True" in source
    assert (PACKAGING / "launcher.py").is_file()


def test_version_from_pyproject_matches_the_package() -> None:
    assert cfg.read_version() == __version__
    assert cfg.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert cfg.version_tuple("1.2.3.4") == (1, 2, 3, 4)
    assert cfg.version_tuple("2.0rc1") == (2, 0, 0, 0)


def test_version_reader_rejects_garbage(tmp_path: Path) -> None:
    bad = tmp_path / "pyproject.toml"
    bad.write_text('[project]\nversion = "not a version!"\n')
    with pytest.raises(ValueError, match="unexpected version"):
        cfg.read_version(bad)


@pytest.mark.parametrize(
    ("dest", "excluded"),
    [
        ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6\\translations\\qtbase_fr.qm", True),
        ("libgtk-3.so.0", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", False),
        ("PySide6/Qt/lib/libicudata.so.73", False),
        ("libpython3.12.so.1.0", False),
        ("libzstd.so.1", False),
        ("resources/icons/wawp-desktop-256.png", False),
    ],
)
def test_bundle_exclusions(dest: str, excluded: bool) -> None:
    assert cfg.is_excluded(dest) is excluded


def test_hidden_imports_name_real_modules() -> None:
    # keyring's own backends and truststore's per-OS modules exist under these names
    # (find_spec does not import them, so macOS/Windows modules are checked on Linux too).
    names = [n for n in cfg.KEYRING_HIDDEN_IMPORTS + cfg.TRUSTSTORE_HIDDEN_IMPORTS
             if n.startswith(("keyring", "truststore"))]
    for name in names:
        assert importlib.util.find_spec(name) is not None, name
    for backend in ("SecretService", "kwallet", "libsecret", "macOS", "Windows", "chainer",
                    "fail", "null"):
        assert f"keyring.backends.{backend}" in cfg.KEYRING_HIDDEN_IMPORTS


@pytest.mark.parametrize("size", icons.PNG_SIZES)
def test_icon_png_exists_with_the_right_size(size: int) -> None:
    data = icons.png_path(size).read_bytes()
    assert icons.png_size(data) == (size, size)
    assert data.rstrip(b"\0").endswith(b"IEND\xaeB`\x82")


def test_svg_source_is_square_svg() -> None:
    root = ET.parse(RESOURCES / "wawp-desktop.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 512 512"


def test_ico_writer_produces_a_valid_directory() -> None:
    pngs = {s: icons.png_path(s).read_bytes() for s in icons.ICO_SIZES}
    data = icons.ico_bytes(pngs)
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for index, size in enumerate(sorted(icons.ICO_SIZES)):
        width, height, _, _, planes, bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index)
        expected = 0 if size == 256 else size
        assert (width, height, planes, bpp) == (expected, expected, 1, 32)
        assert data[offset:offset + length] == pngs[size]


def test_ico_writer_refuses_a_mislabelled_png() -> None:
    with pytest.raises(ValueError):
        icons.ico_bytes({32: icons.png_path(16).read_bytes()})


def test_icns_writer_produces_png_elements() -> None:
    pngs = {s: icons.png_path(s).read_bytes() for s in icons.PNG_SIZES}
    data = icons.icns_bytes(pngs)
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, pos = [], 8
    while pos < len(data):
        kind, length = data[pos:pos + 4], struct.unpack(">I", data[pos + 4:pos + 8])[0]
        assert data[pos + 8:pos + 16] == icons.PNG_SIGNATURE
        kinds.append(kind)
        pos += length
    assert pos == len(data)
    assert {b"ic07", b"ic08", b"ic09"} <= set(kinds)


def test_desktop_file_has_the_required_keys() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(RESOURCES / f"{APP_ID}.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Wawp Desktop"
    assert entry["Exec"].split()[0] == "wawp-desktop"
    assert entry["Icon"] == APP_ID
    assert entry["Categories"].endswith(";")
    assert entry["Terminal"] == "false"


def test_metainfo_matches_the_desktop_file() -> None:
    root = ET.parse(RESOURCES / f"{APP_ID}.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.find("releases/release").get("version") == __version__


def test_resources_are_found_from_a_checkout() -> None:
    assert resources.resources_dir() == RESOURCES
    assert len(resources.icon_files()) == len(icons.PNG_SIZES)
    assert resources.resource_path(f"{APP_ID}.desktop") is not None
    assert resources.resource_path("missing.txt") is None
    assert resources.APP_ID == APP_ID == cfg.APP_ID


def test_resources_prefer_the_frozen_bundle(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"


def test_app_icon_has_every_size(qapp) -> None:  # noqa: ANN001
    icon = resources.app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 256}
