"""The instance bar across the top: saved instances, instance ID, access token, Test connection
and the session's status."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from ...core.i18n import QT_TRANSLATE_NOOP, ltr, translate
from ..theme import Tone
from ..widgets.field_message import FieldMessage
from ..widgets.layout import field_label
from ..widgets.profiles_bar import ProfilesBar
from ..widgets.secret_edit import SecretEdit
from ..widgets.status_label import StatusLabel
from .form import Editor, Form

if TYPE_CHECKING:
    from ...core.errors import WawpError
    from ...core.instance import SessionInfo
    from ...sandbox.state import DemoAccount

STATUS_TITLES = {
    "WORKING": QT_TRANSLATE_NOOP("SessionStatus", "WORKING"),
    "STARTING": QT_TRANSLATE_NOOP("SessionStatus", "STARTING"),
    "SCAN_QR_CODE": QT_TRANSLATE_NOOP("SessionStatus", "SCAN_QR_CODE"),
    "STOPPED": QT_TRANSLATE_NOOP("SessionStatus", "STOPPED"),
    "FAILED": QT_TRANSLATE_NOOP("SessionStatus", "FAILED"),
}
"""The session states Wawp reports, as the badge shows them (others are shown as they come)."""


def status_title(status: str) -> str:
    """A session state in the user's language (an unknown one as it is, left to right)."""
    title = STATUS_TITLES.get(status)
    return translate("SessionStatus", title) if title else ltr(status)


_LEVEL_TONES = {"success": Tone.SUCCESS, "info": Tone.INFO, "warning": Tone.WARNING,
                "muted": Tone.MUTED, "error": Tone.ERROR}


