"""Sync credentials: the OS keyring where one works, else encrypted in the workspace."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.backends.fail
import pytest

from samenleren_desktop.model.store.credentials import (
    KeyringCredentials,
    WorkspaceCredentials,
    credential_store,
)
from samenleren_desktop.model.store.workspace import Workspace
from tests.conftest import folder_bytes


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Stands in for an OS keyring, which this headless machine does not have."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise keyring.errors.PasswordDeleteError(username)
        del self.items[(service, username)]


@pytest.fixture
def os_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_secrets_stay_encrypted_in_the_workspace(workspace: Workspace) -> None:
    store = credential_store(workspace)
    assert isinstance(store, WorkspaceCredentials)
    assert "geen bruikbare sleutelbos" in store.notice
    store.set("apparaat-token", "geheim-token-4711")
    assert store.get("apparaat-token") == "geheim-token-4711"
    for name, data in folder_bytes(workspace.folder).items():
        assert b"geheim-token-4711" not in data, name
    store.delete("apparaat-token")
    store.delete("apparaat-token")
    assert store.get("apparaat-token") is None


def test_with_a_keyring_secrets_go_there(workspace: Workspace, os_keyring: MemoryKeyring) -> None:
    store = credential_store(workspace)
    assert isinstance(store, KeyringCredentials)
    assert "sleutelbos van het systeem" in store.notice
    store.set("apparaat-token", "t0k3n")
    assert store.get("apparaat-token") == "t0k3n"
    assert list(os_keyring.items) == [
        ("nl.samenleren.desktop", f"{workspace.workspace_id}:apparaat-token")
    ]
    assert WorkspaceCredentials(workspace).get("apparaat-token") is None
    store.delete("apparaat-token")
    store.delete("apparaat-token")
    assert os_keyring.items == {}
