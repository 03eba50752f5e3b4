"""Exim text bounces: "Mail delivery failed: returning message to sender".

Exim names the failed addresses in ``X-Failed-Recipients`` (exim spec, chapter 50 "Message processing",
https://www.exim.org/exim-html-current/doc/html/spec_html/ch-message_processing.html) and lists each
one indented, followed by the SMTP error, under "The following address(es) failed:".
"""

from __future__ import annotations

import re
from dataclasses import replace

from mailservice.bounces import addresses
from mailservice.bounces.formats.base import Failure, scan, usable
from mailservice.bounces.mailtext import MailText

NAME = "exim"
SIGNATURE = re.compile(
    r"This message was created automatically by mail delivery software|following address\(es\) failed"
    r"|could not be delivered to one or more of its\s+recipients|Message delay report|has not yet been delivered",
    re.I,
)


def detect(mail: MailText) -> list[Failure] | None:
    header = ",".join(mail.header_all("X-Failed-Recipients"))
    if not header and not SIGNATURE.search(mail.report):
        return None
    found = {f.address: f for f in scan(mail.report, mail)}
    listed = [a for a in addresses.find_all(header) if usable(a, mail, strong=True)]
    if found:
        # The text lists every failed address with its error; the header (which may carry a rewritten
        # address) is the fallback when the list names a pipe or file instead of an address. One failure and
        # one other address in the header: the same recipient before and after rewriting, kept as its alias.
        failures = list(found.values())
        others = [a for a in listed if a not in found]
        if len(failures) == 1 and len(listed) == 1 and others and not failures[0].alias:
            failures = [replace(failures[0], alias=others[0])]
        return failures
    return [Failure(a, evidence="X-Failed-Recipients header") for a in listed]
