"""What every action handler gets and returns."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from mailservice.classify import Decision
from mailservice.env import ActEnv
from mailservice.store.models import InboundMessage, InboundStatus


@dataclass(frozen=True, slots=True)
class Outcome:
    status: InboundStatus
    reason: str


def recorded(reason: str):  # type: ignore[no-untyped-def]
    def handler(session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision) -> Outcome:
        return Outcome(InboundStatus.IGNORED, reason)

    return handler


def needs_human(reason: str):  # type: ignore[no-untyped-def]
    def handler(session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision) -> Outcome:
        return Outcome(InboundStatus.UNHANDLED, reason)

    return handler
