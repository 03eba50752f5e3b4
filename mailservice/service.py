"""``mailservice run``: the long-running service. Receiver, ingest worker and sender, woken by events.

Each arrival wakes the ingest worker at once, and each processed message wakes the sender, so a sign-up is
answered within milliseconds; a slow timer on both is only the safety net (no polling loop sets the pace).
SIGINT/SIGTERM stop the receiver first (no new mail), then let the workers finish the message in hand.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from types import FrameType

from aiosmtpd.controller import Controller

from mailservice import ingest
from mailservice.app import App
from mailservice.bouncelog.scoring import run_scoring
from mailservice.jobs.scheduler import Scheduler
from mailservice.sources.configured import Source, configured_sources
from mailservice.sources.receiver import ReceiverHandler, make_controller
from mailservice.web.server import WebServer, make_web_app

log = logging.getLogger(__name__)


class _Worker(threading.Thread):
    def __init__(self, name: str, work: Callable[[Callable[[], bool]], object], interval: float, stop: threading.Event):
        super().__init__(name=name, daemon=True)
        self.work = work
        self.interval = interval
        self.wake = threading.Event()
        self.stop = stop

    def run(self) -> None:
        while not self.stop.is_set():
            self.wake.wait(self.interval)
            self.wake.clear()
            if self.stop.is_set():
                break
            try:
                self.work(self.stop.is_set)
            except Exception:  # a failing tick must not end the service: log it and try again later
                log.exception("%s: tick failed; retrying", self.name)
                self.stop.wait(min(self.interval, 5.0))


class Service:
    def __init__(self, app: App) -> None:
        self.app = app
        self.stop = threading.Event()
        self.sender = _Worker("sender", lambda stop: app.sender.drain(stop), 1.0, self.stop)

        def ingest_tick(stop: Callable[[], bool]) -> None:
            if app.ingest.process_pending(stop):
                self.sender.wake.set()
                self.bounces.wake.set()  # new bounce events are scored at once, not at the next interval
                for source in self.sources:
                    source.wake()  # the IMAP source files what was processed by its outcome

        def bounce_tick(stop: Callable[[], bool]) -> None:
            if run_scoring(app.factory, app.settings, app.clock, app.outbox).mails:
                self.sender.wake.set()

        self.ingest = _Worker("ingest", ingest_tick, app.settings.ingest.poll_seconds, self.stop)
        # Issue 4: the periodic bounce-scoring job (thresholds, decay, grace period need the clock to move).
        self.bounces = _Worker("bounces", bounce_tick, app.settings.bounces.score_seconds, self.stop)
        self.controller: Controller | None = None
        self.web: WebServer | None = None
        self.sources: list[Source] = []
        self.threads: list[threading.Thread] = []
        # Issue 7: APScheduler ticks; what is due lives in the database, and a lease lets one process act.
        self.scheduler = Scheduler(app.factory, app.ingest.env, app.clock, on_enqueued=self.sender.wake.set)

    def _store(self, raw: bytes, envelope_from: str, envelope_to: list[str], protocol: str) -> int:
        return ingest.store(
            self.app.factory,
            raw,
            source=protocol,
            clock=self.app.clock,
            envelope_from=envelope_from,
            envelope_to=envelope_to,
        )

    def start(self) -> None:
        settings = self.app.settings
        if settings.web.enabled:
            # Issue 13: the pages members reach from their mail; an act there wakes the sender like an arrival.
            # First: a web address that cannot be bound stops the start before any mail is accepted.
            self.web = WebServer(make_web_app(self.app, on_enqueued=self.sender.wake.set), settings.web)
            self.web.start()
        self.app.sender.recover()
        self.sender.start()
        if settings.ingest.process:
            # Issue 17: the learned model trains once per process (half a minute on two cores), or is read back from
            # ingest.model_cache in a moment. Start it now, in the background, so the first message does not wait for
            # it; one that comes sooner waits on its lock.
            # (Not joined at shutdown: it touches no database, and a stop need not wait for it.)
            threading.Thread(target=self.app.ingest.reader, name="leer-model", daemon=True).start()
            self.ingest.start()
            self.ingest.wake.set()  # whatever an earlier run stored but did not process
        else:
            log.warning("ingest.process = false: mail is stored but not processed")
        self.sender.wake.set()
        self.bounces.start()
        if settings.scheduler.enabled:
            self.scheduler.start()
        if settings.receiver.enabled:
            handler = ReceiverHandler(
                settings.service, self._store, settings.receiver.protocol, on_stored=self.ingest.wake.set
            )
            self.controller = make_controller(settings.receiver, handler)
            self.controller.start()
            log.info(
                "%s receiver listening on %s:%s for %s",
                settings.receiver.protocol.upper(),
                settings.receiver.host,
                settings.receiver.port,
                settings.service.address,
            )
        # Each pulling source (IMAP, Maildir) in a thread of its own. Like the receiver, each only stores and wakes
        # the ingest worker; the IMAP source files a message by its outcome once ingest has processed it.
        self.sources = configured_sources(settings, self.app.factory, self.app.clock, on_stored=self.ingest.wake.set)
        for source in self.sources:
            thread = threading.Thread(target=source.run, args=(self.stop,), name=f"source-{source.name}", daemon=True)
            thread.start()
            self.threads.append(thread)
        target = (
            settings.outbound.maildir
            if settings.outbound.transport == "maildir"
            else (f"smtp://{settings.smtp.host}:{settings.smtp.port}")
        )
        log.info("outgoing mail goes to %s", target)

    def shutdown(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None
        if self.web is not None:  # no new requests; the one in hand finishes
            self.web.stop()
            self.web = None
        self.stop.set()
        self.scheduler.shutdown()  # waits for a running tick, then frees the lease for another process
        for thread in self.threads:  # no new mail first; each finishes the message in hand
            thread.join(timeout=30)
        for worker in (self.ingest, self.bounces, self.sender):
            worker.wake.set()
            if worker.is_alive():
                worker.join(timeout=30)
        self.app.close()
        log.info("stopped cleanly")

    def run_forever(self) -> None:
        def on_signal(signum: int, frame: FrameType | None) -> None:
            log.info("received %s, stopping", signal.Signals(signum).name)
            self.stop.set()

        signal.signal(signal.SIGINT, on_signal)
        signal.signal(signal.SIGTERM, on_signal)
        self.start()
        try:
            while not self.stop.wait(0.5):
                pass
        finally:
            self.shutdown()
