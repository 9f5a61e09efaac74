"""Write a finished document safely: to a temporary file beside the target, then into place.

A failed export never leaves a half-written PDF or CSV, and a target that cannot be written,
or a file name that is not a plain file name, gets a clear Dutch message.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from samenleren_desktop.model.errors import SamenLerenError

_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{name}{n}" for name in ("com", "lpt") for n in range(1, 10)
}
_FORBIDDEN = set('<>:"|?*')
MAX_NAME_BYTES = 255


def check_target(target: Path, suffix: str) -> Path:
    """The target as a Path, or a SamenLerenError that says in plain words what is wrong."""
    target = Path(target)
    name = target.name
    if not name or name in (".", ".."):
        raise SamenLerenError(f"Geef een bestandsnaam, bijvoorbeeld document{suffix}.")
    if any(ord(ch) < 32 or ch in _FORBIDDEN for ch in name) or "\x7f" in name:
        raise SamenLerenError(
            f"De bestandsnaam {name!r} bevat tekens die niet mogen. "
            "Gebruik letters, cijfers, spaties, '-' en '_'."
        )
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        raise SamenLerenError("De bestandsnaam is te lang. Kies een kortere naam.")
    if name.split(".")[0].lower() in _WINDOWS_RESERVED:
        raise SamenLerenError(f"'{name}' kan niet als bestandsnaam. Kies een andere naam.")
    if target.is_dir():
        raise SamenLerenError(f"{target} is een map. Geef een bestandsnaam in die map.")
    if not target.parent.is_dir():
        raise SamenLerenError(f"De map {target.parent} bestaat niet. Kies een bestaande map.")
    return target


def write_atomic(data: bytes, target: Path, suffix: str = ".pdf") -> Path:
    """Write `data` to `target` through a temporary file in the same folder and os.replace."""
    target = check_target(target, suffix)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".samenleren-", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise SamenLerenError(
            f"Kan niet schrijven in {target.parent}: {error.strerror or error}."
        ) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise SamenLerenError(f"Kan {target} niet schrijven: {error.strerror or error}.") from None
    return target
