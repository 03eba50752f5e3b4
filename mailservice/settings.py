"""Typed settings: embedded defaults, then a TOML file, then ``MAILSERVICE_<SECTION>__<KEY>`` variables.

Built once at start-up by the entry point and passed down (no module-level settings object).
Secrets come from the environment or from a file path (``password_file``), never from committed files.
"""

from __future__ import annotations

import ipaddress
import os
import tomllib
import urllib.parse
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

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
    # The display name of From: the network's full name, "van" and all (issue 19, item 8).
    from_name: str = "Netwerk van directeuren van ambtelijke fusieorganisaties"
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


class Adviser(_Section):
    """One person who signs the mails: a member who wants to talk to someone calls a name, not a mailbox."""

    name: str = Field(min_length=1, max_length=100)
    function: str = Field(default="adviseur", max_length=100)
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=200)


class SignatureSettings(_Section):
    """Who signs every mail (issue 19, item 8): the advisers of SeinstravandeLaar that the brochure names.

    In the config file: ``[[signature.advisers]]`` tables with name, function, phone and email; in the
    environment: ``MAILSERVICE_SIGNATURE__ADVISERS='[{"name": "...", "phone": "..."}]'``. No advisers: the
    mails are signed by the secretariat alone.
    """

    closing: str = Field(default="Met vriendelijke groet,", min_length=1, max_length=100)
    advisers: list[Adviser] = Field(
        default_factory=lambda: [
            Adviser(name="Stan van de Laar", phone="06 - 30 37 29 97", email="s.vandelaar@seinstravandelaar.nl"),
            Adviser(name="Melanie Huurneman", phone="06 - 23 50 94 48", email="m.huurneman@seinstravandelaar.nl"),
        ],
        max_length=6,
    )
    # The line under the names: "Secretariaat <network_name>", and who runs it.
    team: str = Field(default="Secretariaat", max_length=100)
    organisation: str = Field(default="SeinstravandeLaar", max_length=100)


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
    # Parallel SMTP connections: pays off against a server that answers slowly; 1 for Maildir.
    connections: int = Field(default=2, ge=1, le=32)
    # Microsoft 365's sending limits (30 messages a minute, 10,000 recipients a day); 0 means no limit.
    rate_per_minute: int = Field(default=30, ge=0)
    rate_per_day: int = Field(default=10_000, ge=0)
    # 4xx and network errors: exponential backoff with jitter from base to max, until the deadline (issue 6).
    retry_base_seconds: float = Field(default=60.0, gt=0)
    retry_max_seconds: float = Field(default=3600.0, gt=0)
    retry_deadline_hours: float = Field(default=72.0, gt=0)
    # A mailing pauses after this many permanent failures in a row; the secretariat is told.
    error_budget: int = Field(default=20, ge=1)
    # Answers to incoming mail, per address per 24 hours (Mailman's max_autoresponses_per_day). Past a limit the
    # answer is still written, as cancelled with the reason, and not sent: a loop with an auto-responder nobody
    # recognised, or a flood of forged requests, ends, and nothing disappears unseen (issue 12).
    answers_per_day: int = Field(default=5, ge=1, le=1000)
    # To a message that answers one of our answers that asked nothing (a ticket system keeping the subject): once.
    answers_to_answers_per_day: int = Field(default=1, ge=1, le=1000)
    # Confirmation requests to one address (ten forged sign-ups must not send ten), and answers to a wrong token.
    confirmations_per_day: int = Field(default=2, ge=1, le=1000)
    wrong_token_answers_per_day: int = Field(default=2, ge=1, le=1000)
    # Results are committed at most this often (group commit): fewer fsyncs, but a kill -9 can then catch up
    # to this many milliseconds of accepted-but-unrecorded messages, which are sent again after restart.
    commit_interval_ms: float = Field(default=5.0, ge=0, le=1000)
    # Render workers for large mailings (mailservice.outbound.render_pool); unset: one fewer than the cores, at most 4;
    # 0 renders everything in the service's own process. They start at the first mailing that reaches
    # render_pool_from members, and only then.
    render_workers: int | None = Field(default=None, ge=0, le=16)
    render_pool_from: int = Field(default=1000, ge=1)
    # HMAC key for the VERP and unsubscribe tokens; a development default is used on loopback only.
    secret: SecretStr | None = None
    secret_file: Path | None = None
    # List-Id (RFC 2919) of mailings to members. The one-click unsubscribe link (RFC 8058) comes from the web
    # part (WebSettings.public_url); without an https one List-Unsubscribe carries only the mailto link.
    list_id: str = "leden.ambtelijkefusie.nl"

    @field_validator("transport")
    @classmethod
    def _transport(cls, v: str) -> str:
        if v.lower() not in {"maildir", "smtp"}:
            raise ValueError("moet maildir of smtp zijn")
        return v.lower()

    def hmac_key(self) -> bytes | None:
        if self.secret is not None:
            return self.secret.get_secret_value().encode()
        if self.secret_file is not None:
            return self.secret_file.read_bytes().strip()
        return None


