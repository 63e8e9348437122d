"""The form as one object: every field of :data:`FIELDS` has exactly one editor.

An editor reads and writes one field's widget and owns the message under it. :class:`Form`
turns the editors into a :class:`WebhookConfig` (``value``), fills them from one
(``set_value``), and shows validation problems next to their fields (``show_problems``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...core.webhook import FIELDS, WebhookConfig
from ..widgets.field_message import FieldMessage

if TYPE_CHECKING:
    from ...core.validation import Problem


@dataclass(slots=True)
class Editor:
    """One field's widget: how to read it, write it, where its message goes and what takes
    the focus when the field needs attention."""

    get: Callable[[], Any]
    set: Callable[[Any], None]
    message: FieldMessage
    focus: QWidget


class Form:
    """The editors of every field, whichever panel holds their widgets."""

    def __init__(self) -> None:
        self.editors: dict[str, Editor] = {}

    def add(self, name: str, editor: Editor) -> None:
        self.editors[name] = editor

    def missing(self) -> list[str]:
        """Fields of the table without an editor (a test keeps this empty)."""
        return [f.name for f in FIELDS if f.name not in self.editors]

    def value(self) -> WebhookConfig:
        """What the form holds now."""
        return WebhookConfig(**{f.name: self.editors[f.name].get() for f in FIELDS})

    def set_value(self, config: WebhookConfig, names: Iterable[str] | None = None) -> None:
        """Fill the editors of ``names`` (default: every field) from ``config``."""
        wanted = set(names) if names is not None else {f.name for f in FIELDS}
        for spec in FIELDS:
            if spec.name in wanted:
                self.editors[spec.name].set(config.get(spec))

    def show_problems(self, problems: list[Problem]) -> QWidget | None:
        """Show each problem under its field (clearing the others); the widget of the first
        error, which the caller focuses."""
        by_key = {f.problem_key: f.name for f in FIELDS}
        self.clear_messages()
        first: QWidget | None = None
        for problem in problems:
            editor = self.editors[by_key.get(problem.field, problem.field)]
            if problem.is_error:
                editor.message.show_error(problem.message)
                first = first or editor.focus
            else:
                editor.message.show_warning(problem.message)
        return first

    def clear_messages(self) -> None:
        for editor in self.editors.values():
            editor.message.clear_message()

    def first_empty_required(self, required: Iterable[str]) -> QWidget | None:
        """The widget of the first of ``required`` (in form order) that is still empty."""
        for name in required:
            if not self.editors[name].get():
                return self.editors[name].focus
        return None

    def message(self, name: str) -> FieldMessage:
        return self.editors[name].message

    def focus(self, name: str) -> None:
        self.editors[name].focus.setFocus(Qt.FocusReason.OtherFocusReason)
