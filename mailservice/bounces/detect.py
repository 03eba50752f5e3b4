"""Layered bounce detection (first, minimal version: RFC 3464 only)."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message

from mailservice.classify.decision import BounceRecipient


@dataclass(frozen=True, slots=True)
class BounceReport:
    layer: str  # which detector decided, e.g. "rfc3464", "exchange", "qmail", "verp"
    reason: str  # human-readable why, stored with the inbound record
    recipients: tuple[BounceRecipient, ...]


def detect(msg: Message) -> BounceReport | None:
    if msg.get_content_type() != "multipart/report":
        return None
    if (msg.get_param("report-type") or "").lower() != "delivery-status":
        return None
    return BounceReport(layer="rfc3464", reason="multipart/report; report-type=delivery-status", recipients=())
