"""Ingest: store raw -> parse -> classify -> act, one transaction per message.

``store`` is what every source calls before it acknowledges a message (250 over SMTP, a move over IMAP):
after its commit the message cannot be lost. Sources only store (STYLE.md habit 18); ``process_pending``, and
nothing else, then handles stored messages, each all-or-nothing, so a crash leaves every message either
untouched (``received``, processed again on restart) or completely handled: never half. A message that makes
the pipeline fail is quarantined with the error and shown to the secretariat, and the next one goes on
(Mailman's shunt queue). A source that files messages by their outcome (IMAP) reads it with ``outcomes``.
"""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import email.utils
import hashlib
import logging
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, Insert, insert, or_, select
from sqlalchemy.exc import DataError, DBAPIError
from sqlalchemy.orm import Session, defer, sessionmaker

from mailservice import progress
from mailservice.actions import Outcome, act
from mailservice.classify import Decision, Kind, classify, learned
from mailservice.classify.context import ThreadMatch
from mailservice.classify.rules import Reader
from mailservice.clock import Clock
from mailservice.env import ActEnv
from mailservice.store.db import transaction
from mailservice.store.models import InboundMessage, InboundStatus, OutboundMessage

log = logging.getLogger(__name__)

_ANSWERING = {Kind.SUBSCRIBE, Kind.CONFIRM, Kind.UNSUBSCRIBE}


def _insert(session: Session, statement: Insert) -> int:
    """Run a one-row Core INSERT; returns the new row's id."""
    # An INSERT gives a CursorResult (Session.execute is typed for any statement); it has a key once a row is in.
    result = cast(CursorResult[Any], session.execute(statement))
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def store(
    factory: sessionmaker[Session],
    raw: bytes,
    *,
    source: str,
    clock: Clock,
    envelope_from: str | None = None,
    envelope_to: Sequence[str] = (),
    source_ref: str | None = None,
) -> int:
    """Commit the raw message as ``received``; returns its id. Nothing is parsed here: it cannot fail on content."""
    values = {
        "received_at": clock(),
        "source": source,
        "source_ref": source_ref,
        "envelope_from": envelope_from,
        "envelope_to": ", ".join(envelope_to) or None,
        "sha256": hashlib.sha256(raw).hexdigest(),
        "size": len(raw),
        "raw": raw,
        "status": InboundStatus.RECEIVED,
        "attempts": 0,
    }
    with transaction(factory) as session:
        # A Core insert: this runs for every message while the sender waits for its 250; no ORM needed.
        return _insert(session, insert(InboundMessage).values(values))


@dataclass(frozen=True, slots=True)
class Stored:
    id: int
    new: bool  # False: these bytes from this source were stored before (read again after a crash or a rescan)


def store_once(
    factory: sessionmaker[Session],
    raw: bytes,
    *,
    source: str,
    clock: Clock,
    envelope_from: str | None = None,
    envelope_to: Sequence[str] = (),
    source_ref: str | None = None,
) -> Stored:
    """``store`` for sources that read a mailbox (IMAP, Maildir): they see a message again when a crash came
    between our commit and their move, or when the server renumbered the folder. The same bytes from the same
    source are the same delivery (a real second delivery differs in its Received/Delivered-To lines), so they
    are stored once; ``_earlier_copy`` still recognises a second delivery of the same Message-ID."""
    sha = hashlib.sha256(raw).hexdigest()
    with factory() as session:
        known = _stored_copy(session, source, sha)
    if known is not None:
        return Stored(known, new=False)
    return Stored(
        store(
            factory,
            raw,
            source=source,
            clock=clock,
            envelope_from=envelope_from,
            envelope_to=envelope_to,
            source_ref=source_ref,
        ),
        new=True,
    )


def _stored_copy(session: Session, source: str, sha: str, source_ref: str | None = None) -> int | None:
    """The one content-hash lookup of a stored message: these bytes, from this source (and place), stored before."""
    query = select(InboundMessage.id).where(InboundMessage.source == source, InboundMessage.sha256 == sha)
    if source_ref is not None:
        query = query.where(InboundMessage.source_ref == source_ref)
    return session.scalars(query.order_by(InboundMessage.id).limit(1)).first()


