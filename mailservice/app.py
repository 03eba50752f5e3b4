"""Explicit wiring in one place: settings in, the service's parts out (listmonk's cmd/init.go).

Nothing here runs at import time; entry points (cli, tests, benchmarks) call ``build``.
"""

from __future__ import annotations

from dataclasses import dataclass
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from mailservice import db
from mailservice.actions import ActEnv
from mailservice.clock import Clock, system_clock
from mailservice.ingest import Ingest
from mailservice.outbox import Outbox
from mailservice.render import Renderer
from mailservice.dkim_signer import DkimSigner
from mailservice.sender import Policy, Sender
from mailservice.settings import Settings
from mailservice.tags import Tagger, hmac_key
from mailservice.transports import Transport
from mailservice.transports.maildir import MaildirTransport
from mailservice.transports.smtp import SmtpTransport


@dataclass
class App:
    settings: Settings
    engine: Engine
    factory: sessionmaker[Session]
    renderer: Renderer
    ingest: Ingest
    sender: Sender
    clock: Clock
    outbox: Outbox

    def close(self) -> None:
        self.engine.dispose()


def make_transport(settings: Settings) -> Transport:
    """One transport = one connection; the sender makes one per sending thread."""
    if settings.outbound.transport == "smtp":
        return SmtpTransport(settings.smtp, helo_name=settings.service.domain)
    return MaildirTransport(settings.outbound.maildir)


def make_signer(settings: Settings) -> DkimSigner | None:
    d = settings.dkim
    return DkimSigner.from_file(d.key_file, domain=d.domain, selector=d.selector) if d.key_file else None


def build(settings: Settings, clock: Clock = system_clock, migrate: bool = True) -> App:
    engine = db.make_engine(settings.database)
    if migrate:
        db.migrate(engine)
    factory = db.make_sessionmaker(engine)
    renderer = Renderer()
    tagger = Tagger(hmac_key(settings), settings.service.domain)
    outbox = Outbox(renderer=renderer, service=settings.service, clock=clock, outbound=settings.outbound, tagger=tagger)
    env = ActEnv(settings=settings, outbox=outbox, clock=clock)
    sender = Sender(
        factory,
        lambda: make_transport(settings),
        clock,
        tagger=tagger,
        outbox=outbox,
        secretariat=settings.service.secretariat,
        # A Maildir is one local folder that nobody throttles: one thread, no provider rate limits.
        policy=Policy.from_settings(settings.outbound) if settings.outbound.transport == "smtp"
        else Policy.from_settings(settings.outbound.model_copy(
            update={"connections": 1, "rate_per_minute": 0, "rate_per_day": 0})),
        signer=make_signer(settings),
    )
    return App(
        settings=settings,
        engine=engine,
        factory=factory,
        renderer=renderer,
        ingest=Ingest(factory=factory, env=env),
        sender=sender,
        clock=clock,
        outbox=outbox,
    )