class InstanceBar(QWidget):
    """``instanceChosen(id)`` when a well-formed instance ID is entered; ``instanceChanged``
    on every change of the ID (messages about the previous instance leave then)."""

    instanceChosen = Signal(str)
    instanceChanged = Signal(str)
    testRequested = Signal()
    forgetTokenRequested = Signal(str)

    def __init__(self, demo_accounts: list[DemoAccount] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("instanceBar")
        self.demo_accounts = list(demo_accounts or [])
        self.profiles = ProfilesBar(self)
        if self.demo_accounts:
            self.demo_combo = QComboBox(self)
            self.demo_combo.setObjectName("demoAccountCombo")
            self.demo_combo.setAccessibleName(translate("InstanceBar", "Demo instance"))
            self.demo_combo.setToolTip(translate("InstanceBar",
                                                 "Sandbox instances to practise with"))
            self.demo_combo.setAccessibleDescription(translate(
                "InstanceBar", "Fills in the instance ID and token of a sandbox instance"))
            self.demo_combo.addItem(translate("InstanceBar", "Demo instances…"), None)
            for account in self.demo_accounts:  # labels marked in sandbox/state.py
                self.demo_combo.addItem(translate("InstanceBar", "{label} ({instance_id})").format(
                    label=translate("DemoAccounts", account.label),
                    instance_id=ltr(account.instance_id)), account)
            self.demo_combo.activated.connect(self._use_demo)
        self.instance_id_edit = QLineEdit(self)
        self.instance_id_edit.setObjectName("instanceIdEdit")
        self.instance_id_edit.setPlaceholderText(translate("InstanceBar", "12 letters and digits"))
        self.instance_id_edit.setToolTip(translate("InstanceBar",
                                                   "The instance ID from your Wawp dashboard"))
        self.instance_id_edit.setAccessibleName(translate("InstanceBar", "Instance ID"))
        self.instance_id_edit.setAccessibleDescription(translate(
            "InstanceBar", "12 letters and digits, from your Wawp dashboard"))
        self.instance_id_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a code
        self.instance_id_edit.setMaxLength(64)
        self.instance_id_error = FieldMessage("instance_id", self)
        self.token = SecretEdit("tokenEdit", "tokenShowButton", self)
        self.token.edit.setPlaceholderText(translate("InstanceBar",
                                                     "Access token of this instance"))
        self.token.edit.setAccessibleName(translate("InstanceBar", "Access token"))
        self.token.edit.setAccessibleDescription(translate(
            "InstanceBar", "Kept in the system password store, never in files"))
        self.forget_button = QToolButton(self)
        self.forget_button.setObjectName("forgetTokenButton")
        self.forget_button.setText(translate("InstanceBar", "Forget"))
        self.forget_button.setToolTip(translate(
            "InstanceBar", "Remove this instance's token from the system password store"))
        self.forget_button.setAccessibleName(translate("InstanceBar", "Forget the saved token"))
        self.forget_button.setAccessibleDescription(self.forget_button.toolTip())
        self.forget_button.clicked.connect(self._forget)
        self.token.add_button(self.forget_button)
        self.token_error = FieldMessage("access_token", self)
        self.token_status = StatusLabel("tokenStatus", self)
        self.test_button = QPushButton(translate("InstanceBar", "Test &connection"), self)
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.setToolTip(translate(
            "InstanceBar", "Check the instance ID and token, and load the instance's webhooks"))
        self.test_button.setAccessibleName(translate("InstanceBar", "Test connection"))
        self.test_button.setAccessibleDescription(self.test_button.toolTip())
        self.test_button.clicked.connect(self.testRequested)
        self.badge = StatusLabel("instanceStatus", self, bold=True)
        self.badge.setWordWrap(False)
        # Room for the longest state from the start: the badge appearing moves no button.
        bold = self.badge.fontMetrics()
        self.badge.setMinimumWidth(max(bold.horizontalAdvance("✖ " + text) for text in (
            *(translate("SessionStatus", title) for title in STATUS_TITLES.values()),
            translate("InstanceBar", "Not connected"), translate("InstanceBar", "Testing…"))))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        top = Qt.AlignmentFlag.AlignTop
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.profiles, 3)
        if self.demo_accounts:
            saved_row.addWidget(self.demo_combo, 2)
        grid.addWidget(field_label(translate("InstanceBar", "Sa&ved instance"),
                                   self.profiles.combo, self), 0, 0)
        grid.addLayout(saved_row, 0, 1, 1, 4)
        id_label = field_label(translate("InstanceBar", "Instance &ID"), self.instance_id_edit,
                               self)
        token_label = field_label(translate("InstanceBar", "Access &token"), self.token.edit,
                                  self)
        for label in (id_label, token_label):
            label.setMinimumHeight(self.instance_id_edit.sizeHint().height())
        grid.addWidget(id_label, 1, 0, top)
        grid.addWidget(self.instance_id_edit, 1, 1)
        grid.addWidget(token_label, 1, 2, top)
        grid.addWidget(self.token, 1, 3)
        grid.addWidget(self.instance_id_error, 2, 1, top)
        token_notes = QStackedWidget(self)  # an error about the token, or the store's note
        token_notes.addWidget(self.token_status)
        token_notes.addWidget(self.token_error)
        token_notes.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 2)
        self.instance_id_error.setFixedHeight(token_notes.height())
        self.token_notes = token_notes
        self.token_error.visibilityChanged.connect(self._token_note_changed)
        grid.addWidget(token_notes, 2, 3, top)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.badge)
        grid.addLayout(test_row, 1, 4, top)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)
        self.instance_id_edit.textChanged.connect(self._instance_changed)
        self.token.edit.textEdited.connect(lambda _t: self.token_error.clear_message())

    def _token_note_changed(self, error_shown: bool) -> None:
        self.token_notes.setCurrentWidget(self.token_error if error_shown else self.token_status)

    @property
    def token_edit(self) -> QLineEdit:
        return self.token.edit

    def register(self, form: Form) -> None:
        form.add("instance_id", Editor(self.instance_id_edit.text, self.instance_id_edit.setText,
                                       self.instance_id_error, self.instance_id_edit))
        form.add("access_token", Editor(self.token.edit.text, self.token.edit.setText,
                                        self.token_error, self.token.edit))

    def line_edits(self) -> list[QLineEdit]:
        return [self.instance_id_edit, self.token.edit]

    def chosen_instance(self) -> str | None:
        """The instance ID in the field when it is well-formed, else None."""
        from ...core.validation import check_instance_id

        text = self.instance_id_edit.text()
        return text if check_instance_id(text) is None else None

    def _instance_changed(self, text: str) -> None:
        from ...core.validation import check_instance_id

        self.instance_id_error.clear_message()
        self.clear_session()
        if self.demo_accounts:
            chosen = self.demo_combo.currentData()
            if chosen is not None and chosen.instance_id != text:
                self.demo_combo.setCurrentIndex(0)
        self.profiles.show_instance(text)
        self.instanceChanged.emit(text)
        if check_instance_id(text) is None:
            self.instanceChosen.emit(text)

    def _use_demo(self, index: int) -> None:
        account = self.demo_combo.itemData(index)
        if account is not None:
            self.instance_id_edit.setText(account.instance_id)
            self.token.edit.setText(account.access_token)
            self.token_error.clear_message()

    def _forget(self) -> None:
        from ...core.validation import check_instance_id

        instance_id = self.instance_id_edit.text().strip()
        if check_instance_id(instance_id) is not None:
            self.instance_id_error.show_error(
                translate("InstanceBar", "Enter the instance whose token should be forgotten."))
            return
        self.forgetTokenRequested.emit(instance_id)

    def set_token_status(self, text: str, warning: bool = False) -> None:
        self.token_status.set_status(Tone.WARNING if warning else Tone.MUTED, text)

    # -- the session's status ---------------------------------------------------------------
    def show_testing(self) -> None:
        self.test_button.setEnabled(False)
        self.badge.set_status(Tone.MUTED, translate("InstanceBar", "Testing…"))

    def show_session(self, info: SessionInfo) -> None:
        """The session's state as a badge; what it means is its tooltip (and the Instance
        page's first line)."""
        from ...core.instance import STATUS_LEVELS

        self.test_button.setEnabled(True)
        tone = _LEVEL_TONES[STATUS_LEVELS.get(info.status, "muted")]
        title = status_title(info.status)
        self.badge.set_status(tone, title)
        self.badge.setAccessibleName(translate("InstanceBar", "Instance status: {status}. "
                                               "{meaning}").format(status=title,
                                                                   meaning=info.meaning))
        self.badge.setToolTip(info.meaning)

    def show_session_error(self, error: WawpError) -> None:
        self.test_button.setEnabled(True)
        self.badge.set_status(Tone.ERROR, translate("InstanceBar", "Not connected"))
        self.badge.setToolTip(error.summary())

    def clear_session(self) -> None:
        self.test_button.setEnabled(True)
        self.badge.clear_status()
        self.badge.setToolTip("")
