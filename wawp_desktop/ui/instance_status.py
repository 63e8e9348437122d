"""Test connection: a button, a coloured status badge, and who the instance is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .field_message import ERROR_STYLE

if TYPE_CHECKING:
    from ..core.errors import WawpError
    from ..core.instance import SessionInfo


class InstanceStatus(QWidget):
    """``testRequested`` when the button is pressed; ``show_*`` display the outcome."""

    testRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QPushButton("Test &connection", self)
        self.button.setObjectName("testConnectionButton")
        self.button.setToolTip("Check the instance ID and token, and load the instance's webhooks")
        self.button.clicked.connect(self.testRequested)
        self.badge = QLabel(self)
        self.badge.setObjectName("instanceStatus")
        self.badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.badge.hide()
        self.details = QLabel(self)
        self.details.setObjectName("instanceDetails")
        self.details.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.badge)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.details)

    def show_testing(self) -> None:
        self.button.setEnabled(False)
        self.badge.hide()
        self.details.setStyleSheet("")
        self.details.setText("Testing the connection…")

    def show_info(self, info: SessionInfo) -> None:
        self.button.setEnabled(True)
        from ..core.instance import STATUS_COLOURS

        colour = STATUS_COLOURS.get(info.status, "#5e5c64")
        self.badge.setText(info.status)
        self.badge.setStyleSheet(
            f"background: {colour}; color: white; font-weight: bold; padding: 2px 8px;"
            " border-radius: 8px;"
        )
        self.badge.setAccessibleName(f"Instance status: {info.status}")
        self.badge.show()
        who = [
            part
            for part in (info.name, f"+{info.number}" if info.number else "", info.push_name)
            if part
        ]
        self.details.setStyleSheet("")
        self.details.setText(f"{info.meaning}\n{' · '.join(who)}" if who else info.meaning)

    def show_error(self, error: WawpError) -> None:
        self.button.setEnabled(True)
        self.badge.hide()
        self.details.setStyleSheet(ERROR_STYLE)
        self.details.setText(error.summary())

    def clear(self) -> None:
        self.button.setEnabled(True)
        self.badge.hide()
        self.details.clear()
