"""The sync benchmarks (`bench_sync`, not collected itself) run end to end with small numbers.

Only that every figure is measured and printed without an error: the targets are for the
full numbers on a real machine (docs/benchmarks.md), not for this smoke run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.server.live import _admin_connection, unreachable

ROOT = Path(__file__).resolve().parents[2]
SMALL = ["--records", "500", "--edits", "200", "--laptops", "4", "--processes", "2"]


def _lines_starting(output: str, start: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(start)]


@pytest.mark.slow
def test_bench_sync_prints_every_figure_on_sqlite_and_postgresql() -> None:
    conn, reason = _admin_connection()
    if conn is None:
        unreachable(reason)
    conn.close()  # type: ignore[attr-defined]
    command = [sys.executable, "-m", "tests.sync.bench_sync", *SMALL, "--postgres"]
    run = subprocess.run(
        command, check=False, cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0, run.stderr[-3000:]
    out = run.stdout
    assert _lines_starting(out, "== ") == ["== SQLite server", "== PostgreSQL server"]
    for start in (
        "first sync of 500 records: ",
        "sync with nothing to do: ",
        "push of 200 edits: ",
        "4 laptops (2 begeleiders, 2 processes) syncing 4 edits each at once: ",
    ):
        lines = _lines_starting(out, start)
        assert len(lines) == 2, out
        assert all("baseline" in line for line in lines), lines
    laptops = _lines_starting(out, "4 laptops")
    assert all(" 0 errors " in line for line in laptops), laptops
