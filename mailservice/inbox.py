"""What a person in the secretariat does with a message the service left to them (issue 14): mark it handled,
treat it as what it is ("behandel als"), or answer it.

"Behandel als" runs the very action ingest would have run (``mailservice.actions.act``) on the message with the
person's reading, and keeps that reading as a labelled example (``Label``) for the classifier. Every step is in
the audit log with who did it; the same functions serve the console and the CLI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailservice import audit
from mailservice.actions import act
from mailservice.actions.base import Outcome
from mailservice.classify import Decision, Kind, classify, language
from mailservice.env import ActEnv
from mailservice.ingest import thread_match
from mailservice.members import find_member, reply_language
from mailservice.store.models import InboundMessage, InboundStatus, Label, OutboundMessage

WAITING = (InboundStatus.UNHANDLED, InboundStatus.QUARANTINED)


class CaseError(ValueError):
    """A request that cannot be done: one Dutch sentence."""


# A message waits for a person until someone marks it handled.
_WAITS = (InboundMessage.status.in_(WAITING), InboundMessage.handled_at.is_(None))


def waiting(session: Session) -> list[InboundMessage]:
    """The messages that wait for a person, the longest waiting first."""
    return list(
        session.scalars(select(InboundMessage).where(*_WAITS).order_by(InboundMessage.received_at, InboundMessage.id))
    )


def waiting_count(session: Session) -> int:
    """How many messages wait for a person (the console's overview), without loading them."""
    return session.scalar(select(func.count()).select_from(InboundMessage).where(*_WAITS)) or 0


def _open(session: Session, inbound_id: int) -> InboundMessage:
    inbound = session.get(InboundMessage, inbound_id)
    if inbound is None:
        raise CaseError(f"Bericht {inbound_id} bestaat niet.")
    if inbound.handled_at is not None:
        raise CaseError(f"Bericht {inbound_id} is al afgehandeld door {inbound.handled_by}.")
    return inbound


def _handled(session: Session, env: ActEnv, inbound: InboundMessage, actor: audit.Actor, note: str | None) -> None:
    inbound.handled_at = env.clock()
    inbound.handled_by = actor.name
    inbound.handled_note = note or None


def mark_handled(session: Session, env: ActEnv, inbound_id: int, actor: audit.Actor, note: str = "") -> None:
    inbound = _open(session, inbound_id)
    _handled(session, env, inbound, actor, note.strip())
    audit.record(
        session,
        actor,
        "bericht",
        "afgehandeld",
        at=env.clock(),
        subject=inbound.sender,
        detail=note.strip() or None,
        inbound=inbound,
    )


@dataclass(frozen=True)
class Reading:
    """A kind the secretariat can give a message, the fields it asks for, and how they enter the Decision."""

    label: str  # the button, in Dutch
    fields: Callable[[dict[str, str]], dict[str, Any]]


def _rsvp(form: dict[str, str], attending: bool) -> dict[str, Any]:
    guests = form.get("guests", "").strip()
    fields: dict[str, Any] = {"attending": attending, "guests": int(guests) if guests.isdigit() else None}
    if form.get("atelier"):
        fields["extra"] = {"atelier": form["atelier"].strip()}
    return fields


def _suggestion(form: dict[str, str]) -> dict[str, Any]:
    themes = tuple(t for t in ("strategie", "samenwerking", "organisatie", "dienstverlening") if form.get(t))
    return {"themes": themes} if themes else {}


# "Behandel als": the readings on offer (a table: each reading, its label and what it fills in).
READINGS: dict[str, tuple[Kind, Reading]] = {
    "aanmelding": (Kind.SUBSCRIBE, Reading("aanmelding", lambda f: {})),
    "afmelding": (Kind.UNSUBSCRIBE, Reading("afmelding", lambda f: {})),
    "bevestiging": (Kind.CONFIRM, Reading("bevestiging van een aanmelding", lambda f: {"affirmed": True})),
    "komt": (Kind.RSVP, Reading("komt naar het atelier", lambda f: _rsvp(f, True))),
    "komt-niet": (Kind.RSVP, Reading("komt niet naar het atelier", lambda f: _rsvp(f, False))),
    "suggestie": (Kind.SUGGESTION, Reading("themasuggestie", _suggestion)),
}


def treat_as(
    session: Session, env: ActEnv, inbound_id: int, reading: str, form: dict[str, str], actor: audit.Actor
) -> Outcome:
    """Run the action for the person's reading of the message, as ingest would have; the reading is stored."""
    inbound = _open(session, inbound_id)
    if reading not in READINGS:
        raise CaseError(f"Onbekende keuze {reading!r}.")
    kind, spec = READINGS[reading]
    fields = spec.fields(form)
    found = classify(inbound.raw, thread=lambda ids: thread_match(session, ids))
    extra = {**found.extra, **fields.pop("extra", {})}
    decision: Decision = found.replace(
        kind=kind,
        reason=f"door {actor.name} behandeld als {spec.label}",
        rule="secretariaat",
        confidence=1.0,
        extra=extra,
        **fields,
    )
    outcome = act(session, env, inbound, decision)
    now = env.clock()
    session.add(
        Label(
            inbound=inbound,
            at=now,
            by=actor.name,
            kind=str(kind),
            fields={k: list(v) if isinstance(v, tuple) else v for k, v in fields.items()} | extra,
            classifier_kind=inbound.kind,
        )
    )
    inbound.kind = str(kind)
    inbound.status = outcome.status
    inbound.reason = f"{decision.reason} -> {outcome.reason}"
    if outcome.status == InboundStatus.HANDLED:
        _handled(session, env, inbound, actor, f"behandeld als {spec.label}")
    audit.record(
        session,
        actor,
        "bericht",
        f"behandeld als {spec.label}",
        at=now,
        subject=inbound.sender,
        detail=outcome.reason,
        inbound=inbound,
        rule="secretariaat",
    )
    return outcome


def reply(session: Session, env: ActEnv, inbound_id: int, text: str, actor: audit.Actor) -> OutboundMessage:
    """An answer written by a person, sent through the outbox, threaded to the message; the message is handled."""
    inbound = _open(session, inbound_id)
    if not text.strip():
        raise CaseError("Het antwoord is leeg.")
    if not inbound.sender:
        raise CaseError(f"Bericht {inbound_id} heeft geen afzender om te antwoorden.")
    found = classify(inbound.raw)
    subject = inbound.subject or ""
    out = env.outbox.add(
        session,
        "antwoord_secretariaat",
        to=inbound.sender,
        context=env.outbox.common_context()
        | {"onderwerp": subject, "tekst": text.strip(), "naam_afzender": actor.name},
        inbound=None,  # written by a person: not an automatic answer, no answer limit
        in_reply_to=found.message_id,
        references=(*found.references, *([found.message_id] if found.message_id else [])),
        auto_submitted=None,
        # The signature under the secretariat's words in the language of those words (issue 17); a text too short
        # to tell: the member's who wrote, else Dutch.
        language=reply_language(language.detect(text), find_member(session, inbound.sender)),
    )
    _handled(session, env, inbound, actor, "beantwoord")
    audit.record(
        session,
        actor,
        "bericht",
        "beantwoord",
        at=env.clock(),
        subject=inbound.sender,
        detail=text.strip()[:500],
        inbound=inbound,
    )
    return out
