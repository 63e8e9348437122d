"""Render the main window offscreen for the README: a chosen screen size, light or dark.

    .venv/bin/python packaging/screenshots.py                 # the README's pictures
    .venv/bin/python packaging/screenshots.py --size 800x600 --dark --scenario saved --out x.png

Scenarios: ``empty`` (a fresh start), ``saved`` (a save with the paid demo instance),
``invalid`` (Save with a bad form), ``free`` (the free plan's answer), ``instance`` (Test
connection and the Instance page), ``history``, ``instances`` (the Fleet demo tested on the
Instances page). The sandbox runs in-process on loopback.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README_SHOTS = [
    ("1024x768", False, "saved", "main-window.png"),
    ("1024x768", True, "saved", "main-window-dark.png"),
    ("1024x768", False, "instance", "instance-page.png"),
    ("1024x768", False, "check-ok", "check-url-ok.png"),
    ("1024x768", False, "check-fail", "check-url-fail.png"),
    ("1024x768", False, "instances", "instances.png"),
    ("1024x768", False, "saved", "main-window-ar.png"),
    ("1024x768", False, "invalid", "invalid-ar.png"),
]


async def _scenario(window, name: str, sandbox) -> None:  # noqa: ANN001
    from wawp_desktop.sandbox import DEMO_FREE_ID, DEMO_FREE_TOKEN, DEMO_PAID_ID, DEMO_PAID_TOKEN

    bar, form = window.instance_bar, window.webhook_page

    async def settle(signal=None) -> None:  # noqa: ANN001
        if signal is not None:
            done = asyncio.get_running_loop().create_future()
            signal.connect(lambda *_: done.done() or done.set_result(None))
            await asyncio.wait_for(done, 10)
        for _ in range(5):
            await asyncio.sleep(0.05)

    await settle(window.ready)
    if name == "empty":
        return
    if name == "instances":
        await _instances(window, settle)
        return
    paid = name != "free"
    bar.instance_id_edit.setText(DEMO_PAID_ID if paid else DEMO_FREE_ID)
    bar.token_edit.setText(DEMO_PAID_TOKEN if paid else DEMO_FREE_TOKEN)
    if name == "instance":
        bar.test_button.click()
        await settle(window.instance_page.loaded)
        return
    if name in ("check-ok", "check-fail"):
        if name == "check-ok":
            window.url_check.practice_button.click()
            form.delivery.hmac_edit.setText("practice-Secret-0123456789")
        else:
            form.url_edit.setText("https://192.168.1.20/webhook")
        await settle()
        window.url_check.check_button.click()
        await settle(window.url_check.checkFinished)
        return
    if name == "invalid":
        form.url_edit.setText("http://crm.example.com/hook")
        window.save()
        await settle()
        return
    form.url_edit.setText("https://crm.example.com/wawp")
    form.name_edit.setText("CRM")
    form.events.apply_preset("CRM / inbox")
    window.save()
    await settle(window.saver.readBackDone if paid else window.saver.finished)
    if name == "history":
        window.show_history()
        await settle()


async def _instances(window, settle) -> None:  # noqa: ANN001
    """The Fleet demo on the Instances page: a few rows checked and tested (a free plan,
    a failed session and a wrong token among them)."""
    from wawp_desktop.sandbox.fleet_demo import fleet_id

    page = window.instances_page
    window.tabs.setCurrentWidget(window.instances_tab)
    page.demo_button.click()
    page.model.check({fleet_id(n) for n in (1, 3, 5, 9, 17, 21, 25, 6)})
    page.test_button.click()
    await settle(page.runFinished)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", default="1024x768")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scenario", default="saved")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--language", default="en", help="en or ar")
    parser.add_argument("--readme", action="store_true", help="write the README's pictures")
    args = parser.parse_args(argv)
    if args.readme:
        for size, dark, scenario, name in README_SHOTS:
            command = [sys.executable, __file__, "--size", size, "--scenario", scenario,
                       "--out", str(ROOT / "resources" / "screenshots" / name)]
            if dark:
                command.append("--dark")
            if name.endswith("-ar.png"):
                command += ["--language", "ar"]
            import subprocess

            subprocess.run(command, check=True)
        return 0
    sys.path.insert(0, str(ROOT))
    from tests.gui.screen_probe import offscreen_screen

    offscreen_screen(args.size)
    import keyring
    import qasync
    from PySide6.QtWidgets import QApplication

    from tests.memory_keyring import MemoryKeyring  # a desktop with a password store

    keyring.set_keyring(MemoryKeyring())
    app = QApplication([])
    app.setStyle("Fusion")
    app.setQuitOnLastWindowClosed(False)  # the loop ends with run(), after the cleanup
    if args.dark:
        from wawp_desktop.ui.theme import dark_palette

        app.setPalette(dark_palette())
    if args.language != "en":
        from wawp_desktop.ui import language

        language.apply(app, args.language)
    from wawp_desktop.app import create_main_window
    from wawp_desktop.sandbox import SandboxServer
    from wawp_desktop.sandbox.fleet_demo import seed_fleet
    from wawp_desktop.sandbox.receiver import PracticeReceiver
    from wawp_desktop.sandbox.state import ALL_DEMO_ACCOUNTS, seed_showcase

    out = args.out or Path(f"screenshot-{args.size}-{args.scenario}.png")

    async def run() -> None:
        sandbox = SandboxServer()
        seed_showcase(sandbox.state)
        seed_fleet(sandbox.state)
        sandbox.start()
        receiver = PracticeReceiver().start()
        window = create_main_window(sandbox.url, demo_accounts=list(ALL_DEMO_ACCOUNTS),
                                    sandbox_server=sandbox, practice_receiver=receiver)
        window.show()
        try:
            await _scenario(window, args.scenario, sandbox)
            window.grab().save(str(out))
            print(f"{out}: {window.width()}x{window.height()}")
        finally:
            window.close()
            await window.services.aclose()
            sandbox.stop()
            receiver.stop()

    asyncio.run(run(), loop_factory=qasync.QEventLoop)
    return 0


if __name__ == "__main__":
    sys.exit(main())
