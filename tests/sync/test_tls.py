"""The laptop refuses a https server whose certificate it does not trust (self-signed)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from samenleren_desktop.sync import apply
from samenleren_desktop.sync.client import SyncClient, SyncError, UntrustedServer
from samenleren_server import db
from samenleren_server.app import create_app
from tests.server.live import PASSWORD, free_port
from tests.sync.laptops import Laptop


def _self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 signed by its own key: (certificate, key) files."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "server.pem", folder / "server.key"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A real uvicorn server with a self-signed certificate: (https URL, certificate file)."""
    url = f"sqlite:///{tmp_path / 'server.db'}"
    db.upgrade(url)
    database = db.open_database(url)
    cert_file, key_file = _self_signed(tmp_path)
    port = free_port()
    config = uvicorn.Config(
        create_app(database),
        host="127.0.0.1",
        port=port,
        log_level="critical",
        lifespan="off",
        ssl_certfile=str(cert_file),
        ssl_keyfile=str(key_file),
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        assert thread.is_alive(), "server stopped"
        time.sleep(0.01)
    try:
        yield f"https://127.0.0.1:{port}", cert_file
    finally:
        server.should_exit = True
        thread.join(10)
        database.dispose()


def test_a_self_signed_server_is_refused_with_a_plain_message(
    tls_server: tuple[str, Path], tmp_path: Path
) -> None:
    url, cert_file = tls_server
    trusting = ssl.create_default_context(cafile=str(cert_file))
    assert httpx.get(f"{url}/health", verify=trusting).json() == {"status": "ok"}  # it serves
    client = SyncClient(url)
    try:
        with pytest.raises(UntrustedServer, match="certificaat van de server wordt niet vertrouwd"):
            client.login("sanne", PASSWORD, "laptop")
    finally:
        client.close()
    laptop = Laptop(tmp_path / "sanne", "sanne")
    try:
        with pytest.raises(SyncError, match="niet vertrouwd") as refused:
            laptop.service.enrol(url, "sanne", PASSWORD)
        assert "geen verbinding gemaakt" in refused.value.message
        assert not laptop.service.is_enrolled()
        assert apply.load_state(laptop.workspace).server_url == ""
    finally:
        laptop.close()
