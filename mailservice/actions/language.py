"""The language of an answer to a person's mail (issue 17), read once for every route: ``membership``,
``ateliers``, ``leaving`` and ``other`` answer in it, and the casework they call takes it as ``written_in``.

- The writer's own words, where the classifier could tell (``Decision.language``: Dutch or English);
- else, where the mail answers one of ours that was written in English, English: a bare "Yes" to an English
  question says nothing of a language, but it answers an English mail. A Dutch mail of ours in the thread says
  nothing of the reader: every network mailing is Dutch, also to a member who signed up in English;
- else the member's own (``members.reply_language``: kept from the sign-up), else Dutch.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailservice.classify import Decision
from mailservice.members import reply_language
from mailservice.outbound.render import DUTCH
from mailservice.store.models import Member, OutboundMessage


def written_in(session: Session, decision: Decision | None) -> str | None:
    """The language the person wrote in, or wrote back to; None when neither says one."""
    if decision is None:
        return None
    if decision.language:
        return decision.language
    if not decision.thread:
        return None
    # The nearest of our mails the person answers (the thread lists ours nearest first).
    answered = session.scalar(select(OutboundMessage.language).where(OutboundMessage.id == decision.thread[0]))
    return answered if answered and answered != DUTCH else None


def answer_language(session: Session, decision: Decision | None, member: Member | None) -> str:
    """The language of our answer to ``decision``'s mail, for ``member`` (None: someone who is no member)."""
    return reply_language(written_in(session, decision), member)
