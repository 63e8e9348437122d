"""The main window: the form sections, Save/Cancel, and the response panel."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.config import WebhookConfig, errors_only, validate
from ..core.form_state import FormState
from .connection_panel import ConnectionPanel, DemoAccount
from .delivery_panel import DeliveryPanel
from .events_panel import EventsPanel
from .field_message import FieldMessage
from .response_panel import ResponsePanel
from .settings_store import SettingsStore
from .webhook_panel import WebhookPanel

if TYPE_CHECKING:
    from ..core.errors import WawpError
    from ..core.outcome import ApiSuccess
    from ..core.request import ApiRequest
    from ..core.token_store import StoreResult
    from .controller import WebhookController
    from .handoff_bar import HandoffBar
    from .history_panel import HistoryPanel
    from .instance_wiring import InstanceWiring


def _banner(name: str, text: str, colour: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(f"background: {colour}; padding: 4px 6px; border-radius: 4px;")
    return label


class MainWindow(QMainWindow):
    """Views emit signals; the controller does the work. ``firstPainted`` fires once.

    Built in two steps so the window paints early: the constructor builds the form, the
    buttons and the response panel (light modules only); :meth:`attach` then adds the
    controller and what needs it (hand-off bar, history, instance management, the menus'
    tools). ``app.main`` attaches after the first paint; ``create_main_window`` at once.
    """

    firstPainted = Signal()

    def __init__(
        self,
        api_base: str,
        settings: SettingsStore,
        demo_accounts: list[DemoAccount] | None = None,
    ) -> None:
        super().__init__()
        self.api_base = api_base
        self.controller: WebhookController | None = None
        self.settings = settings
        self.sandbox = bool(demo_accounts)
        self.painted_at: float | None = None  # time.monotonic() of the first paint
        self._token_autofilled_for: str | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle("Wawp Desktop — Sandbox" if self.sandbox else "Wawp Desktop")

        self.connection = ConnectionPanel(api_base, demo_accounts, self)
        self.webhook = WebhookPanel(self)
        self.events = EventsPanel(self)
        self.delivery = DeliveryPanel(self)
        self.response = ResponsePanel(self)
        self._build_layout()
        self._build_menu()
        self._restore()

    def attach(self, controller: WebhookController) -> None:
        """Second step: wire ``controller`` and build the parts that need it."""
        from .handoff_bar import HandoffBar
        from .history_panel import HistoryPanel
        from .instance_wiring import InstanceWiring
        from .tools_wiring import ToolsWiring

        self.controller = controller
        controller.setParent(self)
        self.handoff: HandoffBar = HandoffBar(self.api_base, self.save_request, self)
        self._actions_row.addWidget(self.handoff)
        self._top.installEventFilter(self)
        self._fit_actions()
        self.history: HistoryPanel = HistoryPanel(self)
        self.response.tabs.addTab(self.history, "History")
        self._tools = ToolsWiring(self)
        self.instance: InstanceWiring = InstanceWiring(self)
        self._tools.add_menu_actions(self._file_menu, before=self._file_menu_end)
        self._connect()
        self._tools.connect()
        self.instance.connect()
        if restored := self.connection.chosen_instance():  # chosen before anyone listened
            controller.load_token(restored)
        self.after_first_paint(controller.start_background_checks)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._top and event.type() == QEvent.Type.Resize:
            self._fit_actions()
        return super().eventFilter(watched, event)

    def _fit_actions(self) -> None:
        """Put the hand-off bar on a line of its own under Save when one line would clip it."""
        spacing = max(self._actions_row.spacing(), 0)
        needed = sum(w.sizeHint().width() + spacing for w in (
            self.submit_button, self.cancel_button, self.busy_indicator, self.handoff))
        wrap = self._top.width() < needed
        if wrap == (self._handoff_row.indexOf(self.handoff) >= 0):
            return
        if wrap:
            self._actions_row.removeWidget(self.handoff)
            self._handoff_row.insertWidget(0, self.handoff)
        else:
            self._handoff_row.removeWidget(self.handoff)
            self._actions_row.addWidget(self.handoff)

    @property
    def painted(self) -> bool:
        """True once the window has painted (``firstPainted`` has fired)."""
        return self.painted_at is not None

    def after_first_paint(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` on the event loop once the window has painted (now, if it has)."""
        if self.painted:
            QTimer.singleShot(0, callback)
        else:
            self.firstPainted.connect(lambda: QTimer.singleShot(0, callback))

    # -- construction -------------------------------------------------------------------
    def _build_layout(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        if self.sandbox:
            outer.addWidget(
                _banner(
                    "sandboxBanner",
                    "Sandbox: a practice server inside this app. Nothing reaches WhatsApp. "
                    "Choose a demo instance to try saving.",
                    "#e8f0fe",
                    central,
                )
            )
        self.keyring_banner = _banner("keyringBanner", "", "#fff4ce", central)
        self.keyring_banner.hide()
        outer.addWidget(self.keyring_banner)

        form = QWidget()
        columns = QHBoxLayout(form)
        left = QVBoxLayout()
        left.addWidget(self.connection)
        left.addWidget(self.webhook)
        left.addWidget(self.delivery)
        left.addStretch(1)
        columns.addLayout(left, 1)
        columns.addWidget(self.events, 1)
        scroll = QScrollArea(central)
        scroll.setObjectName("formScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)

        self.submit_button = QPushButton("&Save webhook", central)
        self.submit_button.setObjectName("submitButton")
        self.submit_button.setDefault(True)
        self.submit_button.setToolTip("Send this configuration to Wawp (Ctrl+S)")
        self.cancel_button = QPushButton("Cancel", central)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip("Stop the request in flight (Esc)")
        self.cancel_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_button.setEnabled(False)
        self.busy_indicator = QProgressBar(central)
        self.busy_indicator.setObjectName("busyIndicator")
        self.busy_indicator.setRange(0, 0)
        self.busy_indicator.setMaximumWidth(160)
        self.busy_indicator.setTextVisible(False)
        self.busy_indicator.setAccessibleName("Saving")
        self.busy_indicator.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.submit_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.busy_indicator)
        actions.addStretch(1)
        self._actions_row = actions

        self._handoff_row = QHBoxLayout()  # the hand-off bar's line when the window is narrow
        self._handoff_row.addStretch(1)
        top = self._top = QWidget(central)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(scroll, 1)
        top_layout.addLayout(actions)
        top_layout.addLayout(self._handoff_row)
        splitter = QSplitter(Qt.Orientation.Vertical, central)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(top)
        splitter.addWidget(self.response)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([600, 180])
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.setMinimumSize(560, 420)
        self.resize(1100, 820)

    def _build_menu(self) -> None:
        self._file_menu = self.menuBar().addMenu("&File")
        save = QAction("&Save webhook", self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save)
        self._file_menu.addAction(save)
        self._file_menu_end = self._file_menu.addSeparator()  # attach() adds the tools above
        self.quit_action = QAction("&Quit", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self._file_menu.addAction(self.quit_action)
        token_menu = self.menuBar().addMenu("&Instance")
        forget = QAction("&Forget saved token", self)
        forget.triggered.connect(self.connection.forget_button.click)
        token_menu.addAction(forget)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About Wawp Desktop", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _connect(self) -> None:
        c = self.controller
        assert c is not None
        self.submit_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(c.cancel)
        c.busyChanged.connect(self._set_busy)
        c.saveSucceeded.connect(self._saved)
        c.saveFailed.connect(self._failed)
        c.saveCancelled.connect(self.response.show_cancelled)
        c.tokenLoaded.connect(self._token_loaded)
        c.tokenSaved.connect(self._token_saved)
        c.tokenForgotten.connect(self._token_forgotten)
        c.keyringChecked.connect(self._keyring_checked)
        self.connection.instanceChosen.connect(self._instance_chosen)
        self.connection.forgetTokenRequested.connect(c.forget_token)
        self.connection.instance_id_edit.textChanged.connect(self._instance_text_changed)
        self.connection.token_edit.textEdited.connect(self._token_typed)

    # -- form <-> model -----------------------------------------------------------------
    def config(self) -> WebhookConfig:
        """What the form holds now."""
        return WebhookConfig(
            instance_id=self.connection.instance_id_edit.text(),
            access_token=self.connection.token_edit.text(),
            url=self.webhook.url_edit.text(),
            events=self.events.selected_events(),
            name=self.webhook.name_edit.text(),
            is_active=self.webhook.active_check.isChecked(),
            retry_delay=self.delivery.delay_spin.value(),
            retry_attempts=self.delivery.attempts_spin.value(),
            hmac=self.delivery.hmac_edit.text(),
        )

    def save_request(self) -> ApiRequest:
        """The call Save would make now (set, or update while a stored webhook is edited)."""
        from ..core.readback import save_request

        config = self.config()
        config.name = config.name.strip()
        return save_request(config, self.instance.existing_for(config))

    def apply_form_state(self, state: FormState) -> None:
        self.connection.instance_id_edit.setText(state.instance_id)
        self.webhook.url_edit.setText(state.url)
        self.webhook.name_edit.setText(state.name)
        self.webhook.active_check.setChecked(state.is_active)
        self.events.set_selected(state.events)
        self.delivery.delay_spin.setValue(state.retry_delay)
        self.delivery.attempts_spin.setValue(state.retry_attempts)

    def _messages(self) -> dict[str, tuple[FieldMessage, QWidget]]:
        return {
            "instance_id": (self.connection.instance_id_error, self.connection.instance_id_edit),
            "access_token": (self.connection.token_error, self.connection.token_edit),
            "url": (self.webhook.url_error, self.webhook.url_edit),
            "name": (self.webhook.name_error, self.webhook.name_edit),
            "events": (self.events.error, next(iter(self.events.group_checks.values()))),
            "retries.delay": (self.delivery.delay_error, self.delivery.delay_spin),
            "retries.attempts": (self.delivery.attempts_error, self.delivery.attempts_spin),
            "hmac": (self.delivery.hmac_message, self.delivery.hmac_edit),
        }

    # -- actions ------------------------------------------------------------------------
    def save(self) -> None:
        """Validate; show field messages, or send the request."""
        if self.controller is None or self.controller.busy:
            return
        config = self.config()
        problems = validate(config)
        messages = self._messages()
        for label, _widget in messages.values():
            label.clear_message()
        first_bad: QWidget | None = None
        for problem in problems:
            label, widget = messages[problem.field]
            if problem.is_error:
                label.show_error(problem.message)
                first_bad = first_bad or widget
            else:
                label.show_warning(problem.message)
        errors = errors_only(problems)
        if errors:
            self.response.show_invalid(len(errors))
            if first_bad is not None:
                first_bad.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        config.name = config.name.strip()
        self._save_form(config)
        self.instance.submit(config)

    def _save_form(self, config: WebhookConfig) -> None:
        self.settings.save_form(FormState.from_config(config))

    def _set_busy(self, busy: bool) -> None:
        self.submit_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.busy_indicator.setVisible(busy)
        if not busy and not self.submit_button.hasFocus() and self.cancel_button.hasFocus():
            self.submit_button.setFocus()

    def _saved(self, result: ApiSuccess) -> None:
        self.response.show_success(result)
        self.response.show_read_back(None, "Reading back what Wawp stored…")  # always next

    def _failed(self, error: WawpError) -> None:
        from ..core.errors import ErrorKind

        self.response.show_error(error)
        if error.kind is ErrorKind.UNAUTHORIZED:
            self.connection.token_error.show_error("Wawp did not accept this token.")
        elif error.kind is ErrorKind.NOT_FOUND:
            self.connection.instance_id_error.show_error("Wawp does not know this instance ID.")

    # -- tokens -------------------------------------------------------------------------
    def _instance_chosen(self, instance_id: str) -> None:
        if self.controller is not None:
            self.controller.load_token(instance_id)

    def _instance_text_changed(self, text: str) -> None:
        if self._token_autofilled_for is not None and text != self._token_autofilled_for:
            self.connection.token_edit.clear()
            self._token_autofilled_for = None
            self.connection.set_token_status("")

    def _token_typed(self, _text: str) -> None:
        self._token_autofilled_for = None
        self.connection.token_error.clear_message()

    def _token_loaded(self, instance_id: str, result: StoreResult) -> None:
        if instance_id != self.connection.instance_id_edit.text():
            return
        edit = self.connection.token_edit
        if result.token and (not edit.text() or self._token_autofilled_for is not None):
            edit.setText(result.token)
            self._token_autofilled_for = instance_id
            self.connection.token_error.clear_message()
            self._show_token_result(result)
        elif not result.persistent:
            self._show_token_result(result)
        elif result.token is None and not edit.text():
            self.connection.set_token_status(
                "No saved token for this instance. It is stored in the system password store "
                "after the first successful save."
            )

    def _token_saved(self, instance_id: str, result: StoreResult) -> None:
        if instance_id == self.connection.instance_id_edit.text():
            self._show_token_result(result)

    def _token_forgotten(self, instance_id: str, result: StoreResult) -> None:
        if instance_id == self.connection.instance_id_edit.text():
            self.connection.token_edit.clear()
            self._token_autofilled_for = None
        self._show_token_result(result)

    def _show_token_result(self, result: StoreResult) -> None:
        """The store's message under the token; short when the no-keyring banner explains it."""
        text = result.message
        if result.no_store:
            text = "Kept for this session only (no password store; see the note above)."
        self.connection.set_token_status(text, warning=not result.persistent)

    def _keyring_checked(self, has_store: bool, backend: str) -> None:
        if has_store:
            self.keyring_banner.hide()
            return
        self.keyring_banner.setText(
            "No system password store (keyring) was found on this computer. Access tokens are "
            "kept only while the app is open and must be entered again next time."
        )
        self.keyring_banner.setToolTip(f"keyring backend: {backend}")
        self.keyring_banner.show()

    # -- settings, paint, close ---------------------------------------------------------
    def _restore(self) -> None:
        self.apply_form_state(self.settings.load_form())
        geometry = self.settings.load_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, "About Wawp Desktop",
                          f"Wawp Desktop {__version__}\n\nConfigure and test the webhooks of "
                          "your Wawp WhatsApp instances.", QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self.painted:
            self.painted_at = time.monotonic()
            self.firstPainted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.settings.save_form(FormState.from_config(self.config()))
        self.settings.save_geometry(self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
