"""Failed logins lock a username (and a client address) for a growing while (#8).

The real server on loopback, SQLite and PostgreSQL. Waiting out a lockout is done by moving
its end into the past in the server database, as time passing would.
"""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
import sqlalchemy as sa

from samenleren_desktop.sync.connection import Refused, SyncClient
from samenleren_desktop.sync.protocol import PROTOCOL_VERSION, SCHEMA_VERSION
from samenleren_server import accounts, cli
from samenleren_server.policy import DEFAULT_POLICY
from samenleren_server.throttle import login_failure
from tests.server.live import PASSWORD, LiveServer

LOCKED = "Te veel mislukte pogingen om aan te melden."


def _login(
    server: LiveServer, username: str, password: str, via: str | None = None
) -> httpx.Response:
    """Log in directly, or `via` a TLS proxy on this computer for the laptop at that address."""
    body = {
        "protocol": PROTOCOL_VERSION,
        "schema_version": SCHEMA_VERSION,
        "username": username,
        "password": password,
    }
    headers = {"X-Forwarded-For": via} if via else {}
    return httpx.post(f"{server.url}/sync/v1/login", json=body, headers=headers)


def _wait_out_lockouts(server: LiveServer) -> None:
    """As if every lockout had ended: its end one second ago."""
    past = accounts.now() - timedelta(seconds=1)
    with server.db.writer.begin() as conn:
        conn.execute(
            sa.update(login_failure)
            .where(login_failure.c.locked_until.is_not(None))
            .values(locked_until=past)
        )


def _assert_locked(answer: httpx.Response, seconds: int) -> None:
    assert answer.status_code == 429, answer.text
    assert answer.json()["error"] == "too_many_logins"
    assert answer.json()["message"].startswith(LOCKED)
    assert "vraag de beheerder de blokkering op te heffen" in answer.json()["message"]
    assert seconds - 5 <= int(answer.headers["Retry-After"]) <= seconds


def test_wrong_passwords_lock_the_username_for_a_growing_while(server: LiveServer) -> None:
    server.user("Noord", "begeleider", "sanne")
    attempts = DEFAULT_POLICY.user_attempts
    for _ in range(attempts - 1):
        assert _login(server, "sanne", "fout-wachtwoord").status_code == 401
    locked = _login(server, "sanne", "fout-wachtwoord")
    _assert_locked(locked, 60)
    assert "over 1 minuut opnieuw" in locked.json()["message"]
    _assert_locked(_login(server, "sanne", PASSWORD), 60)  # the right one does not get in
    assert accounts.devices(server.db, "sanne") == []
    _wait_out_lockouts(server)
    _assert_locked(_login(server, "sanne", "weer-fout"), 120)  # each failure doubles it
    _wait_out_lockouts(server)
    _assert_locked(_login(server, "sanne", "weer-fout"), 240)
    assert "over 4 minuten opnieuw" in _login(server, "sanne", PASSWORD).json()["message"]
    _wait_out_lockouts(server)
    assert _login(server, "sanne", PASSWORD).status_code == 200  # it ended by itself
    for _ in range(attempts - 1):  # and a good login cleared the count
        assert _login(server, "sanne", "fout-wachtwoord").status_code == 401


def test_other_users_and_unknown_names_are_counted_apart(server: LiveServer) -> None:
    server.user("Noord", "begeleider", "sanne")
    server.user("Noord", "begeleider", "ahmed")
    for _ in range(DEFAULT_POLICY.user_attempts - 1):
        assert _login(server, "sanne", "fout-wachtwoord").status_code == 401
        assert _login(server, "niemand", "fout-wachtwoord").status_code == 401
    _assert_locked(_login(server, "sanne", "fout-wachtwoord"), 60)
    # a name that does not exist locks the same way: a lockout tells nothing about who exists
    _assert_locked(_login(server, "niemand", "fout-wachtwoord"), 60)
    assert _login(server, "ahmed", PASSWORD).status_code == 200


def test_one_address_trying_many_names_is_locked(server: LiveServer) -> None:
    """Behind a proxy on this computer, the laptop's own address counts, not the proxy's."""
    server.user("Noord", "begeleider", "sanne")
    attempts = DEFAULT_POLICY.address_attempts
    guesser = "203.0.113.7"
    answers = [_login(server, f"gok-{n}", "fout", via=guesser) for n in range(attempts)]
    assert [a.status_code for a in answers[:-1]] == [401] * (attempts - 1)
    _assert_locked(answers[-1], 60)
    _assert_locked(_login(server, "sanne", PASSWORD, via=guesser), 60)
    assert _login(server, "sanne", PASSWORD, via="198.51.100.20").status_code == 200


def test_an_administrator_lifts_a_lockout(
    server: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.user("Noord", "begeleider", "sanne")
    for _ in range(DEFAULT_POLICY.user_attempts):
        _login(server, "sanne", "fout-wachtwoord")
    assert _login(server, "sanne", PASSWORD).status_code == 429
    admin = ["admin", "--database", server.database_url, "unlock-login"]
    assert cli.main([*admin, "--username", "sanne"]) == 0
    assert "De blokkering van sanne is opgeheven" in capsys.readouterr().out
    assert _login(server, "sanne", PASSWORD).status_code == 200
    assert cli.main([*admin, "--username", "sanne"]) == 0
    assert "er is niets veranderd" in capsys.readouterr().out
    assert cli.main([*admin, "--address", "127.0.0.1"]) == 0
    assert "De blokkering van 127.0.0.1 is opgeheven" in capsys.readouterr().out


def test_the_laptop_shows_the_lockout_in_plain_dutch(server: LiveServer) -> None:
    server.user("Noord", "begeleider", "sanne")
    client = SyncClient(server.url)
    try:
        for _ in range(DEFAULT_POLICY.user_attempts - 1):
            _login(server, "sanne", "fout-wachtwoord")
        with pytest.raises(Refused) as refused:
            client.login("sanne", "fout-wachtwoord", "Laptop Sanne")
    finally:
        client.close()
    assert LOCKED in refused.value.message
    assert "Probeer het over 1 minuut opnieuw" in refused.value.message
