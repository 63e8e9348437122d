"""Import and export of webhook configuration files, and loading a history entry into the
form. File dialogs are non-blocking and start where the user last was (or in Documents);
reading and writing run in worker threads; every failure is shown."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ...core import config_file
from ...core.files import FileWriteError, atomic_write_text
from ...core.i18n import ltr, translate
from ...core.threads import run_in_daemon_thread
from ...core.webhook import PUBLIC_FIELDS, WebhookConfig
from .. import a11y
from ..form.form import Form
from ..msgbox import ask, tell
from ..services import Services
from ..widgets.file_dialog import open_file_dialog

FORM_FIELDS = [f.name for f in PUBLIC_FIELDS]
"""What a file or a history entry fills in: never the token or the HMAC secret."""


def file_filter() -> str:
    """The file dialogs' filters, translated (the patterns stay as they are)."""
    return ";;".join((translate("FilesFeature", "Webhook configuration (*.json)"),
                      translate("FilesFeature", "All files (*)")))


class FilesFeature(QObject):
    """``applied(message)`` after a file or history entry filled the form;
    ``written(path, error)`` after an export ("" when written)."""

    applied = Signal(str)
    written = Signal(str, str)
    importFailed = Signal(str)

    def __init__(self, services: Services, form: Form, window: QWidget) -> None:
        super().__init__(window)
        self.services = services
        self.form = form
        self.window = window
        self.file_dialog: QFileDialog | None = None

    # -- dialogs ------------------------------------------------------------------------
    def _dialog(self, title: str, save: bool, on_selected) -> QFileDialog:  # noqa: ANN001
        if self.file_dialog is not None:
            self.file_dialog.deleteLater()
        self.file_dialog = open_file_dialog(
            self.window, self.services.settings.settings, title, file_filter(),
            name="saveFileDialog" if save else "openFileDialog", suffix="json",
            save_as="wawp-webhook.json" if save else None, on_selected=on_selected)
        return self.file_dialog

    # -- export -------------------------------------------------------------------------
    def export_form(self) -> None:
        self.export(self.form.value())

    def export(self, config: WebhookConfig) -> None:
        text = config_file.dumps(config)
        self._dialog(translate("FilesFeature", "Export webhook configuration"), True,
                     lambda path: self.write(path, text))

    def write(self, path: str, text: str) -> None:
        """Write through a temporary file renamed into place (a full disk never destroys the
        file that was there); a failure is shown with its reason."""
        async def write() -> str:
            try:
                await run_in_daemon_thread(atomic_write_text, path, text)
            except FileWriteError as exc:
                return exc.reason
            return ""

        self.services.op(self, write).success(lambda error: self._written(path, error)).failure(
            lambda error: self._written(path, error.message)).run()

    def _written(self, path: str, error: str) -> None:
        if error:
            text = translate("FilesFeature", "Could not write {path}: {reason}. An existing file "
                             "there was left as it was.").format(path=ltr(path), reason=error)
            tell(self.window, translate("FilesFeature", "Export failed"), text, error=True,
                 name="filesMessageBox")
        else:
            text = translate("FilesFeature", "Exported to {path} (no secrets).").format(
                path=ltr(path))
            self.window.statusBar().showMessage(text, 8000)
            a11y.announce(self.window.statusBar(), text)  # a failure opens a message box
        self.written.emit(path, error)

    # -- import -------------------------------------------------------------------------
    def ask_import(self) -> None:
        self._dialog(translate("FilesFeature", "Import webhook configuration"), False, self.read)

    def read(self, path: str) -> None:
        self.services.op(self, lambda: run_in_daemon_thread(config_file.read_config_file, path)
                         ).success(lambda result: self._read(path, result)).failure(
            lambda error: self._import_failed(translate(
                "FilesFeature", "Could not read {path}: {reason}").format(
                path=ltr(path), reason=error.message))).run()

    def _import_failed(self, text: str) -> None:
        tell(self.window, translate("FilesFeature", "Import failed"), text, error=True,
             name="filesMessageBox")  # a message box is read out as it opens
        self.importFailed.emit(text)

    def _read(self, path: str, result: config_file.ImportResult) -> None:
        if result.config is None:
            self._import_failed(translate(
                "FilesFeature", "Nothing was changed. Problems in {path}:\n\n{problems}").format(
                path=ltr(path), problems="\n".join(f"• {p}" for p in result.errors)))
            return
        self.apply(result.config, translate("FilesFeature", "Imported {path}.").format(
            path=ltr(path)))
        if result.warnings:
            tell(self.window, translate("FilesFeature", "Imported with notes"),
                 "\n".join(result.warnings), name="filesMessageBox")

    # -- filling the form ---------------------------------------------------------------
    def apply(self, config: WebhookConfig, message: str) -> None:
        """Fill the form's non-secret fields from ``config``, asking first when that would
        replace a different webhook the user has typed."""
        current = self.form.value()
        if current.url and config.url and current.url != config.url:
            ask(self.window, translate("FilesFeature", "Replace the form?"),
                translate("FilesFeature", "The form holds the webhook for\n{current}\n\n"
                          "Replace it with\n{new}?").format(current=ltr(current.url),
                                                            new=ltr(config.url)),
                translate("FilesFeature", "Replace"), lambda: self._fill(config, message),
                name="replaceFormDialog")
            return
        self._fill(config, message)

    def _fill(self, config: WebhookConfig, message: str) -> None:
        # A file or a bulk run names no instance: the form keeps the one it has.
        names = [n for n in FORM_FIELDS if n != "instance_id" or config.instance_id]
        self.form.set_value(config, names)
        self.window.statusBar().showMessage(message, 8000)
        a11y.announce(self.window.statusBar(), message)
        self.applied.emit(message)
