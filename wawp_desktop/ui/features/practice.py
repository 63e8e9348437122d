"""Sandbox only: play a problem on the next request (slow, time-out, 500, maintenance page…)
to see how the app explains it."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox

from ...core.i18n import translate
from ...sandbox.practice import BY_KEY, PROBLEMS
from .. import a11y
from ..services import Services


def fill_problems(combo: QComboBox) -> None:
    """The choices: none, then each practice problem (its description as the tooltip).

    The problems' labels and descriptions are translated by the sandbox's catalogue."""
    combo.addItem(translate("PracticeFeature", "No problem: answer normally"), None)
    for problem in PROBLEMS:
        combo.addItem(problem.shown_label, problem.key)
        combo.setItemData(combo.count() - 1, problem.shown_description,
                          3)  # Qt.ToolTipRole


class PracticeFeature(QObject):
    """Arms the chosen problem for the next request; the choice resets once it was played."""

    def __init__(self, services: Services, combo: QComboBox,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.combo = combo
        combo.activated.connect(self._chosen)
        services.runner.idle.connect(self._maybe_played)

    def _chosen(self, index: int) -> None:
        server = self.services.sandbox_server
        if server is None:
            return
        server.faults.clear()
        key = self.combo.itemData(index)
        if key is not None:
            server.faults.push(BY_KEY[key].fault())
            text = translate("PracticeFeature", "The next request to the sandbox plays: "
                             "{problem}.").format(problem=BY_KEY[key].shown_label)
            status_bar = self.combo.window().statusBar()
            status_bar.showMessage(text, 8000)
            a11y.announce(status_bar, text)

    def _maybe_played(self) -> None:
        server = self.services.sandbox_server
        if server is not None and self.combo.currentIndex() > 0 and not len(server.faults):
            self.combo.setCurrentIndex(0)
