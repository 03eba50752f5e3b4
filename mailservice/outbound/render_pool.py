"""Rendering a large mailing on more than one core (issue 6).

A mailing renders (Jinja2) and composes (MIME) one message per member inside the transaction that queues it
(mailservice.outbound.mailings): a template error then fails the whole mailing, before anything is sent. That work is
pure Python, so one process does it on one core; bench/outbound.py showed it taking a fifth of the time of a
10,000-member mailing while the second core sat idle. ``RenderPool.compose_rows`` shares it out:

- Worker processes render chunks of members; the calling thread renders chunks too whenever the workers have
  enough in hand, and also reads members, inserts rows and commits. Rows come back in member order.
- Lazy: the workers start at the first mailing that reaches ``start_after`` members and stay for later ones.
  Until they are up, the calling thread simply goes on rendering, so starting them never makes a mailing wait.
  The small network's usual mailing (a few hundred members) never starts them.
- Workers are plain ``python -m mailservice.outbound.render_pool`` processes that read chunks on stdin and answer
  on stdout. Not multiprocessing: fork could hand a child a lock one of the service's threads held,
  and spawn/forkserver re-import the program's main module, running an unguarded script a second time.
  A worker imports the renderer and the composer, not the database layer.
- Bounded: a few chunks per worker in flight, so memory stays flat at 100,000 members.
- Only plain data crosses the process boundary. A context holding anything else (an ORM object that could
  lazy-load, say) is rendered in the calling thread.
- An error in a worker (a missing template variable) is raised in the caller, whose transaction then rolls
  back, as it would in-process. A worker that dies is not an error in the mailing: its chunks are rendered
  in the calling thread, and the next large mailing starts fresh workers.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import pickle
import signal
import struct
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from mailservice.outbound.compose import (
    Composed,
    Identity,
    RowSpec,
    render_and_compose,
)
from mailservice.outbound.render import Renderer

log = logging.getLogger(__name__)

T = TypeVar("T")

_PLAIN_SCALARS = (str, int, float, bool, type(None), date, datetime, time, timedelta, Decimal, bytes)


def plain(value: Any) -> bool:
    """True if ``value`` is made of str, numbers, dates, bytes, lists, tuples and dicts only."""
    if isinstance(value, _PLAIN_SCALARS):
        return True
    if isinstance(value, dict):
        return all(isinstance(k, str) and plain(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return all(plain(v) for v in value)
    return False


# -- the worker process: ``python -m mailservice.outbound.render_pool``, framed pickles on stdin and stdout ------
# A frame is an 8-byte length and a pickle. The pipes are widened to 1 MiB (Linux F_SETPIPE_SZ) so a reply
# lands in one piece: the thread that reads it competes with the rendering thread for the GIL, and every
# extra read of a narrow pipe would cost it a wait of up to the interpreter's switch interval.
_PIPE_SIZE = 1 << 20
_LENGTH = struct.Struct(">Q")


def _write_frame(fd: int, value: Any) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_LENGTH.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view) :]


def _read_exact(fd: int, n: int) -> bytes:
    buf = bytearray(n)
    view, got = memoryview(buf), 0
    while got < n:
        k = os.readv(fd, [view[got:]])
        if k == 0:
            raise EOFError("pipe closed")
        got += k
    return bytes(buf)


def _read_frame(fd: int) -> Any:
    (n,) = _LENGTH.unpack(_read_exact(fd, _LENGTH.size))
    return pickle.loads(_read_exact(fd, n))


def _widen(fd: int) -> None:
    with contextlib.suppress(OSError):  # a narrower pipe only costs speed
        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), _PIPE_SIZE)


def _serve(fd_in: int, fd_out: int) -> None:
    """Answer each (specs, now, from_header) with ("ok", rows) or ("error", exception) until stdin closes."""
    # Ctrl-C at the terminal reaches the whole process group: the service stops and closes our stdin, which
    # ends this loop; a KeyboardInterrupt traceback here would only add noise.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    templates, globals_, identity = _read_frame(fd_in)
    renderer = Renderer(Path(templates), globals_)
    _write_frame(fd_out, ("ready", os.getpid()))
    while True:
        try:
            specs, now, from_header = _read_frame(fd_in)
        except EOFError:
            return
        try:
            reply: tuple[str, Any] = (
                "ok",
                [render_and_compose(renderer, identity, spec, now=now, from_header=from_header) for spec in specs],
            )
        except Exception as exc:  # a template error belongs to the mailing, not to this process
            try:
                pickle.dumps(exc)
                reply = ("error", exc)
            except Exception:
                reply = ("error", RuntimeError(repr(exc)))
        _write_frame(fd_out, reply)


class WorkerGone(RuntimeError):
    pass


class _Worker:
    """One worker process. Requests are written as they come (the pipe holds them); a thread reads the
    replies, in order, and settles the futures."""

    def __init__(self, init: tuple[str, dict[str, Any], Identity]) -> None:
        # The parent's import path, as multiprocessing's spawn passes it: the worker finds this package even
        # when it runs from a checkout that is not installed.
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", __name__],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            bufsize=0,
            close_fds=True,
            env=env,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self._in, self._out = self.process.stdin.fileno(), self.process.stdout.fileno()
        _widen(self._in)
        _widen(self._out)
        self.ready = threading.Event()
        self.gone = False
        self.started = False  # it answered "ready" once
        self._waiting: deque[Future[list[Composed]]] = deque()
        self._lock = threading.Lock()  # guards _waiting and gone
        self._write_lock = threading.Lock()
        _write_frame(self._in, init)
        self._thread = threading.Thread(target=self._read_replies, name="render-worker", daemon=True)
        self._thread.start()

    def submit(self, specs: list[RowSpec], now: datetime, from_header: str) -> Future[list[Composed]]:
        future: Future[list[Composed]] = Future()
        future.set_running_or_notify_cancel()
        # Writes are serialised by their own lock, not by the one the reply thread takes: a write that waits
        # for room in the pipe must never keep that thread from reading the replies that make the room.
        with self._write_lock:
            with self._lock:
                if self.gone:
                    future.set_exception(WorkerGone("render worker stopped"))
                    return future
                self._waiting.append(future)
            try:
                _write_frame(self._in, (specs, now, from_header))
            except OSError as exc:
                with self._lock:
                    self._fail(exc)
        return future

    def _read_replies(self) -> None:
        try:
            if _read_frame(self._out)[0] != "ready":
                raise EOFError("render worker did not start")
            self.started = True
            self.ready.set()
            while True:
                status, value = _read_frame(self._out)
                with self._lock:
                    future = self._waiting.popleft()
                if status == "ok":
                    future.set_result(value)
                else:
                    future.set_exception(value)
        except (OSError, EOFError, pickle.UnpicklingError, IndexError) as exc:
            with self._lock:
                self._fail(exc)
        finally:
            self.ready.set()  # nobody waits for a worker that will not come

    def _fail(self, exc: BaseException) -> None:
        if not self.gone:  # not closed by us
            log.warning("render worker %s stopped: %s", self.process.pid, exc)
        self.gone = True
        while self._waiting:
            self._waiting.popleft().set_exception(WorkerGone(f"render worker stopped: {exc}"))

    def close(self) -> None:
        with self._lock:
            self.gone = True
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):
                self.process.stdin.close()  # EOF: the worker ends its loop
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._thread.join(timeout=5)
        if self.process.stdout is not None:
            self.process.stdout.close()


# -- the calling side ----------------------------------------------------------------------------------------
class RenderPool:
    def __init__(
        self, renderer: Renderer, identity: Identity, workers: int, *, start_after: int = 1000, chunk: int = 200
    ) -> None:
        self.renderer = renderer
        self.identity = identity
        self.workers = workers
        self.start_after = start_after
        self.chunk = chunk
        self._workers: list[_Worker] = []
        self._lock = threading.Lock()  # mailings can be queued from more than one thread
        self.chunks_remote = 0  # chunks handed to workers so far (tests and logs show the pool at work)

    def compose_rows(
        self, items: Iterable[tuple[T, RowSpec]], *, now: datetime, from_header: str
    ) -> Iterator[tuple[T, Composed]]:
        """(tag, composed row) for every (tag, spec), in order; the tag is the caller's (e.g. the member)."""

        def local(specs: list[RowSpec]) -> list[Composed]:
            return [
                render_and_compose(self.renderer, self.identity, s, now=now, from_header=from_header) for s in specs
            ]

        pending: deque[tuple[list[T], list[RowSpec], Future[list[Composed]] | list[Composed]]] = deque()
        done = turn = 0
        iterator = iter(items)
        try:
            while chunk := list(islice(iterator, self.chunk)):
                tags, specs = [t for t, _ in chunk], [s for _, s in chunk]
                ready = self._ready_workers(done)
                in_flight = sum(isinstance(p[2], Future) for p in pending)
                if ready and in_flight < 4 * len(ready) and all(plain(s.context) for s in specs):
                    turn += 1
                    self.chunks_remote += 1
                    pending.append((tags, specs, ready[turn % len(ready)].submit(specs, now, from_header)))
                else:
                    pending.append((tags, specs, local(specs)))  # the workers have enough: this thread helps
                done += len(specs)
                # Hand back what is finished, in order; wait for the oldest only when too much is held.
                while pending and (
                    not isinstance(pending[0][2], Future)
                    or pending[0][2].done()
                    or len(pending) > 6 * max(1, len(ready)) + 2
                ):
                    tags_, specs_, result = pending.popleft()
                    yield from zip(tags_, self._collect(result, specs_, local), strict=True)
            while pending:
                tags_, specs_, result = pending.popleft()
                yield from zip(tags_, self._collect(result, specs_, local), strict=True)
        finally:
            for _, _, result in pending:  # an error (or the caller stopped): drop what is still queued
                if isinstance(result, Future):
                    result.cancel()

    @staticmethod
    def _collect(
        result: Future[list[Composed]] | list[Composed],
        specs: list[RowSpec],
        local: Callable[[list[RowSpec]], list[Composed]],
    ) -> list[Composed]:
        if not isinstance(result, Future):
            return result
        try:
            return result.result()
        except WorkerGone:
            return local(specs)  # the worker died: this part is rendered here, the mailing goes on

    def _ready_workers(self, done: int) -> list[_Worker]:
        """Workers that are up, once this mailing is large enough; starts them the first time."""
        if self.workers <= 0 or done < self.start_after:
            return []
        self.start()
        return [w for w in self._workers if w.ready.is_set() and not w.gone]

    def start(self, wait: float | None = None) -> bool:
        """Start the workers if they are not running (dead ones are replaced); ``wait``: seconds to wait until
        they are up. True if at least one is up."""
        with self._lock:
            if self.workers <= 0:
                return False
            for w in self._workers:
                if w.gone:
                    w.close()
            if any(w.gone and not w.started for w in self._workers):
                # A worker that never came up will not come up next time either (a broken installation, no
                # memory): render in-process from now on instead of starting processes over and over.
                log.warning("render workers could not start; large mailings are rendered in-process")
                self.workers = 0
                for w in self._workers:
                    w.close()
                self._workers = []
                return False
            self._workers = [w for w in self._workers if not w.gone]
            if not self._workers:
                init = (str(self.renderer.directory), self.renderer.globals, self.identity)
                try:
                    self._workers = [_Worker(init) for _ in range(self.workers)]
                except OSError as exc:
                    log.warning("cannot start render workers (%s); rendering in-process", exc)
                    self.workers = 0
                    return False
                log.info("started %d render worker(s) for a large mailing", self.workers)
            workers = list(self._workers)
        for w in workers:
            w.ready.wait(wait if wait is not None else 0)
        return any(w.ready.is_set() and not w.gone for w in workers)

    def close(self) -> None:
        with self._lock:
            for worker in self._workers:
                worker.close()
            self._workers = []


def default_workers() -> int:
    """One fewer than the cores (the calling thread renders too), at most 4; 0 on a single core."""
    return max(0, min(4, (os.cpu_count() or 1) - 1))


if __name__ == "__main__":
    _serve(sys.stdin.fileno(), sys.stdout.fileno())
