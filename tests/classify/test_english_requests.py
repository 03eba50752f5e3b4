"""English requests to join or leave, in the words English writers use (issue 17); each is read by the rules, so
the learned reading is not needed (one of these it read as a sign-up)."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mailservice.classify import Kind, classify


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("I'd like to register for your network.", Kind.SUBSCRIBE),
        ("Could you register me with the directors' network?", Kind.SUBSCRIBE),
        ("I no longer wish to receive your e-mails.", Kind.UNSUBSCRIBE),
        ("I would like to cancel my membership.", Kind.UNSUBSCRIBE),
    ],
)
def test_english_requests_are_read_by_the_rules(body: str, kind: Kind) -> None:
    msg = EmailMessage()
    msg["From"] = "Jane Smith <j.smith@council.example.org>"
    msg["Subject"] = "Network"
    msg.set_content(body)
    decided = classify(msg.as_bytes(), reader=lambda: None)
    assert decided.kind == kind, decided.reason
