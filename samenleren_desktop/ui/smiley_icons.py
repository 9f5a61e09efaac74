"""The five smileys, drawn with QPainter so they are sharp at any size and need no image files.

1 is a sad red face, 3 a neutral yellow one, 5 a big green laugh. The face never relies on
colour alone: the mouth shape differs for every value, and screens show the words beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QIcon,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QSizePolicy,
    QWidget,
)
from typing_extensions import override

SMILEY_VALUES = (1, 2, 3, 4, 5)

_FILL = {1: "#E57373", 2: "#FFB74D", 3: "#FFE082", 4: "#AED581", 5: "#66BB6A"}
_LINE = QColor("#3A2A1A")
# How far the corners of the mouth sit above (+) or below (-) its middle, as part of the face.
_CURVE = {1: -0.16, 2: -0.07, 3: 0.0, 4: 0.09, 5: 0.17}


def smiley_label(waarde: int) -> str:
    """The words for a smiley value, in the user's language ('Gaat wel')."""
    labels = {
        1: QCoreApplication.translate("Smiley", "Heel slecht"),
        2: QCoreApplication.translate("Smiley", "Slecht"),
        3: QCoreApplication.translate("Smiley", "Gaat wel"),
        4: QCoreApplication.translate("Smiley", "Goed"),
        5: QCoreApplication.translate("Smiley", "Heel goed"),
    }
    return labels[waarde]


def smiley_colour(waarde: int) -> QColor:
    """The face colour of a smiley value."""
    return QColor(_FILL[waarde])


def paint_smiley(painter: QPainter, rect: QRectF, waarde: int, dimmed: bool = False) -> None:
    """Draw the smiley for `waarde` (1-5) centred in `rect`.

    Args:
        painter: an active painter.
        rect: where to draw; the face is a circle fitting inside it.
        waarde: 1 (sad) to 5 (very happy).
        dimmed: draw it pale (e.g. a smiley that is not chosen).
    """
    size = min(rect.width(), rect.height())
    face = QRectF(0, 0, size, size)
    face.moveCenter(rect.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if dimmed:
        painter.setOpacity(0.45)
    line = max(1.5, size / 22)
    painter.setPen(QPen(_LINE, line))
    painter.setBrush(smiley_colour(waarde))
    painter.drawEllipse(face.adjusted(line / 2, line / 2, -line / 2, -line / 2))
    _paint_eyes(painter, face, waarde)
    _paint_mouth(painter, face, waarde, line)
    painter.restore()


def _paint_eyes(painter: QPainter, face: QRectF, waarde: int) -> None:
    size = face.width()
    eye = size * 0.09
    y = face.top() + size * 0.38
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_LINE)
    for x in (face.left() + size * 0.34, face.left() + size * 0.66):
        if waarde == 5:  # laughing eyes: closed, curved upwards
            path = QPainterPath(QPointF(x - eye, y + eye * 0.3))
            path.quadTo(QPointF(x, y - eye * 1.2), QPointF(x + eye, y + eye * 0.3))
            pen = QPen(_LINE, size / 18)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        else:
            painter.drawEllipse(QPointF(x, y), eye * 0.8, eye)


def _paint_mouth(painter: QPainter, face: QRectF, waarde: int, line: float) -> None:
    size = face.width()
    left = QPointF(face.left() + size * 0.28, face.top() + size * 0.66)
    right = QPointF(face.left() + size * 0.72, face.top() + size * 0.66)
    bend = _CURVE[waarde] * size
    left.setY(left.y() - bend / 2)
    right.setY(right.y() - bend / 2)
    middle = QPointF(face.center().x(), face.top() + size * 0.66 + bend * 1.5)
    path = QPainterPath(left)
    path.quadTo(middle, right)
    pen = QPen(_LINE, line * 1.3)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    if waarde == 5:  # an open laughing mouth
        path.closeSubpath()
        painter.setBrush(QColor("#7A2E1F"))
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def smiley_pixmap(waarde: int, size: int, dimmed: bool = False, ratio: float = 1.0) -> QPixmap:
    """A transparent pixmap of `size` × `size` logical pixels with the smiley drawn on it."""
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_smiley(painter, QRectF(0, 0, size, size), waarde, dimmed)
    painter.end()
    return pixmap


