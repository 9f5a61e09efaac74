"""The `samenleren-server` command: `serve` and `admin …` (Dutch help and messages)."""

from __future__ import annotations

import argparse
import getpass
import sys
import uuid
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import uvicorn

from samenleren_desktop import __version__
from samenleren_server import (
    accounts,
    audit_store,
    cli_erasure,
    content,
    db,
    policy,
    stream,
    throttle,
)
from samenleren_server.accounts import AdminError
from samenleren_server.app import create_app


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="samenleren-server",
        description="De centrale synchronisatieserver van Samen Leren.",
    )
    parser.add_argument("--version", action="version", version=f"Samen Leren {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="start de server (past eerst de database aan)")
    serve.add_argument("--database", default=db.DEFAULT_DATABASE, help="SQLAlchemy-URL")
    serve.add_argument("--host", default="127.0.0.1", help="adres (standaard 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8765, help="poort (standaard 8765)")
    policy.add_serve_options(serve)
    admin = sub.add_parser("admin", help="beheer: organisaties, gebruikers, apparaten")
    admin.add_argument("--database", default=db.DEFAULT_DATABASE, help="SQLAlchemy-URL")
    acts = admin.add_subparsers(dest="action", required=True)
    org = acts.add_parser("create-org", help="maak een organisatie")
    org.add_argument("name")
    user = acts.add_parser("create-user", help="maak een gebruiker")
    user.add_argument("--org", required=True)
    user.add_argument("--role", required=True, choices=accounts.ROLES)
    user.add_argument("--username", required=True)
    user.add_argument("--password-file", required=True, type=Path)
    assign = acts.add_parser("assign", help="wijs een gezin toe aan een begeleider")
    assign.add_argument("--username", required=True)
    assign.add_argument("--gezin", required=True, help="het id van het gezin")
    assign.add_argument("--end", action="store_true", help="beëindig de toewijzing")
    devices = acts.add_parser(
        "list-devices",
        help="toon de laptops, hun id en of ze nog toegang hebben "
        "(geef dezelfde --token-…-days als bij serve)",
    )
    devices.add_argument("--username", help="alleen van deze gebruiker")
    policy.add_serve_options(devices)
    revoke = acts.add_parser("revoke-device", help="trek de toegang van een laptop in")
    revoke.add_argument("--device", required=True)
    publish = acts.add_parser(
        "publish-content",
        help="publiceer inhoud (doelen, informatiemap, vragenlijsten) voor een organisatie",
    )
    publish.add_argument("--org", required=True)
    publish.add_argument(
        "--file", required=True, type=Path, help="een map met inhoud of een zip-bestand daarvan"
    )
    audit_store.add_export_command(acts)
    cli_erasure.add_commands(acts)
    throttle.add_commands(acts)
    return parser


def _publish(database: db.Database, org: str, path: Path) -> str:
    files, problems = content.read_bundle(path)
    if problems:
        raise content.problem_list(problems)
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment
        user = ""
    version = content.publish(database, org, files, user)
    return f"Inhoud voor {org} gepubliceerd als versie {version}."


def _state(device: Any, token_policy: policy.Policy, at: datetime) -> str:
    """The state column: actief, verlopen sinds <datum> or ingetrokken sinds <datum>."""
    if device.revoked_at:
        return f"ingetrokken sinds {device.revoked_at:%Y-%m-%d}"
    if (expired := accounts.expired_since(device, token_policy, at)) is not None:
        return f"verlopen sinds {expired:%Y-%m-%d}"
    return "actief"


def _list_devices(database: db.Database, args: argparse.Namespace) -> str:
    token_policy, at = policy.from_options(args), accounts.now()
    lines = [
        f"{d.id}  {d.username:<20} {d.name:<30} {_state(d, token_policy, at)}"
        for d in accounts.devices(database, args.username)
    ]
    return "\n".join(lines) or "Geen apparaten."


def _admin(args: argparse.Namespace) -> str:  # noqa: PLR0911 - one return per action
    db.upgrade(args.database)
    database = db.open_database(args.database)
    try:
        if args.action == "create-org":
            accounts.create_org(database, args.name)
            return f"Organisatie {args.name} gemaakt."
        if args.action == "create-user":
            password = args.password_file.read_text(encoding="utf-8").strip()
            accounts.create_user(database, args.org, args.role, args.username, password)
            return f"Gebruiker {args.username} gemaakt."
        if args.action == "assign":
            with database.engine.connect() as conn:
                user_id = accounts.user_id_of(conn, args.username)
            stream.assign(database, user_id, str(uuid.UUID(args.gezin)), active=not args.end)
            return f"Toewijzing van gezin {args.gezin} aan {args.username} bijgewerkt."
        if args.action == "list-devices":
            return _list_devices(database, args)
        if args.action == "publish-content":
            return _publish(database, args.org, args.file)
        if args.action == "audit-export":
            return audit_store.export_command(database, args.org, args.out)
        if (answer := cli_erasure.command(database, args)) is not None:
            return answer
        if (answer := throttle.command(database, args)) is not None:
            return answer
        accounts.revoke_device(database, args.device)
        return f"Apparaat {args.device} heeft geen toegang meer."
    finally:
        database.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; 0 on success, 1 with a Dutch message on a known problem."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "serve":
            db.upgrade(args.database)
            app = create_app(db.open_database(args.database), policy.from_options(args))
            uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
            return 0
        print(_admin(args))
    except AdminError as exc:
        print(f"Fout: {exc.message}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"Fout: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0