def stored_at(factory: sessionmaker[Session], source: str, refs: Sequence[str]) -> dict[str, int]:
    """The messages a source stored under these references (an IMAP URL names folder, UIDVALIDITY and UID): a
    message stored and waiting to be processed is not fetched again to find out."""
    if not refs:
        return {}
    with factory() as session:
        rows = session.execute(
            select(InboundMessage.source_ref, InboundMessage.id).where(
                InboundMessage.source == source, InboundMessage.source_ref.in_(list(refs))
            )
        ).all()
    return {ref: inbound_id for ref, inbound_id in rows if ref is not None}


def outcomes(factory: sessionmaker[Session], ids: Sequence[int]) -> dict[int, tuple[str, str | None]]:
    """Status and kind of stored messages: what a source files a message by once ingest has processed it."""
    if not ids:
        return {}
    with factory() as session:
        rows = session.execute(
            select(InboundMessage.id, InboundMessage.status, InboundMessage.kind).where(
                InboundMessage.id.in_(list(ids))
            )
        ).all()
    return {inbound_id: (status, kind) for inbound_id, status, kind in rows}


def record_unstored(
    factory: sessionmaker[Session],
    head: bytes,
    *,
    size: int,
    source: str,
    clock: Clock,
    reason: str,
    source_ref: str | None = None,
) -> int:
    """A message a source will not store whole (too large): keep its header and why, as quarantined, so the
    secretariat sees it (``mailservice inbox --unhandled``) before the source moves it aside."""
    sha = hashlib.sha256(head).hexdigest()
    with transaction(factory) as session:
        known = _stored_copy(session, source, sha, source_ref)
        if known is not None:  # recorded before a crash kept the source from moving it
            return known
        parsed = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head)
        return _insert(
            session,
            insert(InboundMessage).values(
                received_at=clock(),
                source=source,
                source_ref=source_ref,
                sha256=sha,
                size=size,
                raw=head,
                status=InboundStatus.QUARANTINED,
                attempts=0,
                processed_at=clock(),
                reason=reason,
                sender=email.utils.parseaddr(str(parsed.get("From", "")))[1].lower() or None,
                subject=str(parsed.get("Subject", ""))[:1000] or None,
                message_id=(str(parsed.get("Message-ID", "")).strip() or None),
            ),
        )


