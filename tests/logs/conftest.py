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
    logs.teardown_logging()
    logs.uninstall_redaction()
    forget_secrets()
    logging.getLogger(logs.APP_LOGGER).setLevel(logging.NOTSET)
