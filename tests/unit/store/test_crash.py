"""A writer killed with SIGKILL in the middle of its work loses no committed transaction."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlmodel import select

from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.store.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE

# The writer commits one family per transaction through the normal service path and prints
# its id only after the commit returned: a printed id is an acknowledged commit.
WRITER = """
import sys, uuid
from samenleren_desktop.model.services.changes import Actor, record_changes
from samenleren_desktop.model.services.gezinnen import NieuwGezin, NieuwKind, create_gezin
from samenleren_desktop.model.store.workspace import Workspace
ws = Workspace.open(sys.argv[1], sys.argv[2])
actor = Actor("crashtest")
print("klaar", flush=True)
i = 0
while True:
    i += 1
    with record_changes(ws, actor) as changes:
        gezin = create_gezin(
            changes,
            NieuwGezin(naam=f"Gezin {i}", kinderen=[NieuwKind(voornaam="Kind", groep=2)]),
        )
    print(gezin.id, flush=True)
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _run_and_kill(folder: Path, rng: random.Random) -> set[str]:
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
    ) as writer:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "klaar"
        time.sleep(rng.uniform(0.05, 0.4))
        os.kill(writer.pid, signal.SIGKILL)
        acknowledged = {line.strip() for line in writer.stdout if line.strip()}
    assert writer.returncode == -signal.SIGKILL
    return acknowledged


def test_no_acknowledged_commit_is_lost(workspace_dir: Path) -> None:
    Workspace.create(workspace_dir, PASSPHRASE, FAST_KDF).close()
    rng = random.Random(20261122)
    acknowledged: set[str] = set()
    for _ in range(6):
        acknowledged |= _run_and_kill(workspace_dir, rng)
    assert len(acknowledged) > 50
    with Workspace.open(workspace_dir, PASSPHRASE) as ws:
        assert ws.integrity_problems() == []
        with ws.session() as session:
            stored = {str(g.id) for g in session.exec(select(Gezin))}
    assert acknowledged <= stored
