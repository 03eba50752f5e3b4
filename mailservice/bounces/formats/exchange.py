"""Microsoft Exchange (2003-2019) and Office 365 text NDRs, in English and Dutch.

Exchange lists each failed recipient at the start of a line after a fixed sentence ("did not reach the
following recipient(s)", "Delivery has failed to these recipients or groups", "Bezorging is mislukt
voor deze ontvangers of groepen"), and repeats it under "Diagnostic information for administrators"
with "Remote Server returned '550 5.1.1 ...'". The "To:" lines of the quoted original above the
sentence list *all* recipients, so only the text after it is read.
https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages
"""

from __future__ import annotations

import re

from mailservice.bounces import addresses
from mailservice.bounces.formats.base import Failure, collapse, help_text, scan, usable
from mailservice.bounces.mailtext import MailText

NAME = "exchange"
SIGNATURE = re.compile(
    r"did not reach the following recipient|did not reach some or all of the intended recipients"
    r"|Delivery has failed to these recipients or groups|Your message (?:couldn't|could not|can't|cannot) be delivered"
    r"|Your message to .{0,80} couldn't be delivered|Your message wasn't delivered to"
    r"|Bezorging is mislukt voor deze ontvangers|Uw bericht heeft (?:de volgende|sommige of alle) ontvangers?"
    r"|Uw bericht (?:aan .{0,80})?(?:kan|kon) niet worden (?:bezorgd|afgeleverd)|niet bereikt"
    r"|Levering (?:is )?mislukt|De levering aan de volgende ontvangers is mislukt"
    r"|Delivery to these recipients or groups is complete|Zustellung an folgende Empf",
    re.I,
)
_SUBJECT = re.compile(r"^(?:Undeliverable|Niet bestelbaar|Onbestelbaar|Kan niet worden bezorgd|Unzustellbar)", re.I)
_LINE = re.compile(rf"^[ \t]*(?:[^<@\n]{{0,80}}[<(\[])?(?:mailto:)?({addresses.ADDRESS.pattern})", re.M)


def detect(mail: MailText) -> list[Failure] | None:
    report = mail.report
    marker = SIGNATURE.search(report)
    if not marker and not _SUBJECT.search(mail.subject.strip()):
        return None
    text = report[marker.end() :] if marker else report
    starts: list[tuple[int, str]] = []
    for match in _LINE.finditer(text):
        addr = addresses.clean(match.group(1))
        if (
            usable(addr, mail)
            and not help_text(text, match.start(1))
            and not re.match(
                r"[ \t]*(?:To|Aan|Cc|From|Van|Sent|Verzonden|Message-ID|In-Reply-To|References|X-[\w-]+):",
                match.group(0),
                re.I,
            )
        ):
            starts.append((match.start(), addr))  # type: ignore[arg-type]
    diagnostics: dict[str, list[str]] = {}
    for index, (pos, addr) in enumerate(starts):
        stop = starts[index + 1][0] if index + 1 < len(starts) else min(len(text), pos + 1500)
        diagnostics.setdefault(addr, []).append(text[pos:stop])
    if not diagnostics:
        return scan(report, mail)
    evidence = "line after the failure sentence" if marker else "line of a report with an NDR subject"
    return [Failure(addr, collapse(" ".join(parts), 1000), evidence=evidence) for addr, parts in diagnostics.items()]
