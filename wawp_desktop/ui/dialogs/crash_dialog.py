"""The one global error path: an excepthook that logs and shows a non-blocking crash dialog."""

from __future__ import annotations

import platform
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import __version__
from ...core.i18n import ltr, translate
from ...core.secrets import redact

_LIBRARIES = ("PySide6-Essentials", "qasync", "httpx", "keyring", "truststore")
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def versions() -> list[tuple[str, str]]:
    """(name, version) of the app, Python, Qt and the libraries that matter."""
    from importlib import metadata  # slow to import (~30 ms): only when a crash happens

    from PySide6.QtCore import qVersion

    rows = [("Wawp Desktop", __version__), ("Python", platform.python_version()),
            ("Qt", qVersion())]
    for name in _LIBRARIES:
        try:
            rows.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            rows.append((name, "not installed"))
    return rows


def crash_report(exc_info: ExcInfo, log_path: Path | None) -> str:
    """The redacted text of a crash report (what happened, versions, OS, log file).

    It stays English: it is meant for Wawp's support, traceback and all."""
    exc_type, exc, tb = exc_info
    lines = [
        "Wawp Desktop stopped an unexpected error.",
        "",
        f"What happened: {exc_type.__name__}: {exc}",
        "",
        "Versions:",
        *(f"  {name} {version}" for name, version in versions()),
        f"Operating system: {platform.platform()} ({platform.machine()})",
        f"Log file: {log_path if log_path else 'not available'}",
        "",
        "Details:",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return redact("\n".join(lines))


class CrashDialog(QDialog):
    """Shows a crash report; opened with ``show()``, never ``exec()``."""

    def __init__(self, report: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = redact(report)
        self.setObjectName("crashDialog")
        self.setWindowTitle(translate("CrashDialog", "Wawp Desktop — unexpected error"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        what = next((line for line in self.report.splitlines()
                     if line.startswith("What happened: ")), "")
        summary = QLabel(
            translate("CrashDialog", "Something went wrong inside Wawp Desktop. Your form is "
                      "still there; you can keep working, or restart the app if something looks "
                      "wrong.") + "\n\n" + ltr(what.removeprefix("What happened: ")), self)
        summary.setObjectName("crashSummary")
        summary.setWordWrap(True)
        where = QLabel(translate("CrashDialog", "Log file: {path}").format(path=ltr(log_path))
                       if log_path else translate("CrashDialog", "No log file is being written."),
                       self)
        where.setObjectName("crashLogLocation")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        details = QPlainTextEdit(self.report, self)
        details.setObjectName("crashReport")
        details.setReadOnly(True)
        details.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # an English report
        details.setAccessibleName(translate("CrashDialog", "Error report"))
        details.setAccessibleDescription(translate(
            "CrashDialog", "The details to send to Wawp's support (no secrets)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(translate("CrashDialog", "&Copy report"), self)
        self.copy_button.setAccessibleName(translate("CrashDialog", "Copy report"))
        self.copy_button.setAccessibleDescription(translate(
            "CrashDialog", "Copy the error report to the clipboard"))
        self.copy_button.setObjectName("copyReportButton")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(where)
        layout.addWidget(details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)


_open_dialogs: list[CrashDialog] = []


def show_crash_dialog(exc_info: ExcInfo, log_path: Path | None) -> CrashDialog:
    dialog = CrashDialog(crash_report(exc_info, log_path), log_path,
                         QApplication.activeWindow())
    _open_dialogs.append(dialog)
    dialog.destroyed.connect(lambda *_: _open_dialogs.remove(dialog)
                             if dialog in _open_dialogs else None)
    dialog.show()
    return dialog

