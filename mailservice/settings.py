"""Typed settings: embedded defaults, then a TOML file, then ``MAILSERVICE_<SECTION>__<KEY>`` variables.

Built once at start-up by the entry point and passed down (no module-level settings object).
Secrets come from the environment or from a file path (``password_file``), never from committed files.
"""

from __future__ import annotations

import os
import tomllib
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

DEFAULT_CONFIG_FILE = Path("config/mailservice.toml")
ENV_PREFIX = "MAILSERVICE_"


class SettingsError(Exception):
    """A setting is wrong; the message is one sentence that names it."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DatabaseSettings(_Section):
    url: str = "sqlite:///var/mailservice.db"
    # FULL: a commit survives a power cut, which "stored before we answer 250" promises. NORMAL is enough
    # against process crashes only (https://www.sqlite.org/wal.html#performance_considerations).
    sqlite_synchronous: str = "FULL"

    @field_validator("url")
    @classmethod
    def _known_scheme(cls, v: str) -> str:
        if not v.startswith(("sqlite://", "postgresql")):
            raise ValueError("moet beginnen met sqlite:// of postgresql://")
        return v

    @field_validator("sqlite_synchronous")
    @classmethod
    def _sync(cls, v: str) -> str:
        if v.upper() not in {"OFF", "NORMAL", "FULL", "EXTRA"}:
            raise ValueError("moet OFF, NORMAL, FULL of EXTRA zijn")
        return v.upper()


class ServiceSettings(_Section):
    domain: str = "ambtelijkefusie.nl"
    address: str = "info@ambtelijkefusie.nl"
    from_name: str = "Netwerk directeuren ambtelijke fusieorganisaties"
    # Where the secretariat reads what the service cannot handle itself.
    secretariat: str = "secretariaat@ambtelijkefusie.nl"
    network_name: str = "Netwerk van directeuren van ambtelijke fusieorganisaties"

    @field_validator("address", "secretariat")
    @classmethod
    def _addr(cls, v: str) -> str:
        if "@" not in v or " " in v.strip():
            raise ValueError("is geen e-mailadres")
        return v.strip().lower()

    @property
    def owned_addresses(self) -> set[str]:
        return {self.address}

    def owns(self, address: str) -> bool:
        """Our addresses: the info address and VERP return paths ``bounces+TOKEN@domain``."""
        addr = address.strip().strip("<>").lower()
        if addr in self.owned_addresses:
            return True
        local, _, domain = addr.rpartition("@")
        return domain == self.domain.lower() and (local == "bounces" or local.startswith("bounces+"))


class TlsMode(StrEnum):
    IMPLICIT = "implicit"
    STARTTLS = "starttls"
    NONE = "none"


class ReceiverSettings(_Section):
    enabled: bool = True
    protocol: str = "smtp"  # smtp or lmtp
    host: str = "127.0.0.1"
    port: int = Field(default=2525, ge=1, le=65535)
    # Larger than any real sign-up; a 10 MB attachment (about 14 MB base64) still fits.
    max_message_bytes: int = Field(default=40 * 1024 * 1024, ge=1024)

    @field_validator("protocol")
    @classmethod
    def _proto(cls, v: str) -> str:
        if v.lower() not in {"smtp", "lmtp"}:
            raise ValueError("moet smtp of lmtp zijn")
        return v.lower()


class OutboundSettings(_Section):
    # "maildir": write into a local Maildir instead of sending (the embedded default); "smtp": the SMTP route.
    transport: str = "maildir"
    maildir: Path = Path("var/outbox")
    batch_size: int = Field(default=100, ge=1)

    @field_validator("transport")
    @classmethod
    def _transport(cls, v: str) -> str:
        if v.lower() not in {"maildir", "smtp"}:
            raise ValueError("moet maildir of smtp zijn")
        return v.lower()


class SmtpSettings(_Section):
    host: str = "127.0.0.1"
    port: int = Field(default=25, ge=1, le=65535)
    tls: TlsMode = TlsMode.NONE
    user: str | None = None
    password: SecretStr | None = None
    password_file: Path | None = None
    ca_file: Path | None = None
    timeout: float = Field(default=30.0, gt=0)

    def secret(self) -> str | None:
        if self.password is not None:
            return self.password.get_secret_value()
        if self.password_file is not None:
            return self.password_file.read_text(encoding="utf-8").strip()
        return None

    @field_validator("password_file", "ca_file")
    @classmethod
    def _file_exists(cls, v: Path | None) -> Path | None:
        if v is not None and not v.is_file():
            raise ValueError(f"het bestand {v} bestaat niet")
        return v


class IngestSettings(_Section):
    # false: accept and store mail but do not process it (maintenance); it is processed once re-enabled.
    process: bool = True
    # Safety net: also look for unprocessed messages this often, besides being woken by each arrival.
    poll_seconds: float = Field(default=5.0, gt=0)


class MembershipSettings(_Section):
    token_ttl_days: int = Field(default=14, ge=1, le=365)


class LogSettings(_Section):
    level: str = "INFO"

    @field_validator("level")
    @classmethod
    def _level(cls, v: str) -> str:
        if v.upper() not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("moet DEBUG, INFO, WARNING of ERROR zijn")
        return v.upper()


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_nested_delimiter="__", extra="forbid", case_sensitive=False
    )

    database: DatabaseSettings = DatabaseSettings()
    service: ServiceSettings = ServiceSettings()
    receiver: ReceiverSettings = ReceiverSettings()
    outbound: OutboundSettings = OutboundSettings()
    smtp: SmtpSettings = SmtpSettings()
    ingest: IngestSettings = IngestSettings()
    membership: MembershipSettings = MembershipSettings()
    log: LogSettings = LogSettings()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Environment wins over the file (passed as init values), the file over the defaults.
        return (env_settings, init_settings)


_SECRET_KEYS = {"password", "secret", "key"}


def _reject_committed_secrets(data: dict[str, Any], path: Path, prefix: str = "") -> None:
    for key, value in data.items():
        if isinstance(value, dict):
            _reject_committed_secrets(value, path, f"{prefix}{key}.")
        elif key.lower() in _SECRET_KEYS and value:
            raise SettingsError(
                f"Instelling {prefix}{key} staat in {path}; geheimen horen in de omgeving "
                f"({ENV_PREFIX}{prefix.upper().replace('.', '__')}{key.upper()}) of in een bestand via {key}_file."
            )


def load(config_file: Path | None = None) -> Settings:
    """Build the settings, or raise SettingsError with one sentence naming the wrong setting."""
    data: dict[str, Any] = {}
    path = config_file
    if path is None and (env_path := os.environ.get(ENV_PREFIX + "CONFIG")):
        path = Path(env_path)
    if path is None and DEFAULT_CONFIG_FILE.is_file():
        path = DEFAULT_CONFIG_FILE
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise SettingsError(f"Het configuratiebestand {path} bestaat niet.") from None
        except tomllib.TOMLDecodeError as exc:
            raise SettingsError(f"Het configuratiebestand {path} is geen geldige TOML: {exc}.") from None
        _reject_committed_secrets(data, path)
    _reject_unknown_environment()
    try:
        return Settings(**data)
    except ValidationError as exc:
        raise SettingsError(_one_sentence(exc)) from None


# Variables with our prefix that are not settings (read elsewhere).
_NOT_SETTINGS = {"CONFIG", "CORPUS"}


def _reject_unknown_environment() -> None:
    """A misspelt variable would otherwise be ignored in silence, and the service run on a default."""
    for name in os.environ:
        if not name.upper().startswith(ENV_PREFIX):
            continue
        rest = name[len(ENV_PREFIX) :].upper()
        if rest in _NOT_SETTINGS:
            continue
        section, _, key = rest.partition("__")
        field = Settings.model_fields.get(section.lower())
        section_type = field.annotation if field else None
        if section_type is None or not key or key.lower() not in section_type.model_fields:  # type: ignore[union-attr]
            raise SettingsError(f"Onbekende instelling in de omgeving: {name}.")


_DUTCH = {
    "int_parsing": "moet een geheel getal zijn",
    "float_parsing": "moet een getal zijn",
    "bool_parsing": "moet true of false zijn",
    "greater_than_equal": "moet minstens {ge} zijn",
    "less_than_equal": "mag hoogstens {le} zijn",
    "greater_than": "moet groter zijn dan {gt}",
    "enum": "moet een van {expected} zijn",
    "missing": "ontbreekt",
}


def _one_sentence(exc: ValidationError) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(p) for p in err["loc"])
    env = ENV_PREFIX + "__".join(str(p).upper() for p in err["loc"])
    msg = _DUTCH.get(err["type"], err["msg"]).removeprefix("Value error, ").format(**(err.get("ctx") or {}))
    if err["type"] == "extra_forbidden":
        return f"Onbekende instelling {loc} (omgevingsvariabele {env} of configuratiebestand)."
    value = err.get("input")
    shown = "" if isinstance(value, dict) or "password" in loc else f" (waarde: {value!r})"
    return f"Instelling {loc} is ongeldig{shown}: {msg} (zet via {env} of het configuratiebestand)."
