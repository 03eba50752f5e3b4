"""Explicit wiring in one place: settings in, the service's parts out (listmonk's cmd/init.go).

Nothing here runs at import time; entry points (cli, tests, benchmarks) call ``build``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from mailservice import db
from mailservice.actions import ActEnv
from mailservice.clock import Clock, system_clock
from mailservice.ingest import Ingest
from mailservice.outbox import Outbox
from mailservice.render import Renderer
from mailservice.sender import Sender
from mailservice.settings import Settings
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

    def close(self) -> None:
        self.sender.transport.close()
        self.engine.dispose()


def make_transport(settings: Settings) -> Transport:
    if settings.outbound.transport == "smtp":
        return SmtpTransport(settings.smtp)
    return MaildirTransport(settings.outbound.maildir)


def build(settings: Settings, clock: Clock = system_clock, migrate: bool = True) -> App:
    engine = db.make_engine(settings.database)
    if migrate:
        db.migrate(engine)
    factory = db.make_sessionmaker(engine)
    renderer = Renderer()
    outbox = Outbox(renderer=renderer, service=settings.service, clock=clock)
    env = ActEnv(settings=settings, outbox=outbox, clock=clock)
    sender = Sender(
        factory=factory,
        transport=make_transport(settings),
        clock=clock,
        domain=settings.service.domain,
        batch_size=settings.outbound.batch_size,
        retry_deadline=timedelta(days=3),
    )
    return App(
        settings=settings,
        engine=engine,
        factory=factory,
        renderer=renderer,
        ingest=Ingest(factory=factory, env=env),
        sender=sender,
        clock=clock,
    )
