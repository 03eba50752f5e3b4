"""The classifier's answer: what an inbound message is, the data it carries, and why.

Pure data: no database, no network. Ingest stores ``kind`` and ``reason`` with the inbound record and acts on
the rest (STYLE.md habit 3: every decision carries its reason).
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mailservice.bounces.report import BounceRecipient, BounceReport


class Kind(enum.StrEnum):
    SUBSCRIBE = "subscribe"
    UNSUBSCRIBE = "unsubscribe"
    CONFIRM = "confirm"
    SUGGESTION = "suggestion"
    RSVP = "rsvp"
    BOUNCE = "bounce"
    AUTOREPLY = "autoreply"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Decision:
    kind: Kind
    reason: str
    # The name of the rule that decided (mailservice.classify.rules.RULES), stored with the message next to the
    # reason, so "why was this mail treated as X" names the rule.
    rule: str = ""
    # How sure the reading is (issue 17): 1.0 for exact evidence (our tokens, DSNs, headers), lower for words. A
    # consequential act needs a bar (policy.BAR); below it the message is ``other`` and the reason says why.
    confidence: float = 1.0
    # What the message says about itself (decoded), for threading and the inbox view.
    sender: str | None = None
    sender_name: str | None = None
    subject: str | None = None
    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    # Our outgoing rows this message answers, nearest parent first: the thread as ingest looked it up, once.
    thread: tuple[int, ...] = ()
    # subscribe (``name`` also on a hand-over: the successor's name as written next to their address)
    member_email: str | None = None
    name: str | None = None
    organisation: str | None = None
    role: str | None = None
    # confirm: the reference, and whether the writer's own words say yes (an echo or a bare quote of our request
    # says nothing: for a sign-up made by someone else, only a yes in the person's own words is consent)
    token: str | None = None
    affirmed: bool = False
    # suggestion
    themes: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    # rsvp (and suggestions): the UID of an attached iCalendar answer (an Outlook REPLY names our atelier)
    calendar_uid: str | None = None
    attending: bool | None = None
    guests: int | None = None
    substitute: str | None = None
    substitute_name: str | None = None  # the substitute's name, when the text gives it next to the address
    # unsubscribe: our signed reference ([afmelden:TOKEN] from the List-Unsubscribe mailto or our question), and
    # which servers saw DMARC/DKIM pass for the From domain (authserv-id, method): the evidence an act needs
    unsubscribe_token: str | None = None
    authenticated: tuple[tuple[str, str], ...] = ()
    erase: bool | None = None
    successor: str | None = None
    # True when the leave is read without the member's own words in so many words (the learned model alone, or a
    # request someone else passed on): the action asks the member by mail first, whatever the evidence.
    ask_member: bool = False
    # autoreply
    address_gone: bool | None = None
    until: date | None = None
    # other
    bulk: bool | None = None
    # bounce: the detector's report (None when the message only looks like a bounce), carried to the action so
    # that the message is not parsed and detected a second time
    recipients: tuple[BounceRecipient, ...] = ()
    bounce: BounceReport | None = None
    # The writer's language, "nl" or "en" (language.py), read for the kinds the membership mails answer; None when
    # the text is too short or mixed to tell: the action then keeps the member's own language, else Dutch.
    language: str | None = None
    # True when the sender must never get an automatic answer (RFC 3834: auto-replies, bounces, lists, <>).
    no_reply: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def replace(self, **changes: Any) -> Decision:
        return dataclasses.replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """The JSON shape of ``mailservice classify --json`` (issue 3)."""
        return {
            "kind": str(self.kind),
            "rule": self.rule,
            "reason": self.reason,
            "confidence": self.confidence,
            "sender": self.sender,
            "subject": self.subject,
            "message_id": self.message_id,
            "member_email": self.member_email,
            "name": self.name,
            "organisation": self.organisation,
            "role": self.role,
            "token": self.token,
            "themes": list(self.themes),
            "topics": list(self.topics),
            "attending": self.attending,
            "guests": self.guests,
            "substitute": self.substitute,
            "substitute_name": self.substitute_name,
            "erase": self.erase,
            "successor": self.successor,
            "ask_member": self.ask_member,
            "address_gone": self.address_gone,
            "until": self.until.isoformat() if self.until else None,
            "bulk": self.bulk,
            "recipients": [
                {
                    "address": r.address,
                    "status": r.status,
                    "action": r.action,
                    "hard": r.hard,
                    "reason": r.reason,
                    "diagnostic": r.diagnostic,
                }
                for r in self.recipients
            ],
            "no_reply": self.no_reply,
            "language": self.language,
        }
