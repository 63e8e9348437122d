"""Shared fixtures for the logging and secrets tests."""

from tests.gui.conftest import make_window, settings_path  # noqa: F401 - shared fixtures
