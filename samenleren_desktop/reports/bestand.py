"""Write a finished document safely: to a temporary file beside the target, then into place.

A failed export never leaves a half-written PDF or CSV, and a target that cannot be written,
or a file name that is not a plain file name, gets a clear Dutch message.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.services.bestand import MAX_NAME_BYTES, check_name

__all__ = ["MAX_NAME_BYTES", "check_target", "check_writable", "oorzaak", "write_atomic"]


_OORZAKEN = {
    errno.EACCES: "U mag daar niet schrijven. Kies een map waar u wel mag schrijven, "
    "bijvoorbeeld Documenten.",
    errno.EPERM: "U mag daar niet schrijven. Kies een map waar u wel mag schrijven, "
    "bijvoorbeeld Documenten.",
    errno.EROFS: "Die plek is alleen-lezen (bijvoorbeeld een beveiligde USB-stick of cd). "
    "Kies een andere map.",
    errno.ENOSPC: "De schijf is vol. Maak ruimte vrij of kies een andere schijf.",
    errno.ENOENT: "De map bestaat niet (meer). Kies een bestaande map.",
    errno.ENOTDIR: "Een deel van het pad is een bestand, geen map. Kies een bestaande map.",
    errno.EISDIR: "Er staat al een map met die naam. Kies een andere bestandsnaam.",
    errno.ENAMETOOLONG: "De naam of het pad is te lang. Kies een kortere naam of een "
    "map dichter bij het begin van de schijf.",
}
"""Common OS errors in plain Dutch; others are described by their number."""


def oorzaak(error: OSError) -> str:
    """Why writing failed, in plain Dutch (the OS's own text is often English)."""
    if error.errno in _OORZAKEN:
        return _OORZAKEN[error.errno]
    return f"Het besturingssysteem meldt fout {error.errno or '?'}. Probeer een andere map."


def _eerste_bestand(folder: Path) -> Path | None:
    """The first part of `folder` that is a file (so `folder` cannot be a folder)."""
    for part in reversed([folder, *folder.parents]):
        if part.exists() and not part.is_dir():
            return part
    return None


def check_target(target: Path, suffix: str) -> Path:
    """The target as a Path, or a SamenLerenError that says in plain words what is wrong."""
    target = Path(target)
    check_name(target.name, suffix)
    if target.is_dir():
        raise SamenLerenError(f"{target} is een map. Geef een bestandsnaam in die map.")
    if not target.parent.is_dir():
        bestand = _eerste_bestand(target.parent)
        if bestand is not None:
            raise SamenLerenError(
                f"{bestand} is een bestand, geen map, dus {target} kan daar niet staan. "
                "Kies een bestaande map."
            )
        raise SamenLerenError(f"De map {target.parent} bestaat niet. Kies een bestaande map.")
    return target


def check_writable(target: Path, suffix: str) -> Path:
    """Check the target like `check_target` and that its folder takes a new file now.

    Used before making several files, so an export makes all of them or none.
    """
    target = check_target(target, suffix)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".samenleren-", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise SamenLerenError(f"Kan niet schrijven in {target.parent}. {oorzaak(error)}") from None
    os.close(fd)
    Path(tmp).unlink(missing_ok=True)
    if target.exists() and not os.access(target, os.W_OK):
        raise SamenLerenError(f"Kan {target} niet schrijven. {oorzaak(OSError(errno.EACCES, ''))}")
    return target


def write_atomic(data: bytes, target: Path, suffix: str = ".pdf") -> Path:
    """Write `data` to `target` through a temporary file in the same folder and os.replace."""
    target = check_target(target, suffix)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".samenleren-", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise SamenLerenError(f"Kan niet schrijven in {target.parent}. {oorzaak(error)}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise SamenLerenError(f"Kan {target} niet schrijven. {oorzaak(error)}") from None
    return target
