"""One input widget per question type, keyboard operable and touch-friendly.

Every widget emits `answer_given(value)` the moment the coach gives an answer: at once for
choices and smileys, after a short pause or on leaving the field for text, numbers and dates.
`set_value` shows a stored answer without emitting. Text is never cut off by the widget: a too
long text or an out-of-range number is passed on as typed, so the engine can explain the rule
and the coach keeps what was typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from samenleren_desktop.model.content import SMILEY_LABELS, Question
from samenleren_desktop.model.content import questionnaire as kinds
from samenleren_desktop.ui.smiley_icons import smiley_icon

TOUCH_HEIGHT = 44
# Bigger round and square boxes for fingers; they grow with the font size.
_BIG_INDICATOR = (
    "QRadioButton::indicator, QCheckBox::indicator { width: 1.3em; height: 1.3em; }"
    " QRadioButton, QCheckBox { spacing: 0.6em; }"
)
DEBOUNCE_MS = 600


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuestionWidgets", text)


class QuestionWidget(QWidget):
    """The input for one question.

    Signals:
        answer_given: (value) a new answer; None when the coach cleared it.
    """

    answer_given = Signal(object)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setAccessibleName(question.text)

    def value(self) -> Any:
        """The answer as the widget shows it now (None when empty)."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show a stored answer without emitting `answer_given`."""
        raise NotImplementedError

    def commit(self) -> None:
        """Emit a pending typed answer now (used before moving on or closing)."""

    def focus_input(self) -> None:
        """Put the keyboard focus on the first control."""
        self.focusNextChild()


