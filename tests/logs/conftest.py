"""Shared fixtures for the logging and secrets tests."""

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.gui.conftest import make_window, settings_path  # noqa: F401 - shared fixtures
from wawp_desktop import logs
from wawp_desktop.core.secrets import forget_secrets


@pytest.fixture
def app_logging() -> Iterator[Path | None]:
    """The app's logging set up (file, redaction) for one test, and fully undone after it."""
    path = logs.setup_logging(logging.DEBUG, stream=False)
    yield path
    teardown_logging()
    uninstall_redaction()
    forget_secrets()
    logging.getLogger(logs.APP_LOGGER).setLevel(logging.NOTSET)


def teardown_logging() -> None:
    """Close and remove the handlers ``logs.setup_logging`` added."""
    app_logger = logging.getLogger(logs.APP_LOGGER)
    for handler in list(app_logger.handlers):
        if handler.get_name() in ("wawp-file", "wawp-console"):
            app_logger.removeHandler(handler)
            handler.close()


def uninstall_redaction() -> None:
    """Undo ``logs.install_redaction`` (the app installs it for good)."""
    with logs._factory_lock:
        if logs._original_factory is not None:
            logging.setLogRecordFactory(logs._original_factory)
            logs._original_factory = None
