"""Hands on the keyboard and mouse, for the end-to-end journey test (tests/ui/test_journey.py).

`Hands` types, clicks and ticks the way a person does: Tab into a field, type over what is
there, Space on a check box, Enter to go on. A widget that is clicked must be in view (a person
cannot click what is scrolled away). `Clock` is the day the program takes for today.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from samenleren_desktop.ui.question_widgets import (
    DateWidget,
    LongTextWidget,
    MultipleChoiceWidget,
    ShortTextWidget,
    SmileyPerGoalWidget,
    _ButtonsWidget,
)
from samenleren_desktop.ui.questionnaire import QuestionnaireRunner

W = TypeVar("W", bound=QWidget)
LEFT = Qt.MouseButton.LeftButton
SCREENSHOTS = Path(tempfile.gettempdir())
"""Where the journey leaves its screenshots (journey_NN_name.png), to look at afterwards."""


@dataclass
class Clock:
    """The day the program takes for today; the coach's calendar moves it forward."""

    day: date

    def __call__(self) -> date:
        return self.day

    def go_to(self, day: date) -> None:
        """Time passes until `day`."""
        assert day >= self.day, "time does not go back"
        self.day = day


def visible(kind: type[W]) -> list[W]:
    """The visible top-level windows of one kind (a dialog, the parent view)."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def in_view(widget: QWidget, area: QScrollArea) -> bool:
    """Whether the whole widget is inside the visible part of a scroll area."""
    viewport = area.viewport()
    shown = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return widget.isVisible() and viewport.rect().contains(shown)


def button_named(parent: QWidget, text: str) -> QPushButton:
    """The visible button whose text (without the & of its shortcut) is `text`."""
    shown = [b for b in parent.findChildren(QPushButton) if b.isVisible()]
    found = [b for b in shown if b.text().replace("&", "") == text]
    assert found, f"no button {text!r}; there are: {sorted(b.text() for b in shown)}"
    return found[-1]


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    """The innermost scroll area the widget is in, if any."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


