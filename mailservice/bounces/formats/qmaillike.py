"""qmail-style reports from other vendors: QSBMF's layout with another introduction.

QSBMF (https://cr.yp.to/proto/qsbmf.txt) is an introduction paragraph, then one paragraph per recipient that
starts with "<address>:" and a break paragraph starting with "---". vpopmail, hosted platforms and qmail forks
keep that layout but write their own introduction ("Hi. This is the MTA program at ...", "This is the mail
delivery agent at ...", "We're sorry. There's a problem with the e-mail address(es) you're trying to send to",
"Unfortunately, your mail was not delivered", "This is the deliver program at ..."). The qmail detector takes
qmail-send's own words; this one takes the layout: the "<address>:" paragraphs between the introduction and the
break, so no address from the introduction (a support address) or the copy below is read.
"""

from __future__ import annotations

import re

from mailservice.bounces import addresses
from mailservice.bounces.formats.base import Failure, collapse, usable
from mailservice.bounces.mailtext import MailText

NAME = "qmaillike"
_INTRO = re.compile(
    r"^[ \t]*(?:Hi\. (?:The MTA program at|This is the)|This is the (?:mail delivery agent|deliver(?:y)? program|"
    r"e-?mail server|mail transfer program|MTA) at|We're sorry\. There's a problem with the e-?mail address|"
    r"Unfortunately,? your (?:mail|message) (?:was|could) not (?:be )?delivered|Check your send e-?mail address)",
    re.I | re.M,
)
# "<address>:" as QSBMF writes it; some vendors drop the brackets or the colon ("address" alone, then the reason).
_RECIPIENT = re.compile(rf"^[ \t]*<?({addresses.ADDRESS.pattern})>?:?[ \t]*(.*)$", re.M)


def detect(mail: MailText) -> list[Failure] | None:
    report = mail.report
    intro = _INTRO.search(report)
    if not intro:
        return None
    body_start = report.find("\n\n", intro.end())
    if body_start < 0:
        return []
    tail = report[body_start:]
    stop = re.search(r"^[ \t]*-{2,}", tail, re.M)
    tail = tail[: stop.start()] if stop else tail
    out: dict[str, Failure] = {}
    matches = list(_RECIPIENT.finditer(tail))
    for index, match in enumerate(matches):
        addr = addresses.clean(match.group(1))
        if not addr or not usable(addr, mail, strong=True) or addr in out:
            continue
        end = matches[index + 1].start() if index + 1 < len(matches) else len(tail)
        out[addr] = Failure(addr, collapse(tail[match.end(1) + 1 : end]), evidence="QSBMF recipient paragraph")
    return list(out.values())
