"""Build the Debian package ``dist/wawp-desktop_<version>_<arch>.deb`` from the bundle.

    .venv/bin/python packaging/build.py        # the PyInstaller bundle in dist/wawp-desktop/
    .venv/bin/python packaging/build_deb.py    # this package, then its checks

Layout: the bundle in ``/opt/wawp-desktop/``, ``/usr/bin/wawp-desktop`` (a symlink), the
``.desktop`` file, hicolor icons, AppStream metainfo, a man page, and the copyright file and
changelog in ``/usr/share/doc/wawp-desktop/``. ``Depends:`` comes from ``ldd`` over every ELF
file of the bundle (with the bundle's own folder first in the search path, as its launcher
sets it): libraries resolved outside the bundle are mapped to packages with ``dpkg -S``;
libraries this machine lacks (``not found``) are looked up in the table of
``wawp_desktop.preflight``. Then ``desktop-file-validate``, ``appstreamcli validate`` and
``lintian`` run on the result; any failure exits non-zero.

Needs ``dpkg-deb`` and ``dpkg`` (Debian/Ubuntu); the checks need ``desktop-file-utils``,
``appstream`` and ``lintian`` (``--no-checks`` skips them).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import re
import shutil
import struct
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from email.utils import formatdate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_config as cfg  # noqa: E402

ROOT = cfg.ROOT
DIST = ROOT / "dist"
STAGING = ROOT / "build" / "deb"
DEBIAN_FILES = ROOT / "packaging" / "debian"
RESOURCES = ROOT / "resources"
PACKAGE = cfg.EXE_NAME
INSTALL_DIR = f"opt/{PACKAGE}"
SIZE_GOAL_MB = 55
MAINTAINER = "Wawp <support@wawp.net>"
HOMEPAGE = "https://wawp.net"
SYSTEM_COPIES = ["libz.so.1", "libpng16.so.16", "libexpat.so.1", "libbz2.so.1.0",
                 "libfreetype.so.6"]
"""Copies PyInstaller took from this machine that Debian and Ubuntu ship with the same
soname everywhere: the package uses (and depends on) the system's instead."""
EXTRA_DEPENDS = ["fontconfig-config"]
"""Not found by ldd: the bundled libfontconfig reads /etc/fonts from this package, which also
brings a font (without one, Qt draws no text)."""
SUMMARY = "configure and test the webhooks of Wawp WhatsApp instances"
DESCRIPTION = """\
Wawp Desktop sets the webhook of a Wawp WhatsApp instance by point-and-click:
the receiving HTTPS address, the events to deliver, retries and an HMAC signing
secret. Every failure is explained in plain words, and a built-in sandbox lets
you practise without an account.

The access token is kept only in the system password store."""

_LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")
_GLIBC_VERSION = re.compile(rb"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?\x00")

sys.path.insert(0, str(ROOT))
from wawp_desktop.preflight import SYSTEM_PACKAGES  # noqa: E402


def step(message: str) -> None:
    print(f"\n== {message}", flush=True)


# ---- pure parts (tested without building) ---------------------------------------------------

def parse_ldd(listing: str) -> tuple[dict[str, str], list[str]]:
    """``ldd`` output → (soname → resolved path, sonames not found)."""
    resolved: dict[str, str] = {}
    missing: list[str] = []
    for line in listing.splitlines():
        match = _LDD_LINE.match(line)
        if not match:
            continue  # the vDSO, the loader itself, warnings
        soname, where = match.groups()
        if where == "not found":
            if soname not in missing:
                missing.append(soname)
        else:
            resolved.setdefault(soname, where)
    return resolved, missing


