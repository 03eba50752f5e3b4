"""The hand-written parts of the outbound side against the libraries they replace, measured in one run.

The team keeps a hand-written part only where it pays here, and then with a conformance test against the library
(tests/outbound/: test_dkim_conformance.py, test_compose_conformance.py, test_render_pool.py):

1. DKIM signing (mailservice.outbound.dkim.DkimSigner) against dkimpy's ``dkim.sign``: the same ~5 kB composed
   messages, relaxed/relaxed, the same header list (h=), a 2048-bit RSA key; ms per message.
2. Composition (mailservice.outbound.compose.compose) against ``email.message.EmailMessage`` (set_content,
   add_alternative, add_attachment, then ``as_bytes(policy=SMTP)``) with the same headers and content, from the
   same rendered templates; µs per message, for a mailing's message and for an invitation with its .ics.
3. The render pool (mailservice.outbound.render_pool): ``enqueue_mailing`` of a personalised mailing to
   ``--members`` members (bench/outbound.py's mailing: render, compose, one row each, one transaction) with the
   default render workers against ``render_workers=0`` (everything in-process); seconds per mailing. The workers
   are started before the timed rounds, as in a running service (their start-up is printed apart).

This machine is shared and its speed drifts within a minute, so every measurement alternates the two sides
round by round (the order swapped each round) and takes the median of the rounds; the ratio is of the medians.

    .venv/bin/python bench/handwritten.py [--members 10000] [--rounds 5] [--pool-rounds 7] [--messages 200]

The last line is one JSON object: {"bench": "handwritten", ...}. About a minute on two cores.
"""

from __future__ import annotations

import argparse
import email.policy
import email.utils
import json
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import dkim
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from outbound import add_members, context, enqueue  # the same mailing as bench/outbound.py
from sqlalchemy import delete

from mailservice.app import App, build
from mailservice.ateliers import ics
from mailservice.outbound.compose import Attachment, compose, new_message_id
from mailservice.outbound.dkim import DkimSigner
from mailservice.outbound.render import Rendered
from mailservice.outbound.render_pool import default_workers
from mailservice.settings import Settings
from mailservice.store.db import transaction
from mailservice.store.models import Mailing, OutboundMessage

DOMAIN = "ambtelijkefusie.nl"
NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


class _Member:
    def __init__(self, i: int) -> None:
        self.id = i
        self.name = f"Directeur {i}"
        self.email = f"directeur{i}@gemeente{i % 342}.nl"


def long_context(member: _Member) -> dict[str, object]:
    """bench/outbound.py's mailing with a longer text: a message of about 5 kB, a typical newsletter."""
    base = context(member)
    paragraphs = list(base["alineas"])  # type: ignore[call-overload]
    paragraphs[1:1] = [
        f"Beste {member.name}, in de ateliers van dit jaar staat de vraag centraal hoe een ambtelijke "
        "fusieorganisatie de eigenheid van de deelnemende gemeenten bewaakt en tegelijk één werkorganisatie "
        "vormt. Wij bespreken casussen uit Utrecht, Gelderland en Noord-Brabant, met ruimte voor uw eigen "
        "vragen en ervaringen; de koffie staat vanaf 13.30 uur klaar in het café op de begane grond."
    ] * 2
    return {**base, "alineas": paragraphs}


def app_for(workdir: Path, workers: int | None) -> App:
    outbound: dict[str, Any] = {"maildir": str(workdir / "outbox")}
    if workers is not None:
        outbound["render_workers"] = workers
    settings = Settings(
        database={"url": f"sqlite:///{workdir / 'bench.db'}"},
        outbound=outbound,
        web={"public_url": f"https://{DOMAIN}"},
    )
    return build(settings)


def alternate(
    rounds: int, a: Callable[[], int], b: Callable[[], int], reset: Callable[[], None] = lambda: None
) -> tuple[list[float], list[float]]:
    """Seconds per item of ``a`` and of ``b`` (each returns how many items it did), one figure per round: a then
    b, b then a, ... so that the machine's drift hits both alike. ``reset`` runs after each, untimed."""
    times: tuple[list[float], list[float]] = ([], [])
    for i in range(rounds):
        for side in (0, 1) if i % 2 == 0 else (1, 0):
            t0 = time.perf_counter()
            n = (a, b)[side]()
            times[side].append((time.perf_counter() - t0) / n)
            reset()
    return times


# -- 1. DKIM ------------------------------------------------------------------------------------------------
RELAXED: dict[str, Any] = {"canonicalize": (b"relaxed", b"relaxed")}  # what DkimSigner does (c=relaxed/relaxed)


