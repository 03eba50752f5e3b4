"""AOL reports that name the failed recipient by bare screen name ("jdoe123", no domain).

AOL's own mail servers listed failed AOL recipients by screen name only, under "mail to the following
recipients could not be delivered" or sendmail's "The following addresses had permanent fatal errors"; a
screen name is the local part of <name>@aol.com (AOL screen names are mailboxes at aol.com, see AOL's help
"What is a screen name", and flufl.bounce's AOL detector, which reads the same layout). Only a report from an
AOL mail server is read this way: a bare word elsewhere is not an address.
"""

from __future__ import annotations

import re

from mailservice.bounces import addresses
from mailservice.bounces.formats.base import Failure, collapse, usable
from mailservice.bounces.mailtext import MailText

NAME = "aol"
_AOL_DOMAINS = ("aol.com", "aim.com")
_INTRO = re.compile(
    r"mail to the following recipients? could not be delivered[^\n]*(?:\n[^\n]*?:)?[ \t]*\n"
    r"|-+ ?The following addresses? had (?:permanent fatal|transient non-fatal) errors ?-*[ \t]*\n",
    re.I,
)
# A screen name alone on its line: 3 to 32 letters, digits, dots or underscores (no spaces, no @).
_SCREEN_NAME = re.compile(r"[ \t]*<?([A-Za-z][A-Za-z0-9._]{2,31})>?[ \t]*$")


def _aol_domain(mail: MailText) -> str | None:
    for addr in mail.from_addresses:
        domain = addr.rpartition("@")[2]
        for aol in _AOL_DOMAINS:
            if domain == aol or domain.endswith("." + aol):
                return aol
    return None


def detect(mail: MailText) -> list[Failure] | None:
    domain = _aol_domain(mail)
    if domain is None:
        return None
    intro = _INTRO.search(mail.report)
    if not intro:
        return None
    out: list[Failure] = []
    lines = mail.report[intro.end() :].split("\n")
    for index, line in enumerate(lines):
        if not line.strip():
            if out:
                break
            continue
        match = _SCREEN_NAME.match(line)
        found = addresses.clean(line) if "@" in line else None
        if found is None and match is None:
            if out or index > 2:
                break
            continue
        addr = found or f"{match.group(1).lower()}@{domain}"  # type: ignore[union-attr]
        if usable(addr, mail, strong=True):
            reason = collapse(" ".join(lines[index + 1 : index + 3]))
            out.append(Failure(addr, reason, evidence="screen name under the failure line, at the AOL domain"))
    return out or None
