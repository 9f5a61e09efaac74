"""One family's whole traject through the GUI alone, from aanmelding to follow-up.

The coach unlocks a workspace, signs a new family up and does every step of the trajectpijl
with keys and clicks in the real main window, while the clock moves on from visit to visit
(`journey_steps.Coach`). Then the workspace is read back (`journey_store`): every step is done
and everything is stored as it was entered. Finally the workspace is closed, opened again
through the unlock page, and all of it must still be there.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samenleren_desktop.model.entities.keuzes import ContactStatus, Setting
from samenleren_desktop.model.rules import StepStatus
from samenleren_desktop.model.rules.stappen import STAPPEN
from samenleren_desktop.ui.pijl_widget import look_key
from samenleren_desktop.ui.selftest import PASSPHRASE, make_demo_workspace
from tests.ui.journey_answers import INTAKE, NAZORG, as_stored
from tests.ui.journey_hands import Clock
from tests.ui.journey_steps import Coach, Visit
from tests.ui.journey_store import StoredTraject, stored_traject

pytestmark = pytest.mark.gui

START = date(2026, 9, 7)
FAMILY = "Gezin Verhoef"
BOTH = (2, 6)  # Taal and Structuur, the goals the parent wants to learn about


@pytest.fixture
def coaches(qtbot: QtBot, tmp_path: Path) -> Iterator[list[Coach]]:
    """Start the program on a demo workspace with two other families (one `Coach` per start)."""
    make_demo_workspace(tmp_path / "werkruimte", families=2, today=START)
    started: list[Coach] = []
    yield started
    for coach in started:
        coach.controller.close()


def start(qtbot: QtBot, coaches: list[Coach], clock: Clock, tmp_path: Path) -> Coach:
    """Start the program on the workspace and unlock it by typing the passphrase."""
    coach = Coach(qtbot, tmp_path / "werkruimte", clock, tmp_path / "instellingen.ini")
    coaches.append(coach)
    coach.unlock(PASSPHRASE)
    return coach


def test_a_whole_traject_through_the_gui(
    qtbot: QtBot, coaches: list[Coach], tmp_path: Path
) -> None:
    clock = Clock(START)
    coach = start(qtbot, coaches, clock, tmp_path)
    aanmelding_and_intake(coach)
    afstemmingsfase(coach)
    plan_van_aanpak(coach)
    werken_aan_doelen(coach)
    afronding(coach)

    stored = stored_traject(coach.workspace, FAMILY, clock())
    check_stored(stored, coach)
    check_arrow_done(coach)

    coach.window.close()
    coach.controller.close()
    again = start(qtbot, coaches, clock, tmp_path)
    again.open_family("Verhoef")
    check_arrow_done(again)
    assert stored_traject(again.workspace, FAMILY, clock()) == stored


# --- the journey, step by step -------------------------------------------------------------


def aanmelding_and_intake(coach: Coach) -> None:
    """Sign the family up (Ctrl+N), record the intake visit and fill in the intake list."""
    coach.sign_up(
        {
            "naam": FAMILY,
            "adres": "Lindelaan 4",
            "postcode": "3581 AB",
            "plaats": "Utrecht",
            "ouder_0_voornaam": "Ilse",
            "ouder_0_achternaam": "Verhoef",
            "ouder_0_telefoon": "06-24681357",
            "kind_0_voornaam": "Mees",
            "kind_0_geboortedatum": "12-03-2020",
            "aangemeld_door": "juf Anouk",
        },
        {"kind_0_groep": "Groep 2", "bron": "School"},
    )
    assert coach.traject.naam.text() == FAMILY
    coach.screenshot("traject_nieuw")
    coach.clock.go_to(date(2026, 9, 9))
    coach.record_visit("intake", Visit(duur=90, reistijd=20, aanwezigen="Ilse"))
    coach.step_action("Intakevragenlijst invullen")
    shown = coach.fill_questionnaire(coach.traject.vragenlijsten.runner, INTAKE)
    # "Ja" to help with talking opens "Wie kan helpen met vertalen?", and so on.
    order = list(shown)
    for opens, opened in (
        ("hulp_bij_praten", "hulp_bij_praten_wie"),
        ("andere_hulp_nu", "andere_hulp_wie"),
        ("zorgen", "zorgen_anders"),
    ):
        assert order.index(opened) == order.index(opens) + 1
        before = shown[order[order.index(opens) - 1]]
        assert shown[opens] == before + 1, f"answering {opens} showed no new question"
    coach.screenshot("intake")


def afstemmingsfase(coach: Coach) -> None:
    """Kennismaking (planned, then held), informatiemap with the parent, activiteit, school."""
    coach.plan_visit("kennismaking", date(2026, 9, 14))
    coach.clock.go_to(date(2026, 9, 14))
    coach.hold_planned_visit("kennismaking", Visit(aanwezigen="Ilse, Mees en zus Fenna"))

    coach.clock.go_to(date(2026, 9, 16))
    coach.record_visit("informatiemap", Visit(duur=90, setting=Setting.OUDER, aanwezigen="Ilse"))
    coach.step_action("Activiteiten kiezen")
    plan = coach.traject.plan
    coach.screenshot("informatiemap")
    coach.tick(plan.goal_boxes[2])
    coach.click(plan.details[2].parent_button)
    view = coach.parent_view()
    coach.screenshot("ouder_kiest", view)
    coach.qtbot.keyClick(view.tiles[0], Qt.Key.Key_Right)  # the parent moves to the second tile
    coach.chosen[2] = view.tiles[1].activity.id
    coach.qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    coach.hand_back(view)
    row = coach.activity_row(2, coach.chosen[2])
    assert "gekozen door ouder" in plan.details[2].activities.item(row).text()

    coach.clock.go_to(date(2026, 9, 21))
    coach.record_visit("activiteit", Visit(aanwezigen="Ilse, Mees"))
    coach.step_action("Gekozen activiteit afvinken")
    coach.click_item(plan.details[2].activities, row)
    coach.click(plan.details[2].done_button)

    coach.clock.go_to(date(2026, 9, 23))
    coach.record_visit(
        "ouder_leerkracht_gesprek",
        Visit(duur=30, setting=Setting.SCHOOL, aanwezigen="Ilse, juf Anouk"),
    )


def plan_van_aanpak(coach: Coach) -> None:
    """Goals with subgoals, notes, an activity, an afspraak, the start smileys, the visit."""
    coach.clock.go_to(date(2026, 9, 28))
    coach.open_step("plan_van_aanpak")
    coach.step_action("Plan van aanpak maken")
    plan = coach.traject.plan
    coach.tick(plan.goal_boxes[6])
    for doel, subgoal_rows in SUBGOAL_ROWS.items():
        coach.open_goal_tab(doel)
        for row in subgoal_rows:
            coach.tick_item(plan.details[doel].subgoals, row)
    structuur = plan.details[6]
    coach.type_and_leave(structuur.notes["ervaren"], NOTES["ervaren"])
    coach.type_and_leave(structuur.notes["proberen"], NOTES["proberen"])
    coach.click_item(structuur.activities, 0)
    coach.chosen[6] = str(structuur.activities.item(0).data(Qt.ItemDataRole.UserRole))
    coach.click(structuur.pick_button)
    coach.type_into(plan.afspraken.tekst, AFSPRAAK[0])
    coach.type_into(plan.afspraken.wie, AFSPRAAK[1])
    coach.type_into(plan.afspraken.wanneer, AFSPRAAK[2])
    coach.qtbot.keyClick(plan.afspraken.tekst, Qt.Key.Key_Return)
    coach.screenshot("plan_van_aanpak")

    coach.open_step("plan_van_aanpak")
    coach.step_action("Startscore (smileys)")
    coach.give_smileys({2: 2, 6: 1})
    coach.record_visit(
        "plan_van_aanpak", Visit(duur=90, setting=Setting.OUDER, doelen=BOTH, aanwezigen="Ilse")
    )


def werken_aan_doelen(coach: Coach) -> None:
    """Per goal a visit with the whole family and one with the parent; the tussenevaluatie."""
    coach.clock.go_to(date(2026, 10, 5))
    coach.record_visit("werken_aan_doelen", Visit(doelen=BOTH, aanwezigen="Ilse, Mees"))
    coach.clock.go_to(date(2026, 10, 7))
    coach.record_visit(
        "werken_aan_doelen",
        Visit(duur=90, setting=Setting.OUDER, doelen=BOTH, aanwezigen="Ilse"),
    )
    coach.clock.go_to(date(2026, 11, 2))
    coach.open_step("tussenevaluatie")
    coach.step_action("Smileys tussenevaluatie")
    coach.give_smileys({2: 3, 6: 3})
    coach.screenshot("smileys_tussenevaluatie")
    coach.record_visit("tussenevaluatie", Visit(setting=Setting.OUDER, doelen=BOTH))


def afronding(coach: Coach) -> None:
    """Eindevaluatie with the parent's smileys, afsluitende activiteit, nazorg and follow-up."""
    coach.clock.go_to(date(2026, 12, 7))
    coach.open_step("eindevaluatie")
    coach.step_action("Smileys eindevaluatie")
    coach.click(coach.traject.smileys.parent_button)
    view = coach.parent_view()
    coach.qtbot.keyClick(view.focusWidget(), Qt.Key.Key_4)  # Taal: goed
    coach.screenshot("ouder_smileys", view)
    coach.qtbot.keyClick(view.focusWidget(), Qt.Key.Key_5)  # Structuur: heel goed
    coach.hand_back(view)
    coach.record_visit("eindevaluatie", Visit(setting=Setting.OUDER, doelen=BOTH))

    coach.clock.go_to(date(2026, 12, 14))
    coach.record_visit("afsluitende_activiteit", Visit(duur=120, aanwezigen="het hele gezin"))
    coach.step_action("Certificaten maken (PDF)")
    folder = coach.folder.parent
    made = coach.make_documents(folder, ["certificaat-ouder", "certificaat-kind"])
    assert [p.name for p in made] == [
        "certificaat-ouder-Gezin-Verhoef.pdf",
        "certificaat-kind-Gezin-Verhoef.pdf",
    ]
    assert all(p.read_bytes().startswith(b"%PDF") for p in made)
    coach.clock.go_to(date(2027, 1, 18))
    coach.record_visit("nazorg", Visit(duur=20, reistijd=0, setting=Setting.TELEFOON))
    coach.step_action("Nazorgvragenlijst invullen")
    coach.fill_questionnaire(coach.traject.vragenlijsten.runner, NAZORG)
    coach.clock.go_to(date(2027, 6, 7))
    coach.record_visit("follow_up", Visit(duur=45, aanwezigen="Ilse"))
    coach.screenshot("afgerond")


