"""Issue 12, item 5: a bounce that anyone could have written is evidence in the log, never a decision.

A forged DSN without our VERP return path or signed reference, or a forged "dit adres is niet meer in gebruik"
reply, used to switch a member's delivery off. Only what is ours for sure decides: our VERP address, our signed
X-Mailservice-Ref, a refusal in our own SMTP session.
"""

from __future__ import annotations

from mailservice.app import App
from mailservice.store.models import Delivery
from tests.bouncelog.helpers import add_member, deliver, dsn, events, mailing, member, return_path, score
from tests.support import mail

A = "a.de.wit@gemeente-a.nl"


def test_a_forged_dsn_without_our_tag_is_logged_and_decides_nothing(app: App) -> None:
    add_member(app, A)
    forged = b"From: info@ambtelijkefusie.nl\r\nTo: " + A.encode() + b"\r\nSubject: x\r\n\r\nx\r\n"
    deliver(app, dsn(forged, A, headers_only=True), envelope_to="info@ambtelijkefusie.nl")
    [event] = events(app)
    assert (event.severity, event.attributed_by) == ("hard", "address")  # kept as evidence
    score(app)
    assert member(app, A).delivery == Delivery.ENABLED


def test_a_forged_address_gone_reply_decides_nothing(app: App) -> None:
    add_member(app, A)
    forged = mail(
        f"Anna de Wit <{A}>",
        "Automatisch antwoord",
        "Dit e-mailadres is niet meer in gebruik. Uw bericht wordt niet doorgestuurd.",
        headers={"Auto-Submitted": "auto-replied"},
    )
    deliver(app, forged, envelope_to="info@ambtelijkefusie.nl")
    [event] = events(app)
    assert event.severity == "hard"
    score(app)
    assert member(app, A).delivery == Delivery.ENABLED


def test_the_same_report_to_our_verp_address_decides(app: App) -> None:
    add_member(app, A)
    raw = mailing(app)[A]
    deliver(app, dsn(raw, A), envelope_to=return_path(raw))
    [event] = events(app)
    assert event.attributed_by == "verp"
    score(app)
    assert member(app, A).delivery == Delivery.DISABLED
