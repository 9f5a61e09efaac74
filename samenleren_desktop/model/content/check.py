"""Check a whole content folder: every file, the links between them, and the versions.

Layout of a content folder:

    doelen.json                            goals, subgoals, colours
    informatiemap.json                     activities
    questionnaires/<id>/v1.json, v2.json   every published version of every questionnaire
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from samenleren_desktop.model.content.check_catalog import (
    ACTIVITIES_FILE,
    GOALS_FILE,
    check_activities,
    check_goals,
)
from samenleren_desktop.model.content.check_questions import check_questionnaire
from samenleren_desktop.model.content.problems import SLUG, FileReport, Problem, read_json

QUESTIONNAIRES_DIR = "questionnaires"
_VERSION_FILE = re.compile(r"^v([1-9][0-9]*)\.json$")


@dataclass
class RawContent:
    """The parsed JSON of a content folder, and the problems found in it."""

    goals: Any = None
    activities: Any = None
    # questionnaire id -> version -> parsed JSON
    questionnaires: dict[str, dict[int, Any]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    activity_count: int = 0


def check_content(folder: Path) -> RawContent:
    """Read and check every content file in `folder`; `problems` lists all that is wrong."""
    raw = RawContent()
    if not folder.is_dir():
        raw.problems.append(Problem(str(folder), "", "deze map bestaat niet"))
        return raw
    raw.goals, problems = read_json(folder, GOALS_FILE)
    raw.problems += problems
    goal_report = FileReport(GOALS_FILE)
    goal_index = check_goals(raw.goals, goal_report) if raw.goals is not None else {}
    raw.activities, problems = read_json(folder, ACTIVITIES_FILE)
    raw.problems += problems + goal_report.problems
    if raw.activities is not None:
        report = FileReport(ACTIVITIES_FILE)
        raw.activity_count = check_activities(raw.activities, goal_index, report)
        raw.problems += report.problems
    _check_questionnaires(folder, raw)
    return raw


def _check_questionnaires(folder: Path, raw: RawContent) -> None:
    base = folder / QUESTIONNAIRES_DIR
    if not base.is_dir():
        raw.problems.append(Problem(QUESTIONNAIRES_DIR, "", "map ontbreekt"))
        return
    for directory in sorted(path for path in base.iterdir() if path.is_dir()):
        versions = _check_versions(folder, directory, raw.problems)
        if versions:
            raw.questionnaires[directory.name] = versions


def _check_versions(folder: Path, directory: Path, problems: list[Problem]) -> dict[int, Any]:
    relative = f"{QUESTIONNAIRES_DIR}/{directory.name}"
    if not SLUG.match(directory.name):
        problems.append(Problem(relative, "", "de mapnaam mag alleen kleine letters, cijfers en _"))
    numbers: list[int] = []
    for path in sorted(directory.iterdir()):
        match = _VERSION_FILE.match(path.name)
        if match:
            numbers.append(int(match.group(1)))
        elif path.suffix == ".json":
            problems.append(
                Problem(f"{relative}/{path.name}", "", "naam moet v1.json, v2.json … zijn")
            )
    numbers.sort()
    if not numbers:
        problems.append(Problem(relative, "", "geen versies gevonden (v1.json ontbreekt)"))
    elif numbers != list(range(1, len(numbers) + 1)):
        found = ", ".join(str(number) for number in numbers)
        problems.append(
            Problem(relative, "", f"versies moeten 1, 2, 3 … zonder gaten zijn (gevonden: {found})")
        )
    docs: dict[int, Any] = {}
    types: dict[str, tuple[int, str]] = {}
    for number in numbers:
        name = f"{relative}/v{number}.json"
        doc, read_problems = read_json(folder, name)
        problems.extend(read_problems)
        if doc is not None:
            problems.extend(_check_version(doc, name, directory.name, number, types))
            docs[number] = doc
    return docs


def _check_version(
    doc: Any, name: str, questionnaire_id: str, number: int, types: dict[str, tuple[int, str]]
) -> list[Problem]:
    report = FileReport(name)
    question_types = check_questionnaire(doc, report)
    if isinstance(doc, dict):
        if doc.get("id") != questionnaire_id:
            report.add("id", f"moet ‘{questionnaire_id}’ zijn, net als de mapnaam")
        if doc.get("version") != number:
            report.add("version", f"moet {number} zijn, net als de bestandsnaam")
    for question_id, kind in question_types.items():
        earlier = types.setdefault(question_id, (number, kind))
        if earlier[1] != kind:
            report.add(
                f"vraag {question_id}",
                f"type {kind} wijkt af van versie {earlier[0]} ({earlier[1]}); "
                "geef een gewijzigde vraag een nieuw id",
            )
    return report.problems
