"""Organisations, users, devices and assignments: admin commands, login and token checks."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Any

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.engine import Connection

from samenleren_server import db, throttle
from samenleren_server.db import Database
from samenleren_server.policy import DEFAULT_POLICY, Policy

ROLES = ("begeleider", "coordinator", "admin")
_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verifying against this keeps a login for an unknown user as slow as for a known one."""
    return _hasher.hash("niet-bestaand-wachtwoord")


class AdminError(Exception):
    """An admin command that cannot be done; `message` is one Dutch sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class Caller:
    """The user and device behind a request.

    Attributes:
        assigned: the families a begeleider may see (unused for coordinators and admins).
        ending: families whose assignment ended, but this device has not pulled that end yet:
            it may still push what it holds of them (unused for coordinators and admins).
        pulled_cursor: the cursor of this device's last pull (as far as it matters: see
            `note_pulled`).
        first_end: the lowest sequence number of the `ending` assignments' ends, or None.
    """

    device_id: str
    user_id: int
    username: str
    role: str
    org_id: int
    organisation: str
    assigned: set[str] = field(default_factory=set)
    ending: set[str] = field(default_factory=set)
    pulled_cursor: int = 0
    first_end: int | None = None

    @property
    def sees_whole_organisation(self) -> bool:
        """Coordinators and admins see every family of their organisation."""
        return self.role in ("coordinator", "admin")


def token_hash(token: str) -> str:
    """What the server stores of a device token (the token itself is random and long)."""
    return hashlib.sha256(token.encode()).hexdigest()


def now() -> datetime:
    """The server clock, in UTC."""
    return datetime.now(UTC)


def create_org(database: Database, name: str) -> int:
    """A new organisation; its id."""
    with database.writer.begin() as conn:
        exists = conn.execute(sa.select(db.organisation.c.id).where(db.organisation.c.name == name))
        if exists.first() is not None:
            raise AdminError(f"De organisatie {name!r} bestaat al.")
        result = conn.execute(sa.insert(db.organisation).values(name=name))
        return int(result.inserted_primary_key[0])  # type: ignore[index]


def create_user(database: Database, org: str, role: str, username: str, password: str) -> int:
    """A new user of organisation `org` with an Argon2 password hash; its id."""
    if role not in ROLES:
        raise AdminError(f"Onbekende rol {role!r}; kies uit {', '.join(ROLES)}.")
    if len(password) < 8:
        raise AdminError("Het wachtwoord moet minstens 8 tekens hebben.")
    with database.writer.begin() as conn:
        org_id = conn.execute(
            sa.select(db.organisation.c.id).where(db.organisation.c.name == org)
        ).scalar()
        if org_id is None:
            raise AdminError(f"De organisatie {org!r} bestaat niet.")
        taken = conn.execute(sa.select(db.user.c.id).where(db.user.c.username == username))
        if taken.first() is not None:
            raise AdminError(f"De gebruikersnaam {username!r} is al in gebruik.")
        result = conn.execute(
            sa.insert(db.user).values(
                org_id=org_id, username=username, role=role, password_hash=_hasher.hash(password)
            )
        )
        return int(result.inserted_primary_key[0])  # type: ignore[index]


def login(
    database: Database,
    username: str,
    password: str,
    device_name: str,
    address: str = "",
    policy: Policy = DEFAULT_POLICY,
) -> tuple[str, str]:
    """Check the password and enrol a new device; (device id, token).

    Raises:
        throttle.LoginThrottled: the username or the client `address` is locked after too
            many failed logins (checked before the password, so a right one is refused too).
        AdminError: a wrong username or password.
    """
    at = now()
    throttle.check(database, username, address, at)
    with database.engine.connect() as conn:
        row = conn.execute(
            sa.select(db.user.c.id, db.user.c.password_hash).where(db.user.c.username == username)
        ).first()
    try:
        _hasher.verify(row.password_hash if row else _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        row = None
    if row is None:
        throttle.failed(database, username, address, at, policy)
        raise AdminError("Gebruikersnaam of wachtwoord klopt niet.")
    throttle.succeeded(database, username)
    token = secrets.token_urlsafe(32)
    device_id = uuid.uuid4().hex
    with database.writer.begin() as conn:
        conn.execute(
            sa.insert(db.device).values(
                id=device_id,
                user_id=row.id,
                name=device_name[:100],
                token_hash=token_hash(token),
                created_at=at,
                last_used_at=at,
            )
        )
    return device_id, token


def _caller_query() -> sa.Select[Any]:
    """The device behind a token hash, its user and organisation, and the user's families
    assigned now or ended after the device's last pull (prepared once: see `_CALLER`)."""
    u, d, o, a = db.user, db.device, db.organisation, db.assignment
    families = (a.c.user_id == u.c.id) & (a.c.active | (a.c.ended_seq > d.c.pulled_cursor))
    return (
        sa.select(
            d.c.id,
            u.c.id.label("user_id"),
            u.c.username,
            u.c.role,
            u.c.org_id,
            o.c.name,
            d.c.pulled_cursor,
            d.c.created_at,
            d.c.last_used_at,
            a.c.gezin_id,
            a.c.active,
            a.c.ended_seq,
        )
        .join(u, u.c.id == d.c.user_id)
        .join(o, o.c.id == u.c.org_id)
        .outerjoin(a, families)
        .where(d.c.token_hash == sa.bindparam("token_hash"), d.c.revoked_at.is_(None))
    )


