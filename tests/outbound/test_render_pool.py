"""Large mailings rendered by worker processes (mailservice.outbound.render_pool): the same rows in the same order,
the same errors, and nothing lost when a worker dies. Real worker processes, no mocks."""

from __future__ import annotations

import email
import email.policy
import os
import re
import signal
from pathlib import Path
from typing import Any

import pytest
from jinja2 import UndefinedError
from sqlalchemy import func, select

from mailservice.app import App, build
from mailservice.outbound.mailings import enqueue_mailing
from mailservice.outbound.render_pool import plain
from mailservice.store.db import transaction
from mailservice.store.models import Mailing, Member, OutboundMessage
from tests.outbound.conftest import add_members
from tests.support import FakeClock, make_settings

MEMBERS = 130

_LINK = re.compile(r"/(?:afmelden|gegevens)/[A-Za-z0-9_-]{27}")


def _app(tmp: Path, workers: int) -> App:
    app = build(make_settings(tmp, outbound={"render_workers": workers, "render_pool_from": 1}), clock=FakeClock())
    assert app.outbox.render_pool is not None
    app.outbox.render_pool.chunk = 10  # many chunks from a small mailing
    add_members(app, MEMBERS)
    return app


def _context(member: Member) -> dict[str, Any]:
    return {
        "name": member.name,
        "onderwerp": "Uitnodiging atelier",
        "alineas": [f"Beste {member.name}, welkom in Utrecht – koffie in het café.", "Tot dan."],
    }


def _enqueue(app: App, context=_context) -> int:  # type: ignore[no-untyped-def]
    with transaction(app.factory) as session:
        members = session.scalars(select(Member).order_by(Member.id))
        return enqueue_mailing(session, "mededeling", members, context, outbox=app.outbox).id


def _rows(app: App, mailing_id: int) -> list[tuple[Any, ...]]:
    """What a member receives, without what differs per run (Message-ID, MIME boundaries)."""
    with app.factory() as session:
        rows = session.execute(
            select(OutboundMessage.member_id, OutboundMessage.to_addr, OutboundMessage.subject, OutboundMessage.raw)
            .where(OutboundMessage.mailing_id == mailing_id)
            .order_by(OutboundMessage.id)
        ).all()
    out = []
    for member_id, to, subject, raw in rows:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        out.append(
            (
                member_id,
                to,
                subject,
                msg["To"],
                msg["Subject"],
                msg["List-Unsubscribe"],
                # Each row's web links carry fresh random tokens: compared without them.
                _LINK.sub("/TOKEN", msg.get_body(("plain",)).get_content()),
                _LINK.sub("/TOKEN", msg.get_body(("html",)).get_content()),
            )
        )  # type: ignore[union-attr]
    return out


@pytest.fixture
def pooled(tmp_path: Path):  # type: ignore[no-untyped-def]
    app = _app(tmp_path / "pooled", workers=2)
    yield app
    app.close()


def test_workers_render_the_same_rows_in_member_order(tmp_path: Path, pooled: App) -> None:
    alone = _app(tmp_path / "alone", workers=0)
    pool = pooled.outbox.render_pool
    assert pool is not None and pool.start(wait=30)
    expected = _rows(alone, _enqueue(alone))
    got = _rows(pooled, _enqueue(pooled))
    assert pool.chunks_remote > 0  # the workers did part of it
    assert [r[0] for r in got] == sorted(r[0] for r in got) and len(got) == MEMBERS
    assert got == expected
    alone.close()


def test_a_template_error_in_a_worker_fails_the_whole_mailing(pooled: App) -> None:
    pool = pooled.outbox.render_pool
    assert pool is not None and pool.start(wait=30)

    def broken(member: Member) -> dict[str, Any]:
        context = _context(member)
        if member.id == 15:  # in the second chunk: the first is rendered here, the rest go to the workers
            del context["alineas"]
        return context

    with pytest.raises(UndefinedError, match="alineas"):
        _enqueue(pooled, broken)
    assert pool.chunks_remote > 0
    with pooled.factory() as session:  # rolled back: no mailing, no rows
        assert session.scalar(select(func.count()).select_from(Mailing)) == 0
        assert session.scalar(select(func.count()).select_from(OutboundMessage)) == 0


def test_a_worker_that_dies_loses_nothing(pooled: App) -> None:
    pool = pooled.outbox.render_pool
    assert pool is not None and pool.start(wait=30)
    expected = [f"m{i}@gemeente.example" for i in range(1, MEMBERS + 1)]
    for worker in pool._workers:  # dead before the mailing
        os.kill(worker.process.pid, signal.SIGKILL)
    assert [r[1] for r in _rows(pooled, _enqueue(pooled))] == expected
    # dead in the middle of one: chunks are in flight when the workers are killed
    assert pool.start(wait=30)
    before = pool.chunks_remote

    def killing(member: Member) -> dict[str, Any]:
        if member.id == 45:
            for worker in pool._workers:
                os.kill(worker.process.pid, signal.SIGKILL)
        return _context(member)

    assert [r[1] for r in _rows(pooled, _enqueue(pooled, killing))] == expected
    assert pool.chunks_remote > before
    # and the next large mailing has workers again
    assert pool.start(wait=30)
    before = pool.chunks_remote
    assert len(_rows(pooled, _enqueue(pooled))) == MEMBERS and pool.chunks_remote > before


def test_contexts_that_are_not_plain_data_are_rendered_here(pooled: App) -> None:
    pool = pooled.outbox.render_pool
    assert pool is not None and pool.start(wait=30)
    assert len(_rows(pooled, _enqueue(pooled, lambda m: _context(m) | {"member": m}))) == MEMBERS
    assert pool.chunks_remote == 0
    assert plain({"a": [1, "x", None, (2.5,)], "b": {"c": b"d"}}) and not plain({"a": object()})
    assert not plain({1: "not a str key"})


def test_close_ends_the_workers(tmp_path: Path) -> None:
    app = _app(tmp_path, workers=2)
    pool = app.outbox.render_pool
    assert pool is not None and pool.start(wait=30)
    processes = [w.process for w in pool._workers]
    app.close()
    assert all(p.poll() is not None for p in processes)


def test_small_mailings_never_start_workers(tmp_path: Path) -> None:
    app = build(make_settings(tmp_path, outbound={"render_workers": 2}), clock=FakeClock())  # from 1000 members
    add_members(app, 300)
    _enqueue(app)
    assert app.outbox.render_pool is not None and app.outbox.render_pool._workers == []
    app.close()


def test_workers_that_cannot_start_are_not_started_again_and_again(
    pooled: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mailservice.outbound import render_pool

    pool = pooled.outbox.render_pool
    assert pool is not None
    started: list[object] = []
    original = render_pool._Worker.__init__

    def counting(self, init):  # type: ignore[no-untyped-def]
        started.append(self)
        original(self, init)

    monkeypatch.setattr(render_pool._Worker, "__init__", counting)
    monkeypatch.setattr(render_pool.sys, "executable", "/bin/false")  # exits at once: never says "ready"
    assert not pool.start(wait=10)
    assert len(_rows(pooled, _enqueue(pooled))) == MEMBERS  # rendered in-process
    # One or both were made: the second one's start-up may already see the first exit (a broken pipe) and
    # give up at once. Either way the pool gave up, and a second mailing starts none again.
    tried = len(started)
    assert pool.workers == 0 and 1 <= tried <= 2 and pool.chunks_remote == 0
    assert not pool.start(wait=1)
    assert len(_rows(pooled, _enqueue(pooled))) == MEMBERS and len(started) == tried
