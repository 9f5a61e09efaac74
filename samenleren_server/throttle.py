"""Login throttling: failed logins lock a username, or a client address, for a growing while.

Each failed login counts for the username tried (known or not, so a lockout tells nothing
about which usernames exist) and for the client's address. When a count reaches its limit
(`Policy.user_attempts`, `Policy.address_attempts`) that username or address is locked for
`Policy.first_lockout`; each further failure after a lockout doubles it, up to
`Policy.longest_lockout`. A locked login is answered 429 with Retry-After before the password
is checked, so a right password does not get in either. A lockout ends by itself; failures are
forgotten `Policy.forget_after` after the last one, a good login clears its username's count,
and `samenleren-server admin unlock-login` clears a lockout at once.

The counts live in the server database (`login_failure`), so they hold across restarts and
for every server process on the same database.
"""

from __future__ import annotations

import argparse
import math
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from samenleren_server import db
from samenleren_server.db import Database
from samenleren_server.policy import Policy

USER, ADDRESS = "user", "address"

login_failure = sa.Table(
    "login_failure",
    db.metadata,
    sa.Column("scope", sa.String(10), primary_key=True),
    sa.Column("key", sa.String(200), primary_key=True),
    sa.Column("failures", sa.Integer, nullable=False),
    sa.Column("last_failure", sa.DateTime(timezone=True), nullable=False),
    sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
    sa.Index("ix_login_failure_last", "last_failure"),
)


class LoginThrottled(Exception):
    """Too many failed logins: try again after `retry_after` seconds (`message` in Dutch)."""

    def __init__(self, retry_after: int) -> None:
        self.retry_after = retry_after
        self.message = (
            "Te veel mislukte pogingen om aan te melden. "
            f"Probeer het over {_minutes(retry_after)} opnieuw, "
            "of vraag de beheerder de blokkering op te heffen."
        )
        super().__init__(self.message)


def _minutes(seconds: int) -> str:
    minutes = max(1, math.ceil(seconds / 60))
    return "1 minuut" if minutes == 1 else f"{minutes} minuten"


def aware(moment: datetime) -> datetime:
    """SQLite gives back naive datetimes; the server writes UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _keys(username: str, address: str) -> list[tuple[str, str]]:
    keys = [(USER, username[:200])]
    return [*keys, (ADDRESS, address[:200])] if address else keys


def check(database: Database, username: str, address: str, at: datetime) -> None:
    """Refuse a login while its username or address is locked (LoginThrottled)."""
    t = login_failure
    wheres = [(t.c.scope == scope) & (t.c.key == key) for scope, key in _keys(username, address)]
    query = sa.select(t.c.locked_until).where(sa.or_(*wheres), t.c.locked_until.is_not(None))
    with database.engine.connect() as conn:
        ends = [aware(row.locked_until) for row in conn.execute(query)]
    if ends and max(ends) > at:
        raise LoginThrottled(math.ceil((max(ends) - at).total_seconds()))


def failed(database: Database, username: str, address: str, at: datetime, policy: Policy) -> None:
    """Count a failed login; LoginThrottled when it locks the username or the address."""
    limits = {USER: policy.user_attempts, ADDRESS: policy.address_attempts}
    longest = timedelta(0)
    with database.writer.begin() as conn:
        _forget_old(conn, at, policy)
        for scope, key in _keys(username, address):
            over = _count(conn, scope, key, at, policy) - limits[scope]
            if over < 0:
                continue
            lockout = min(policy.first_lockout * 2 ** min(over, 20), policy.longest_lockout)
            longest = max(longest, lockout)
            conn.execute(
                sa.update(login_failure)
                .where(login_failure.c.scope == scope, login_failure.c.key == key)
                .values(locked_until=at + lockout)
            )
    if longest:
        raise LoginThrottled(math.ceil(longest.total_seconds()))


def _count(conn: Connection, scope: str, key: str, at: datetime, policy: Policy) -> int:
    """Add one failure for (scope, key); the failures that count now."""
    t = login_failure
    row = (t.c.scope == scope) & (t.c.key == key)
    fresh = t.c.last_failure >= at - policy.forget_after
    bump = (
        sa.update(t)
        .where(row)
        .values(failures=sa.case((fresh, t.c.failures + 1), else_=1), last_failure=at)
    )
    if conn.execute(bump).rowcount == 0:
        try:
            with conn.begin_nested():
                conn.execute(sa.insert(t).values(scope=scope, key=key, failures=1, last_failure=at))
            return 1
        except IntegrityError:  # another server process counted the first one meanwhile
            conn.execute(bump)
    return int(conn.execute(sa.select(t.c.failures).where(row)).scalar_one())


def _forget_old(conn: Connection, at: datetime, policy: Policy) -> None:
    """Drop counts whose last failure no longer counts and whose lockout is over."""
    t = login_failure
    conn.execute(
        sa.delete(t).where(
            t.c.last_failure < at - policy.forget_after,
            t.c.locked_until.is_(None) | (t.c.locked_until < at),
        )
    )


def succeeded(database: Database, username: str) -> None:
    """A good login clears its username's failures (not its address's)."""
    t = login_failure
    with database.writer.begin() as conn:
        conn.execute(sa.delete(t).where(t.c.scope == USER, t.c.key == username[:200]))


def unlock(database: Database, username: str | None, address: str | None) -> int:
    """Clear the failures and lockout of a username and/or an address; how many there were."""
    t = login_failure
    keys = [(USER, username)] if username else []
    keys += [(ADDRESS, address)] if address else []
    wheres = [(t.c.scope == scope) & (t.c.key == key) for scope, key in keys]
    with database.writer.begin() as conn:
        return int(conn.execute(sa.delete(t).where(sa.or_(sa.false(), *wheres))).rowcount)


def add_commands(acts: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`admin unlock-login --username U | --address A` on the admin subcommands."""
    command = acts.add_parser(
        "unlock-login", help="hef de blokkering na te veel mislukte aanmeldingen op"
    )
    which = command.add_mutually_exclusive_group(required=True)
    which.add_argument("--username", help="de gebruikersnaam")
    which.add_argument("--address", help="het IP-adres van de laptop")


def command(database: Database, args: argparse.Namespace) -> str | None:
    """Run `unlock-login`; None when `args` names another command."""
    if args.action != "unlock-login":
        return None
    who = args.username or args.address
    if unlock(database, args.username, args.address) == 0:
        return f"Voor {who} waren er geen mislukte aanmeldingen; er is niets veranderd."
    return f"De blokkering van {who} is opgeheven; aanmelden kan weer."