class Hands:
    """Types and clicks in one main window.

    Attributes:
        page_scroll: the scroll area of the page being worked on; what is clicked inside it must
            be in its visible part (set by the subclass).
    """

    def __init__(self, qtbot: QtBot, window: QWidget) -> None:
        self.qtbot = qtbot
        self.window = window
        self.page_scroll: QScrollArea | None = None
        self.shots: list[Path] = []

    # --- windows ----------------------------------------------------------------------------

    def back_to_window(self) -> None:
        """The main window is active again after a dialog closed.

        A desktop's window manager does this; the offscreen platform of the tests does not (and
        deactivates the window when a closed dialog is deleted, on the next turn of the loop).
        """
        self.qtbot.wait(1)
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow)

    def wait_for(self, kind: type[W], timeout: int = 5000) -> W:
        """The dialog or window of this kind that just opened (and has the keyboard)."""
        self.qtbot.waitUntil(lambda: bool(visible(kind)), timeout=timeout)
        window = visible(kind)[-1]
        self.qtbot.waitUntil(window.isActiveWindow)
        return window

    def screenshot(self, name: str, widget: QWidget | None = None) -> Path:
        """Save what the coach sees now (the main window, or another window) as a PNG."""
        path = SCREENSHOTS / f"journey_{len(self.shots) + 1:02d}_{name}.png"
        self.qtbot.wait(20)  # let pending layout requests and repaints happen first
        assert (widget or self.window).grab().save(str(path))
        self.shots.append(path)
        return path

    # --- the mouse --------------------------------------------------------------------------

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        """Click a widget (at `pos`, else its middle); it must be in view on the page."""
        where = pos if pos is not None else widget.rect().center()
        inner = scroll_area_of(widget)
        if inner is not None and inner is not self.page_scroll:
            inner.ensureWidgetVisible(widget)  # the coach scrolls a long list to it first
        page = self.page_scroll
        if page is not None and page.isAncestorOf(widget):
            viewport = page.viewport()
            assert viewport.rect().contains(widget.mapTo(viewport, where)), (
                f"{widget.accessibleName() or widget} is scrolled out of view"
            )
        self.qtbot.mouseClick(widget, LEFT, pos=where)

    def click_item(self, view: QListWidget, row: int) -> QListWidgetItem:
        """Click one row of a list (scrolled into view first)."""
        item = view.item(row)
        view.scrollToItem(item)
        self.click(view.viewport(), view.visualItemRect(item).center())
        assert view.currentRow() == row
        return item

    # --- the keyboard -----------------------------------------------------------------------

    def type_into(self, field: QWidget, text: str) -> None:
        """Tab into a field, select what is in it and type over it."""
        field.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(field, QLineEdit):
            field.selectAll()
        self.qtbot.keyClicks(field, text)

    def type_and_leave(self, field: QWidget, text: str) -> None:
        """Type into a field, then press Tab to go on (leaving the field saves it)."""
        self.type_into(field, text)
        self.qtbot.keyClick(field, Qt.Key.Key_Tab)
        self.qtbot.waitUntil(lambda: not field.hasFocus())

    def type_date(self, edit: QDateEdit, day: date) -> None:
        """Tab into a date field and type day, month and year (it moves on by itself)."""
        edit.clearFocus()
        edit.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab does: the day is selected
        self.qtbot.keyClicks(edit, f"{day:%d%m%Y}")
        assert edit.date() == QDate(day.year, day.month, day.day), edit.date()

    def choose(self, combo: QComboBox, text: str) -> None:
        """Pick the entry with this text in a combo box with the arrow keys."""
        index = combo.findText(text)
        assert index >= 0, f"{text!r} is not in the list"
        combo.setFocus()
        while combo.currentIndex() != index:
            key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
            self.qtbot.keyClick(combo, key)

    def tick(self, box: QAbstractButton) -> None:
        """Tick (or untick) a check box with the space bar."""
        box.setFocus()
        was = box.isChecked()
        self.qtbot.keyClick(box, Qt.Key.Key_Space)
        assert box.isChecked() != was

    def tick_item(self, view: QListWidget, row: int) -> None:
        """Click a row of a list of check boxes and tick it with the space bar."""
        item = self.click_item(view, row)
        self.qtbot.keyClick(view.viewport(), Qt.Key.Key_Space)
        assert item.checkState() == Qt.CheckState.Checked

    # --- questionnaires ---------------------------------------------------------------------

    def fill_questionnaire(
        self, runner: QuestionnaireRunner, answers: dict[str, Any]
    ) -> dict[str, int]:
        """Answer one question at a time, Enter to go on, then "Afronden".

        Returns, per question in the order shown, how many questions the progress bar counts
        after it was answered (it grows when an answer opens a conditional question).
        """
        shown: dict[str, int] = {}
        while runner.current is not None and runner.current not in shown:
            question = runner.current
            self.qtbot.wait(1)  # the question is laid out on the next turn of the loop
            assert question in answers, f"the journey has no answer for {question!r}"
            block = runner.blocks[question]
            assert in_view(block.title, runner.scroll_area), f"{question}: its text is hidden"
            self.answer(block.widget, answers[question])
            assert block.error.isHidden(), block.error.text()
            shown[question] = runner.progress.maximum()
            if runner.current == question and runner.next_button.isEnabled():
                self.press_enter(runner)
        self.click(runner.complete_button)
        assert "Afgerond" in runner.message.text(), runner.message.text()
        return shown

    def press_enter(self, runner: QuestionnaireRunner) -> None:
        """Enter where the focus is goes on to the next question."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QPlainTextEdit) or focus is None or not runner.isAncestorOf(focus):
            self.click(runner.next_button)  # Enter in a long text is a new line
        else:
            self.qtbot.keyClick(focus, Qt.Key.Key_Return)

    def answer(self, widget: QWidget, value: Any) -> None:
        """Give one answer: buttons are clicked, text typed, faces chosen with keys 1-5."""
        if isinstance(widget, SmileyPerGoalWidget):
            for goal, score in value.items():
                self.qtbot.keyClick(widget.rows[goal].buttons["1"], str(score))
        elif isinstance(widget, MultipleChoiceWidget):
            for option in value:
                self.click(widget.buttons[option])
        elif isinstance(widget, _ButtonsWidget):
            if isinstance(value, int):
                self.qtbot.keyClick(widget, str(value))
            else:
                self.click(widget.buttons[value])
        elif isinstance(widget, DateWidget) and value == "vandaag":
            self.click(widget.today_button)
        else:
            assert isinstance(widget, ShortTextWidget | LongTextWidget), type(widget)
            self.type_into(widget.edit, str(value))
            with self.qtbot.waitSignal(widget.answer_given, timeout=3000):
                self.qtbot.keyClick(widget.edit, Qt.Key.Key_Tab)  # leaving the field saves it