@dataclass
class Ingest:
    factory: sessionmaker[Session]
    env: ActEnv
    # The classifier's learned model (issue 17): the shipped examples and the secretariat's (app.py wires it).
    reader: Reader = learned.model

    def pending_ids(self, limit: int = 500) -> list[int]:
        with self.factory() as session:
            return list(
                session.scalars(
                    select(InboundMessage.id)
                    .where(InboundMessage.status == InboundStatus.RECEIVED)
                    .order_by(InboundMessage.id)
                    .limit(limit)
                )
            )

    def process_pending(self, stop: Callable[[], bool] = lambda: False, batch: int = 20) -> int:
        """Process every stored, unprocessed message (until ``stop()``); returns how many were processed."""
        done = 0
        while not stop() and (ids := self.pending_ids(limit=batch)):
            done += len(self.process_batch(ids))
            progress.step(len(ids))  # a command that waits for this shows how far it is (cli.progress)
            if len(ids) < batch:
                break  # that was all; what arrives meanwhile wakes the worker again (Service.ingest.wake)
        return done

    def process_batch(self, ids: Sequence[int]) -> dict[int, InboundStatus]:
        """Process messages in one commit, each in its own savepoint.

        Group commit: one fsync for the lot instead of one per message, which is most of the cost on SQLite.
        Each message is still all-or-nothing: its savepoint rolls back alone when it fails, and it is
        quarantined (kept, with the error) while the others commit. Database errors are ours, not the
        message's: they abort the batch, which stays ``received`` and is tried again.
        """
        results: dict[int, InboundStatus] = {}
        decisions = self._classify(ids)
        with transaction(self.factory) as session:
            for inbound_id in ids:
                try:
                    with session.begin_nested():
                        status = self._process_one(session, inbound_id, decisions.get(inbound_id))
                except DataError as exc:
                    # A value the database refuses (too long, a byte it cannot hold) came from this message:
                    # its savepoint is rolled back and it is quarantined; the batch goes on (issue 12).
                    log.warning(
                        "inbound #%s: the database refused a value (%s); quarantined",
                        inbound_id,
                        type(getattr(exc, "orig", exc)).__name__,
                    )
                    status = self._quarantine(session, inbound_id, exc)
                except DBAPIError:
                    raise  # our fault (the database is down, a lock): the batch stays and is tried again
                except Exception as exc:  # quarantine: keep the message, record why, go on with the next
                    log.exception("inbound #%s could not be processed; quarantined", inbound_id)
                    status = self._quarantine(session, inbound_id, exc)
                if status is not None:
                    results[inbound_id] = status
        return results

    def _classify(self, ids: Sequence[int]) -> dict[int, Decision]:
        """Classify before the write transaction: pure work, and other writers (the receiver storing the
        next message while its sender waits for 250) need not wait for it."""
        decisions: dict[int, Decision] = {}
        with self.factory() as session:
            for inbound_id in ids:
                inbound = session.get(InboundMessage, inbound_id)
                if inbound is None or inbound.status != InboundStatus.RECEIVED:
                    continue
                # A failure here is not final: the message is classified again inside the per-message guard,
                # which quarantines it (``_handle``).
                with contextlib.suppress(Exception):
                    decisions[inbound_id] = classify(
                        inbound.raw, thread=lambda refs: thread_match(session, refs), reader=self.reader
                    )
                session.expunge(inbound)  # do not keep large raw messages in the identity map
        return decisions

    def _process_one(self, session: Session, inbound_id: int, decision: Decision | None = None) -> InboundStatus | None:
        # The raw message was read for classifying (``_classify``); not again here unless classifying failed.
        options = [defer(InboundMessage.raw)] if decision is not None else []
        inbound = session.get(InboundMessage, inbound_id, options=options)
        if inbound is None or inbound.status != InboundStatus.RECEIVED:
            return None  # processed meanwhile (a second ``mailservice ingest`` or ``poll`` next to the service)
        # No autoflush: one flush when the savepoint ends instead of one before every query. Safe here,
        # because a handler's queries never need to see what this same message has changed so far.
        with session.no_autoflush:
            outcome = self._handle(session, inbound, decision)
        log.info("inbound #%s %s (%s): %s", inbound.id, inbound.kind, outcome.status, outcome.reason)
        return outcome.status

    def _quarantine(self, session: Session, inbound_id: int, exc: Exception) -> InboundStatus | None:
        inbound = session.get(InboundMessage, inbound_id)
        if inbound is None or inbound.status != InboundStatus.RECEIVED:
            return None
        inbound.status = InboundStatus.QUARANTINED
        inbound.attempts += 1
        inbound.processed_at = self.env.clock()
        if isinstance(exc, DataError):
            inbound.reason = "verwerking mislukt: de database weigerde een waarde uit dit bericht"
        else:
            inbound.reason = f"verwerking mislukt: {type(exc).__name__}: {exc}"[:500]
        inbound.error = traceback.format_exc()[-4000:]
        return InboundStatus.QUARANTINED

    def _handle(self, session: Session, inbound: InboundMessage, decision: Decision | None = None) -> Outcome:
        if decision is None:
            decision = classify(inbound.raw, thread=lambda ids: thread_match(session, ids), reader=self.reader)
        inbound.kind = str(decision.kind)
        inbound.rule = decision.rule or None
        inbound.message_id = decision.message_id
        inbound.sender = decision.sender
        inbound.subject = (decision.subject or "")[:1000] or None
        inbound.attempts += 1
        inbound.processed_at = self.env.clock()
        outcome = self._guarded(session, inbound, decision)
        inbound.status = outcome.status
        inbound.reason = f"{decision.reason} -> {outcome.reason}"
        return outcome

    def _guarded(self, session: Session, inbound: InboundMessage, decision: Decision) -> Outcome:
        duplicate = _earlier_copy(session, inbound)
        if duplicate is not None:
            return Outcome(InboundStatus.IGNORED, f"dubbel ontvangen: zelfde bericht als #{duplicate}")
        if decision.kind in _ANSWERING and _must_not_answer(inbound, decision):
            # RFC 3834 section 2: never answer automatic mail; a human decides.
            return Outcome(InboundStatus.UNHANDLED, "afzender mag geen automatisch antwoord krijgen (RFC 3834)")
        return act(session, self.env, inbound, decision)


