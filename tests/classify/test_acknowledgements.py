"""Issue 12, item 3: a confirmation is a person's act. Helpdesk and ticket acknowledgements, read receipts,
Lotus Notes automatic answers and challenge-response systems keep our subject with its reference, and must
never confirm a sign-up (the AVG proof of consent), whatever they keep; nor be answered (no loops)."""

from __future__ import annotations

import pytest

from mailservice import tokens
from mailservice.classify import Kind, classify
from tests.support import mail

TOKEN = tokens.generate()
SUBJECT = f"RE: Bevestig uw aanmelding [ref:{TOKEN}]"

MACHINES = {
    "kcc-nl": "Geachte heer/mevrouw,\n\nBedankt voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en "
    "nemen zo spoedig mogelijk contact met u op.\n\nMet vriendelijke groet,\nKlantcontactcentrum Gemeente A",
    "uw-vraag-ontvangen": "Uw vraag is ontvangen. U ontvangt binnen 5 werkdagen een antwoord.\n\nTeam Publiekszaken",
    "geregistreerd": "Beste afzender,\n\nUw melding is geregistreerd onder nummer 2026-004711. Wij nemen binnen "
    "drie werkdagen contact met u op.",
    "ticket-en": "Thank you for contacting the IT Service Desk. Your request has been received and a ticket was "
    "created.\n\nTicket ID: 88231",
    "zendesk": "##- Please type your reply above this line -##\n\nYour request (4521) has been received and is "
    "being reviewed by our support staff.",
    "get-back": "Hello,\n\nThanks for your message. We'll get back to you within two business days.\n\nSupport",
    "wij-nemen-contact": "Hartelijk dank voor uw bericht. Wij nemen z.s.m. contact met u op.\n\nSecretariaat",
    "case-number": "Dear sender, your message was logged. Case number: 55102. Do not reply to this e-mail.",
}
HEADERED = {
    "lotus-auto": ("AUTO: Jan Jansen is afwezig (terug op 12-01-2027)", "Ik ben afwezig.", {}),
    "read-receipt": ("Gelezen: Bevestig uw aanmelding", "Uw bericht is gelezen.", {}),
    "boxbe": (SUBJECT, "Please verify that you are a person.", {"X-Boxbe-Notice": "challenge"}),
    "bulk": (SUBJECT, "Wij hebben uw bericht ontvangen.", {"Precedence": "bulk"}),
}
PEOPLE = {
    "ja": "Ja, graag.",
    "bevestig": "Hierbij bevestig ik mijn aanmelding. Bedankt voor de snelle reactie!",
    "leeg": "",
    "met-dank": "Dank voor uw bericht, ik bevestig graag.\n\nMet vriendelijke groet,\nAnne de Boer",
}


@pytest.mark.parametrize("body", MACHINES.values(), ids=MACHINES.keys())
def test_an_acknowledgement_keeping_our_reference_never_confirms(body: str) -> None:
    decision = classify(mail("helpdesk@gemeente-a.nl", SUBJECT, body))
    assert decision.kind == Kind.AUTOREPLY and decision.no_reply, decision.reason


@pytest.mark.parametrize(("subject", "body", "headers"), HEADERED.values(), ids=HEADERED.keys())
def test_automatic_answers_by_their_headers_or_subject_never_confirm(
    subject: str, body: str, headers: dict[str, str]
) -> None:
    decision = classify(mail("helpdesk@gemeente-a.nl", subject, body or "x", headers=headers))
    assert decision.kind != Kind.CONFIRM and decision.no_reply, decision.reason


def test_a_read_receipt_never_confirms() -> None:
    """A message disposition notification (RFC 8098) comes back with our subject and reference."""
    raw = (
        "From: postbus@gemeente-a.nl\r\nTo: info@ambtelijkefusie.nl\r\n"
        f"Subject: {SUBJECT}\r\nMessage-ID: <mdn1@gemeente-a.nl>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\nUw bericht is weergegeven.\r\n"
        "--B\r\nContent-Type: message/disposition-notification\r\n\r\n"
        "Final-Recipient: rfc822; postbus@gemeente-a.nl\r\nDisposition: automatic-action/MDN-sent-automatically;"
        " displayed\r\n--B--\r\n"
    ).encode()
    decision = classify(raw)
    assert decision.kind != Kind.CONFIRM and decision.no_reply, decision.reason


@pytest.mark.parametrize("body", PEOPLE.values(), ids=PEOPLE.keys())
def test_a_person_still_confirms_in_one_reply(body: str) -> None:
    decision = classify(mail("anne.de.boer@gemeente-a.nl", SUBJECT, body or "\n"))
    assert (decision.kind, decision.token) == (Kind.CONFIRM, TOKEN), decision.reason
