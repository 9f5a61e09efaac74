"""The key file: a workspace's random data key, wrapped by a key derived from the passphrase.

The database is keyed with a random 256-bit data key (never with anything derived from the
passphrase directly). The key file holds that data key encrypted with AES-256-GCM under a key
derived from the passphrase with Argon2id. The KDF parameters live in the file and are bound to
the ciphertext as associated data, so nobody can weaken them unnoticed. Changing the passphrase
rewraps 32 bytes; the database is not touched.

Version 2 adds an optional "recovery" entry: the same data key sealed to the organisation's
recovery public key (see recovery.py). The recipient's key id is part of the passphrase wrap's
associated data, so the recipient cannot be swapped without the passphrase (a key rotation
reseals to it). Version 1 files, without that entry, still open; they become version 2 the
next time the data key is wrapped.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
import time
import unicodedata
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from samenleren_desktop.model.errors import KeyFileDamaged, WorkspaceTooNew, WrongPassphrase
from samenleren_desktop.model.store.recovery import RecoverySeal

FORMAT = "samenleren-workspace-key"
VERSION = 2
DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12

# Bounds for parameters read from a file: generous for real use, tight enough that a hostile
# key file cannot make us allocate gigabytes or spin for minutes.
_MIN_MEMORY_KIB = 8 * 1024
_MAX_MEMORY_KIB = 1024 * 1024
_MAX_ITERATIONS = 64
_MAX_LANES = 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored in the key file.

    Attributes:
        memory_kib: memory cost in KiB (64 MiB by default, as KeePassXC and Bitwarden use).
        iterations: time cost; tuned per machine so that unlocking takes about half a second.
        lanes: parallelism.
    """

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    def validate(self) -> None:
        """Raise `KeyFileDamaged` when the parameters are outside the accepted range."""
        ok = (
            _MIN_MEMORY_KIB <= self.memory_kib <= _MAX_MEMORY_KIB
            and 1 <= self.iterations <= _MAX_ITERATIONS
            and 1 <= self.lanes <= _MAX_LANES
            and self.memory_kib >= 8 * self.lanes
        )
        if not ok:
            raise KeyFileDamaged("Het sleutelbestand bevat ongeldige instellingen.")


def calibrate(target_seconds: float = 0.5, memory_kib: int = 64 * 1024) -> KdfParams:
    """Pick the number of Argon2id passes that takes about `target_seconds` on this machine.

    Two probes (1 and 3 passes) separate the fixed cost of filling the memory from the cost
    of one pass.
    """
    salt = secrets.token_bytes(SALT_BYTES)

    def timed(passes: int) -> float:
        start = time.perf_counter()
        derive_key("kalibratie", salt, KdfParams(memory_kib=memory_kib, iterations=passes))
        return time.perf_counter() - start

    one, three = timed(1), timed(3)
    per_pass = max((three - one) / 2, 1e-3)
    fixed = max(one - per_pass, 0.0)
    passes = round((target_seconds - fixed) / per_pass)
    return KdfParams(memory_kib=memory_kib, iterations=min(max(passes, 3), 24))


def normalise_passphrase(passphrase: str) -> bytes:
    """The bytes a passphrase stands for: NFC, so 'é' typed on any keyboard is the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive the 256-bit key-encryption key from a passphrase."""
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalise_passphrase(passphrase))


@dataclass(frozen=True)
class KeyFile:
    """The parsed contents of a key file (nothing in it is secret on its own).

    Attributes:
        workspace_id: the workspace this key belongs to.
        kdf: the Argon2id parameters.
        salt: the Argon2id salt.
        nonce: the AES-GCM nonce of the wrapped data key.
        wrapped_key: the data key, encrypted and authenticated.
        version: the format version the file was written in (1 or 2).
        recovery: the data key sealed to the organisation's recovery key, if any.
    """

    workspace_id: uuid.UUID
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    version: int = VERSION
    recovery: RecoverySeal | None = None

    def _associated_data(self) -> bytes:
        header: dict[str, Any] = {
            "format": FORMAT,
            "version": self.version,
            "workspace_id": str(self.workspace_id),
            "kdf": {"name": "argon2id", **asdict(self.kdf), "salt": _b64(self.salt)},
        }
        if self.version >= 2:
            header["recovery_key_id"] = self.recovery.key_id if self.recovery else None
        return json.dumps(header, sort_keys=True, separators=(",", ":")).encode()

    def to_json(self) -> str:
        """Serialise to the on-disk JSON form."""
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": self.version,
            "workspace_id": str(self.workspace_id),
            "kdf": {"name": "argon2id", **asdict(self.kdf), "salt": _b64(self.salt)},
            "wrapped_key": {
                "cipher": "AES-256-GCM",
                "nonce": _b64(self.nonce),
                "ciphertext": _b64(self.wrapped_key),
            },
        }
        if self.recovery is not None:
            data["recovery"] = self.recovery.to_dict()
        return json.dumps(data, indent=2) + "\n"

    def unwrap(self, passphrase: str) -> bytes:
        """Return the data key, or raise `WrongPassphrase`."""
        kek = derive_key(passphrase, self.salt, self.kdf)
        try:
            key = AESGCM(kek).decrypt(self.nonce, self.wrapped_key, self._associated_data())
        except InvalidTag:
            raise WrongPassphrase(
                "Het wachtwoord klopt niet. Let op hoofdletters en de toetsenbordtaal."
            ) from None
        if len(key) != DATA_KEY_BYTES:
            raise KeyFileDamaged("Het sleutelbestand bevat een sleutel van de verkeerde lengte.")
        return key