def _dynamic_sections(data: bytes) -> list[tuple[int, int, int, int, str]]:
    """Each ``SHT_DYNAMIC`` section of an ELF file: offset, size, entry size, the file offset
    of its string table, and the struct format of one ``(tag, value)`` entry."""
    if data[:4] != b"\x7fELF" or data[4] not in (1, 2) or data[5] not in (1, 2):
        return []
    order = "<" if data[5] == 1 else ">"
    if data[4] == 2:
        shoff, = struct.unpack_from(order + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x3A)
        section, entry = order + "IIQQQQIIQQ", order + "qQ"
    else:
        shoff, = struct.unpack_from(order + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x2E)
        section, entry = order + "IIIIIIIIII", order + "iI"
    headers = [struct.unpack_from(section, data, shoff + i * shentsize) for i in range(shnum)]
    return [(offset, size, entsize, headers[link][4], entry)
            for _, kind, _, _, offset, size, link, _, _, entsize in headers
            if kind == 6 and entsize]  # SHT_DYNAMIC


def _dynamic_entries(data: bytes) -> list[tuple[int, int, str, int, str]]:
    """``(file offset, tag, entry format, string table offset, string value)`` up to DT_NULL."""
    entries = []
    for offset, size, entsize, strtab, fmt in _dynamic_sections(data):
        for at in range(offset, offset + size, entsize):
            tag, value = struct.unpack_from(fmt, data, at)
            if tag == 0:  # DT_NULL
                break
            text = ""
            if tag in (DT_NEEDED, DT_RPATH, DT_RUNPATH):
                text = data[strtab + value:data.index(b"\0", strtab + value)].decode()
            entries.append((at, tag, fmt, entsize, text))
    return entries


DT_NEEDED, DT_RPATH, DT_RUNPATH = 1, 15, 29


def needed_libraries(data: bytes) -> list[str]:
    """The ``DT_NEEDED`` entries of an ELF file: the libraries it links to directly."""
    return [text for _, tag, _, _, text in _dynamic_entries(data) if tag == DT_NEEDED]


def drop_build_machine_runpath(data: bytes) -> bytes | None:
    """``data`` without RPATH/RUNPATH entries that name only absolute folders (the build
    machine's, e.g. pyenv's ``/root/.pyenv/…/lib``), or ``None`` when there are none.

    Later entries of the dynamic section move up one slot, as ``chrpath -d`` does, so the
    section keeps its size and ends in DT_NULL; ``$ORIGIN`` search paths are kept."""
    buffer = bytearray(data)
    changed = False
    for at, tag, _, entsize, text in reversed(_dynamic_entries(data)):
        if tag not in (DT_RPATH, DT_RUNPATH):
            continue
        if not all(part.startswith("/") for part in text.split(":") if part):
            continue
        section_end = next(offset + size for offset, size, *_ in _dynamic_sections(data)
                           if offset <= at < offset + size)
        buffer[at:section_end - entsize] = buffer[at + entsize:section_end]
        buffer[section_end - entsize:section_end] = bytes(entsize)
        changed = True
    return bytes(buffer) if changed else None


def external_libraries(files: Iterable[tuple[list[str], str]],
                       bundle: Path) -> tuple[dict[str, str], list[str]]:
    """The libraries the bundle's files link to directly and load from the system
    (soname → path), and those not found at all.

    ``files`` holds each file's ``DT_NEEDED`` list and ``ldd`` listing. A library found
    inside ``bundle`` ships with it; libraries that system libraries need in turn are
    their packages' own dependencies."""
    inside = str(bundle.resolve()) + os.sep
    system: dict[str, str] = {}
    missing: list[str] = []
    for needed, listing in files:
        resolved, not_found = parse_ldd(listing)
        for soname in needed:
            path = resolved.get(soname)
            if path is None:
                if soname in not_found and soname not in missing:
                    missing.append(soname)
            elif not os.path.realpath(path).startswith(inside):
                system.setdefault(soname, path)
    return system, [name for name in missing if name not in system]


def path_variants(path: str) -> list[str]:
    """The names ``dpkg`` may have recorded for a library (merged-/usr and symlinks)."""
    variants = [path, os.path.realpath(path)]
    for candidate in list(variants):
        if candidate.startswith("/usr/lib/"):
            variants.append(candidate[len("/usr"):])
        elif candidate.startswith("/lib"):
            variants.append("/usr" + candidate)
    return list(dict.fromkeys(variants))


