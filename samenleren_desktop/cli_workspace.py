"""Handlers of `samenleren workspace …`, `samenleren demo` and `samenleren export json`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import uuid
from pathlib import Path

from samenleren_desktop.model.errors import SamenLerenError, ValidationError

# The database layer is imported inside the commands: starting the GUI (which parses the same
# command line) must not wait for SQLAlchemy, the demo or the exports.

PASSPHRASE_ENV = "SAMENLEREN_PASSPHRASE"
NEW_PASSPHRASE_ENV = "SAMENLEREN_NEW_PASSPHRASE"


def _read_secret_file(path: Path) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SamenLerenError(f"Kan het wachtwoordbestand {path} niet lezen: {error}.") from None
    return text.splitlines()[0] if text.strip() else ""


def _given(args: argparse.Namespace, file_attr: str, env: str, what: str) -> str | None:
    """A secret from the file option or the environment; None when a prompt may ask for it."""
    if getattr(args, file_attr, None):
        return _read_secret_file(getattr(args, file_attr))
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise SamenLerenError(
            f"Geef {what} met --{file_attr.replace('_', '-')} of de omgevingsvariabele {env}; "
            "er is geen terminal om het te vragen."
        )
    return None


def passphrase(args: argparse.Namespace, prompt: str = "Wachtwoord: ") -> str:
    """The passphrase from --passphrase-file, $SAMENLEREN_PASSPHRASE or a hidden prompt."""
    given = _given(args, "passphrase_file", PASSPHRASE_ENV, "het wachtwoord")
    return given if given is not None else getpass.getpass(prompt)


def new_passphrase(args: argparse.Namespace, file_attr: str, env: str) -> str:
    """A new passphrase: from a file or environment variable, or typed twice at a prompt."""
    from samenleren_desktop.model.store.workspace import check_new_passphrase  # noqa: PLC0415

    given = _given(args, file_attr, env, "het nieuwe wachtwoord")
    if given is not None:
        return given
    first = getpass.getpass("Nieuw wachtwoord (minstens 12 tekens): ")
    check_new_passphrase(first)
    if getpass.getpass("Herhaal het nieuwe wachtwoord: ") != first:
        raise SamenLerenError("De twee wachtwoorden zijn niet gelijk; er is niets veranderd.")
    return first


def create(args: argparse.Namespace) -> int:
    """`samenleren workspace create PATH`."""
    from samenleren_desktop.model.store.credentials import credential_store  # noqa: PLC0415
    from samenleren_desktop.model.store.workspace import Workspace  # noqa: PLC0415

    secret = new_passphrase(args, "passphrase_file", PASSPHRASE_ENV)
    with Workspace.create(args.path, secret) as workspace:
        print(f"Werkruimte gemaakt in {workspace.folder}.")
        print(credential_store(workspace).notice)
    return 0


def check(args: argparse.Namespace) -> int:
    """`samenleren workspace check PATH`: unlock, run the integrity checks, report."""
    from samenleren_desktop.model.services.gezinnen import count_gezinnen  # noqa: PLC0415
    from samenleren_desktop.model.store.credentials import credential_store  # noqa: PLC0415
    from samenleren_desktop.model.store.workspace import Workspace  # noqa: PLC0415

    with Workspace.open(args.path, passphrase(args)) as workspace:
        problems = workspace.integrity_problems()
        with workspace.session() as session:
            families = count_gezinnen(session)
        print(f"Werkruimte: {workspace.folder}")
        print(f"Schemaversie: {workspace.schema_revision()}")
        print(f"Gezinnen: {families}")
        print(credential_store(workspace).notice)
        if problems:
            print("De controle vond problemen:", file=sys.stderr)
            for problem in problems[:20]:
                print(f"  {problem}", file=sys.stderr)
            return 1
        print("De controle vond geen problemen.")
    return 0


def passwd(args: argparse.Namespace) -> int:
    """`samenleren workspace passwd PATH`: rewrap the data key under a new passphrase."""
    from samenleren_desktop.model.store.workspace import Workspace  # noqa: PLC0415

    with Workspace.open(args.path, passphrase(args, "Huidig wachtwoord: ")) as workspace:
        workspace.change_passphrase(new_passphrase(args, "new_passphrase_file", NEW_PASSPHRASE_ENV))
    print("Het wachtwoord is veranderd. Het oude wachtwoord werkt niet meer.")
    return 0


def demo(args: argparse.Namespace) -> int:
    """`samenleren demo PATH --families N [--seed S]`."""
    from samenleren_desktop.model.demo import fill_demo  # noqa: PLC0415
    from samenleren_desktop.model.store.workspace import Workspace, is_workspace  # noqa: PLC0415

    if args.families < 0:
        raise ValidationError("Het aantal gezinnen kan niet negatief zijn.", field="families")
    if is_workspace(Path(args.path)):
        raise SamenLerenError(f"In {args.path} staat al een werkruimte; kies een nieuwe map.")
    secret = new_passphrase(args, "passphrase_file", PASSPHRASE_ENV)
    with Workspace.create(args.path, secret) as workspace, workspace.transaction() as session:
        fill_demo(session, args.families, seed=args.seed)
    print(f"{args.families} fictieve gezinnen toegevoegd aan {workspace.folder}.")
    return 0


def export_json(args: argparse.Namespace) -> int:
    """`samenleren export json PATH [--family ID] --out FILE`."""
    from samenleren_desktop.model.services.export import export_data, write_json  # noqa: PLC0415
    from samenleren_desktop.model.store.workspace import Workspace  # noqa: PLC0415

    family = _family_id(args.family) if args.family else None
    with Workspace.open(args.path, passphrase(args)) as workspace, workspace.session() as session:
        data = export_data(session, family)
    write_json(data, args.out)
    print(f"{len(data['gezinnen'])} gezin(nen) geëxporteerd naar {args.out}.")
    print("Let op: dit bestand is niet versleuteld. Bewaar het veilig en verwijder het na gebruik.")
    return 0


def _family_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise ValidationError(f"'{text}' is geen geldig gezins-id.", field="family") from None
