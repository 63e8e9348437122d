"""Cheap checks that the installer inputs are intact (the bundle itself is built by CI)."""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import struct
import subprocess
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


# ---- the Debian package builder's pure parts (packaging/build_deb.py) ------------------------

deb = _load("build_deb")
DEB_LDD = """\
\tlinux-vdso.so.1 (0x00007ffc)
\tlibQt6Gui.so.6 => {bundle}/_internal/PySide6/Qt/lib/libQt6Gui.so.6 (0x00007f01)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f02)
\tlibGLdispatch.so.0 => /lib/x86_64-linux-gnu/libGLdispatch.so.0 (0x00007f03)
\tlibxcb-icccm.so.4 => not found
\tlibfoo-transitive.so.2 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f04)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f05)
"""


def test_ldd_listing_is_split_into_resolved_and_missing(tmp_path: Path) -> None:
    resolved, missing = deb.parse_ldd(DEB_LDD.format(bundle=tmp_path))
    assert resolved["libGL.so.1"] == "/lib/x86_64-linux-gnu/libGL.so.1"
    assert resolved["libQt6Gui.so.6"].startswith(str(tmp_path))
    assert "linux-vdso.so.1" not in resolved and "/lib64/ld-linux-x86-64.so.2" not in resolved
    assert missing == ["libxcb-icccm.so.4", "libfoo-transitive.so.2"]


def test_only_direct_links_outside_the_bundle_become_dependencies(tmp_path: Path) -> None:
    listing = DEB_LDD.format(bundle=tmp_path)
    needed = ["libQt6Gui.so.6", "libGL.so.1", "libxcb-icccm.so.4", "libc.so.6"]
    system, missing = deb.external_libraries([(needed, listing)], tmp_path)
    # bundled Qt and transitive libraries (libGLdispatch, libfoo-transitive) are not listed
    assert system == {"libGL.so.1": "/lib/x86_64-linux-gnu/libGL.so.1",
                      "libc.so.6": "/lib/x86_64-linux-gnu/libc.so.6"}
    assert missing == ["libxcb-icccm.so.4"]


def test_dpkg_search_output_is_mapped_to_packages() -> None:
    owners = deb.parse_dpkg_search(
        "libgl1:amd64: /usr/lib/x86_64-linux-gnu/libGL.so.1\n"
        "diversion by foo from: /usr/lib/x\n"
        "libc6:amd64, libc6:i386: /lib/x86_64-linux-gnu/libc.so.6\n"
        "dpkg-query: no path found matching pattern /lib/x86_64-linux-gnu/libGL.so.1\n")
    assert owners == {"/usr/lib/x86_64-linux-gnu/libGL.so.1": "libgl1",
                      "/lib/x86_64-linux-gnu/libc.so.6": "libc6"}
    system = {"libGL.so.1": "/lib/x86_64-linux-gnu/libGL.so.1",  # merged /usr: other spelling
              "libc.so.6": "/lib/x86_64-linux-gnu/libc.so.6",
              "libdbus-1.so.3": "/nowhere/libdbus-1.so.3",  # dpkg does not know: the table
              "libodd.so.1": "/nowhere/libodd.so.1"}
    packages, unknown = deb.map_to_packages(system, ["libxcb-icccm.so.4", "libnew.so.9"], owners)
    assert packages == {"libGL.so.1": "libgl1", "libc.so.6": "libc6",
                        "libdbus-1.so.3": "libdbus-1-3", "libxcb-icccm.so.4": "libxcb-icccm4"}
    assert unknown == ["libodd.so.1", "libnew.so.9"]


def test_depends_line_is_sorted_unique_with_the_glibc_floor() -> None:
    assert deb.depends_field(["libxcb1", "libgl1", "libc6", "libgl1"], "2.34") == (
        "libc6 (>= 2.34), libgl1, libxcb1")
    assert deb.depends_field(["libgl1"], None) == "libgl1"
    blobs = [b"\0GLIBC_2.2.5\0GLIBC_2.17\0", b"x GLIBC_2.34\0 GLIBC_2.4\0", b"GLIBC_PRIVATE\0"]
    assert deb.glibc_floor(blobs) == "2.34"
    assert deb.glibc_floor([b"no versions"]) is None


def test_control_file_is_rendered_as_policy_wants() -> None:
    fields = deb.control_fields("0.1.0", "amd64", "libc6 (>= 2.34), libgl1", 123)
    text = deb.render_control(fields)
    lines = text.splitlines()
    assert lines[:3] == ["Package: wawp-desktop", "Version: 0.1.0", "Architecture: amd64"]
    assert "Depends: libc6 (>= 2.34), libgl1" in lines and "Installed-Size: 123" in lines
    description = lines[lines.index(f"Description: {deb.SUMMARY}") + 1:]
    assert description and all(line.startswith(" ") for line in description)
    assert " ." in description  # the paragraph break
    assert len(deb.SUMMARY) < 80 and not deb.SUMMARY.endswith(".")
    assert text.endswith("\n") and "\n\n" not in text
    with pytest.raises(ValueError):
        deb.render_control({"Depends": ""})


