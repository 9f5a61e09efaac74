"""Errors a user can understand and act on.

Every error raised on purpose by the model carries one plain Dutch sentence (`message`) that the
CLI prints and the GUI shows. Anything that is not a `SamenLerenError` is a bug.
"""

from __future__ import annotations


class SamenLerenError(Exception):
    """A known problem with a message in plain words for the user.

    Attributes:
        message: one sentence in Dutch, shown as is.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WorkspaceError(SamenLerenError):
    """A workspace cannot be created, opened or changed."""


class NotAWorkspace(WorkspaceError):
    """The folder holds no workspace (no key file or no database)."""


class WorkspaceExists(WorkspaceError):
    """A new workspace would overwrite files that are already there."""


class WrongPassphrase(WorkspaceError):
    """The passphrase does not unwrap the data key."""


class KeyFileDamaged(WorkspaceError):
    """The key file is unreadable, truncated or tampered with."""


class DatabaseDamaged(WorkspaceError):
    """The database does not open with its own data key, or fails its integrity check."""


class WorkspaceInUse(WorkspaceError):
    """Another process has this workspace open."""


class WorkspaceLocked(WorkspaceError):
    """The workspace was closed or locked; its data key is gone from memory."""


class WorkspaceTooNew(WorkspaceError):
    """The workspace was written by a newer version of the program."""


class WeakPassphrase(WorkspaceError):
    """A new passphrase is too short to protect the data of children."""


class ValidationError(SamenLerenError):
    """Input that breaks a rule; `field` names the field when there is one.

    Attributes:
        field: the name of the offending field, or an empty string.
    """

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class RecordNotFound(SamenLerenError):
    """An id that names no record in this workspace."""
