"""Organisation recovery: the data key sealed to the organisation's recovery public key.

The administrator keeps an X25519 key pair: the private key offline, in a PEM file protected
by its own passphrase; the public key goes to every laptop. Each workspace's data key is sealed
to that public key as an ECIES-style sealed box:

    ephemeral X25519 key pair  ──ECDH with the recipient──►  shared secret
    HKDF-SHA256(shared secret, salt = ephemeral ‖ recipient, info)  ──►  256-bit key
    AES-256-GCM(key, data key, AAD = format, workspace id, recipient key id)

Only the holder of the private key can unseal it: nobody else gets a way in, the program's
makers included. The key id is the SHA-256 of the raw public key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from samenleren_desktop.model.errors import KeyFileDamaged, WorkspaceError, WorkspaceExists

SCHEME = "x25519-hkdf-sha256-aes-256-gcm"
_INFO = b"samenleren-recovery-seal-v1"
_RAW = serialization.Encoding.Raw, serialization.PublicFormat.Raw
PRIVATE_NAME = "herstelsleutel-prive.pem"
PUBLIC_NAME = "herstelsleutel-publiek.pem"
_MAX_KEY_FILE = 16 * 1024


class RecoveryError(WorkspaceError):
    """Recovery with the organisation's key cannot go ahead."""


class NoRecoverySeal(RecoveryError):
    """The workspace's key file holds no seal for a recovery key."""


class WrongRecoveryKey(RecoveryError):
    """The private key is not the one the workspace was sealed to, or not a recovery key."""


class WrongRecoveryPassphrase(RecoveryError):
    """The passphrase does not decrypt the recovery private key."""


@dataclass(frozen=True)
class RecoverySeal:
    """The data key sealed to one recovery public key (nothing in it is secret).

    Attributes:
        recipient: the raw 32-byte X25519 public key it was sealed to.
        ephemeral: the raw ephemeral public key of this seal.
        nonce: the AES-GCM nonce.
        ciphertext: the sealed data key with its tag.
    """

    recipient: bytes
    ephemeral: bytes
    nonce: bytes
    ciphertext: bytes

    @property
    def key_id(self) -> str:
        """The recipient's key id."""
        return key_id(self.recipient)

    def to_dict(self) -> dict[str, str]:
        """The JSON form stored under "recovery" in the key file."""
        return {
            "scheme": SCHEME,
            "key_id": self.key_id,
            "recipient": _b64(self.recipient),
            "ephemeral": _b64(self.ephemeral),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }

    @classmethod
    def from_dict(cls, data: Any) -> RecoverySeal:
        """Parse the JSON form; `KeyFileDamaged` when anything is off."""
        damaged = KeyFileDamaged("Het herstelgedeelte van het sleutelbestand is beschadigd.")
        try:
            if data["scheme"] != SCHEME:
                raise damaged
            seal = cls(
                recipient=_unb64(data["recipient"]),
                ephemeral=_unb64(data["ephemeral"]),
                nonce=_unb64(data["nonce"]),
                ciphertext=_unb64(data["ciphertext"]),
            )
            claimed_id = data["key_id"]
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise damaged from None
        sizes_ok = len(seal.recipient) == len(seal.ephemeral) == 32 and len(seal.nonce) == 12
        if not sizes_ok or claimed_id != seal.key_id:
            raise damaged
        return seal


def key_id(raw_public_key: bytes) -> str:
    """A public key's id: the hex SHA-256 of its raw bytes."""
    return hashlib.sha256(raw_public_key).hexdigest()


def public_key_id(public_key: X25519PublicKey) -> str:
    """The key id of a loaded public key (shown to the administrator)."""
    return key_id(public_key.public_bytes(*_RAW))


def _seal_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=_INFO)
    return hkdf.derive(shared)


def _aad(workspace_id: uuid.UUID, recipient: bytes) -> bytes:
    header = {"format": "samenleren-recovery-seal", "workspace_id": str(workspace_id)}
    header["key_id"] = key_id(recipient)
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode()


