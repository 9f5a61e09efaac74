"""`samenleren sync PATH --server URL --user U [--password-file F]`: sync headless.

The first sync of a workspace enrols it as a device of the user (the workspace's families then
become the user's); later syncs use the device token kept in the OS keyring or the workspace.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from samenleren_desktop import cli_workspace

if TYPE_CHECKING:  # imported in the command: starting the GUI must not wait for them
    from samenleren_desktop.sync.client import SyncProgress, SyncService

PASSWORD_ENV = "SAMENLEREN_SYNC_PASSWORD"


def register(top: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `samenleren sync` to the top-level command line."""
    text = "synchroniseer een werkruimte met de centrale server"
    parser = top.add_parser("sync", help=text, description=text)
    parser.set_defaults(handler=sync)
    parser.add_argument("path", type=Path, metavar="PAD", help="de map van de werkruimte")
    parser.add_argument("--server", required=True, metavar="URL", help="het adres van de server")
    parser.add_argument("--user", required=True, metavar="NAAM", help="uw gebruikersnaam")
    parser.add_argument(
        "--password-file",
        type=Path,
        metavar="BESTAND",
        help=f"lees het serverwachtwoord uit dit bestand (of {PASSWORD_ENV})",
    )
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="BESTAND",
        help="lees het wachtwoord van de werkruimte uit de eerste regel van dit bestand",
    )


def _progress(step: SyncProgress) -> None:
    what = "verstuurd" if step.phase == "push" else "ontvangen"
    print(f"  {step.done} van {step.total} {what}", file=sys.stderr)


def _enrol_when_needed(service: SyncService, args: argparse.Namespace, server: str) -> None:
    from samenleren_desktop.sync import apply  # noqa: PLC0415

    state = apply.load_state(service.workspace)
    if service.is_enrolled() and (state.server_url, state.gebruiker) == (server, args.user):
        return
    given = cli_workspace._given(args, "password_file", PASSWORD_ENV, "het serverwachtwoord")
    password = given if given is not None else getpass.getpass("Serverwachtwoord: ")
    service.enrol(server, args.user, password)
    print(f"Deze werkruimte is aangemeld bij {server} als {args.user}.")


def sync(args: argparse.Namespace) -> int:
    """Enrol when needed, then push and pull; 0 when up to date."""
    from samenleren_desktop.model.store.workspace import Workspace  # noqa: PLC0415
    from samenleren_desktop.sync.client import SyncService, check_server_url  # noqa: PLC0415

    server = check_server_url(args.server)
    secret = cli_workspace.passphrase(args)
    with Workspace.open(args.path, secret) as workspace:
        service = SyncService(workspace)
        try:
            _enrol_when_needed(service, args, server)
            result = service.sync(_progress)
        finally:
            service.close()
    print(result.message, file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1
