"""Where sync credentials live: the OS keyring, or encrypted inside the workspace.

The OS keyring (macOS Keychain, Windows Credential Manager, Secret Service or KWallet on Linux)
is the first choice. Where none is usable (headless Linux, CI: keyring's `fail` backend) the
credentials are kept in the encrypted workspace database instead, and `notice` says so. There
is never a plaintext fallback.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Protocol

import keyring
import keyring.backend
import keyring.errors
from sqlmodel import select

from samenleren_desktop.model.entities import WorkspaceSecret
from samenleren_desktop.model.store.workspace import Workspace

SERVICE = "nl.samenleren.desktop"


class CredentialStore(Protocol):
    """Named secrets of one workspace (e.g. the sync device token)."""

    notice: str

    def get(self, name: str) -> str | None:
        """The secret, or None when it is not stored."""
        ...

    def set(self, name: str, value: str) -> None:
        """Store or replace a secret."""
        ...

    def delete(self, name: str) -> None:
        """Forget a secret (no error when it is not there)."""
        ...


def usable_keyring() -> keyring.backend.KeyringBackend | None:
    """The OS keyring backend, or None when it is the `fail`/`null` stand-in."""
    backend = keyring.get_keyring()
    priority = getattr(backend, "priority", 0)
    return backend if isinstance(priority, (int, float)) and priority > 0 else None


@dataclass
class KeyringCredentials:
    """Secrets in the OS keyring, one entry per workspace and name."""

    backend: keyring.backend.KeyringBackend
    workspace_key: str
    notice: str = ""

    def __post_init__(self) -> None:
        name = type(self.backend).__name__
        self.notice = (
            f"Inloggegevens voor synchronisatie staan in de sleutelbos van het systeem ({name})."
        )

    def _user(self, name: str) -> str:
        return f"{self.workspace_key}:{name}"

    def get(self, name: str) -> str | None:
        """The secret, or None when it is not stored."""
        value: str | None = self.backend.get_password(SERVICE, self._user(name))
        return value

    def set(self, name: str, value: str) -> None:
        """Store or replace a secret."""
        self.backend.set_password(SERVICE, self._user(name), value)

    def delete(self, name: str) -> None:
        """Forget a secret (no error when it is not there)."""
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self.backend.delete_password(SERVICE, self._user(name))


@dataclass
class WorkspaceCredentials:
    """Secrets inside the encrypted workspace database."""

    workspace: Workspace
    notice: str = (
        "Er is geen bruikbare sleutelbos op dit systeem; inloggegevens voor synchronisatie "
        "worden versleuteld in de werkruimte bewaard."
    )

    def get(self, name: str) -> str | None:
        """The secret, or None when it is not stored."""
        with self.workspace.session() as session:
            row = session.exec(select(WorkspaceSecret).where(WorkspaceSecret.name == name)).first()
            return row.value if row else None

    def set(self, name: str, value: str) -> None:
        """Store or replace a secret."""
        with self.workspace.transaction() as session:
            session.merge(WorkspaceSecret(name=name, value=value))

    def delete(self, name: str) -> None:
        """Forget a secret (no error when it is not there)."""
        with self.workspace.transaction() as session:
            row = session.get(WorkspaceSecret, name)
            if row is not None:
                session.delete(row)


def credential_store(workspace: Workspace) -> CredentialStore:
    """The best place for this workspace's secrets on this machine."""
    backend = usable_keyring()
    if backend is None:
        return WorkspaceCredentials(workspace)
    return KeyringCredentials(backend, str(workspace.workspace_id))
