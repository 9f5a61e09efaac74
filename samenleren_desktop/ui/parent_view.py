"""The parent view: a full-screen, low-text mode the coach turns towards the parent.

One question per screen with big drawn pictures and big buttons, no jargon:

- `ask_smileys(traject_id, moment)`: "Hoe gaat het met: [goal picture + name]?" for each chosen
  goal in turn, answered with one of five big smileys (tap, keys 1-5, or arrows + Enter). Every
  answer is saved the moment it is given.
- `choose_activity(traject_id, doel)`: the informatiemap activities for that goal and the child's
  groep as big picture tiles; the parent taps one and it is stored as chosen by the parent.

Esc or the small corner button asks "Terug naar de begeleider?" before handing back.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from samenleren_desktop.model.content import Activity
from samenleren_desktop.model.entities.keuzes import GegevenDoor, Moment
from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.services import plan as plan_service
from samenleren_desktop.ui.activity_icons import goal_picture, pictogram_pixmap
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.smiley_icons import SmileyPicker, smiley_pixmap

SMILEY_SIZE = 132
GOAL_PICTURE = 150
TILE_COLUMNS = 4
_BACKGROUND = "#FFF8E7"


def _big_font(widget: QWidget, factor: float, bold: bool = True) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


class ParentView(QWidget):
    """The full-screen view for the parent.

    Attributes:
        advance_delay_ms: how long a chosen smiley stays visible before the next goal (0 in
            tests: move on at once).
        smileys: the five big smileys of the current question.
        tiles: the activity tiles of the current choice.

    Signals:
        smiley_saved: (traject id, goal, value) a score was stored.
        activity_chosen: (traject id, activity id) the parent picked an activity.
        finished: the view was handed back to the coach and closed.
    """

    smiley_saved = Signal(object, int, int)
    activity_chosen = Signal(object, str)
    finished = Signal()

    def __init__(self, ctx: AppContext, full_screen: bool = True) -> None:
        super().__init__(None)
        self._ctx = ctx
        self._full_screen = full_screen
        self.advance_delay_ms = 350
        self._traject_id: uuid.UUID | None = None
        self._moment = Moment.START
        self._goals: list[int] = []
        self._scores: dict[int, int] = {}
        self._index = 0
        self._doel = 0
        self._before_confirm = 0
        self.tiles: list[ActivityTile] = []
        self._advance_timer = QTimer(self)
        self._advance_timer.setSingleShot(True)
        self._advance_timer.timeout.connect(self._advance)
        self.setWindowTitle(self.tr("Samen Leren voor ouders"))
        self.setAccessibleName(self.tr("Scherm voor de ouder"))
        self.setObjectName("parentView")
        self.setStyleSheet(f"QWidget#parentView {{ background: {_BACKGROUND}; }}")
        self.setAutoFillBackground(True)
        self._build()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 24)
        outer.addLayout(self._corner_bar())
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._smiley_page())
        self.pages.addWidget(self._activity_page())
        self.pages.addWidget(self._done_page())
        self.pages.addWidget(self._confirm_page())
        outer.addWidget(self.pages, 1)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B3261E; font-weight: bold;")
        self.error.setAccessibleName(self.tr("Melding"))
        outer.addWidget(self.error)

    def _corner_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.step_label = QLabel(self)
        self.step_label.setFont(_big_font(self, 1.3))
        self.step_label.setAccessibleName(self.tr("Hoeveelste vraag"))
        self.coach_button = QPushButton(self.tr("✕ Begeleider"), self)
        self.coach_button.setAccessibleName(self.tr("Terug naar de begeleider"))
        self.coach_button.setToolTip(self.tr("Terug naar de begeleider (Esc)"))
        self.coach_button.setMinimumHeight(40)
        self.coach_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.coach_button.clicked.connect(self.ask_to_leave)
        bar.addWidget(self.step_label)
        bar.addStretch(1)
        bar.addWidget(self.coach_button)
        return bar

    def _smiley_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addStretch(1)
        self.question = QLabel(self.tr("Hoe gaat het met:"), page)
        self.question.setFont(_big_font(self, 2.2))
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.question)
        self.goal_image = QLabel(page)
        self.goal_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.goal_image)
        self.goal_name = QLabel(page)
        self.goal_name.setFont(_big_font(self, 2.6))
        self.goal_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.goal_name)
        column.addSpacing(16)
        self.smileys = SmileyPicker(SMILEY_SIZE, page)
        self.smileys.setFont(_big_font(self, 1.5, bold=False))
        self.smileys.chosen.connect(self._on_smileys_chosen)
        column.addWidget(self.smileys, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        self.back_button = _big_button(self.tr("← Vorige"), page)
        self.back_button.setAccessibleName(self.tr("Vorige vraag"))
        self.back_button.clicked.connect(self._on_back_button_clicked)
        column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _activity_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        self.activity_title = QLabel(self.tr("Wat wil je samen doen?"), page)
        self.activity_title.setFont(_big_font(self, 2.2))
        self.activity_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.activity_title)
        self.activity_goal = QLabel(page)
        self.activity_goal.setFont(_big_font(self, 1.6))
        self.activity_goal.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.activity_goal)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tile_area = QWidget(scroll)
        for widget in (scroll.viewport(), self.tile_area):
            palette = widget.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(_BACKGROUND))
            widget.setPalette(palette)
            widget.setAutoFillBackground(True)
        self.tile_grid = QGridLayout(self.tile_area)
        self.tile_grid.setSpacing(16)
        scroll.setWidget(self.tile_area)
        self.tile_scroll = scroll
        column.addWidget(scroll, 1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addStretch(1)
        self.done_image = QLabel(page)
        self.done_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.done_image)
        self.done_text = QLabel(page)
        self.done_text.setFont(_big_font(self, 2.4))
        self.done_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_text.setWordWrap(True)
        column.addWidget(self.done_text)
        column.addSpacing(24)
        self.done_button = _big_button(self.tr("Klaar"), page)
        self.done_button.setAccessibleName(self.tr("Klaar, terug naar de begeleider"))
        self.done_button.clicked.connect(self.hand_back)
        column.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        return page

    def _confirm_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addStretch(1)
        text = QLabel(self.tr("Terug naar de begeleider?"), page)
        text.setFont(_big_font(self, 2.4))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(text)
        column.addSpacing(32)
        row = QHBoxLayout()
        row.addStretch(1)
        self.confirm_yes = _big_button(self.tr("Ja, terug"), page)
        self.confirm_yes.clicked.connect(self.hand_back)
        self.confirm_no = _big_button(self.tr("Nee, verder"), page, "#2E7D32")
        self.confirm_no.clicked.connect(self._on_confirm_no_clicked)
        row.addWidget(self.confirm_no)
        row.addSpacing(24)
        row.addWidget(self.confirm_yes)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        return page

    # --- modes --------------------------------------------------------------------------------

    def present(self) -> None:
        """Show the view: full screen for the parent (a normal window in tests)."""
        if self._full_screen:
            self.showFullScreen()
        else:
            self.resize(1100, 760)
            self.show()
        self.activateWindow()

    def ask_smileys(self, traject_id: uuid.UUID, moment: str) -> None:
        """Ask a smiley score for every chosen goal of the traject, one goal per screen."""
        self._traject_id = traject_id
        self._moment = Moment(moment)
        with self._ctx.session() as session:
            plan = plan_service.read_plan(session, traject_id)
            table = plan_service.smiley_table(session, traject_id)
        self._goals = [d.doel for d in plan.actieve_doelen]
        self._scores = {
            doel: value
            for doel, rij in table.items()
            if (value := rij.waarde(self._moment)) is not None
        }
        self._index = 0
        if self._goals:
            self._show_goal()
        else:
            self._show_done(self.tr("Er zijn nog geen doelen gekozen."), None)

    def choose_activity(self, traject_id: uuid.UUID, doel: int) -> None:
        """Show the activities for a goal (and the child's groep) as big tiles to tap."""
        self._traject_id = traject_id
        self._doel = doel
        with self._ctx.session() as session:
            groepen = plan_service.read_plan(session, traject_id).groepen
        goal = self._ctx.content.goal(doel)
        self.activity_goal.setText(goal.short_name)
        self.activity_goal.setStyleSheet(f"color: {goal.colour.hex};")
        self.step_label.setText("")
        self._fill_tiles(plan_service.activities_for_goal(self._ctx.content, doel, groepen))
        if self.tiles:
            self.pages.setCurrentIndex(1)
            self.tiles[0].setFocus()

    # --- smileys ------------------------------------------------------------------------------

    def _show_goal(self) -> None:
        goal = self._ctx.content.goal(self._goals[self._index])
        self.goal_image.setPixmap(goal_picture(goal.number, goal.colour.hex, GOAL_PICTURE))
        self.goal_name.setText(self.tr("{goal}?").format(goal=goal.short_name))
        self.goal_name.setStyleSheet(f"color: {goal.colour.hex};")
        self.question.setAccessibleName(
            self.tr("Hoe gaat het met: {goal}?").format(goal=goal.short_name)
        )
        self.step_label.setText(
            self.tr("{n} van {total}").format(n=self._index + 1, total=len(self._goals))
        )
        self.smileys.set_value(self._scores.get(goal.number))
        self.back_button.setVisible(self._index > 0)
        self.pages.setCurrentIndex(0)
        self.smileys.buttons[(self._scores.get(goal.number) or 3) - 1].setFocus()

    @Slot(int)
    def _on_smileys_chosen(self, waarde: int) -> None:
        if self._traject_id is None or not self._goals:
            return
        doel = self._goals[self._index]
        try:
            with self._ctx.changes() as changes:
                traject = plan_service.read_plan(changes.session, self._traject_id).traject
                plan_service.score_smiley(
                    changes,
                    traject,
                    doel,
                    self._moment,
                    waarde,
                    self._ctx.today(),
                    GegevenDoor.OUDER,
                )
        except SamenLerenError as error:
            self.error.setText(error.message)
            return
        self.error.clear()
        self._scores[doel] = waarde
        self._ctx.changed(traject.gezin_id)
        self.smiley_saved.emit(self._traject_id, doel, waarde)
        if self.advance_delay_ms:
            self._advance_timer.start(self.advance_delay_ms)  # a quick second tap restarts it
        else:
            self._advance()

    @Slot()
    def _advance(self) -> None:
        if self.pages.currentIndex() != 0:
            return
        if self._index + 1 < len(self._goals):
            self._index += 1
            self._show_goal()
        else:
            self._show_done(self.tr("Dank je wel!"), smiley_pixmap(5, GOAL_PICTURE))

    @Slot()
    def _on_back_button_clicked(self) -> None:
        self._advance_timer.stop()
        if self._index > 0:
            self._index -= 1
            self._show_goal()

    # --- activities ---------------------------------------------------------------------------

    def _fill_tiles(self, activities: tuple[Activity, ...]) -> None:
        for tile in self.tiles:
            self.tile_grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = []
        for number, activity in enumerate(activities):
            tile = ActivityTile(activity, self.tile_area)
            tile.setFont(_big_font(self, 1.35))
            tile.clicked.connect(lambda _=False, a=activity: self._on_tile_clicked(a))
            tile.move_requested.connect(self._on_tile_move_requested)
            self.tile_grid.addWidget(tile, number // TILE_COLUMNS, number % TILE_COLUMNS)
            self.tiles.append(tile)
        if not activities:
            self._show_done(self.tr("Er zijn geen activiteiten voor dit doel."), None)

    @Slot(object, int)
    def _on_tile_move_requested(self, tile: ActivityTile, step: int) -> None:
        steps = {-1: -1, 1: 1, -2: -TILE_COLUMNS, 2: TILE_COLUMNS}
        index = self.tiles.index(tile) + steps[step]
        if 0 <= index < len(self.tiles):
            self.tiles[index].setFocus()
            self.tile_scroll.ensureWidgetVisible(self.tiles[index])

    def _on_tile_clicked(self, activity: Activity) -> None:
        if self._traject_id is None:
            return
        try:
            with self._ctx.changes() as changes:
                plan = plan_service.read_plan(changes.session, self._traject_id)
                plan_service.pick_activity(
                    changes,
                    plan,
                    self._ctx.content,
                    activity.id,
                    self._doel,
                    self._ctx.today(),
                    GegevenDoor.OUDER,
                )
        except SamenLerenError as error:
            self.error.setText(error.message)
            return
        self.error.clear()
        self._ctx.changed(plan.traject.gezin_id)
        self.activity_chosen.emit(self._traject_id, activity.id)
        self._show_done(
            self.tr("Jullie kiezen: {name}").format(name=activity.name),
            pictogram_pixmap(activity.icon, GOAL_PICTURE, fallback=activity.name),
        )

    # --- ending -------------------------------------------------------------------------------

    def _show_done(self, text: str, picture: QPixmap | None) -> None:
        self.done_text.setText(text)
        if picture is None:
            self.done_image.clear()
        else:
            self.done_image.setPixmap(picture)
        self.step_label.setText("")
        self.pages.setCurrentIndex(2)
        self.done_button.setFocus()

    @Slot()
    def ask_to_leave(self) -> None:
        """Ask whether to hand the screen back to the coach."""
        if self.pages.currentIndex() != 3:
            self._before_confirm = self.pages.currentIndex()
        self.pages.setCurrentIndex(3)
        self.confirm_no.setFocus()

    @Slot()
    def _on_confirm_no_clicked(self) -> None:
        self.pages.setCurrentIndex(self._before_confirm)
        if self._before_confirm == 0 and self._goals:
            self._show_goal()
        elif self._before_confirm == 1 and self.tiles:
            self.tiles[0].setFocus()

    @Slot()
    def hand_back(self) -> None:
        """Close the view and give the screen back to the coach."""
        self.close()
        self.finished.emit()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.ask_to_leave()
            return
        if self.pages.currentIndex() == 0:
            self.smileys.keyPressEvent(event)
            return
        super().keyPressEvent(event)


TILE_PICTURE = 110
_MOVES = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -2, Qt.Key.Key_Down: 2}


class ActivityTile(QAbstractButton):
    """A big tile with an activity's picture and name, for the parent to tap.

    Signals:
        move_requested: (this tile, step) an arrow key was pressed: -1 left, 1 right, -2 up,
            2 down; the owner moves the focus.
    """

    move_requested = Signal(object, int)

    def __init__(self, activity: Activity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activity = activity
        self.setText(activity.name)
        self.setAccessibleName(activity.name)
        self.setToolTip(activity.explanation)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._picture = pictogram_pixmap(activity.icon, TILE_PICTURE, fallback=activity.name)

    @override
    def sizeHint(self) -> QSize:
        lines = self.fontMetrics().lineSpacing() * 3
        return QSize(TILE_PICTURE + 100, TILE_PICTURE + lines + 36)

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(TILE_PICTURE + 40, self.sizeHint().height())

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        elif key in _MOVES:
            self.move_requested.emit(self, _MOVES[key])
        else:
            super().keyPressEvent(event)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        focus = self.hasFocus()
        painter.setPen(QPen(QColor("#F5A623" if focus else "#D8CFC0"), 5 if focus else 2))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(area, 18, 18)
        left = (self.width() - TILE_PICTURE) / 2
        painter.drawPixmap(round(left), 14, self._picture)
        painter.setPen(QColor("#202020"))
        text = QRectF(8, TILE_PICTURE + 20, self.width() - 16, self.height() - TILE_PICTURE - 24)
        painter.setFont(self._fitting_font(text.width()))
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        painter.drawText(text, int(flags) | int(Qt.TextFlag.TextWordWrap), self.text())
        painter.end()

    def _fitting_font(self, width: float) -> QFont:
        """The tile's font, made smaller (down to 60 %) until the longest word fits."""
        font = QFont(self.font())
        longest = max(self.text().split(), key=len, default="")
        size = font.pointSizeF()
        while size > self.font().pointSizeF() * 0.6:
            if QFontMetrics(font).horizontalAdvance(longest) <= width:
                break
            size *= 0.9
            font.setPointSizeF(size)
        return font


def _big_button(text: str, parent: QWidget, colour: str = "#1A5FB4") -> QPushButton:
    """A big, friendly button (at least 64 px high)."""
    button = QPushButton(text, parent)
    button.setFont(_big_font(parent, 1.6))
    button.setMinimumSize(QSize(200, 64))
    button.setStyleSheet(
        f"QPushButton {{ background: {colour}; color: white; border-radius: 14px;"
        " padding: 8px 24px; }"
        " QPushButton:focus { border: 4px solid #F5A623; }"
    )
    button.setAutoDefault(True)
    return button
