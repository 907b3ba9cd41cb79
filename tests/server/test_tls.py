"""A team server on another machine over TLS that checks its certificate (#13 item 1:
``sslmode=verify-full``). The server is a cluster of its own that also listens on
127.0.0.2, an address RiskDesk does not count as this machine, with a certificate made
here for that address by a CA made here."""

from __future__ import annotations

import datetime
import ipaddress
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from pg_cluster import Tls, running_cluster
from riskdesk.domain.server_errors import ServerCertificateRefused, ServerNeedsTls
from riskdesk.services.desk import Desk
from team_servers import ADMIN, ADMIN_PASSWORD, TeamServer, fresh_team_server

ELSEWHERE = "127.0.0.2"


def _certificate(
    subject: str,
    key: ec.EllipticCurvePrivateKey,
    issuer: tuple[x509.Name, ec.EllipticCurvePrivateKey] | None,
    *,
    ca: bool,
) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
    issuer_name, signer = issuer if issuer is not None else (name, key)
    now = datetime.datetime.now(datetime.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if not ca:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(ELSEWHERE))]),
            critical=False,
        )
    return builder.sign(signer, hashes.SHA256())


def _pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


def _ca(folder: Path, name: str) -> tuple[Path, x509.Name, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = _certificate(name, key, None, ca=True)
    path = folder / f"{name}.crt"
    path.write_bytes(_pem(certificate))
    return path, certificate.subject, key


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TeamServer, Path, Path]]:
    """A secured server reachable over TLS at 127.0.0.2, the CA that signed its
    certificate, and another CA that did not."""
    folder = tmp_path_factory.mktemp("tls")
    ca_file, ca_name, ca_key = _ca(folder, "kommunens-ca")
    other_ca, _, _ = _ca(folder, "en-anden-ca")
    server_key = ec.generate_private_key(ec.SECP256R1())
    certificate = _certificate(ELSEWHERE, server_key, (ca_name, ca_key), ca=False)
    tls = Tls(
        certificate=_pem(certificate),
        key=server_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
        address=ELSEWHERE,
    )
    with running_cluster(tls) as cluster, fresh_team_server(cluster) as server:
        yield server, ca_file, other_ca


def _elsewhere(server: TeamServer) -> str:
    return f"postgresql://{ELSEWHERE}:{server.cluster.port}/{server.database}"


def test_with_the_servers_ca_file_the_connection_is_checked_and_works(
    tls_server: tuple[TeamServer, Path, Path],
) -> None:
    server, ca_file, _ = tls_server
    with (
        Desk.open(
            _elsewhere(server), username=ADMIN, password=ADMIN_PASSWORD, server_ca_file=ca_file
        ) as desk,
        server.cluster.connect(server.database) as owner,
    ):
        assert desk.audit.verify().intact
        # The desk's pooled connections, as the server sees them: all encrypted.
        row = owner.execute(
            "SELECT count(*) FILTER (WHERE s.ssl), count(*) FROM pg_stat_ssl s"
            " JOIN pg_stat_activity a USING (pid) WHERE a.usename = %s",
            (ADMIN,),
        ).fetchone()
    assert row is not None
    encrypted, connections = row
    assert connections >= 1
    assert encrypted == connections


def test_without_a_ca_file_a_server_elsewhere_is_not_reached(
    tls_server: tuple[TeamServer, Path, Path],
) -> None:
    server, _, _ = tls_server
    with pytest.raises(ServerNeedsTls):
        Desk.open(_elsewhere(server), username=ADMIN, password=ADMIN_PASSWORD)


def test_a_certificate_another_ca_signed_is_refused_before_any_password_is_sent(
    tls_server: tuple[TeamServer, Path, Path],
) -> None:
    server, _, other_ca = tls_server
    with pytest.raises(ServerCertificateRefused):
        Desk.open(
            _elsewhere(server), username=ADMIN, password=ADMIN_PASSWORD, server_ca_file=other_ca
        )


def test_tls_cannot_be_switched_off_in_the_address(
    tls_server: tuple[TeamServer, Path, Path],
) -> None:
    server, ca_file, _ = tls_server
    with pytest.raises(ServerNeedsTls):
        Desk.open(
            _elsewhere(server) + "?sslmode=disable",
            username=ADMIN,
            password=ADMIN_PASSWORD,
            server_ca_file=ca_file,
        )
