"""Explicit wiring in one place: settings in, the service's parts out (listmonk's cmd/init.go).

Nothing here runs at import time; entry points (cli, tests, benchmarks) call ``build``.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from mailservice.classify import learned
from mailservice.clock import Clock, FileClock, system_clock
from mailservice.env import ActEnv
from mailservice.ingest import Ingest
from mailservice.outbound.compose import Identity
from mailservice.outbound.dkim import DkimSigner
from mailservice.outbound.outbox import Outbox
from mailservice.outbound.render import Renderer, render_globals
from mailservice.outbound.render_pool import RenderPool, default_workers
from mailservice.outbound.routes import routes_that_left
from mailservice.outbound.sender import Policy, Sender
from mailservice.outbound.tags import Tagger, hmac_key
from mailservice.outbound.transports import Transport
from mailservice.outbound.transports.maildir import MaildirTransport
from mailservice.outbound.transports.smtp import SmtpTransport
from mailservice.settings import Settings, SettingsError
from mailservice.store import db

log = logging.getLogger(__name__)


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
        if self.outbox.render_pool is not None:
            self.outbox.render_pool.close()
        self.engine.dispose()


def make_transport(settings: Settings) -> Transport:
    """One transport = one connection; the sender makes one per sending thread."""
    if settings.outbound.transport == "smtp":
        return SmtpTransport(settings.smtp, helo_name=settings.service.domain)
    return MaildirTransport(settings.outbound.maildir)


def make_signer(settings: Settings) -> DkimSigner | None:
    d = settings.dkim
    return DkimSigner.from_file(d.key_file, domain=d.domain, selector=d.selector) if d.key_file else None


def make_clock(settings: Settings) -> Clock:
    """The system clock; the test clock of ``clock.file`` only while outgoing mail stays on this machine."""
    path = settings.clock.file
    if path is None:
        return system_clock
    if not settings.outgoing_stays_local():
        raise SettingsError(
            "Instelling clock.file is alleen voor tests en oefenruns: de dienst zou leden mail sturen op een "
            "verkeerd tijdstip. Gebruik hem alleen met outbound.transport = maildir of smtp.host op loopback."
        )
    try:
        clock = FileClock(path)
    except FileNotFoundError:
        raise SettingsError(f"Instelling clock.file: het bestand {path} bestaat niet.") from None
    except (OSError, ValueError) as exc:
        raise SettingsError(f"Instelling clock.file ({path}) is onbruikbaar: {exc}.") from None
    log.warning("test clock: the time comes from %s (now %s), not from the system", path, clock().isoformat())
    return clock


def refuse_rehearsal_on_real_mail(factory: sessionmaker[Session]) -> None:
    """The test clock on a database whose mail has left this machine is refused (issue 19, item 6): a rehearsal
    would mark that database's atelier steps as sent and date its rows ahead."""
    with factory() as session:
        left = routes_that_left(session)
    if left:
        raise SettingsError(
            f"Instelling clock.file: deze database heeft al echte mail verstuurd (via {', '.join(left)}); oefen met "
            "de testklok op een eigen database (database.url), anders gelden de stappen van de oefening als "
            "verstuurd en missen leden hun echte mail."
        )


def build(settings: Settings, clock: Clock | None = None, migrate: bool = True) -> App:
    """``clock``: the tests' own; otherwise make_clock decides (the only place the clock is chosen)."""
    clock = clock if clock is not None else make_clock(settings)
    engine = db.make_engine(settings.database)
    if migrate:
        db.migrate(engine)
    factory = db.make_sessionmaker(engine)
    if isinstance(clock, FileClock):
        try:
            refuse_rehearsal_on_real_mail(factory)
        except SettingsError:
            engine.dispose()
            raise
    try:
        learned.local_examples(settings.ingest.learned_examples)  # read when first needed; checked now
    except (ValueError, OSError) as exc:
        engine.dispose()
        raise SettingsError(f"ingest.learned_examples: {exc}") from None
    renderer = Renderer(globals_=render_globals(settings))
    tagger = Tagger(hmac_key(settings), settings.service.domain)
    o = settings.outbound
    render_pool = RenderPool(
        renderer,
        Identity(settings.service.domain, settings.service.from_name, settings.service.address),
        default_workers() if o.render_workers is None else o.render_workers,
        start_after=o.render_pool_from,
    )
    outbox = Outbox(
        renderer=renderer,
        service=settings.service,
        clock=clock,
        outbound=o,
        tagger=tagger,
        render_pool=render_pool,
        web=settings.web,
    )
    env = ActEnv(settings=settings, outbox=outbox, clock=clock)
    sender = Sender(
        factory,
        lambda: make_transport(settings),
        clock,
        tagger=tagger,
        outbox=outbox,
        secretariat=settings.service.secretariat,
        # A Maildir is one local folder that nobody throttles: one thread, no provider rate limits.
        policy=Policy.from_settings(settings.outbound)
        if settings.outbound.transport == "smtp"
        else Policy.from_settings(
            settings.outbound.model_copy(update={"connections": 1, "rate_per_minute": 0, "rate_per_day": 0})
        ),
        signer=make_signer(settings),
    )
    return App(
        settings=settings,
        engine=engine,
        factory=factory,
        renderer=renderer,
        ingest=Ingest(
            factory=factory,
            env=env,
            reader=functools.partial(learned.model, settings.ingest.learned_examples, settings.ingest.model_cache),
        ),
        sender=sender,
        clock=clock,
        outbox=outbox,
    )
