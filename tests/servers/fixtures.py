"""pytest session fixtures: one Dovecot and one Postfix per test session, stopped by PID at the end.

Import them into a conftest.py (``from tests.servers.fixtures import dovecot, postfix  # noqa: F401``).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers.dovecot import Dovecot
from tests.servers.postfix import Postfix


def server_root(name: str) -> Path:
    """A scratch folder the servers' own users (mail, postfix) can traverse: pytest's tmp dirs are 0700."""
    root = Path(tempfile.mkdtemp(prefix=f"mailservice-{name}-"))
    root.chmod(0o755)
    return root


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    root = server_root("dovecot")
    server = Dovecot(root).setup().start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postfix(dovecot: Dovecot) -> Iterator[Postfix]:
    root = server_root("postfix")
    server = Postfix(root, dovecot).setup().start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
