"""`samenleren-server serve` and `admin …`, and `samenleren sync`, as real processes/commands."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from samenleren_desktop.cli import main as desktop_main
from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.services.changes import Actor, record_changes
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_server.cli import main as server_main
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.server.live import PASSWORD, free_port, fresh_database


@pytest.fixture(params=["sqlite", "postgresql"])
def served(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """`samenleren-server serve` in a subprocess; (base URL, database URL)."""
    if request.param == "sqlite":
        database = f"sqlite:///{tmp_path / 'nieuw.db'}"  # no set-up: serve migrates it
    else:
        database = fresh_database("postgresql", tmp_path, request)
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "samenleren_server",
            "serve",
            "--database",
            database,
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(f"{url}/health").status_code == 200:
                    break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError(
                        process.stderr.read().decode() if process.stderr else ""
                    ) from None
                time.sleep(0.05)
        yield url, database
    finally:
        process.terminate()
        process.communicate(timeout=10)


def _admin(database: str, *args: str) -> int:
    return server_main(["admin", "--database", database, *args])


def test_admin_serve_and_sync_from_the_command_line(
    served: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, database = served
    password_file = tmp_path / "wachtwoord.txt"
    password_file.write_text(PASSWORD + "\n", encoding="utf-8")
    assert _admin(database, "create-org", "Stichting Noord") == 0
    assert _admin(database, "create-org", "Stichting Noord") == 1
    assert "bestaat al" in capsys.readouterr().err
    user = [
        "--org",
        "Stichting Noord",
        "--username",
        "sanne",
        "--password-file",
        str(password_file),
    ]
    assert _admin(database, "create-user", "--role", "begeleider", *user) == 0
    workspace_dir = tmp_path / "laptop"
    with (
        Workspace.create(workspace_dir, PASSPHRASE, FAST_KDF) as ws,
        record_changes(ws, Actor("sanne")) as changes,
    ):
        changes.create(Gezin(naam="Gezin Smit"))
    passphrase_file = tmp_path / "pp.txt"
    passphrase_file.write_text(PASSPHRASE, encoding="utf-8")
    sync = [
        "sync",
        str(workspace_dir),
        "--server",
        url,
        "--user",
        "sanne",
        "--password-file",
        str(password_file),
        "--passphrase-file",
        str(passphrase_file),
    ]
    assert desktop_main(sync) == 0
    out = capsys.readouterr().out
    assert "aangemeld" in out
    assert "1 verstuurd" in out
    assert desktop_main(sync) == 0  # enrolled now: no password needed, nothing to do
    assert "0 verstuurd" in capsys.readouterr().out
    assert _admin(database, "list-devices", "--username", "sanne") == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert (line.split()[1], line.split()[-1]) == ("sanne", "actief")
    assert _admin(database, "revoke-device", "--device", line.split()[0]) == 0
    capsys.readouterr()
    assert desktop_main(sync) == 1  # revoked: refused, the workspace stays as it is
    assert "geen toegang" in capsys.readouterr().err
    openapi = httpx.get(f"{url}/openapi.json").json()
    assert {"/sync/v1/push", "/sync/v1/pull", "/sync/v1/login"} <= set(openapi["paths"])


def test_plain_http_to_another_computer_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = desktop_main(
        ["sync", str(tmp_path), "--server", "http://sync.example.org", "--user", "sanne"]
    )
    assert code == 1
    assert "https://" in capsys.readouterr().err


def test_admin_errors_are_plain_dutch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = f"sqlite:///{tmp_path / 's.db'}"
    password_file = tmp_path / "pw"
    password_file.write_text("kort", encoding="utf-8")
    user = [
        "--org",
        "Nergens",
        "--role",
        "coordinator",
        "--username",
        "x",
        "--password-file",
        str(password_file),
    ]
    assert _admin(database, "create-user", *user) == 1
    assert "minstens 8 tekens" in capsys.readouterr().err
    password_file.write_text("lang genoeg wachtwoord", encoding="utf-8")
    assert _admin(database, "create-user", *user) == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert _admin(database, "revoke-device", "--device", "onbekend") == 1
    assert "geen actief apparaat" in capsys.readouterr().err
