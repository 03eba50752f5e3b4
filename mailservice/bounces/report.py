"""What bounce detection returns: which layer decided, why, and who failed."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BounceRecipient:
    address: str
    status: str | None = None  # enhanced status code, e.g. "5.1.1"
    action: str | None = None  # failed / delayed / delivered / relayed / expanded
    hard: bool | None = None
    diagnostic: str | None = None
    reason: str | None = None  # userunknown, mailboxfull, filtered, ...
    # Where the address was read (issue 18): the format and the field or line, e.g. "rfc3464 Final-Recipient",
    # "exim: address line", "text: phrase 'could not be delivered to'". A recipient without evidence is never
    # reported; candidates from the returned original or from the report's help text are never taken.
    evidence: str = ""
    # The other address the report gives for the same failure: Original-Recipient next to Final-Recipient,
    # "(expanded from X)", "(generated from X)". When we know which one we sent to, that one is ``address``.
    alias: str | None = None


@dataclass(frozen=True, slots=True)
class BounceReport:
    # Which layer decided it is a bounce: "verp" (our own return path), "rfc3464", or a format name
    # from mailservice.bounces.formats ("exim", "qmail", "exchange", ...).
    layer: str
    reason: str  # human-readable why, stored with the inbound record (STYLE.md habit 3)
    recipients: tuple[BounceRecipient, ...]
    # The parser that found the recipients; differs from ``layer`` when VERP decided (layer "verp").
    detector: str = ""
    # Layer 1 tags: the token of our VERP return path, and our Message-ID / X-Mailservice-Ref found in
    # the returned original. Either one attributes the bounce to our outgoing message exactly.
    verp_token: str | None = None
    original_message_id: str | None = None
    mailservice_ref: str | None = None

    @property
    def failed(self) -> tuple[BounceRecipient, ...]:
        """Recipients whose delivery failed (``delayed`` is only a warning, RFC 3464 section 2.3.3)."""
        return tuple(r for r in self.recipients if r.action != "delayed")

    @property
    def delayed_only(self) -> bool:
        return bool(self.recipients) and not self.failed
