"""The Instances page: the saved instances as a list with checkable rows, their import and
export as CSV, and bulk runs over the checked rows (Test all, Compare, Apply to instances),
with a bound on the instances worked on at once, a progress bar, Cancel, Retry failed, one
result row per instance and the report as CSV.

The list is the saved instances: the same list as the instance bar's picker (both read the
settings; a change here is passed to the picker, a change there comes back through
``ProfilesBar.profilesChanged``). Every message on the page belongs to the latest run or
import; the next one replaces it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...core.errors import WawpError
from ...core.files import FileWriteError, atomic_write_text
from ...core.fleet import bulk as fleet_bulk
from ...core.fleet.bulk import DEFAULT_BOUND, MAX_BOUND, NOT_STARTED, BulkRun, Target
from ...core.fleet.results import FINISHED_OK, RETRYABLE, Kind, Outcome, Result, report_csv, summary
from ...core.fleet.roster import RosterFileError, RosterImport, read_roster_file, roster_csv
from ...core.i18n import ltr, translate
from ...core.profiles import Profile, upsert
from ...core.secrets import register_secret
from ...core.threads import run_in_daemon_thread
from ...core.validation import check_token, errors_only, validate
from ...core.webhook import WebhookConfig
from ..a11y import announce
from ..form.form import Form
from ..form.instance_bar import InstanceBar
from ..msgbox import ask
from ..ops import Op
from ..services import Services
from ..theme import Tone
from ..widgets.file_dialog import open_file_dialog
from ..widgets.status_label import StatusLabel
from .instances_models import InstancesModel, ResultsModel, ShownResult

Recorder = Callable[..., None]
"""``HistoryPage.record(config, ok, summary, answer, extra)``."""
CREDENTIALS = ("instance_id", "access_token")
ATTENTION = {"error": 0, "warning": 1, "muted": 2}
"""The order of a finished run's rows: what needs attention first."""


def load_tokens(store: Any, instance_ids: list[str]) -> dict[str, str]:  # noqa: ANN401
    """The saved token of each instance that has one (blocking: keyring calls)."""
    tokens: dict[str, str] = {}
    for instance_id in instance_ids:
        token = store.load_sync(instance_id).token
        if token:
            tokens[instance_id] = token
    return tokens


def read_roster(path: str, current: list[Profile]) -> RosterImport | str:
    """The file merged into ``current``, or why it cannot be used (blocking)."""
    try:
        return read_roster_file(path, current)
    except RosterFileError as exc:
        return exc.message
    except OSError as exc:
        return translate("InstancesPage", "The file could not be read ({reason}).").format(
            reason=ltr(exc.strerror or exc))


def save_tokens(store: Any, tokens: dict[str, str]) -> bool:  # noqa: ANN401
    """Keep every token in the password store; False when one was kept for the session only."""
    return all([store.save_sync(i, t).persistent for i, t in tokens.items()])