def dkim_bench(app: App, key_pem: bytes, messages: int, rounds: int) -> dict[str, Any]:
    wire: list[bytes] = []
    for i in range(1, messages + 1):
        member = _Member(i)
        member_context, list_headers, _ = app.outbox.member_parts(i, app.clock())
        _, _, raw = app.outbox.compose_row(
            "mededeling",
            to=member.email,
            context=member_context | long_context(member),
            now=NOW,
            auto_submitted="auto-generated",
            extra_headers=list_headers,
        )
        wire.append(f"X-Mailservice-Ref: {i}.{i}.abcdefghij\r\n".encode() + raw)  # as Sender.wire_bytes
    signer = DkimSigner(key_pem, domain=DOMAIN, selector="mail")
    # dkimpy signs the same header list ours does (oversigned names included), so both do the same work.
    h = [re.search(rb"h=([^;]+);", signer.header(m)).group(1).split(b":") for m in wire]  # type: ignore[union-attr]
    record = signer.public_record().encode()
    for i in (0, len(wire) - 1):  # like for like: both signatures verify with dkimpy before anything is timed
        ours = signer.sign(wire[i])
        theirs = dkim.sign(wire[i], b"mail", DOMAIN.encode(), key_pem, include_headers=h[i], **RELAXED) + wire[i]
        for signed in (ours, theirs):
            assert dkim.verify(signed, dnsfunc=lambda name, timeout=5: record), signed[:300]

    def ours_all() -> int:
        for m in wire:
            signer.sign(m)
        return len(wire)

    def dkimpy_all() -> int:
        for m, names in zip(wire, h, strict=True):
            dkim.sign(m, b"mail", DOMAIN.encode(), key_pem, include_headers=names, **RELAXED)
        return len(wire)

    ours_r, theirs_r = alternate(rounds, ours_all, dkimpy_all)
    ours_ms, theirs_ms = statistics.median(ours_r) * 1e3, statistics.median(theirs_r) * 1e3
    size = statistics.median(len(m) for m in wire)
    print(
        f"DKIM  ({len(wire)} messages of ~{size / 1000:.1f} kB, {rounds} rounds): ours {ours_ms:.3f} ms/message, "
        f"dkimpy {theirs_ms:.3f} ms/message -> ours {theirs_ms / ours_ms:.1f}x faster"
        f"  (rounds ours {[round(r * 1e3, 3) for r in ours_r]}, dkimpy {[round(r * 1e3, 2) for r in theirs_r]})"
    )
    return {
        "dkim_messages": len(wire),
        "dkim_message_bytes": int(size),
        "dkim_ours_ms": round(ours_ms, 3),
        "dkim_dkimpy_ms": round(theirs_ms, 3),
        "dkim_speedup": round(theirs_ms / ours_ms, 1),
    }


# -- 2. composition ---------------------------------------------------------------------------------------
def stdlib_compose(
    rendered: Rendered,
    *,
    from_name: str,
    from_addr: str,
    to: str,
    message_id: str,
    date: datetime,
    auto_submitted: str,
    extra_headers: Sequence[tuple[str, str]],
    attachments: Sequence[Attachment],
) -> bytes:
    """What compose() does, written with the email package: the same headers, parts and attachments."""
    msg = EmailMessage()
    msg["From"] = email.utils.formataddr((from_name, from_addr), charset="utf-8")
    msg["To"] = to
    msg["Subject"] = rendered.subject
    msg["Date"] = date
    msg["Message-ID"] = message_id
    msg["Auto-Submitted"] = auto_submitted
    msg["X-Auto-Response-Suppress"] = "All"
    for name, value in extra_headers:
        msg[name] = value
    msg["Content-Language"] = "nl"
    msg.set_content(rendered.text)
    msg.add_alternative(rendered.html, subtype="html")
    for a in attachments:
        if a.alternative:
            msg.add_alternative(a.data, maintype="text", subtype="calendar", params={"method": "REQUEST"})
    for a in attachments:
        msg.add_attachment(a.data, maintype="text", subtype="calendar", filename=a.filename)
    return msg.as_bytes(policy=email.policy.SMTP)


