"""Shared by the benchmarks: the test suite's private Dovecot and Postfix, started for one run and stopped."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.servers.dovecot import PASSWORD, Dovecot
from tests.servers.fixtures import server_root
from tests.servers.postfix import Postfix


@contextmanager
def servers(with_postfix: bool = True) -> Iterator[tuple[Dovecot, Postfix | None]]:
    root = server_root("bench")
    dovecot = Dovecot(root).setup().start()
    postfix = None
    try:
        if with_postfix:
            postfix = Postfix(root, dovecot).setup().start()
        yield dovecot, postfix
    finally:
        if postfix is not None:
            postfix.stop()
        dovecot.stop()
        shutil.rmtree(root, ignore_errors=True)


def imap_env(dovecot: Dovecot, user: str) -> dict[str, str]:
    return {
        "MAILSERVICE_IMAP__HOST": "127.0.0.1",
        "MAILSERVICE_IMAP__PORT": str(dovecot.imap_port),
        "MAILSERVICE_IMAP__TLS": "none",
        "MAILSERVICE_IMAP__USER": user,
        "MAILSERVICE_IMAP__PASSWORD": PASSWORD,
    }
