"""The plan van aanpak editor: goals in their colours, subgoals, per-goal notes, activities and
the afsprakenkaart.

Every change is saved at once through `model.services.plan` (ticking a goal or subgoal, leaving
a note field, picking an activity). A bad input shows a plain Dutch message and keeps what the
coach typed; what was stored before stays as it was.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFocusEvent, QFont, QHideEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from samenleren_desktop.model.content import Goal
from samenleren_desktop.model.entities import ActiviteitKeuze, PlanDoel, Traject
from samenleren_desktop.model.entities.keuzes import GegevenDoor
from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.services import plan as plan_service
from samenleren_desktop.model.services.changes import Changes
from samenleren_desktop.model.services.plan import Plan
from samenleren_desktop.ui.activity_icons import goal_picture, pictogram_icon
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.parent_view import ParentView

Action = Callable[[Changes, Plan], Any]
"""A change to the plan, run in one transaction with the plan as that transaction sees it."""
Write = Callable[[Action], bool]
"""Runs an action; False when it was refused (the message is shown)."""

BUTTON_HEIGHT = 40


def _colour_text(widget: QWidget, colour: str) -> None:
    """Bold text in a goal's colour, without a style sheet (so font scaling keeps working)."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    widget.setPalette(palette)
    font = QFont()
    font.setBold(True)
    widget.setFont(font)


