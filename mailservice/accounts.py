"""The console's accounts and sessions (issue 14): argon2id passwords, optional TOTP, server-side sessions.

Logging in is limited per account and per client address (failed attempts in a window, ``ConsoleSettings``), and
every attempt is a row. A session is a random token in a cookie whose SHA-256 is the row's key: logging out or
disabling the account ends it at once, whatever the browser keeps. Every change is in the audit log.
"""

from __future__ import annotations

import enum
import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from mailservice import audit
from mailservice.settings import ConsoleSettings
from mailservice.store.models import LoginAttempt, Role, User, WebSession

USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,79}")
MIN_PASSWORD = 12
ROLES = {role.value: role for role in Role}


class AccountError(ValueError):
    """A wrong request about an account: the message is one Dutch sentence."""


def hasher(settings: ConsoleSettings) -> PasswordHasher:
    # argon2id (RFC 9106); the cost comes from the settings (tests lower it: 120 ms per hash at the defaults).
    return PasswordHasher(
        time_cost=settings.password_time_cost, memory_cost=settings.password_memory_kib, parallelism=2
    )


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"Een wachtwoord heeft minstens {MIN_PASSWORD} tekens.")


def find(session: Session, username: str) -> User | None:
    return session.scalars(select(User).where(User.username == username.strip().lower())).first()


def create(
    session: Session,
    settings: ConsoleSettings,
    username: str,
    name: str,
    role: str,
    password: str,
    *,
    actor: audit.Actor,
    now: datetime,
) -> User:
    username = username.strip().lower()
    if not USERNAME.fullmatch(username):
        raise AccountError(
            "Een gebruikersnaam is 2 tot 80 kleine letters, cijfers, punten, streepjes of liggende streepjes."
        )
    if role not in ROLES:
        raise AccountError(f"Onbekende rol {role!r}: kies {', '.join(ROLES)}.")
    if find(session, username) is not None:
        raise AccountError(f"Er is al een account {username}.")
    _check_password(password)
    user = User(
        username=username,
        name=name.strip() or username,
        role=role,
        password_hash=hasher(settings).hash(password),
        created_at=now,
    )
    session.add(user)
    audit.record(session, actor, "account", f"account aangemaakt ({role})", at=now, subject=username)
    return user


def set_password(
    session: Session, settings: ConsoleSettings, username: str, password: str, *, actor: audit.Actor, now: datetime
) -> None:
    user = _existing(session, username)
    _check_password(password)
    user.password_hash = hasher(settings).hash(password)
    _end_sessions(session, user, now)  # a new password ends every session, a stolen one included
    audit.record(session, actor, "account", "wachtwoord gewijzigd", at=now, subject=user.username)


def disable(session: Session, username: str, *, actor: audit.Actor, now: datetime) -> None:
    user = _existing(session, username)
    user.disabled_at = now
    _end_sessions(session, user, now)
    audit.record(session, actor, "account", "account uitgeschakeld", at=now, subject=user.username)


def enable_totp(session: Session, username: str, *, actor: audit.Actor, now: datetime) -> str:
    """Switch on the second factor; returns the otpauth:// address for an authenticator app."""
    user = _existing(session, username)
    user.totp_secret = pyotp.random_base32()
    audit.record(session, actor, "account", "tweede factor (TOTP) aangezet", at=now, subject=user.username)
    return pyotp.TOTP(user.totp_secret).provisioning_uri(name=user.username, issuer_name="mailservice")


def _existing(session: Session, username: str) -> User:
    user = find(session, username)
    if user is None:
        raise AccountError(f"Er is geen account {username.strip().lower()}.")
    return user


def _end_sessions(session: Session, user: User, now: datetime) -> None:
    session.execute(
        update(WebSession).where(WebSession.user_id == user.id, WebSession.ended_at.is_(None)).values(ended_at=now)
    )


# -- logging in ------------------------------------------------------------------------------------------------
class LoginResult(enum.StrEnum):
    OK = "ok"
    WRONG = "wrong"  # unknown account, wrong password or wrong code: one answer for all, nothing to learn from it
    LOCKED = "locked"  # too many failed attempts for this account or from this address
    CODE_NEEDED = "code_needed"