def test_debian_version_and_changelog() -> None:
    assert deb.debian_version("0.1.0") == "0.1.0"
    assert deb.debian_version("0.2.0rc1") == "0.2.0~rc1"
    assert deb.debian_version("1.0.0.dev3") == "1.0.0~dev3"
    text = deb.changelog("0.1.0", "Tue, 01 Dec 2026 09:00:00 -0000")
    assert text.startswith("wawp-desktop (0.1.0) stable; urgency=medium\n\n  * ")
    assert text.endswith(f" -- {deb.MAINTAINER}  Tue, 01 Dec 2026 09:00:00 -0000\n")


def _tiny_elf(entries: list[tuple[int, str | int]]) -> bytes:
    """A minimal little-endian ELF64 file: a string table and a dynamic section."""
    strtab, dynamic = b"\0", b""
    for tag, value in entries:
        if isinstance(value, str):
            offset = len(strtab)
            strtab += value.encode() + b"\0"
            value = offset
        dynamic += struct.pack("<qQ", tag, value)
    dynamic += struct.pack("<qQ", 0, 0) * 2  # DT_NULL, then spare room as linkers leave
    header_size, str_at = 64, 64
    dyn_at = str_at + len(strtab)
    sh_at = dyn_at + len(dynamic)
    header = b"\x7fELF" + bytes([2, 1, 1]) + bytes(9)
    header += struct.pack("<HHIQQQIHHHHHH", 3, 62, 1, 0, 0, sh_at, 0, header_size, 0, 0, 64, 3, 1)
    sections = bytes(64)
    sections += struct.pack("<IIQQQQIIQQ", 1, 3, 0, 0, str_at, len(strtab), 0, 0, 1, 0)
    sections += struct.pack("<IIQQQQIIQQ", 0, 6, 0, 0, dyn_at, len(dynamic), 1, 0, 8, 16)
    return header + strtab + dynamic + sections


def test_elf_needed_entries_and_build_machine_runpath_removal() -> None:
    data = _tiny_elf([(1, "libm.so.6"), (15, "/root/.pyenv/versions/3.12.1/lib"),
                      (1, "libc.so.6"), (14, "libpython3.12.so.1.0")])
    assert deb.needed_libraries(data) == ["libm.so.6", "libc.so.6"]
    fixed = deb.drop_build_machine_runpath(data)
    assert fixed is not None and len(fixed) == len(data)
    assert [e[1] for e in deb._dynamic_entries(fixed)] == [1, 1, 14]  # RPATH gone, rest kept
    assert deb.needed_libraries(fixed) == ["libm.so.6", "libc.so.6"]
    assert deb.drop_build_machine_runpath(fixed) is None
    relative = _tiny_elf([(1, "libQt6Gui.so.6"), (29, "$ORIGIN/../lib")])
    assert deb.drop_build_machine_runpath(relative) is None  # private libraries: kept
    assert deb.needed_libraries(b"#!/bin/sh\n") == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF")
def test_elf_reader_on_this_python() -> None:
    needed = deb.needed_libraries(Path(sys.executable).resolve().read_bytes())
    assert "libc.so.6" in needed or any(n.startswith("libpython3") for n in needed)


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="needs dpkg (Debian/Ubuntu)")
def test_preflight_package_table_agrees_with_dpkg() -> None:
    """Each library of the table that is installed here belongs to the package it names."""
    from wawp_desktop.preflight import SYSTEM_PACKAGES

    arch = subprocess.run(["dpkg-architecture", "-qDEB_HOST_MULTIARCH"], capture_output=True,
                          text=True, check=False).stdout.strip() or "x86_64-linux-gnu"
    paths = {}
    for soname in SYSTEM_PACKAGES:
        for folder in (f"/usr/lib/{arch}", f"/lib/{arch}"):
            if Path(folder, soname).exists():
                paths[soname] = f"{folder}/{soname}"
                break
    assert len(paths) > 10, "too few libraries installed to compare"
    owners = deb.dpkg_owners(paths.values())
    for soname, path in paths.items():
        owner = next((owners[v] for v in deb.path_variants(path) if v in owners), None)
        if owner is None:
            continue  # a library installed by hand, not by a package
        assert owner.removesuffix("t64") == SYSTEM_PACKAGES[soname], soname


def test_debian_files_are_in_shape() -> None:
    overrides = (PACKAGING / "debian" / "lintian-overrides").read_text().splitlines()
    rules = [line for line in overrides if line and not line.startswith("#")]
    assert rules and all(re.fullmatch(r"wawp-desktop: [a-z0-9-]+( \S+)? \[\S+\]", r)
                         for r in rules)
    copyright_text = (PACKAGING / "debian" / "copyright").read_text()
    assert copyright_text.startswith("Format: https://www.debian.org/doc/packaging-manuals/"
                                     "copyright-format/1.0/\n")
    licenses = set(re.findall(r"^License: (.+)$", copyright_text, re.MULTILINE))
    for name in ("Expat", "LGPL-3", "BSD-3-clause", "Apache-2.0", "MPL-2.0"):
        assert name in licenses
    manual = (PACKAGING / "debian" / "wawp-desktop.1").read_text()
    assert manual.startswith(".TH WAWP-DESKTOP 1") and "--self-test" in manual.replace("\\", "")
    script = PACKAGING / "deb_ci.sh"
    assert subprocess.run(["bash", "-n", str(script)], check=False).returncode == 0
    assert "deb_ci.sh" in (ROOT / ".ci" / "run").read_text()
