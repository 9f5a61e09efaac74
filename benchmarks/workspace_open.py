"""Unlock and open a workspace of 2,000 families, as ratios to plain SQLite with the same rows.

Run: python benchmarks/workspace_open.py [--families N] [--repeat R]
Prints the median of R runs for each figure, each beside its baseline from the same run.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine
from sqlmodel import Session

from samenleren_desktop.model.demo import fill_demo
from samenleren_desktop.model.services.overzicht import gezin_regels
from samenleren_desktop.model.store import keyfile
from samenleren_desktop.model.store.workspace import Workspace

PASSPHRASE = "benchmark wachtwoord lang genoeg"


def _median(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _plain_copy(ws: Workspace, target: Path) -> None:
    """The same rows in an unencrypted SQLite file (SQLCipher's export to an empty key)."""
    with ws.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        raw.execute("SELECT sqlcipher_export('plain')")
        raw.execute("DETACH DATABASE plain")


def _open_plain(path: Path) -> int:
    engine = create_engine(f"sqlite:///{path}")
    with Session(engine) as session:
        rows = len(gezin_regels(session))
    engine.dispose()
    return rows


def _open_workspace(folder: Path) -> int:
    with Workspace.open(folder, PASSPHRASE) as ws, ws.session() as session:
        return len(gezin_regels(session))


def main() -> None:
    """Build the workspaces, measure, print."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--families", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder, plain = Path(tmp) / "ws", Path(tmp) / "plain.db"
        params = keyfile.calibrate()
        with Workspace.create(folder, PASSPHRASE, params) as ws:
            with ws.transaction() as session:
                fill_demo(session, args.families)
            _plain_copy(ws, plain)
        key_file = keyfile.read_key_file(folder / "keyfile.json")
        kdf = _median(lambda: key_file.unwrap(PASSPHRASE), args.repeat)
        plain_open = _median(lambda: _open_plain(plain), args.repeat)
        ws_open = _median(lambda: _open_workspace(folder), args.repeat)
        assert _open_plain(plain) == _open_workspace(folder) == args.families
    print(
        f"families: {args.families}; Argon2id: {params.memory_kib // 1024} MiB, "
        f"{params.iterations} passes, {params.lanes} lanes; median of {args.repeat} runs"
    )
    print(f"baseline: open plain SQLite + read caseload     {plain_open * 1000:8.1f} ms  1.00x")
    print(
        f"unlock (Argon2id + unwrap key)                  {kdf * 1000:8.1f} ms "
        f"{kdf / plain_open:6.1f}x"
    )
    print(
        f"unlock + open encrypted workspace + read caseload {ws_open * 1000:6.1f} ms "
        f"{ws_open / plain_open:6.1f}x"
    )
    print(
        f"  of which database work (total minus unlock)   {(ws_open - kdf) * 1000:8.1f} ms "
        f"{(ws_open - kdf) / plain_open:6.1f}x"
    )


if __name__ == "__main__":
    main()
