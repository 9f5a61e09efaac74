"""Render the Logboek page of a demo workspace whose audit chain was tampered with.

    python tools/screenshot_logboek_broken.py [--out docs/screenshots/logboek-verbroken.png]

`tools/screenshots.py` renders every page as a coach or coordinator first sees it (a whole
chain); this shows what a coordinator sees after someone edited entry 120 of the trail with a
SQLite tool: the broken chain above the list and that entry marked in it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 2)
BROKEN = 120
WIDTH, HEIGHT = 1110, 780


def main(argv: list[str] | None = None) -> int:
    """Render the picture; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots/logboek-verbroken.png"))
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="samenleren-logboek-") as tmp:
        _render(Path(tmp) / "werkruimte", args.out)
    print(args.out)
    return 0


def _render(folder: Path, out: Path) -> None:
    import sqlalchemy as sa  # noqa: PLC0415

    from samenleren_desktop.model.services.changes import Actor  # noqa: PLC0415
    from samenleren_desktop.model.store.workspace import Workspace  # noqa: PLC0415
    from samenleren_desktop.ui import selftest as st  # noqa: PLC0415
    from samenleren_desktop.ui.app import prepare_application  # noqa: PLC0415
    from samenleren_desktop.ui.audit_view import AuditLogPage  # noqa: PLC0415
    from samenleren_desktop.ui.context import AppContext  # noqa: PLC0415
    from samenleren_desktop.ui.preferences import Preferences  # noqa: PLC0415
    from samenleren_desktop.ui.tasks import TaskRunner  # noqa: PLC0415

    st.make_demo_workspace(folder, 12, TODAY)
    prepare_application(Preferences.from_file(str(folder.parent / "instellingen.ini")))
    workspace = Workspace.open(folder, st.PASSPHRASE)
    with workspace.engine.begin() as conn:  # what someone with a SQLite tool could do
        conn.execute(
            sa.text("UPDATE audit_entry SET gebruiker = 'iemand' WHERE volgnummer = :n"),
            {"n": BROKEN},
        )
    runner = TaskRunner()
    ctx = AppContext(workspace, Actor("coordinator", "kantoor-pc"), runner, today=lambda: TODAY)
    page = AuditLogPage(ctx)
    try:
        page.resize(WIDTH, HEIGHT)
        page.show()
        if not st.wait_until(lambda: page.logboek is not None, 60):
            raise SystemExit("Het logboek laadde niet.")
        st.settle(0.4)  # the list gets its size before it scrolls
        row = next(i for i, r in enumerate(page.model.regels) if r.volgnummer == BROKEN + 5)
        page.table.scrollTo(page.model.index(row, 0), page.table.ScrollHint.PositionAtTop)
        st.settle(0.4)
        page.grab().save(str(out))
    finally:
        page.close()
        runner.shutdown()
        workspace.close()


if __name__ == "__main__":
    sys.exit(main())
