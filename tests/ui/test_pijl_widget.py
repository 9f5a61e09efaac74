"""The trajectpijl widget: the same statuses as the rules, keyboard and mouse, wrapping."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlmodel import select

from samenleren_desktop.model.entities import Traject
from samenleren_desktop.model.rules import Stap, StepState, StepStatus, Termijn
from samenleren_desktop.model.services.feiten import pijl_van
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.ui.pijl_widget import PijlWidget, look_key
from tests.ui.conftest import TODAY

pytestmark = pytest.mark.gui


def _pijlen(workspace: Workspace) -> list[list[StepState]]:
    with workspace.session() as session:
        return [pijl_van(session, t, TODAY) for t in session.exec(select(Traject)).all()]


def _widget(qtbot: QtBot, pijl: list[StepState]) -> PijlWidget:
    widget = PijlWidget()
    qtbot.addWidget(widget)
    widget.set_pijl(pijl)
    widget.resize(1200, widget.heightForWidth(1200))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_shows_the_statuses_of_the_rules(qtbot: QtBot, demo_workspace: Workspace) -> None:
    pijlen = _pijlen(demo_workspace)
    seen: set[str] = set()
    for pijl in pijlen:
        widget = _widget(qtbot, pijl)
        assert widget.states() == pijl
        for state in pijl:
            text = widget.step_text(state)
            assert text.startswith(state.label)
            seen.add(look_key(state))
            expected = {
                StepStatus.DONE: "Gedaan",
                StepStatus.SKIPPED: "Overgeslagen",
                StepStatus.NEXT: "Te laat" if state.overdue else "Volgende stap",
                StepStatus.OPEN: "Te laat" if state.overdue else "Nog te doen",
            }[state.status]
            assert expected in text
            if state.gedaan_op is not None:
                assert f"{state.gedaan_op:%d-%m-%Y}" in text
            assert not widget.step_rect(state.stap.value).isEmpty()
    assert {"done", "next", "open", "skipped"} <= seen


def test_keyboard_moves_focus_and_activates(qtbot: QtBot, demo_workspace: Workspace) -> None:
    pijl = _pijlen(demo_workspace)[0]
    widget = _widget(qtbot, pijl)
    widget.setFocus()
    start = next(i for i, s in enumerate(pijl) if s.status is StepStatus.NEXT)
    assert widget.current_step() == pijl[start].stap.value
    qtbot.keyClick(widget, Qt.Key.Key_Home)
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert widget.current_step() == pijl[2].stap.value
    assert widget.accessibleDescription().startswith(pijl[2].label)
    with qtbot.waitSignal(widget.step_activated) as blocker:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert blocker.args == [pijl[2].stap.value]
    qtbot.keyClick(widget, Qt.Key.Key_Left)
    with qtbot.waitSignal(widget.step_activated) as blocker:
        qtbot.keyClick(widget, Qt.Key.Key_Space)
    assert blocker.args == [pijl[1].stap.value]
    qtbot.keyClick(widget, Qt.Key.Key_End)
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert widget.current_step() == pijl[-1].stap.value


def test_click_activates_a_step(qtbot: QtBot, demo_workspace: Workspace) -> None:
    pijl = _pijlen(demo_workspace)[0]
    widget = _widget(qtbot, pijl)
    target = pijl[5].stap.value
    with qtbot.waitSignal(widget.step_activated) as blocker:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.step_rect(target).center())
    assert blocker.args == [target]
    assert widget.current_step() == target


def test_wraps_when_narrow_or_large_font(qtbot: QtBot, demo_workspace: Workspace) -> None:
    widget = _widget(qtbot, _pijlen(demo_workspace)[0])
    wide = widget.heightForWidth(2400)
    narrow = widget.heightForWidth(500)
    assert narrow > wide
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    widget.setFont(font)
    assert widget.heightForWidth(500) > narrow
    widget.resize(500, widget.heightForWidth(500))
    rects = [widget.step_rect(s.stap.value) for s in widget.states()]
    assert all(r.right() <= 500 for r in rects)
    assert all(not a.intersects(b) for a, b in itertools.pairwise(rects))


def test_overdue_step_says_te_laat_with_its_due_date(qtbot: QtBot) -> None:
    termijn = Termijn(date(2026, 10, 1), date(2026, 10, 8))
    pijl = [
        StepState(Stap.AANMELDING, StepStatus.DONE, gedaan_op=date(2026, 9, 1)),
        StepState(Stap.INTAKE, StepStatus.NEXT, termijn=termijn, overdue=True),
        StepState(Stap.KENNISMAKING, StepStatus.SKIPPED, reden="Niet nodig"),
    ]
    widget = _widget(qtbot, pijl)
    assert look_key(pijl[1]) == "overdue"
    assert widget.step_text(pijl[1]) == "Intakegesprek. Te laat. Uiterlijk 08-10-2026."
    assert widget.step_text(pijl[2]) == (
        "Kennismakingsactiviteit. Overgeslagen. Reden: Niet nodig."
    )
    assert widget.current_step() == "intake"
    assert widget.accessibleDescription() == widget.step_text(pijl[1])
