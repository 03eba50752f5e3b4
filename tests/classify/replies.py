"""Classifying a reply to one of our mails in a test: the thread's purpose is what the test says (issue 17)."""

from __future__ import annotations

from mailservice.classify import classify
from mailservice.classify.context import ThreadMatch
from mailservice.classify.decision import Decision
from tests.support import mail


def reply_to(purpose: str | None, body: str, subject: str = "RE: Uitnodiging") -> Decision:
    """``body`` as a reply in a thread of ``purpose`` (None: no thread found)."""
    thread = (lambda ids: ThreadMatch(purpose)) if purpose else None
    return classify(mail(subject=subject, body=body, in_reply_to="<ours@ambtelijkefusie.nl>"), thread=thread)
