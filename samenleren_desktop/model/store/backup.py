"""A whole workspace in one file: encrypted backup and restore.

The backup is an uncompressed tar with three members:

    samenleren-backup.json   format, version, workspace id, time, size and SHA-256 of the others
    keyfile.json             the key file as it is (passphrase wrap and recovery seal)
    workspace.db             a copy made with sqlcipher_export, encrypted with the same data key

Nothing in it is readable without the passphrase (or the organisation's recovery key). The
database copy is made through SQLite on the open, keyed connection, so it is consistent even
while the workspace is in use. Both directions write to a temporary name and rename into place.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from samenleren_desktop.model.errors import WorkspaceError, WorkspaceExists
from samenleren_desktop.model.store import database, keyfile
from samenleren_desktop.model.store.workspace import KEY_NAME, Workspace

FORMAT = "samenleren-backup"
VERSION = 1
MANIFEST = "samenleren-backup.json"
_MAX_SMALL = 64 * 1024
_CHUNK = 1024 * 1024


class BackupDamaged(WorkspaceError):
    """The backup file is truncated, altered or not a backup of Samen Leren."""


def backup_workspace(workspace: Workspace, target: Path) -> Path:
    """Write the open workspace to the backup file `target` (which must not exist yet)."""
    target = Path(target)
    if target.exists():
        raise WorkspaceExists(f"{target} bestaat al; kies een andere naam.")
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".samenleren-kopie-") as tmp:
        db_copy = workspace.backup(Path(tmp) / database.DB_NAME)
        key_bytes = (workspace.folder / KEY_NAME).read_bytes()
        files: dict[str, bytes | Path] = {KEY_NAME: key_bytes, database.DB_NAME: db_copy}
        manifest = _manifest(str(workspace.workspace_id), files)
        partial = Path(tmp) / "kopie.tar"
        with open(partial, "wb") as handle:
            _write_tar(handle, manifest, files)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    keyfile.fsync_dir(target.parent)
    return target


def _manifest(workspace_id: str, files: dict[str, bytes | Path]) -> bytes:
    entries = {}
    for name, content in files.items():
        digest, size = _digest(content)
        entries[name] = {"size": size, "sha256": digest}
    data = {
        "format": FORMAT,
        "version": VERSION,
        "workspace_id": workspace_id,
        "created_utc": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "files": entries,
    }
    return (json.dumps(data, indent=2) + "\n").encode("utf-8")


def _digest(content: bytes | Path) -> tuple[str, int]:
    if isinstance(content, bytes):
        return hashlib.sha256(content).hexdigest(), len(content)
    digest, size = hashlib.sha256(), 0
    with open(content, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _write_tar(handle: IO[bytes], manifest: bytes, files: dict[str, bytes | Path]) -> None:
    with tarfile.open(fileobj=handle, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, content in ((MANIFEST, manifest), *files.items()):
            info = tarfile.TarInfo(name)
            info.mode = 0o600
            info.mtime = int(datetime.now(UTC).timestamp())
            if isinstance(content, bytes):
                info.size = len(content)
                tar.addfile(info, io.BytesIO(content))
            else:
                info.size = content.stat().st_size
                with open(content, "rb") as source:
                    tar.addfile(info, source)


def restore_backup(source: Path, target: Path) -> Path:
    """Unpack the backup file `source` into the new (or empty) folder `target`.

    Raises:
        WorkspaceExists: `target` holds files already.
        BackupDamaged: the file is missing, truncated or altered; nothing was written.
    """
    source, target = Path(source), Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise WorkspaceExists(f"{target} bestaat al en is niet leeg; kies een nieuwe map.")
    if not source.is_file():
        raise BackupDamaged(f"Het reservekopiebestand {source} bestaat niet.")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.terugzetten-"))
    try:
        _unpack(source, staging)
        if target.exists():
            target.rmdir()  # empty, checked above
        os.rename(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    keyfile.fsync_dir(target.parent)
    return target


def _damaged() -> BackupDamaged:
    return BackupDamaged(
        "Het reservekopiebestand is beschadigd of onvolledig, of is geen reservekopie van "
        "Samen Leren; er is niets teruggezet."
    )


def _unpack(source: Path, staging: Path) -> None:
    try:
        with tarfile.open(source, mode="r:") as tar:
            members = tar.getmembers()
            names = [member.name for member in members]
            if names != [MANIFEST, KEY_NAME, database.DB_NAME] or not all(
                member.isreg() for member in members
            ):
                raise _damaged()
            manifest = _read_manifest(tar, members[0])
            for member in members[1:]:
                _extract(tar, member, staging / member.name, manifest["files"][member.name])
    except (tarfile.TarError, EOFError, OSError, KeyError, TypeError, ValueError, RecursionError):
        raise _damaged() from None
    key_file = keyfile.read_key_file(staging / KEY_NAME)
    if str(key_file.workspace_id) != manifest.get("workspace_id"):
        raise _damaged()


def _read_manifest(tar: tarfile.TarFile, member: tarfile.TarInfo) -> dict[str, Any]:
    handle = tar.extractfile(member)
    if handle is None or member.size > _MAX_SMALL:
        raise _damaged()
    data = json.loads(handle.read().decode("utf-8"))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _damaged()
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise BackupDamaged(
            "Deze reservekopie is gemaakt met een nieuwere versie van Samen Leren; "
            "werk het programma bij."
        )
    return data


def _extract(tar: tarfile.TarFile, member: tarfile.TarInfo, path: Path, expected: Any) -> None:
    """Copy one member to `path`, checking its size and SHA-256 against the manifest."""
    handle = tar.extractfile(member)
    if handle is None or member.size != expected["size"]:
        raise _damaged()
    digest, size = hashlib.sha256(), 0
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    if size != expected["size"] or digest.hexdigest() != expected["sha256"]:
        raise _damaged()