class DkimSettings(_Section):
    # Signing is on when key_file is set (a PEM RSA key; the public half is published at
    # <selector>._domainkey.<domain>, RFC 6376 3.6.2.1).
    selector: str = "mail"
    domain: str = "ambtelijkefusie.nl"
    key_file: Path | None = None

    @field_validator("key_file")
    @classmethod
    def _key_exists(cls, v: Path | None) -> Path | None:
        if v is not None and not v.is_file():
            raise ValueError(f"het bestand {v} bestaat niet")
        return v


class _Login(_Section):
    """A server login: password from the environment or a file (read at every login, so a corrected file needs
    no restart), and a CA file to trust a private certificate authority."""

    user: str | None = None
    password: SecretStr | None = None
    password_file: Path | None = None
    ca_file: Path | None = None

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


class SmtpSettings(_Login):
    host: str = "127.0.0.1"
    port: int = Field(default=25, ge=1, le=65535)
    tls: TlsMode = TlsMode.NONE
    timeout: float = Field(default=30.0, gt=0)
    # Reconnect after this many messages: providers cap a session (RFC 5321 4.5.3.1.8 lets a server say 452).
    messages_per_connection: int = Field(default=100, ge=1)
    # EHLO name; empty: the service domain (socket.getfqdn() can stall without DNS).
    helo_name: str | None = None


class IngestSettings(_Section):
    # false: accept and store mail but do not process it (maintenance); it is processed once re-enabled.
    process: bool = True
    # Safety net: also look for unprocessed messages this often, besides being woken by each arrival.
    poll_seconds: float = Field(default=5.0, gt=0)
    # The secretariat's labels the classifier's learned reading adds to its shipped examples (issue 17), written
    # by ``mailservice classify --learn MAP``; read when the service starts.
    learned_examples: Path = Path("var/geleerde-voorbeelden.jsonl")
    # Where the trained learned model is kept, so a restart reads it back in a moment instead of training it for half
    # a minute (named for what it was trained on; shared by the user's instances). Empty: train at every start.
    model_cache: Path | None = Field(default_factory=lambda: user_cache_folder())

    @field_validator("model_cache", mode="before")
    @classmethod
    def _empty_is_none(cls, v: object) -> object:
        return None if isinstance(v, str) and not v.strip() else v


