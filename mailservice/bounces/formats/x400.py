"""Microsoft Exchange 5.5/2000/2003 reports with X.400 recipients: ``dda:SMTP=<address>;`` and ``IMCEA`` forms.

Under "did not reach the following recipient(s):" Exchange names each recipient as an X.400 O/R address
whose domain-defined attribute (DDA) of type SMTP carries the Internet address ("c=US;a= ;p=Org;o=Exchange;
dda:SMTP=user@example.org; on <date>"), or as "user@example.org on <date>", followed by the reason and an
"MSEXCH:" diagnostic line. An address Exchange could not map back is encapsulated as
"IMCEASMTP-user+40example+2Eorg@exchange.domain" (IMCEA encapsulation: "+XX" is the hex of a character).
https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages
and RFC 2156 (MIXER) for the O/R address attributes.
"""

from __future__ import annotations

import re

from mailservice.bounces import addresses
from mailservice.bounces.formats.base import Failure, collapse, usable
from mailservice.bounces.mailtext import MailText

NAME = "x400"
_INTRO = re.compile(r"did not reach the following recipient\(?s?\)?:?", re.I)
_DDA = re.compile(rf"dda:SMTP=({addresses.ADDRESS.pattern})\s*;?", re.I)
_IMCEA = re.compile(r"IMCEA(?:SMTP|EX)?-([A-Za-z0-9+._\-=]+?)@[A-Za-z0-9.\-]+", re.I)
# "user@example.org on Tue, 1 Dec 2026 10:02:00 +0100" / "on 4/29/01 11:34:45 PM": Exchange's recipient line.
_ON_DATE = re.compile(rf"^[ \t]*<?({addresses.ADDRESS.pattern})>?[ \t]+on[ \t]+\w", re.M)


def _imcea(encoded: str) -> str | None:
    """``user+40example+2Eorg`` -> ``user@example.org`` (IMCEA: "+" and two hex digits stand for a character)."""
    try:
        text = re.sub(r"\+([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), encoded)
    except ValueError:
        return None
    return addresses.clean(text) if "@" in text else None


def detect(mail: MailText) -> list[Failure] | None:
    report = mail.report
    intro = _INTRO.search(report)
    if not intro:
        return None
    text = report[intro.end() :]
    if not (_DDA.search(text) or "MSEXCH:" in text or _IMCEA.search(text)):
        return None
    found: list[tuple[int, str, str]] = []
    for match in _DDA.finditer(text):
        found.append((match.start(), addresses.clean(match.group(1)) or "", "X.400 'dda:SMTP=' attribute"))
    for match in _IMCEA.finditer(text):
        found.append((match.start(), _imcea(match.group(1)) or "", "IMCEA-encapsulated address"))
    if not found:
        for match in _ON_DATE.finditer(text):
            found.append((match.start(), addresses.clean(match.group(1)) or "", "'<address> on <date>' line"))
    found.sort()
    out: dict[str, Failure] = {}
    for index, (pos, addr, evidence) in enumerate(found):
        if not usable(addr, mail, strong=True) or addr in out:
            continue
        stop = found[index + 1][0] if index + 1 < len(found) else min(len(text), pos + 800)
        diagnostic = text[pos:stop].split("\n", 1)[1] if "\n" in text[pos:stop] else ""
        out[addr] = Failure(addr, collapse(diagnostic), evidence=evidence)
    return list(out.values())
