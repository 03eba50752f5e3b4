"""The cause phrases (bounces/causes.py): matched on lowered text, so every phrase must itself be lower case."""

from __future__ import annotations

import re

from mailservice.bounces import causes


def test_phrases_are_lower_case() -> None:
    # An upper-case letter (other than an escape such as \S or \W) could never match the lowered text.
    upper = [(reason, pattern) for reason, pattern in causes._PHRASES if re.search(r"(?<!\\)[A-Z]", pattern)]
    assert upper == []


def test_the_cause_is_found_whatever_the_case() -> None:
    assert causes.by_text("550 5.2.2 MAILBOX IS FULL") == "mailboxfull"
    assert causes.by_text("Postvak Is Vol") == "mailboxfull"
    assert causes.by_text("Recipient Address Rejected: User Unknown") == causes.by_text(
        "recipient address rejected: user unknown"
    )
