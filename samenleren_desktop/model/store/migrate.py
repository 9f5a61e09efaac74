"""Bring a workspace database to the schema this program knows, with Alembic.

Migrations run at unlock. Before any migration an encrypted copy of the database is written to
`backups/` in the workspace, so a failed upgrade can always be undone.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from samenleren_desktop.model.errors import WorkspaceTooNew


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing at the packaged migration scripts."""
    config = Config()
    location = resources.files("samenleren_desktop.model") / "migrations"
    config.set_main_option("script_location", str(location))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision this program knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations are packaged"
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    """True when the database is older than this program; raise if it is newer."""
    current = current_revision(engine)
    scripts = ScriptDirectory.from_config(alembic_config())
    known = {script.revision for script in scripts.walk_revisions()}
    if current is not None and current not in known:
        raise WorkspaceTooNew(
            "Deze werkruimte is gemaakt met een nieuwere versie van Samen Leren; "
            "werk het programma bij."
        )
    return current != scripts.get_current_head()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Apply the migrations up to `target` in one transaction."""
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), target)


def backup_folder(workspace: Path) -> Path:
    """Where pre-migration backups go; made on first use."""
    folder = workspace / "backups"
    folder.mkdir(exist_ok=True)
    return folder
