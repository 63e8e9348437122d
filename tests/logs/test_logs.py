"""Logs and crashes: log file place, redaction in every record, Qt messages, crash dialog.

The redaction rules themselves are tested in tests/core/test_secrets.py."""

from __future__ import annotations

import logging
import platform
import sys
from pathlib import Path

from PySide6.QtCore import qInstallMessageHandler, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit

from wawp_desktop import logs
from wawp_desktop.core.secrets import MASK, forget_secrets, register_secret
from wawp_desktop.ui.dialogs import crash_dialog

TOKEN = "tok_9f3Kq7LmZx2Wv8Rn"
HMAC = "hmac-Sh4rp-S3cr3t-Value-0042"



def test_log_dir_linux_follows_xdg_state_home(isolated_home: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert logs.log_dir() == isolated_home / ".local/state" / "wawp-desktop" / "log"
    monkeypatch.delenv("XDG_STATE_HOME")
    assert logs.log_dir() == isolated_home / ".local" / "state" / "wawp-desktop" / "log"
    monkeypatch.setenv("XDG_STATE_HOME", "relative/ignored")
    assert logs.log_dir() == isolated_home / ".local" / "state" / "wawp-desktop" / "log"


def test_log_dir_macos_and_windows(isolated_home: Path, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert logs.log_dir() == isolated_home / "Library" / "Logs" / "Wawp Desktop"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    assert logs.log_dir() == tmp_path / "Wawp" / "Wawp Desktop" / "Logs"


def test_every_record_is_redacted_in_file_and_caplog(app_logging, caplog) -> None:
    assert app_logging == logs.log_file()
    register_secret(TOKEN)
    register_secret(HMAC)
    log = logging.getLogger("wawp_desktop.test")
    with caplog.at_level(logging.DEBUG):
        log.info("token is %s and hmac %s", TOKEN, HMAC)
        log.warning("query access_token=%s", "unregistered-value-77")
        try:
            raise ValueError(f"bad token {TOKEN}")
        except ValueError:
            log.exception("failed")
        logging.getLogger("httpx").info("POST http://h/?access_token=%s", TOKEN)
    for handler in logging.getLogger(logs.APP_LOGGER).handlers:
        handler.flush()
    written = app_logging.read_text(encoding="utf-8")
    for text in (written, caplog.text, "\n".join(r.getMessage() for r in caplog.records)):
        assert TOKEN not in text and HMAC not in text and "unregistered-value-77" not in text
    assert "ValueError: bad token" in written and MASK in written
    assert "query access_token=" in caplog.text


def test_log_file_rotates(app_logging) -> None:
    log = logging.getLogger("wawp_desktop.test")
    line = "x" * 1000
    for _ in range(1200):
        log.info(line)
    rotated = sorted(p.name for p in app_logging.parent.iterdir())
    assert logs.LOG_FILE_NAME + ".1" in rotated
    assert len(rotated) <= logs.BACKUP_COUNT + 1


def test_qt_messages_go_into_logging(caplog) -> None:
    previous = logs.install_qt_message_handler()
    try:
        with caplog.at_level(logging.DEBUG, logger="wawp_desktop.qt"):
            qWarning("a Qt warning for the log")
    finally:
        qInstallMessageHandler(previous)
    records = [r for r in caplog.records if r.name == "wawp_desktop.qt"]
    assert records and records[0].levelno == logging.WARNING
    assert "a Qt warning for the log" in records[0].getMessage()


def _exc_info() -> tuple:
    try:
        secret_token = TOKEN  # noqa: F841 - a local the traceback must not reveal
        raise RuntimeError(f"request failed for access_token={TOKEN} and {HMAC}")
    except RuntimeError as exc:
        return type(exc), exc, exc.__traceback__


def test_crash_report_content_is_redacted(tmp_path: Path) -> None:
    register_secret(TOKEN)
    register_secret(HMAC)
    try:
        report = crash_dialog.crash_report(_exc_info(), tmp_path / "app.log")
    finally:
        forget_secrets()
    assert TOKEN not in report and HMAC not in report
    assert "What happened: RuntimeError: request failed" in report
    for needle in ("Wawp Desktop 0.", "Python " + platform.python_version(), "Qt ",
                   "PySide6-Essentials", "httpx", "keyring", "qasync",
                   "Operating system: " + platform.platform(), str(tmp_path / "app.log"),
                   "Traceback"):
        assert needle in report, needle


def test_excepthook_opens_non_blocking_crash_dialog(qtbot, tmp_path: Path, caplog) -> None:
    register_secret(TOKEN)
    previous = logs.install_excepthook(tmp_path / "app.log")
    try:
        with caplog.at_level(logging.CRITICAL, logger="wawp_desktop.crash"):
            sys.excepthook(*_exc_info())  # returns at once: the dialog is not exec()'d
    finally:
        sys.excepthook = previous
        forget_secrets()
    dialogs = [w for w in QApplication.topLevelWidgets()
               if w.objectName() == "crashDialog" and w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.addWidget(dialog)
    assert not dialog.isModal()
    assert "RuntimeError" in dialog.findChild(QLabel, "crashSummary").text()
    assert str(tmp_path / "app.log") in dialog.findChild(QLabel, "crashLogLocation").text()
    shown = dialog.findChild(QPlainTextEdit, "crashReport").toPlainText()
    assert TOKEN not in shown and "Operating system" in shown
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.report and TOKEN not in copied and "Traceback" in copied
    assert any(r.levelno == logging.CRITICAL for r in caplog.records)
    assert TOKEN not in caplog.text
    dialog.close()