# --- what must be stored -------------------------------------------------------------------


def check_stored(stored: StoredTraject, coach: Coach) -> None:
    """Every step done; family, visits, answers, plan and smileys as the coach entered them."""
    assert stored.pijl == {stap.value: StepStatus.DONE for stap in STAPPEN}
    assert stored.gezin == (FAMILY, "Lindelaan 4", "3581 AB", "Utrecht")
    assert stored.ouders == [("Ilse", "Verhoef", "06-24681357")]
    assert stored.kinderen == [("Mees", 2, date(2020, 3, 12))]
    assert stored.aanmelding == (START, "school", "juf Anouk")
    assert stored.contacten == [
        (
            soort,
            day,
            time(10, 0),
            ContactStatus.GEHOUDEN.value,
            v.duur,
            v.reistijd,
            str(v.setting),
            list(v.doelen),
            v.aanwezigen,
        )
        for soort, day, v in coach.visits
    ]
    assert [soort for soort, _day, _v in coach.visits].count("doelbezoek") == 2
    assert stored.antwoorden == {
        "intake_ouder": (True, as_stored(INTAKE, date(2026, 9, 9))),
        "nazorg": (True, as_stored(NAZORG, date(2027, 1, 18))),
    }
    assert stored.doelen == {
        2: (["2.1", "2.3"], "", "", date(2026, 9, 16), None),
        6: (["6.2"], NOTES["ervaren"], NOTES["proberen"], date(2026, 9, 28), None),
    }
    scores = {2: (2, 3, 4), 6: (1, 3, 5)}
    days = (date(2026, 9, 28), date(2026, 11, 2), date(2026, 12, 7))
    assert stored.smileys == {
        (doel, moment, score, day)
        for doel, per_moment in scores.items()
        for moment, score, day in zip(("start", "tussen", "eind"), per_moment, days, strict=True)
    }
    assert stored.activiteiten == {
        (coach.chosen[2], 2, "ouder", date(2026, 9, 16), date(2026, 9, 21)),
        (coach.chosen[6], 6, "begeleider", date(2026, 9, 28), None),
    }
    assert stored.afspraken == [AFSPRAAK]


def check_arrow_done(coach: Coach) -> None:
    """The trajectpijl on screen shows every step as done, in colour and in words."""
    states = coach.traject.pijl.states()
    assert [s.stap for s in states] == list(STAPPEN)
    assert all(look_key(s) == "done" for s in states)
    for state in states:
        assert coach.traject.pijl.step_text(state).startswith(f"{state.label}. Gedaan.")
    assert coach.traject.details.text().endswith("Fase: Afgerond")


SUBGOAL_ROWS = {2: (0, 2), 6: (1,)}
NOTES = {
    "ervaren": "Ochtenden zijn druk; Mees weet niet wat er komt.",
    "proberen": "Weekschema op de koelkast.",
}
AFSPRAAK = ("Elke avond samen het weekschema bekijken", "Ilse en Mees", "na het eten")
