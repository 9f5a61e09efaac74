"""`samenleren --self-test` in a fresh process: every screen opens, exit status 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def test_the_self_test_opens_every_screen_and_exits_0(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test must choose offscreen by itself
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"), TMPDIR=str(scratch))
    result = subprocess.run(
        [sys.executable, "-m", "samenleren_desktop", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert lines[0] == "ok  Ontgrendelen"
    assert "ok  Instellingen" in lines  # and one line per other registered page
    assert len([line for line in lines if line.startswith("ok  ")]) >= 4
    assert "ok  Vergrendelen" in lines
    assert lines[-1] == "Zelftest geslaagd."
    assert not any(line.startswith("FOUT") for line in lines)
    assert list(scratch.iterdir()) == []  # the temporary workspace is gone


def test_a_failing_screen_makes_the_self_test_fail(tmp_path: Path) -> None:
    """A page that raises while it is shown turns the self-test red with its name."""
    script = tmp_path / "broken.py"
    script.write_text(
        "import sys\n"
        "from PySide6.QtWidgets import QWidget\n"
        "from samenleren_desktop.ui import app, selftest\n"
        "class Broken(QWidget):\n"
        "    def page_shown(self):\n"
        "        raise RuntimeError('kapot')\n"
        "original = app.build_pages\n"
        "app.build_pages = lambda ctx, *a: [*original(ctx, *a), ('kapot', 'Kapot', Broken())]\n"
        "sys.exit(selftest.run_self_test())\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FOUT  Kapot: builtins.RuntimeError" in result.stdout
