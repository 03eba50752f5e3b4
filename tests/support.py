"""Helpers the tests share: a controllable clock, settings on a private folder, building and delivering mail."""

from __future__ import annotations

import email
import email.policy
import email.utils
import os
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

from mailservice import ingest
from mailservice.app import App
from mailservice.classify import learned
from mailservice.outbound.flowed import unflow
from mailservice.settings import Settings, user_cache_folder
from mailservice.store.models import InboundMessage

REPO = Path(__file__).resolve().parent.parent


def corpus_root() -> Path:
    """The shared corpus: MAILSERVICE_CORPUS, else ../shared/corpus next to the repository."""
    return Path(os.environ.get("MAILSERVICE_CORPUS", REPO.parent / "shared" / "corpus"))


def learned_model_on_disk() -> None:
    """Train the learned model once per session into the cache folder every process the tests start reads.

    The root conftest points XDG_CACHE_HOME at a folder of the session; a started service then reads the model in a
    moment instead of training it for half a minute while a test waits for its first answer.
    """
    learned.model(None, user_cache_folder())


class FakeClock:
    def __init__(self, start: datetime = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


def make_settings(tmp: Path, **sections: dict) -> Settings:
    data = {
        "database": {"url": f"sqlite:///{tmp / 'mailservice.db'}", "sqlite_synchronous": "NORMAL"},
        "outbound": {"maildir": str(tmp / "outbox")},
    }
    for key, value in sections.items():
        data.setdefault(key, {}).update(value)
    return Settings(**data)


def mail(
    sender: str = "Jan Jansen <j.jansen@gemeente-a.nl>",
    subject: str = "Aanmelden",
    body: str = "Graag meld ik mij aan voor het netwerk.",
    *,
    msgid: str | None = None,
    in_reply_to: str | None = None,
    headers: dict[str, str] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "info@ambtelijkefusie.nl"
    msg["Subject"] = subject
    msg["Message-ID"] = msgid or email.utils.make_msgid(domain="gemeente-a.nl")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    return msg.as_bytes()


def deliver(app: App, raw: bytes, envelope_from: str | None = None) -> int:
    """Store and process one message as a source would, then run the sender; returns the inbound id."""
    inbound_id = ingest.store(app.factory, raw, source="test", clock=app.clock, envelope_from=envelope_from)
    app.ingest.process_pending()
    app.sender.drain()
    return inbound_id


def outbox_messages(maildir: Path) -> list[EmailMessage]:
    files = sorted((maildir / "new").iterdir()) if (maildir / "new").exists() else []
    return [email.message_from_bytes(f.read_bytes(), policy=email.policy.default) for f in files]  # type: ignore[misc]


def text_of(msg: EmailMessage) -> str:
    """The plain text as a reader sees it: format=flowed soft breaks joined (RFC 3676, issue 19 item 9)."""
    body = msg.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    return unflow(text) if body.get_param("format") == "flowed" else text


def inbound_row(app: App, inbound_id: int) -> InboundMessage:
    """The stored inbound message, detached from its session (its status, kind and reason after processing)."""
    with app.factory() as session:
        row = session.get(InboundMessage, inbound_id)
        assert row is not None
        session.expunge(row)
        return row
