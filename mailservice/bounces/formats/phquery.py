"""Sendmail's ``phquery`` mailer (CSO/ph name server look-up): "no such user" reports.

Sites that routed mail through the ph (CCSO) name server with sendmail's phquery mailer (sendmail cf/mailer/
phquery.m4) returned mail for a name the server did not know with the phquery program's text ("There are no
matches to your query", "no such user", "ambiguous") inside sendmail's "Transcript of session follows", where
the failed address stands on the "550 <address>... User unknown" line (sendmail usrerr(), RFC 5321 reply).
"""

from __future__ import annotations

import re

from mailservice.bounces import addresses
from mailservice.bounces.formats.base import Failure, collapse, usable
from mailservice.bounces.mailtext import MailText

NAME = "phquery"
SIGNATURE = re.compile(
    r"phquery|no matches to (?:your|the|nameserver) (?:name ?server )?query|nameserver query|"
    r"ph(?: name)? server|was not found in the (?:ph|cso) (?:directory|database)",
    re.I,
)
_A = addresses.ADDRESS.pattern
# "550 <user@example.org>... User unknown", "<user@example.org>... no such user", "Your letter to user@... "
_LINES = (
    (re.compile(rf"^[ \t]*(?:[45]\d\d[ \-])?<({_A})>\.\.\.", re.M), "'<address>...' transcript line"),
    (re.compile(rf"^[ \t]*(?:[45]\d\d[ \-])?({_A})\.\.\.", re.M), "'address...' transcript line"),
    (re.compile(rf"(?:letter|message|mail) to [\"<]?({_A})[\">]?", re.I), "phrase 'letter to'"),
)


def detect(mail: MailText) -> list[Failure] | None:
    if not SIGNATURE.search(mail.report):
        return None
    for pattern, evidence in _LINES:
        out: dict[str, Failure] = {}
        for match in pattern.finditer(mail.report):
            addr = addresses.clean(match.group(1))
            if addr and usable(addr, mail, strong=True) and addr not in out:
                line_end = mail.report.find("\n\n", match.end())
                out[addr] = Failure(addr, collapse(mail.report[match.start() : line_end]), evidence=evidence)
        if out:
            return list(out.values())
    return []
