"""Writing an exported file so that a failure never leaves half a file behind."""

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


def check_name(name: str, suffix: str) -> None:
    """Refuse a file name that is not a plain one on every system, in plain Dutch.

    Control characters, the characters Windows forbids, a name over 255 bytes, a lone
    surrogate and the names Windows reserves (CON, NUL, COM1, ...) are refused.
    """
    if not name or name in (".", ".."):
        raise SamenLerenError(f"Geef een bestandsnaam, bijvoorbeeld document{suffix}.")
    if any(_not_allowed(ch) for ch in name):
        raise SamenLerenError(
            f"De bestandsnaam {name!r} bevat tekens die niet mogen. "
            "Gebruik letters, cijfers, spaties, '-' en '_'."
        )
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        raise SamenLerenError("De bestandsnaam is te lang. Kies een kortere naam.")
    if name.split(".", maxsplit=1)[0].strip().lower() in _WINDOWS_RESERVED:
        raise SamenLerenError(f"'{name}' kan niet als bestandsnaam. Kies een andere naam.")


def _not_allowed(ch: str) -> bool:
    """Control characters, what Windows forbids in names, and lone surrogates."""
    code = ord(ch)
    return code < 32 or code == 0x7F or 0xD800 <= code <= 0xDFFF or ch in _FORBIDDEN


def write_atomic(data: bytes, target: Path, prefix: str = ".export-") -> None:
    """Write `data` to a temporary file beside `target` and move it into place.

    A target that cannot be written, or whose name is not a plain file name, gets a clear
    message; nothing half-written stays behind.
    """
    target = Path(target)
    check_name(target.name, target.suffix or ".json")
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
