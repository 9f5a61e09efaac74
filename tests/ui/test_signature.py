"""The signature pad: drawing with the mouse, clearing, and the PNG it makes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from samenleren_desktop.ui.signature import SignaturePad

pytestmark = pytest.mark.gui


def draw(pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    """One stroke through `points` with the left mouse button held."""
    first = QPoint(*points[0])
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, first)
    for x, y in points[1:]:
        QTest.mouseMove(pad, QPoint(x, y))
    last = QPoint(*points[-1])
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, last)


def zigzag(x0: int = 60, y0: int = 100, steps: int = 30) -> list[tuple[int, int]]:
    return [(x0 + 10 * i, y0 + (25 if i % 2 else -25)) for i in range(steps)]


def test_drawn_signature_becomes_a_small_trimmed_png(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 260)
    pad.show()
    assert pad.is_empty()
    assert pad.to_png() == b""
    with qtbot.waitSignal(pad.changed):
        draw(pad, zigzag())
    draw(pad, [(80, 180), (200, 170), (320, 185)])
    assert not pad.is_empty()
    data = pad.to_png()
    image = QImage.fromData(data)
    assert data.startswith(b"\x89PNG")
    assert len(data) < 100_000
    assert not image.isNull()
    # Trimmed to the strokes (x 60..350, y 75..185) plus a small margin, not the whole pad.
    assert image.width() < 340
    assert image.height() < 150
    assert image.pixelColor(0, 0).name() == "#ffffff"
    inked = sum(
        image.pixelColor(x, y).lightness() < 128
        for x in range(image.width())
        for y in range(image.height())
    )
    assert inked > 200
    pad.grab().save("/tmp/shots/signature_pad.png")


def test_opnieuw_clears_and_delete_key_clears(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 260)
    pad.show()
    draw(pad, zigzag())
    QTest.mouseClick(pad.clear_button, Qt.MouseButton.LeftButton)
    assert pad.is_empty()
    draw(pad, zigzag())
    pad.setFocus()
    QTest.keyClick(pad, Qt.Key.Key_Delete)
    assert pad.is_empty()
    assert pad.accessibleName()
    assert pad.clear_button.height() >= 36
    assert pad.minimumWidth() >= 400


def test_large_signature_is_scaled_down(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(1600, 700)
    pad.show()
    draw(pad, [(20 + 50 * i, 40 + (600 if i % 2 else 0)) for i in range(30)])
    image = QImage.fromData(pad.to_png())
    assert image.width() <= 600
    assert image.height() <= 240


def test_finger_on_a_touch_screen_draws(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 260)
    pad.show()
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QPoint(60, 100), pad).commit()
    for i in range(1, 20):
        QTest.touchEvent(pad, device).move(0, QPoint(60 + 10 * i, 100 + 3 * i), pad).commit()
    QTest.touchEvent(pad, device).release(0, QPoint(260, 160), pad).commit()
    assert not pad.is_empty()
    image = QImage.fromData(pad.to_png())
    assert image.width() > 150