def smiley_icon(waarde: int, size: int = 48) -> QIcon:
    """An icon of the smiley, e.g. for buttons and table cells."""
    return QIcon(smiley_pixmap(waarde, size, ratio=2.0))


class SmileyButton(QAbstractButton):
    """One big smiley to tap, with its words underneath; checked when it is the chosen score.

    Space, Enter or a click chooses it. The focus shows as a thick orange ring.
    """

    def __init__(self, waarde: int, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.waarde = waarde
        self._size = size
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setText(smiley_label(waarde))
        self.setAccessibleName(
            QCoreApplication.translate("Smiley", "Smiley {n}: {label}").format(
                n=waarde, label=smiley_label(waarde)
            )
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    @override
    def sizeHint(self) -> QSize:
        text = self.fontMetrics().boundingRect(self.text())
        return QSize(max(self._size, text.width()) + 16, self._size + text.height() + 22)

    @override
    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            event.ignore()  # the picker moves the focus
            return
        super().keyPressEvent(event)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        if self.isChecked():
            painter.setPen(QPen(QColor("#1A5FB4"), 4))
            painter.setBrush(QColor("#E3EEFB"))
            painter.drawRoundedRect(area, 14, 14)
        if self.hasFocus():
            painter.setPen(QPen(QColor("#F5A623"), 4, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(area, 14, 14)
        face = QRectF(0, 8, self.width(), self._size)
        unchosen = self.group() is not None and self.group().checkedButton() not in (None, self)
        paint_smiley(painter, face, self.waarde, dimmed=unchosen)
        painter.setPen(QColor("#202020"))
        text = QRectF(0, 8 + self._size + 4, self.width(), self.height() - self._size - 12)
        painter.drawText(
            text, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.text()
        )
        painter.end()


class SmileyPicker(QWidget):
    """Five smileys in a row; the keys 1-5 choose one, arrows move between them.

    Signals:
        chosen: the value (1-5) the user chose.
    """

    chosen = Signal(int)

    def __init__(self, size: int = 56, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(max(4, size // 8))
        self.buttons: list[SmileyButton] = []
        for waarde in SMILEY_VALUES:
            button = SmileyButton(waarde, size, self)
            self._group.addButton(button, waarde)
            self.buttons.append(button)
            row.addWidget(button)
        self._group.idClicked.connect(self._on_group_id_clicked)
        self._group.buttonToggled.connect(lambda *_: self._repaint_buttons())
        self.setFocusProxy(self.buttons[2])

    def value(self) -> int | None:
        """The chosen value, or None."""
        checked = self._group.checkedId()
        return checked if checked in SMILEY_VALUES else None

    def set_value(self, waarde: int | None) -> None:
        """Show a stored value as chosen (None: nothing chosen), without emitting `chosen`."""
        self._group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(button.waarde == waarde)
        self._group.setExclusive(True)
        self._repaint_buttons()

    def _repaint_buttons(self) -> None:
        for button in self.buttons:
            button.update()

    @Slot(int)
    def _on_group_id_clicked(self, waarde: int) -> None:
        self.chosen.emit(waarde)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        digit = _DIGITS.get(Qt.Key(event.key()))
        if digit is not None:
            self.buttons[digit - 1].setFocus()
            self.buttons[digit - 1].click()
            return
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        focused = next((b for b in self.buttons if b is self.focusWidget()), None)
        if step is not None and focused is not None:
            index = min(max(focused.waarde - 1 + step, 0), len(self.buttons) - 1)
            self.buttons[index].setFocus()
            return
        super().keyPressEvent(event)


_DIGITS = {
    Qt.Key.Key_1: 1,
    Qt.Key.Key_2: 2,
    Qt.Key.Key_3: 3,
    Qt.Key.Key_4: 4,
    Qt.Key.Key_5: 5,
}
