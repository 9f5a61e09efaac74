"""Handlers of `samenleren workspace …`, `samenleren demo` and `samenleren export json`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import uuid
from pathlib import Path
from typing import Any

from samenleren_desktop.model.errors import SamenLerenError, ValidationError

# The database layer is imported inside the commands: starting the GUI (which parses the same
# command line) must not wait for SQLAlchemy, the demo or the exports.

PASSPHRASE_ENV = "SAMENLEREN_PASSPHRASE"
NEW_PASSPHRASE_ENV = "SAMENLEREN_NEW_PASSPHRASE"
RECOVERY_PASSPHRASE_ENV = "SAMENLEREN_RECOVERY_PASSPHRASE"


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


def new_passphrase(
    args: argparse.Namespace, file_attr: str, env: str, label: str = "Nieuw wachtwoord"
) -> str:
    """A new passphrase: from a file or environment variable, or typed twice at a prompt."""
    from samenleren_desktop.model.store.workspace import check_new_passphrase  # noqa: PLC0415

    given = _given(args, file_attr, env, "het nieuwe wachtwoord")
    if given is not None:
        return given
    first = getpass.getpass(f"{label} (minstens 12 tekens): ")
    check_new_passphrase(first)
    if getpass.getpass("Herhaal het nieuwe wachtwoord: ") != first:
        raise SamenLerenError("De twee wachtwoorden zijn niet gelijk; er is niets veranderd.")
    return first


def create(args: argparse.Namespace) -> int:
    """`samenleren workspace create PATH`."""
    from samenleren_desktop.model.store.credentials import credential_store  # noqa: PLC0415
    from samenleren_desktop.model.store.workspace import Workspace  # noqa: PLC0415

    recovery_key = _recovery_public_key(args)
    secret = new_passphrase(args, "passphrase_file", PASSPHRASE_ENV)
    with Workspace.create(args.path, secret, recovery_key=recovery_key) as workspace:
        print(f"Werkruimte gemaakt in {workspace.folder}.")
        print(_recovery_line(workspace.recovery_key_id))
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
        print(_recovery_line(workspace.recovery_key_id))
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
    from samenleren_desktop.model.services.changes import local_actor  # noqa: PLC0415
    from samenleren_desktop.model.services.export import export_audited, write_json  # noqa: PLC0415
    from samenleren_desktop.model.store.workspace import Workspace  # noqa: PLC0415

    family = _family_id(args.family) if args.family else None
    with Workspace.open(args.path, passphrase(args)) as workspace:
        data = export_audited(workspace, local_actor(), family)  # the audit trail notes it
    write_json(data, args.out)
    print(f"{len(data['gezinnen'])} gezin(nen) geëxporteerd naar {args.out}.")
    print("Let op: dit bestand is niet versleuteld. Bewaar het veilig en verwijder het na gebruik.")
    return 0


def _family_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise ValidationError(f"'{text}' is geen geldig gezins-id.", field="family") from None


def _recovery_line(key_id: str | None) -> str:
    if key_id is None:
        return "Geen herstelsleutel: wie het wachtwoord vergeet, kan niet meer bij de gegevens."
    return f"Verzegeld voor de herstelsleutel van de organisatie ({key_id[:16]})."


def _recovery_public_key(args: argparse.Namespace, required: bool = False) -> Any:
    """The recovery public key from --recovery-key or the machine-wide file, or None."""
    from samenleren_desktop.config import load_machine_config  # noqa: PLC0415
    from samenleren_desktop.model.store import recovery  # noqa: PLC0415

    path = args.recovery_key
    if path is None:
        configured = load_machine_config().recovery_public_key
        path = Path(configured) if configured else None
    if path is None:
        if required:
            raise SamenLerenError(
                "Geef de publieke herstelsleutel met --recovery-key BESTAND "
                "(of recovery_public_key in het beheerbestand)."
            )
        return None
    return recovery.load_public_key(path)


def recovery_keygen(args: argparse.Namespace) -> int:
    """`samenleren workspace recovery-keygen --out DIR`: a key pair for the administrator."""
    from samenleren_desktop.model.store import recovery  # noqa: PLC0415
    from samenleren_desktop.model.store.workspace import check_new_passphrase  # noqa: PLC0415

    label = "Wachtwoord voor de herstelsleutel"
    secret = new_passphrase(args, "recovery_passphrase_file", RECOVERY_PASSPHRASE_ENV, label)
    check_new_passphrase(secret)
    private, public = recovery.generate_key_pair(args.out, secret)
    key_id = recovery.public_key_id(recovery.load_public_key(public))
    print(f"Privésleutel: {private} (alleen voor de beheerder; bewaar hem offline).")
    print(f"Publieke sleutel: {public} (voor elke laptop: --recovery-key of het beheerbestand).")
    print(f"Sleutel-id: {key_id[:16]}")
    print("Zonder de privésleutel én zijn wachtwoord kan niemand een werkruimte herstellen.")
    return 0


def seal_recovery(args: argparse.Namespace) -> int:
    """`samenleren workspace seal-recovery PATH`: seal the data key to the recovery key."""
    from samenleren_desktop.model.store.workspace import Workspace  # noqa: PLC0415

    public_key = _recovery_public_key(args, required=True)
    secret = passphrase(args)
    with Workspace.open(args.path, secret) as workspace:
        workspace.seal_recovery(secret, public_key)
        print(_recovery_line(workspace.recovery_key_id))
    return 0


def recover(args: argparse.Namespace) -> int:
    """`samenleren workspace recover PATH --recovery-private-key FILE`: a new passphrase."""
    from samenleren_desktop.model.store import recovery  # noqa: PLC0415
    from samenleren_desktop.model.store.recover import (  # noqa: PLC0415
        recover_workspace,
        recoverable_key_file,
    )

    recoverable_key_file(args.path)  # say so before asking for anything
    given = _given(
        args, "recovery_passphrase_file", RECOVERY_PASSPHRASE_ENV, "het herstelwachtwoord"
    )
    secret = given if given is not None else getpass.getpass("Wachtwoord van de herstelsleutel: ")
    private_key = recovery.load_private_key(args.recovery_private_key, secret)
    new = new_passphrase(args, "new_passphrase_file", NEW_PASSPHRASE_ENV)
    recover_workspace(args.path, private_key, new)
    print("De werkruimte heeft een nieuw wachtwoord. Het oude wachtwoord werkt niet meer.")
    return 0


def backup(args: argparse.Namespace) -> int:
    """`samenleren workspace backup PATH --out FILE`: one encrypted file."""
    from samenleren_desktop.model.store.backup import backup_workspace  # noqa: PLC0415
    from samenleren_desktop.model.store.workspace import Workspace  # noqa: PLC0415

    with Workspace.open(args.path, passphrase(args)) as workspace:
        backup_workspace(workspace, args.out)
    print(f"Versleutelde reservekopie geschreven naar {args.out}.")
    print("Terugzetten kan met hetzelfde wachtwoord (of de herstelsleutel).")
    return 0


def restore(args: argparse.Namespace) -> int:
    """`samenleren workspace restore FILE --to PATH`: into a new folder."""
    from samenleren_desktop.model.store.backup import restore_backup  # noqa: PLC0415

    restore_backup(args.file, args.to)
    print(f"Reservekopie teruggezet in {args.to}. Open haar met het wachtwoord van de kopie.")
    return 0


def register_recovery(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add recovery-keygen, seal-recovery, recover, backup and restore to `workspace`."""

    def _command(name: str, handler: Any, text: str) -> argparse.ArgumentParser:
        parser = sub.add_parser(name, help=text, description=text)
        parser.set_defaults(handler=handler)
        return parser

    keygen = _command("recovery-keygen", recovery_keygen, "maak een herstelsleutelpaar")
    keygen.add_argument("--out", type=Path, required=True, metavar="MAP", help="doelmap")
    seal = _command("seal-recovery", seal_recovery, "verzegel voor de herstelsleutel")
    rescue = _command("recover", recover, "nieuw wachtwoord met de herstelsleutel")
    rescue.add_argument(
        "--recovery-private-key", type=Path, required=True, metavar="BESTAND", help="privésleutel"
    )
    rescue.add_argument(
        "--new-passphrase-file", type=Path, metavar="BESTAND", help="of SAMENLEREN_NEW_PASSPHRASE"
    )
    for parser in (keygen, rescue):
        parser.add_argument(
            "--recovery-passphrase-file",
            type=Path,
            metavar="BESTAND",
            help="wachtwoord van de herstelsleutel (of SAMENLEREN_RECOVERY_PASSPHRASE)",
        )
    copy = _command("backup", backup, "maak een versleutelde reservekopie in één bestand")
    copy.add_argument("--out", type=Path, required=True, metavar="BESTAND", help="doelbestand")
    for parser in (seal, rescue, copy):
        parser.add_argument("path", type=Path, metavar="PAD", help="de map van de werkruimte")
    for parser in (seal, copy):
        parser.add_argument(
            "--passphrase-file",
            type=Path,
            metavar="BESTAND",
            help="lees het wachtwoord uit de eerste regel van dit bestand",
        )
    add_recovery_key_option(seal)
    back = _command("restore", restore, "zet een reservekopie terug in een nieuwe map")
    back.add_argument("file", type=Path, metavar="BESTAND", help="de reservekopie")
    back.add_argument("--to", type=Path, required=True, metavar="PAD", help="een nieuwe map")


def add_recovery_key_option(parser: argparse.ArgumentParser) -> None:
    """`--recovery-key FILE` for create and seal-recovery."""
    parser.add_argument(
        "--recovery-key",
        type=Path,
        metavar="BESTAND",
        help="publieke herstelsleutel van de organisatie (anders die uit het beheerbestand)",
    )
