"""How far long work has come, for whoever watches: the command line's progress bar (issue 19, item 15).

Long work deep in the service (a mailing written row by row, ``outbound.mailings``) reports each step here; the
command that started it may watch (``watching``), and nobody watches by default, so the service itself pays one
context-variable lookup a step. A context variable rather than a parameter: progress is observation, like
logging, and must not change the signatures of everything between the command and the loop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Advance = Callable[[int], None]

_watcher: ContextVar[Advance | None] = ContextVar("mailservice_progress", default=None)


@contextmanager
def watching(advance: Advance) -> Iterator[None]:
    """Within this block (in this thread), every ``step`` calls ``advance`` with its number of units."""
    token = _watcher.set(advance)
    try:
        yield
    finally:
        _watcher.reset(token)


def step(units: int = 1) -> None:
    """Report ``units`` of work done (a member written into a mailing, a message processed)."""
    watcher = _watcher.get()
    if watcher is not None:
        watcher(units)
