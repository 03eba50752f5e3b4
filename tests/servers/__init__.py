"""Private mail servers on loopback for tests and benchmarks: Dovecot (IMAP, LMTP) and Postfix (SMTP).

Each runs from a scratch folder with a complete configuration of its own (nothing read from /etc), on free
ports, and is stopped by the PID it wrote, never by name (../shared/docs/SERVERS.md). The Debian packages
come from scripts/debian-packages.txt (``make test`` installs them): these tests are not optional.
"""

from __future__ import annotations

import itertools
import os
import socket
import time

# Ports are handed out from a range of this worker's own (pytest-xdist runs the suite in several processes): a port
# asked of the kernel with bind(0) and closed again may go to another worker before our server binds it. The ranges
# lie below Linux's ephemeral ports (32768 and up), so no outgoing connection takes them either.
_FIRST, _LAST = 20000, 32000
_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
_SPAN = (_LAST - _FIRST) // max(1, int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1")))
_NEXT = itertools.count()


def free_port() -> int:
    """A port on 127.0.0.1 that is free now and that no other test worker will hand out."""
    start = _FIRST + _WORKER * _SPAN
    for _ in range(_SPAN):
        port = start + next(_NEXT) % _SPAN
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port between {start} and {start + _SPAN}")


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