def parse_dpkg_search(output: str) -> dict[str, str]:
    """``dpkg -S`` output → path → package (architecture qualifier dropped)."""
    owners: dict[str, str] = {}
    for line in output.splitlines():
        if ": " not in line or line.startswith(("diversion by", "dpkg-query:")):
            continue
        packages, path = line.split(": ", 1)
        owners[path.strip()] = packages.split(",")[0].strip().split(":")[0]
    return owners


def map_to_packages(system: Mapping[str, str], missing: Iterable[str],
                    owners: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    """soname → package via ``owners`` (``dpkg -S``), then the preflight table; and the
    sonames no package is known for."""
    packages: dict[str, str] = {}
    unknown: list[str] = []
    for soname, path in system.items():
        owner = next((owners[v] for v in path_variants(path) if v in owners), None)
        owner = owner or SYSTEM_PACKAGES.get(soname)
        if owner:
            packages[soname] = owner
        else:
            unknown.append(soname)
    for soname in missing:
        if soname in SYSTEM_PACKAGES:
            packages[soname] = SYSTEM_PACKAGES[soname]
        else:
            unknown.append(soname)
    return packages, unknown


def glibc_floor(binaries: Iterable[bytes]) -> str | None:
    """The newest ``GLIBC_x.y`` symbol version any of ``binaries`` asks for, e.g. ``"2.34"``."""
    newest: tuple[int, ...] = ()
    for data in binaries:
        for match in _GLIBC_VERSION.finditer(data):
            version = tuple(int(n) for n in match.groups() if n is not None)
            newest = max(newest, version)
    return ".".join(map(str, newest)) or None


def depends_field(packages: Iterable[str], glibc: str | None) -> str:
    """The ``Depends:`` value: sorted, unique, libc6 with the glibc floor."""
    names = sorted(set(packages) | ({"libc6"} if glibc else set()))
    return ", ".join(f"libc6 (>= {glibc})" if name == "libc6" and glibc else name
                     for name in names)


def render_control(fields: Mapping[str, str]) -> str:
    """A ``DEBIAN/control`` file; a multi-line ``Description`` is folded as policy wants
    (continuation lines start with a space, empty lines become `` .``)."""
    lines = []
    for key, value in fields.items():
        first, *rest = value.split("\n")
        if not first.strip() or any(ch in value for ch in "\r\0"):
            raise ValueError(f"bad control field {key!r}")
        lines.append(f"{key}: {first}")
        lines += [" " + (line if line.strip() else ".") for line in rest]
    return "\n".join(lines) + "\n"


def control_fields(version: str, arch: str, depends: str, installed_kib: int) -> dict[str, str]:
    return {
        "Package": PACKAGE,
        "Version": version,
        "Architecture": arch,
        "Maintainer": MAINTAINER,
        "Installed-Size": str(installed_kib),
        "Depends": depends,
        "Section": "net",
        "Priority": "optional",
        "Homepage": HOMEPAGE,
        "Description": f"{SUMMARY}\n{DESCRIPTION}",
    }


def debian_version(version: str) -> str:
    """pyproject's version in Debian's ordering (``0.2.0rc1`` → ``0.2.0~rc1``)."""
    return re.sub(r"[.-]?((?:a|b|rc|dev)\d*)$", r"~\1", version)


def changelog(version: str, date: str) -> str:
    """The Debian changelog of this native package (one entry per released version)."""
    return (f"{PACKAGE} ({version}) stable; urgency=medium\n\n"
            f"  * Release {version}: see https://wawp.net for what changed.\n\n"
            f" -- {MAINTAINER}  {date}\n")


# ---- building -------------------------------------------------------------------------------

def is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def elf_files(bundle: Path) -> list[Path]:
    return sorted(p for p in bundle.rglob("*")
                  if p.is_file() and not p.is_symlink() and is_elf(p))


def ldd_listing(path: Path, library_dir: Path) -> str:
    env = dict(os.environ, LD_LIBRARY_PATH=str(library_dir))
    done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env,
                          check=False)
    return done.stdout


