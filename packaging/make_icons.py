"""App icons: PNGs rendered from ``resources/wawp-desktop.svg``, and ICO/ICNS writers.

``python packaging/make_icons.py`` re-renders ``resources/icons/wawp-desktop-<N>.png`` for every
size in ``PNG_SIZES`` (commit the result). It uses Qt's SVG renderer on the offscreen platform,
so it needs no display and no Pillow.

``write_ico`` and ``write_icns`` need no third-party code at all: the spec calls them at build
time to produce the Windows ``.ico`` and the macOS ``.icns`` from the committed PNGs.
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
SVG = RESOURCES / "wawp-desktop.svg"
ICON_DIR = RESOURCES / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 32, 48, 64, 128, 256)  # ICO stores sizes up to 256 (0 in the header byte)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# ICNS element types holding PNG data, by pixel size of the PNG (the @2x types reuse sizes).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64),
    (b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024),
    (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def png_path(size: int) -> Path:
    return ICON_DIR / f"wawp-desktop-{size}.png"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk; ValueError if ``data`` is not a PNG."""
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    return struct.unpack(">II", data[16:24])


def render_pngs(
    sizes: Iterable[int] = PNG_SIZES, svg: Path = SVG, out_dir: Path = ICON_DIR
) -> list[Path]:
    """Render ``svg`` to one square PNG per size with QSvgRenderer (offscreen platform)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - keep alive
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise RuntimeError(f"cannot render {svg}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"wawp-desktop-{size}.png"
        if not image.save(str(path), "PNG"):
            raise RuntimeError(f"cannot write {path}")
        written.append(path)
    return written


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows ICO whose images are PNG payloads (supported since Windows Vista)."""
    sizes = sorted(s for s in pngs if s <= 256)
    if not sizes:
        raise ValueError("an ICO needs at least one image of 256 px or less")
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        if png_size(data) != (size, size):
            raise ValueError(f"PNG for {size} px is {png_size(data)}")
        byte = 0 if size == 256 else size
        # width, height, palette colours, reserved, colour planes, bits per pixel, size, offset
        entries += struct.pack("<BBBBHHII", byte, byte, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        payload += data
    return header + entries + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS ICNS made of PNG elements (icp4…ic14) for the sizes available."""
    body = b""
    for kind, size in ICNS_TYPES:
        if size in pngs:
            data = pngs[size]
            body += kind + struct.pack(">I", 8 + len(data)) + data
    if not body:
        raise ValueError("no PNG of a size ICNS stores")
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def _read_pngs(sizes: Iterable[int]) -> dict[int, bytes]:
    return {size: png_path(size).read_bytes() for size in sizes if png_path(size).exists()}


def write_ico(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(ico_bytes(_read_pngs(ICO_SIZES)))
    return path


def write_icns(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(icns_bytes(_read_pngs(PNG_SIZES)))
    return path


if __name__ == "__main__":
    for written in render_pngs():
        print(written.relative_to(ROOT))