def _must_not_answer(inbound: InboundMessage, decision: Decision) -> bool:
    if decision.no_reply:
        return True
    # A null envelope sender (<>) marks bounces and other automatic mail (RFC 5321 4.5.5).
    return inbound.envelope_from is not None and inbound.envelope_from.strip("<> ") == ""


def _earlier_copy(session: Session, inbound: InboundMessage) -> int | None:
    """The same message delivered again (an MTA retry after a lost 250, an IMAP rescan): process it once."""
    same = InboundMessage.sha256 == inbound.sha256
    if inbound.message_id:
        same = or_(same, InboundMessage.message_id == inbound.message_id)
    return session.scalars(
        select(InboundMessage.id)
        .where(
            same,
            InboundMessage.id < inbound.id,
            InboundMessage.status.not_in([InboundStatus.RECEIVED, InboundStatus.QUARANTINED]),
        )
        .order_by(InboundMessage.id)
        .limit(1)
    ).first()


def thread_match(session: Session, message_ids: Sequence[str]) -> ThreadMatch | None:
    """Our own outgoing mail that a message refers to (In-Reply-To / References), nearest parent first.

    Run once per message, for the classifier; the Decision carries the rows on to the actions."""
    if not message_ids:
        return None
    rows = session.execute(
        select(OutboundMessage.message_id, OutboundMessage.id, OutboundMessage.purpose).where(
            OutboundMessage.message_id.in_(list(message_ids))
        )
    ).all()
    by_id = {message_id: (row_id, purpose) for message_id, row_id, purpose in rows}
    nearest = [by_id[mid] for mid in reversed(list(message_ids)) if mid in by_id]
    if not nearest:
        return None
    purpose = nearest[0][1]
    return ThreadMatch(THREAD_PURPOSES.get(purpose, purpose), tuple(row_id for row_id, _ in nearest))


# Outbox purposes are template names; the classifier speaks of what the mail was for.
THREAD_PURPOSES = {
    "bevestiging_aanmelding": "confirmation",
    # Issue 16: each asks to confirm with a reference, as the sign-up's request does.
    "uitnodiging_lidmaatschap": "confirmation",
    "bevestiging_adreswijziging": "confirmation",
    "bevestiging_verwijdering": "confirmation",
    "welkom": "welcome",
    "al_aangemeld": "already_member",
    "referentie_ongeldig": "token_invalid",
    "afmelding_bevestigd": "goodbye",
    "niet_aangemeld": "not_member",
    # Issue 7. A reply to our RSVP confirmation or to a waiting-list notice is a change of mind about the
    # invitation; the follow-up asks for themes for the next atelier, so its replies are suggestions.
    "oproep_themas": "call_for_themes",
    "uitnodiging_atelier": "invitation",
    "herinnering_atelier": "reminder",
    "vervolg_atelier": "call_for_themes",
    "bevestiging_rsvp": "invitation",
    "wachtlijst_plaats": "invitation",
    "annulering_atelier": "invitation",
    "wijziging_atelier": "invitation",  # the updated invitation after a change of time or place
    "uitnodiging_vervanger": "invitation",
    "vervanger_vervalt": "invitation",
    "bedankt_suggestie": "call_for_themes",  # "wilt u nog iets toevoegen?"
    "herinnering_aanmelding": "confirmation",
}
