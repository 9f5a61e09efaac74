"""Render the Logboek page showing the whole organisation's trail, fetched from a real server.

    python tools/screenshot_logboek_server.py [--out docs/screenshots/logboek_server.png]

A sync server on loopback (SQLite in a temporary folder) with a begeleider and a coordinator.
The coordinator's laptop (a demo workspace) syncs; the begeleider's laptop makes a family and
opens it; the coordinator's laptop syncs, opens that family too and syncs again. Then the
coordinator's Logboek page is switched to *Hele organisatie (server)*: entries of both laptops,
with the family names the coordinator's laptop knows. All people are fictional.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

TODAY = date(2026, 11, 2)
WIDTH, HEIGHT = 1110, 780
ORG, PASSWORD = "Stichting Noord", "geheim-wachtwoord-1"


def main(argv: list[str] | None = None) -> int:
    """Render the picture; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots/logboek_server.png"))
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="samenleren-logboek-server-") as tmp:
        _render(Path(tmp), args.out)
    print(args.out)
    return 0


def _serve(folder: Path) -> tuple[str, Any]:
    """A server on a free loopback port with sanne (begeleider) and karim (coordinator)."""
    import socket  # noqa: PLC0415

    import uvicorn  # noqa: PLC0415

    from samenleren_server import accounts, db  # noqa: PLC0415
    from samenleren_server.app import create_app  # noqa: PLC0415

    url = f"sqlite:///{folder / 'server.db'}"
    db.upgrade(url)
    database = db.open_database(url)
    accounts.create_org(database, ORG)
    accounts.create_user(database, ORG, "begeleider", "sanne", PASSWORD)
    accounts.create_user(database, ORG, "coordinator", "karim", PASSWORD)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    config = uvicorn.Config(create_app(database), host="127.0.0.1", port=port, log_level="error")
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.01)
    return f"http://127.0.0.1:{port}", server


def _laptops(folder: Path, url: str) -> tuple[Any, Any]:
    """Sanne's and karim's workspaces, enrolled and synced (open; the caller closes them)."""
    from samenleren_desktop.model.entities import Gezin  # noqa: PLC0415
    from samenleren_desktop.model.services.audit import log_access  # noqa: PLC0415
    from samenleren_desktop.model.services.changes import Actor, record_changes  # noqa: PLC0415
    from samenleren_desktop.model.store.credentials import WorkspaceCredentials  # noqa: PLC0415
    from samenleren_desktop.model.store.keyfile import KdfParams  # noqa: PLC0415
    from samenleren_desktop.model.store.workspace import Workspace  # noqa: PLC0415
    from samenleren_desktop.sync.client import SyncService  # noqa: PLC0415
    from samenleren_desktop.ui import selftest as st  # noqa: PLC0415

    def service(workspace: Workspace, user: str, device: str) -> SyncService:
        sync = SyncService(workspace, credentials=WorkspaceCredentials(workspace))
        sync.enrol(url, user, PASSWORD, device)
        return sync

    st.make_demo_workspace(folder / "karim", 12, TODAY)
    karim = Workspace.open(folder / "karim", st.PASSPHRASE)
    karim_sync = service(karim, "karim", "kantoor-pc")
    karim_sync.sync()
    sanne = Workspace.create(folder / "sanne", st.PASSPHRASE, KdfParams(8 * 1024, 1, 1))
    coach = Actor("sanne", "laptop-sanne")
    sanne_sync = service(sanne, "sanne", coach.apparaat)
    with record_changes(sanne, coach) as changes:
        gezin = changes.create(Gezin(naam="Gezin Yilmaz", plaats="Gouda"))
        changes.update(gezin, plaats="Waddinxveen")
    log_access(sanne, coach, "read", gezin.id)
    sanne_sync.sync()
    karim_sync.sync()
    log_access(karim, Actor("karim", "kantoor-pc"), "read", gezin.id)
    karim_sync.sync()
    sanne_sync.close()
    karim_sync.close()
    return sanne, karim


def _render(folder: Path, out: Path) -> None:
    from samenleren_desktop.model.services.changes import Actor  # noqa: PLC0415
    from samenleren_desktop.model.store.credentials import WorkspaceCredentials  # noqa: PLC0415
    from samenleren_desktop.ui import selftest as st  # noqa: PLC0415
    from samenleren_desktop.ui.app import prepare_application  # noqa: PLC0415
    from samenleren_desktop.ui.audit_view import AuditLogPage  # noqa: PLC0415
    from samenleren_desktop.ui.context import AppContext  # noqa: PLC0415
    from samenleren_desktop.ui.preferences import Preferences  # noqa: PLC0415
    from samenleren_desktop.ui.tasks import TaskRunner  # noqa: PLC0415

    url, server = _serve(folder)
    sanne, karim = _laptops(folder, url)
    prepare_application(Preferences.from_file(str(folder / "instellingen.ini")))
    runner = TaskRunner()
    ctx = AppContext(karim, Actor("karim", "kantoor-pc"), runner, today=lambda: TODAY)
    page = AuditLogPage(ctx, credentials=WorkspaceCredentials(karim))
    try:
        page.resize(WIDTH, HEIGHT)
        page.show()
        if not st.wait_until(lambda: page.logboek is not None, 60):
            raise SystemExit("Het logboek laadde niet.")
        page.source.combo.setCurrentIndex(page.source.combo.findData("server"))
        if not st.wait_until(lambda: page.organisatie is not None, 60):
            raise SystemExit(f"Het logboek van de organisatie laadde niet: {page.status.text()}")
        st.settle(0.4)
        page.grab().save(str(out))
    finally:
        page.close()
        runner.shutdown()
        sanne.close()
        karim.close()
        server.should_exit = True


if __name__ == "__main__":
    sys.exit(main())
