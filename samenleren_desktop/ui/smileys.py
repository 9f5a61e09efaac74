"""Smiley scores per chosen goal at start, tussen- and eindevaluatie, and the progress per goal.

The coach picks the moment, then a smiley per goal (click, or keys 1-5 on the focused row).
A second score for the same goal and moment replaces the first (see `model.services.plan`).
Below, every goal's scores stand side by side with an arrow and words: "van 2 naar 4".
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from samenleren_desktop.model.content import Goal
from samenleren_desktop.model.entities import Traject
from samenleren_desktop.model.entities.keuzes import GegevenDoor, Moment
from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.services import plan as plan_service
from samenleren_desktop.model.services.plan import SmileyRij
from samenleren_desktop.ui.activity_icons import goal_picture
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.parent_view import ParentView
from samenleren_desktop.ui.smiley_icons import SmileyPicker, smiley_label, smiley_pixmap

CELL_SMILEY = 40


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget and sub-layout of `layout`."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        inner = item.layout()
        if widget is not None:
            widget.hide()  # deleteLater waits for the event loop; do not show it meanwhile
            widget.deleteLater()
        elif inner is not None:
            clear_layout(inner)


class GoalBadge(QFrame):
    """A goal shown in its colour with its picture, number and short name ("6 · Structuur").

    The colour is never the only cue: the number and the name are always written.
    """

    def __init__(self, goal: Goal, picture: int = 28, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalBadge")
        self.setStyleSheet(
            f"QFrame#goalBadge {{ background: {goal.colour.hex}; border-radius: 10px; }}"
            " QFrame#goalBadge QLabel { color: white; font-weight: bold; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 12, 4)
        image = QLabel(self)
        image.setPixmap(goal_picture(goal.number, goal.colour.hex, picture))
        self.text = QLabel(f"{goal.number} · {goal.short_name}", self)
        row.addWidget(image)
        row.addWidget(self.text, 1)
        self.setAccessibleName(goal.label)
        self.setToolTip(goal.text)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)


class SmileyProgressView(QWidget):
    """Goal rows × start → tussen → eind, each score drawn, with arrows and "van 2 naar 4".

    Attributes:
        verloop_labels: goal number → the label with the words on its progress.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Voortgang per doel"))
        self._grid = QGridLayout(self)
        self._grid.setHorizontalSpacing(10)
        self.verloop_labels: dict[int, QLabel] = {}

    def show_rows(self, rows: list[tuple[Goal, SmileyRij]]) -> None:
        """Show the scores of these goals."""
        clear_layout(self._grid)
        self.verloop_labels = {}
        headers = (
            self.tr("Doel"),
            self.tr("Start"),
            "",
            self.tr("Tussenevaluatie"),
            "",
            self.tr("Eindevaluatie"),
            self.tr("Verloop"),
        )
        for column, text in enumerate(headers):
            header = QLabel(f"<b>{text}</b>", self)
            self._grid.addWidget(header, 0, column)
        for row, (goal, rij) in enumerate(rows, start=1):
            self._grid.addWidget(GoalBadge(goal, 24, self), row, 0)
            values = (rij.start, rij.tussen, rij.eind)
            for index, value in enumerate(values):
                self._grid.addWidget(self._cell(value), row, 1 + index * 2)
                if index < 2:
                    self._grid.addWidget(self._arrow(value, values[index + 1]), row, 2 + index * 2)
            words = QLabel(self._verloop_text(rij), self)
            words.setWordWrap(True)
            self._grid.addWidget(words, row, 6)
            self.verloop_labels[goal.number] = words
        if not rows:
            self._grid.addWidget(QLabel(self.tr("Nog geen doelen gekozen."), self), 1, 0, 1, 7)
        self._grid.setColumnStretch(6, 1)

    def _cell(self, value: int | None) -> QWidget:
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        picture = QLabel(cell)
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(cell)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if value is None:
            text.setText(self.tr("nog niet"))
            text.setStyleSheet("color: #6B6B6B;")
        else:
            picture.setPixmap(smiley_pixmap(value, CELL_SMILEY, ratio=2.0))
            text.setText(f"{smiley_label(value)} ({value})")
        column.addWidget(picture)
        column.addWidget(text)
        cell.setAccessibleName(text.text())
        return cell

    def _arrow(self, before: int | None, after: int | None) -> QLabel:
        label = QLabel(self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if before is None or after is None:
            return label
        sign, colour, words = (
            ("↑", "#2E7D32", self.tr("beter"))
            if after > before
            else ("↓", "#B3261E", self.tr("minder"))
            if after < before
            else ("=", "#5F6368", self.tr("gelijk"))
        )
        label.setText(f"<span style='font-size: 20pt; color: {colour}'>{sign}</span>")
        label.setAccessibleName(words)
        label.setToolTip(words)
        return label

    def _verloop_text(self, rij: SmileyRij) -> str:
        verloop = rij.verloop
        if verloop is None:
            return self.tr("nog één score")
        first, last = verloop
        if last > first:
            return self.tr("van {a} naar {b}: beter ↑").format(a=first, b=last)
        if last < first:
            return self.tr("van {a} naar {b}: minder ↓").format(a=first, b=last)
        return self.tr("van {a} naar {b}: gelijk =").format(a=first, b=last)


class SmileyPanel(QWidget):
    """Enter smiley scores per chosen goal, and see the progress side by side.

    Attributes:
        moment: the moment scores are entered for.
        moment_buttons: Start, Tussenevaluatie, Eindevaluatie.
        pickers: goal number → its row of five smileys for the chosen moment.
        progress: the side-by-side view.
        parent_view: the full-screen parent view, once opened.
        parent_view_full_screen: open the parent view full screen (False in tests).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._traject_id: uuid.UUID | None = None
        self._gezin_id: uuid.UUID | None = None
        self.moment = Moment.START
        self.pickers: dict[int, SmileyPicker] = {}
        self.parent_view: ParentView | None = None
        self.parent_view_full_screen = True
        self._saving = False
        self.setAccessibleName(self.tr("Smileys per doel"))
        self._build()
        ctx.events.data_changed.connect(self._on_data_changed)

    def _build(self) -> None:
        column = QVBoxLayout(self)
        title = QLabel(f"<h2>{self.tr('Smileys per doel')}</h2>", self)
        column.addWidget(title)
        column.addLayout(self._moment_row())
        self._rows = QGridLayout()
        self._rows.setVerticalSpacing(6)
        column.addLayout(self._rows)
        self.parent_button = QPushButton(self.tr("Laat de ouder &kiezen (groot scherm)"), self)
        self.parent_button.setMinimumHeight(44)
        self.parent_button.setAccessibleName(self.tr("Laat de ouder de smileys kiezen"))
        self.parent_button.clicked.connect(self.open_parent_view)
        column.addWidget(self.parent_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        column.addWidget(self.message)
        column.addWidget(QLabel(f"<h3>{self.tr('Voortgang per doel')}</h3>", self))
        self.progress = SmileyProgressView(self)
        column.addWidget(self.progress)
        column.addStretch(1)

    def _moment_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Moment:"), self))
        self._moments = QButtonGroup(self)
        self.moment_buttons: list[QPushButton] = []
        texts = {
            Moment.START: self.tr("&Start"),
            Moment.TUSSEN: self.tr("&Tussenevaluatie"),
            Moment.EIND: self.tr("&Eindevaluatie"),
        }
        for number, (moment, text) in enumerate(texts.items()):
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setMinimumHeight(40)
            button.setChecked(moment is self.moment)
            button.setAccessibleName(text.replace("&", ""))
            self._moments.addButton(button, number)
            self.moment_buttons.append(button)
            row.addWidget(button)
        self._moments.idClicked.connect(self._on_moments_id_clicked)
        row.addStretch(1)
        return row

    def show_traject(self, traject_id: uuid.UUID, moment: str | None = None) -> None:
        """Show the scores of a traject's chosen goals (for `moment`, when given)."""
        self._traject_id = traject_id
        if moment is not None:
            self.set_moment(moment)
        else:
            self.refresh()

    def set_moment(self, moment: str) -> None:
        """Enter scores for this moment (start, tussen or eind)."""
        self.moment = Moment(moment)
        self.moment_buttons[list(Moment).index(self.moment)].setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        """Read the scores again and redraw."""
        if self._traject_id is None:
            return
        with self._ctx.session() as session:
            if session.get(Traject, self._traject_id) is None:  # erased, or gone with a sync
                self._traject_id = None
                return
            plan = plan_service.read_plan(session, self._traject_id)
            table = plan_service.smiley_table(session, self._traject_id)
        self._gezin_id = plan.traject.gezin_id
        doelen = [d.doel for d in plan.actieve_doelen]
        self._fill_pickers(doelen, table)
        self._show_progress(doelen, table)
        self.parent_button.setEnabled(bool(doelen))

    def _show_progress(self, doelen: list[int], table: dict[int, SmileyRij]) -> None:
        rows = [
            (self._ctx.content.goal(d), table.get(d, SmileyRij(d, None, None, None)))
            for d in sorted(set(doelen) | set(table))
        ]
        self.progress.show_rows(rows)

    def _fill_pickers(self, doelen: list[int], table: dict[int, SmileyRij]) -> None:
        clear_layout(self._rows)
        self.pickers = {}
        for row, doel in enumerate(doelen):
            goal = self._ctx.content.goal(doel)
            self._rows.addWidget(GoalBadge(goal, 28, self), row, 0, Qt.AlignmentFlag.AlignVCenter)
            picker = SmileyPicker(48, self)
            picker.setAccessibleName(self.tr("Smiley voor {goal}").format(goal=goal.label))
            rij = table.get(doel)
            picker.set_value(rij.waarde(self.moment) if rij else None)
            picker.chosen.connect(lambda waarde, d=doel: self._save(d, waarde))
            self._rows.addWidget(picker, row, 1, Qt.AlignmentFlag.AlignLeft)
            self.pickers[doel] = picker
        if not doelen:
            text = self.tr("Kies eerst doelen in het plan van aanpak.")
            self._rows.addWidget(QLabel(text, self), 0, 0)
        self._rows.setColumnStretch(2, 1)

    def _save(self, doel: int, waarde: int) -> None:
        if self._traject_id is None:
            return
        try:
            with self._ctx.changes() as changes:
                traject = plan_service.read_plan(changes.session, self._traject_id).traject
                plan_service.score_smiley(
                    changes,
                    traject,
                    doel,
                    self.moment,
                    waarde,
                    self._ctx.today(),
                    GegevenDoor.OUDER,
                )
        except SamenLerenError as error:
            self.message.setText(error.message)
            return
        goal = self._ctx.content.goal(doel)
        self.message.setText(
            self.tr("Opgeslagen: {goal}, {label}.").format(
                goal=goal.label, label=smiley_label(waarde)
            )
        )
        with self._ctx.session() as session:
            table = plan_service.smiley_table(session, self._traject_id)
        self._show_progress(list(self.pickers), table)
        self._saving = True
        try:
            self._ctx.changed(self._gezin_id)
        finally:
            self._saving = False
        self._focus_after(doel)

    def _focus_after(self, doel: int) -> None:
        """Keyboard flow: after a score, go on to the next goal's smileys."""
        order = list(self.pickers)
        if doel in order and order.index(doel) + 1 < len(order):
            self.pickers[order[order.index(doel) + 1]].setFocus()

    @Slot()
    def open_parent_view(self) -> None:
        """Turn the screen to the parent: one goal per screen with big smileys."""
        if self._traject_id is None:
            return
        self.parent_view = ParentView(self._ctx, self.parent_view_full_screen)
        self.parent_view.finished.connect(self.refresh)
        self.parent_view.ask_smileys(self._traject_id, self.moment)
        self.parent_view.present()

    @Slot(int)
    def _on_moments_id_clicked(self, number: int) -> None:
        self.set_moment(list(Moment)[number])

    @Slot(object)
    def _on_data_changed(self, gezin_id: object) -> None:
        if not self._saving and (gezin_id is None or gezin_id == self._gezin_id):
            self.refresh()
