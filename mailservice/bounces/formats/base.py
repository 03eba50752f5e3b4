"""What a format detector returns, and the text-scanning helpers most plain-text formats share."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from mailservice.bounces import addresses
from mailservice.bounces.mailtext import MailText


@dataclass(frozen=True, slots=True)
class Failure:
    """One recipient as a format states it; causes.py turns it into a BounceRecipient."""

    address: str
    diagnostic: str = ""
    status: str | None = None
    action: str | None = None  # None: failed, unless the text says it is only delayed


# A detector looks at one format only: None = "not my format", [] = "my format, no recipient found".
Detector = Callable[[MailText], list[Failure] | None]

_A = addresses.ADDRESS.pattern
# "  user@example.org", "<user@example.org>", "user@example.org:" alone on a line (Exim, Gmail, Sendmail)
_BULLET = r"(?:[>*\-\u2022]+[ \t]*)?"
_ALONE = re.compile(
    rf"^[ \t]*{_BULLET}[<\"']?(?:mailto:)?({_A})[>\"']?(?:[ \t]+<(?:mailto:)?\1>)?[ \t]*:?[ \t]*(?:\([^)]*\))?[ \t]*$",
    re.M | re.I,
)
# "<user@example.org>: reason" (qmail, Postfix text, Yahoo)
_COLON = re.compile(rf"^[ \t]*{_BULLET}<({_A})>[ \t]*:?[ \t]*(.*)$", re.M)
# "user@example.org [User unknown]", "user@example.org on 1/2/2024": an address opening a report line
_LEAD = re.compile(rf"^[ \t]*{_BULLET}<?({_A})>?(?:[ \t]+[\[(\w]|[ \t]*\.\.\.)", re.M)
# "user@example.org: 550 5.1.1 ..." (OpenSMTPD, many small MTAs)
_BARE_COLON = re.compile(rf"^[ \t]*{_BULLET}({_A}):[ \t]+\S", re.M)
# Sendmail's transcript: "554 <user@example.org>... 550 Host unknown" (sendmail/deliver.c, usrerr())
_TRANSCRIPT = re.compile(rf"^[ \t]*[45]\d\d[ \-]<?({_A})>?\.\.\.", re.M)
# Recipient named by a phrase, in several languages.
_PHRASE = re.compile(
    rf"\b(?:rcpt[ \t]+to:?|delivering (?:your |the )?(?:mail|message) to|(?:delivery|message|mail|bericht) (?:to|aan)"
    rf"|failed recipients?:?|recipient|recipients?(?: address(?:es)?)?:|(?:e-?mail )?address(?:es)?:|undeliverable to"
    rf"|could not be delivered to|not (?:be )?delivered to|niet (?:worden )?(?:afgeleverd|bezorgd) (?:bij|aan)"
    rf"|deliver(?:ed)? to(?: the following)?(?: recipients?)?:?|for|to|an|aan|destinataire ?:)"
    rf"[ \t]*:?[ \t]*\n?[ \t]*[<\"'(\[]?(?:mailto:)?(?<![\w.+\-])({_A})",
    re.I,
)


# "Unknown user: user@example.org", "Recipient address: <user@example.org>": a label, then the address.
_LABELLED = re.compile(
    rf"^[ \t]*(?!(?:from|to|cc|bcc|sender|reply-to|return-path|date|subject|message-id|"
    rf"envelope-from|received|x-[\w-]+|van|aan|verzonden|sent)\b)[\w][\w \-'/]{{2,60}}:[ \t]*"
    rf"[<\"']?(?:mailto:)?({_A})",
    re.M | re.I,
)


def usable(addr: str | None, mail: MailText, *, strong: bool = False) -> bool:
    """Not a mail-system mailbox and, unless a strong layout names it, not the sender's own address
    (people do send to themselves; a list line "<addr>:" is trusted, a passing mention is not)."""
    if not addr:
        return False
    if strong:
        # postmaster@ can itself be the failed recipient; the bounce's own From never is.
        return addr not in mail.from_addresses and not addr.startswith("mailer-daemon@")
    return not addresses.is_system(addr) and addr not in mail.sender_side


def _paragraph_after(text: str, start: int, stop: int | None = None) -> str:
    """The text from ``start`` to the end of its paragraph (blank line), for the diagnostic."""
    end = text.find("\n\n", start)
    if end == -1:
        end = len(text)
    if stop is not None:
        end = min(end, stop)
    return text[start:end]


def collapse(text: str, limit: int = 600) -> str:
    return " ".join(text.split())[:limit]


def scan(text: str, mail: MailText) -> list[Failure]:
    """Recipients in a plain-text report, each with the paragraph that follows it as diagnostic.

    Addresses standing alone on a line or opening a line as ``<addr>:`` are the strongest sign, the
    way nearly every MTA lists failed recipients; phrases ("delivery to", "RCPT TO:") come next.
    """
    starts: list[tuple[int, int, str]] = []  # (position of address, end of address line, address)
    for pattern in (_COLON, _ALONE, _BARE_COLON, _TRANSCRIPT, _LEAD):
        for match in pattern.finditer(text):
            addr = addresses.clean(match.group(1))
            if usable(addr, mail, strong=pattern is not _LEAD):
                starts.append((match.start(), match.end(1), addr))  # type: ignore[arg-type]
    for pattern in (_LABELLED, _PHRASE):
        if starts:
            break
        for match in pattern.finditer(text):
            addr = addresses.clean(match.group(1))
            if usable(addr, mail):
                starts.append((match.start(), match.end(1), addr))  # type: ignore[arg-type]
    starts.sort()
    first: dict[str, tuple[int, int]] = {}
    for pos, end, addr in starts:
        first.setdefault(addr, (pos, end))
    ordered = sorted((pos, end, addr) for addr, (pos, end) in first.items())
    out: dict[str, Failure] = {}
    for index, (pos, end, addr) in enumerate(ordered):
        stop = ordered[index + 1][0] if index + 1 < len(ordered) else None
        line_start = text.rfind("\n", 0, pos) + 1
        diag = _paragraph_after(text, line_start, stop)
        if len(collapse(diag)) <= len(addr) + 4:
            # Address alone in its paragraph: the reason is what follows, up to the next recipient.
            diag = text[end : stop if stop is not None else end + 1500]
        out[addr] = Failure(addr, collapse(diag))
    return list(out.values())


def text_detector(signature: re.Pattern[str], *, where: str = "report") -> Detector:
    """A detector for a plain-text format recognised by ``signature`` in its report (or subject)."""

    def detect(mail: MailText) -> list[Failure] | None:
        haystack = mail.subject if where == "subject" else mail.report
        if not signature.search(haystack):
            return None
        return scan(mail.report, mail)

    return detect
