"""The table models of the Instances page: the saved instances (checkable rows) and the
results of the latest run (one row per instance). Colours come from the palette."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette

from ...core.fleet.results import Outcome, Result
from ...core.fleet.roster import RowAction, RowResult
from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.profiles import Profile
from ..theme import PREFIXES, Tone, tone_colour
from ..widgets.table_model import HeaderedTableModel

_Index = QModelIndex | QPersistentModelIndex
TONES = {"success": Tone.SUCCESS, "info": Tone.INFO, "warning": Tone.WARNING,
         "error": Tone.ERROR, "muted": Tone.MUTED, "": Tone.NORMAL}
SESSION_LEVELS = {"WORKING": "success", "STARTING": "info", "SCAN_QR_CODE": "warning",
                  "STOPPED": "muted", "FAILED": "error"}
Palette = Callable[[], QPalette]
SESSION_WORDS = {
    "WORKING": QT_TRANSLATE_NOOP("InstancesPage", "WORKING"),
    "STARTING": QT_TRANSLATE_NOOP("InstancesPage", "STARTING"),
    "SCAN_QR_CODE": QT_TRANSLATE_NOOP("InstancesPage", "SCAN_QR_CODE"),
    "STOPPED": QT_TRANSLATE_NOOP("InstancesPage", "STOPPED"),
    "FAILED": QT_TRANSLATE_NOOP("InstancesPage", "FAILED"),
}
"""Wawp's session states as the Status column shows them (English: Wawp's own words)."""
NEEDS_TOKEN = QT_TRANSLATE_NOOP("InstancesPage", "Needs a token")
FAILED = QT_TRANSLATE_NOOP("InstancesPage", "Failed")
INSTANCE_HEADERS = (
    QT_TRANSLATE_NOOP("InstancesPage", "Name"),
    QT_TRANSLATE_NOOP("InstancesPage", "Instance ID"),
    QT_TRANSLATE_NOOP("InstancesPage", "Status"),
    QT_TRANSLATE_NOOP("InstancesPage", "Webhooks"),
    QT_TRANSLATE_NOOP("InstancesPage", "Last checked"),
)
RESULT_HEADERS = (
    QT_TRANSLATE_NOOP("InstancesPage", "Instance ID"),
    QT_TRANSLATE_NOOP("InstancesPage", "Name"),
    QT_TRANSLATE_NOOP("InstancesPage", "Outcome"),
    QT_TRANSLATE_NOOP("InstancesPage", "Message"),
)


def tr(text: str) -> str:
    """A constant of the Instances page in the user's language."""
    return translate("InstancesPage", text)


def shown(level: str, text: str) -> str:
    """``text`` with the tone's symbol (meaning never rests on colour alone)."""
    return PREFIXES.get(TONES[level], "") + text if text else ""


@dataclass(slots=True)
class InstanceRow:
    """A saved instance and what the latest runs learnt about it."""

    profile: Profile
    checked: bool = False
    badge: str = ""
    level: str = ""
    hooks: str = ""
    checked_at: str = ""

    def learn(self, result: Result) -> None:
        """Take what ``result`` says about the instance (its session, its webhooks)."""
        if result.outcome in (Outcome.PENDING, Outcome.WORKING, Outcome.CANCELLED,
                              Outcome.REFUSED):
            return
        if result.status:
            word = SESSION_WORDS.get(result.status)
            self.badge = tr(word) if word else result.status
            self.level = SESSION_LEVELS.get(result.status, "muted")
        elif result.outcome is Outcome.NEEDS_TOKEN:
            self.badge, self.level = tr(NEEDS_TOKEN), "warning"
        elif result.outcome is Outcome.FAILED:
            self.badge, self.level = result.title or tr(FAILED), "error"
        if result.hooks:
            self.hooks = result.hooks
        self.checked_at = datetime.now().strftime("%H:%M:%S")


class InstancesModel(HeaderedTableModel):
    """The saved instances; column 0 carries the check box (``Qt.CheckStateRole``)."""

    HEADERS = INSTANCE_HEADERS
    CONTEXT = "InstancesPage"

    def __init__(self, palette: Palette, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[InstanceRow] = []
        self._palette = palette

    def row_count(self) -> int:
        return len(self.rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (row.profile.name or "—", row.profile.instance_id,
                      shown(row.level, row.badge), row.hooks, row.checked_at)
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and row.level:
            return QBrush(tone_colour(TONES[row.level], self._palette()))
        return None

    def setData(self, index: _Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or not index.isValid():
            return False
        state = Qt.CheckState(value) if isinstance(value, int) else value
        self.rows[index.row()].checked = state == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_profiles(self, profiles: list[Profile]) -> None:
        """Show ``profiles``, keeping what is known (and checked) about each instance."""
        known = {row.profile.instance_id: row for row in self.rows}
        self.beginResetModel()
        self.rows = []
        for profile in profiles:
            row = known.get(profile.instance_id) or InstanceRow(profile)
            row.profile = profile
            self.rows.append(row)
        self.endResetModel()

    def set_all_checked(self, checked: bool) -> None:
        self.check({row.profile.instance_id for row in self.rows} if checked else set())

    def check(self, instance_ids: set[str]) -> None:
        """Check exactly the rows of ``instance_ids``."""
        for row in self.rows:
            row.checked = row.profile.instance_id in instance_ids
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def checked(self) -> list[Profile]:
        return [row.profile for row in self.rows if row.checked]

    def learn(self, result: Result) -> None:
        for number, row in enumerate(self.rows):
            if row.profile.instance_id == result.instance_id:
                row.learn(result)
                self.dataChanged.emit(self.index(number, 2), self.index(number, 4))
                return


@dataclass(frozen=True, slots=True)
class ShownResult:
    """One line of the results list: a bulk run's row or an import's row."""

    instance_id: str
    name: str
    label: str
    message: str
    level: str
    details: tuple[str, ...] = ()

    @classmethod
    def of(cls, result: Result) -> ShownResult:
        return cls(result.instance_id, result.name, result.outcome.label, result.message,
                   result.outcome.level, result.details)

    @classmethod
    def of_import(cls, row: RowResult) -> ShownResult:
        levels = {RowAction.ADDED: "success", RowAction.UPDATED: "success",
                  RowAction.UNCHANGED: "muted", RowAction.REFUSED: "error"}
        if row.reason:
            message = translate("InstancesPage", "Line {line}: {reason}").format(
                line=row.line, reason=row.reason)
        else:
            message = translate("InstancesPage", "Line {line}").format(line=row.line)
        return cls(row.instance_id or "—", row.name, row.label, message, levels[row.action])


class ResultsModel(HeaderedTableModel):
    """The latest run's rows: instance ID first, then the name, the outcome and the message."""

    HEADERS = RESULT_HEADERS
    CONTEXT = "InstancesPage"

    def __init__(self, palette: Palette, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ShownResult] = []
        self._palette = palette

    def row_count(self) -> int:
        return len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.instance_id, row.name, shown(row.level, row.label), row.message)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.message, *(f"• {d}" for d in row.details)]
            return "\n".join(line for line in lines if line) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return QBrush(tone_colour(TONES[row.level], self._palette()))
        return None

    def set_rows(self, rows: list[ShownResult]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def update(self, number: int, row: ShownResult) -> None:
        if 0 <= number < len(self.rows):
            self.rows[number] = row
            self.dataChanged.emit(self.index(number, 0), self.index(number, 3))
