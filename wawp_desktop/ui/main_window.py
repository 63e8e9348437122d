"""The main window: composition only (layout, menus, first paint, geometry, close).

Built in two steps so the window paints early: the constructor builds the visible view from
light modules (instance bar, Webhook page, answer area, Save bar); :meth:`attach` then
receives the :class:`~.services.Services` and builds the features, which get the services,
the form and their widgets, never this window.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.i18n import QT_TRANSLATE_NOOP, ltr, translate
from .features.answer import AnswerPanel
from .form.form import Form
from .form.instance_bar import InstanceBar
from .form.webhook_form import WebhookForm
from .language import CHOICES, SETTINGS_KEY, saved_choice
from .settings_store import SettingsStore
from .theme import Tone
from .widgets.save_bar import SaveBar
from .widgets.status_label import StatusLabel

if TYPE_CHECKING:
    from ..sandbox.state import DemoAccount
    from .features.editing import EditSession
    from .features.files import FilesFeature
    from .features.handoff import HandoffFeature
    from .features.history_page import HistoryPage
    from .features.instance_page import InstancePage
    from .features.instances_page import InstancesPage
    from .features.profiles import ProfilesFeature
    from .features.save import SaveFeature
    from .features.tokens import TokenFeature
    from .services import Services

SANDBOX_TEXT = QT_TRANSLATE_NOOP(
    "MainWindow", "Sandbox: a practice server inside this app; nothing reaches WhatsApp. Pick a "
    "demo instance to try.")
log = logging.getLogger(__name__)
FIRST_SIZE = (1280, 1000)
"""The first window size on a large screen; smaller screens get 94 % of their free area."""
MIN_SIZE = (600, 440)
PAGES_MIN_HEIGHT = 140
"""The pages keep at least this height when the answer area grows (they scroll)."""
REQUIRED_FIRST = ("instance_id", "access_token", "url", "events")
"""First focus goes to the first of these that is empty."""


def _page(parent: QWidget) -> QWidget:
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    return page


class MainWindow(QMainWindow):
    """``firstPainted`` fires once; ``ready`` once the features are attached and the HTTP
    client is warm."""

    firstPainted = Signal()
    ready = Signal()

    def __init__(self, api_base: str, settings: SettingsStore,
                 demo_accounts: list[DemoAccount] | None = None) -> None:
        super().__init__()
        self.api_base = api_base
        self.settings = settings
        self.sandbox = bool(demo_accounts)
        self.services: Services | None = None
        self.painted_at: float | None = None  # time.monotonic() of the first paint
        self._focused_once = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(translate("MainWindow", "Wawp Desktop — Sandbox") if self.sandbox
                            else "Wawp Desktop")

        central = QWidget(self)
        self.sandbox_banner = StatusLabel("sandboxBanner", central, banner=True)
        self.practice_combo: QComboBox | None = None
        if self.sandbox:
            self.sandbox_banner.set_status(Tone.INFO, translate("MainWindow", SANDBOX_TEXT))
            from .features.practice import fill_problems

            self.practice_combo = QComboBox(central)
            self.practice_combo.setObjectName("practiceProblemCombo")
            self.practice_combo.setAccessibleName(
                translate("MainWindow", "Practise a problem on the next request"))
            self.practice_combo.setToolTip(translate(
                "MainWindow", "Make the sandbox play a problem on the next request, to see how "
                "the app explains it"))
            self.practice_combo.setAccessibleDescription(self.practice_combo.toolTip())
            fill_problems(self.practice_combo)
        else:
            self.sandbox_banner.hide()
        self.keyring_banner = StatusLabel("keyringBanner", central, banner=True)
        self.keyring_banner.hide()
        self.settings_banner = StatusLabel("settingsProblem", central, banner=True)
        self.settings_banner.hide()
        self.instance_bar = InstanceBar(demo_accounts, central)
        self.tabs = QTabWidget(central)
        self.tabs.setObjectName("pageTabs")
        self.webhook_page = WebhookForm(self.tabs)
        self.tabs.setAccessibleName(translate("MainWindow", "Pages"))
        self.tabs.addTab(self.webhook_page, translate("MainWindow", "&Webhook"))
        self.instance_tab = _page(self.tabs)
        self.tabs.addTab(self.instance_tab, translate("MainWindow", "I&nstance"))
        self.history_tab = _page(self.tabs)
        self.tabs.addTab(self.history_tab, translate("MainWindow", "Histor&y"))
        self.instances_tab = _page(self.tabs)  # many instances at once (bulk actions)
        self.tabs.addTab(self.instances_tab, translate("MainWindow", "Instances (&bulk)"))
        for index, name in enumerate((translate("MainWindow", "Webhook page"),
                                      translate("MainWindow", "Instance page"),
                                      translate("MainWindow", "History page"),
                                      translate("MainWindow", "Instances page (bulk)"))):
            self.tabs.widget(index).setAccessibleName(name)
        self.answer = AnswerPanel(central)
        self.save_bar = SaveBar(central)
        self.form = Form()
        self.instance_bar.register(self.form)
        self.webhook_page.register(self.form)

        self.splitter = QSplitter(Qt.Orientation.Vertical, central)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.answer)
        self.splitter.setChildrenCollapsible(False)
        self.tabs.setMinimumHeight(PAGES_MIN_HEIGHT)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(8, 6, 8, 6)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.sandbox_banner, 1)
        if self.practice_combo is not None:
            practice_label = QLabel(translate("MainWindow", "Practise a problem:"), central)
            practice_label.setBuddy(self.practice_combo)
            banner_row.addWidget(practice_label)
            banner_row.addWidget(self.practice_combo)
        outer.addLayout(banner_row)
        outer.addWidget(self.keyring_banner)
        outer.addWidget(self.settings_banner)
        outer.addWidget(self.instance_bar)
        outer.addWidget(self.splitter, 1)
        outer.addWidget(self.save_bar)
        self.setCentralWidget(central)
        where = (translate("MainWindow", "Sandbox (built-in practice server): {url}")
                 if self.sandbox else translate("MainWindow", "Wawp API: {url}"))
        self.api_label = QLabel(where.format(url=ltr(api_base)), self)
        self.api_label.setObjectName("apiBaseLabel")
        self.api_label.setToolTip(translate("MainWindow", "Requests go to this address"))
        self.statusBar().addPermanentWidget(self.api_label)
        self._build_menu()
        for edit in self.instance_bar.line_edits() + self.webhook_page.line_edits():
            edit.returnPressed.connect(self.save)
        self.instance_bar.instanceChanged.connect(self.answer.instance_changed)
        self.answer.contentChanged.connect(lambda: QTimer.singleShot(0, self._fit_answer))
        self.setMinimumSize(*MIN_SIZE)
        self._restore()
        self.show_settings_problems()

    # -- second step ----------------------------------------------------------------------
    def attach(self, services: Services) -> None:
        """Build the features on ``services`` (inside the running qasync loop)."""
        from .features.editing import EditSession
        from .features.files import FilesFeature
        from .features.handoff import HandoffFeature
        from .features.history_page import HistoryPage
        from .features.instance_page import InstancePage
        from .features.instances_page import InstancesPage
        from .features.profiles import ProfilesFeature
        from .features.save import SaveFeature
        from .features.secret_watch import SecretWatch
        from .features.tokens import TokenFeature

        self.services = services
        form, bar = self.form, self.instance_bar
        self.secret_watch = SecretWatch(form, self)
        self.editing: EditSession = EditSession(self)
        self.tokens: TokenFeature = TokenFeature(services, bar, self.keyring_banner, self)
        self.instance_page: InstancePage = InstancePage(services, form, bar, self.answer,
                                                        self.editing, self.instance_tab)
        self.instance_tab.layout().addWidget(self.instance_page)
        self.history_page: HistoryPage = HistoryPage(services, self.history_tab)
        self.history_tab.layout().addWidget(self.history_page)
        self.instances_page: InstancesPage = InstancesPage(services, form, bar,
                                                           self.history_page.record,
                                                           self.instances_tab)
        self.instances_tab.layout().addWidget(self.instances_page)
        self.instances_page.formNeeded.connect(self.show_form)
        self.files: FilesFeature = FilesFeature(services, form, self)
        self.handoff: HandoffFeature = HandoffFeature(self.api_base, form, self.save_bar,
                                                      self.editing, self)
        self.saver: SaveFeature = SaveFeature(services, form, self.save_bar, self.answer,
                                              self.editing, self.tokens,
                                              self.history_page.record, self)
        self.profiles: ProfilesFeature = ProfilesFeature(services, bar, self.tokens,
                                                         self.instance_page, self)
        self.saver.webhooksRead.connect(self.instance_page.show_hooks)
        self.saver.finished.connect(
            lambda outcome: outcome == "saved" and self.webhook_page.events.clear_undo())
        self.instance_page.tested.connect(lambda _info: self.tabs.setCurrentWidget(
            self.instance_tab))
        self.instance_page.loadFailed.connect(lambda _i, _e: self.tabs.setCurrentWidget(
            self.instance_tab))
        self.editing.changed.connect(lambda hook: hook is not None and self.show_form())
        self.files.applied.connect(lambda _message: self.show_form())
        self.history_page.loadRequested.connect(lambda entry: self.files.apply(
            entry.form_config(), translate("MainWindow", "Loaded the save of {time} into the "
                                           "form.").format(time=ltr(entry.time))))
        self.history_page.exportRequested.connect(lambda e: self.files.export(e.form_config()))
        self.webhook_page.import_button.clicked.connect(self.files.ask_import)
        self.webhook_page.export_button.clicked.connect(self.files.export_form)
        self.url_check = self._url_check(services)
        if self.practice_combo is not None:
            from .features.practice import PracticeFeature

            self.practice = PracticeFeature(services, self.practice_combo, self)
        self._connect_menu()
        services.runner.idle.connect(self.show_settings_problems)  # saves write the settings
        self.profiles.changed.connect(self.show_settings_problems)
        if restored := bar.chosen_instance():  # chosen before anyone listened
            self.tokens.load(restored)
        self.after_first_paint(self._start_background)

    def _url_check(self, services: Services):  # noqa: ANN202 - UrlCheckPanel
        """The Check URL panel under the URL field (its checks load after the first paint)."""
        from .features.url_check import UrlCheckPanel

        receiver = services.practice_receiver
        page = self.webhook_page
        panel = UrlCheckPanel(page.url_edit.text, page.delivery.hmac_edit.text,
                              practice_receiver_url=receiver.url if receiver else None,
                              received_events=receiver.events if receiver else None,
                              parent=page)
        panel.practiceRequested.connect(page.url_edit.setText)
        page.url_tools.addWidget(panel)
        page.url_edit.textChanged.connect(lambda _text: panel.clear_result())
        return panel

    def _start_background(self) -> None:
        assert self.services is not None
        self.tokens.probe()
        self.history_page.load_all()
        self.services.op(self, self.services.client.warm_up).finished(self.ready.emit).run()

    def _fit_answer(self) -> None:
        """Give the answer area the height its lines need, taken from the pages above (which
        keep at least :data:`PAGES_MIN_HEIGHT`; they scroll)."""
        if not self.answer.isVisible():
            return
        sizes = self.splitter.sizes()
        total = sum(sizes)
        wanted = self.answer.needed_height()
        if self.answer.tabs.isVisible():
            wanted = max(wanted, total // 2)
        wanted = max(min(wanted, total - PAGES_MIN_HEIGHT), 0)
        if sizes[1] < wanted or (not self.answer.tabs.isVisible() and sizes[1] > wanted):
            self.splitter.setSizes([total - wanted, wanted])

    def after_first_paint(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` on the event loop once the window has painted (now, if it has)."""
        if self.painted:
            QTimer.singleShot(0, callback)
        else:
            self.firstPainted.connect(lambda: QTimer.singleShot(0, callback))

    @property
    def painted(self) -> bool:
        return self.painted_at is not None

    # -- menus ----------------------------------------------------------------------------
    def _action(self, menu: QMenu, text: str, shortcut: QKeySequence | str | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        return action

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        self.save_action = self._action(file_menu, translate("MainWindow", "&Save webhook"),
                                        QKeySequence.StandardKey.Save, "saveAction")
        self.save_action.triggered.connect(self.save)
        file_menu.addSeparator()
        self.import_action = self._action(file_menu,
                                          translate("MainWindow", "&Import configuration…"),
                                          QKeySequence.StandardKey.Open, "importAction")
        self.export_action = self._action(file_menu,
                                          translate("MainWindow", "&Export configuration…"), None,
                                          "exportAction")
        self.preview_action = self._action(file_menu,
                                           translate("MainWindow", "&Preview request…"), None,
                                           "previewAction")
        copy_menu = file_menu.addMenu(translate("MainWindow", "&Copy request as"))
        for action in self.save_bar.copy_actions.values():
            copy_menu.addAction(action)
        self.history_action = self._action(file_menu,
                                           translate("MainWindow", "Show save &history"), "Ctrl+H",
                                           "historyAction")
        self.history_action.triggered.connect(self.show_history)
        file_menu.addSeparator()
        self.forget_action = self._action(file_menu,
                                          translate("MainWindow", "&Forget saved token"), None,
                                          "forgetTokenAction")
        self.forget_action.triggered.connect(self.instance_bar.forget_button.click)
        file_menu.addSeparator()
        self._build_language_menu(file_menu)
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, translate("MainWindow", "&Quit"),
                                        QKeySequence.StandardKey.Quit,
                                        "quitAction")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        about = self._action(help_menu, translate("MainWindow", "&About Wawp Desktop"))
        about.triggered.connect(self._about)
        for action in (self.import_action, self.export_action, self.preview_action):
            action.setEnabled(False)  # until attach()

    def _build_language_menu(self, file_menu: QMenu) -> None:
        """File ▸ Language: System, English, العربية (the choice applies at the next start)."""
        self.language_menu = file_menu.addMenu(translate("MainWindow", "&Language"))
        self.language_menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        group.setExclusive(True)
        chosen = saved_choice(self.settings.settings)
        self.language_actions: dict[str, QAction] = {}
        for code, text in CHOICES:
            label = translate("Language", text) if code == "system" else text
            action = self._action(self.language_menu, label, None, f"language:{code}")
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked, c=code: self.choose_language(c))
            self.language_actions[code] = action

    def choose_language(self, code: str) -> None:
        """Remember ``code`` (``system``, ``en`` or ``ar``) for the next start, and say so."""
        from .msgbox import tell

        self.language_actions[code].setChecked(True)
        self.settings.settings.setValue(SETTINGS_KEY, code)
        self.settings.sync()
        self.show_settings_problems()
        tell(self, translate("MainWindow", "Language"),
             translate("MainWindow", "The new language is used the next time you start "
                       "Wawp Desktop."), name="languageBox")

    def _connect_menu(self) -> None:
        self.import_action.triggered.connect(self.files.ask_import)
        self.export_action.triggered.connect(self.files.export_form)
        self.preview_action.triggered.connect(self.handoff.show_preview)
        for action in (self.import_action, self.export_action, self.preview_action):
            action.setEnabled(True)

    def show_settings_problems(self) -> None:
        """Say plainly what went wrong with the settings file (a damaged file kept aside, a
        write that failed); the newest problems stay until the next one."""
        new = self.settings.take_problems()
        if new:
            self.settings_banner.set_status(Tone.WARNING, " ".join(new[-2:]))
            self.settings_banner.show()

    def show_form(self) -> None:
        """Bring the Webhook page to the front (after the form was filled from elsewhere)."""
        self.tabs.setCurrentWidget(self.webhook_page)

    def show_history(self) -> None:
        self.tabs.setCurrentWidget(self.history_tab)
        if self.services is not None:
            self.history_page.search_edit.setFocus()

    def save(self) -> None:
        """Save the form (nothing happens before :meth:`attach`)."""
        if self.services is not None:
            self.saver.save()

    def _about(self) -> None:
        from .msgbox import tell

        tell(self, translate("MainWindow", "About Wawp Desktop"),
             translate("MainWindow", "Wawp Desktop {version}\n\nConfigure and test the webhooks "
                       "of your Wawp WhatsApp instances.").format(version=__version__),
             name="aboutBox")

    # -- geometry, focus, paint, close ----------------------------------------------------
    def _restore(self) -> None:
        self.form.set_value(self.settings.load_form(), [
            f for f in self.form.editors if f not in ("access_token", "hmac")])
        self.form.clear_messages()
        self.instance_bar.profiles.set_profiles(self.settings.load_profiles(),
                                                self.instance_bar.instance_id_edit.text())
        geometry = self.settings.load_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self._first_size()
        self.fit_to_screen()

    def _first_size(self) -> None:
        screen = self.screen().availableGeometry()
        width = min(FIRST_SIZE[0], int(screen.width() * 0.94))
        height = min(FIRST_SIZE[1], int(screen.height() * 0.94))
        self.resize(max(width, MIN_SIZE[0]), max(height, MIN_SIZE[1]))
        self.move(screen.center() - self.rect().center())

    def fit_to_screen(self) -> None:
        """Clamp the window to the screen it is on (a geometry saved on a larger screen)."""
        screen = self.screen().availableGeometry()
        frame = self.frameGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        width = min(self.width(), screen.width() - extra_w)
        height = min(self.height(), screen.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
        frame = QRect(self.frameGeometry())
        x = min(max(frame.x(), screen.x()), screen.right() - frame.width() + 1)
        y = min(max(frame.y(), screen.y()), screen.bottom() - frame.height() + 1)
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self.fit_to_screen()  # the frame is known now
            target = self.form.first_empty_required(REQUIRED_FIRST)
            (target or self.save_bar.submit_button).setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self.painted:
            self.painted_at = time.monotonic()
            self.firstPainted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Keep the form and the geometry; a write that fails is logged (the window is going
        away, and the next start says what it finds)."""
        self.settings.save_form(self.form.value().without_secrets())
        self.settings.save_geometry(self.saveGeometry())
        if problem := self.settings.sync():
            log.warning("Settings not saved at close: %s", problem)
        super().closeEvent(event)
