"""The `samenleren content` command: check a folder of Samen Leren content.

    samenleren content check DIR

prints every problem as `file: field: problem` and exits with 1, or prints a short summary and
exits with 0 when the content is in order. `register` is called from cli.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from samenleren_desktop.model.content.check import RawContent, check_content


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `content` command with its `check` subcommand."""
    content = subparsers.add_parser(
        "content",
        help="inhoud (doelen, informatiemap, vragenlijsten) controleren",
        description="Werken met de inhoud van Samen Leren: doelen, informatiemap en vragenlijsten.",
    )
    commands = content.add_subparsers(dest="content_command", metavar="OPDRACHT", required=True)
    check = commands.add_parser(
        "check",
        help="een map met inhoud controleren",
        description=(
            "Controleert alle inhoudsbestanden in DIR en meldt elk probleem als "
            "'bestand: veld: probleem'. Eindigt met code 0 als alles klopt, anders met 1."
        ),
    )
    check.add_argument("dir", metavar="DIR", type=Path, help="de map met de inhoud")
    check.set_defaults(handler=run_content_check)


def run_content_check(args: argparse.Namespace) -> int:
    """Check the folder in `args.dir`; print the problems or a summary; return the exit code."""
    folder: Path = args.dir
    raw = check_content(folder)
    if raw.problems:
        for problem in raw.problems:
            print(problem, file=sys.stderr)
        count = len(raw.problems)
        noun = "probleem" if count == 1 else "problemen"
        print(f"De inhoud in {folder} klopt niet: {count} {noun} gevonden.", file=sys.stderr)
        return 1
    print(f"De inhoud in {folder} is in orde: {summary(raw)}.")
    return 0


def summary(raw: RawContent) -> str:
    """'8 doelen, 38 subdoelen, 41 activiteiten, 6 vragenlijsten (7 versies)'."""
    doelen = raw.goals.get("doelen", []) if isinstance(raw.goals, dict) else []
    subdoelen = sum(len(goal.get("subdoelen", [])) for goal in doelen)
    versions = sum(len(versions) for versions in raw.questionnaires.values())
    return (
        f"{len(doelen)} doelen, {subdoelen} subdoelen, {raw.activity_count} activiteiten, "
        f"{len(raw.questionnaires)} vragenlijsten ({versions} versies)"
    )
