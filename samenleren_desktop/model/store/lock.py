"""One process per workspace: an exclusive lock on a file in the workspace folder.

SQLite is safe with several connections, but two copies of the program editing one family at
once would confuse the coach and the sync outbox. The lock is an OS lock on an open file, so it
disappears by itself when the process dies, even with SIGKILL.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

from samenleren_desktop.model.errors import WorkspaceInUse

LOCK_NAME = "workspace.lock"

if sys.platform == "win32":  # pragma: no cover - exercised on Windows runners only
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class WorkspaceLock:
    """An exclusive, non-blocking lock on `<folder>/workspace.lock`.

    Use as a context manager or call `acquire()` and `release()`.
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        """Take the lock or raise `WorkspaceInUse` at once."""
        handle = open(self.path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        if not _try_lock(handle):
            handle.close()
            raise WorkspaceInUse(
                "Deze werkruimte is al geopend in een ander venster of programma. Sluit dat eerst."
            )
        self._handle = handle

    def release(self) -> None:
        """Give the lock back (safe to call twice)."""
        if self._handle is None:
            return
        _unlock(self._handle)
        self._handle.close()
        self._handle = None

    def __enter__(self) -> WorkspaceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
