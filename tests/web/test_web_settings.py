"""Issue 13: the web part's settings. A wrong one stops the start with one Dutch sentence that names it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from mailservice.settings import Settings, SettingsError, load
from tests.servers import free_port


def sentence(monkeypatch: pytest.MonkeyPatch, **env: str) -> str:
    for key in list(os.environ):
        if key.startswith("MAILSERVICE_"):
            monkeypatch.delenv(key)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(SettingsError) as raised:
        load()
    return str(raised.value)


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"MAILSERVICE_WEB__BIND": "127.0.0.1"}, "web.bind"),
        ({"MAILSERVICE_WEB__BIND": "leden.example:80"}, "web.bind"),
        ({"MAILSERVICE_WEB__BIND": "127.0.0.1:99999"}, "web.bind"),
        ({"MAILSERVICE_WEB__PUBLIC_URL": "leden.ambtelijkefusie.nl"}, "web.public_url"),
        ({"MAILSERVICE_WEB__PUBLIC_URL": "https://x.nl/?a=b"}, "web.public_url"),
        ({"MAILSERVICE_WEB__TRUSTED_PROXIES": '["proxy"]'}, "web.trusted_proxies"),
        ({"MAILSERVICE_WEB__DATA_LINK_DAYS": "0"}, "web.data_link_days"),
        (  # links in mail that leaves this machine must work for members: https
            {"MAILSERVICE_OUTBOUND__TRANSPORT": "smtp", "MAILSERVICE_SMTP__HOST": "smtp.example.nl"},
            "web.public_url",
        ),
    ],
)
def test_a_wrong_web_setting_is_one_sentence(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, env: dict[str, str], named: str
) -> None:
    monkeypatch.chdir(tmp_path)
    text = sentence(monkeypatch, **env)
    assert named in text and "\n" not in text and "Traceback" not in text


def test_defaults_and_links() -> None:
    web = Settings().web
    assert web.enabled and web.bind == "127.0.0.1:8080" and web.base_url == "http://127.0.0.1:8080"
    assert not web.one_click  # RFC 8058 needs https
    behind_proxy = Settings(web={"public_url": "https://leden.ambtelijkefusie.nl/"}).web
    assert behind_proxy.base_url == "https://leden.ambtelijkefusie.nl" and behind_proxy.one_click
    assert Settings(web={"bind": "[::1]:8081"}).web.base_url == "http://[::1]:8081"


def test_run_stops_with_one_sentence_when_the_web_address_is_taken(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {k: v for k, v in os.environ.items() if not k.startswith("MAILSERVICE_")}
        env["MAILSERVICE_RECEIVER__PORT"] = str(free_port())
        env["MAILSERVICE_WEB__BIND"] = f"127.0.0.1:{port}"
        result = subprocess.run(
            [sys.executable, "-m", "mailservice", "run"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode != 0
    last = result.stderr.strip().splitlines()[-1]
    assert "web.bind" in last and f"127.0.0.1:{port}" in last and "Traceback" not in result.stderr, result.stderr
