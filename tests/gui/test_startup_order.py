"""The start-up order of ``app.main``: the form paints first, the services are attached after."""

from __future__ import annotations

import asyncio

from tests.gui.conftest import close_window, make_settings
from wawp_desktop.app import _services, _show_and_paint, _window
from wawp_desktop.core import history
from wawp_desktop.core.token_store import SERVICE
from wawp_desktop.core.webhook import WebhookConfig
from wawp_desktop.sandbox import DEMO_PAID_ID, DEMO_PAID_TOKEN


def test_attach_after_the_first_paint_still_warms_up_and_loads_history(
    qtbot, qt_loop: asyncio.AbstractEventLoop, settings_path, sandbox, tmp_path
) -> None:
    window = _window(sandbox.url, None, make_settings(settings_path))
    assert window.services is None
    _show_and_paint(window)  # Qt's own loop, as main() runs it before asyncio starts
    assert window.painted_at is not None
    path = tmp_path / "history.jsonl"
    config = WebhookConfig(instance_id="ABCDEF123456", url="https://crm.example.com/old",
                           events=["message"])
    history.append(path, history.make_entry(config, True, "Saved", None))
    try:
        with qtbot.waitSignal(window.ready, timeout=10_000):
            window.attach(_services(window, history_path=path))
        qtbot.waitUntil(lambda: window.history_page.loaded, timeout=10_000)
        assert window.history_page.model.rowCount() == 1
        assert window.history_page.model.entry(0).url == "https://crm.example.com/old"
        assert window.save_bar.isVisible() and window.save_bar.submit_button.isEnabled()
    finally:
        close_window(qtbot, qt_loop, window)


def test_the_token_of_the_restored_instance_is_loaded(
    qtbot, qt_loop: asyncio.AbstractEventLoop, settings_path, sandbox, memory_keyring
) -> None:
    """The constructor restores the instance ID before attach() connects the token loading."""
    settings = make_settings(settings_path)
    settings.save_form(WebhookConfig(instance_id=DEMO_PAID_ID, url="https://crm.example.com/x"))
    memory_keyring.set_password(SERVICE, DEMO_PAID_ID, DEMO_PAID_TOKEN)
    window = _window(sandbox.url, None, settings)
    _show_and_paint(window)
    try:
        services = _services(window)
        window.attach(services)
        with qtbot.waitSignal(window.tokens.loaded, timeout=10_000):
            pass
        assert window.instance_bar.token_edit.text() == DEMO_PAID_TOKEN
    finally:
        close_window(qtbot, qt_loop, window)


def test_no_keyring_note_under_the_token_is_short_whatever_arrives_first(
    qtbot, qt_loop: asyncio.AbstractEventLoop, settings_path, sandbox
) -> None:
    """The restored instance's token load can answer before the keyring probe shows the
    banner; the line under the token stands on its own either way."""
    import keyring
    from keyring.backends import fail
    from PySide6.QtWidgets import QLabel

    keyring.set_keyring(fail.Keyring())
    settings = make_settings(settings_path)
    settings.save_form(WebhookConfig(instance_id=DEMO_PAID_ID))
    window = _window(sandbox.url, None, settings)
    _show_and_paint(window)
    try:
        window.attach(_services(window))
        with (qtbot.waitSignal(window.tokens.loaded, timeout=10_000),
              qtbot.waitSignal(window.tokens.checked, timeout=10_000)):
            pass
        status = window.findChild(QLabel, "tokenStatus").text()
        assert "Enter it again" in status and "see the note above" not in status
        assert window.keyring_banner.isVisible()
    finally:
        close_window(qtbot, qt_loop, window)
