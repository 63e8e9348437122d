"""A small painted timeline of delivery attempts: the first try, then each retry."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.i18n import translate
from ...core.retry_schedule import format_duration, give_up_after, retry_times
from ..theme import Tone, tone_colour


class RetryTimeline(QWidget):
    """Ticks at 0 s (first delivery) and at every retry, labelled with the total."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retryTimeline")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("RetryTimeline", "Retry timeline"))
        self.delay = 2
        self.attempts = 15

    def set_schedule(self, delay: int, attempts: int) -> None:
        self.delay, self.attempts = delay, attempts
        times = translate("RetryTimeline", ", ").join(
            format_duration(t) for t in retry_times(delay, attempts)[:8])
        if attempts > 8:
            times = translate("RetryTimeline", "{times} …").format(times=times)
        self.setToolTip(translate("RetryTimeline", "Retries at {times}").format(times=times))
        self.setAccessibleDescription(self.toolTip())
        self.update()

    def tick_positions(self, width: float) -> list[float]:
        """x of every tick (first delivery included) for a drawing ``width`` wide."""
        total = give_up_after(self.delay, self.attempts) or 1
        return [width * t / total for t in [0, *retry_times(self.delay, self.attempts)]]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, 30)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(80, 30)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        margin = 6.0
        width = self.width() - 2 * margin
        base = 10.0
        painter.setPen(text_colour)
        painter.drawLine(QPointF(margin, base), QPointF(margin + width, base))
        mirrored = self.layoutDirection() == Qt.LayoutDirection.RightToLeft  # time runs leftward
        for i, x in enumerate(self.tick_positions(width)):
            x = width - x if mirrored else x
            colour = tone_colour(Tone.INFO if i == 0 else Tone.WARNING, self.palette())
            painter.setPen(colour)
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(margin + x, base), 3.0, 3.0)
        painter.setPen(text_colour)
        font = painter.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 6.0))
        painter.setFont(font)
        rect = QRectF(margin, base + 4, width, self.height() - base - 4)
        # Left and right swap by themselves in a right-to-left layout (not AlignAbsolute).
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, translate("RetryTimeline", "first try"))
        total = format_duration(give_up_after(self.delay, self.attempts))
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight,
                         translate("RetryTimeline", "gives up after {total}").format(total=total))
        painter.end()
