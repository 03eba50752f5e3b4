"""Start ``mailservice run`` as a real process on embedded defaults in a scratch folder."""

from __future__ import annotations

import email
import email.policy
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from email.message import EmailMessage
from pathlib import Path

from tests.servers import free_port
from tests.support import learned_model_on_disk

__all__ = ["ServiceProcess", "free_port"]


class ServiceProcess:
    def __init__(self, workdir: Path, port: int | None = None, env: dict[str, str] | None = None) -> None:
        self.workdir = workdir
        self.port = port or free_port()
        self.web_port = free_port()  # the web part (issue 13): never the embedded 8080, tests run side by side
        self.extra_env = env or {}
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = workdir / "service.log"

    def environment(self, **env: str) -> dict[str, str]:
        """The process's environment: ours without MAILSERVICE_ variables, then the test's settings."""
        environment = {k: v for k, v in os.environ.items() if not k.startswith("MAILSERVICE_")}
        environment.update(self.extra_env)
        environment.update(env)
        environment["MAILSERVICE_RECEIVER__PORT"] = str(self.port)
        environment.setdefault("MAILSERVICE_WEB__BIND", f"127.0.0.1:{self.web_port}")
        return environment

    def cli(self, *args: str) -> str:
        """A ``mailservice`` command on the same settings (database, test clock) as the service; its output."""
        done = subprocess.run(
            [sys.executable, "-m", "mailservice", *args],
            cwd=self.workdir,
            env=self.environment(),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def start(self, **env: str) -> ServiceProcess:
        learned_model_on_disk()  # once per session: the service reads it instead of training
        environment = self.environment(**env)
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "mailservice", "run"],
                cwd=self.workdir,
                env=environment,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"service exited with {self.proc.returncode}:\n{self.log.read_text()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    pass
                if environment.get("MAILSERVICE_WEB__ENABLED", "true").lower() == "true":
                    with socket.create_connection(("127.0.0.1", self.web_port), timeout=0.5):
                        pass
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("service did not start listening:\n" + self.log.read_text())

    @property
    def web_url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self, sig: int = signal.SIGTERM) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                return self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                raise
        return self.proc.returncode

    @property
    def outbox(self) -> Path:
        return self.workdir / "var" / "outbox" / "new"

    def outbox_messages(self) -> list[EmailMessage]:
        if not self.outbox.exists():
            return []
        return [
            email.message_from_bytes(p.read_bytes(), policy=email.policy.default)  # type: ignore[misc]
            for p in sorted(self.outbox.iterdir())
        ]

    def wait_for_outbox(self, count: int, timeout: float = 20) -> list[EmailMessage]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            msgs = self.outbox_messages()
            if len(msgs) >= count:
                return msgs
            time.sleep(0.02)
        raise AssertionError(f"expected {count} message(s) in the outbox, found {len(self.outbox_messages())}")

    def db(self) -> sqlite3.Connection:
        return sqlite3.connect(self.workdir / "var" / "mailservice.db")
