"""Issue 13: the README's nginx example (config/nginx-leden.conf.example), run as it is (only its ports, name and
certificate paths replaced) with TLS in front of `mailservice run`: the pages work over https, the one-click
POST passes through, plain http is sent to https."""

from __future__ import annotations

import datetime as dt
import http.client
import shutil
import smtplib
import socket
import sqlite3
import ssl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.e2e.process import ServiceProcess, free_port
from tests.support import REPO, mail
from tests.web.support import link, messages

NAME = "leden.ambtelijkefusie.nl"
EXAMPLE = REPO / "config" / "nginx-leden.conf.example"
A = "j.jansen@gemeente-a.nl"


def certificate(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, NAME)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(NAME)]), critical=False)
        .sign(key, hashes.SHA256())
    )
    crt, pem = folder / "fullchain.pem", folder / "privkey.pem"
    crt.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    pem.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return crt, pem


class Nginx:
    def __init__(self, folder: Path, upstream: int) -> None:
        self.folder = folder
        self.https, self.http = free_port(), free_port()
        crt, pem = certificate(folder)
        site = EXAMPLE.read_text(encoding="utf-8")
        for old, new in (
            ("listen [::]:443 ssl http2;\n", ""),
            ("listen [::]:80;\n", ""),
            ("listen 443 ssl http2;", f"listen 127.0.0.1:{self.https} ssl http2;"),
            ("listen 80;", f"listen 127.0.0.1:{self.http};"),
            (f"/etc/letsencrypt/live/{NAME}/fullchain.pem", str(crt)),
            (f"/etc/letsencrypt/live/{NAME}/privkey.pem", str(pem)),
            ("proxy_pass http://127.0.0.1:8080;", f"proxy_pass http://127.0.0.1:{upstream};"),
        ):
            assert old in site, old
            site = site.replace(old, new)
        (folder / "site.conf").write_text(site, encoding="utf-8")
        temp = folder / "tmp"
        temp.mkdir()
        (folder / "nginx.conf").write_text(
            f"pid {folder}/nginx.pid;\nerror_log {folder}/error.log;\nevents {{}}\nhttp {{\n"
            f"  client_body_temp_path {temp}/body;\n  proxy_temp_path {temp}/proxy;\n"
            f"  include {folder}/site.conf;\n}}\n",
            encoding="utf-8",
        )
        self.proc = subprocess.Popen(
            ["nginx", "-p", str(folder), "-c", str(folder / "nginx.conf"), "-g", "daemon off;"],
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.https), timeout=0.5).close()
                return
            except OSError:
                assert self.proc.poll() is None, self.proc.stderr.read()  # type: ignore[union-attr]
                assert time.monotonic() < deadline, "nginx did not start"
                time.sleep(0.05)

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
        context = ssl.create_default_context(cafile=str(self.folder / "fullchain.pem"))
        conn = http.client.HTTPSConnection("127.0.0.1", self.https, context=context, timeout=10)
        conn.sock = context.wrap_socket(  # SNI and the certificate check for the public name, on loopback
            socket.create_connection(("127.0.0.1", self.https)), server_hostname=NAME
        )
        conn.request(method, path, body=body, headers={"host": f"{NAME}:{self.https}", **(headers or {})})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read().decode()

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


@pytest.fixture
def proxied(tmp_path: Path) -> Iterator[tuple[ServiceProcess, Nginx]]:
    if shutil.which("nginx") is None:
        pytest.fail("nginx ontbreekt; `make test` installeert het Debian-pakket nginx-light.")
    service_dir, nginx_dir = tmp_path / "dienst", tmp_path / "nginx"
    service_dir.mkdir()
    nginx_dir.mkdir()
    service = ServiceProcess(service_dir)
    nginx = Nginx(nginx_dir, service.web_port)
    service.start(MAILSERVICE_WEB__PUBLIC_URL=f"https://{NAME}:{nginx.https}")
    yield service, nginx
    nginx.stop()
    service.stop()


def test_the_readme_nginx_example_serves_the_pages_over_tls(proxied: tuple[ServiceProcess, Nginx]) -> None:
    service, nginx = proxied
    with smtplib.SMTP("127.0.0.1", service.port, timeout=30) as smtp:
        smtp.sendmail(A, ["info@ambtelijkefusie.nl"], mail(subject="Aanmelden"))
    deadline = time.monotonic() + 20
    while not messages(service.workdir / "var" / "outbox"):
        assert time.monotonic() < deadline
        time.sleep(0.05)
    url = link(messages(service.workdir / "var" / "outbox")[-1], "bevestigen")
    assert url.startswith(f"https://{NAME}:{nginx.https}/bevestigen/")  # web.public_url in the mail
    path = url.split(str(nginx.https), 1)[1]

    status, headers, body = nginx.request("GET", path)
    assert status == 200 and A in body and "strict-transport-security" in headers
    csrf = headers["set-cookie"].split("csrf=", 1)[1].split(";", 1)[0]
    assert "secure" in headers["set-cookie"].lower()  # https: the cookie never travels in clear text
    status, headers, _ = nginx.request(
        "POST",
        path,
        f"csrf={csrf}".encode(),
        {
            "content-type": "application/x-www-form-urlencoded",
            "cookie": f"csrf={csrf}",
            "origin": f"https://{NAME}:{nginx.https}",
        },
    )
    assert status == 303
    with sqlite3.connect(service.workdir / "var" / "mailservice.db") as db:
        assert db.execute("SELECT status FROM members").fetchone()[0] == "active"

    plain = http.client.HTTPConnection("127.0.0.1", nginx.http, timeout=10)
    plain.request("GET", path, headers={"host": NAME})
    redirect = plain.getresponse()
    assert redirect.status == 301 and redirect.getheader("location", "").startswith(f"https://{NAME}")
