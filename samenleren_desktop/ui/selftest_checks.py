"""The self-test's checks beyond the screens: the administrator's file, a PDF, one sync.

These run in the packaged program too (`samenleren --self-test` against the installed bundle),
so they prove that the frozen program finds its fonts, content and migrations, and reaches the
server through its TLS stack.
"""

from __future__ import annotations

import os
import uuid
from datetime import date
from pathlib import Path

from sqlmodel import Session, col, func, select

from samenleren_desktop.config import MachineConfig

SYNC_USER_ENV = "SAMENLEREN_SYNC_USER"
SYNC_PASSWORD_ENV = "SAMENLEREN_SYNC_PASSWORD"
SYNC_PASSWORD_FILE_ENV = "SAMENLEREN_SYNC_PASSWORD_FILE"


class CheckFailed(Exception):
    """A check went wrong; the message says why in Dutch."""


def machine_config_line(config: MachineConfig) -> str:
    """One line about the administrator's file; raises when it has problems."""
    if config.problems:
        raise CheckFailed(" ".join(config.problems))
    if config.path is None or not config.path.is_file():
        return f"geen ({config.path})"
    locked = ", ".join(sorted(config.locked)) or "niets"
    return f"{config.path} (vastgezet: {locked})"


def traject_with_plan(session: Session) -> uuid.UUID:
    """The traject with the most chosen goals (a full plan van aanpak to render)."""
    from samenleren_desktop.model.entities import Traject  # noqa: PLC0415 - loaded late
    from samenleren_desktop.model.entities.plan import PlanDoel  # noqa: PLC0415

    query = (
        select(Traject.id, func.count(col(PlanDoel.id)))
        .join(PlanDoel, col(PlanDoel.traject_id) == col(Traject.id), isouter=True)
        .group_by(col(Traject.id))
        .order_by(func.count(col(PlanDoel.id)).desc(), col(Traject.id))
    )
    row = session.exec(query).first()
    if row is None:
        raise CheckFailed("er is geen traject in de demowerkruimte")
    return row[0]


def render_plan(session: Session, folder: Path, today: date) -> str:
    """Write the plan van aanpak of a demo traject to `folder`; check that it is a PDF."""
    from samenleren_desktop.reports import exporteer_document  # noqa: PLC0415 - loaded late

    target = exporteer_document(
        session, traject_with_plan(session), "plan", folder / "plan-van-aanpak.pdf", today
    )
    data = target.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise CheckFailed(f"{target.name} is geen PDF-bestand")
    return f"{target.name}, {len(data) // 1024} kB"


def sync_credentials() -> tuple[str, str]:
    """User name and password for the self-test's sync, from the environment (or a file)."""
    user = os.environ.get(SYNC_USER_ENV, "")
    password = os.environ.get(SYNC_PASSWORD_ENV, "")
    if not password and os.environ.get(SYNC_PASSWORD_FILE_ENV):
        secret = Path(os.environ[SYNC_PASSWORD_FILE_ENV])
        password = secret.read_text(encoding="utf-8").strip()
    if not user or not password:
        raise CheckFailed(
            f"voor --server zijn {SYNC_USER_ENV} en {SYNC_PASSWORD_ENV} "
            f"(of {SYNC_PASSWORD_FILE_ENV}) nodig"
        )
    return user, password


def sync_once(server: str, folder: Path, passphrase: str) -> str:
    """Enrol a new, empty workspace with `server` and sync it once.

    The workspace is empty, so nothing is pushed to the server; the device token stays inside
    the (temporary) workspace, never in the user's keyring. The server keeps a device entry
    named "zelftest", which the administrator can revoke.
    """
    from samenleren_desktop.model.store.credentials import (  # noqa: PLC0415
        WorkspaceCredentials,
    )
    from samenleren_desktop.model.store.keyfile import KdfParams  # noqa: PLC0415
    from samenleren_desktop.model.store.workspace import Workspace  # noqa: PLC0415
    from samenleren_desktop.sync.client import SyncService, check_server_url  # noqa: PLC0415

    user, password = sync_credentials()
    cheap = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
    with Workspace.create(folder, passphrase, cheap) as workspace:
        service = SyncService(workspace, WorkspaceCredentials(workspace))
        try:
            service.enrol(check_server_url(server), user, password, "zelftest")
            result = service.sync()
        finally:
            service.close()
    if not result.ok:
        raise CheckFailed(result.message)
    return result.message
