"""Device tokens expire when left unused or when too old, answered 401 like a revocation (#8).

Time passing is done by moving the device's dates back in the server database.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.services.changes import record_changes
from samenleren_desktop.sync import apply
from samenleren_server import accounts, cli, db, policy, throttle
from samenleren_server.policy import DEFAULT_POLICY, Policy
from tests.server.live import LiveServer
from tests.sync.laptops import Laptop


def _age(server: LiveServer, device_id: str, *, used: timedelta, made: timedelta) -> None:
    """As if the device was enrolled `made` ago and last used `used` ago."""
    at = accounts.now()
    with server.db.writer.begin() as conn:
        conn.execute(
            sa.update(db.device)
            .where(db.device.c.id == device_id)
            .values(created_at=at - made, last_used_at=at - used)
        )


def _last_used(server: LiveServer, device_id: str) -> timedelta:
    """How long ago the device was last used, as the server noted it."""
    with server.db.engine.connect() as conn:
        query = sa.select(db.device.c.last_used_at).where(db.device.c.id == device_id)
        used = conn.execute(query).scalar_one()
    return accounts.now() - throttle.aware(used)


def test_an_unused_token_expires_and_the_laptop_keeps_its_data(
    server: LiveServer, tmp_path: Path
) -> None:
    server.user("Noord", "begeleider", "sanne")
    laptop = Laptop(tmp_path / "sanne", "sanne")
    try:
        laptop.enrol(server)
        with record_changes(laptop.workspace, laptop.actor) as changes:
            changes.create(Gezin(naam="Gezin Verloop"))
        device_id = apply.load_state(laptop.workspace).device_id
        idle = DEFAULT_POLICY.token_idle
        assert idle is not None
        _age(server, device_id, used=idle - timedelta(days=1), made=idle)
        assert laptop.service.sync().ok  # still in use: the use is noted
        assert _last_used(server, device_id) < timedelta(minutes=1)
        with record_changes(laptop.workspace, laptop.actor) as changes:
            changes.create(Gezin(naam="Gezin Na De Vakantie"))
        before = laptop.records()
        _age(server, device_id, used=idle + timedelta(days=1), made=idle * 2)
        result = laptop.service.sync()
        assert result.access_revoked
        assert "geen toegang" in result.message
        assert laptop.records() == before
        assert apply.outbox_size(laptop.workspace) == 1
    finally:
        laptop.close()


def test_a_token_in_daily_use_still_ends_after_its_lifetime(
    server: LiveServer, tmp_path: Path
) -> None:
    server.user("Noord", "begeleider", "sanne")
    laptop = Laptop(tmp_path / "sanne", "sanne")
    try:
        laptop.enrol(server)
        device_id = apply.load_state(laptop.workspace).device_id
        lifetime = DEFAULT_POLICY.token_lifetime
        assert lifetime is not None
        _age(server, device_id, used=timedelta(hours=1), made=lifetime - timedelta(days=1))
        assert laptop.service.sync().ok
        _age(server, device_id, used=timedelta(hours=1), made=lifetime + timedelta(days=1))
        assert laptop.service.sync().access_revoked
    finally:
        laptop.close()


def test_a_request_notes_its_use_at_most_once_a_day(server: LiveServer) -> None:
    server.user("Noord", "begeleider", "sanne")
    device_id, token = accounts.login(server.db, "sanne", "geheim-wachtwoord-1", "Laptop")
    _age(server, device_id, used=timedelta(hours=20), made=timedelta(days=3))
    assert accounts.caller_for_token(server.db, token) is not None
    assert _last_used(server, device_id) > timedelta(hours=19)  # recent enough: no write
    _age(server, device_id, used=timedelta(hours=25), made=timedelta(days=3))
    assert accounts.caller_for_token(server.db, token) is not None
    assert _last_used(server, device_id) < timedelta(minutes=1)


def test_the_periods_are_the_servers_choice(server: LiveServer) -> None:
    server.user("Noord", "begeleider", "sanne")
    device_id, token = accounts.login(server.db, "sanne", "geheim-wachtwoord-1", "Laptop")
    _age(server, device_id, used=timedelta(days=8), made=timedelta(days=400))
    week = Policy(token_idle=timedelta(days=7), token_lifetime=None)
    assert accounts.caller_for_token(server.db, token, week) is None
    no_lifetime = Policy(token_lifetime=None)
    assert accounts.caller_for_token(server.db, token, no_lifetime) is not None
    assert accounts.caller_for_token(server.db, token) is None  # 400 days > 365


def test_serve_takes_the_periods_in_days() -> None:
    args = cli._parser().parse_args(["serve", "--token-idle-days", "30"])
    assert policy.from_options(args) == Policy(token_idle=timedelta(days=30))
    never = ["serve", "--token-idle-days", "0", "--token-lifetime-days", "0"]
    assert policy.from_options(cli._parser().parse_args(never)) == Policy(
        token_idle=None, token_lifetime=None
    )
    with pytest.raises(SystemExit):
        cli._parser().parse_args(["serve", "--token-idle-days", "-3"])


def test_list_devices_says_which_tokens_expired_or_were_revoked(
    server: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.user("Noord", "begeleider", "sanne")
    enrolled = {
        name: accounts.login(server.db, "sanne", "geheim-wachtwoord-1", name)[0]
        for name in ("Laptop-Werk", "Laptop-Oud", "Laptop-Kwijt", "Laptop-Lang")
    }
    _age(server, enrolled["Laptop-Oud"], used=timedelta(days=100), made=timedelta(days=120))
    _age(server, enrolled["Laptop-Lang"], used=timedelta(days=1), made=timedelta(days=400))
    accounts.revoke_device(server.db, enrolled["Laptop-Kwijt"])
    today = accounts.now()

    def states(*options: str) -> dict[str, str]:
        command = ["admin", "--database", server.database_url, "list-devices", *options]
        assert cli.main(command) == 0
        lines = capsys.readouterr().out.splitlines()
        return {line.split()[2]: " ".join(line.split()[3:]) for line in lines}

    idle_end = today - timedelta(days=100) + timedelta(days=90)
    life_end = today - timedelta(days=400) + timedelta(days=365)
    assert states() == {
        "Laptop-Werk": "actief",
        "Laptop-Oud": f"verlopen sinds {idle_end:%Y-%m-%d}",
        "Laptop-Kwijt": f"ingetrokken sinds {today:%Y-%m-%d}",
        "Laptop-Lang": f"verlopen sinds {life_end:%Y-%m-%d}",
    }
    # The admin gives the periods `serve` runs with: never expiring, all but one are in use.
    never = states("--token-idle-days", "0", "--token-lifetime-days", "0")
    assert never["Laptop-Oud"] == never["Laptop-Lang"] == "actief"
    assert never["Laptop-Kwijt"].startswith("ingetrokken")