def wrap(
    data_key: bytes,
    passphrase: str,
    workspace_id: uuid.UUID,
    params: KdfParams,
    recovery: RecoverySeal | None = None,
) -> KeyFile:
    """Wrap `data_key` under `passphrase` with a fresh salt and nonce.

    `recovery` must seal this same data key; its recipient is bound into the wrap.
    """
    params.validate()
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    unsealed = KeyFile(workspace_id, params, salt, nonce, b"", VERSION, recovery)
    kek = derive_key(passphrase, salt, params)
    sealed = AESGCM(kek).encrypt(nonce, data_key, unsealed._associated_data())
    return KeyFile(workspace_id, params, salt, nonce, sealed, VERSION, recovery)


def new_data_key() -> bytes:
    """A fresh random 256-bit data key."""
    return secrets.token_bytes(DATA_KEY_BYTES)


def read_key_file(path: Path) -> KeyFile:
    """Read and check a key file; every defect becomes one clear error."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileDamaged("Het sleutelbestand ontbreekt.") from None
    if len(raw) > 64 * 1024:
        raise KeyFileDamaged("Het sleutelbestand is te groot; het is geen sleutelbestand.")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):  # not UTF-8, not JSON, too deep, a 5000-digit number
        raise KeyFileDamaged("Het sleutelbestand is beschadigd (geen geldige inhoud).") from None
    return _parse(data)


def _parse(data: Any) -> KeyFile:
    damaged = KeyFileDamaged("Het sleutelbestand is beschadigd of onvolledig.")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise KeyFileDamaged("Dit is geen sleutelbestand van Samen Leren.")
    version = data.get("version")
    if not isinstance(version, int):
        raise damaged
    if version > VERSION:
        raise WorkspaceTooNew(
            "Deze werkruimte is gemaakt met een nieuwere versie van Samen Leren; "
            "werk het programma bij."
        )
    try:
        kdf, wrapped = data["kdf"], data["wrapped_key"]
        if kdf["name"] != "argon2id" or wrapped["cipher"] != "AES-256-GCM":
            raise damaged
        params = KdfParams(
            memory_kib=_int(kdf["memory_kib"]),
            iterations=_int(kdf["iterations"]),
            lanes=_int(kdf["lanes"]),
        )
        key_file = KeyFile(
            workspace_id=uuid.UUID(str(data["workspace_id"])),
            kdf=params,
            salt=_unb64(kdf["salt"]),
            nonce=_unb64(wrapped["nonce"]),
            wrapped_key=_unb64(wrapped["ciphertext"]),
            version=version,
            recovery=_recovery(data, version),
        )
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise damaged from None
    params.validate()
    if len(key_file.salt) != SALT_BYTES or len(key_file.nonce) != NONCE_BYTES:
        raise damaged
    return key_file


def _recovery(data: dict[str, Any], version: int) -> RecoverySeal | None:
    if "recovery" not in data:
        return None
    if version < 2:  # a version 1 wrap does not authenticate a recovery entry
        raise KeyFileDamaged("Het sleutelbestand is beschadigd of onvolledig.")
    return RecoverySeal.from_dict(data["recovery"])


def write_key_file(path: Path, key_file: KeyFile) -> None:
    """Write atomically: temp file, fsync, rename, fsync the folder."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(key_file.to_json())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where the platform cannot open folders)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("not an integer")
    return value


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise TypeError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)
