"""`samenleren-server admin` commands for erasure and retention (Dutch help and messages).

admin erase-family --org NAME --gezin ID            erase one family everywhere
admin set-retention --org NAME --years N            the organisation's retention period
admin apply-retention [--dry-run]                   erase every family past its period
"""

from __future__ import annotations

import argparse
import getpass

from samenleren_server import erasure, retention
from samenleren_server.db import Database

ACTIONS = ("erase-family", "set-retention", "apply-retention")


def add_commands(acts: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the erasure and retention commands to `admin`."""
    erase = acts.add_parser(
        "erase-family", help="wis een gezin overal (recht op vergetelheid), ook op de laptops"
    )
    erase.add_argument("--org", required=True)
    erase.add_argument("--gezin", required=True, help="het id van het gezin")
    low, high = retention.YEARS_RANGE
    setting = acts.add_parser(
        "set-retention", help="stel de bewaartermijn in: jaren na het einde van het traject"
    )
    setting.add_argument("--org", required=True)
    setting.add_argument("--years", required=True, type=int, help=f"{low} tot en met {high}")
    apply = acts.add_parser(
        "apply-retention", help="wis de gezinnen waarvan de bewaartermijn voorbij is"
    )
    apply.add_argument("--dry-run", action="store_true", help="tel alleen; er wordt niets gewist")


def command(database: Database, args: argparse.Namespace) -> str | None:
    """Run one of these commands; None when `args` names another one."""
    if args.action not in ACTIONS:
        return None
    by = _operator()
    if args.action == "erase-family":
        with database.engine.connect() as conn:
            org_id = erasure.org_id_of(conn, args.org)
        done = erasure.erase_family(database, org_id, args.gezin, by)
        return (
            f"Gezin {done.gezin_id} is gewist: {done.records} gegevens en {done.history} "
            "regels geschiedenis. De laptops verwijderen het bij hun volgende synchronisatie."
        )
    if args.action == "set-retention":
        retention.set_retention(database, args.org, args.years, by)
        return f"Bewaartermijn van {args.org}: {args.years} jaar na het einde van het traject."
    report = retention.apply_retention(database, by, dry_run=args.dry_run)
    if not report:
        return "Geen organisatie heeft een bewaartermijn; er is niets gewist."
    if args.dry_run:
        return "\n".join(
            f"{item.organisation}: {item.families} gezin(nen) voorbij de bewaartermijn van "
            f"{item.years} jaar; er is niets gewist."
            for item in report
        )
    return "\n".join(
        f"{item.organisation}: {item.families} gezin(nen) gewist (bewaartermijn {item.years} jaar)."
        for item in report
    )


def _operator() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment
        return "beheerder"
