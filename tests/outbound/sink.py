"""aiosmtpd sinks for the outbound tests: count every copy per recipient, and misbehave on request.

A copy counts once the sink has answered 250 to its DATA: what a real server has then accepted. Faults
(``Faults``) are the ones issue 6 lists: a connection dropped after N messages, 421/451 answers at random, and
the server down for a while (``down_for``).
"""

from __future__ import annotations

import random
import ssl
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.servers import free_port, wait_for_port


@dataclass
class Faults:
    drop_after: int = 0  # close the connection at the MAIL of the (N+1)th message of a session
    p451_rcpt: float = 0.0
    p421_data: float = 0.0
    seed: int = 6


@dataclass
class SinkHandler:
    keep: bool = True
    reject: dict[str, str] = field(default_factory=dict)  # address -> reply, e.g. "550 5.1.1 ..."
    reject_all: str | None = None
    tempfail_first: int = 0  # answer 451 to the first N RCPTs (a 4xx storm)
    faults: Faults = field(default_factory=Faults)
    count: Counter[str] = field(default_factory=Counter)
    messages: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    rcpts_seen: int = 0
    down: bool = False  # every session is dropped at its next command: the server is going away

    def __post_init__(self) -> None:
        self.rng = random.Random(self.faults.seed)

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str, options: list[str]) -> str:
        n = getattr(session, "sink_messages", 0)
        if self.down or (self.faults.drop_after and n >= self.faults.drop_after):
            server.transport.close()  # no answer at all: the client sees the connection go
            return "250 OK"
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: list[str]) -> str:
        with self.lock:
            self.rcpts_seen += 1
            seen = self.rcpts_seen
        if self.reject_all:
            return self.reject_all
        if address in self.reject:
            return self.reject[address]
        if seen <= self.tempfail_first:
            return "451 4.7.1 Probeer het later nog eens"
        if self.faults.p451_rcpt and self.rng.random() < self.faults.p451_rcpt:
            return "451 4.3.0 Tijdelijk probleem"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.faults.p421_data and self.rng.random() < self.faults.p421_data:
            server.transport.close()
            return "421 4.3.2 Dienst niet beschikbaar"
        session.sink_messages = getattr(session, "sink_messages", 0) + 1
        with self.lock:
            for rcpt in envelope.rcpt_tos:
                self.count[rcpt] += 1
            if self.keep:
                self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 2.0.0 Ok: queued as SINK"


class Sink:
    def __init__(self, handler: SinkHandler | None = None, **smtp_kwargs: Any) -> None:
        self.handler = handler or SinkHandler()
        self.port = free_port()
        self.smtp_kwargs = smtp_kwargs
        self.controller: Controller | None = None

    def start(self) -> Sink:
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, **self.smtp_kwargs)
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def down_for(self, seconds: float) -> threading.Thread:
        """Go away for ``seconds``, in the background: first drop every session at its next command (so no
        reply to an accepted message is lost, which would be a true in-flight duplicate), then stop listening
        (connection refused), then come back."""

        def back() -> None:
            self.handler.down = True
            time.sleep(0.3)
            self.stop()
            time.sleep(seconds)
            self.handler.down = False
            self.start()
            wait_for_port(self.port)

        thread = threading.Thread(target=back, daemon=True)
        thread.start()
        return thread

    @property
    def duplicates(self) -> int:
        return sum(n - 1 for n in self.handler.count.values() if n > 1)


def authenticator(user: str, password: str):  # type: ignore[no-untyped-def]
    def check(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == user
            and (auth_data.password.decode() == password)
        )
        return AuthResult(success=ok, handled=False)

    return check


def server_context(cert: str, key: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    return ctx
