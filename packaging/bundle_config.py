"""What goes into the PyInstaller bundle: shared by ``wawp_desktop.spec``, ``build.py`` and tests.

Plain Python without PyInstaller imports, so the tests can check it cheaply.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "Wawp Desktop"
APP_ID = "net.wawp.WawpDesktop"
EXE_NAME = "wawp-desktop"
SIZE_BUDGET_MB = 130
START_RATIO_GOAL = 1.2

# keyring finds its backends through its own entry points (needs its dist-info in the
# bundle) and imports them lazily: name them all so none is silently lost.
KEYRING_HIDDEN_IMPORTS = [
    "keyring.backends.SecretService",
    "keyring.backends.kwallet",
    "keyring.backends.libsecret",
    "keyring.backends.macOS",
    "keyring.backends.macOS.api",
    "keyring.backends.Windows",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
    "secretstorage",
    "jeepney",
    "jeepney.io.blocking",
    "jaraco.classes.properties",
    "jaraco.functools",
    "jaraco.context",
]
# truststore picks its implementation per OS at import time.
TRUSTSTORE_HIDDEN_IMPORTS = ["truststore", "truststore._api", "truststore._openssl",
                             "truststore._macos", "truststore._windows"]

# Python modules never used (PySide6's hooks only collect what is imported; this makes sure).
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtDBus", "PySide6.QtSql",
    "PySide6.QtTest", "PySide6.QtSvg", "PySide6.QtSvgWidgets", "PySide6.QtXml",
    "PySide6.QtPrintSupport", "PySide6.QtConcurrent",
    "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.scripts",
    # test tooling reachable only through jeepney's bundled tests
    "pytest", "_pytest", "pluggy", "setuptools", "pkg_resources", "jeepney.tests",
    "jeepney.io.tests",
    # East-Asian legacy codecs (Wawp answers UTF-8 JSON); about 1 MB
    "_codecs_jp", "_codecs_kr", "_codecs_cn", "_codecs_tw", "_codecs_hk", "_codecs_iso2022",
]

# Collected files dropped from the bundle (fnmatch against the "/"-separated destination
# path). Qt plugins the app does not use, Qt translations of languages the app does not speak,
# and libraries that only those plugins need (GTK3 theme → GTK/GDK/cairo/pango/atk; wayland).
KEPT_QT_TRANSLATIONS = ("qtbase_ar.qm",)
"""Qt's own translations the app needs (standard buttons and dialogs in Arabic)."""
EXCLUDED_FILES = [
    "*/translations/*.qm",
    "*/plugins/platforms/*wayland*",
    "*/plugins/platforms/*eglfs*",
    "*/plugins/platforms/*minimalegl*",
    "*/plugins/platforms/*vnc*",
    "*/plugins/platforms/*linuxfb*",
    "*/plugins/platforms/*webgl*",
    "*/plugins/platforms/*vkkhrdisplay*",
    "*/plugins/wayland-*",
    "*/plugins/egldeviceintegrations/*",
    "*/plugins/tls/*",
    "*/plugins/networkinformation/*",
    "*/plugins/platformthemes/*gtk3*",
    "*/plugins/generic/*",
    "*/plugins/sqldrivers/*",
    "libgtk-3.so*", "libgdk-3.so*", "libgdk_pixbuf-2.0.so*", "libcairo*.so*",
    "libpango*.so*", "libatk-1.0.so*", "libatk-bridge-2.0.so*", "libatspi.so*",
    "libepoxy.so*", "libwayland-*.so*", "libXcomposite.so*", "libXdamage.so*",
    "libXinerama.so*", "libXi.so*", "libXrandr.so*", "libXcursor.so*", "libXfixes.so*",
    "libthai.so*", "libdatrie.so*", "libfribidi.so*", "libpixman-1.so*",
    "libcloudproviders.so*", "libtinysparql*.so*", "libtracker-sparql*.so*",
    # image formats the app never reads (its icons are PNG, built into QtGui)
    "*/plugins/imageformats/*qgif*", "*/plugins/imageformats/*qicns*",
    "*/plugins/imageformats/*qjpeg*", "*/plugins/imageformats/*qtga*",
    "*/plugins/imageformats/*qtiff*", "*/plugins/imageformats/*qwbmp*",
    "*/plugins/imageformats/*qwebp*", "libjpeg.so*",
    # Qt libraries only the excluded plugins load (also their top-level links)
    "libQt6Wayland*", "libQt6WlShell*", "libQt6EglFS*", "libQt6EglFs*", "libQt6Network.so*",
    "libQt6Qml*", "libQt6Quick*", "libQt6Pdf*", "libQt6VirtualKeyboard*",
    # SVG support: the app's icons are PNG
    "*/plugins/imageformats/*qsvg*", "*/plugins/iconengines/*qsvgicon*", "libQt6Svg.so*",
    # GTK3/cairo/pango dependencies that nothing left in the bundle loads
    "libgio-2.0.so*", "libgmodule-2.0.so*", "libgobject-2.0.so*", "libgraphite2.so*",
    "libharfbuzz.so*", "libmount.so*", "libblkid.so*", "libselinux.so*", "libXext.so*",
    "libXrender.so*",
    # libdbus-1 must match the system's D-Bus anyway and is on every desktop Linux (README
    # lists libdbus-1-3 among Qt's system packages); with it go its systemd/gcrypt chain.
    "libdbus-1.so*", "libsystemd.so*", "libgcrypt.so*", "libgpg-error.so*", "liblz4.so*",
    "libcap.so*",
    # Kerberos/GSSAPI, needed only by QtNetwork
    "libgssapi_krb5.so*", "libkrb5.so*", "libkrb5support.so*", "libk5crypto.so*",
    "libcom_err.so*", "libkeyutils.so*",
]


def read_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """``project.version`` from pyproject.toml, e.g. ``"0.1.0"``."""
    with pyproject.open("rb") as f:
        version = tomllib.load(f)["project"]["version"]
    if not re.fullmatch(r"\d+(\.\d+){0,3}([.-]?\w+)?", version):
        raise ValueError(f"unexpected version {version!r} in {pyproject}")
    return version


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Four integers for the Windows version resource (``0.1.0rc1`` → ``(0, 1, 0, 0)``)."""
    match = re.match(r"\d+(?:\.\d+){0,3}", version)
    numbers = [int(n) for n in match.group(0).split(".")] if match else []
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def is_excluded(dest: str) -> bool:
    """True when a collected file (destination path inside the bundle) is left out."""
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if name in KEPT_QT_TRANSLATIONS:
        return False
    return any(fnmatch.fnmatchcase(dest, p) or fnmatch.fnmatchcase(name, p)
               for p in EXCLUDED_FILES)
