"""Small layout helpers shared by the panels."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


def column(parent: QWidget, *widgets: QWidget, spacing: int = 2) -> QWidget:
    """A borderless widget stacking ``widgets`` vertically (a field and its messages)."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    for widget in widgets:
        layout.addWidget(widget)
    if widgets:
        box.setFocusProxy(widgets[0])
    return box
