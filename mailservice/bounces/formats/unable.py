"""Reports that say in one sentence whom they could not deliver to, wrapped anywhere over its lines:
"I was unable to deliver your message to\\n  user@example.org.", "Your message could not be\\ndelivered to
<user@example.org>", "Unable to deliver message to: <user@example.org>".

Many small MTAs, gateways and virus scanners (InterScan, Trend Micro, MailFoundry, Earthlink's "Sorry, unable to
deliver your message to") write such a sentence instead of a recipient list; mail software wraps lines at
about 72 characters (RFC 5322 section 2.1.1) wherever the words fall, so the sentence is read with any white
space, line breaks included, between its words. It needs a mail-system sender or a failure subject (the generic
detector's conditions) so that a person who writes the same words is not read as a report.
"""

from __future__ import annotations

import re

from mailservice.bounces import addresses
from mailservice.bounces.formats import generic
from mailservice.bounces.formats.base import Failure, collapse, help_text, usable
from mailservice.bounces.mailtext import MailText

NAME = "unable"
_SENTENCE = re.compile(
    r"\b(?:(?:was|were|am|is)\s+)?(?:unable|not\s+able|could\s+not|couldn't|failed)\s+to\s+deliver\s+"
    r"(?:(?:your|the|this)\s+)?(?:e-?mail\s+|mail\s+|message\s+)?(?:message\s+)?(?:to|for)\s*:?\s*"
    rf"[<\"'(]?(?:mailto:)?({addresses.ADDRESS.pattern})"
    r"|\b(?:message|mail|e-?mail)\s+(?:could|can)\s*not\s+be\s+delivered\s+to\s*:?\s*"
    rf"[<\"'(]?(?:mailto:)?({addresses.ADDRESS.pattern})",
    re.I,
)


def detect(mail: MailText) -> list[Failure] | None:
    if not (generic.SENDER.search(mail.from_) or generic.SUBJECT.search(mail.subject)):
        return None
    out: dict[str, Failure] = {}
    for match in _SENTENCE.finditer(mail.report):
        group = 1 if match.group(1) else 2
        addr = addresses.clean(match.group(group))
        if not addr or help_text(mail.report, match.start(group)) or not usable(addr, mail):
            continue
        out.setdefault(
            addr,
            Failure(
                addr,
                collapse(mail.report[match.start() : match.end() + 400]),
                evidence="'unable to deliver ... to' sentence",
            ),
        )
    return list(out.values()) or None