def _button(text: str, name: str, tip: str, parent: QWidget) -> QPushButton:
    """A button whose tooltip is also its accessible description (what it does)."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setToolTip(tip)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    button.setAccessibleDescription(tip)
    return button


def _table(name: str, accessible: str, description: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setAccessibleDescription(description)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setHighlightSections(False)
    return view


class InstancesPage(QWidget):
    """``runFinished(kind, results, cancelled)`` after each run; ``imported(RosterImport)``
    or ``importFailed(message)``; ``written(path, error)`` after an export;
    ``formNeeded()`` when the webhook form must be fixed before a run."""

    runStarted = Signal(str)
    runFinished = Signal(str, object, bool)
    imported = Signal(object)
    importFailed = Signal(str)
    written = Signal(str, str)
    formNeeded = Signal()
    demoAdded = Signal(int)

    def __init__(self, services: Services, form: Form, bar: InstanceBar, record: Recorder,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("instancesPage")
        self.services = services
        self.form = form
        self.bar = bar
        self.record = record
        self.file_dialog: QFileDialog | None = None
        self.bulk: BulkRun | None = None
        self.last_kind: Kind | None = None
        self.last_results: list[Result] = []
        self._op: Op | None = None
        self._secrets: list[str] = []

        self.import_button = _button(
            translate("InstancesPage", "Import instances…"), "importInstancesButton",
            translate("InstancesPage", "Add instances from a CSV file with the columns name, "
                      "instance_id and access_token (optional)"), self)
        self.export_button = _button(
            translate("InstancesPage", "Export instances…"), "exportInstancesButton",
            translate("InstancesPage", "Save the list as a CSV file (never with tokens)"), self)
        self.demo_button = _button(
            translate("InstancesPage", "Add the fleet demo (30 instances)"), "fleetDemoButton",
            translate("InstancesPage", "Sandbox only: 30 practice instances, some on the free "
                      "plan, one failed, one with a wrong token"), self)
        self.demo_button.setVisible(services.sandbox)
        self.model = InstancesModel(self._palette, self)
        self.view = _table(
            "instancesView",
            translate("InstancesPage", "Saved instances (check the ones to work on)"),
            translate("InstancesPage", "Space checks or unchecks the current instance; Enter "
                      "makes it the current one in the form"), self)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 190), (1, 110), (2, 150), (4, 90)):
            self.view.setColumnWidth(column, width)
        self.view.setToolTip(translate(
            "InstancesPage", "Check the instances to work on; Enter or a double-click makes an "
            "instance the current one"))
        self.check_all_button = QToolButton(self)
        self.check_all_button.setObjectName("checkAllInstancesButton")
        self.check_all_button.setText(translate("InstancesPage", "Check all"))
        self.check_all_button.setAccessibleName(
            translate("InstancesPage", "Check all instances"))
        self.check_none_button = QToolButton(self)
        self.check_none_button.setObjectName("checkNoInstancesButton")
        self.check_none_button.setText(translate("InstancesPage", "Uncheck all"))
        self.check_none_button.setAccessibleName(
            translate("InstancesPage", "Uncheck all instances"))
        self.checked_label = QLabel(self)
        self.checked_label.setObjectName("checkedCountLabel")
        self.bound_spin = QSpinBox(self)
        self.bound_spin.setObjectName("bulkConcurrencySpin")
        self.bound_spin.setRange(1, MAX_BOUND)
        self.bound_spin.setValue(DEFAULT_BOUND)
        self.bound_spin.setAccessibleName(translate("InstancesPage", "Instances worked on at once"))
        bound_tip = translate("InstancesPage", "How many instances are worked on at the same time")
        self.bound_spin.setToolTip(bound_tip)
        self.bound_spin.setAccessibleDescription(bound_tip)
        bound_label = QLabel(translate("InstancesPage", "At once:"), self)
        bound_label.setBuddy(self.bound_spin)
        self.test_button = _button(
            translate("InstancesPage", "Test all"), "testAllButton",
            translate("InstancesPage", "Check the session and the webhooks of every checked "
                      "instance"), self)
        self.compare_button = _button(
            translate("InstancesPage", "Compare with form"), "compareInstancesButton",
            translate("InstancesPage", "Show which checked instances have a webhook that "
                      "differs from the form (nothing is changed)"), self)
        self.apply_button = _button(
            translate("InstancesPage", "Apply to instances…"), "applyToInstancesButton",
            translate("InstancesPage", "Save the form's webhook on every checked instance; "
                      "only what differs is sent"), self)
        self.retry_button = _button(
            translate("InstancesPage", "Retry failed"), "retryFailedButton",
            translate("InstancesPage", "Run the latest action again on the instances that did "
                      "not succeed"), self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("bulkProgress")
        self.progress.setFormat(translate("InstancesPage", "%v of %m"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)  # "3 of 24" once a run has started
        self.progress.setAccessibleName(translate("InstancesPage", "Progress of the run"))
        self.cancel_button = _button(
            translate("InstancesPage", "Cancel"), "bulkCancelButton",
            translate("InstancesPage", "Stop the run: instances not started yet are left "
                      "alone"), self)
        self.cancel_button.setAccessibleName(translate("InstancesPage", "Cancel the run"))
        self.report_button = _button(
            translate("InstancesPage", "Export report…"), "exportReportButton",
            translate("InstancesPage", "Save the results as a CSV file (never with tokens)"),
            self)
        self.run_status = StatusLabel("bulkRunStatus", self)
        self.results_model = ResultsModel(self._palette, self)
        self.results = _table(
            "bulkResults",
            translate("InstancesPage", "Results of the latest run, one row per instance"),
            translate("InstancesPage", "Problems come first; the tooltip of a row lists what "
                      "differs"), self)
        self.results.setModel(self.results_model)
        rheader = self.results.horizontalHeader()
        rheader.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        rheader.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 110), (1, 150), (2, 170)):
            self.results.setColumnWidth(column, width)
        self._lay_out(bound_label)
        self._connect()
        self.set_profiles(bar.profiles.profiles)
        self._update_buttons()

    def _lay_out(self, bound_label: QLabel) -> None:
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        files = QHBoxLayout()
        for widget in (self.import_button, self.export_button, self.demo_button):
            files.addWidget(widget)
        files.addStretch(1)
        top_layout.addLayout(files)
        top_layout.addWidget(self.view, 1)
        checks = QHBoxLayout()
        checks.addWidget(self.check_all_button)
        checks.addWidget(self.check_none_button)
        checks.addWidget(self.checked_label)
        checks.addStretch(1)
        checks.addWidget(bound_label)
        checks.addWidget(self.bound_spin)
        top_layout.addLayout(checks)
        actions = QHBoxLayout()
        for widget in (self.test_button, self.compare_button, self.apply_button,
                       self.retry_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        top_layout.addLayout(actions)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        run_row = QHBoxLayout()
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.report_button)
        bottom_layout.addLayout(run_row)
        bottom_layout.addWidget(self.run_status)
        bottom_layout.addWidget(self.results, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("instancesSplitter")
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.import_button.clicked.connect(self.ask_import)
        self.export_button.clicked.connect(self.ask_export)
        self.demo_button.clicked.connect(self.add_fleet_demo)
        self.check_all_button.clicked.connect(lambda: self.model.set_all_checked(True))
        self.check_none_button.clicked.connect(lambda: self.model.set_all_checked(False))
        self.model.dataChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.view.activated.connect(self._pick)
        self.view.installEventFilter(self)  # Space ticks the current row
        self.test_button.clicked.connect(lambda: self.start(Kind.TEST))
        self.compare_button.clicked.connect(lambda: self.start(Kind.COMPARE))
        self.apply_button.clicked.connect(lambda: self.start(Kind.APPLY))
        self.retry_button.clicked.connect(self.retry_failed)
        self.cancel_button.clicked.connect(self.cancel)
        self.report_button.clicked.connect(self.ask_export_report)
        self.bar.profiles.profilesChanged.connect(
            lambda: self.set_profiles(self.bar.profiles.profiles))

    def _status(self, tone: Tone, text: str) -> None:
        """Show ``text`` under the run's progress and announce it to screen readers."""
        self.run_status.set_status(tone, text)
        announce(self.run_status, self.run_status.text())

    def _palette(self) -> QPalette:
        return self.view.palette()

    # -- the list -------------------------------------------------------------------------
    def set_profiles(self, profiles: list[Profile]) -> None:
        """Show the saved instances (what is known about each one is kept)."""
        self.model.set_profiles(profiles)

    def _store_profiles(self, profiles: list[Profile]) -> None:
        """Save the list in the settings and show it here and in the instance bar's picker."""
        self.services.settings.save_profiles(profiles)
        self.bar.profiles.set_profiles(profiles, self.bar.instance_id_edit.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self.view and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Space
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self._toggle_current()
            return True
        return super().eventFilter(watched, event)

    def _toggle_current(self) -> None:
        """Space ticks or unticks the current row, whichever column is current."""
        index = self.view.currentIndex()
        if index.isValid():
            first = self.model.index(index.row(), 0)
            checked = self.model.rows[index.row()].checked
            self.model.setData(first, Qt.CheckState.Unchecked if checked
                               else Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    def _pick(self, index: Any) -> None:  # noqa: ANN401 - a QModelIndex
        """Make the row's instance the current one (its token is filled in if saved)."""
        if index.isValid():
            self.bar.instance_id_edit.setText(self.model.rows[index.row()].profile.instance_id)

    @property
    def busy(self) -> bool:
        return self._op is not None

    def _update_buttons(self) -> None:
        checked = len(self.model.checked())
        total = len(self.model.rows)
        self.checked_label.setText(translate("InstancesPage", "{checked} of {total} checked")
                                   .format(checked=checked, total=total))
        idle = not self.busy
        for button in (self.test_button, self.compare_button, self.apply_button):
            button.setEnabled(idle and checked > 0)
        self.retry_button.setEnabled(idle and bool(self._retryable()))
        self.cancel_button.setEnabled(not idle)
        self.report_button.setEnabled(idle and bool(self.last_results))
        for button in (self.import_button, self.demo_button):
            button.setEnabled(idle)
        self.export_button.setEnabled(total > 0)
        self.check_all_button.setEnabled(total > 0)
        self.check_none_button.setEnabled(checked > 0)

    # -- runs -----------------------------------------------------------------------------
    def start(self, kind: Kind, instance_ids: list[str] | None = None) -> None:
        """Run ``kind`` over the checked instances (or ``instance_ids``), after checking the
        form (Compare and Apply) and asking first (Apply)."""
        if self.busy:
            return
        if instance_ids is None:
            profiles = self.model.checked()
        else:
            known = {row.profile.instance_id: row.profile for row in self.model.rows}
            profiles = [known.get(i) or Profile("", i) for i in instance_ids]
        if not profiles:
            self._status(Tone.WARNING,
                         translate("InstancesPage", "Check the instances to work on first."))
            return
        config = None
        if kind is not Kind.TEST:
            config = self._form_config(kind)
            if config is None:
                return
        if kind is Kind.APPLY:
            count = len(profiles)
            question = translate(
                "InstancesPage", "Save the webhook for\n{url}\non %n instance(s)?\n\nOn each "
                "one, only what differs from the form is sent; instances without a saved token "
                "are left alone.", None, count).format(url=ltr(config.url))
            ask(self.window(), translate("InstancesPage", "Apply to instances?"), question,
                translate("InstancesPage", "Apply"),
                lambda: self._begin(kind, profiles, config), name="applyToInstancesDialog")
            return
        self._begin(kind, profiles, config)

    def _form_config(self, kind: Kind) -> WebhookConfig | None:
        """The form's webhook (without the current instance), or None after showing what to
        fix: Apply needs a valid webhook, Compare a valid URL."""
        config = self.form.value()
        if kind is Kind.APPLY:
            problems = [p for p in validate(config) if p.field not in CREDENTIALS]
        else:  # Compare reads only: the URL is all it needs
            problems = [p for p in validate(config) if p.field == "url"]
        errors = errors_only(problems)
        if errors:
            first = self.form.show_problems(problems)
            self._status(Tone.ERROR, translate(
                "InstancesPage", "Fix the webhook form first (%n problem(s)): nothing was sent.",
                None, len(errors)))
            self.formNeeded.emit()
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        config.instance_id = config.access_token = ""
        return config

    def _targets_coro(self, profiles: list[Profile]) -> Any:  # noqa: ANN401
        typed_id, typed = self.bar.instance_id_edit.text(), self.bar.token_edit.text()
        store = self.services.tokens

        async def targets() -> list[Target]:
            ids = [p.instance_id for p in profiles]
            tokens = await run_in_daemon_thread(load_tokens, store, ids)
            if typed_id in ids and typed and check_token(typed) is None:
                tokens[typed_id] = typed  # what the instance bar holds now wins
            for token in tokens.values():
                register_secret(token)
            return [Target(p.instance_id, p.name, tokens.get(p.instance_id, ""))
                    for p in profiles]

        return targets

    def _begin(self, kind: Kind, profiles: list[Profile], config: WebhookConfig | None) -> None:
        if self.busy:
            return
        self.last_kind = kind
        self.last_results = []
        waiting = Outcome.PENDING.label
        self.results_model.set_rows([ShownResult(p.instance_id, p.name, waiting, "", "muted")
                                     for p in profiles])
        self.progress.setRange(0, len(profiles))
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self._status(Tone.MUTED, _running(kind, len(profiles)))
        make_targets = self._targets_coro(profiles)
        bound = self.bound_spin.value()

        async def go() -> list[Result]:
            targets = await make_targets()
            self._secrets = [t.token for t in targets if t.token]
            self.bulk = BulkRun(kind, targets, config=config, bound=bound,
                                progress=self._progress)
            return await self.bulk.run(self.services.client)

        self._op = self.services.op(self, go)
        def cancelled() -> None:  # before the tokens were read, nothing was started
            results = self.bulk.results if self.bulk is not None else [
                Result(p.instance_id, p.name, Outcome.CANCELLED, fleet_bulk.t(NOT_STARTED))
                for p in profiles]
            self._finished(kind, config, results, True)

        self._op.success(lambda results: self._finished(kind, config, results, False)).failure(
            lambda error: self._failed(kind, error)).cancelled(cancelled).finished(
            self._done).run()
        self._update_buttons()
        self.runStarted.emit(kind.value)

    def _progress(self, index: int, result: Result) -> None:
        if not isValid(self):
            return
        self.results_model.update(index, ShownResult.of(result))
        if result.outcome is not Outcome.WORKING and self.bulk is not None:
            self.model.learn(result)
            self.progress.setValue(self.bulk.done)

    def cancel(self) -> bool:
        """Cancel the run; False when none is running."""
        return self._op is not None and self._op.cancel()

    def _done(self) -> None:
        self._op = None
        self.bulk = None
        self._update_buttons()

    def _failed(self, kind: Kind, error: WawpError) -> None:
        self._status(Tone.ERROR, translate("InstancesPage", "The run stopped: {problem}").format(
            problem=error.summary()))
        self.runFinished.emit(kind.value, [], False)

    def _finished(self, kind: Kind, config: WebhookConfig | None, results: list[Result],
                  cancelled: bool) -> None:
        # what needs attention first (failures, then warnings), each group in list order
        self.last_results = sorted(results, key=lambda r: ATTENTION.get(r.outcome.level, 3))
        self.results_model.set_rows([ShownResult.of(r) for r in self.last_results])
        self.progress.setValue(sum(1 for r in results if r.outcome not in (
            Outcome.PENDING, Outcome.WORKING)))
        text = summary(kind, results, cancelled=cancelled)
        good = all(r.outcome in FINISHED_OK for r in results)
        self._status(Tone.SUCCESS if good and not cancelled else Tone.WARNING,
                     translate("InstancesPage", "{summary}.").format(summary=text))
        if kind is Kind.APPLY and config is not None:
            self.record(config, good and not cancelled, text, None,
                        {"bulk": [r.as_dict() for r in results]})
        self._secrets = []
        self.runFinished.emit(kind.value, list(results), cancelled)

    def _retryable(self) -> list[str]:
        return [r.instance_id for r in self.last_results if r.outcome in RETRYABLE]

    def retry_failed(self) -> None:
        """Run the latest action again on the rows that did not succeed."""
        ids = self._retryable()
        if self.last_kind is not None and ids:
            self.start(self.last_kind, ids)

    # -- sandbox demo ---------------------------------------------------------------------
    def add_fleet_demo(self) -> None:
        """Sandbox only: add the Fleet demo's instances; their tokens stay in memory."""
        if not self.services.sandbox:
            return
        from ...sandbox.fleet_demo import fleet_accounts

        accounts = fleet_accounts()
        profiles = list(self.bar.profiles.profiles)
        for account in accounts:
            profiles = upsert(profiles, Profile(account.label, account.instance_id))
            register_secret(account.access_token)
            self.services.tokens.remember(account.instance_id, account.access_token)
        self._store_profiles(profiles)
        self._status(Tone.INFO, translate(
            "InstancesPage", "Added the fleet demo: %n practice instance(s). Their tokens are "
            "kept only while the app runs (never in your password store). Check some and press "
            "Test all.", None, len(accounts)))
        self.demoAdded.emit(len(accounts))

    # -- files ----------------------------------------------------------------------------
    def _dialog(self, title: str, name: str, save_as: str | None,
                on_selected: Callable[[str], object]) -> QFileDialog:
        if self.file_dialog is not None:
            self.file_dialog.deleteLater()
        self.file_dialog = open_file_dialog(
            self.window(), self.services.settings.settings, title,
            translate("InstancesPage", "CSV files (*.csv);;All files (*)"), name=name,
            suffix="csv", save_as=save_as, on_selected=on_selected)
        return self.file_dialog

    def ask_import(self) -> None:
        self._dialog(translate("InstancesPage", "Import instances"), "importInstancesDialog",
                     None, self.import_file)

    def import_file(self, path: str) -> None:
        """Read the CSV at ``path`` in a worker thread and merge it into the list."""
        current = list(self.bar.profiles.profiles)
        self.services.op(self, lambda: run_in_daemon_thread(read_roster, path, current)
                         ).success(self._imported).failure(
            lambda error: self._import_failed(translate(
                "InstancesPage", "Could not read {path}: {problem}").format(
                path=ltr(path), problem=error.message))).run()

    def _import_failed(self, text: str) -> None:
        self.last_results = []
        self.results_model.set_rows([])
        self._status(Tone.ERROR, translate("InstancesPage", "Nothing was imported. {problem}")
                     .format(problem=text))
        self._update_buttons()
        self.importFailed.emit(text)

    def _imported(self, result: RosterImport | str) -> None:
        if isinstance(result, str):
            self._import_failed(result)
            return
        self._store_profiles(result.profiles)
        self.last_results = []
        self.results_model.set_rows([ShownResult.of_import(row) for row in result.rows])
        tone = Tone.WARNING if any(r.action.value == "refused" for r in result.rows) else (
            Tone.SUCCESS)
        self._status(tone, translate("InstancesPage", "Imported: {summary}.").format(
            summary=result.summary))
        self._update_buttons()
        tokens = dict(result.tokens)
        result.tokens.clear()
        if not tokens:
            self.imported.emit(result)
            return
        for token in tokens.values():
            register_secret(token)
        store = self.services.tokens

        def stored(persistent: bool) -> None:
            if not persistent:
                self._status(Tone.WARNING, translate(
                    "InstancesPage", "Imported: {summary}. No password store: the tokens are "
                    "kept only while the app runs.").format(summary=result.summary))
            self.imported.emit(result)

        self.services.op(self, lambda: run_in_daemon_thread(save_tokens, store, tokens)).success(
            stored).failure(lambda _e: stored(False)).run()

    def ask_export(self) -> None:
        text = roster_csv(self.bar.profiles.profiles)
        count = len(self.bar.profiles.profiles)
        self._dialog(translate("InstancesPage", "Export instances"), "exportInstancesDialog",
                     "wawp-instances.csv",
                     lambda path: self._write(path, text, translate(
                         "InstancesPage", "Exported %n instance(s) to {path} (no tokens).", None,
                         count).format(path=ltr(path))))

    def ask_export_report(self) -> None:
        text = report_csv(self.last_results, self._secrets)
        self._dialog(translate("InstancesPage", "Export report"), "exportReportDialog",
                     "wawp-bulk-report.csv",
                     lambda path: self._write(path, text, translate(
                         "InstancesPage", "Report saved to {path} (no tokens).").format(
                         path=ltr(path))))

    def _write(self, path: str, text: str, done: str) -> None:
        def finished(error: str) -> None:
            if error:
                self._status(Tone.ERROR, translate(
                    "InstancesPage", "Could not write {path}: {problem}. An existing file there "
                    "was left as it was.").format(path=ltr(path), problem=error))
            else:
                self.window().statusBar().showMessage(done, 8000)
                announce(self, done)
            self.written.emit(path, error)

        async def write() -> str:
            try:
                await run_in_daemon_thread(atomic_write_text, path, text)
            except FileWriteError as exc:
                return exc.reason
            return ""

        self.services.op(self, write).success(finished).failure(
            lambda error: finished(error.message)).run()


def _running(kind: Kind, count: int) -> str:
    """"Testing 24 instances…" while a run of ``kind`` works."""
    if kind is Kind.TEST:
        return translate("InstancesPage", "Testing %n instance(s)…", None, count)
    if kind is Kind.APPLY:
        return translate("InstancesPage", "Applying to %n instance(s)…", None, count)
    return translate("InstancesPage", "Comparing %n instance(s)…", None, count)
