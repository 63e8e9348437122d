"""Small layout helpers shared by the panels."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def column(parent: QWidget, *widgets: QWidget, spacing: int = 2) -> QWidget:
    """A borderless widget stacking ``widgets`` vertically (a field and its messages)."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def field_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """A form label whose mnemonic (``&``) focuses ``buddy``, the field itself."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label
