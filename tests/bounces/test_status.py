"""Status codes are read only where a code can stand (issue 18): never out of a version number or running text."""

from __future__ import annotations

import pytest

from mailservice.bounces.status import find_status


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("550 5.1.1 <a@example.org>: user unknown", "5.1.1"),
        ("550-5.7.1 rejected", "5.7.1"),
        ("Status: 5.2.2", "5.2.2"),
        ("Sorry, no mailbox here by that name. (#5.1.1)", "5.1.1"),
        ("smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound", "5.1.1"),
        ("#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##", "5.1.1"),
        ("host mx.example.org 5.2.1 <a@example.org>... User Unknown", "5.2.1"),
        ("5.0.0 ... 5.1.1 user unknown", "5.1.1"),
        ("Error-Code: 5.1.1", "5.1.1"),
        ("This report was made by Mailman 2.0.12 on lists.example.org", None),
        ("Running Exim 4.9.1 since Tuesday", None),
        ("see version 5.1.10 of the manual", None),
        ("the server v5.1.1 answered", None),
        ("at 192.0.2.1 the connection dropped", None),
    ],
)
def test_codes_only_where_a_code_can_be(text: str, code: str | None) -> None:
    assert find_status(text) == code


def test_the_remote_reply_beats_the_reporting_mta_summary() -> None:
    # Amazon SES: its own "5.1.0 - Unknown address error" before the remote server's "550-'5.2.2 ...'" reply.
    text = "5.1.0 - Unknown address error 550-'5.2.2 <a@example.org>... Mailbox Full' (delivery attempts: 0)"
    assert find_status(text) == "5.2.2"
