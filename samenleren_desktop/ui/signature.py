"""A pad on which a parent signs with a mouse, a finger (touch) or a pen (tablet).

Strokes are kept as lists of points and drawn as smooth curves; `to_png()` renders them on a
white background, trimmed to the signature and scaled to a small size for the workspace.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget
from typing_extensions import override

INK = QColor("#1a237e")
PEN_WIDTH = 3.0
MARGIN = 12
MAX_PNG_WIDTH = 600
MAX_PNG_HEIGHT = 240

Stroke = list[QPointF]


def stroke_path(stroke: Stroke) -> QPainterPath:
    """A smooth path through the points of one stroke (quadratic curves via midpoints)."""
    path = QPainterPath(stroke[0])
    if len(stroke) == 1:
        path.lineTo(stroke[0] + QPointF(0.1, 0.1))
        return path
    for point, following in itertools.pairwise(stroke[1:]):
        path.quadTo(point, (point + following) / 2)
    path.lineTo(stroke[-1])
    return path


class SignaturePad(QWidget):
    """The drawing surface, with an "Opnieuw" button in its corner.

    Signals:
        changed: a stroke was added or the pad was cleared.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._drawing = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(420, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Handtekening van de ouder"))
        self.setAccessibleDescription(
            self.tr("Teken met de muis, een vinger of een pen. Delete wist de handtekening.")
        )
        self.clear_button = QPushButton(self.tr("Op&nieuw"), self)
        self.clear_button.setAccessibleName(self.tr("Handtekening wissen en opnieuw tekenen"))
        self.clear_button.setMinimumHeight(40)
        self.clear_button.clicked.connect(self.clear)

    @override
    def sizeHint(self) -> QSize:
        return QSize(560, 240)

    def is_empty(self) -> bool:
        """True while nothing has been drawn."""
        return not self._strokes

    def clear(self) -> None:
        """Wipe the signature."""
        self._strokes.clear()
        self._drawing = False
        self.update()
        self.changed.emit()

    # --- input ------------------------------------------------------------------------------

    def _begin(self, point: QPointF) -> None:
        self._strokes.append([point])
        self._drawing = True
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self._drawing and self._strokes:
            stroke = self._strokes[-1]
            if (point - stroke[-1]).manhattanLength() >= 1.0:
                stroke.append(point)
                self.update()

    def _end(self, point: QPointF) -> None:
        if self._drawing:
            self._extend(point)
            self._drawing = False
            self.changed.emit()

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
        event.accept()

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())
        event.accept()

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position())
        event.accept()

    @override
    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()  # no synthesised mouse events on top of the pen

    @override
    def event(self, event: QEvent) -> bool:
        kind = event.type()
        touch = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd)
        if kind in touch and isinstance(event, QTouchEvent):
            points = event.points()
            if points:
                position = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(position)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(position)
                else:
                    self._end(position)
            event.accept()
            return True
        return super().event(event)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
            return
        super().keyPressEvent(event)

    # --- drawing ----------------------------------------------------------------------------

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        hint = self.clear_button.sizeHint()
        self.clear_button.resize(hint.width() + 16, max(40, hint.height()))
        self.clear_button.move(
            self.width() - self.clear_button.width() - 8,
            self.height() - self.clear_button.height() - 8,
        )

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        border = QColor("#1565c0") if self.hasFocus() else QColor("#9e9e9e")
        painter.setPen(QPen(border, 2))
        painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        baseline = self.height() - 64
        painter.setPen(QPen(QColor("#bdbdbd"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(24, baseline, self.width() - 24, baseline)
        if self.is_empty():
            painter.setPen(QColor("#757575"))
            painter.drawText(
                QRectF(24, 0, self.width() - 48, baseline - 8),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Teken hier uw handtekening"),
            )
        self._paint_strokes(painter)
        painter.end()

    def _paint_strokes(self, painter: QPainter) -> None:
        pen = QPen(INK, PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for stroke in self._strokes:
            painter.drawPath(stroke_path(stroke))

    # --- export -----------------------------------------------------------------------------

    def to_png(self) -> bytes:
        """The signature as PNG bytes: white background, trimmed, at most 600 x 240 pixels.

        Returns empty bytes when nothing was drawn.
        """
        if self.is_empty():
            return b""
        bounds = QRectF()
        for stroke in self._strokes:
            bounds = bounds.united(stroke_path(stroke).boundingRect())
        bounds.adjust(-MARGIN, -MARGIN, MARGIN, MARGIN)
        scale = min(1.0, MAX_PNG_WIDTH / bounds.width(), MAX_PNG_HEIGHT / bounds.height())
        image = QImage(
            max(1, round(bounds.width() * scale)),
            max(1, round(bounds.height() * scale)),
            QImage.Format.Format_RGB32,
        )
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(-bounds.topLeft())
        self._paint_strokes(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes; runtime wants str
        buffer.close()
        return bytes(data.data())
