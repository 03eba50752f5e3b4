"""Dutch or English, read from the writer's own words only (issue 17): what the membership mails answer in."""

from __future__ import annotations

import pytest

from mailservice.classify import Kind, classify, language
from tests.support import mail


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please add me to the network.", "en"),
        ("please unsubscribe me", "en"),
        ("Dear Sir or Madam, I would like to become a member of the network of directors.", "en"),
        ("Sign me up please", "en"),
        ("Graag meld ik mij aan voor het netwerk.", "nl"),
        ("Ik wil me aanmelden voor het netwerk, please", "nl"),
        ("Graag aanmelden, thanks!", "nl"),
        ("Goedemorgen, graag aanmelden voor de nieuwsbrief. Best regards", "nl"),
        # Too short to tell, or half and half: undecided, which means Dutch for a new writer.
        ("Yes", None),
        ("Afmelden", None),
        ("Yes I confirm", None),
        ("Graag aanmelden. I am out of office until Monday", None),
        # Addresses and links are no words of either language.
        ("j.smith@example.org https://example.org/page", None),
    ],
)
def test_detect(text: str, expected: str | None) -> None:
    assert language.detect(text) == expected


def test_without_the_model_every_text_is_undecided(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "_identifier", lambda: None)
    assert language.detect("Please add me to the network of directors.") is None


def test_an_english_sign_up_carries_english() -> None:
    decision = classify(mail(subject="Membership", body="Please add me to the network.\n\nKind regards,\nJohn Smith"))
    assert (decision.kind, decision.language) == (Kind.SUBSCRIBE, "en")
    assert decision.to_json()["language"] == "en"


def test_a_dutch_sign_up_with_an_english_word_stays_dutch() -> None:
    decision = classify(mail(subject="Aanmelden", body="Graag aanmelden, thanks!"))
    assert decision.kind == Kind.SUBSCRIBE
    assert decision.language in ("nl", None)


def test_an_english_out_of_office_quoted_below_a_dutch_request_is_not_read() -> None:
    body = (
        "Goedemiddag, graag meld ik mij aan voor het netwerk.\n\nMet vriendelijke groet,\nPetra de Wit\n\n"
        "From: John Smith <j.smith@example.org>\nSent: Monday, 2 November 2026 09:00\n"
        "To: Petra de Wit <p.dewit@gemeente-a.nl>\nSubject: Automatic reply: meeting\n\n"
        "Thank you for your e-mail. I am out of the office until Monday 9 November with limited access to e-mail. "
        "For urgent matters please contact my colleague at the front desk.\n"
    )
    decision = classify(mail(subject="Aanmelden", body=body))
    assert (decision.kind, decision.language) == (Kind.SUBSCRIBE, "nl")


def test_machines_are_not_read_for_a_language() -> None:
    """Only the kinds the membership mails answer are read: no cost for bounces and auto-replies."""
    decision = classify(
        mail(subject="Automatic reply: Aanmelden", body="I am out of the office until Monday, with no access to mail.")
    )
    assert decision.kind == Kind.AUTOREPLY and decision.language is None


def test_our_english_footer_pasted_under_a_reply_is_not_an_unsubscribe() -> None:
    """A client that keeps only the last lines of our English mail (no signature, no quote marks)."""
    body = (
        "Thanks, see you soon!\n\nYou receive this e-mail as a member of the Netwerk van directeuren van ambtelijke "
        "fusieorganisaties.\nTo leave the network, reply to this e-mail with 'unsubscribe from the network' or send "
        "an e-mail to info@ambtelijkefusie.nl.\n"
    )
    assert classify(mail(subject="RE: Uitnodiging", body=body)).kind != Kind.UNSUBSCRIBE
