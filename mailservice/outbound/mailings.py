"""Mailings: one message to many members, written to the outbox as one row per member (issue 6).

``enqueue_mailing`` streams: members come from an iterator, rows go to the database in chunks through
SQLAlchemy's bulk INSERT, so a mailing to 100,000 members stays far under 200 MB (bench/outbound.py
measures it). All rows are written in the caller's transaction: a mailing is queued whole or not at all,
and a unique (mailing, member) index makes a second copy for a member impossible.

The sender pauses a mailing when its error budget runs out (``outbound.error_budget`` permanent failures in
a row: a blocked sending domain or a rejected text, not one bad address) and tells the secretariat; a paused
mailing sends nothing until someone resumes it (``mailservice outbox resume``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Protocol, cast

from sqlalchemy import CursorResult, Table, insert, update
from sqlalchemy.orm import Session

from mailservice import progress
from mailservice.outbound import links as link_tokens
from mailservice.outbound.compose import Attachment, RowSpec
from mailservice.outbound.outbox import Outbox
from mailservice.outbound.render_pool import RenderPool
from mailservice.store.models import (
    Mailing,
    MailingState,
    OutboundMessage,
    OutboundStatus,
)

CHUNK = 500


class Recipient(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def email(self) -> str: ...


def enqueue_mailing(
    session: Session,
    purpose: str,
    members: Iterable[Recipient],
    context_fn: Callable[[Any], dict[str, Any]],
    *,
    outbox: Outbox,
    attachments_fn: Callable[[Any], Sequence[Attachment]] | None = None,
) -> Mailing:
    """Write one personalised row per member (duplicates in ``members`` are skipped); returns the mailing.

    ``attachments_fn``: files for one member (an atelier's .ics names the member as ATTENDEE, issue 7).
    """
    now = outbox.clock()
    mailing = Mailing(
        created_at=now,
        purpose=purpose,
        state=MailingState.QUEUED,
        total=0,
        sent_count=0,
        failed_count=0,
        failures_in_row=0,
    )
    session.add(mailing)
    session.flush()
    # What every row shares is worked out once: the From header and the INSERT, a plain Core executemany of
    # plain dicts (no ORM bookkeeping for rows nobody reads back here).
    from_header = outbox.from_header()
    insert_rows = insert(cast(Table, OutboundMessage.__table__))  # typed FromClause; a declarative class's is a Table
    seen: set[int] = set()
    links: list[link_tokens.Row] = []  # each member's web links, stored with the rows that carry them

    def specs() -> Iterator[tuple[tuple[int, str], RowSpec]]:
        for member in members:
            member_id = member.id
            if member_id in seen:
                continue
            seen.add(member_id)
            progress.step()  # a command that waits for this mailing shows how far it is (cli.progress)
            member_context, list_headers, link_rows = outbox.member_parts(member_id, now)
            links.extend(link_rows)
            yield (
                (member_id, member.email),
                RowSpec(
                    purpose,
                    member.email,
                    member_context | context_fn(member),
                    # RFC 3834 2: a mailing is generated, not written to this person; responders should stay quiet.
                    auto_submitted="auto-generated",
                    extra_headers=list_headers,
                    attachments=tuple(attachments_fn(member)) if attachments_fn is not None else (),
                ),
            )

    # Rendered and composed here, or by render workers for a large mailing (mailservice.outbound.render_pool); in
    # member order either way, and all inside this transaction. An Outbox without a pool renders in-process.
    pool = outbox.render_pool or RenderPool(outbox.renderer, outbox.identity(), workers=0)
    rows = pool.compose_rows(specs(), now=now, from_header=from_header)
    chunk: list[dict[str, Any]] = []
    subject: str | None = None
    for (member_id, email), (subject_, message_id, raw) in rows:
        subject = subject or subject_
        chunk.append(
            {
                "created_at": now,
                "purpose": purpose,
                "to_addr": email,
                "subject": subject_,
                "message_id": message_id,
                "in_reply_to": None,
                "raw": raw,
                "status": OutboundStatus.QUEUED,
                "attempts": 0,
                "next_attempt_at": now,
                "member_id": member_id,
                "mailing_id": mailing.id,
            }
        )
        if len(chunk) >= CHUNK:
            session.execute(insert_rows, chunk)
            link_tokens.store(session, links)
            chunk, links = [], []
    if chunk:
        session.execute(insert_rows, chunk)
    link_tokens.store(session, links)
    mailing.total = len(seen)
    mailing.subject = subject
    if not seen:
        mailing.state, mailing.finished_at = MailingState.DONE, now
    return mailing


def resume(session: Session, mailing_id: int) -> Mailing | None:
    mailing = session.get(Mailing, mailing_id)
    if mailing is None or mailing.state != MailingState.PAUSED:
        return mailing
    mailing.state = MailingState.SENDING
    mailing.failures_in_row = 0
    mailing.paused_reason = None
    return mailing


def pause(session: Session, mailing_id: int, reason: str) -> Mailing | None:
    mailing = session.get(Mailing, mailing_id)
    if mailing is not None and mailing.state in (MailingState.QUEUED, MailingState.SENDING):
        mailing.state, mailing.paused_reason = MailingState.PAUSED, reason
    return mailing


def cancel(session: Session, mailing_id: int) -> int:
    """Cancel what has not gone out yet; returns the number of rows cancelled."""
    mailing = session.get(Mailing, mailing_id)
    if mailing is None:
        return 0
    result = cast(  # an UPDATE gives a CursorResult; Session.execute is typed for any statement
        CursorResult[Any],
        session.execute(
            update(OutboundMessage)
            .where(
                OutboundMessage.mailing_id == mailing_id,
                OutboundMessage.status.in_([OutboundStatus.QUEUED, OutboundStatus.DEFERRED]),
            )
            .values(status=OutboundStatus.CANCELLED, last_error="geannuleerd door het secretariaat")
        ),
    )
    mailing.state = MailingState.CANCELLED
    return result.rowcount or 0
