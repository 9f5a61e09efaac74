"""Bring a workspace database to the schema this program knows, with Alembic.

Migrations run at unlock. Before any migration an encrypted copy of the database is written to
`backups/` in the workspace, so a failed upgrade can always be undone.
"""

from __future__ import annotations

import functools
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


@functools.cache
def _known_revisions() -> tuple[str, frozenset[str]]:
    """The head and every revision of the packaged scripts (fixed for an installation)."""
    scripts = ScriptDirectory.from_config(alembic_config())
    head = scripts.get_current_head()
    assert head is not None, "no migrations are packaged"
    return head, frozenset(script.revision for script in scripts.walk_revisions())


def head_revision() -> str:
    """The newest schema revision this program knows."""
    return _known_revisions()[0]


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(current: str | None) -> bool:
    """True when a database at revision `current` is older than this program.

    Raises:
        WorkspaceTooNew: the revision is unknown, so a newer program wrote it.
    """
    head, known = _known_revisions()
    if current is not None and current not in known:
        raise WorkspaceTooNew(
            "Deze werkruimte is gemaakt met een nieuwere versie van Samen Leren; "
            "werk het programma bij."
        )
    return current != head


def upgrade(engine: Engine, target: str = "head") -> None:
    """Apply the migrations up to `target` in one transaction."""
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), target)


def backup_folder(workspace: Path) -> Path:
    """Where pre-migration backups go; made on first use."""
    folder = workspace / "backups"
    folder.mkdir(exist_ok=True)
    return folder