def _button(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.setMinimumHeight(BUTTON_HEIGHT)
    return button


class NoteEdit(QPlainTextEdit):
    """A multi-line note field that reports when the coach leaves it after typing.

    Signals:
        editing_finished: the text changed and the field lost the focus.
    """

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(56)
        self.setMaximumHeight(90)

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.document().isModified():
            self.document().setModified(False)
            self.editing_finished.emit()


class GoalDetail(QWidget):
    """One chosen goal: its subgoals, the notes along the learning cycle, its activities.

    Attributes:
        subgoals: the subgoal list (checkable items, data = subgoal number).
        notes: note field name → its editor.
        activities: the informatiemap activities for this goal and the child's groep.

    Signals:
        choose_with_parent: (goal number) the coach wants the parent to pick an activity.
    """

    choose_with_parent = Signal(int)

    def __init__(self, ctx: AppContext, goal: Goal, write: Write, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.goal = goal
        self._write = write
        self._plan_doel_id: uuid.UUID | None = None
        self.setAccessibleName(goal.label)
        column = QVBoxLayout(self)
        header = QHBoxLayout()
        strip = QFrame(self)
        strip.setFixedWidth(8)
        strip.setStyleSheet(f"background: {goal.colour.hex};")
        text = QLabel(f"<b>{goal.label}</b> — {goal.text}", self)
        text.setWordWrap(True)
        header.addWidget(strip)
        header.addWidget(text, 1)
        column.addLayout(header)
        column.addWidget(self._subgoal_box())
        column.addWidget(self._notes_box())
        column.addWidget(self._activity_box())

    def _subgoal_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Subdoelen"), self)
        self.subgoals = QListWidget(box)
        self.subgoals.setWordWrap(True)
        self.subgoals.setSpacing(2)
        self.subgoals.setAccessibleName(
            self.tr("Subdoelen van {goal}").format(goal=self.goal.label)
        )
        for subgoal in self.goal.subgoals:
            item = QListWidgetItem(f"{subgoal.number}  {subgoal.text}", self.subgoals)
            item.setData(Qt.ItemDataRole.UserRole, subgoal.number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.subgoals.setMinimumHeight(120)
        self.subgoals.itemChanged.connect(self._on_subgoals_item_changed)
        QVBoxLayout(box).addWidget(self.subgoals)
        return box

    def _notes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Notities per stap van de leercyclus"), self)
        form = QFormLayout(box)
        labels = {
            "ervaren": self.tr("&Ervaren"),
            "bespreken": self.tr("&Bespreken"),
            "informeren": self.tr("&Informeren"),
            "proberen": self.tr("Probere&n"),
            "notities": self.tr("No&tities"),
        }
        self.notes: dict[str, NoteEdit] = {}
        for veld, label in labels.items():
            edit = NoteEdit(box)
            edit.setAccessibleName(label.replace("&", ""))
            edit.editing_finished.connect(lambda v=veld: self._save_note(v))
            form.addRow(label, edit)
            self.notes[veld] = edit
        return box

    def _activity_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Activiteiten uit de informatiemap"), self)
        column = QVBoxLayout(box)
        self.activities = QListWidget(box)
        self.activities.setAccessibleName(
            self.tr("Activiteiten voor {goal}").format(goal=self.goal.label)
        )
        self.activities.setMinimumHeight(140)
        column.addWidget(self.activities)
        row = QHBoxLayout()
        self.pick_button = _button(self.tr("&Kiezen"), self.tr("Activiteit kiezen"), box)
        self.parent_button = _button(
            self.tr("Kies met o&uder"), self.tr("Kies een activiteit samen met de ouder"), box
        )
        self.done_button = _button(self.tr("Ge&daan"), self.tr("Activiteit gedaan"), box)
        self.remove_button = _button(self.tr("Wegha&len"), self.tr("Keuze weghalen"), box)
        for button in (self.pick_button, self.parent_button, self.done_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.pick_button.clicked.connect(self._on_pick_button_clicked)
        self.parent_button.clicked.connect(lambda: self.choose_with_parent.emit(self.goal.number))
        self.done_button.clicked.connect(self._on_done_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        return box

    def show_plan(self, plan: Plan, plan_doel: PlanDoel) -> None:
        """Show what is stored for this goal."""
        self._plan_doel_id = plan_doel.id
        self.subgoals.blockSignals(True)
        for row in range(self.subgoals.count()):
            item = self.subgoals.item(row)
            chosen = item.data(Qt.ItemDataRole.UserRole) in plan_doel.subdoelen
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.subgoals.blockSignals(False)
        for veld, edit in self.notes.items():
            if not edit.hasFocus():
                edit.setPlainText(str(getattr(plan_doel, veld)))
        self.show_activities(plan)

    def show_activities(self, plan: Plan) -> None:
        """List the activities for this goal and the child's groep, with what was picked."""
        current = self.activities.currentRow()
        picks = {k.activiteit: k for k in plan.keuzes_voor(self.goal.number)}
        self.activities.clear()
        for activity in plan_service.activities_for_goal(
            self._ctx.content, self.goal.number, plan.groepen
        ):
            keuze = picks.get(activity.id)
            item = QListWidgetItem(
                pictogram_icon(activity.icon, 32, activity.name), "", self.activities
            )
            item.setText(activity.name + self._pick_text(keuze))
            item.setToolTip(activity.explanation)
            item.setData(Qt.ItemDataRole.UserRole, activity.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, keuze)
        self.activities.setCurrentRow(max(0, min(current, self.activities.count() - 1)))

    def _pick_text(self, keuze: ActiviteitKeuze | None) -> str:
        if keuze is None:
            return ""
        door = {
            GegevenDoor.OUDER.value: self.tr("ouder"),
            GegevenDoor.KIND.value: self.tr("kind"),
            GegevenDoor.BEGELEIDER.value: self.tr("begeleider"),
        }.get(keuze.gekozen_door, keuze.gekozen_door)
        if keuze.uitgevoerd_op is not None:
            return self.tr("  ✓ gekozen door {who}, gedaan op {day}").format(
                who=door, day=keuze.uitgevoerd_op.strftime("%d-%m-%Y")
            )
        return self.tr("  ★ gekozen door {who}").format(who=door)

    def _selected(self) -> tuple[str, ActiviteitKeuze | None] | None:
        item = self.activities.currentItem()
        if item is None:
            return None
        return str(item.data(Qt.ItemDataRole.UserRole)), item.data(Qt.ItemDataRole.UserRole + 1)

    def _save_note(self, veld: str) -> None:
        text = self.notes[veld].toPlainText()
        self._write(lambda ch, plan: plan_service.write_note(ch, self._doel(plan), veld, text))

    def _doel(self, plan: Plan) -> PlanDoel:
        plan_doel = plan.doel(self.goal.number)
        if plan_doel is None:
            raise SamenLerenError(self.tr("Dit doel staat niet meer in het plan."))
        return plan_doel

    @Slot(QListWidgetItem)
    def _on_subgoals_item_changed(self, _item: QListWidgetItem) -> None:
        chosen = [
            str(self.subgoals.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.subgoals.count())
            if self.subgoals.item(row).checkState() == Qt.CheckState.Checked
        ]
        content = self._ctx.content
        self._write(
            lambda ch, plan: plan_service.set_subgoals(ch, content, self._doel(plan), chosen)
        )

    @Slot()
    def _on_pick_button_clicked(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        activity_id, _ = selected
        content, today, doel = self._ctx.content, self._ctx.today(), self.goal.number
        self._write(
            lambda ch, plan: plan_service.pick_activity(
                ch, plan, content, activity_id, doel, today, GegevenDoor.BEGELEIDER
            )
        )

    @Slot()
    def _on_done_button_clicked(self) -> None:
        selected = self._selected()
        if selected is None or selected[1] is None:
            return
        keuze, today = selected[1], self._ctx.today()
        self._write(lambda ch, _plan: plan_service.mark_activity_done(ch, keuze, today))

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        selected = self._selected()
        if selected is None or selected[1] is None:
            return
        keuze = selected[1]
        self._write(lambda ch, _plan: plan_service.remove_pick(ch, keuze))


class AfsprakenBox(QGroupBox):
    """The afsprakenkaart: what the family and the coach agreed, who does it and when.

    Attributes:
        items: the agreements (data = the stored item).
        tekst, wie, wanneer: the fields for a new or changed agreement.
    """

    def __init__(self, write: Write, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Afsprakenkaart"))
        self._write = write
        column = QVBoxLayout(self)
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("Afspraken"))
        self.items.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.items.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.items.currentItemChanged.connect(self._on_items_current_item_changed)
        column.addWidget(self.items)
        form = QFormLayout()
        self.tekst = QLineEdit(self)
        self.tekst.setMaxLength(500)
        self.wie = QLineEdit(self)
        self.wie.setMaxLength(100)
        self.wanneer = QLineEdit(self)
        self.wanneer.setMaxLength(100)
        for label, edit in (
            (self.tr("&Afspraak"), self.tekst),
            (self.tr("Wie doet &het"), self.wie),
            (self.tr("&Wanneer"), self.wanneer),
        ):
            edit.setAccessibleName(label.replace("&", ""))
            form.addRow(label, edit)
        column.addLayout(form)
        row = QHBoxLayout()
        self.add_button = _button(self.tr("Toevoe&gen"), self.tr("Afspraak toevoegen"), self)
        self.save_button = _button(
            self.tr("Wijziging op&slaan"), self.tr("Afspraak wijzigen"), self
        )
        self.remove_button = _button(self.tr("Verwi&jderen"), self.tr("Afspraak verwijderen"), self)
        for button in (self.add_button, self.save_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.tekst.returnPressed.connect(self._on_add_button_clicked)

    def show_plan(self, plan: Plan) -> None:
        """List the stored agreements."""
        current = self.items.currentRow()
        self.items.blockSignals(True)
        self.items.clear()
        for afspraak in plan.afspraken:
            extra = " · ".join(part for part in (afspraak.wie, afspraak.wanneer) if part)
            item = QListWidgetItem(afspraak.tekst + (f"  ({extra})" if extra else ""), self.items)
            item.setData(Qt.ItemDataRole.UserRole, afspraak)
        self.items.setCurrentRow(min(current, self.items.count() - 1))
        self.items.blockSignals(False)

    def _fields(self) -> tuple[str, str, str]:
        return self.tekst.text(), self.wie.text(), self.wanneer.text()

    def _clear_fields(self) -> None:
        for edit in (self.tekst, self.wie, self.wanneer):
            edit.clear()

    @Slot()
    def _on_add_button_clicked(self) -> None:
        tekst, wie, wanneer = self._fields()
        if self._write(lambda ch, plan: plan_service.add_afspraak(ch, plan, tekst, wie, wanneer)):
            self._clear_fields()
            self.tekst.setFocus()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        item = self.items.currentItem()
        if item is None:
            return
        afspraak = item.data(Qt.ItemDataRole.UserRole)
        tekst, wie, wanneer = self._fields()
        self._write(lambda ch, _p: plan_service.edit_afspraak(ch, afspraak, tekst, wie, wanneer))

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        item = self.items.currentItem()
        if item is None:
            return
        afspraak = item.data(Qt.ItemDataRole.UserRole)
        if self._write(lambda ch, _p: plan_service.remove_afspraak(ch, afspraak)):
            self._clear_fields()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_items_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        afspraak = current.data(Qt.ItemDataRole.UserRole)
        self.tekst.setText(afspraak.tekst)
        self.wie.setText(afspraak.wie)
        self.wanneer.setText(afspraak.wanneer)


class PlanEditor(QWidget):
    """The plan van aanpak of one traject.

    Attributes:
        goal_boxes: goal number (1-8) → its checkbox, shown in the goal's colour.
        details: goal number → the tab with its subgoals, notes and activities.
        tabs: one tab per goal in the plan.
        afspraken: the afsprakenkaart.
        message: the last message (saved, or what was wrong).
        parent_view: the full-screen parent view, once opened.
        parent_view_full_screen: open the parent view full screen (False in tests).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._traject_id: uuid.UUID | None = None
        self._gezin_id: uuid.UUID | None = None
        self._saving = False
        self.plan: Plan | None = None
        self.details: dict[int, GoalDetail] = {}
        self._holders: dict[int, QScrollArea] = {}
        self.parent_view: ParentView | None = None
        self.parent_view_full_screen = True
        self.setAccessibleName(self.tr("Plan van aanpak"))
        self._build()
        ctx.events.data_changed.connect(self._on_data_changed)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.title = QLabel(f"<h2>{self.tr('Plan van aanpak')}</h2>", self)
        outer.addWidget(self.title)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        outer.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self._goal_box(), 0)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Gekozen doelen"))
        self.tabs.setUsesScrollButtons(True)
        row.addWidget(self.tabs, 1)
        outer.addLayout(row, 1)
        self.afspraken = AfsprakenBox(self._write, self)
        outer.addWidget(self.afspraken, 0)

    def _goal_box(self) -> QWidget:
        box = QGroupBox(self.tr("Doelen"), self)
        column = QVBoxLayout(box)
        self.goal_boxes: dict[int, QCheckBox] = {}
        for goal in self._ctx.content.goals:
            check = QCheckBox(f"&{goal.number} · {goal.short_name}", box)
            check.setIcon(goal_picture(goal.number, goal.colour.hex, 32))
            check.setMinimumHeight(BUTTON_HEIGHT)
            check.setAccessibleName(goal.label)
            check.setToolTip(goal.text)
            check.setIconSize(QSize(28, 28))
            _colour_text(check, goal.colour.hex)
            check.toggled.connect(lambda on, n=goal.number: self._on_goal_toggled(n, on))
            column.addWidget(check)
            self.goal_boxes[goal.number] = check
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(box.sizeHint().width() + bar + 8)
        return scroll

    def show_traject(self, traject_id: uuid.UUID) -> None:
        """Show the plan van aanpak of a traject."""
        if traject_id != self._traject_id:
            self.save_pending()
            self._remove_tabs(list(self.details))
        self._traject_id = traject_id
        self.message.clear()
        self.refresh()

    def save_pending(self) -> None:
        """Save note fields that were typed in but not left yet (call before locking)."""
        for detail in list(self.details.values()):
            for edit in detail.notes.values():
                if edit.document().isModified():
                    edit.document().setModified(False)
                    edit.editing_finished.emit()

    @override
    def hideEvent(self, event: QHideEvent) -> None:
        self.save_pending()
        super().hideEvent(event)

    def _remove_tabs(self, numbers: list[int]) -> None:
        for number in numbers:
            self.details.pop(number)
            holder = self._holders.pop(number)
            self.tabs.removeTab(self.tabs.indexOf(holder))
            holder.deleteLater()

    def refresh(self) -> None:
        """Read the plan again and show it (keeps the open tab)."""
        if self._traject_id is None:
            return
        with self._ctx.session() as session:
            if session.get(Traject, self._traject_id) is None:  # erased, or gone with a sync
                self._traject_id = None
                return
            self.plan = plan_service.read_plan(session, self._traject_id)
        self._gezin_id = self.plan.traject.gezin_id
        active = {d.doel: d for d in self.plan.actieve_doelen}
        for number, check in self.goal_boxes.items():
            check.blockSignals(True)
            check.setChecked(number in active)
            check.blockSignals(False)
        self._sync_tabs(active)
        self.afspraken.show_plan(self.plan)
        if not active:  # an empty plan: say where to begin (activities hang under a goal)
            self.message.setStyleSheet("")
            self.message.setText(
                self.tr("Nog geen doelen. Vink links een doel aan voor subdoelen en activiteiten.")
            )

    def _sync_tabs(self, active: dict[int, PlanDoel]) -> None:
        assert self.plan is not None
        current = self.tabs.currentWidget()
        self._remove_tabs([n for n in self.details if n not in active])
        for number in sorted(active):
            if number not in self.details:
                goal = self._ctx.content.goal(number)
                detail = GoalDetail(self._ctx, goal, self._write, self)
                detail.choose_with_parent.connect(self.open_parent_choice)
                scroll = sorted(active).index(number)
                holder = QScrollArea(self.tabs)
                holder.setWidget(detail)
                holder.setWidgetResizable(True)
                holder.setFrameShape(QScrollArea.Shape.NoFrame)
                self.tabs.insertTab(
                    scroll,
                    holder,
                    goal_picture(number, goal.colour.hex, 24),
                    f"{number} · {goal.short_name}",
                )
                self.details[number] = detail
                self._holders[number] = holder
            self.details[number].show_plan(self.plan, active[number])
        if current is not None and self.tabs.indexOf(current) >= 0:
            self.tabs.setCurrentWidget(current)

    def show_goal_tab(self, doel: int) -> None:
        """Bring a chosen goal's tab to the front."""
        if doel in self._holders:
            self.tabs.setCurrentWidget(self._holders[doel])

    def _write(self, action: Action) -> bool:
        """Run a change in one transaction; show the message when it is refused."""
        if self._traject_id is None:
            return False
        try:
            with self._ctx.changes() as changes:
                action(changes, plan_service.read_plan(changes.session, self._traject_id))
        except SamenLerenError as error:
            self.message.setText(error.message)
            self.message.setStyleSheet("color: #B3261E; font-weight: bold;")
            return False
        self.message.setText(self.tr("Opgeslagen."))
        self.message.setStyleSheet("color: #2E7D32;")
        self._saving = True
        try:
            self.refresh()
            self._ctx.changed(self._gezin_id)
        finally:
            self._saving = False
        return True

    def _on_goal_toggled(self, number: int, on: bool) -> None:
        content, today = self._ctx.content, self._ctx.today()
        if on:
            done = self._write(
                lambda ch, plan: plan_service.include_goal(ch, plan, content, number, today)
            )
        else:
            done = self._write(lambda ch, plan: self._drop(ch, plan, number, today))
        if done and on:
            self.show_goal_tab(number)
        elif not done:
            self.refresh()  # show the box as it is stored

    @staticmethod
    def _drop(changes: Changes, plan: Plan, number: int, today: date) -> None:
        plan_doel = plan.doel(number)
        if plan_doel is not None:
            plan_service.drop_goal(changes, plan_doel, today)

    @Slot(int)
    def open_parent_choice(self, doel: int) -> None:
        """Turn the screen to the parent to choose an activity for a goal."""
        if self._traject_id is None:
            return
        self.parent_view = ParentView(self._ctx, self.parent_view_full_screen)
        self.parent_view.finished.connect(self.refresh)
        self.parent_view.choose_activity(self._traject_id, doel)
        self.parent_view.present()

    @Slot(object)
    def _on_data_changed(self, gezin_id: object) -> None:
        if not self._saving and (gezin_id is None or gezin_id == self._gezin_id):
            self.refresh()
