"""A workspace: one folder with an SQLCipher database, its key file and a lock.

    <folder>/workspace.db      the encrypted database (plus -wal and -shm while open)
    <folder>/keyfile.json      the data key, wrapped by the passphrase (see keyfile.py)
    <folder>/workspace.lock    held while a process has the workspace open
    <folder>/backups/          encrypted copies taken before migrations

Every failure to open leaves the files as they were and raises one `WorkspaceError` with a
sentence for the user.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy.exc
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import Engine
from sqlmodel import Session

from samenleren_desktop.model.errors import (
    DatabaseDamaged,
    NotAWorkspace,
    WeakPassphrase,
    WorkspaceError,
    WorkspaceExists,
)
from samenleren_desktop.model.store import database, keyfile, migrate, recovery
from samenleren_desktop.model.store.lock import WorkspaceLock

KEY_NAME = "keyfile.json"
PENDING_KEY_NAME = "keyfile.pending.json"
MIN_PASSPHRASE_LENGTH = 12


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase that is too short to protect children's data."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(
            f"Kies een wachtwoord van minstens {MIN_PASSPHRASE_LENGTH} tekens; "
            "een zin van een paar woorden is makkelijk te onthouden."
        )


def is_workspace(folder: Path) -> bool:
    """True when the folder holds a key file and a database."""
    return (folder / KEY_NAME).is_file() and (folder / database.DB_NAME).is_file()


@dataclass
class Workspace:
    """An open, unlocked workspace. Close it (or use `with`) to release the lock.

    Attributes:
        folder: the workspace folder.
        workspace_id: the id stored in the key file.
        engine: the SQLAlchemy engine on the encrypted database.
    """

    folder: Path
    workspace_id: uuid.UUID
    engine: Engine
    _data_key: database.DataKey = field(repr=False)
    _lock: WorkspaceLock = field(repr=False)
    _recovery: recovery.RecoverySeal | None = field(default=None, repr=False)

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        kdf: keyfile.KdfParams | None = None,
        revision: str = "head",
        recovery_key: X25519PublicKey | None = None,
    ) -> Workspace:
        """Make a new workspace in an empty or new folder and return it open.

        Args:
            folder: where to make it; must not hold a workspace already.
            passphrase: the coach's passphrase (at least 12 characters).
            kdf: Argon2id parameters; by default tuned to about half a second here.
            revision: the schema revision to create (only tests pass an older one).
            recovery_key: the organisation's recovery public key, to seal the data key to.
        """
        check_new_passphrase(passphrase)
        folder = Path(folder)
        if (folder / KEY_NAME).exists() or (folder / database.DB_NAME).exists():
            raise WorkspaceExists(f"In {folder} staat al een werkruimte; kies een andere map.")
        folder.mkdir(parents=True, exist_ok=True)
        lock = WorkspaceLock(folder)
        lock.acquire()
        try:
            data_key = keyfile.new_data_key()
            workspace_id = uuid.uuid4()
            conn = database.connect(folder / database.DB_NAME, data_key)
            database.set_wal(conn)
            conn.close()
            holder = database.DataKey(data_key)
            engine = database.make_engine(folder / database.DB_NAME, holder)
            migrate.upgrade(engine, revision)
            seal = recovery.seal(data_key, recovery_key, workspace_id) if recovery_key else None
            params = kdf or keyfile.calibrate()
            wrapped = keyfile.wrap(data_key, passphrase, workspace_id, params, seal)
            keyfile.write_key_file(folder / KEY_NAME, wrapped)
        except BaseException:
            lock.release()
            raise
        return cls(folder, workspace_id, engine, holder, lock, seal)

    @classmethod
    def open(cls, folder: Path, passphrase: str, upgrade: bool = True) -> Workspace:
        """Unlock an existing workspace, migrating it to this program's schema.

        Raises:
            NotAWorkspace, KeyFileDamaged, WrongPassphrase, DatabaseDamaged, WorkspaceInUse,
            WorkspaceTooNew: each with a sentence for the user; nothing on disk changed.
        """
        folder = Path(folder)
        if not is_workspace(folder):
            raise NotAWorkspace(f"{folder} is geen werkruimte van Samen Leren.")
        key_file = keyfile.read_key_file(folder / KEY_NAME)
        lock = WorkspaceLock(folder)
        lock.acquire()
        try:
            data_key, key_file = _unlock_data_key(folder, key_file, passphrase)
        except BaseException:
            lock.release()
            raise
        holder = database.DataKey(data_key)
        engine = database.make_engine(folder / database.DB_NAME, holder)
        workspace = cls(folder, key_file.workspace_id, engine, holder, lock, key_file.recovery)
        try:
            workspace._bring_schema_up_to_date(upgrade)
        except sqlalchemy.exc.DatabaseError:  # a damaged page behind an intact first page
            workspace.close()
            raise DatabaseDamaged(
                "De database van deze werkruimte is beschadigd; er is niets veranderd."
            ) from None
        except BaseException:
            workspace.close()
            raise
        return workspace

    def _bring_schema_up_to_date(self, upgrade: bool) -> None:
        current = migrate.current_revision(self.engine)
        if current is None:
            raise DatabaseDamaged(
                "De database van deze werkruimte is leeg of beschadigd; er is niets veranderd."
            )
        if migrate.needs_upgrade(current) and upgrade:
            self.backup(_backup_path(self.folder))
            migrate.upgrade(self.engine)

    def session(self) -> Session:
        """A new ORM session; one session is one transaction when used with `begin()`."""
        return Session(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end of the block, or not at all."""
        with self.session() as session, session.begin():
            yield session

    def integrity_problems(self) -> list[str]:
        """What SQLite's and SQLCipher's integrity checks report (empty when all is well)."""
        with self.engine.connect() as conn:
            return database.integrity_problems(conn.connection.dbapi_connection)

    def schema_revision(self) -> str | None:
        """The schema revision of the database."""
        return migrate.current_revision(self.engine)

    def backup(self, target: Path) -> Path:
        """Write an encrypted copy of the database (same data key) to `target`."""
        if target.exists():
            raise WorkspaceExists(f"{target} bestaat al; kies een andere naam.")
        with self.engine.connect() as conn:
            database.export_copy(conn.connection.dbapi_connection, target, self._data_key.get())
        return target

    @property
    def recovery_key_id(self) -> str | None:
        """The id of the recovery key the data key is sealed to, or None."""
        return self._recovery.key_id if self._recovery else None

    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the data key under a new passphrase; the database is not rewritten.

        The recovery seal (checked when the workspace was unlocked) stays as it is.
        """
        check_new_passphrase(new_passphrase)
        self._rewrap(new_passphrase, self._recovery)

    def seal_recovery(self, passphrase: str, public_key: X25519PublicKey) -> None:
        """Seal the data key to a (new) recovery public key, replacing any earlier seal."""
        keyfile.read_key_file(self.folder / KEY_NAME).unwrap(passphrase)
        seal = recovery.seal(self._data_key.get(), public_key, self.workspace_id)
        self._rewrap(passphrase, seal)
        self._recovery = seal

    def _rewrap(self, passphrase: str, seal: recovery.RecoverySeal | None) -> None:
        current = keyfile.read_key_file(self.folder / KEY_NAME)
        wrapped = keyfile.wrap(
            self._data_key.get(), passphrase, self.workspace_id, current.kdf, seal
        )
        keyfile.write_key_file(self.folder / KEY_NAME, wrapped)

    def rotate_data_key(self, passphrase: str) -> None:
        """Re-encrypt the database under a new random data key (after a suspected leak).

        The new key is written to a pending key file first, so a crash at any point leaves a
        key file that opens the database; SQLCipher's rekey is trusted only after reopening.
        """
        current = keyfile.read_key_file(self.folder / KEY_NAME)
        current.unwrap(passphrase)  # also authenticates the recovery recipient
        new_key = keyfile.new_data_key()
        seal = current.recovery and recovery.reseal(current.recovery, new_key, self.workspace_id)
        pending = keyfile.wrap(new_key, passphrase, self.workspace_id, current.kdf, seal)
        keyfile.write_key_file(self.folder / PENDING_KEY_NAME, pending)
        self.engine.dispose()
        conn = database.connect(self.folder / database.DB_NAME, self._data_key.get())
        try:
            conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        finally:
            conn.close()
        verify = database.connect(self.folder / database.DB_NAME, new_key)
        problems = database.integrity_problems(verify)
        verify.close()
        if problems:
            raise WorkspaceError("Het vernieuwen van de sleutel is mislukt; er is niets veranderd.")
        os.replace(self.folder / PENDING_KEY_NAME, self.folder / KEY_NAME)
        keyfile.fsync_dir(self.folder)
        self._data_key.forget()
        self._data_key = database.DataKey(new_key)
        self._recovery = seal
        self.engine = database.make_engine(self.folder / database.DB_NAME, self._data_key)

    def close(self) -> None:
        """Close every connection and release the lock."""
        self.engine.dispose()
        self._data_key.forget()
        self._lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _unlock_data_key(
    folder: Path, key_file: keyfile.KeyFile, passphrase: str
) -> tuple[bytes, keyfile.KeyFile]:
    """Unwrap the data key and prove it opens the database, finishing a key rotation if needed.

    Returns the data key and the key file it came from.
    """
    data_key = key_file.unwrap(passphrase)
    pending_path = folder / PENDING_KEY_NAME
    if pending_path.exists():
        with contextlib.suppress(WorkspaceError):
            pending = keyfile.read_key_file(pending_path)
            new_key = pending.unwrap(passphrase)
            database.connect(folder / database.DB_NAME, new_key).close()
            os.replace(pending_path, folder / KEY_NAME)
            return new_key, pending
    database.connect(folder / database.DB_NAME, data_key).close()
    return data_key, key_file


def _backup_path(folder: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return migrate.backup_folder(folder) / f"voor-migratie-{stamp}.db"