_CALLER = _caller_query()


def caller_for_token(
    database: Database, token: str, policy: Policy = DEFAULT_POLICY
) -> Caller | None:
    """The caller behind a device token; None for an unknown, revoked or expired device.

    One query, read afresh on every request (a revocation or a changed assignment counts from
    the very next request): the device, its user and organisation, and, outer-joined, the
    user's families assigned now or ended after the device's last pull. A token expires when
    unused for `policy.token_idle` or older than `policy.token_lifetime`; its last use is
    written at most once per `policy.touch_every`.
    """
    with database.engine.connect() as conn:
        rows = conn.execute(_CALLER, {"token_hash": token_hash(token)}).all()
    if not rows or not _token_in_use(database, rows[0], policy):
        return None
    first = rows[0]
    caller = Caller(first.id, first.user_id, first.username, first.role, first.org_id, first.name)
    caller.pulled_cursor = int(first.pulled_cursor)
    if not caller.sees_whole_organisation:
        for row in rows:
            if row.gezin_id is None:
                continue
            if row.active:
                caller.assigned.add(str(row.gezin_id))
            else:
                caller.ending.add(str(row.gezin_id))
                end = int(row.ended_seq)
                caller.first_end = end if caller.first_end is None else min(caller.first_end, end)
    return caller


def expired_since(device: Any, policy: Policy, at: datetime) -> datetime | None:
    """When a device's token stopped being accepted under `policy`; None while it still is.

    `device` has `created_at` and `last_used_at` (as read from the database). A token
    expires `policy.token_idle` after its last use or `policy.token_lifetime` after it was
    made, whichever comes first.
    """
    created = throttle.aware(device.created_at)
    used = throttle.aware(device.last_used_at) if device.last_used_at else created
    ends = [
        start + period
        for start, period in ((used, policy.token_idle), (created, policy.token_lifetime))
        if period is not None
    ]
    end = min(ends, default=None)
    return end if end is not None and at > end else None


def _token_in_use(database: Database, device: Any, policy: Policy) -> bool:
    """Whether a device's token is still valid now; notes this use when the last is stale."""
    at = now()
    if expired_since(device, policy, at) is not None:
        return False
    created = throttle.aware(device.created_at)
    used = throttle.aware(device.last_used_at) if device.last_used_at else created
    if at - used > policy.touch_every:
        with database.writer.begin() as conn:
            conn.execute(
                sa.update(db.device).where(db.device.c.id == device.id).values(last_used_at=at)
            )
    return True


def assigned_families(conn: Connection, user_id: int) -> set[str]:
    """The families assigned to a user now."""
    a = db.assignment
    rows = conn.execute(sa.select(a.c.gezin_id).where(a.c.user_id == user_id, a.c.active))
    return {str(r[0]) for r in rows}


def note_pulled(database: Database, caller: Caller, cursor: int) -> None:
    """Remember the cursor a device pulls from: it has stored everything up to there.

    Only written when it matters for the `ending` families of the next request: a cursor
    that passes the end of an assignment, or one that went back (a new server database).
    Moving past nothing that ended changes no answer, so a first sync or a sync with
    nothing to do writes nothing.
    """
    passes_end = caller.first_end is not None and cursor >= caller.first_end
    if not (passes_end or cursor < caller.pulled_cursor):
        return
    with database.writer.begin() as conn:
        conn.execute(
            sa.update(db.device)
            .where(db.device.c.id == caller.device_id)
            .values(pulled_cursor=cursor)
        )
    caller.pulled_cursor = cursor


def revoke_device(database: Database, device_id: str) -> None:
    """Revoke a device token: its next request gets 401."""
    with database.writer.begin() as conn:
        result = conn.execute(
            sa.update(db.device)
            .where(db.device.c.id == device_id, db.device.c.revoked_at.is_(None))
            .values(revoked_at=now())
        )
        if result.rowcount == 0:
            raise AdminError(f"Er is geen actief apparaat met id {device_id!r}.")


def devices(database: Database, username: str | None = None) -> list[Any]:
    """Enrolled devices (id, username, name, created_at, last_used_at, revoked_at), oldest
    first."""
    d, u = db.device, db.user
    columns = (d.c.id, u.c.username, d.c.name, d.c.created_at, d.c.last_used_at, d.c.revoked_at)
    query = sa.select(*columns).join(u, u.c.id == d.c.user_id)
    if username:
        query = query.where(u.c.username == username)
    with database.engine.connect() as conn:
        return list(conn.execute(query.order_by(d.c.created_at)).all())


def user_id_of(conn: Connection, username: str) -> int:
    """The id of a user, or an AdminError."""
    user_id = conn.execute(sa.select(db.user.c.id).where(db.user.c.username == username)).scalar()
    if user_id is None:
        raise AdminError(f"De gebruiker {username!r} bestaat niet.")
    return int(user_id)