def user_cache_folder() -> Path:
    """``$XDG_CACHE_HOME/mailservice``, else ``~/.cache/mailservice`` (where pip, ruff and mypy keep theirs)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mailservice"


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class ImapSettings(_Login):
    """The mailbox the service reads (issue 5). Active once ``host`` is set; ``enabled = false`` pauses it."""

    enabled: bool = True
    host: str | None = None
    port: int | None = Field(default=None, ge=1, le=65535)  # default: 993 with implicit TLS, else 143
    tls: TlsMode = TlsMode.IMPLICIT
    folder: str = "INBOX"
    # Where a message goes once it is stored and processed, by outcome.
    folder_processed: str = "Verwerkt"
    folder_bounces: str = "Bounces"
    folder_manual: str = "Handmatig"  # needs the secretariat: unhandled, quarantined, too large
    # RFC 2177: re-issue IDLE at least every 29 minutes; NAT boxes and some servers drop quiet links sooner.
    idle_seconds: float = Field(default=300.0, gt=0, le=29 * 60)
    # Polling interval when the server offers no IDLE, and the safety net next to IDLE.
    poll_seconds: float = Field(default=60.0, gt=0)
    timeout: float = Field(default=30.0, gt=0)
    batch_size: int = Field(default=50, ge=1, le=1000)
    max_message_bytes: int = Field(default=40 * 1024 * 1024, ge=1024)
    reconnect_max_seconds: float = Field(default=60.0, gt=0)
    auth_retry_seconds: float = Field(default=300.0, gt=0)

    @property
    def active(self) -> bool:
        return self.enabled and bool(self.host)

    @property
    def effective_port(self) -> int:
        return self.port or (993 if self.tls == TlsMode.IMPLICIT else 143)

    @property
    def account(self) -> str:
        """Names the mailbox in bookmarks and logs (no secret in it)."""
        return f"{self.user}@{self.host}:{self.effective_port}"

    @model_validator(mode="after")
    def _safe(self) -> ImapSettings:
        if not self.host:
            return self
        # A password in clear text over the network is readable by anyone on the path; loopback only.
        if self.tls == TlsMode.NONE and not _is_loopback(self.host):
            raise ValueError("tls = none mag alleen met een loopback-adres (127.0.0.1, ::1, localhost)")
        if not self.user:
            raise ValueError("user ontbreekt (MAILSERVICE_IMAP__USER)")
        return self


class MaildirSourceSettings(_Section):
    """A local folder to drop .eml files in (or a Maildir: new/ is read, done files go to cur/)."""

    path: Path | None = None
    poll_seconds: float = Field(default=1.0, gt=0)
    # A file dropped straight into the folder may still be being written; Maildir's tmp/ -> new/ is atomic.
    settle_seconds: float = Field(default=1.0, ge=0)


class MembershipSettings(_Section):
    token_ttl_days: int = Field(default=14, ge=1, le=365)
    # One reminder to a sign-up that is not confirmed after this many days (0: none); the scheduler sends it.
    reminder_after_days: int = Field(default=3, ge=0, le=365)
    # A sign-up still unconfirmed after this many days lapses (status expired): nobody gets mail for it.
    pending_expiry_days: int = Field(default=30, ge=1, le=3650)
    # Issue 16: a confirmed sign-up waits for the secretariat's approval before the welcome (off: members at once).
    # Invitations the secretariat (or a predecessor) sent need no approval.
    approval: bool = False


class PrivacySettings(_Section):
    """How long the service keeps what it no longer needs (issue 16, AVG art. 5(1)(e)); ``mailservice privacy
    purge`` and its daily job remove it, and the mails that name a period take it from here."""

    # A sign-up or invitation never confirmed: the address and its messages, this many days after it was made.
    pending_signup_days: int = Field(default=60, ge=1, le=3650)
    # The raw copy of a processed message, in and out (the row with kind, rule and reason stays).
    raw_message_days: int = Field(default=365, ge=7, le=3650)
    # A former member (left, or removed): erased this many days after leaving, but for the proof of consent.
    former_member_days: int = Field(default=730, ge=1, le=3650)
    # A bounce event already counted by the scoring job.
    bounce_event_days: int = Field(default=365, ge=30, le=3650)
    # The scheduler applies these periods once a day (false: only ``mailservice privacy purge`` does).
    purge_daily: bool = True


def _local_time(v: str) -> str:
    hours, _, minutes = v.partition(":")
    if not (hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60):
        raise ValueError("moet een tijd zijn als 09:00")
    return f"{int(hours):02d}:{int(minutes):02d}"


class AtelierSettings(_Section):
    """The default timing of an atelier's cycle (issue 7); each atelier can change it (mailservice ateliers add)."""

    # Local calendar days (Europe/Amsterdam) before or after the atelier's day; the step goes out at send_time.
    call_for_themes_days_before: int = Field(default=70, ge=0)  # 10 weeks
    tally_days_before: int = Field(default=49, ge=0)  # 7 weeks
    invitation_days_before: int = Field(default=42, ge=0)  # 6 weeks
    reminder_days_before: int = Field(default=3, ge=0)
    followup_days_after: int = Field(default=2, ge=0)
    send_time: str = "09:00"
    duration_minutes: int = Field(default=180, ge=15)  # when the secretariat gives no end time

    @field_validator("send_time")
    @classmethod
    def _time(cls, v: str) -> str:
        return _local_time(v)


