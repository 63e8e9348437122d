"""The events editor: 28 checkboxes in five groups with search, presets and undo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.events import CATEGORIES, EVENTS, catalog_order, events_in, tooltip
from ...core.i18n import ltr, translate
from ...core.presets import PRESETS, matches
from ..theme import Tone
from ..widgets.field_message import FieldMessage
from ..widgets.status_label import StatusLabel

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


class EventsPicker(QGroupBox):
    """The event check boxes in their groups, with search, presets and undo."""

    UNDO_LIMIT = 20

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("EventsPicker", "Events"), parent)
        self.event_checks: dict[str, QCheckBox] = {}
        self.group_checks: dict[str, GroupCheckBox] = {}
        self.group_boxes: dict[str, QGroupBox] = {}
        self._visible: set[str] = {event.name for event in EVENTS}
        self._undo: list[list[str]] = []
        self.count_label = QLabel(self)
        self.count_label.setObjectName("eventCount")
        self.error = FieldMessage("events", self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("eventSearchEdit")
        self.search_edit.setPlaceholderText(translate("EventsPicker",
                                                      "Search events (e.g. read, call)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(translate("EventsPicker",
                                                     "Search events by name or description"))
        self.search_edit.textChanged.connect(self.set_filter)
        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("presetCombo")
        self.preset_combo.setAccessibleName(translate("EventsPicker", "Event presets"))
        self.preset_combo.setToolTip(translate(
            "EventsPicker", "Replace the selection with a ready-made set (Ctrl+Z undoes)"))
        self.preset_combo.setAccessibleDescription(self.preset_combo.toolTip())
        self.preset_combo.addItem(translate("EventsPicker", "Choose…"))
        for preset in PRESETS:
            self.preset_combo.addItem(translate("EventPresets", preset.name), preset.name)
            index = self.preset_combo.count() - 1
            self.preset_combo.setItemData(index, translate("EventPresets", preset.description),
                                          Qt.ItemDataRole.ToolTipRole)
        self.preset_combo.activated.connect(self._preset_activated)
        self.undo_button = QToolButton(self)
        self.undo_button.setObjectName("undoSelectionButton")
        self.undo_button.setText(translate("EventsPicker", "Undo"))
        self.undo_button.setToolTip(translate("EventsPicker",
                                              "Undo the last preset or group change (Ctrl+Z)"))
        self.undo_button.setAccessibleName(translate("EventsPicker", "Undo event selection"))
        self.undo_button.setAccessibleDescription(self.undo_button.toolTip())
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        self.undo_action = QAction(translate("EventsPicker", "Undo event selection"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.undo_action.triggered.connect(self.undo)
        self.addAction(self.undo_action)
        self.traffic_note = StatusLabel("heavyTrafficNote", self)
        self.traffic_note.set_status(
            Tone.WARNING, translate("EventsPicker", "Every event on a busy number means heavy "
                                    "traffic to your server."))
        self.traffic_note.hide()
        self.no_match = QLabel(translate("EventsPicker", "No event matches this search."), self)
        self.no_match.setObjectName("eventNoMatch")
        self.no_match.hide()

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        for category in CATEGORIES:
            row, col = _POSITIONS[category]
            grid.addWidget(self._group_box(category), row, col, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(3, 1)
        self.description = QLabel(self)  # the focused (or hovered) event's description
        self.description.setObjectName("eventDescription")
        self.description.setWordWrap(True)
        self._describe(None)
        search_label = QLabel(translate("EventsPicker", "Search &events"), self)
        search_label.setBuddy(self.search_edit)
        preset_label = QLabel(translate("EventsPicker", "P&resets"), self)
        preset_label.setBuddy(self.preset_combo)
        tools = QHBoxLayout()
        tools.addWidget(search_label)
        tools.addWidget(self.search_edit, 1)
        tools.addWidget(preset_label)
        tools.addWidget(self.preset_combo)
        tools.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)  # room for the description line on a 1280 x 1000 window
        layout.addLayout(tools)
        layout.addWidget(self.count_label)
        layout.addWidget(self.traffic_note)
        layout.addWidget(self.error)
        layout.addWidget(self.no_match)
        layout.addLayout(grid)
        layout.addWidget(self.description)
        self._refresh()

    def _group_box(self, category: str) -> QGroupBox:
        box = QGroupBox(self)
        box.setFlat(True)
        column = QVBoxLayout(box)
        column.setContentsMargins(6, 2, 6, 4)
        column.setSpacing(1)
        title = translate("EventCatalog", category)  # = core.events.category_label
        group = GroupCheckBox(title.replace("&", "&&"), box)
        group.setObjectName(f"group:{category}")
        group.setTristate(True)
        group.setToolTip(translate("EventsPicker",
                                   "Select or clear every {group} event").format(group=title))
        group.setAccessibleName(title)
        group.setAccessibleDescription(group.toolTip())
        font = group.font()
        font.setBold(True)
        group.setFont(font)
        group.clicked.connect(lambda _checked, c=category: self._group_clicked(c))
        self.group_checks[category] = group
        self.group_boxes[category] = box
        column.addWidget(group)
        items = QVBoxLayout()  # the events, indented under their group's check box
        items.setContentsMargins(14, 0, 0, 0)
        items.setSpacing(1)
        column.addLayout(items)
        for event in events_in(category):
            label = (translate("EventsPicker", "{event} (deprecated)").format(
                event=ltr(event.name)) if event.deprecated else event.name)
            check = QCheckBox(label, box)
            check.setObjectName(f"event:{event.name}")
            description = tooltip(event)
            check.setToolTip(description)
            check.setAccessibleName(label)
            check.setAccessibleDescription(description)
            check.installEventFilter(self)
            check.toggled.connect(self._event_toggled)
            self.event_checks[event.name] = check
            items.addWidget(check)
        return box

    def _shown_in(self, category: str) -> list[str]:
        return [e.name for e in events_in(category) if e.name in self._visible]

    def _group_clicked(self, category: str) -> None:
        checked = self.group_checks[category].checkState() == Qt.CheckState.Checked
        self._push_undo()
        for event in events_in(category):
            if event.name not in self._visible:
                continue
            check = self.event_checks[event.name]
            check.blockSignals(True)
            check.setChecked(checked)
            check.blockSignals(False)
        self._refresh()

    def _event_toggled(self, _checked: bool) -> None:
        self._refresh()

    def _refresh(self) -> None:
        for category, group in self.group_checks.items():
            states = [self.event_checks[name].isChecked() for name in self._shown_in(category)]
            if states and all(states):
                state = Qt.CheckState.Checked
            elif any(states):
                state = Qt.CheckState.PartiallyChecked
            else:
                state = Qt.CheckState.Unchecked
            group.blockSignals(True)
            group.setCheckState(state)
            group.blockSignals(False)
        count = len(self.selected_events())
        if count < len(EVENTS):
            self.traffic_note.hide()
        if len(self._visible) == len(EVENTS):
            text = translate("EventsPicker", "%n of {total} selected", None, count)
        else:
            text = translate("EventsPicker", "%n of {total} selected · {shown} shown", None,
                             count)
        self.count_label.setText(text.format(total=len(EVENTS), shown=len(self._visible)))
        if count:
            self.error.clear_message()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """The description line follows the keyboard focus (and the mouse) over the events."""
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.Enter):
            self._describe(watched if isinstance(watched, QCheckBox) else None)
        elif (event.type() == QEvent.Type.FocusOut
              and QApplication.focusWidget() not in self.event_checks.values()):
            self._describe(None)
        return super().eventFilter(watched, event)

    def _describe(self, check: QCheckBox | None) -> None:
        if check is None:
            self.description.setText(translate(
                "EventsPicker", "Move the focus to an event to read what it means here."))
        else:
            self.description.setText(check.accessibleDescription())

    def first_check(self) -> QCheckBox:
        """The first event's check box (where the focus goes when no event is chosen)."""
        return next(iter(self.event_checks.values()))

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

    # -- search, presets, undo ----------------------------------------------------------
    def set_filter(self, text: str) -> None:
        """Show only events whose name or description contains ``text``."""
        self._visible = {event.name for event in EVENTS if matches(event, text)}
        for name, check in self.event_checks.items():
            check.setHidden(name not in self._visible)
        for category, box in self.group_boxes.items():
            box.setHidden(not self._shown_in(category))
        self.no_match.setVisible(not self._visible)
        self._refresh()

    def _push_undo(self) -> None:
        self._undo.append(self.selected_events())
        del self._undo[: -self.UNDO_LIMIT]
        self.undo_button.setEnabled(True)

    def _preset_activated(self, index: int) -> None:
        if index > 0:
            self.apply_preset(self.preset_combo.itemData(index))
        self.preset_combo.setCurrentIndex(0)

    def apply_preset(self, name: str) -> None:
        """Replace the selection with preset ``name`` (its English name; undoable)."""
        preset = next(p for p in PRESETS if p.name == name)
        self._push_undo()
        self.set_selected(list(preset.events))
        self.traffic_note.setVisible(preset.heavy)

    def undo(self) -> bool:
        """Restore the selection before the last preset or group click; False if none."""
        if not self._undo:
            return False
        self.set_selected(self._undo.pop())
        self.undo_button.setEnabled(bool(self._undo))
        return True

    def clear_undo(self) -> None:
        """Forget the undo steps (called after a successful save)."""
        self._undo.clear()
        self.undo_button.setEnabled(False)
