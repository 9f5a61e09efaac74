"""`samenleren workspace retention PAD [--dry-run]`: laptop retention by hand.

Counts the families past the laptop's retention (their last traject finished more than
`retention_grace_days` ago, see `model/services/retention.py`) and, without `--dry-run`,
syncs so that the ready ones leave the laptop (`sync/retention.py`). Only counts are printed,
never names.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from samenleren_desktop import cli_workspace

NOT_LINKED = (
    "Deze werkruimte is niet gekoppeld aan een server: er wordt niets verwijderd, want de "
    "gegevens staan nergens anders."
)
WHOLE_ORGANISATION = (
    "Op de computer van een coördinator of beheerder blijven alle gezinnen van de organisatie; "
    "daar geldt de bewaartermijn van de server."
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `workspace retention` to the `workspace` commands."""
    text = "verwijder afgeronde gezinnen van deze laptop (bewaartermijn)"
    parser = sub.add_parser("retention", help=text, description=text)
    parser.set_defaults(handler=run)
    parser.add_argument("path", type=Path, metavar="PAD", help="de map van de werkruimte")
    parser.add_argument("--dry-run", action="store_true", help="tel alleen; verwijder niets")
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="BESTAND",
        help="lees het wachtwoord van de werkruimte uit de eerste regel van dit bestand",
    )


def run(args: argparse.Namespace) -> int:
    """Count, and without --dry-run sync so the ready families go; 0 when that worked."""
    from samenleren_desktop.model.store.workspace import Workspace  # noqa: PLC0415
    from samenleren_desktop.sync import apply, retention  # noqa: PLC0415
    from samenleren_desktop.sync.client import SyncService  # noqa: PLC0415

    days = retention.configured_grace_days()
    with Workspace.open(args.path, cli_workspace.passphrase(args)) as workspace:
        state = apply.load_state(workspace)
        found = retention.plan(workspace, days)
        print(
            f"{len(found.ready) + found.waiting} gezin(nen) langer dan {days} dagen afgerond: "
            f"{len(found.ready)} kunnen van deze laptop, {found.waiting} wachten nog op een "
            "synchronisatie of een besluit over een conflict."
        )
        if not state.server_url:
            print(NOT_LINKED, file=sys.stderr)
            return 1
        if state.rol != "begeleider":
            print(WHOLE_ORGANISATION)
            return 0
        if args.dry_run or not found.ready:
            return 0
        service = SyncService(workspace, retention_days=days)
        try:
            result = service.sync()
        finally:
            service.close()
    print(result.message, file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1
