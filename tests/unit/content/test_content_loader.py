"""The loader API the rest of the program uses."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from samenleren_desktop.model.content import (
    UnknownContent,
    check_content,
    clear_content_cache,
    load_content,
)
from samenleren_desktop.model.paths import content_dir


def test_loading_is_fast_and_cached() -> None:
    clear_content_cache()
    started = time.perf_counter()
    first = load_content()
    assert time.perf_counter() - started < 2.0
    assert load_content() is first
    assert load_content(content_dir()) is first


def test_lookups_by_number_and_id() -> None:
    content = load_content()
    assert content.goal(6).short_name == "Structuur"
    assert content.goal(6).colour.hex.startswith("#")
    assert content.subgoal("2.3").goal == 2
    assert content.activity("rekenbingo").goals == (3,)
    assert content.goal_names[8] == "Positieve aandacht"
    assert set(content.questionnaire_ids()) == {
        "intake_ouder",
        "intake_leerkracht",
        "startscore",
        "evaluatie",
        "nazorg",
        "evaluatie_leerkracht",
    }


@pytest.mark.parametrize(
    ("lookup", "message"),
    [
        (lambda: load_content().goal(9), "Doel 9 bestaat niet."),
        (lambda: load_content().subgoal("9.9"), "Subdoel 9.9 bestaat niet."),
        (lambda: load_content().activity("x"), "Activiteit ‘x’ staat niet in de informatiemap."),
        (lambda: load_content().questionnaire("x"), "Vragenlijst ‘x’ bestaat niet."),
    ],
)
def test_unknown_content_has_a_dutch_message(lookup: object, message: str) -> None:
    assert callable(lookup)
    with pytest.raises(UnknownContent) as caught:
        lookup()
    assert caught.value.message == message


def test_check_content_reports_nothing_for_the_shipped_folder() -> None:
    assert check_content(content_dir()).problems == []


def test_content_files_are_indented_json_with_a_final_newline() -> None:
    for path in sorted(Path(content_dir()).rglob("*.json")):
        text = path.read_text(encoding="utf-8")
        assert text.endswith("}\n"), path
        assert text.startswith('{\n  "'), path
