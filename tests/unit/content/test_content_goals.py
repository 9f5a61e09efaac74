"""The goals catalog must match section 1.2 of the description of Samen Leren word for word.

The expected texts below are copied from the description (NJi databank, 9 February 2022), with
"belooft" written as the intended "beloont". They live here so CI checks them without the source.
"""

from __future__ import annotations

import json

import pytest

from samenleren_desktop.model.content import load_content
from samenleren_desktop.model.paths import content_dir

EXPECTED_GOALS: list[tuple[int, str]] = [
    (1, "Ouder stimuleert in aansluiting op school de leerhouding van het kind."),
    (2, "Ouder stimuleert in aansluiting op school de taalontwikkeling van het kind."),
    (3, "Ouder stimuleert in aansluiting op school de rekenontwikkeling van het kind."),
    (4, "Ouder stimuleert in aansluiting op school de fijne motoriek van het kind."),
    (5, "Ouder heeft regelmatig functioneel contact met de leerkracht."),
    (6, "Ouder biedt het kind structuur."),
    (7, "Ouder stelt het kind grenzen."),
    (8, "Ouder geeft het kind positieve aandacht."),
]

EXPECTED_SUBGOALS: list[tuple[str, str]] = [
    ("1.1", "Ouder en kind oefenen in dagelijkse situaties met de concentratie."),
    ("1.2", "Ouder en kind oefenen aan de hand van spellen en materialen met de concentratie."),
    ("1.3", "Ouder beloont het kind indien hij/zij zich concentreert."),
    (
        "1.4",
        "Ouder stimuleert de leergierigheid van het kind door vragen te stellen "
        "tijdens dagelijkse situaties en spellen/activiteiten met het kind.",
    ),
    (
        "1.5",
        "Ouder stimuleert de leergierigheid van het kind door samen op zoek te "
        "gaan naar antwoorden op de vragen van het kind.",
    ),
    ("1.6", "Ouder beloont het kind voor het stellen van vragen en het zoeken naar antwoorden."),
    ("2.1", "Ouder stimuleert het kind te kijken naar leerzame, taalstimulerende programma's."),
    (
        "2.2",
        "Ouder leest het kind (indien mogelijk) regelmatig voor, in de eigen of "
        "de Nederlandse taal.",
    ),
    ("2.3", "Ouder en kind lezen regelmatig samen (alleen wanneer het kind al kan/leert lezen)."),
    (
        "2.4",
        "Ouder stimuleert het kind oefeningen te doen op leerzame, taal "
        "stimulerende websites/computerprogramma's.",
    ),
    (
        "2.5",
        "Kind is lid van de bibliotheek en de bibliotheek wordt regelmatig "
        "bezocht door ouder en kind.",
    ),
    ("2.6", "Ouder en kind oefenen in dagelijkse situaties met taal."),
    ("2.7", "Ouder en kind oefenen aan de hand van spellen en materialen met taal."),
    ("2.8", "Ouder beloont het kind voor goed taalgebruik en het oefenen met taal."),
    (
        "3.1",
        "Ouder stimuleert het kind te kijken naar leerzame, rekenvaardigheden "
        "stimulerende programma's.",
    ),
    (
        "3.2",
        "Ouder stimuleert het kind oefeningen te doen op leerzame, "
        "rekenvaardigheden stimulerende websites/computerprogramma's.",
    ),
    ("3.3", "Ouder en kind oefenen in dagelijkse situaties met rekenen."),
    ("3.4", "Ouder en kind oefenen aan de hand van spellen en materialen met rekenen."),
    ("3.5", "Ouder beloont goede resultaten voor rekenen en het oefenen met rekenen."),
    ("4.1", "Ouder en kind oefenen met de fijne motoriek in dagelijkse situaties."),
    ("4.2", "Ouder en kind oefenen met de fijne motoriek aan de hand van spellen en materialen."),
    ("4.3", "Ouder beloont het oefenen met de fijne motoriek."),
    (
        "5.1",
        "Ouder is aanwezig bij belangrijke momenten op school of blijft op een "
        "andere manier op de hoogte.",
    ),
    ("5.2", "Ouder is op de hoogte van het huidige en het verwachte schoolniveau van het kind."),
    (
        "5.3",
        "Ouder communiceert met de leerkracht over het welzijn en de voortgang "
        "van het kind op school en thuis.",
    ),
    (
        "6.1",
        "Ouder hanteert een vaste dagindeling en weekplanning, waarbij aandacht "
        "is voor het doen van schoolwerk/leerzame spellen of activiteiten.",
    ),
    ("6.2", "Ouder biedt het kind een vaste werkplek en een rustige leeromgeving."),
    (
        "6.3",
        "Ouder en kind maken duidelijke afspraken over tijden en dagelijkse "
        "momenten en passen deze toe.",
    ),
    (
        "6.4",
        "Wanneer er iets in de structuur/planning verandert, geeft de ouder dit "
        "duidelijk aan bij het kind.",
    ),
    (
        "6.5",
        "Ouder beloont het kind wanneer hij/zij zich aan afspraken met "
        "betrekking tot structuur houdt.",
    ),
    ("7.1", "Ouder stelt regels op, passend bij het kind."),
    (
        "7.2",
        "Indien het kind de regels overtreedt, reageert de ouder op consistente "
        "wijze door het geven van waarschuwingen en een time-out.",
    ),
    ("7.3", "Ouder beloont het kind indien hij/zij zich aan de gestelde regels houdt."),
    ("8.1", "Ouder beloont goed gedrag, inzet en prestaties."),
    ("8.2", "Ouder past verschillende manieren van belonen toe."),
    ("8.3", "Ouder reageert sensitief op emoties van het kind."),
    ("8.4", "Ouder vraagt regelmatig aan het kind hoe het op school was."),
    ("8.5", "Ouder besteedt positieve aandacht aan het doen van schoolwerk."),
]

