"""Logging: named loggers, a rotating log file, Qt's messages, and secret redaction.

Every record is redacted when it is created (a log-record factory) and again by a filter on
the app's handlers, with :func:`wawp_desktop.core.secrets.redact` (the only redaction).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from .core.secrets import redact

APP_LOGGER = "wawp_desktop"
LOG_FILE_NAME = "wawp-desktop.log"
MAX_LOG_BYTES = 1024 * 1024
BACKUP_COUNT = 3

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def _redact_record(record: logging.LogRecord) -> None:
    if getattr(record, "_wawp_redacted", False):
        return
    try:
        message = record.getMessage()
    except Exception:  # noqa: BLE001 - a bad format string must not lose the record
        message = f"{record.msg!r} {record.args!r}"
    record.msg, record.args = redact(message), None
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    record._wawp_redacted = True


class RedactingFilter(logging.Filter):
    """Masks secrets in every record passing through (attached to the app's handlers)."""

    def filter(self, record: logging.LogRecord) -> bool:
        _redact_record(record)
        return True


_factory_lock = threading.Lock()
_original_factory: Callable[..., logging.LogRecord] | None = None


def install_redaction() -> None:
    """Redact every record at creation, whoever handles it (idempotent)."""
    global _original_factory
    with _factory_lock:
        if _original_factory is not None:
            return
        original = logging.getLogRecordFactory()

        def factory(*args: object, **kwargs: object) -> logging.LogRecord:
            record = original(*args, **kwargs)
            _redact_record(record)
            return record

        _original_factory = original
        logging.setLogRecordFactory(factory)


def log_dir() -> Path:
    """The platform's directory for this app's log files."""
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Logs" / "Wawp Desktop"
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "Wawp" / "Wawp Desktop" / "Logs"
    state = os.environ.get("XDG_STATE_HOME", "").strip()
    base = Path(state) if state and os.path.isabs(state) else Path.home() / ".local" / "state"
    return base / "wawp-desktop" / "log"


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO, *, stream: bool = True) -> Path | None:
    """Log to a rotating file (and stderr); the file's path, or None if it cannot be written."""
    install_redaction()
    app_logger = logging.getLogger(APP_LOGGER)
    app_logger.setLevel(level)
    formatter = logging.Formatter(_FORMAT)
    redacting = RedactingFilter()
    path: Path | None = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        from logging.handlers import RotatingFileHandler  # ~10 ms: not before the first paint

        handler: logging.Handler = RotatingFileHandler(
            path, maxBytes=MAX_LOG_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        path = None
    else:
        handler.setFormatter(formatter)
        handler.addFilter(redacting)
        handler.set_name("wawp-file")
        app_logger.addHandler(handler)
    if stream:
        console = logging.StreamHandler()
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        console.addFilter(redacting)
        console.set_name("wawp-console")
        app_logger.addHandler(console)
    return path


_QT_LEVELS = {"QtDebugMsg": logging.DEBUG, "QtInfoMsg": logging.INFO,
              "QtWarningMsg": logging.WARNING, "QtCriticalMsg": logging.ERROR,
              "QtFatalMsg": logging.CRITICAL}
qt_log = logging.getLogger(f"{APP_LOGGER}.qt")


def qt_message_handler(mode: object, context: object, message: str) -> None:
    """Route one Qt message into the ``wawp_desktop.qt`` logger."""
    name = getattr(mode, "name", str(mode)).rsplit(".", 1)[-1]
    category = getattr(context, "category", None)
    prefix = f"[{category}] " if category and category != "default" else ""
    qt_log.log(_QT_LEVELS.get(name, logging.WARNING), "%s%s", prefix, message)


def install_qt_message_handler() -> object:
    """Route Qt's messages into logging; returns the previous handler."""
    from PySide6.QtCore import qInstallMessageHandler

    return qInstallMessageHandler(qt_message_handler)


crash_log = logging.getLogger(f"{APP_LOGGER}.crash")


def install_excepthook(log_path: Path | None) -> Callable[..., object]:
    """Route uncaught exceptions to the log and a non-blocking crash dialog.

    Installed by ``main()``; returns the previous hook. The dialog module is imported only
    when a crash happens, so the hook costs nothing at start-up.
    """
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        import traceback

        text = redact("".join(traceback.format_exception(exc_type, exc, tb)))
        crash_log.critical("Unexpected error\n%s", text.rstrip())
        try:
            from PySide6.QtWidgets import QApplication

            if QApplication.instance() is None:
                previous(exc_type, exc, tb)
                return
            from .ui.dialogs.crash_dialog import show_crash_dialog

            show_crash_dialog((exc_type, exc, tb), log_path)
        except Exception:  # noqa: BLE001 - the error path itself must never crash
            crash_log.exception("Could not show the crash dialog")

    sys.excepthook = hook
    return previous