def dpkg_owners(paths: Iterable[str]) -> dict[str, str]:
    candidates = sorted({v for p in paths for v in path_variants(p)})
    if not candidates:
        return {}
    done = subprocess.run(["dpkg", "-S", *candidates], capture_output=True, text=True,
                          check=False)  # exit status 1 when some variant is unknown
    return parse_dpkg_search(done.stdout)


def compute_depends(bundle: Path, runner: Callable[[Path, Path], str] = ldd_listing) -> str:
    step("Depends: ldd over the packaged bundle, dpkg -S on this machine")
    library_dir = bundle / "_internal"
    files = elf_files(bundle)
    system, missing = external_libraries(
        ((needed_libraries(f.read_bytes()), runner(f, library_dir)) for f in files), bundle)
    packages, unknown = map_to_packages(system, missing, dpkg_owners(system.values()))
    if unknown:
        sys.exit(f"no package known for {', '.join(unknown)}: install it here or add it to "
                 "wawp_desktop/preflight.py SYSTEM_PACKAGES")
    for soname in missing:
        print(f"{soname}: not installed here; package from the preflight table: "
              f"{packages[soname]}")
    glibc = glibc_floor(f.read_bytes() for f in files)
    depends = depends_field([*packages.values(), *EXTRA_DEPENDS], glibc)
    print(f"{len(files)} ELF files link to {len(system) + len(missing)} system libraries: "
          + ", ".join(sorted([*system, *missing])))
    print(f"→ "
          f"Depends: {depends}")
    return depends


def copy_file(source: Path, dest: Path, mode: int = 0o644) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, dest)
    dest.chmod(mode)


def write_file(dest: Path, data: bytes, mode: int = 0o644) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(data)
    dest.chmod(mode)


def gzip_bytes(text: str) -> bytes:
    return gzip.compress(text.encode(), compresslevel=9, mtime=0)