EXPECTED_COLOURS = {1: "paars", 2: "paars", 3: "paars", 4: "paars", 5: "paars"} | {
    6: "roze",
    7: "oranje",
    8: "groen",
}


def test_shipped_goals_are_worded_as_in_the_description() -> None:
    content = load_content()
    assert [(goal.number, goal.text) for goal in content.goals] == EXPECTED_GOALS


def test_shipped_subgoals_are_worded_and_numbered_as_in_the_description() -> None:
    content = load_content()
    assert [(sub.number, sub.text) for sub in content.subgoals] == EXPECTED_SUBGOALS
    assert len(content.subgoals) == 38


def test_the_json_file_itself_holds_the_same_texts() -> None:
    raw = json.loads((content_dir() / "doelen.json").read_text(encoding="utf-8"))
    texts = [(sub["nummer"], sub["tekst"]) for goal in raw["doelen"] for sub in goal["subdoelen"]]
    assert texts == EXPECTED_SUBGOALS


def test_rewards_are_written_beloont_never_belooft() -> None:
    texts = [text for _, text in EXPECTED_SUBGOALS]
    assert not any("belooft" in text for text in texts)
    assert sum("beloont" in text for text in texts) == 8


@pytest.mark.parametrize(("number", "colour"), sorted(EXPECTED_COLOURS.items()))
def test_goal_colours_follow_the_documented_mapping(number: int, colour: str) -> None:
    goal = load_content().goal(number)
    assert goal.colour.name == colour
    assert goal.is_parenting_goal == (number >= 6)


def _luminance(hex_value: str) -> float:
    channels = [int(hex_value[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("name", ["paars", "roze", "oranje", "groen"])
def test_white_text_on_every_goal_colour_is_readable(name: str) -> None:
    colour = load_content().colours[name]
    contrast = 1.05 / (_luminance(colour.hex) + 0.05)
    assert contrast >= 4.5  # WCAG AA for normal text


def test_each_subgoal_belongs_to_its_goal() -> None:
    for goal in load_content().goals:
        assert all(sub.goal == goal.number for sub in goal.subgoals)
        assert goal.label.startswith(f"Doel {goal.number}: ")
