"""Private mail servers on loopback for tests and benchmarks: Dovecot (IMAP, LMTP) and Postfix (SMTP).

Each runs from a scratch folder with a complete configuration of its own (nothing read from /etc), on free
ports, and is stopped by the PID it wrote, never by name (../shared/docs/SERVERS.md). The Debian packages
come from scripts/debian-packages.txt (``make test`` installs them): these tests are not optional.
"""

from __future__ import annotations

import socket
import time


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 15.0, what: str = "server") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"{what} did not listen on 127.0.0.1:{port} within {timeout} s")


def wait_for_port_closed(port: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                time.sleep(0.05)
        except OSError:
            return
    raise RuntimeError(f"port {port} still open after {timeout} s")