def compose_bench(app: App, messages: int, rounds: int) -> dict[str, Any]:
    invitation = ics.calendar(
        ics.EventFacts(
            reference="2027-1",
            title="Sturen op samenwerking & eigenheid",
            description="Hoe houdt u de couleur locale van vier gemeentebesturen in het oog?",
            starts_at=datetime(2027, 3, 11, 13, tzinfo=UTC),
            ends_at=datetime(2027, 3, 11, 16, 30, tzinfo=UTC),
            place="Stadskantoor, Vredenburg 3, Utrecht",
            online_url=None,
            sequence=0,
        ),
        method="REQUEST",
        domain=DOMAIN,
        organizer=(f"info@{DOMAIN}", "Netwerk"),
        attendee=None,
        now=NOW,
    )
    ics_attachment = [Attachment("uitnodiging.ics", "text/calendar; method=REQUEST", invitation, alternative=True)]
    inputs = []
    for i in range(1, messages + 1):
        member = _Member(i)
        member_context, list_headers, _ = app.outbox.member_parts(i, app.clock())
        rendered = app.outbox.renderer.render("mededeling", **member_context, **long_context(member))
        inputs.append((rendered, member.email, new_message_id(DOMAIN), list_headers))
    service = app.outbox.service
    result: dict[str, Any] = {"compose_messages": len(inputs)}
    for label, attachments in (("mailing", []), ("invitation", ics_attachment)):

        def run(fn: Callable[..., bytes], attachments: list[Attachment] = attachments) -> int:
            for rendered, to, message_id, headers in inputs:
                fn(
                    rendered,
                    from_name=service.from_name,
                    from_addr=service.address,
                    to=to,
                    message_id=message_id,
                    date=NOW,
                    auto_submitted="auto-generated",
                    extra_headers=headers,
                    attachments=attachments,
                )
            return len(inputs)

        ours_r, theirs_r = alternate(rounds, lambda: run(compose), lambda: run(stdlib_compose))
        ours_us, theirs_us = statistics.median(ours_r) * 1e6, statistics.median(theirs_r) * 1e6
        print(
            f"compose, {label} ({len(inputs)} messages, {rounds} rounds): ours {ours_us:.0f} µs/message, "
            f"EmailMessage {theirs_us:.0f} µs/message -> ours {theirs_us / ours_us:.1f}x faster"
        )
        key = "compose" if label == "mailing" else "compose_ics"
        result |= {
            f"{key}_ours_us": round(ours_us, 1),
            f"{key}_stdlib_us": round(theirs_us, 1),
            f"{key}_speedup": round(theirs_us / ours_us, 1),
        }
    return result


# -- 3. the render pool -------------------------------------------------------------------------------------
def pool_bench(workdir: Path, members: int, rounds: int) -> dict[str, Any]:
    workers = default_workers()
    pooled = app_for(workdir / "pooled", None)  # the default: cores - 1, at most 4
    alone = app_for(workdir / "alone", 0)
    for app in (pooled, alone):
        add_members(app, members)
    assert pooled.outbox.render_pool is not None and pooled.outbox.render_pool.workers == workers
    t0 = time.perf_counter()
    started = pooled.outbox.render_pool.start(wait=60) if workers else False
    startup = time.perf_counter() - t0
    if workers:
        print(f"render pool: {workers} worker(s) up in {startup:.2f} s")

    def mailing(app: App) -> Callable[[], int]:
        def run() -> int:
            enqueue(app)
            return 1

        return run

    def reset() -> None:
        # Every mailing starts from the same databases: members only.
        for app in (pooled, alone):
            with transaction(app.factory) as session:
                session.execute(delete(OutboundMessage))
                session.execute(delete(Mailing))

    # One untimed mailing each: templates compiled, SQLite pages cached, the workers' imports done.
    mailing(pooled)()
    mailing(alone)()
    reset()
    t0 = time.perf_counter()
    pooled_r, alone_r = alternate(rounds, mailing(pooled), mailing(alone), reset)
    chunks = pooled.outbox.render_pool.chunks_remote
    pooled.close()
    alone.close()
    pooled_s, alone_s = statistics.median(pooled_r), statistics.median(alone_r)
    print(
        f"render pool ({members} members, {rounds} rounds, {time.perf_counter() - t0:.0f} s): "
        f"{workers} worker(s) {pooled_s:.2f} s/mailing, in-process {alone_s:.2f} s/mailing -> "
        f"{alone_s / pooled_s:.2f}x  (rounds pooled {[round(r, 2) for r in pooled_r]}, "
        f"in-process {[round(r, 2) for r in alone_r]}; {chunks} chunks rendered by workers)"
    )
    return {
        "pool_members": members,
        "pool_workers": workers,
        "pool_started": bool(started),
        "pool_startup_s": round(startup, 2),
        "pool_s": round(pooled_s, 2),
        "inprocess_s": round(alone_s, 2),
        "pool_speedup": round(alone_s / pooled_s, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=10_000, help="members of the mailing (render pool)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds for DKIM and composition")
    parser.add_argument("--pool-rounds", type=int, default=7, help="rounds for the render pool")
    parser.add_argument("--messages", type=int, default=200, help="messages per round (DKIM, composition)")
    args = parser.parse_args()
    started = time.perf_counter()
    result: dict[str, Any] = {"bench": "handwritten"}
    load = os.getloadavg()[0]  # other work on this shared machine takes cores from the render pool
    key_pem = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with tempfile.TemporaryDirectory() as tmp:
        app = app_for(Path(tmp) / "messages", 0)
        result |= dkim_bench(app, key_pem, args.messages, args.rounds)
        result |= compose_bench(app, args.messages * 5, args.rounds)
        app.close()
        result |= pool_bench(Path(tmp), args.members, args.pool_rounds)
    result |= {"rounds": args.rounds, "pool_rounds": args.pool_rounds, "cpus": os.cpu_count()}
    result["loadavg_1m"] = [round(load, 2), round(os.getloadavg()[0], 2)]  # at the start and at the end
    result["seconds"] = round(time.perf_counter() - started)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