class SchedulerSettings(_Section):
    """The scheduler (issue 7): APScheduler ticks, the database says what is due."""

    enabled: bool = True
    tick_seconds: float = Field(default=30.0, gt=0)
    # The lease one process holds to act as scheduler; another takes over when it expires (a crashed holder).
    lease_seconds: float = Field(default=120.0, gt=0)
    # A step missed while the service was down is still sent this long after its time; later it is marked
    # missed and the secretariat is told (listmonk #1801: a campaign sent hours late after downtime).
    grace_hours: float = Field(default=24.0, ge=0)
    # The weekly digest to the secretariat: ISO weekday (1 = maandag) and local time; skipped when empty.
    digest: bool = True
    digest_weekday: int = Field(default=1, ge=1, le=7)
    digest_time: str = "08:00"

    @field_validator("digest_time")
    @classmethod
    def _time(cls, v: str) -> str:
        return _local_time(v)

    @model_validator(mode="after")
    def _lease_outlives_tick(self) -> SchedulerSettings:
        # A lease shorter than the tick would lapse between renewals and let a second process in.
        if self.lease_seconds <= self.tick_seconds:
            raise ValueError("lease_seconds moet groter zijn dan tick_seconds")
        return self


class BounceSettings(_Section):
    """Scoring of recorded bounces (issue 4; Mailman's bounce_score_threshold, listmonk's BounceActions)."""

    # Soft bounces count once per calendar day (Europe/Amsterdam): one bad afternoon is one strike, not twenty.
    soft_threshold: int = Field(default=5, ge=1)
    window_days: float = Field(default=21.0, gt=0)
    # A quiet period without any bounce wipes the count (Mailman's bounce_info_stale_after).
    quiet_days: float = Field(default=7.0, gt=0)
    # Disabled this long without re-enabling: off the mailings, and the secretariat is told.
    grace_days: float = Field(default=14.0, ge=0)
    # Warn the member when soft bounces disabled delivery (the address still works, partly).
    warn: bool = True
    # The scoring job runs this often, and also right after ingest has processed mail.
    score_seconds: float = Field(default=60.0, gt=0)


class TrustSettings(_Section):
    # Authentication-Results headers (RFC 8601) are believed only from these servers (their authserv-id): our
    # own border mail server, which removes such headers from incoming mail (RFC 8601 section 5). Empty: none
    # is believed, and an unsubscribe needs our reference, a reply in our thread, or a confirmation by mail.
    authserv_ids: list[str] = Field(default_factory=list)


class WebSettings(_Section):
    """The web part of ``mailservice run`` (issue 13): the pages members reach from their mail.

    ``public_url`` is the address members see (in production the https address of the reverse proxy in front
    of ``bind``); without it the links point at ``bind`` itself, which only works on this machine.
    """

    enabled: bool = True
    bind: str = "127.0.0.1:8080"
    public_url: str | None = None
    # The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (addresses or networks);
    # from anyone else those headers are ignored, so nobody can pick the address the rate limit counts.
    trusted_proxies: list[str] = Field(default_factory=lambda: ["127.0.0.1", "::1"])
    # How long the links in a mail work: the one-click unsubscribe (mail clients keep offering it for as long as
    # the member keeps the mail) and the page with the member's own data.
    unsubscribe_link_days: int = Field(default=365, ge=1, le=3650)
    data_link_days: int = Field(default=90, ge=1, le=3650)
    # Requests to pages with a token, per client address and minute (guessing tokens, or a runaway scanner).
    requests_per_minute: int = Field(default=60, ge=1)

    @field_validator("bind")
    @classmethod
    def _bind(cls, v: str) -> str:
        host, sep, port = v.strip().rpartition(":")
        host = host.strip("[]")
        if not sep or not port.isdigit() or not 0 < int(port) < 65536:
            raise ValueError("moet een adres met poort zijn, zoals 127.0.0.1:8080")
        if host != "localhost":
            try:
                ipaddress.ip_address(host)
            except ValueError:
                raise ValueError("moet een IP-adres met poort zijn, zoals 127.0.0.1:8080") from None
        return v.strip()

    @field_validator("public_url")
    @classmethod
    def _public_url(cls, v: str | None) -> str | None:
        if v is None or not v.strip():
            return None
        parsed = urllib.parse.urlsplit(v.strip())
        if parsed.scheme not in {"http", "https"} or not parsed.hostname or parsed.query or parsed.fragment:
            raise ValueError("moet een webadres zijn zoals https://leden.ambtelijkefusie.nl (zonder ? of #)")
        return v.strip().rstrip("/")

    @field_validator("trusted_proxies")
    @classmethod
    def _proxies(cls, v: list[str]) -> list[str]:
        for item in v:
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ValueError(f"{item!r} is geen IP-adres of netwerk") from None
        return v

    @property
    def host(self) -> str:
        return self.bind.rpartition(":")[0].strip("[]")

    @property
    def port(self) -> int:
        return int(self.bind.rpartition(":")[2])

    @property
    def base_url(self) -> str:
        """Where the links in our mail point: ``public_url``, or the bound address itself."""
        if self.public_url:
            return self.public_url
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def one_click(self) -> bool:
        """RFC 8058 3.1: List-Unsubscribe-Post only with an https link."""
        return self.enabled and self.base_url.startswith("https://")


