"""MDaemon (Alt-N / MDaemon Technologies) delivery failure reports.

MDaemon lists failed recipients under "The following addresses did NOT receive a copy of your message:" as
"> address" lines, reports a local unknown user as "address - no such user here." / "There is no user by that
name at this server", and attaches a "--- Session Transcript ---" with "--> RCPT To:<address>" and the remote
"<-- 550 ..." reply (MDaemon's "Permanent Delivery Failure" notice). MDaemon manual, "Delivery Status
Notification messages"; the same layouts are read by flufl.bounce's simplematch patterns.
"""

from __future__ import annotations

import re

from mailservice.bounces import addresses
from mailservice.bounces.formats.base import Failure, collapse, usable
from mailservice.bounces.mailtext import MailText

NAME = "mdaemon"
_A = addresses.ADDRESS.pattern
SIGNATURE = re.compile(
    r"did NOT receive a copy of your message|- no such user here|There is no user by that name|"
    r"MDaemon|--- Session Transcript ---|PERMANENT fatal delivery errors",
    re.I,
)
_LAYOUTS = (
    (re.compile(rf"^[ \t]*>[ \t]*<?({_A})>?", re.M), "'> address' line"),
    (re.compile(rf"^[ \t]*<?({_A})>?[ \t]+-[ \t]+no such user", re.M | re.I), "'address - no such user here' line"),
)
_RCPT = re.compile(rf"-->[ \t]*RCPT TO:[ \t]*<({_A})>[^\n]*\n[^\n]*<--[ \t]*([45]\d\d[^\n]*)", re.I)


def detect(mail: MailText) -> list[Failure] | None:
    if not (SIGNATURE.search(mail.report) or "mdaemon" in mail.from_.lower()):
        return None
    text = mail.text  # the session transcript often stands below MDaemon's copy-of-message marker
    out: dict[str, Failure] = {}
    for pattern, evidence in _LAYOUTS:
        for match in pattern.finditer(mail.report):
            addr = addresses.clean(match.group(1))
            if addr and usable(addr, mail, strong=True):
                out.setdefault(
                    addr, Failure(addr, collapse(mail.report[match.end() : match.end() + 300]), evidence=evidence)
                )
        if out:
            return list(out.values())
    for match in _RCPT.finditer(text):
        addr = addresses.clean(match.group(1))
        if addr and usable(addr, mail, strong=True) and match.group(2)[0] in "45":
            out.setdefault(
                addr, Failure(addr, collapse(match.group(2)), evidence="refused 'RCPT To:' in the session transcript")
            )
    return list(out.values()) if out else None
