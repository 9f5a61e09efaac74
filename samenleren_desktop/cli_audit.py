"""Command line: `samenleren audit verify PATH` and `samenleren audit export PATH --out FILE`."""

from __future__ import annotations

import argparse
import sys
import uuid
from datetime import date
from pathlib import Path

from samenleren_desktop.cli_workspace import passphrase
from samenleren_desktop.model.errors import ValidationError

# The database layer is imported inside the commands: starting the GUI parses the same
# command line and must not wait for it.

NIET_VERSLEUTELD = (
    "Let op: dit bestand is niet versleuteld. Bewaar het veilig en verwijder het na gebruik."
)

_EPILOG = """\
voorbeelden:
  samenleren audit verify ~/SamenLeren
  samenleren audit export ~/SamenLeren --out logboek.csv --from 2026-01-01 --to 2026-12-31

Het logboek bevat geen persoonsgegevens: alleen wie, wanneer, wat en welke velden, nooit de
waarden. De CSV is UTF-8 met ';' tussen de velden, zodat Excel hem goed opent.
"""


def _family(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise ValidationError(f"'{text}' is geen geldig gezins-id.", field="family") from None


def _day(text: str, field: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            f"'{text}' is geen geldige datum. Schrijf de datum als JJJJ-MM-DD, "
            "bijvoorbeeld 2026-09-01.",
            field=field,
        ) from None


def verify(args: argparse.Namespace) -> int:
    """`samenleren audit verify PATH`: 0 when the chain is whole, 1 when it is broken."""
    from samenleren_desktop.model.services.audit import verify_chain  # noqa: PLC0415
    from samenleren_desktop.model.store.workspace import Workspace  # noqa: PLC0415

    with Workspace.open(args.path, passphrase(args)) as workspace:
        report = verify_chain(workspace)
    print(report.sentence, file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1


def export(args: argparse.Namespace) -> int:
    """`samenleren audit export PATH --out FILE [--family ID] [--from DATE --to DATE]`."""
    from samenleren_desktop.model.services.audit import export_csv  # noqa: PLC0415
    from samenleren_desktop.model.services.changes import local_actor  # noqa: PLC0415
    from samenleren_desktop.model.store.workspace import Workspace  # noqa: PLC0415

    family = _family(args.family) if args.family else None
    van = _day(args.van, "from") if args.van else None
    tot = _day(args.tot, "to") if args.tot else None
    with Workspace.open(args.path, passphrase(args)) as workspace:
        count = export_csv(workspace, local_actor(), args.out, family, van, tot)
    print(f"{count} regel(s) uit het logboek geëxporteerd naar {args.out}.")
    print(NIET_VERSLEUTELD)
    return 0


def _path_and_passphrase(parser: argparse.ArgumentParser) -> None:
    parser._positionals.title = "argumenten"
    parser.add_argument("path", type=Path, metavar="PAD", help="de map van de werkruimte")
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="BESTAND",
        help="lees het wachtwoord uit de eerste regel van dit bestand",
    )


def register(top: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `samenleren audit verify …` and `samenleren audit export …`."""
    text = "het logboek (wie deed wat, wanneer) controleren en exporteren"
    group = top.add_parser("audit", help=text, description=text, epilog=_EPILOG)
    sub = group.add_subparsers(title="opdrachten", metavar="OPDRACHT", required=True)

    help_text = "controleer of het logboek compleet en onveranderd is"
    check = sub.add_parser("verify", help=help_text, description=help_text)
    check.set_defaults(handler=verify)
    _path_and_passphrase(check)

    help_text = "het logboek als CSV (tijd, gebruiker, actie, ... , volgnummer, hash)"
    out = sub.add_parser("export", help=help_text, description=help_text, epilog=_EPILOG)
    out.set_defaults(handler=export)
    _path_and_passphrase(out)
    out.add_argument("--out", type=Path, required=True, metavar="BESTAND", help="doelbestand")
    out.add_argument("--family", metavar="ID", help="alleen dit gezin")
    out.add_argument("--from", dest="van", metavar="DATUM", help="eerste dag (JJJJ-MM-DD)")
    out.add_argument("--to", dest="tot", metavar="DATUM", help="laatste dag (JJJJ-MM-DD)")