class ConsoleSettings(_Section):
    """The secretariat's console in the web part (issue 14): sessions, login limits, password hashing."""

    session_minutes: int = Field(default=480, ge=5, le=7 * 24 * 60)  # idle this long: logged out
    # Failed logins within the window, per account and per client address, before logging in is refused.
    login_failures_per_account: int = Field(default=5, ge=1)
    login_failures_per_address: int = Field(default=20, ge=1)
    login_window_minutes: int = Field(default=15, ge=1)
    # argon2id cost (RFC 9106's second recommendation: 64 MiB, 3 passes); lower only for tests.
    password_time_cost: int = Field(default=3, ge=1)
    password_memory_kib: int = Field(default=65536, ge=8)


class ClockSettings(_Section):
    """For tests and rehearsals only, never in production: the service's clock from a file (mailservice.clock).

    ``file`` holds an ISO moment with offset (``2027-01-28T09:00+01:00``: time stands still there) or a signed
    number of seconds (``+604800``: a week ahead, running). Refused unless outgoing mail stays on this machine
    (Maildir, or SMTP to a loopback address), like the development key of the VERP tokens (mailservice.outbound.tags).
    """

    file: Path | None = None


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
    signature: SignatureSettings = SignatureSettings()
    receiver: ReceiverSettings = ReceiverSettings()
    outbound: OutboundSettings = OutboundSettings()
    smtp: SmtpSettings = SmtpSettings()
    dkim: DkimSettings = DkimSettings()
    ingest: IngestSettings = Field(default_factory=IngestSettings)  # its model_cache follows XDG_CACHE_HOME now
    imap: ImapSettings = ImapSettings()
    maildir_source: MaildirSourceSettings = MaildirSourceSettings()
    membership: MembershipSettings = MembershipSettings()
    privacy: PrivacySettings = PrivacySettings()
    bounces: BounceSettings = BounceSettings()
    ateliers: AtelierSettings = AtelierSettings()
    scheduler: SchedulerSettings = SchedulerSettings()
    trust: TrustSettings = TrustSettings()
    web: WebSettings = WebSettings()
    console: ConsoleSettings = ConsoleSettings()
    clock: ClockSettings = ClockSettings()
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

    @model_validator(mode="after")
    def _links_reach_members(self) -> Settings:
        # Mail that leaves this machine must not carry links to a page only this machine can open.
        if self.web.enabled and not self.outgoing_stays_local() and not self.web.base_url.startswith("https://"):
            raise ValueError(
                "Instelling web.public_url moet een https-adres zijn zodra de dienst mail naar buiten stuurt (de "
                "links in de mail moeten voor leden werken), of zet web.enabled = false"
            )
        return self

    def outgoing_stays_local(self) -> bool:
        """Outgoing mail cannot reach anyone outside this machine: captured in a Maildir, or SMTP to loopback."""
        return self.outbound.transport == "maildir" or _is_loopback(self.smtp.host)


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
    if not loc:  # a rule across sections (Settings' own validators): the message names the settings itself
        return f"{msg[:1].upper()}{msg[1:]}."
    value = err.get("input")
    shown = "" if isinstance(value, dict) or "password" in loc else f" (waarde: {value!r})"
    return f"Instelling {loc} is ongeldig{shown}: {msg} (zet via {env} of het configuratiebestand)."
