"""The questionnaire runner: one question at a time or a whole page, every answer saved at once.

Each question is a `QuestionBlock` (text, help, rules in plain words, input, message). All blocks
are built once; the engine decides which are visible, so conditional questions appear and
disappear live while the coach answers. Every answer goes straight to the workspace through
`model.services.vragenlijsten.save_answer` in its own small transaction.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from samenleren_desktop.model.content import (
    AnswerContext,
    Question,
    Questionnaire,
    next_question,
    progress,
    suggest_decision,
    visible_questions,
)
from samenleren_desktop.model.content.answers import dutch_date
from samenleren_desktop.model.content.questionnaire import DECISION_QUESTION
from samenleren_desktop.model.entities import Traject, VragenlijstAntwoord
from samenleren_desktop.model.errors import RecordNotFound, SamenLerenError, ValidationError
from samenleren_desktop.model.services import vragenlijsten as service
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.question_widgets import (
    TOUCH_HEIGHT,
    QuestionWidget,
    constraint_hint,
    make_question_widget,
)

SINGLE, PAGE = "single", "page"


class QuestionBlock(QWidget):
    """One question with its rules in plain words and room for a message."""

    def __init__(self, question: Question, widget: QuestionWidget) -> None:
        super().__init__()
        self.question = question
        self.widget = widget
        self.title = QLabel(question.text)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setBuddy(widget)
        self.help = QLabel(question.help)
        self.help.setWordWrap(True)
        self.help.setVisible(bool(question.help))
        self.hint = QLabel(constraint_hint(question))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #4A4A4A;")
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setVisible(False)
        self.advice.setStyleSheet("background: #FFF8E1; padding: 6px; border-radius: 4px;")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Melding bij de vraag"))
        self.error.setStyleSheet("color: #B71C1C; font-weight: bold;")
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        for part in (self.title, self.help, self.hint, self.advice, widget, self.error):
            layout.addWidget(part)
        self.set_big(False)

    def set_big(self, big: bool) -> None:
        """Big text for one question at a time; normal size on a page."""
        font = self.title.font()
        base = self.font().pointSizeF()
        font.setPointSizeF(base * (1.6 if big else 1.15))
        font.setBold(True)
        self.title.setFont(font)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


class QuestionnaireRunner(QWidget):
    """Fill in one questionnaire of a traject; answers are stored the moment they are given.

    Signals:
        answer_saved: (response id) an answer was stored.
        completed: (response id) the coach completed the questionnaire.
    """

    answer_saved = Signal(object)
    completed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("questionnaireRunner")
        self.mode = SINGLE
        self.response: VragenlijstAntwoord | None = None
        self.questionnaire: Questionnaire | None = None
        self.context = AnswerContext()
        self.answers: dict[str, Any] = {}
        self.blocks: dict[str, QuestionBlock] = {}
        self.sections: dict[str, tuple[QWidget, list[str]]] = {}
        self.current: str | None = None
        self._build()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.saved = QLabel()
        self.saved.setAccessibleName(self.tr("Opslaan"))
        self.single_button = self._button(self.tr("&Eén vraag tegelijk"), checkable=True)
        self.page_button = self._button(self.tr("A&lles op één pagina"), checkable=True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.single_button)
        self.mode_group.addButton(self.page_button)
        self.single_button.setChecked(True)
        self.single_button.toggled.connect(self._on_mode)
        self._build_navigation()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.saved)
        modes = QHBoxLayout()
        modes.addWidget(self.single_button)
        modes.addWidget(self.page_button)
        modes.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Voortgang"))
        self.progress.setMinimumHeight(24)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.body)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(modes)
        layout.addWidget(self.progress)
        layout.addWidget(self.intro)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.message)
        layout.addLayout(self.nav)

    def _build_navigation(self) -> None:
        """Previous / next (one question at a time) and Afronden; PageUp/PageDown work too."""
        self.previous_button = self._button(self.tr("Vor&ige vraag"))
        self.next_button = self._button(self.tr("Vol&gende vraag"))
        self.next_button.setToolTip(self.tr("Enter gaat ook naar de volgende vraag"))
        self.complete_button = self._button(self.tr("&Afronden"))
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.complete_button.clicked.connect(self.complete)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, lambda: self._step(1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, lambda: self._step(-1))
        self.nav = QHBoxLayout()
        self.nav.addWidget(self.previous_button)
        self.nav.addWidget(self.next_button)
        self.nav.addStretch(1)
        self.nav.addWidget(self.complete_button)

    def _button(self, text: str, checkable: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(TOUCH_HEIGHT)
        button.setCheckable(checkable)
        button.setAccessibleName(text.replace("&", ""))
        return button

    # -- opening --------------------------------------------------------------------------

    def open(self, traject_id: uuid.UUID, vragenlijst_id: str) -> None:
        """Resume the open response of this questionnaire, or start one with the current version."""
        self.flush()
        with self.ctx.session() as session:
            traject = session.get(Traject, traject_id)
        if traject is None:
            raise RecordNotFound(self.tr("Dit traject bestaat niet (meer)."))
        with self.ctx.changes() as changes:
            response = service.start_or_resume(
                changes, traject, vragenlijst_id, content=self.ctx.content
            )
        self._show(response)

    def open_response(self, response_id: uuid.UUID) -> None:
        """Show a stored response: open ones can be filled in, completed ones are read-only."""
        self.flush()
        with self.ctx.session() as session:
            response = service.load_response(session, response_id)
        self._show(response)

    def _show(self, response: VragenlijstAntwoord) -> None:
        self.response = response
        self.questionnaire = service.questionnaire_of(self.ctx.content, response)
        with self.ctx.session() as session:
            self.context = service.response_context(session, response, self.ctx.today())
        self.answers = dict(response.antwoorden)
        self.title.setText(self.questionnaire.title)
        self.intro.setText(self.questionnaire.intro)
        self.intro.setVisible(bool(self.questionnaire.intro))
        self._build_blocks(self.questionnaire)
        resume = next_question(self.questionnaire, self.answers, self.context)
        shown = visible_questions(self.questionnaire, self.answers, self.context)
        self.current = resume.id if resume else (shown[-1].id if shown else None)
        self.saved.setText("")
        self.message.setText("")
        done = response.afgerond_op is not None
        self.body.setEnabled(not done)
        self.complete_button.setVisible(not done)
        if done and response.afgerond_op is not None:
            self.message.setText(self._done_text(response))
        self._refresh()
        self._focus_current()

    def _build_blocks(self, questionnaire: Questionnaire) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        self.blocks.clear()
        self.sections.clear()
        goals = {n: self.ctx.content.goal(n).label for n in self.context.goals}
        for section in questionnaire.sections:
            frame = QWidget()
            column = QVBoxLayout(frame)
            heading = QLabel(section.title)
            heading.setWordWrap(True)
            heading.setStyleSheet("font-size: 120%; font-weight: bold; color: palette(link);")
            column.addWidget(heading)
            for question in section.questions:
                widget = make_question_widget(question, goals, self.ctx.today)
                widget.set_value(self.answers.get(question.id))
                widget.answer_given.connect(
                    lambda value, qid=question.id: self._on_answer(qid, value)
                )
                block = QuestionBlock(question, widget)
                self.blocks[question.id] = block
                column.addWidget(block)
            self.sections[section.id] = (frame, [q.id for q in section.questions])
            self.body_layout.addWidget(frame)
        self.body_layout.addStretch(1)

    # -- answering ------------------------------------------------------------------------

    def _on_answer(self, question_id: str, value: Any) -> None:
        if self.response is None:
            return
        block = self.blocks[question_id]
        try:
            with self.ctx.changes() as changes:
                stored = service.save_answer(
                    changes,
                    self.response,
                    question_id,
                    value,
                    today=self.ctx.today(),
                    content=self.ctx.content,
                )
        except ValidationError as error:
            block.show_error(error.message)
            self.saved.setText(self.tr("Niet opgeslagen"))
            return
        except SamenLerenError as error:
            self.saved.setText(self.tr("Niet opgeslagen"))
            self.message.setText(error.message)
            return
        block.show_error("")
        self.response = stored
        self.answers = dict(stored.antwoorden)
        self.saved.setText(self.tr("✓ Opgeslagen"))
        self._refresh()
        self.answer_saved.emit(stored.id)

    def flush(self) -> None:
        """Store typed answers that still wait for the pause (before closing or locking)."""
        for block in self.blocks.values():
            block.widget.commit()

    def complete(self) -> None:
        """Check everything and mark the questionnaire completed; explain what is missing."""
        if self.response is None:
            return
        self.flush()
        try:
            with self.ctx.changes() as changes:
                stored = service.complete(
                    changes, self.response, self.ctx.today(), content=self.ctx.content
                )
        except ValidationError as error:
            self.message.setText(error.message)
            if error.field in self.blocks:
                self._go_to(error.field)
            return
        except SamenLerenError as error:
            self.message.setText(error.message)
            return
        self.response = stored
        self.answers = dict(stored.antwoorden)
        self.body.setEnabled(False)
        self.complete_button.setVisible(False)
        self.message.setText(self._done_text(stored))
        self._refresh()
        self.ctx.changed(stored.gezin_id)
        self.completed.emit(stored.id)

    def _done_text(self, response: VragenlijstAntwoord) -> str:
        assert response.afgerond_op is not None
        text = self.tr("Afgerond op {datum}.").format(datum=dutch_date(response.afgerond_op.date()))
        besluit = response.antwoorden.get(DECISION_QUESTION)
        if self.questionnaire is not None and isinstance(besluit, str):
            label = self.questionnaire.question(DECISION_QUESTION).option_label(besluit)
            text += " " + self.tr("Besluit: {besluit}.").format(besluit=label)
        return text

    # -- showing --------------------------------------------------------------------------

    def _visible_ids(self) -> list[str]:
        if self.questionnaire is None:
            return []
        return [q.id for q in visible_questions(self.questionnaire, self.answers, self.context)]

    def _refresh(self) -> None:
        """Show the questions that apply now, the progress and the intake advice."""
        if self.questionnaire is None:
            return
        visible = self._visible_ids()
        if self.current not in visible:
            self.current = self._nearest_visible(visible)
        single = self.mode == SINGLE
        for qid, block in self.blocks.items():
            block.setVisible(qid == self.current if single else qid in visible)
            block.set_big(single)
        for frame, qids in self.sections.values():
            frame.setVisible(any(self.blocks[q].isVisibleTo(frame) for q in qids))
        self._show_progress(visible)
        self._show_advice()
        self.previous_button.setVisible(single)
        self.next_button.setVisible(single)
        index = visible.index(self.current) if self.current in visible else 0
        self.previous_button.setEnabled(single and index > 0)
        self.next_button.setEnabled(single and index < len(visible) - 1)

    def _nearest_visible(self, visible: list[str]) -> str | None:
        """The first visible question at or after the current one (it may just have hidden)."""
        order = list(self.blocks)
        start = order.index(self.current) if self.current in order else 0
        later = [qid for qid in order[start:] if qid in visible]
        return later[0] if later else (visible[-1] if visible else None)

    def _show_progress(self, visible: list[str]) -> None:
        assert self.questionnaire is not None
        done = progress(self.questionnaire, self.answers, self.context)
        self.progress.setRange(0, max(done.visible, 1))
        self.progress.setValue(done.answered)
        if self.mode == SINGLE and self.current in visible:
            text = self.tr("Vraag {n} van {total}").format(
                n=visible.index(self.current) + 1, total=len(visible)
            )
        else:
            text = self.tr("{n} van {total} vragen beantwoord").format(
                n=done.answered, total=done.visible
            )
        self.progress.setFormat(text)
        self.progress.setAccessibleDescription(text)

    def _show_advice(self) -> None:
        """Next to the 'besluit' question: what the contra-indication answers suggest."""
        block = self.blocks.get(DECISION_QUESTION)
        if block is None or self.questionnaire is None:
            return
        suggested, reasons = suggest_decision(self.questionnaire, self.answers, self.context)
        label = block.question.option_label(suggested)
        text = self.tr("Advies van het programma: {besluit}.").format(besluit=label)
        if reasons:
            text += "\n" + self.tr("Omdat:") + "\n" + "\n".join(f"• {r}" for r in reasons)
        text += "\n" + self.tr("Jij beslist: jouw keuze hieronder telt.")
        block.advice.setText(text)
        block.advice.setVisible(True)

    # -- moving ---------------------------------------------------------------------------

    def _on_mode(self, single: bool) -> None:
        self.flush()
        self.mode = SINGLE if single else PAGE
        self._refresh()
        self._focus_current()

    def set_mode(self, mode: str) -> None:
        """Switch between one question at a time (SINGLE) and the whole page (PAGE)."""
        (self.single_button if mode == SINGLE else self.page_button).setChecked(True)

    def _step(self, delta: int) -> None:
        if self.mode != SINGLE or self.current is None:
            return
        self.blocks[self.current].widget.commit()
        visible = self._visible_ids()
        if self.current not in visible:
            return
        index = visible.index(self.current) + delta
        if 0 <= index < len(visible):
            self._go_to(visible[index])

    def _go_to(self, question_id: str) -> None:
        self.current = question_id
        self._refresh()
        self._focus_current()

    def _focus_current(self) -> None:
        if self.current is None or self.current not in self.blocks:
            return
        block = self.blocks[self.current]
        if self.mode == PAGE:
            self.scroll_area.ensureWidgetVisible(block)
        block.widget.focus_input()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter goes to the next question when one question is shown at a time."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.mode == SINGLE:
            self._step(1)
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.flush()
        super().closeEvent(event)
