"""Writing to the transactional outbox: a mail is a row, added in the caller's transaction.

The caller's commit makes the state change and the mail one fact (STYLE.md habit 6); the sender drains rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from mailservice.clock import Clock
from mailservice.compose import compose, new_message_id
from mailservice.models import InboundMessage, Member, OutboundMessage, OutboundStatus
from mailservice.render import Renderer
from mailservice.settings import ServiceSettings


@dataclass(frozen=True, slots=True)
class Outbox:
    renderer: Renderer
    service: ServiceSettings
    clock: Clock

    def add(
        self,
        session: Session,
        purpose: str,
        *,
        to: str,
        context: dict[str, Any],
        member: Member | None = None,
        inbound: InboundMessage | None = None,
        in_reply_to: str | None = None,
        references: Sequence[str] = (),
        auto_submitted: str = "auto-replied",
    ) -> OutboundMessage:
        now = self.clock()
        rendered = self.renderer.render(purpose, **context)
        message_id = new_message_id(self.service.domain)
        raw = compose(
            rendered,
            from_name=self.service.from_name,
            from_addr=self.service.address,
            to=to,
            message_id=message_id,
            date=now,
            auto_submitted=auto_submitted,
            in_reply_to=in_reply_to,
            references=references,
        )
        row = OutboundMessage(
            created_at=now,
            purpose=purpose,
            to_addr=to,
            subject=rendered.subject,
            message_id=message_id,
            in_reply_to=in_reply_to,
            raw=raw,
            status=OutboundStatus.QUEUED,
            attempts=0,
            next_attempt_at=now,
            member=member,
            inbound=inbound,
        )
        session.add(row)
        return row
