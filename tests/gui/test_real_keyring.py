"""The token in a real OS store (Secret Service via gnome-keyring), as .ci/run sets it up.

Runs when ``WAWP_REAL_KEYRING=1``; then a missing Secret Service is a failure, not a skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.conftest import run
from wawp_desktop.core.token_store import SERVICE, TokenStore, backend_name, has_real_backend

pytestmark = [
    pytest.mark.real_keyring,
    pytest.mark.skipif(
        os.environ.get("WAWP_REAL_KEYRING") != "1",
        reason="needs a Secret Service session (set WAWP_REAL_KEYRING=1, see .ci/run)",
    ),
]

INSTANCE = "REALKEYRING1"
TOKEN = "real-keyring-token-7f3a9c"


def _secret_tool(*args: str) -> subprocess.CompletedProcess[str]:
    assert shutil.which("secret-tool"), "libsecret-tools is not installed"
    return subprocess.run(
        ["secret-tool", *args], capture_output=True, text=True, timeout=30, check=False
    )


def test_backend_is_secret_service() -> None:
    assert has_real_backend(), backend_name()
    assert "SecretService" in backend_name()


def test_token_lands_in_os_store_and_is_read_back() -> None:
    store = TokenStore()
    saved = run(store.save(INSTANCE, TOKEN))
    assert saved.persistent, saved.message
    looked_up = _secret_tool("lookup", "service", SERVICE, "username", INSTANCE)
    assert looked_up.stdout.strip() == TOKEN

    fresh = TokenStore()  # nothing cached in memory: read from the OS store
    loaded = run(fresh.load(INSTANCE))
    assert loaded.token == TOKEN and loaded.persistent

    forgotten = run(fresh.forget(INSTANCE))
    assert forgotten.persistent
    assert _secret_tool("lookup", "service", SERVICE, "username", INSTANCE).stdout == ""
    assert run(fresh.load(INSTANCE)).token is None


def test_window_save_stores_token_in_os_store(qtbot, make_window, sandbox) -> None:
    from PySide6.QtCore import Qt

    from tests.gui.helpers import fill_form, submit
    from wawp_desktop.sandbox import DEMO_PAID_ID, DEMO_PAID_TOKEN

    window = make_window(sandbox.url)
    fill_form(qtbot, window, instance_id=DEMO_PAID_ID, token=DEMO_PAID_TOKEN,
              url="https://crm.example.com/hook", events=["message"])
    with qtbot.waitSignal(window.tokens.saved, timeout=10_000):
        qtbot.mouseClick(submit(window), Qt.MouseButton.LeftButton)
    looked_up = _secret_tool("lookup", "service", SERVICE, "username", DEMO_PAID_ID)
    assert looked_up.stdout.strip() == DEMO_PAID_TOKEN
    run(TokenStore().forget(DEMO_PAID_ID))
