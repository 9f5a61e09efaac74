"""The `samenleren` command: the program itself (GUI) and its command-line tools."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn, cast

from samenleren_desktop import (
    __version__,
    cli_audit,
    cli_content,
    cli_reports,
    cli_retention,
    cli_sync,
    cli_workspace,
)
from samenleren_desktop.model.errors import SamenLerenError

Handler = Callable[[argparse.Namespace], int]

_DESCRIPTION = """\
Samen Leren: het programma voor begeleiders van Samen Leren, ook zonder internet.

Zonder opdracht start het programma. Met een opdracht doet het één taak in de terminal.
"""

_EPILOG = """\
voorbeelden:
  samenleren --demo                            start met een demowerkruimte
  samenleren --workspace ~/SamenLeren          start met deze werkruimte
  samenleren workspace create ~/SamenLeren     maak een nieuwe, versleutelde werkruimte
  samenleren demo /tmp/demo --families 25      maak een werkruimte met fictieve gezinnen
  samenleren export json ~/SamenLeren --out gezin.json --family ID

Het wachtwoord wordt verborgen gevraagd. Voor automatisering: --passphrase-file BESTAND
of de omgevingsvariabele SAMENLEREN_PASSPHRASE.
"""


class _DutchHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, "gebruik: " if prefix is None else prefix)


class DutchArgumentParser(argparse.ArgumentParser):
    """An argument parser whose own words (usage, options, --help) are Dutch too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _DutchHelpFormatter)
        super().__init__(*args, **kwargs)
        self._optionals.title = "opties"
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = "toon deze hulp en stop"

    def error(self, message: str) -> NoReturn:
        """Print the usage and the problem, then stop with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, f"Fout: {message}\n")


def _add_passphrase_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="BESTAND",
        help="lees het wachtwoord uit de eerste regel van dit bestand",
    )


def _command(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    handler: Handler,
    help_text: str,
) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    parser.set_defaults(handler=handler)
    return parser


def _workspace_commands(top: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    text = "werkruimtes maken, controleren en beveiligen"
    group = top.add_parser("workspace", help=text, description=text)
    sub = group.add_subparsers(title="opdrachten", metavar="OPDRACHT", required=True)
    create = _command(sub, "create", cli_workspace.create, "maak een nieuwe werkruimte")
    check = _command(sub, "check", cli_workspace.check, "controleer of een werkruimte heel is")
    passwd = _command(sub, "passwd", cli_workspace.passwd, "verander het wachtwoord")
    passwd.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="BESTAND",
        help="lees het nieuwe wachtwoord uit dit bestand (of SAMENLEREN_NEW_PASSPHRASE)",
    )
    for parser in (create, check, passwd):
        parser.add_argument("path", type=Path, metavar="PAD", help="de map van de werkruimte")
        _add_passphrase_file(parser)
    cli_workspace.add_recovery_key_option(create)
    cli_workspace.register_recovery(sub)
    cli_retention.register(sub)


def _demo_command(top: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = _command(top, "demo", cli_workspace.demo, "maak een werkruimte met fictieve gezinnen")
    demo.add_argument("path", type=Path, metavar="PAD", help="een nieuwe map voor de werkruimte")
    demo.add_argument("--families", type=int, default=25, metavar="N", help="aantal (25)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="zelfde S, zelfde gezinnen")
    _add_passphrase_file(demo)


def _export_commands(top: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    text = "gegevens uit een werkruimte exporteren"
    group = top.add_parser("export", help=text, description=text)
    sub = group.add_subparsers(title="opdrachten", metavar="OPDRACHT", required=True)
    as_json = _command(
        sub, "json", cli_workspace.export_json, "alles over één gezin (of alle) als JSON"
    )
    as_json.add_argument("path", type=Path, metavar="PAD", help="de map van de werkruimte")
    as_json.add_argument("--family", metavar="ID", help="alleen dit gezin")
    as_json.add_argument("--out", type=Path, required=True, metavar="BESTAND", help="doelbestand")
    _add_passphrase_file(as_json)
    cli_reports.register_export(sub)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, with Dutch help."""
    parser = DutchArgumentParser(prog="samenleren", description=_DESCRIPTION, epilog=_EPILOG)
    parser.add_argument(
        "--version",
        action="version",
        version=f"Samen Leren {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument("--workspace", type=Path, metavar="PAD", help="open deze werkruimte")
    parser.add_argument("--demo", action="store_true", help="open een demowerkruimte")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open elk scherm op een tijdelijke demowerkruimte en stop (0 = alles werkt)",
    )
    parser.add_argument(
        "--server",
        metavar="URL",
        help="met --self-test: synchroniseer ook één keer met deze server "
        "(SAMENLEREN_SYNC_USER en SAMENLEREN_SYNC_PASSWORD)",
    )
    top = cast(
        "argparse._SubParsersAction[argparse.ArgumentParser]",
        parser.add_subparsers(title="opdrachten", metavar="OPDRACHT"),
    )
    _workspace_commands(top)
    _demo_command(top)
    _export_commands(top)
    cli_content.register(top)
    cli_reports.register(top)
    cli_sync.register(top)
    cli_audit.register(top)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (or the GUI) and return the exit status."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if handler is None:
            return _start_gui(args)
        return handler(args)
    except KeyboardInterrupt:
        print("\nAfgebroken; er is niets veranderd.", file=sys.stderr)
        return 130
    except SamenLerenError as error:  # the one place that turns known errors into a sentence
        print(f"Fout: {error.message}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"Fout: {error.strerror or error} ({error.filename or ''}).", file=sys.stderr)
        return 1


def _start_gui(args: argparse.Namespace) -> int:
    try:
        from samenleren_desktop.ui import app  # noqa: PLC0415 - Qt only when the GUI starts
    except ImportError as error:
        if "PySide6" not in str(error):
            raise
        print(
            "Fout: de grafische omgeving (PySide6) is niet geïnstalleerd. "
            "Installeer met: pip install 'samenleren-desktop[desktop]'",
            file=sys.stderr,
        )
        return 1
    if args.self_test:
        from samenleren_desktop.ui.selftest import run_self_test  # noqa: PLC0415

        return run_self_test(server=args.server)
    return app.run(workspace=args.workspace, demo=args.demo)
