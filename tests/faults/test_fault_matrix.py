"""Every fault, played over loopback, against the real client and the real window.

Each must end in its own plain-language message, with the form intact, Save usable again and
nothing escaping (no traceback in the window, no error logged, no exception in a slot).
"""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QCheckBox, QLineEdit

from tests.conftest import run
from tests.faults.cases import CASES, TIMEOUTS, Case
from tests.gui.helpers import fill_form, find, status_text, submit
from tests.plain_text import plain
from wawp_desktop.core.client import WawpClient
from wawp_desktop.core.errors import WawpError
from wawp_desktop.core.save import plan, send
from wawp_desktop.core.webhook import WebhookConfig

URL = "https://crm.example.com/wawp-hook"
IDS = [case.name for case in CASES]


def test_every_issue_fault_is_in_the_matrix() -> None:
    assert len(CASES) == 36
    assert len({case.name for case in CASES}) == len(CASES)
    assert len({case.says for case in CASES}) >= 20  # specific messages, not one catch-all


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_client(case: Case, fault_server) -> None:
    api_base = fault_server(case)
    config = WebhookConfig(instance_id=case.instance_id, access_token=case.token, url=URL,
                           events=["message"])

    async def save() -> WawpError:
        client = WawpClient(api_base, timeouts=TIMEOUTS)
        try:
            await send(client, plan(config))
        except WawpError as error:
            return error
        finally:
            await client.aclose()
        raise AssertionError("the save succeeded")

    error = run(save())
    assert error.kind is case.kind, error.summary()
    assert case.says in plain(error.summary()), error.summary()
    assert "Traceback" not in error.summary()


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_window(case: Case, qtbot, make_window, fault_server, caplog) -> None:
    api_base = fault_server(case)
    window = make_window(api_base, timeouts=TIMEOUTS)
    fill_form(qtbot, window, instance_id=case.instance_id, token=case.token, url=URL,
              events=["message", "call.received"])
    with qtbot.waitSignal(window.saver.failed, timeout=10_000) as failed:
        qtbot.keyClick(submit(window), " ")
    error = failed.args[0]
    assert error.kind is case.kind, error.summary()
    text = plain(status_text(window))
    assert case.says in text
    assert text.startswith(error.title)
    for word in ("Traceback", "Exception", "Error:", "httpx", "errno"):
        assert word not in text
    # The form is intact.
    assert find(window, QLineEdit, "instanceIdEdit").text() == case.instance_id
    assert find(window, QLineEdit, "tokenEdit").text() == case.token
    assert find(window, QLineEdit, "urlEdit").text() == URL
    assert find(window, QCheckBox, "event:message").isChecked()
    assert find(window, QCheckBox, "event:call.received").isChecked()
    # Save is usable again.
    assert submit(window).isEnabled() and not window.saver.busy
    if case.recovers:
        with qtbot.waitSignal(window.saver.succeeded, timeout=10_000):
            qtbot.keyClick(submit(window), " ")
        assert status_text(window).startswith("Saved:")
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.parametrize("server", ["proxy_garbage", "socks_down", "proxy_407"])
def test_test_connection_ends_with_the_proxy_message(server: str, qtbot, make_window,
                                                      fault_server) -> None:
    """Issue 11: with a bad proxy, Test connection stayed on "Testing the connection…"."""
    from wawp_desktop.core.errors import ErrorKind

    case = next(c for c in CASES if c.server == server)
    window = make_window(fault_server(case), timeouts=TIMEOUTS)
    window.instance_bar.instance_id_edit.setText(case.instance_id)
    window.instance_bar.token_edit.setText(case.token)
    with qtbot.waitSignal(window.instance_page.loadFailed, timeout=10_000) as failed:
        window.instance_bar.test_button.click()
    error = failed.args[1]
    assert error.kind is ErrorKind.PROXY and case.says in plain(error.message)
    assert window.instance_bar.test_button.isEnabled()  # not stuck on "Testing…"
    assert case.says in plain(status_text(window))
