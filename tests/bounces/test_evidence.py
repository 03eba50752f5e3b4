"""Issue 18: a recipient is reported only with its evidence, and never taken from the report's help text."""

from __future__ import annotations

import email
import email.policy

import pytest

from mailservice.bounces import detect
from tests.bounces.corpus import NEEDS_CORPUS, bounce_dir, load_labels, parse

POLICY = email.policy.default.clone(raise_on_defect=False)


@NEEDS_CORPUS
def test_every_recipient_on_the_shared_corpus_has_evidence() -> None:
    missing = []
    for label in load_labels(bounce_dir()):
        report = detect(parse(bounce_dir() / label["file"]))
        for r in report.recipients if report else ():
            if not r.evidence or r.evidence.endswith(": "):
                missing.append(f"{label['file']}: {r.address}")
    assert not missing


def _report(body: str, subject: str = "Undelivered Mail Returned to Sender") -> str:
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.voorbeeld.nl>\nTo: info@ambtelijkefusie.nl\n"
        f"Subject: {subject}\nContent-Type: text/plain\n\n{body}"
    )


@pytest.mark.parametrize(
    "body",
    [
        "Your message could not be delivered.\n\nPlease contact helpdesk@voorbeeld.nl for help.\n\n"
        "<a.visser@voorbeeld.nl>: user unknown\n",
        "Delivery failed.\nQuestions? Write to:\n  support@voorbeeld.nl\n\nFailed recipient: a.visser@voorbeeld.nl\n",
        "Mail to a.visser@voorbeeld.nl could not be delivered: user unknown.\n"
        "If you have questions, send mail to postbus@voorbeeld.nl.\n",
    ],
)
def test_help_text_addresses_are_never_recipients(body: str) -> None:
    report = detect(email.message_from_string(_report(body), policy=POLICY))
    assert report is not None
    assert [r.address for r in report.recipients] == ["a.visser@voorbeeld.nl"]


def test_the_service_own_mailboxes_are_never_recipients() -> None:
    body = "Delivery to the following recipients failed.\n\n  info@ambtelijkefusie.nl\n  a.visser@voorbeeld.nl\n"
    report = detect(email.message_from_string(_report(body), policy=POLICY))
    assert report is not None
    assert [r.address for r in report.recipients] == ["a.visser@voorbeeld.nl"]


def test_a_lists_own_addresses_are_never_recipients() -> None:
    body = (
        "Your message to lijst@lists.voorbeeld.org, sent from lijst-bounces@lists.voorbeeld.org and owned by\n"
        "lijst-owner@lists.voorbeeld.org, could not be delivered to a.visser@voorbeeld.nl: user unknown.\n"
    )
    report = detect(email.message_from_string(_report(body), policy=POLICY))
    assert report is not None
    # Not the -bounces or -owner address, and not the list the message went to: the member it failed for.
    assert [r.address for r in report.recipients] == ["a.visser@voorbeeld.nl"]
