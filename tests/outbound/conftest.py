"""Fixtures for the outbound tests: sinks, a private CA, a DKIM key, an App that sends over SMTP."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from sqlalchemy import insert

from mailservice.app import App, build
from mailservice.clock import system_clock
from mailservice.store.db import transaction
from mailservice.store.models import Member, MemberStatus
from tests.outbound.sink import Sink, SinkHandler
from tests.servers.fixtures import dovecot, postfix  # noqa: F401  (session fixtures, started on first use)
from tests.support import make_settings


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A private CA and a server certificate for 127.0.0.1/localhost, signed by it (made here, no files shipped)."""
    d = tmp_path_factory.mktemp("pki")
    now = dt.datetime.now(dt.UTC)
    ca_key, srv_key, other_key = _key(), _key(), _key()
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "mailservice test CA")])

    def ca_cert(key: rsa.RSAPrivateKey, name: x509.Name) -> x509.Certificate:
        return (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256())
        )

    ca = ca_cert(ca_key, ca_name)
    other = ca_cert(other_key, x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "some other CA")]))
    import ipaddress

    srv = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(srv_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    files = {"ca": d / "ca.pem", "other_ca": d / "other-ca.pem", "cert": d / "server.pem", "key": d / "server.key"}
    files["ca"].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    files["other_ca"].write_bytes(other.public_bytes(serialization.Encoding.PEM))
    files["cert"].write_bytes(srv.public_bytes(serialization.Encoding.PEM))
    files["key"].write_bytes(_pem(srv_key))
    return files


@pytest.fixture(scope="session")
def dkim_key(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dkim") / "mail.private"
    path.write_bytes(_pem(_key()))
    return path


@pytest.fixture
def sink() -> Iterator[Sink]:
    s = Sink(SinkHandler()).start()
    yield s
    s.stop()


def smtp_sections(port: int, **outbound: Any) -> dict[str, dict[str, Any]]:
    """Settings for sending to a local sink: no rate limits, quick retries (tests move the clock or wait)."""
    return {
        "outbound": {
            "transport": "smtp",
            "rate_per_minute": 0,
            "rate_per_day": 0,
            "retry_base_seconds": 1.0,
            "retry_max_seconds": 2.0,
            **outbound,
        },
        "smtp": {"host": "127.0.0.1", "port": port, "timeout": 10},
    }


@pytest.fixture
def smtp_app(tmp_path: Path) -> Iterator[Callable[..., App]]:
    """``smtp_app(port, clock=..., outbound={...}, smtp={...}, dkim={...})`` -> App sending to that port."""
    apps: list[App] = []

    def make(port: int, clock: Callable[[], dt.datetime] = system_clock, **sections: dict[str, Any]) -> App:
        base = smtp_sections(port)
        for key, value in sections.items():
            base.setdefault(key, {}).update(value)
        app = build(make_settings(tmp_path, **base), clock=clock)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.close()


def add_members(app: App, count: int, domain: str = "gemeente.example", start: int = 1) -> list[int]:
    """``count`` active members m<i>@domain, inserted in bulk; returns their ids."""
    now = app.clock()
    rows = [
        {
            "email": f"m{i}@{domain}",
            "name": f"Directeur {i}",
            "status": MemberStatus.ACTIVE,
            "role": "member",
            "created_at": now,
            "confirmed_at": now,
            "updated_at": now,
        }
        for i in range(start, start + count)
    ]
    with transaction(app.factory) as session:
        session.execute(insert(Member), rows)
        return [m.id for m in session.query(Member).filter(Member.email.like(f"%@{domain}")).order_by(Member.id)]


def mailing_context(member: Member) -> dict[str, Any]:
    return {
        "name": member.name,
        "onderwerp": "Uitnodiging Leer- en inspireer-atelier",
        "alineas": ["Graag nodigen wij u uit voor het atelier op 12 maart.", "Tot dan!"],
    }


def enqueue(app: App, domain: str = "gemeente.example", purpose: str = "mededeling") -> int:
    """A mailing to every member at ``domain``, members streamed from the database; returns its id."""
    from sqlalchemy import select

    from mailservice.outbound.mailings import enqueue_mailing

    with transaction(app.factory) as session:
        members = session.scalars(
            select(Member).where(Member.email.like(f"%@{domain}")).order_by(Member.id).execution_options(yield_per=500)
        )
        return enqueue_mailing(session, purpose, members, mailing_context, outbox=app.outbox).id


def drain_until_done(app: App, timeout: float = 60.0) -> int:
    """Drain until nothing is queued, deferred or in flight (waiting out backoff with the real clock)."""
    import time

    from sqlalchemy import func, select

    from mailservice.store.models import OutboundMessage, OutboundStatus

    deadline = time.monotonic() + timeout
    rounds = 0
    while time.monotonic() < deadline:
        app.sender.drain()
        rounds += 1
        with app.factory() as session:
            left = session.scalar(
                select(func.count())
                .select_from(OutboundMessage)
                .where(
                    OutboundMessage.status.in_([OutboundStatus.QUEUED, OutboundStatus.DEFERRED, OutboundStatus.SENDING])
                )
            )
        if not left:
            return rounds
        time.sleep(0.05)
    raise AssertionError(f"outbox not empty after {timeout} s")
