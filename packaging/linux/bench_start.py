"""Start-up benchmark of the frozen program: time until the unlock screen is on the screen.

    python bench_start.py BUNDLE_EXE [--runs 5] [--baseline BARE_EXE]

The baseline is a frozen bare PySide6 window (packaging/bare_window.py, built here with the
same PyInstaller when --baseline is not given). Both run under one Xvfb server; a start counts
from launching the process until `xdotool` finds its window visible (polled every 10 ms). The
first start of each after dropping the page cache (when allowed: root outside a container) is
"cold"; otherwise the first start after the build is reported as "first". Then the median of
`--runs` warm starts. Prints the times and the ratios to the baseline.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
TIMEOUT = 60.0


def drop_page_cache() -> bool:
    """Drop the kernel's page cache (root only); False where it is not allowed."""
    subprocess.run(["sync"], check=False)
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def window_visible(name: str, env: dict[str, str]) -> bool:
    """Whether a visible window whose title matches `name` exists on the display."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", name],
        env=env,
        capture_output=True,
        check=False,
    )
    return found.returncode == 0 and bool(found.stdout.strip())


def time_start(command: list[str], name: str, env: dict[str, str]) -> float:
    """Seconds from launching `command` until its window `name` is visible; then end it."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < TIMEOUT:
            if window_visible(name, env):
                return time.perf_counter() - started
            if process.poll() is not None:
                raise SystemExit(f"{command[0]} stopped with {process.returncode} before a window")
            time.sleep(0.01)
        raise SystemExit(f"no window '{name}' after {TIMEOUT} s")
    finally:
        process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(10)
        if process.poll() is None:
            process.kill()
            process.wait()


def build_baseline(work: Path) -> Path:
    """Freeze packaging/bare_window.py with the PyInstaller next to this Python."""
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--name",
            "bare-window",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "work"),
            "--specpath",
            str(work),
            str(HERE.parent / "bare_window.py"),
        ],
        check=True,
    )
    return work / "dist" / "bare-window" / "bare-window"


def wait_for_display(display: str, server: subprocess.Popen[bytes]) -> None:
    """Wait until the X server answers (a cold start may still be loading its keymap)."""
    env = {**os.environ, "DISPLAY": display}
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"Xvfb stopped with {server.returncode}")
        probe = ["xdotool", "getdisplaygeometry"]
        if subprocess.run(probe, env=env, capture_output=True, check=False).returncode == 0:
            return
        time.sleep(0.05)
    raise SystemExit(f"Xvfb on {display} does not answer")


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """A private Xvfb server; yields its DISPLAY."""
    read, write = os.pipe()
    server = subprocess.Popen(
        # -noreset: without it the server resets whenever its last client (an xdotool probe)
        # disconnects, and a program connecting during the reset fails to start.
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + pipe.readline().strip()
    try:
        wait_for_display(display, server)
        yield display
    finally:
        server.terminate()
        server.wait(10)


def main() -> int:
    """Measure, print, return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", type=Path, help="the frozen samenleren executable")
    parser.add_argument("--baseline", type=Path, help="a frozen bare PySide6 window")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not shutil.which("Xvfb") or not shutil.which("xdotool"):
        raise SystemExit("needs Xvfb and xdotool (apt-get install xvfb xdotool)")
    with tempfile.TemporaryDirectory(prefix="samenleren-bench-") as tmp:
        home = Path(tmp)
        baseline = args.baseline or build_baseline(home / "baseline")
        env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
        env.pop("QT_QPA_PLATFORM", None)
        workspace = home / "werkruimte"
        subprocess.run(
            [str(args.app), "workspace", "create", str(workspace)],
            env={**env, "SAMENLEREN_PASSPHRASE": "bench-wachtwoord-1234"},
            check=True,
            stdout=subprocess.DEVNULL,
        )
        app = [str(args.app), "--workspace", str(workspace)]
        with xvfb() as display:
            env["DISPLAY"] = display
            cold = drop_page_cache()
            first_app = time_start(app, "Samen Leren", env)
            drop_page_cache()
            first_bare = time_start([str(baseline)], "Kale PySide6", env)
            apps, bares = [], []
            for _ in range(args.runs):  # interleaved, so a busy moment hits both alike
                apps.append(time_start(app, "Samen Leren", env))
                bares.append(time_start([str(baseline)], "Kale PySide6", env))
            warm_app, warm_bare = statistics.median(apps), statistics.median(bares)
    kind = "cold (page cache dropped)" if cold else "first start (page cache not droppable)"
    print(f"== start-up to the unlock screen, {kind} and median of {args.runs} warm starts")
    print(f"{'':28}{'first':>10}{'warm':>10}")
    print(f"{'Samen Leren (frozen)':28}{first_app:>9.2f}s{warm_app:>9.2f}s")
    print(f"{'bare PySide6 window (frozen)':28}{first_bare:>9.2f}s{warm_bare:>9.2f}s")
    print(f"{'ratio':28}{first_app / first_bare:>9.2f}x{warm_app / warm_bare:>9.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
