"""Small layout helpers shared by pages."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

COLUMN_WIDTH = 440


def centered_column(page: QWidget, widgets: Iterable[QWidget]) -> None:
    """Lay `widgets` out in a readable column in the middle of `page`."""
    column = QWidget(page)
    column.setFixedWidth(COLUMN_WIDTH)
    inner = QVBoxLayout(column)
    inner.setSpacing(12)
    for widget in widgets:
        inner.addWidget(widget)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(column, alignment=Qt.AlignmentFlag.AlignTop)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