class _ButtonsWidget(QuestionWidget):
    """Shared by the choice types: a column (or row) of checkable buttons."""

    def __init__(self, question: Question, exclusive: bool, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(exclusive)
        self.buttons: dict[str, QAbstractButton] = {}
        self.group.buttonToggled.connect(self._on_toggled)
        self._quiet = False

    def _add(self, value: str, button: QAbstractButton) -> None:
        button.setMinimumHeight(TOUCH_HEIGHT)
        if isinstance(button, QRadioButton | QCheckBox):
            button.setStyleSheet(_BIG_INDICATOR)
        button.setAccessibleName(f"{self.question.text}: {button.text().replace('&', '')}")
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.buttons[value] = button
        self.group.addButton(button)

    def _chosen(self) -> list[str]:
        return [value for value, button in self.buttons.items() if button.isChecked()]

    def _on_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if self._quiet or (self.group.exclusive() and not checked):
            return
        self.answer_given.emit(self.value())

    def _check(self, values: set[str]) -> None:
        self._quiet = True
        exclusive = self.group.exclusive()
        self.group.setExclusive(False)
        for value, button in self.buttons.items():
            button.setChecked(value in values)
        self.group.setExclusive(exclusive)
        self._quiet = False

    def focus_input(self) -> None:
        chosen = self._chosen()
        target = self.buttons[chosen[0]] if chosen else next(iter(self.buttons.values()))
        target.setFocus(Qt.FocusReason.OtherFocusReason)


class SingleChoiceWidget(_ButtonsWidget):
    """Radio buttons, one per option; arrow keys move within the list."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, exclusive=True, parent=parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for option in question.options:
            button = QRadioButton(option.label)
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            self._add(option.value, button)
            layout.addWidget(button)

    def value(self) -> Any:
        chosen = self._chosen()
        return chosen[0] if chosen else None

    def set_value(self, value: Any) -> None:
        self._check({value} if isinstance(value, str) else set())


class MultipleChoiceWidget(_ButtonsWidget):
    """Check boxes, one per option; every change is an answer (the list of ticked values)."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, exclusive=False, parent=parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for option in question.options:
            button = QCheckBox(option.label)
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            self._add(option.value, button)
            layout.addWidget(button)

    def _on_toggled(self, _button: QAbstractButton, _checked: bool) -> None:
        if not self._quiet:
            self.answer_given.emit(self.value())

    def value(self) -> Any:
        return self._chosen() or None

    def set_value(self, value: Any) -> None:
        self._check(set(value) if isinstance(value, list) else set())


class YesNoWidget(_ButtonsWidget):
    """Two big buttons, Ja and Nee."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, exclusive=True, parent=parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for value, label in (("ja", _tr("Ja")), ("nee", _tr("Nee"))):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setMinimumWidth(120)
            self._add(value, button)
            layout.addWidget(button)
        layout.addStretch(1)

    def value(self) -> Any:
        chosen = self._chosen()
        return chosen[0] if chosen else None

    def set_value(self, value: Any) -> None:
        self._check({value} if isinstance(value, str) else set())


class SmileyRow(_ButtonsWidget):
    """Five face buttons with their words (Heel slecht … Heel goed); keys 1–5 choose too."""

    def __init__(self, question: Question, label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(question, exclusive=True, parent=parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for score, words in SMILEY_LABELS.items():
            button = QPushButton(smiley_icon(score), _tr(words))
            button.setCheckable(True)
            button.setIconSize(button.iconSize() * 2)
            button.setMinimumHeight(TOUCH_HEIGHT + 8)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setToolTip(f"{score} van 5")
            self._add(str(score), button)
            if label:
                button.setAccessibleName(f"{label}: {button.text()}")
            layout.addWidget(button)

    def value(self) -> Any:
        chosen = self._chosen()
        return int(chosen[0]) if chosen else None

    def set_value(self, value: Any) -> None:
        self._check({str(value)} if isinstance(value, int) else set())

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        text = event.text()
        if text in {"1", "2", "3", "4", "5"}:
            self.buttons[text].click()
            return
        super().keyPressEvent(event)


class SmileyWidget(SmileyRow):
    """A `smiley` question: one row of faces."""


class SmileyPerGoalWidget(QuestionWidget):
    """One smiley row per goal of the traject; the answer is {goal: score} of the rows chosen."""

    def __init__(
        self, question: Question, goals: dict[int, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(question, parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows: dict[str, SmileyRow] = {}
        for row, (number, name) in enumerate(goals.items()):
            label = QLabel(name)
            label.setWordWrap(True)
            smileys = SmileyRow(question, label=name)
            smileys.answer_given.connect(self._on_row)
            label.setBuddy(smileys.buttons["1"])
            layout.addWidget(label, 2 * row, 0)
            layout.addWidget(smileys, 2 * row + 1, 0)
            self.rows[str(number)] = smileys

    def _on_row(self, _score: object) -> None:
        self.answer_given.emit(self.value())

    def value(self) -> Any:
        scores = {goal: row.value() for goal, row in self.rows.items()}
        return {goal: score for goal, score in scores.items() if score is not None} or None

    def set_value(self, value: Any) -> None:
        scores = value if isinstance(value, dict) else {}
        for goal, row in self.rows.items():
            row.set_value(scores.get(goal))

    def focus_input(self) -> None:
        if self.rows:
            next(iter(self.rows.values())).focus_input()


class _TypedWidget(QuestionWidget):
    """Shared by text, number and date: emits after a short pause or when leaving the field."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.commit)
        self._last: Any = None
        self._quiet = False

    def _typed(self) -> None:
        if not self._quiet:
            self._timer.start()

    def _parsed(self) -> Any:
        raise NotImplementedError

    def commit(self) -> None:
        self._timer.stop()
        value = self._parsed()
        if value != self._last:
            self._last = value
            self.answer_given.emit(value)

    @property
    def pending(self) -> bool:
        """True while typed input waits for the pause to end."""
        return self._timer.isActive()


class ShortTextWidget(_TypedWidget):
    """One line of text."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = QLineEdit()
        self.edit.setMinimumHeight(TOUCH_HEIGHT)
        self.edit.setAccessibleName(question.text)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self.commit)
        _stack(self, self.edit)

    def _parsed(self) -> Any:
        text = self.edit.text().strip()
        return text or None

    def value(self) -> Any:
        return self._parsed()

    def set_value(self, value: Any) -> None:
        self.edit.setText(value if isinstance(value, str) else "")
        self._last = self._parsed()

    def focus_input(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)


class LongTextWidget(_TypedWidget):
    """Several lines of text; Tab leaves the field (it does not type a tab)."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = _LeavingTextEdit(self.commit)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(TOUCH_HEIGHT * 2)
        self.edit.setAccessibleName(question.text)
        self.edit.textChanged.connect(self._typed)
        _stack(self, self.edit)

    def _parsed(self) -> Any:
        text = self.edit.toPlainText().strip()
        return text or None

    def value(self) -> Any:
        return self._parsed()

    def set_value(self, value: Any) -> None:
        self._quiet = True
        self.edit.setPlainText(value if isinstance(value, str) else "")
        self._quiet = False
        self._last = self._parsed()

    def focus_input(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)


class _LeavingTextEdit(QPlainTextEdit):
    """A text box that saves when the focus leaves it."""

    def __init__(self, on_leave: Callable[[], None]) -> None:
        super().__init__()
        self._on_leave = on_leave

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._on_leave()
        super().focusOutEvent(event)

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 - Qt override
        self._on_leave()  # Tab leaves the field: save now, even before the focus moves
        return super().focusNextPrevChild(next_)


class NumberWidget(ShortTextWidget):
    """A number typed as text (a decimal comma is fine); bad input reaches the engine as text."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit.setMaximumWidth(200)
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)

    def _parsed(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            return text
        return int(number) if number.is_integer() else number

    def set_value(self, value: Any) -> None:
        shown = "" if value is None or isinstance(value, bool) else str(value).replace(".", ",")
        self.edit.setText(shown)
        self._last = self._parsed()


_DUTCH_DATE = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")


class DateWidget(ShortTextWidget):
    """A date typed as dag-maand-jaar (e.g. 2-11-2026), with a button for today."""

    def __init__(
        self, question: Question, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(question, parent)
        self._today = today
        self.edit.setPlaceholderText(_tr("dag-maand-jaar, bijvoorbeeld 2-11-2026"))
        self.edit.setMaximumWidth(260)
        self.today_button = QPushButton(_tr("Van&daag"))
        self.today_button.setMinimumHeight(TOUCH_HEIGHT)
        self.today_button.setAccessibleName(_tr("Datum van vandaag invullen"))
        self.today_button.clicked.connect(self._fill_today)
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.setStretch(0, 0)
        layout.insertWidget(1, self.today_button)
        layout.addStretch(1)

    def _fill_today(self) -> None:
        day = self._today()
        self.edit.setText(f"{day.day}-{day.month}-{day.year}")
        self.commit()

    def _parsed(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        match = _DUTCH_DATE.match(text)
        if match is None:
            return text
        day, month, year = (int(part) for part in match.groups())
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return text

    def set_value(self, value: Any) -> None:
        try:
            day = date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            day = None
        self.edit.setText(f"{day.day}-{day.month}-{day.year}" if day else "")
        self._last = self._parsed()


def _stack(owner: QWidget, field: QWidget) -> None:
    layout = QHBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    owner.setFocusProxy(field)


def make_question_widget(
    question: Question, goals: dict[int, str], today: Callable[[], date]
) -> QuestionWidget:
    """The widget for a question's type; `goals` are the traject's goals with their names."""
    builders: dict[str, Callable[[], QuestionWidget]] = {
        kinds.SINGLE_CHOICE: lambda: SingleChoiceWidget(question),
        kinds.MULTIPLE_CHOICE: lambda: MultipleChoiceWidget(question),
        kinds.YES_NO: lambda: YesNoWidget(question),
        kinds.SHORT_TEXT: lambda: ShortTextWidget(question),
        kinds.LONG_TEXT: lambda: LongTextWidget(question),
        kinds.NUMBER: lambda: NumberWidget(question),
        kinds.DATE: lambda: DateWidget(question, today),
        kinds.SMILEY: lambda: SmileyWidget(question),
        kinds.SMILEY_PER_GOAL: lambda: SmileyPerGoalWidget(question, goals),
    }
    return builders[question.type]()


def constraint_hint(question: Question) -> str:
    """The rules of a question in plain words, shown next to it."""
    parts: list[str] = [_tr("Verplicht.") if question.required else _tr("Mag leeg blijven.")]
    if question.type in kinds.TEXT_TYPES:
        parts.append(_tr("Hoogstens {n} tekens.").format(n=question.text_limit))
    if question.type == kinds.NUMBER:
        low, high = question.minimum, question.maximum
        if low is not None and high is not None:
            parts.append(
                _tr("Een getal van {low} tot en met {high}.").format(low=_n(low), high=_n(high))
            )
    if question.type == kinds.DATE and question.not_in_future:
        parts.append(_tr("Niet later dan vandaag."))
    if question.type == kinds.MULTIPLE_CHOICE:
        parts.append(_tr("Je mag meer antwoorden kiezen."))
        if question.min_selections:
            parts.append(_tr("Kies er minstens {n}.").format(n=question.min_selections))
        if question.max_selections:
            parts.append(_tr("Kies er hoogstens {n}.").format(n=question.max_selections))
    if question.type == kinds.SMILEY_PER_GOAL:
        parts.append(_tr("Kies bij elk doel een gezichtje."))
    return " ".join(parts)


def _n(value: float) -> str:
    return f"{value:g}".replace(".", ",")
