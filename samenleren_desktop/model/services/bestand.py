"""Writing an exported file so that a failure never leaves half a file behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from samenleren_desktop.model.errors import SamenLerenError


def write_atomic(data: bytes, target: Path, prefix: str = ".export-") -> None:
    """Write `data` to a temporary file beside `target` and move it into place.

    A target that cannot be written gets a clear message; nothing half-written stays behind.
    """
    target = Path(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise SamenLerenError(
            f"Kan niet schrijven in {target.parent}: {error.strerror or error}."
        ) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise SamenLerenError(f"Kan {target} niet schrijven: {error.strerror or error}.") from None