def seal(data_key: bytes, public_key: X25519PublicKey, workspace_id: uuid.UUID) -> RecoverySeal:
    """Seal `data_key` to `public_key` with a fresh ephemeral key."""
    ephemeral_key = X25519PrivateKey.generate()
    ephemeral = ephemeral_key.public_key().public_bytes(*_RAW)
    recipient = public_key.public_bytes(*_RAW)
    key = _seal_key(ephemeral_key.exchange(public_key), ephemeral, recipient)
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(key).encrypt(nonce, data_key, _aad(workspace_id, recipient))
    return RecoverySeal(recipient, ephemeral, nonce, sealed)


def reseal(old: RecoverySeal, data_key: bytes, workspace_id: uuid.UUID) -> RecoverySeal:
    """Seal a new data key to the same recipient (after a key rotation)."""
    return seal(data_key, X25519PublicKey.from_public_bytes(old.recipient), workspace_id)


def unseal(box: RecoverySeal, private_key: X25519PrivateKey, workspace_id: uuid.UUID) -> bytes:
    """The data key, or `WrongRecoveryKey` / `KeyFileDamaged`."""
    recipient = private_key.public_key().public_bytes(*_RAW)
    if recipient != box.recipient:
        raise WrongRecoveryKey(
            "Deze herstelsleutel hoort niet bij deze werkruimte (de werkruimte is verzegeld "
            f"voor sleutel {box.key_id[:16]}…, dit is {key_id(recipient)[:16]}…)."
        )
    ephemeral = X25519PublicKey.from_public_bytes(box.ephemeral)
    key = _seal_key(private_key.exchange(ephemeral), box.ephemeral, recipient)
    try:
        data_key = AESGCM(key).decrypt(box.nonce, box.ciphertext, _aad(workspace_id, recipient))
    except InvalidTag:
        raise KeyFileDamaged(
            "Het herstelgedeelte van het sleutelbestand is beschadigd; er is niets veranderd."
        ) from None
    if len(data_key) != 32:
        raise KeyFileDamaged("Het herstelgedeelte bevat een sleutel van de verkeerde lengte.")
    return data_key


def generate_key_pair(folder: Path, passphrase: str) -> tuple[Path, Path]:
    """Write a new key pair into `folder`: the private key (0600, encrypted) and the public key.

    Refuses to replace existing key files: losing an old private key would make every
    workspace sealed to it unrecoverable.
    """
    folder = Path(folder)
    private_path, public_path = folder / PRIVATE_NAME, folder / PUBLIC_NAME
    for path in (private_path, public_path):
        if path.exists():
            raise WorkspaceExists(f"{path} bestaat al; kies een andere map.")
    folder.mkdir(parents=True, exist_ok=True)
    key = X25519PrivateKey.generate()
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    _write_new(private_path, private_pem, 0o600)
    _write_new(public_path, public_pem, 0o644)
    return private_path, public_path


def _write_new(path: Path, data: bytes, mode: int) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _read_pem(path: Path, what: str) -> bytes:
    try:
        data = Path(path).read_bytes()[: _MAX_KEY_FILE + 1]
    except OSError as error:
        raise RecoveryError(f"Kan {what} {path} niet lezen: {error.strerror}.") from None
    if len(data) > _MAX_KEY_FILE:
        raise WrongRecoveryKey(f"{path} is te groot voor {what}.")
    return data


def load_public_key(path: Path) -> X25519PublicKey:
    """The recovery public key in a PEM file, or `WrongRecoveryKey`."""
    data = _read_pem(path, "de publieke herstelsleutel")
    try:
        key = serialization.load_pem_public_key(data)
    except ValueError:
        key = None
    if not isinstance(key, X25519PublicKey):
        raise WrongRecoveryKey(f"{path} is geen publieke herstelsleutel van Samen Leren.")
    return key


def load_private_key(path: Path, passphrase: str) -> X25519PrivateKey:
    """The recovery private key, or `WrongRecoveryPassphrase` / `WrongRecoveryKey`."""
    data = _read_pem(path, "de privé-herstelsleutel")
    encrypted = b"-----BEGIN ENCRYPTED PRIVATE KEY-----" in data
    try:
        key = serialization.load_pem_private_key(data, passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        if encrypted:
            raise WrongRecoveryPassphrase(
                "Het wachtwoord van de herstelsleutel klopt niet; er is niets veranderd."
            ) from None
        key = None
    if not isinstance(key, X25519PrivateKey):
        raise WrongRecoveryKey(
            f"{path} is geen privé-herstelsleutel van Samen Leren; er is niets veranderd."
        )
    return key


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise TypeError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)
