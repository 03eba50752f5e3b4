from pathlib import Path

import pytest

from mailservice import settings


def test_embedded_defaults_need_no_configuration(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    s = settings.load()
    assert s.database.url == "sqlite:///var/mailservice.db"
    assert (s.receiver.host, s.receiver.port) == ("127.0.0.1", 2525)
    assert s.outbound.transport == "maildir" and s.outbound.maildir == Path("var/outbox")


def test_environment_overrides_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cfg = tmp_path / "site.toml"
    cfg.write_text('[smtp]\nhost = "mail.example.nl"\nport = 587\ntls = "starttls"\n')
    monkeypatch.setenv("MAILSERVICE_SMTP__PORT", "465")
    monkeypatch.setenv("MAILSERVICE_DATABASE__URL", "postgresql://u@localhost/db")
    s = settings.load(cfg)
    assert s.smtp.host == "mail.example.nl" and s.smtp.port == 465 and s.smtp.tls == "starttls"
    assert s.database.url.startswith("postgresql")


def test_secret_from_environment_or_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text("geheim\n")
    monkeypatch.setenv("MAILSERVICE_SMTP__PASSWORD_FILE", str(secret))
    assert settings.load().smtp.secret() == "geheim"
    monkeypatch.delenv("MAILSERVICE_SMTP__PASSWORD_FILE")
    monkeypatch.setenv("MAILSERVICE_SMTP__PASSWORD", "uit-de-omgeving")
    assert settings.load().smtp.secret() == "uit-de-omgeving"


@pytest.mark.parametrize(
    ("env", "value", "named"),
    [
        ("MAILSERVICE_RECEIVER__PORT", "twee", "receiver.port"),
        ("MAILSERVICE_RECEIVER__PORT", "70000", "receiver.port"),
        ("MAILSERVICE_SMTP__TLS", "ja", "smtp.tls"),
        ("MAILSERVICE_DATABASE__URL", "mysql://x", "database.url"),
        ("MAILSERVICE_SMTP__HOTS", "x", "MAILSERVICE_SMTP__HOTS"),
        ("MAILSERVICE_SMTP__PASSWORD_FILE", "/nope/pw", "smtp.password_file"),
    ],
)
def test_a_wrong_setting_is_one_sentence_naming_it(
    monkeypatch: pytest.MonkeyPatch, env: str, value: str, named: str
) -> None:
    monkeypatch.setenv(env, value)
    with pytest.raises(settings.SettingsError) as err:
        settings.load()
    message = str(err.value)
    assert named in message and "\n" not in message


def test_secrets_in_a_committed_file_are_refused(tmp_path: Path) -> None:
    cfg = tmp_path / "site.toml"
    cfg.write_text('[smtp]\npassword = "hunter2"\n')
    with pytest.raises(settings.SettingsError, match=r"smtp\.password"):
        settings.load(cfg)


def test_bad_toml_and_missing_file_are_clear(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[smtp\nhost=")
    with pytest.raises(settings.SettingsError, match="geen geldige TOML"):
        settings.load(bad)
    with pytest.raises(settings.SettingsError, match="bestaat niet"):
        settings.load(tmp_path / "missing.toml")


def test_the_shipped_config_file_loads() -> None:
    shipped = Path(__file__).resolve().parent.parent / "config" / "mailservice.toml"
    assert settings.load(shipped).service.address == "info@ambtelijkefusie.nl"
