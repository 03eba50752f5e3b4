"""Issue 12, item 4 (loops) and item 3: auto-responders of every kind, signed up by a third party, answered
round after round. Each ends with at most one answer of ours to its own mail per day, and none becomes a member.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from mailservice.app import App
from mailservice.store.models import InboundMessage, Member, MemberStatus, OutboundMessage, OutboundStatus
from tests.support import deliver, mail, outbox_messages, text_of

Responder = Callable[[str, str, str], tuple[str, str, dict[str, str]]]  # (our subject, our text, address) -> mail

RESPONDERS: dict[str, Responder] = {
    "headers": lambda subject, text, who: (
        f"Automatisch antwoord: {subject}",
        "Ik ben afwezig tot en met 3 januari. Voor dringende zaken kunt u contact opnemen met het KCC.",
        {"Auto-Submitted": "auto-replied"},
    ),
    "no-headers": lambda subject, text, who: (
        f"RE: {subject}",
        "Wij hebben uw e-mail in goede orde ontvangen. Wij nemen zo spoedig mogelijk contact met u op.",
        {},
    ),
    "subject-kept": lambda subject, text, who: (
        subject,
        "Bedankt voor uw bericht. Uw melding heeft nummer 123456.",
        {},
    ),
    "quoting": lambda subject, text, who: (
        f"RE: {subject}",
        "\n\n" + "\n".join("> " + line for line in text.splitlines()),
        {},
    ),
    "empty-echo": lambda subject, text, who: (f"RE: {subject}", "\n", {}),
}


@pytest.mark.parametrize("kind", RESPONDERS)
def test_an_auto_responder_signed_up_by_someone_else_gets_at_most_one_answer(app: App, kind: str) -> None:
    robot = f"{kind}@gemeente-r.nl"
    deliver(app, mail("grappenmaker@elders.example", "Aanmelden", f"Graag wil ik {robot} aanmelden voor het netwerk."))
    answered: set[str] = set()
    for _ in range(15):
        ours = [m for m in outbox_messages(app.settings.outbound.maildir) if m["To"] == robot]
        fresh = [m for m in ours if m["Message-ID"] not in answered]
        if not fresh:
            break
        for message in fresh:
            answered.add(message["Message-ID"])
            subject, body, headers = RESPONDERS[kind](str(message["Subject"]), text_of(message), robot)
            deliver(app, mail(robot, subject, body, in_reply_to=message["Message-ID"], headers=headers))
    with app.factory() as session:
        answers = session.scalars(
            select(OutboundMessage)
            .join(InboundMessage, OutboundMessage.inbound_id == InboundMessage.id)
            .where(InboundMessage.sender == robot, OutboundMessage.status != OutboundStatus.CANCELLED)
        ).all()
        member = session.scalars(select(Member).where(Member.email == robot)).first()
    assert len(answers) <= 1, [a.purpose for a in answers]
    assert member is None or member.status != MemberStatus.ACTIVE
