"""The Events section: 28 checkboxes in five groups, each group with a tri-state "all" box."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..core.events import CATEGORIES, EVENTS, catalog_order, events_in, tooltip
from .field_message import FieldMessage

# (row, column) of each category: two balanced columns that fit a 1024-pixel-wide window.
_POSITIONS: dict[str, tuple[int, int]] = {
    "Messages": (0, 0),
    "Advanced": (1, 0),
    "Labels": (2, 0),
    "Groups": (0, 1),
    "Session & Calls": (1, 1),
}


class GroupCheckBox(QCheckBox):
    """Tri-state "select all": a click on a partial or empty group checks every event."""

    def nextCheckState(self) -> None:  # noqa: N802 - Qt override
        checked = self.checkState() == Qt.CheckState.Checked
        self.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)


class EventsPanel(QGroupBox):
    """Emits ``selectionChanged(count)`` whenever the set of chosen events changes."""

    selectionChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Events", parent)
        self.event_checks: dict[str, QCheckBox] = {}
        self.group_checks: dict[str, GroupCheckBox] = {}
        self.count_label = QLabel(self)
        self.count_label.setObjectName("eventCount")
        self.error = FieldMessage("events", self)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        for category in CATEGORIES:
            row, col = _POSITIONS[category]
            grid.addWidget(self._group_box(category), row, col, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error)
        layout.addLayout(grid)
        self._refresh()

    def _group_box(self, category: str) -> QGroupBox:
        box = QGroupBox(self)
        box.setFlat(True)
        column = QVBoxLayout(box)
        column.setContentsMargins(6, 2, 6, 4)
        column.setSpacing(1)
        group = GroupCheckBox(category.replace("&", "&&"), box)
        group.setObjectName(f"group:{category}")
        group.setTristate(True)
        group.setToolTip(f"Select or clear every {category} event")
        font = group.font()
        font.setBold(True)
        group.setFont(font)
        group.clicked.connect(lambda _checked, c=category: self._group_clicked(c))
        self.group_checks[category] = group
        column.addWidget(group)
        for event in events_in(category):
            label = f"{event.name} (deprecated)" if event.deprecated else event.name
            check = QCheckBox(label, box)
            check.setObjectName(f"event:{event.name}")
            check.setToolTip(tooltip(event))
            check.setAccessibleDescription(tooltip(event))
            check.setStyleSheet("margin-left: 14px;")
            check.toggled.connect(self._event_toggled)
            self.event_checks[event.name] = check
            column.addWidget(check)
        return box

    def _group_clicked(self, category: str) -> None:
        checked = self.group_checks[category].checkState() == Qt.CheckState.Checked
        for event in events_in(category):
            check = self.event_checks[event.name]
            check.blockSignals(True)
            check.setChecked(checked)
            check.blockSignals(False)
        self._refresh()

    def _event_toggled(self, _checked: bool) -> None:
        self._refresh()

    def _refresh(self) -> None:
        for category, group in self.group_checks.items():
            states = [self.event_checks[e.name].isChecked() for e in events_in(category)]
            if all(states):
                state = Qt.CheckState.Checked
            elif any(states):
                state = Qt.CheckState.PartiallyChecked
            else:
                state = Qt.CheckState.Unchecked
            group.blockSignals(True)
            group.setCheckState(state)
            group.blockSignals(False)
        count = len(self.selected_events())
        self.count_label.setText(f"{count} of {len(EVENTS)} selected")
        if count:
            self.error.clear_message()
        self.selectionChanged.emit(count)

    def selected_events(self) -> list[str]:
        """Chosen event names in catalog order."""
        return [name for name, check in self.event_checks.items() if check.isChecked()]

    def set_selected(self, names: list[str]) -> None:
        """Check exactly ``names`` (unknown names are ignored)."""
        wanted = set(catalog_order(names))
        for name, check in self.event_checks.items():
            check.blockSignals(True)
            check.setChecked(name in wanted)
            check.blockSignals(False)
        self._refresh()
