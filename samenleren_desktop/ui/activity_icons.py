"""Simple pictograms for informatiemap activities and for the eight goals, drawn with QPainter.

Each activity in the content has an `icon` keyword ("boek", "stoplicht", ...); each goal gets a
picture of its own (a heart for positieve aandacht). Nothing is downloaded or shipped as an image:
every picture is a few shapes in a 100 × 100 box, scaled to the size asked for. Unknown keywords
get the first letter of the activity, so a new activity in the content still gets a tile.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

Drawer = Callable[[QPainter], None]
_INK = QColor("#2B2B2B")
_PAPER = QColor("#FFFFFF")


def _pen(painter: QPainter, width: float = 5, colour: QColor = _INK) -> None:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)


def _text(text: str, size: int = 34) -> Drawer:
    def draw(painter: QPainter) -> None:
        font = QFont()
        font.setPixelSize(size)
        font.setBold(True)
        painter.setFont(font)
        _pen(painter)
        painter.drawText(QRectF(0, 0, 100, 100), Qt.AlignmentFlag.AlignCenter, text)

    return draw


def _book(painter: QPainter) -> None:
    _pen(painter)
    painter.setBrush(_PAPER)
    painter.drawPolygon(
        QPolygonF([QPointF(50, 30), QPointF(14, 22), QPointF(14, 76), QPointF(50, 84)])
    )
    painter.drawPolygon(
        QPolygonF([QPointF(50, 30), QPointF(86, 22), QPointF(86, 76), QPointF(50, 84)])
    )
    for y in (40, 52, 64):
        painter.drawLine(QPointF(22, y - 6), QPointF(42, y - 2))
        painter.drawLine(QPointF(58, y - 2), QPointF(78, y - 6))


def _books(painter: QPainter) -> None:
    _pen(painter)
    for x, colour in ((18, "#E57373"), (38, "#64B5F6"), (58, "#FFD54F")):
        painter.setBrush(QColor(colour))
        painter.drawRect(QRectF(x, 22, 18, 62))
    painter.setBrush(QColor("#81C784"))
    painter.save()
    painter.translate(78, 84)
    painter.rotate(-15)
    painter.drawRect(QRectF(0, -60, 14, 60))
    painter.restore()


def _cards(painter: QPainter) -> None:
    _pen(painter)
    painter.setBrush(QColor("#90CAF9"))
    painter.drawRoundedRect(QRectF(14, 26, 38, 52), 6, 6)
    painter.setBrush(_PAPER)
    painter.drawRoundedRect(QRectF(48, 20, 38, 52), 6, 6)
    painter.setBrush(QColor("#F06292"))
    painter.drawEllipse(QPointF(67, 46), 10, 10)


def _suitcase(painter: QPainter) -> None:
    _pen(painter)
    painter.setBrush(QColor("#A1887F"))
    painter.drawRoundedRect(QRectF(14, 34, 72, 48), 8, 8)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(38, 20, 24, 14), 4, 4)
    painter.drawLine(QPointF(14, 52), QPointF(86, 52))


def _bag(painter: QPainter) -> None:
    _pen(painter)
    painter.setBrush(QColor("#FFCC80"))
    painter.drawPolygon(
        QPolygonF([QPointF(22, 38), QPointF(78, 38), QPointF(84, 86), QPointF(16, 86)])
    )
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(36, 20, 28, 36), 0, 180 * 16)
    painter.setBrush(QColor("#66BB6A"))
    painter.drawEllipse(QPointF(50, 60), 8, 8)


def _grid(painter: QPainter, dots: bool) -> None:
    _pen(painter)
    painter.setBrush(_PAPER)
    painter.drawRoundedRect(QRectF(14, 18, 72, 66), 6, 6)
    for i in (1, 2):
        painter.drawLine(QPointF(14 + i * 24, 18), QPointF(14 + i * 24, 84))
        painter.drawLine(QPointF(14, 18 + i * 22), QPointF(86, 18 + i * 22))
    painter.setBrush(QColor("#E57373") if dots else QColor("#64B5F6"))
    painter.setPen(Qt.PenStyle.NoPen)
    for col, row in ((0, 0), (1, 1), (2, 2), (2, 0)):
        centre = QPointF(26 + col * 24, 29 + row * 22)
        if dots:
            painter.drawEllipse(centre, 7, 7)
        else:
            painter.drawRect(QRectF(centre.x() - 9, centre.y() - 7, 18, 14))


def _clock(painter: QPainter) -> None:
    _pen(painter)
    painter.setBrush(_PAPER)
    painter.drawEllipse(QPointF(50, 52), 34, 34)
    painter.drawLine(QPointF(50, 52), QPointF(50, 30))
    painter.drawLine(QPointF(50, 52), QPointF(66, 60))


def _die(painter: QPainter) -> None:
    _pen(painter)
    painter.setBrush(_PAPER)
    painter.drawRoundedRect(QRectF(20, 20, 60, 60), 12, 12)
    painter.setBrush(_INK)
    for x, y in ((35, 35), (65, 35), (50, 50), (35, 65), (65, 65)):
        painter.drawEllipse(QPointF(x, y), 5, 5)


def _feet(painter: QPainter) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#8D6E63"))
    for x, y in ((20, 50), (56, 22)):
        painter.drawEllipse(QRectF(x, y, 22, 34))
        for i in range(4):
            painter.drawEllipse(QPointF(x + 3 + i * 5.5, y - 5 + abs(1.5 - i)), 3.2, 3.2)


def _shop(painter: QPainter) -> None:
    _pen(painter)
    painter.setBrush(_PAPER)
    painter.drawRect(QRectF(18, 44, 64, 40))
    for i, colour in enumerate(("#E57373", _PAPER, "#E57373", _PAPER)):
        painter.setBrush(QColor(colour))
        painter.drawRect(QRectF(14 + i * 18, 26, 18, 18))
    painter.setBrush(QColor("#90CAF9"))
    painter.drawRect(QRectF(44, 58, 18, 26))


def _pan(painter: QPainter) -> None:
    _pen(painter)
    painter.setBrush(QColor("#B0BEC5"))
    painter.drawRoundedRect(QRectF(18, 44, 54, 34), 6, 6)
    painter.drawLine(QPointF(72, 52), QPointF(90, 48))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for x in (32, 46, 60):
        painter.drawArc(QRectF(x - 4, 20, 8, 18), 90 * 16, 180 * 16)


def _screen(painter: QPainter, stand: bool) -> None:
    _pen(painter)
    painter.setBrush(QColor("#90CAF9"))
    painter.drawRoundedRect(QRectF(14, 20, 72, 48), 6, 6)
    if stand:
        painter.drawLine(QPointF(50, 68), QPointF(50, 80))
        painter.drawLine(QPointF(34, 82), QPointF(66, 82))
    else:
        painter.drawLine(QPointF(36, 80), QPointF(50, 68))
        painter.drawLine(QPointF(64, 80), QPointF(50, 68))


def _eye(painter: QPainter) -> None:
    _pen(painter)
    painter.setBrush(_PAPER)
    path = QPainterPath(QPointF(12, 50))
    path.quadTo(QPointF(50, 14), QPointF(88, 50))
    path.quadTo(QPointF(50, 86), QPointF(12, 50))
    painter.drawPath(path)
    painter.setBrush(QColor("#5D4037"))
    painter.drawEllipse(QPointF(50, 50), 13, 13)


def _star(painter: QPainter) -> None:
    _pen(painter)
    painter.setBrush(QColor("#FFD54F"))
    points = [
        (50, 12),
        (61, 38),
        (89, 40),
        (67, 58),
        (74, 86),
        (50, 71),
        (26, 86),
        (33, 58),
        (11, 40),
        (39, 38),
    ]
    painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))


def _box(painter: QPainter) -> None:
    _pen(painter)
    painter.setBrush(QColor("#F48FB1"))
    painter.drawRect(QRectF(20, 40, 60, 44))
    painter.setBrush(QColor("#F06292"))
    painter.drawRect(QRectF(14, 28, 72, 14))
    _heart_at(painter, QPointF(50, 62), 10)


def _heart_at(painter: QPainter, centre: QPointF, r: float) -> None:
    path = QPainterPath(QPointF(centre.x(), centre.y() + r * 1.6))
    path.cubicTo(
        centre.x() - r * 2.6,
        centre.y() - r * 0.2,
        centre.x() - r,
        centre.y() - r * 2.2,
        centre.x(),
        centre.y() - r * 0.7,
    )
    path.cubicTo(
        centre.x() + r,
        centre.y() - r * 2.2,
        centre.x() + r * 2.6,
        centre.y() - r * 0.2,
        centre.x(),
        centre.y() + r * 1.6,
    )
    painter.setBrush(QColor("#E53935"))
    painter.drawPath(path)


def _heart(painter: QPainter) -> None:
    _pen(painter)
    _heart_at(painter, QPointF(50, 50), 22)


def _face(painter: QPainter) -> None:
    _pen(painter)
    painter.setBrush(QColor("#FFE082"))
    painter.drawEllipse(QPointF(38, 50), 24, 24)
    painter.setBrush(QColor("#90CAF9"))
    painter.drawEllipse(QPointF(66, 44), 20, 20)
    painter.drawArc(QRectF(28, 50, 20, 12), 200 * 16, 140 * 16)
    painter.drawArc(QRectF(58, 50, 16, 10), 20 * 16, 140 * 16)


def _talk(painter: QPainter) -> None:
    _pen(painter)
    painter.setBrush(QColor("#BBDEFB"))
    painter.drawRoundedRect(QRectF(10, 18, 52, 36), 12, 12)
    painter.setBrush(QColor("#C8E6C9"))
    painter.drawRoundedRect(QRectF(38, 48, 52, 34), 12, 12)


def _list(painter: QPainter) -> None:
    _pen(painter)
    painter.setBrush(_PAPER)
    painter.drawRoundedRect(QRectF(22, 14, 56, 74), 6, 6)
    for y in (32, 50, 68):
        painter.drawLine(QPointF(32, y), QPointF(38, y + 5))
        painter.drawLine(QPointF(38, y + 5), QPointF(46, y - 4))
        painter.drawLine(QPointF(52, y), QPointF(70, y))


def _traffic_light(painter: QPainter) -> None:
    _pen(painter)
    painter.setBrush(QColor("#455A64"))
    painter.drawRoundedRect(QRectF(32, 10, 36, 80), 10, 10)
    for y, colour in ((26, "#E53935"), (50, "#FFB300"), (74, "#43A047")):
        painter.setBrush(QColor(colour))
        painter.drawEllipse(QPointF(50, y), 10, 10)


def _scissors(painter: QPainter) -> None:
    _pen(painter, 6)
    painter.drawLine(QPointF(30, 16), QPointF(64, 66))
    painter.drawLine(QPointF(70, 16), QPointF(36, 66))
    painter.setBrush(QColor("#EF9A9A"))
    painter.drawEllipse(QPointF(30, 74), 11, 11)
    painter.drawEllipse(QPointF(70, 74), 11, 11)


def _beads(painter: QPainter) -> None:
    _pen(painter, 3)
    painter.drawLine(QPointF(10, 60), QPointF(90, 40))
    for i, colour in enumerate(("#E57373", "#64B5F6", "#FFD54F", "#81C784", "#BA68C8")):
        painter.setBrush(QColor(colour))
        painter.drawEllipse(QPointF(20 + i * 15, 57.5 - i * 3.75), 8, 8)


def _clay(painter: QPainter) -> None:
    _pen(painter)
    for centre, colour in (((34, 62), "#E57373"), ((64, 64), "#64B5F6"), ((50, 38), "#FFD54F")):
        painter.setBrush(QColor(colour))
        painter.drawEllipse(QPointF(*centre), 18, 14)


def _house(painter: QPainter, flag: bool = False) -> None:
    _pen(painter)
    painter.setBrush(QColor("#FFCC80"))
    painter.drawRect(QRectF(22, 48, 56, 38))
    painter.setBrush(QColor("#E57373"))
    painter.drawPolygon(QPolygonF([QPointF(14, 50), QPointF(50, 20), QPointF(86, 50)]))
    painter.setBrush(QColor("#90CAF9"))
    painter.drawRect(QRectF(42, 62, 16, 24))
    if flag:
        painter.drawLine(QPointF(50, 20), QPointF(50, 6))
        painter.setBrush(QColor("#1E88E5"))
        painter.drawRect(QRectF(50, 6, 14, 8))


def _calendar(painter: QPainter) -> None:
    _grid(painter, dots=False)
    _pen(painter)
    painter.drawLine(QPointF(34, 12), QPointF(34, 22))
    painter.drawLine(QPointF(66, 12), QPointF(66, 22))


def _notebook(painter: QPainter, ticks: bool) -> None:
    _pen(painter)
    painter.setBrush(QColor("#FFF9C4"))
    painter.drawRoundedRect(QRectF(22, 12, 58, 76), 4, 4)
    for y in (30, 44, 58, 72):
        painter.drawLine(QPointF(34, y), QPointF(70 if not ticks else 58, y))
    if ticks:
        _pen(painter, 5, QColor("#2E7D32"))
        painter.drawLine(QPointF(62, 44), QPointF(66, 50))
        painter.drawLine(QPointF(66, 50), QPointF(74, 38))


def _brush(painter: QPainter) -> None:
    _pen(painter)
    painter.setBrush(QColor("#A1887F"))
    painter.save()
    painter.translate(50, 50)
    painter.rotate(45)
    painter.drawRoundedRect(QRectF(-5, -40, 10, 50), 4, 4)
    painter.setBrush(QColor("#7E57C2"))
    path = QPainterPath(QPointF(-8, 10))
    path.lineTo(8, 10)
    path.quadTo(QPointF(6, 34), QPointF(0, 40))
    path.quadTo(QPointF(-6, 34), QPointF(-8, 10))
    painter.drawPath(path)
    painter.restore()


def _collage(painter: QPainter) -> None:
    _pen(painter)
    for rect, colour in (
        (QRectF(12, 16, 40, 32), "#90CAF9"),
        (QRectF(48, 24, 40, 32), "#FFCC80"),
        (QRectF(26, 50, 44, 34), "#A5D6A7"),
    ):
        painter.setBrush(QColor(colour))
        painter.drawRect(rect)
    painter.setBrush(_PAPER)
    painter.drawEllipse(QPointF(48, 66), 8, 8)


def _desk(painter: QPainter) -> None:
    _pen(painter)
    painter.drawLine(QPointF(12, 56), QPointF(88, 56))
    painter.drawLine(QPointF(20, 56), QPointF(20, 86))
    painter.drawLine(QPointF(80, 56), QPointF(80, 86))
    painter.setBrush(_PAPER)
    painter.drawRect(QRectF(30, 40, 26, 16))
    painter.drawLine(QPointF(62, 52), QPointF(76, 30))


def _bulb(painter: QPainter) -> None:
    _pen(painter)
    painter.setBrush(QColor("#FFEE58"))
    painter.drawEllipse(QPointF(50, 40), 24, 24)
    painter.setBrush(QColor("#B0BEC5"))
    painter.drawRect(QRectF(40, 64, 20, 16))
    for x1, y1, x2, y2 in ((50, 4, 50, 10), (14, 40, 20, 40), (80, 40, 86, 40)):
        painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))


_DRAWERS: dict[str, Drawer] = {
    "boek": _book,
    "bibliotheek": _books,
    "memory": _cards,
    "kaart": _cards,
    "koffer": _suitcase,
    "boodschappen": _bag,
    "schema": lambda p: _grid(p, dots=False),
    "kalender": _calendar,
    "bingo": lambda p: _grid(p, dots=True),
    "klok": _clock,
    "dobbelsteen": _die,
    "voetstappen": _feet,
    "winkel": _shop,
    "koken": _pan,
    "vraag": _text("?", 64),
    "tv": lambda p: _screen(p, stand=False),
    "computer": lambda p: _screen(p, stand=True),
    "oog": _eye,
    "ster": _star,
    "doos": _box,
    "gezicht": _face,
    "praten": _talk,
    "regels": _list,
    "stoplicht": _traffic_light,
    "schaar": _scissors,
    "kralen": _beads,
    "klei": _clay,
    "huis": _house,
    "school": lambda p: _house(p, flag=True),
    "schrift": lambda p: _notebook(p, ticks=False),
    "rapport": lambda p: _notebook(p, ticks=True),
    "kwast": _brush,
    "collage": _collage,
    "werkplek": _desk,
    "lamp": _bulb,
    "hart": _heart,
    "abc": _text("abc", 36),
    "123": _text("123", 36),
}

GOAL_ICONS: dict[int, str] = {
    1: "lamp",
    2: "abc",
    3: "123",
    4: "schaar",
    5: "school",
    6: "kalender",
    7: "stoplicht",
    8: "hart",
}
"""The picture of each goal (leerhouding, taal, rekenen, fijne motoriek, contact met school,
structuur, grenzen, positieve aandacht)."""


def has_pictogram(key: str) -> bool:
    """Whether a keyword has a drawn picture (else the tile shows a letter)."""
    return key in _DRAWERS


def paint_pictogram(painter: QPainter, rect: QRectF, key: str, fallback: str = "") -> None:
    """Draw the picture for `key` in the square centred in `rect`.

    Args:
        painter: an active painter.
        rect: where to draw.
        key: an icon keyword from the content, or a GOAL_ICONS value.
        fallback: text whose first letter is drawn when `key` has no picture.
    """
    size = min(rect.width(), rect.height())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(rect.center().x() - size / 2, rect.center().y() - size / 2)
    painter.scale(size / 100, size / 100)
    drawer = _DRAWERS.get(key) or _text((fallback or key or "?")[:1].upper(), 56)
    drawer(painter)
    painter.restore()


def pictogram_pixmap(key: str, size: int, fallback: str = "", ratio: float = 2.0) -> QPixmap:
    """A transparent pixmap of the picture for `key`."""
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_pictogram(painter, QRectF(0, 0, size, size), key, fallback)
    painter.end()
    return pixmap


def pictogram_icon(key: str, size: int = 48, fallback: str = "") -> QIcon:
    """An icon of the picture for `key`."""
    return QIcon(pictogram_pixmap(key, size, fallback))


def goal_pixmap(doel: int, size: int) -> QPixmap:
    """The picture of a goal."""
    return pictogram_pixmap(GOAL_ICONS.get(doel, ""), size, fallback=str(doel))


def goal_picture(doel: int, colour: str, size: int) -> QPixmap:
    """The goal's picture on a white disc with a ring in the goal's colour."""
    ratio = 2.0
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ring = max(2.0, size / 16)
    painter.setPen(QPen(QColor(colour), ring))
    painter.setBrush(_PAPER)
    painter.drawEllipse(QRectF(ring / 2, ring / 2, size - ring, size - ring))
    inset = size * 0.2
    paint_pictogram(
        painter,
        QRectF(inset, inset, size - 2 * inset, size - 2 * inset),
        GOAL_ICONS.get(doel, ""),
        fallback=str(doel),
    )
    painter.end()
    return pixmap