# A hash to verify against when the account does not exist: the answer takes as long either way.
_NO_SUCH_USER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash("niemand")


def _failures(session: Session, column: InstrumentedAttribute[str | None], value: str, since: datetime) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(LoginAttempt)
            .where(column == value, LoginAttempt.ok.is_(False), LoginAttempt.at > since)
        )
        or 0
    )


def login(
    session: Session,
    settings: ConsoleSettings,
    username: str,
    password: str,
    code: str | None,
    *,
    address: str,
    now: datetime,
) -> tuple[LoginResult, User | None]:
    username = username.strip().lower()[:80]
    since = now - timedelta(minutes=settings.login_window_minutes)
    if (
        _failures(session, LoginAttempt.username, username, since) >= settings.login_failures_per_account
        or _failures(session, LoginAttempt.address, address, since) >= settings.login_failures_per_address
    ):
        session.add(LoginAttempt(at=now, username=username, address=address, ok=False))
        return LoginResult.LOCKED, None
    user = find(session, username)
    ok = False
    try:
        ok = hasher(settings).verify(user.password_hash if user else _NO_SUCH_USER, password) and user is not None
    except (VerificationError, InvalidHashError):
        ok = False
    if ok and user is not None and user.disabled_at is not None:
        ok = False
    if ok and user is not None and user.totp_secret:
        if not code:
            return LoginResult.CODE_NEEDED, None  # not an attempt yet: the password was right
        ok = pyotp.TOTP(user.totp_secret).verify(code.strip().replace(" ", ""), for_time=now, valid_window=1)
    session.add(LoginAttempt(at=now, username=username, address=address, ok=ok))
    if not ok or user is None:
        return LoginResult.WRONG, None
    user.last_login_at = now
    audit.record(session, audit.Actor(user.username, address), "account", "ingelogd", at=now, subject=user.username)
    return LoginResult.OK, user


@dataclass(frozen=True)
class Started:
    token: str  # for the cookie; only its hash is stored
    csrf: str


def start_session(session: Session, settings: ConsoleSettings, user: User, *, address: str, now: datetime) -> Started:
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    session.add(
        WebSession(
            token_hash=_digest(token),
            user_id=user.id,
            csrf=csrf,
            address=address,
            created_at=now,
            last_seen_at=now,
            expires_at=now + timedelta(minutes=settings.session_minutes),
        )
    )
    return Started(token, csrf)


@dataclass(frozen=True)
class Current:
    """The signed-in person of a request: what the pages need, read while the session was open."""

    username: str
    name: str
    role: str
    csrf: str
    stale: bool = False  # last seen over a minute ago: ``touch`` moves its expiry on


def current(session: Session, token: str | None, *, now: datetime) -> Current | None:
    """The session of this cookie, if it is live. Only reads: every page asks, and a read takes no write lock."""
    if not token or len(token) > 100:
        return None
    row = session.scalars(select(WebSession).where(WebSession.token_hash == _digest(token))).first()
    if row is None or row.ended_at is not None or row.expires_at <= now or row.user.disabled_at is not None:
        return None
    stale = now - row.last_seen_at > timedelta(minutes=1)
    return Current(row.user.username, row.user.name, row.user.role, row.csrf, stale)


def touch(session: Session, settings: ConsoleSettings, token: str, *, now: datetime) -> None:
    """A session stays live while used (sliding expiry): one write a minute at most, not one per page."""
    session.execute(
        update(WebSession)
        .where(WebSession.token_hash == _digest(token), WebSession.ended_at.is_(None))
        .values(last_seen_at=now, expires_at=now + timedelta(minutes=settings.session_minutes))
    )


def end_session(session: Session, token: str | None, *, now: datetime) -> None:
    if token:
        session.execute(
            update(WebSession)
            .where(WebSession.token_hash == _digest(token), WebSession.ended_at.is_(None))
            .values(ended_at=now)
        )
