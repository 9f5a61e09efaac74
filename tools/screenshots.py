"""Render every screen of the main window offscreen into docs/screenshots/<key>.png.

    python tools/screenshots.py [--out DIR] [--scale 2] [--font-percent 200] [--language en]

Uses a throwaway demo workspace (fixed seed, today fixed at 2026-11-02) so the pictures only
change when the screens do. New pages appear automatically: the script walks the pages the
main window has registered. A page may define `screenshot_setup(ctx)` to get ready first (the
traject page without one is given the first family). Also renders the unlock page
(`unlock.png`), the lock screen (`vergrendeld.png`), and from `screenshots_traject.py` the
Traject tabs of a family working on its goals, the parent view and the visit and aanmelding
dialogs. The workspace's temporary folder is shown as SHOWN_FOLDER, so runs give equal pictures.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

WIDTH, HEIGHT = 1280, 800
TODAY = date(2026, 11, 2)
FAMILIES = 12
SHOWN_FOLDER = "~/Samen Leren/werkruimte"


def main(argv: list[str] | None = None) -> int:
    """Render the screens; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio (2 = HiDPI)")
    parser.add_argument("--font-percent", type=int, default=100)
    parser.add_argument("--language", choices=("nl", "en"), default="nl")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="samenleren-screenshots-") as tmp:
        written = _render(Path(tmp), args.out, args.font_percent, args.language)
    for path in written:
        print(path)
    return 0


def _render(tmp: Path, out: Path, font_percent: int, language: str) -> list[Path]:
    from samenleren_desktop.ui import selftest as st  # noqa: PLC0415
    from samenleren_desktop.ui.app import WorkspaceController, prepare_application  # noqa: PLC0415
    from samenleren_desktop.ui.preferences import Preferences  # noqa: PLC0415
    from samenleren_desktop.ui.unlock import UnlockPage  # noqa: PLC0415

    sys.path.insert(0, str(Path(__file__).parent))
    from screenshots_traject import extra_shots  # noqa: PLC0415 - next to this script

    st.make_demo_workspace(tmp / "werkruimte", FAMILIES, TODAY)
    preferences = Preferences.from_file(str(tmp / "instellingen.ini"))
    preferences.font_percent = font_percent
    preferences.language = language
    prepare_application(preferences)
    controller = WorkspaceController(tmp / "werkruimte", "", preferences, today=lambda: TODAY)
    window = controller.window
    window.resize(WIDTH, HEIGHT)
    window.show()
    written: list[Path] = []

    def shoot(name: str, widget: QWidget | None = None) -> None:
        st.settle(0.4)
        shown = widget or window
        _hide_folder(shown, str(tmp / "werkruimte"))
        path = out / f"{name}.png"
        shown.grab().save(str(path))
        written.append(path)

    try:
        shoot("unlock")
        page = controller.page
        assert isinstance(page, UnlockPage)
        page.passphrase.setText(st.PASSPHRASE)
        page.button.click()
        if not st.wait_until(window.shell_shown, 60):
            raise SystemExit(f"Ontgrendelen mislukt: {page.message.text()}")
        assert controller.ctx is not None
        for key in window.page_keys():
            st.prepare_page(window, controller.ctx, key)
            shoot(key)
        for name, widget, clean_up in extra_shots(window, controller.ctx):
            shoot(name, widget)
            clean_up()
        window.lock()
        shoot("vergrendeld")
    finally:
        window.close()
        controller.close()
    return written


def _hide_folder(widget: QWidget, folder: str) -> None:
    """Show the random temporary folder as SHOWN_FOLDER (status bar, unlock page, settings)."""
    for label in [widget, *widget.findChildren(QLabel)]:
        if isinstance(label, QLabel) and folder in label.text():
            label.setText(label.text().replace(folder, SHOWN_FOLDER))


if __name__ == "__main__":
    sys.exit(main())
