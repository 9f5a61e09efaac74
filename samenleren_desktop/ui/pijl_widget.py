"""The trajectpijl drawn as an arrow of steps, grouped by phase.

Each step is a chevron that shows its status three ways, so it never relies on colour alone:
a colour, an icon (✓ done, → next, ! te laat, ↷ overgeslagen, ○ nog te doen) and words (the step,
its status and its date). The arrow wraps onto more rows when the widget is narrow or the font
is large. Left/Right move the focus over the steps; Enter, Space or a click activates one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget
from typing_extensions import override

from samenleren_desktop.model.rules import Stap, StepState, StepStatus


@dataclass(frozen=True)
class _Look:
    """How one kind of step is painted."""

    fill: str
    border: str
    text: str
    icon: str
    dashed: bool = False


_LOOKS: dict[str, _Look] = {
    "done": _Look("#E4F3E6", "#2E7D32", "#1B4D1F", "✓"),
    "next": _Look("#1A5FB4", "#0D3C78", "#FFFFFF", "→"),
    "overdue": _Look("#FCE4E4", "#B3261E", "#7A1812", "!"),
    "skipped": _Look("#F1F1F1", "#8A8A8A", "#4A4A4A", "↷", dashed=True),
    "open": _Look("#FFFFFF", "#9AA0A6", "#303030", "○"),
}
_FOCUS = QColor("#F5A623")
_GAP = 6


def look_key(state: StepState) -> str:
    """Which look a step gets: overdue beats next and open."""
    if state.status in (StepStatus.NEXT, StepStatus.OPEN) and state.overdue:
        return "overdue"
    return state.status.value


class PijlWidget(QWidget):
    """The trajectpijl of one traject.

    Signals:
        step_activated: (stap value) the coach clicked a step or pressed Enter/Space on it.
    """

    step_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._states: list[StepState] = []
        self._current = 0
        self._rects: list[QRect] = []
        self._phase_bars: list[tuple[QRect, str]] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Trajectpijl"))

    # --- data -------------------------------------------------------------------------------

    def set_pijl(self, states: list[StepState]) -> None:
        """Show these steps; the focus goes to the next step (or stays where it was)."""
        keep = self.current_step()
        self._states = list(states)
        stappen = [s.stap.value for s in self._states]
        if keep in stappen:
            self._current = stappen.index(keep)
        else:
            self._current = next(
                (i for i, s in enumerate(self._states) if s.status is StepStatus.NEXT), 0
            )
        self._relayout()
        self._describe_current()

    def states(self) -> list[StepState]:
        """The steps shown, in the order of the arrow."""
        return list(self._states)

    def current_step(self) -> str | None:
        """The step with the keyboard focus, or None when nothing is shown."""
        if not self._states:
            return None
        return self._states[self._current].stap.value

    def set_current_step(self, stap: str) -> None:
        """Move the focus to a step (without activating it)."""
        for i, state in enumerate(self._states):
            if state.stap.value == stap:
                self._move_to(i)

    def step_rect(self, stap: str) -> QRect:
        """Where a step is drawn (for tests and tooltips)."""
        for state, rect in zip(self._states, self._rects, strict=False):
            if state.stap.value == stap:
                return QRect(rect)
        return QRect()

    def step_text(self, state: StepState) -> str:
        """The whole step in words: name, status, dates and reason."""
        return ". ".join([state.label, *self.step_lines(state)]) + "."

    def step_lines(self, state: StepState) -> list[str]:
        """The status, the dates and the reason of a step, one short line each."""
        lines = [self._status_text(state)]
        if state.gedaan_op is not None:
            lines.append(self.tr("Gedaan op %1").replace("%1", f"{state.gedaan_op:%d-%m-%Y}"))
        elif state.status is not StepStatus.SKIPPED:
            if state.uiterste_datum is not None:
                lines.append(
                    self.tr("Uiterlijk %1").replace("%1", f"{state.uiterste_datum:%d-%m-%Y}")
                )
            if state.gepland_op is not None:
                lines.append(self.tr("Gepland %1").replace("%1", f"{state.gepland_op:%d-%m-%Y}"))
        if state.reden:
            lines.append(self.tr("Reden: %1").replace("%1", state.reden))
        return lines

    # --- words ------------------------------------------------------------------------------

    def _status_text(self, state: StepState) -> str:
        key = look_key(state)
        return {
            "done": self.tr("Gedaan"),
            "next": self.tr("Volgende stap"),
            "overdue": self.tr("Te laat"),
            "skipped": self.tr("Overgeslagen"),
            "open": self.tr("Nog te doen"),
        }[key]

    def _date_text(self, state: StepState) -> str:
        """The one date that fits on the step: done, due when late, else planned or due."""
        if state.gedaan_op is not None:
            return self.tr("op %1").replace("%1", f"{state.gedaan_op:%d-%m-%Y}")
        if state.status is StepStatus.SKIPPED:
            return state.reden
        if state.overdue and state.uiterste_datum is not None:
            return self.tr("uiterlijk %1").replace("%1", f"{state.uiterste_datum:%d-%m-%Y}")
        if state.gepland_op is not None:
            return self.tr("gepland %1").replace("%1", f"{state.gepland_op:%d-%m-%Y}")
        if state.uiterste_datum is not None:
            return self.tr("uiterlijk %1").replace("%1", f"{state.uiterste_datum:%d-%m-%Y}")
        return ""

    # --- geometry ---------------------------------------------------------------------------

    def _cell_size(self) -> QSize:
        """Wide enough for the longest word of any step, the status and a date."""
        fm = QFontMetrics(self.font())
        bold = QFontMetrics(self._phase_font())
        words = [word for stap in Stap for word in stap.label.split()]
        texts = [
            max((fm.horizontalAdvance(w) for w in words), default=0),
            fm.horizontalAdvance(self.tr("uiterlijk %1").replace("%1", "30-09-2026")),
            bold.horizontalAdvance(self.tr("Volgende stap")) + fm.height() + 12,
        ]
        width = max(texts) + 2 * min(16, max(texts) // 6) + 16
        return QSize(max(width, 120), fm.height() * 5 + 22)

    def _phase_height(self) -> int:
        return QFontMetrics(self._phase_font()).height() + 10

    def _phase_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _per_row(self, width: int) -> int:
        cell = self._cell_size().width()
        return max(1, (width - 4 + _GAP) // (cell + _GAP))

    @override
    def hasHeightForWidth(self) -> bool:
        return True

    @override
    def heightForWidth(self, width: int) -> int:
        count = max(1, len(self._states))
        per_row = self._per_row(width)
        rows = -(-count // per_row)
        return rows * (self._phase_height() + self._cell_size().height() + _GAP) + 4

    @override
    def sizeHint(self) -> QSize:
        cell = self._cell_size()
        width = min(len(self._states) or 1, 7) * (cell.width() + _GAP)
        return QSize(width, self.heightForWidth(width))

    @override
    def minimumSizeHint(self) -> QSize:
        cell = self._cell_size()
        return QSize(cell.width() + 8, self._phase_height() + cell.height())

    def _relayout(self) -> None:
        cell = self._cell_size()
        per_row = self._per_row(self.width())
        row_height = self._phase_height() + cell.height() + _GAP
        self._rects = []
        self._phase_bars = []
        for i, _state in enumerate(self._states):
            row, col = divmod(i, per_row)
            x = 2 + col * (cell.width() + _GAP)
            y = 2 + row * row_height + self._phase_height()
            self._rects.append(QRect(x, y, cell.width(), cell.height()))
        for i, state in enumerate(self._states):
            rect = self._rects[i]
            label = state.fase.label
            starts = i == 0 or self._states[i - 1].fase is not state.fase or rect.x() <= 2
            if starts:
                bar = QRect(rect.x(), rect.y() - self._phase_height(), rect.width(), 0)
                self._phase_bars.append((bar, label))
            else:
                bar, label = self._phase_bars[-1]
                bar.setRight(rect.right())
        self.updateGeometry()
        self.update()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._relayout()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._relayout()
        super().changeEvent(event)

    # --- painting ---------------------------------------------------------------------------

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_phases(painter)
        for i, (state, rect) in enumerate(zip(self._states, self._rects, strict=False)):
            self._paint_step(painter, state, rect, focused=i == self._current)
        painter.end()

    def _paint_phases(self, painter: QPainter) -> None:
        painter.setFont(self._phase_font())
        fm = QFontMetrics(self._phase_font())
        for bar, label in self._phase_bars:
            text_rect = QRect(bar.x() + 4, bar.y(), bar.width() - 8, fm.height())
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignLeft,
                fm.elidedText(label, Qt.TextElideMode.ElideRight, text_rect.width()),
            )
            y = bar.y() + fm.height() + 4
            painter.setPen(QPen(QColor("#9AA0A6"), 2))
            painter.drawLine(bar.x() + 4, y, bar.right() - 4, y)
        painter.setFont(self.font())

    def _chevron(self, rect: QRect, first: bool) -> QPolygonF:
        r = QRectF(rect).adjusted(1, 1, -1, -1)
        tip = min(16.0, r.width() / 8)
        mid = r.center().y()
        points = [
            QPointF(r.left(), r.top()),
            QPointF(r.right() - tip, r.top()),
            QPointF(r.right(), mid),
            QPointF(r.right() - tip, r.bottom()),
            QPointF(r.left(), r.bottom()),
        ]
        if not first:
            points.append(QPointF(r.left() + tip, mid))
        return QPolygonF(points)

    def _paint_step(self, painter: QPainter, state: StepState, rect: QRect, focused: bool) -> None:
        look = _LOOKS[look_key(state)]
        first = state.stap.volgnummer == 0
        pen = QPen(QColor(look.border), 2)
        if look.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(look.fill))
        painter.drawPolygon(self._chevron(rect, first))
        if focused and self.hasFocus():
            painter.setPen(QPen(_FOCUS, 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(-1, -1, 1, 1), 4, 4)
        self._paint_contents(painter, state, rect, look)

    def _paint_contents(
        self, painter: QPainter, state: StepState, rect: QRect, look: _Look
    ) -> None:
        fm = QFontMetrics(self.font())
        tip = min(16, rect.width() // 8)
        inner = rect.adjusted(tip + 6, 6, -tip - 4, -6)
        size = fm.height() + 6
        badge = QRect(inner.x(), inner.y(), size, size)
        painter.setPen(QPen(QColor(look.text), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(badge)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, look.icon)
        status_rect = QRect(badge.right() + 6, inner.y(), inner.right() - badge.right() - 6, size)
        painter.drawText(
            status_rect,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(bold).elidedText(
                self._status_text(state), Qt.TextElideMode.ElideRight, status_rect.width()
            ),
        )
        painter.setFont(self.font())
        label_rect = QRect(inner.x(), badge.bottom() + 4, inner.width(), fm.height() * 3)
        painter.drawText(
            label_rect, Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, state.label
        )
        date_rect = QRect(inner.x(), inner.bottom() - fm.height(), inner.width(), fm.height())
        painter.drawText(
            date_rect,
            Qt.AlignmentFlag.AlignLeft,
            fm.elidedText(self._date_text(state), Qt.TextElideMode.ElideRight, inner.width()),
        )

    # --- interaction ------------------------------------------------------------------------

    def _index_at(self, pos: QPoint) -> int | None:
        for i, rect in enumerate(self._rects):
            if rect.contains(pos):
                return i
        return None

    def _move_to(self, index: int) -> None:
        if not self._states:
            return
        self._current = max(0, min(index, len(self._states) - 1))
        self._describe_current()
        self.update()

    def _describe_current(self) -> None:
        if self._states:
            self.setAccessibleDescription(self.step_text(self._states[self._current]))

    def _activate(self, index: int) -> None:
        self._move_to(index)
        self.step_activated.emit(self._states[self._current].stap.value)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if not self._states:
            super().keyPressEvent(event)
            return
        moves = {
            Qt.Key.Key_Left: self._current - 1,
            Qt.Key.Key_Right: self._current + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self._states) - 1,
        }
        if key in moves:
            self._move_to(moves[Qt.Key(key)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate(self._current)
        else:
            super().keyPressEvent(event)

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._index_at(event.position().toPoint())
        if index is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._activate(index)

    @override
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._index_at(event.pos())
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.step_text(self._states[index]), self)
            return True
        return super().event(event)

    @override
    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
