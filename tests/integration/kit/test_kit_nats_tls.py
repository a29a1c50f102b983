"""TLS to NATS as decision 0016 documents it: the server's `tls {}` block, the client's
`IUC_NATS_TLS_CA` (shared.nats.NatsAuth). A client that cannot verify the server does not connect."""

from __future__ import annotations

import subprocess
from pathlib import Path

import nats
import pytest

from deploy.stack import NatsServer
from shared import natsauth
from shared.nats import NatsAuth, connect

# Does not depend on the database (NATS over TLS): runs once, in make test.
pytestmark = pytest.mark.dbfree


def openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def certificates(tmp_path: Path) -> Path:
    """A CA and a server certificate for 127.0.0.1 signed by it."""
    d = tmp_path / "tls"
    d.mkdir()
    openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=iuc-test-ca",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        cwd=d,
    )
    openssl(
        "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", "server.key", "-out", "server.csr", cwd=d
    )
    (d / "san.ext").write_text("subjectAltName=IP:127.0.0.1\n")
    openssl(
        "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
        "-days", "2", "-extfile", "san.ext", "-out", "server.pem", cwd=d,
    )  # fmt: skip
    return d


async def test_a_client_with_the_ca_connects_over_tls_and_one_without_does_not(tmp_path: Path, certificates: Path) -> None:
    users = natsauth.platform_users()
    passwords = natsauth.load_credentials(tmp_path / "credentials.json", users)
    config = tmp_path / "nats.conf"
    config.write_text(
        f'tls {{\n  cert_file: "{certificates / "server.pem"}"\n  key_file: "{certificates / "server.key"}"\n}}\n'
        + natsauth.authorization_block(users, passwords)
    )
    server = NatsServer(tmp_path / "nats", config_file=config).start()
    try:
        url = f"tls://127.0.0.1:{server.port}"
        env = {
            "IUC_NATS_USER": "pairing",
            "IUC_NATS_PASSWORD": passwords["pairing"],
            "IUC_NATS_TLS_CA": str(certificates / "ca.pem"),
        }
        nc = await connect(url, "tls-test", NatsAuth.from_env(env))
        try:
            assert nc.is_connected
            await nc.flush()
        finally:
            await nc.close()
        # The same credentials without the CA: the server's certificate is not trusted.
        without_ca = NatsAuth.from_env({k: v for k, v in env.items() if k != "IUC_NATS_TLS_CA"})
        with pytest.raises(Exception, match=r"CERTIFICATE_VERIFY_FAILED|certificate verify failed"):
            await nats.connect(url, allow_reconnect=False, max_reconnect_attempts=0, connect_timeout=2, **without_ca.options())
    finally:
        server.stop()
