"""Issue 18, separation: what is a bounce notice and what is an automatic answer (through the classifier)."""

from __future__ import annotations

import pytest

from mailservice.classify import Kind, classify


def _mail(headers: str, body: str) -> bytes:
    return (headers.strip() + "\nTo: info@ambtelijkefusie.nl\nContent-Type: text/plain\n\n" + body).encode()


DELAY_FROM_NULL = _mail(
    "From: <>\nSubject: Delivery delayed: Uitnodiging\nAuto-Submitted: auto-replied",
    "This is an automatically generated Delivery Status Notification.\n\n"
    "THIS IS A WARNING MESSAGE ONLY.\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
    "Delivery to the following recipient has been delayed:\n\n     m.kuipers@trage-gemeente.nl\n\n"
    "Message will be retried for 2 more day(s)\n",
)
CHALLENGE = _mail(
    "From: Guest List <verify@challenge-voorbeeld.com>\nSubject: Please verify your message\n"
    "X-Boxbe-Notice: true\nAuto-Submitted: auto-replied",
    "Your message to h.post@gemeente-c.nl was not delivered yet: the recipient accepts mail only from\n"
    "approved senders. Click the link to verify that you are a person.\n",
)
PRECEDENCE_BULK = _mail(
    "From: Karin Hofman <k.hofman@gemeente-v.nl>\nSubject: Re: Uitnodiging\nPrecedence: junk",
    "Dank voor uw bericht. Deze mailbox wordt niet dagelijks gelezen.\n",
)
NEWSLETTER_BULK = _mail(
    "From: Nieuwsbrief <nieuws@vakblad-voorbeeld.nl>\nSubject: Nieuws van deze week\nPrecedence: bulk",
    "Het nieuws van deze week.\n",
)
LOTUS_AUTO = _mail(
    "From: Wim Dekker <w.dekker@gemeente-w.nl>\nSubject: AUTO: Wim Dekker is niet op kantoor (terug op 12-01-2027)",
    "Ik ben niet op kantoor.\n",
)
READ_RECEIPT = (
    b"From: Ria Smit <r.smit@gemeente-r.nl>\nTo: info@ambtelijkefusie.nl\nSubject: Gelezen: Uitnodiging\n"
    b"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=disposition-notification; boundary=b\n\n"
    b"--b\nContent-Type: text/plain\n\nUw bericht is gelezen.\n\n--b\n"
    b"Content-Type: message/disposition-notification\n\nFinal-Recipient: rfc822;r.smit@gemeente-r.nl\n"
    b"Disposition: manual-action/MDN-sent-manually; displayed\n\n--b--\n"
)
ENGLISH_OOO = [
    _mail(
        "From: Tom Baker <t.baker@council-voorbeeld.uk>\nSubject: Re: Uitnodiging",
        "Thank you for your email. I will be out of the office until Monday 11 January and will respond "
        "to your message when I return.\n",
    ),
    _mail(
        "From: Sue Green <s.green@council-voorbeeld.uk>\nSubject: Re: Uitnodiging",
        "I am currently on annual leave with no access to email. I will be back on 4 January.\n"
        "For urgent matters please contact my colleague.\n",
    ),
    _mail(
        "From: Ahmed Yilmaz <a.yilmaz@gemeente-y.nl>\nSubject: Re: Uitnodiging",
        "I'm travelling until 20 December with limited access to e-mail. Upon my return I will reply.\n",
    ),
]


def test_delay_warning_from_the_null_sender_is_a_bounce_notice() -> None:
    decision = classify(DELAY_FROM_NULL)
    assert decision.kind is Kind.BOUNCE, decision.reason
    assert [(r.address, r.action) for r in decision.recipients] == [("m.kuipers@trage-gemeente.nl", "delayed")]


def test_challenge_response_is_not_a_bounce() -> None:
    decision = classify(CHALLENGE)
    assert decision.kind is Kind.AUTOREPLY, decision.reason


def test_auto_answer_with_precedence_junk_is_an_autoreply() -> None:
    assert classify(PRECEDENCE_BULK).kind is Kind.AUTOREPLY


def test_newsletter_with_precedence_bulk_stays_bulk() -> None:
    decision = classify(NEWSLETTER_BULK)
    assert decision.kind is Kind.OTHER and decision.bulk


@pytest.mark.parametrize("raw", [LOTUS_AUTO, READ_RECEIPT], ids=["lotus-auto", "mdn"])
def test_lotus_auto_and_read_receipts_are_autoreplies(raw: bytes) -> None:
    assert classify(raw).kind is Kind.AUTOREPLY


@pytest.mark.parametrize("raw", ENGLISH_OOO, ids=["out-of-office-until", "annual-leave", "travelling"])
def test_english_out_of_office_is_an_autoreply(raw: bytes) -> None:
    decision = classify(raw)
    assert decision.kind is Kind.AUTOREPLY, decision.reason


# A person's mailbox that answers by itself "no longer in use, write to <other address>" (issue 18): the other
# address is where to write, never a recipient that failed. Whatever the subject says, the mailbox answered.
RETIRED_MAILBOX = [
    _mail(
        "From: Gordon Vos <g.vos@werkorganisatie-rijnoever.nl>\n"
        "Subject: Undeliverable mailbox - please update your records\nX-Autoreply: yes",
        "This mailbox is no longer in use. Gordon Vos has left Werkorganisatie Rijnoever. Please send your "
        "message to info@werkorganisatie-rijnoever.nl.\n\nThis is an automated message.\n",
    ),
    _mail(
        "From: Petra Smits <p.smits@gemeente-heuvelland.nl>\nSubject: Onbestelbaar: Uitnodiging atelier\n"
        "X-Autorespond: yes",
        "Dit adres is niet meer in gebruik. Stuur uw bericht voortaan naar secretariaat@gemeente-heuvelland.nl.\n",
    ),
    _mail(
        "From: Anne Mol <a.mol@gemeente-dijkzicht.nl>\nSubject: Undeliverable: Re: Uitnodiging",
        "Anne Mol no longer works at Gemeente Dijkzicht; this mailbox is no longer monitored.\n"
        "Please direct your e-mail to directie@gemeente-dijkzicht.nl.\n",
    ),
]


@pytest.mark.parametrize("raw", RETIRED_MAILBOX, ids=["x-autoreply", "x-autorespond-dutch", "no-header"])
def test_retired_mailbox_pointing_elsewhere_is_no_bounce_of_that_address(raw: bytes) -> None:
    decision = classify(raw)
    assert decision.kind is Kind.AUTOREPLY, decision.reason
    assert decision.address_gone, decision.reason
    assert not decision.recipients
