"""A lost passphrase: unseal the data key with the organisation's recovery private key.

The administrator runs this on the coach's workspace folder (or a restored backup of it). The
data key is unsealed, proven to open the database, and wrapped under a new passphrase; the
recovery seal is renewed for the same recovery key. The old passphrase no longer works. Every
failure happens before anything is written, so the folder stays as it was.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from samenleren_desktop.model.errors import NotAWorkspace, WorkspaceError
from samenleren_desktop.model.store import database, keyfile, recovery
from samenleren_desktop.model.store.lock import WorkspaceLock
from samenleren_desktop.model.store.workspace import (
    KEY_NAME,
    PENDING_KEY_NAME,
    check_new_passphrase,
    is_workspace,
)


def recoverable_key_file(folder: Path) -> keyfile.KeyFile:
    """The key file of the workspace in `folder`, if it has a recovery seal.

    Raises:
        NotAWorkspace, KeyFileDamaged, NoRecoverySeal: with a sentence for the user.
    """
    folder = Path(folder)
    if not is_workspace(folder):
        raise NotAWorkspace(f"{folder} is geen werkruimte van Samen Leren.")
    key_file = keyfile.read_key_file(folder / KEY_NAME)
    if key_file.recovery is None:
        raise recovery.NoRecoverySeal(
            "Deze werkruimte is niet verzegeld voor een herstelsleutel; zonder het wachtwoord "
            "kan niemand haar openen. Er is niets veranderd."
        )
    return key_file


def recover_workspace(folder: Path, private_key: X25519PrivateKey, new_passphrase: str) -> str:
    """Give the workspace in `folder` a new passphrase; return the recovery key id used.

    Raises:
        WeakPassphrase, NotAWorkspace, KeyFileDamaged, NoRecoverySeal, WrongRecoveryKey,
        DatabaseDamaged, WorkspaceInUse: with a sentence for the user; nothing changed.
    """
    check_new_passphrase(new_passphrase)
    folder = Path(folder)
    key_file = recoverable_key_file(folder)
    lock = WorkspaceLock(folder)
    lock.acquire()
    try:
        data_key = _unseal_and_prove(folder, key_file, private_key)
        seal = recovery.seal(data_key, private_key.public_key(), key_file.workspace_id)
        wrapped = keyfile.wrap(data_key, new_passphrase, key_file.workspace_id, key_file.kdf, seal)
        keyfile.write_key_file(folder / KEY_NAME, wrapped)
        with contextlib.suppress(FileNotFoundError):  # its wrap uses the old passphrase
            os.remove(folder / PENDING_KEY_NAME)
    finally:
        lock.release()
    return seal.key_id


def _unseal_and_prove(
    folder: Path, key_file: keyfile.KeyFile, private_key: X25519PrivateKey
) -> bytes:
    """The data key that opens the database: the pending one of an unfinished rotation first."""
    assert key_file.recovery is not None
    data_key = recovery.unseal(key_file.recovery, private_key, key_file.workspace_id)
    pending_path = folder / PENDING_KEY_NAME
    if pending_path.exists():
        with contextlib.suppress(WorkspaceError):
            pending = keyfile.read_key_file(pending_path)
            if pending.recovery is not None:
                new_key = recovery.unseal(pending.recovery, private_key, key_file.workspace_id)
                database.connect(folder / database.DB_NAME, new_key).close()
                return new_key
    database.connect(folder / database.DB_NAME, data_key).close()
    return data_key
