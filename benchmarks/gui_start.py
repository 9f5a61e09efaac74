"""Start-up time to the unlock screen, as a ratio to a bare PySide6 window started the same way.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/gui_start.py [--repeat N]

Each run is a fresh Python process (`python benchmarks/gui_start.py --child app|bare ...`):
- app: runs the real command line, `samenleren --workspace FOLDER`, through
  `samenleren_desktop.cli.main`, and quits at the first paint of the unlock page;
- bare: a QMainWindow with one label, shown, and quits at the label's first paint.
The time is from just before the process is started to that first paint (the child reports the
moment on a monotonic clock shared by all processes). Printed: the median of N runs of each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

PASSPHRASE = "benchmark wachtwoord lang genoeg"
MARK = "SHOWN "


def _report_first_paint(is_target: Callable[[object], bool]) -> QObject:
    """An application event filter that prints the time of the first paint of the target."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if not self.done and event.type() == QEvent.Type.Paint and is_target(watched):
                self.done = True
                print(f"{MARK}{time.monotonic()}", flush=True)
                QTimer.singleShot(0, QApplication.quit)
            return False

    return FirstPaint()


def child_app(folder: str) -> int:
    """The real program up to its unlock page."""
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from samenleren_desktop import cli
    from samenleren_desktop.ui.unlock import UnlockPage

    spy = _report_first_paint(lambda widget: isinstance(widget, UnlockPage))
    app.installEventFilter(spy)
    return cli.main(["--workspace", folder])


def child_bare() -> int:
    """The baseline: the smallest PySide6 window."""
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    label = QLabel("Samen Leren", window)
    window.setCentralWidget(label)
    spy = _report_first_paint(lambda widget: widget is label)
    app.installEventFilter(spy)
    window.show()
    return app.exec()


def _one_run(args: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    shown = [line for line in result.stdout.splitlines() if line.startswith(MARK)]
    if result.returncode != 0 or not shown:
        raise SystemExit(f"child {args} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return float(shown[0][len(MARK) :]) - start


def _workspace(folder: Path) -> Path:
    from samenleren_desktop.model.store import keyfile
    from samenleren_desktop.model.store.workspace import Workspace

    params = keyfile.KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
    Workspace.create(folder, PASSPHRASE, params).close()
    return folder


def main() -> None:
    """Measure both kinds of start, interleaved, and print the medians."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        sys.exit(child_app(rest[0]) if kind == "app" else child_bare())
    with tempfile.TemporaryDirectory() as tmp:
        folder = _workspace(Path(tmp) / "ws")
        _one_run(["bare"])  # warm the file cache for both
        _one_run(["app", str(folder)])
        bare, app = [], []
        for _ in range(args.repeat):
            bare.append(_one_run(["bare"]))
            app.append(_one_run(["app", str(folder)]))
    b, a = statistics.median(bare), statistics.median(app)
    print(
        f"median of {args.repeat} starts each, QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}"
    )
    print(f"baseline: bare PySide6 QMainWindow shown        {b * 1000:8.1f} ms  1.00x")
    print(f"samenleren --workspace X: unlock page shown     {a * 1000:8.1f} ms {a / b:6.2f}x")
    print(f"  (fastest / slowest: {min(app) * 1000:.0f} / {max(app) * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