def stage(bundle: Path, root: Path, version: str) -> None:
    """Lay out the package's files under ``root`` with Debian's permissions."""
    step(f"staging {root.relative_to(ROOT)}")
    if root.exists():
        shutil.rmtree(root)
    opt = root / INSTALL_DIR
    shutil.copytree(bundle, opt, symlinks=True)
    for name in SYSTEM_COPIES:
        (opt / "_internal" / name).unlink(missing_ok=True)
    for path in elf_files(opt):
        fixed = drop_build_machine_runpath(path.read_bytes())
        if fixed is not None:
            path.write_bytes(fixed)
    for path in [opt, *opt.rglob("*")]:
        if path.is_symlink():
            continue
        path.chmod(0o755 if path.is_dir() or path == opt / cfg.EXE_NAME else 0o644)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / cfg.EXE_NAME).symlink_to(f"/{INSTALL_DIR}/{cfg.EXE_NAME}")
    share = root / "usr" / "share"
    copy_file(RESOURCES / f"{cfg.APP_ID}.desktop", share / "applications" / f"{cfg.APP_ID}.desktop")
    copy_file(RESOURCES / f"{cfg.APP_ID}.metainfo.xml",
              share / "metainfo" / f"{cfg.APP_ID}.metainfo.xml")
    hicolor = share / "icons" / "hicolor"
    for png in sorted((RESOURCES / "icons").glob("wawp-desktop-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        copy_file(png, hicolor / f"{size}x{size}" / "apps" / f"{cfg.APP_ID}.png")
    copy_file(RESOURCES / "wawp-desktop.svg", hicolor / "scalable" / "apps" / f"{cfg.APP_ID}.svg")
    doc = share / "doc" / PACKAGE
    copy_file(DEBIAN_FILES / "copyright", doc / "copyright")
    stamp = formatdate(float(os.environ.get("SOURCE_DATE_EPOCH", "0")) or None, localtime=False)
    write_file(doc / "changelog.gz", gzip_bytes(changelog(version, stamp)))
    write_file(share / "man" / "man1" / f"{cfg.EXE_NAME}.1.gz",
               gzip_bytes((DEBIAN_FILES / f"{cfg.EXE_NAME}.1").read_text()))
    write_file(share / "lintian" / "overrides" / PACKAGE,
               (DEBIAN_FILES / "lintian-overrides").read_bytes())
    for path in [root, *root.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)


def installed_size_kib(root: Path) -> int:
    """``Installed-Size`` as dpkg-gencontrol counts it: KiB per file, 1 per dir or link."""
    total = 0
    for path in root.rglob("*"):
        if path.is_relative_to(root / "DEBIAN"):
            continue
        if path.is_symlink() or path.is_dir():
            total += 1
        else:
            total += -(-path.stat().st_size // 1024)
    return total


def write_md5sums(root: Path) -> None:
    lines = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and not path.is_relative_to(root / "DEBIAN"):
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(root).as_posix()}\n")
    write_file(root / "DEBIAN" / "md5sums", "".join(lines).encode())


def build_package(root: Path, version: str, arch: str, depends: str) -> Path:
    fields = control_fields(version, arch, depends, installed_size_kib(root))
    write_file(root / "DEBIAN" / "control", render_control(fields).encode())
    write_md5sums(root)
    (root / "DEBIAN").chmod(0o755)
    deb = DIST / f"{PACKAGE}_{version}_{arch}.deb"
    step(f"dpkg-deb → {deb.relative_to(ROOT)}")
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(root),
                    str(deb)], check=True)
    return deb


def run_checks(root: Path, deb: Path) -> bool:
    share = root / "usr" / "share"
    checks = [
        ["desktop-file-validate", str(share / "applications" / f"{cfg.APP_ID}.desktop")],
        ["appstreamcli", "validate", "--no-net", "--explain",
         str(share / "metainfo" / f"{cfg.APP_ID}.metainfo.xml")],
        ["lintian", "--fail-on", "error", str(deb)],
    ]
    ok = True
    for command in checks:
        step(" ".join(command[:2] if command[0] == "appstreamcli" else command[:1]))
        if shutil.which(command[0]) is None:
            print(f"{command[0]} is not installed")
            ok = False
            continue
        done = subprocess.run(command, check=False)
        print(f"→ exit status {done.returncode}")
        ok = ok and done.returncode == 0
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-checks", action="store_true",
                        help="skip desktop-file-validate, appstreamcli and lintian")
    args = parser.parse_args(argv)
    bundle = DIST / cfg.EXE_NAME
    if not (bundle / cfg.EXE_NAME).is_file():
        sys.exit(f"no bundle at {bundle}: run packaging/build.py first")
    for tool in ("dpkg-deb", "dpkg", "ldd"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is needed (build the .deb on Debian or Ubuntu)")
    version = debian_version(cfg.read_version())
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    root = STAGING / "root"
    stage(bundle, root, version)
    depends = compute_depends(root / INSTALL_DIR)
    deb = build_package(root, version, arch, depends)
    size = deb.stat().st_size / 1_000_000
    within = size <= SIZE_GOAL_MB
    print(f"{deb.relative_to(ROOT)}: {size:.1f} MB — goal ≤ {SIZE_GOAL_MB} MB: "
          f"{'within' if within else 'OVER'}")
    checks_ok = args.no_checks or run_checks(root, deb)
    if not checks_ok:
        print("package checks FAILED", file=sys.stderr)
        return 1
    if not within and os.environ.get("WAWP_ENFORCE_SIZE_BUDGET") == "1":
        return 1
    print(f"\n.deb OK: {deb.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
