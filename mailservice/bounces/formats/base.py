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
    evidence: str = ""  # where the address was read: "<format>: <field or line>" (see BounceRecipient)
    alias: str | None = None  # the same recipient's other address (Original-Recipient, "expanded from")


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
_LEAD = re.compile(rf"^[ \t]*{_BULLET}[<\"']?({_A})[>\"']?(?:[ \t]+[\[(\w]|[ \t]*\.\.\.)", re.M)
# '"Name" <user@example.org>' or 'Name <user@example.org>' alone on a line (Microsoft SMTPSVC, many gateways)
# A display name is a few Latin-script words (no sentence: help text in any language ends with "<address>" too).
_NAMED = re.compile(
    rf"^[ \t]*{_BULLET}\"?[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f .,'\-]{{0,59}}\"?"
    rf"[ \t]*<(?:mailto:)?({_A})>[ \t]*:?[ \t]*$",
    re.M,
)
# "user@example.org: 550 5.1.1 ..." (OpenSMTPD, many small MTAs)
_BARE_COLON = re.compile(rf"^[ \t]*{_BULLET}({_A}):[ \t]+\S", re.M)
# Sendmail's transcript: "554 <user@example.org>... 550 Host unknown" (sendmail/deliver.c, usrerr())
_TRANSCRIPT = re.compile(rf"^[ \t]*[45]\d\d[ \-]<?({_A})>?\.\.\.", re.M)
# Recipient named by a phrase, in several languages.
# Phrases that say this address failed ("could not be delivered to", "RCPT TO:", "failed recipient") come
# before phrases that only name where a message went ("your message to <list>", "for", "to"): in "Your message to
# list@... could not be delivered to member@..." the member failed, not the list.
_PHRASE_TAIL = rf"[ \t]*:?[ \t]*\n?[ \t]*[<\"'(\[]?(?:mailto:)?(?<![\w.+\-])({_A})"
_PHRASE = re.compile(
    r"\b(?:rcpt[ \t]+to:?|delivering (?:your |the )?(?:mail|message) to|delivery (?:to|aan)"
    r"|failed recipients?:?|recipient|recipients?(?: address(?:es)?)?:|(?:e-?mail )?address(?:es)?:|undeliverable to"
    r"|could not be delivered to|not (?:be )?delivered to|niet (?:worden )?(?:afgeleverd|bezorgd) (?:bij|aan)"
    r"|deliver(?:ed)? to(?: the following)?(?: recipients?)?:?|destinataire ?:)" + _PHRASE_TAIL,
    re.I,
)
_PHRASE_WEAK = re.compile(r"\b(?:(?:message|mail|bericht) (?:to|aan)|for|to|an|aan)" + _PHRASE_TAIL, re.I)


# "Unknown user: user@example.org", "Recipient address: <user@example.org>": a label, then the address.
_LABELLED = re.compile(
    rf"^[ \t]*(?!(?:from|to|cc|bcc|sender|reply-to|return-path|date|subject|message-id|"
    rf"envelope-from|received|x-[\w-]+|van|aan|verzonden|sent)\b)[\w][\w \-'/]{{2,60}}:[ \t]*"
    rf"[<\"']?(?:mailto:)?({_A})",
    re.M | re.I,
)


# Help text of a report: "please contact postmaster@...", "write to helpdesk@..." (issue 18). An address in
# such a sentence is whom to ask, never the recipient that failed.
_HELP = re.compile(
    r"(?:contact|write (?:to|an? e-?mail to)|"
    r"(?:re)?(?:send|direct|address|forward) (?:(?:an?|your|the|all|any|future|further) ){0,2}"
    r"(?:e-?mails?|mail|messages?|notes?|reports?|correspondence|enquiries|queries)(?: (?:from now on|instead))? to|"
    r"(?:stuur|richt|zend|mail) (?:(?:uw|je|jouw|het|de|alle) )?(?:e-?mails?|mail|berichten|bericht|vragen|post)?"
    r"[ \t]*(?:voortaan |vanaf nu |liever )?(?:naar|aan)|reply to|"
    r"forward (?:it|this)(?: message)? to|questions?|assistance|help ?desk|support|complaints?|report (?:this|it)|"
    r"administrator at|e-?mail us at|mail us at|reach us at|neem contact|contact opnemen|wend[et]? (?:u|je|zich)|"
    r"bij vragen|mail naar|schrijf naar|wenden sie sich|kontaktieren|contactez|é?crivez)\b[^@\n]{0,60}$",
    re.I,
)
# The same, ending the line before an address that stands alone ("Please write to:\n  help@example.org").
# Exim's "A message sent by\n\n  <sender>\n\ncould not be delivered" names the sender the same way.
_HELP_LINE = re.compile(
    r"(?:contact|write to|send (?:e-?)?mail to|reply to|questions?.{0,40}|(?:message|mail) (?:sent|submitted) by)"
    r"[ \t]*:?[ \t]*$",
    re.I,
)
# The address the report derived the failed one from (Postfix "(expanded from <x>)", Exim "(generated from x)",
# "(ultimately generated from x)", "generated by x" under a pipe or file): the address that was sent to.
_ALIAS = re.compile(
    rf"[>\"']?\s*\(?\s*(?:ultimately\s+)?(?:expanded|generated)\s+(?:from|by)\s*:?\s*<?({_A})>?",
    re.I,
)
# Any such alias in the text, wherever it stands (its address is never a recipient of its own).
_ALIAS_ANYWHERE = re.compile(rf"(?:expanded|generated)\s+(?:from|by)\s*:?\s*<?({_A})", re.I)
# A line that names the failed pipe or file's source alone ("    generated by x@example.org").
_GENERATED_LINE = re.compile(rf"^[ \t]*\(?(?:ultimately[ \t]+)?generated[ \t]+by[ \t]*:?[ \t]*<?({_A})>?", re.I | re.M)


# The weakest heuristic (the report's only address) is for reports a mail system wrote, never a person's message.
_SYSTEM_SENDER = re.compile(
    r"mailer-?daemon|postmaster|post_master|mail ?delivery|mail-?daemon|mail administrator|mailadmin|mail system|"
    r"<>|^\s*$",
    re.I,
)


def help_text(text: str, start: int) -> bool:
    """Is the address at ``start`` part of the report's help text (whom to ask), not a failed recipient?"""
    line_start = text.rfind("\n", 0, start) + 1
    if _HELP.search(text[line_start:start]):
        return True
    if text[line_start:start].strip(" \t<>\"'*-:") or line_start == 0:
        return False
    # The line before (or the one before a blank line) ends with the words that introduce the address.
    before = text[max(0, line_start - 120) : line_start].rstrip()
    return bool(_HELP_LINE.search(before.rsplit("\n", 1)[-1]))


def alias_after(text: str, end: int) -> str | None:
    """The "(expanded from X)" / "(generated from X)" address right after a failed address, if any."""
    match = _ALIAS.match(text, end, min(len(text), end + 200))
    if not match:
        return None
    return addresses.clean(match.group(1))


def usable(addr: str | None, mail: MailText, *, strong: bool = False) -> bool:
    """Not a mail-system mailbox and, unless a strong layout names it, not the sender's own address
    (people do send to themselves; a list line "<addr>:" is trusted, a passing mention is not)."""
    if not addr:
        return False
    if strong:
        # postmaster@ can itself be the failed recipient; the bounce's own From never is.
        return addr not in mail.from_addresses and not addr.startswith("mailer-daemon@") and not mail.is_ours(addr)
    return not addresses.is_system(addr) and addr not in mail.sender_side and not mail.is_ours(addr)


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


# Each layout with the evidence it gives, strongest first.
_LAYOUTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_COLON, "'<address>:' line"),
    (_ALONE, "address alone on a line"),
    (_NAMED, "'Name <address>' alone on a line"),
    (_BARE_COLON, "'address:' line"),
    (_TRANSCRIPT, "SMTP transcript line"),
    (_LEAD, "address opening a line"),
)
_FALLBACKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_LABELLED, "labelled line"),
    (_PHRASE, "phrase"),
    (_PHRASE_WEAK, "phrase"),
)


def scan(text: str, mail: MailText) -> list[Failure]:
    """Recipients in a plain-text report, each with the paragraph that follows it as diagnostic.

    Addresses standing alone on a line or opening a line as ``<addr>:`` are the strongest sign, the
    way nearly every MTA lists failed recipients; phrases ("delivery to", "RCPT TO:") come next. An address
    in help text ("contact postmaster@...") or given as the source of another ("expanded from") is no
    recipient of its own: the latter becomes the alias of the address it stands next to.
    """
    aliases = {m.start(1) for m in _ALIAS_ANYWHERE.finditer(text)}
    starts: list[tuple[int, int, str, str]] = []  # (position, end of address, address, evidence)
    for pattern, evidence in _LAYOUTS:
        for match in pattern.finditer(text):
            addr = addresses.clean(match.group(1))
            if match.start(1) in aliases or help_text(text, match.start(1)):
                continue
            if usable(addr, mail, strong=pattern not in (_LEAD, _NAMED)):
                starts.append((match.start(), match.end(1), addr, evidence))  # type: ignore[arg-type]
    for pattern, evidence in _FALLBACKS:
        if starts:
            break
        for match in pattern.finditer(text):
            addr = addresses.clean(match.group(1))
            if match.start(1) in aliases or help_text(text, match.start(1)):
                continue
            if usable(addr, mail):
                label = f"{evidence} '{collapse(match.group(0)[: match.start(1) - match.start()], 60)}'"
                starts.append((match.start(), match.end(1), addr, label))  # type: ignore[arg-type]
    if not starts:
        # A report that names one address, in running text ("user unknown, x@example.org, please check"):
        # when it is the only address the report gives outside its help text, it is the one that failed.
        found = {
            addr: match
            for match in addresses.ADDRESS.finditer(text)
            if (addr := addresses.clean(match.group(0))) and not help_text(text, match.start())
        }
        if len(found) == 1 and _SYSTEM_SENDER.search(mail.from_):
            [(addr, match)] = found.items()
            if usable(addr, mail) and match.start() not in aliases:
                starts.append((match.start(), match.end(), addr, "the report's only address"))
    if not starts:
        # A pipe or file that failed, named with the address it was generated by (Exim): that address.
        for match in _GENERATED_LINE.finditer(text):
            addr = addresses.clean(match.group(1))
            if usable(addr, mail, strong=True):
                starts.append((match.start(), match.end(1), addr, "'generated by' line under a pipe or file"))  # type: ignore[arg-type]
    starts.sort()
    first: dict[str, tuple[int, int, str]] = {}
    for pos, end, addr, evidence in starts:
        first.setdefault(addr, (pos, end, evidence))
    ordered = sorted((pos, end, addr, evidence) for addr, (pos, end, evidence) in first.items())
    out: dict[str, Failure] = {}
    for index, (pos, end, addr, evidence) in enumerate(ordered):
        stop = ordered[index + 1][0] if index + 1 < len(ordered) else None
        line_start = text.rfind("\n", 0, pos) + 1
        diag = _paragraph_after(text, line_start, stop)
        if len(collapse(diag)) <= len(addr) + 4:
            # Address alone in its paragraph: the reason is what follows, up to the next recipient.
            diag = text[end : stop if stop is not None else end + 1500]
        alias = alias_after(text, end)
        out[addr] = Failure(addr, collapse(diag), evidence=evidence, alias=alias if alias != addr else None)
    return list(out.values())


def text_detector(signature: re.Pattern[str], *, where: str = "report") -> Detector:
    """A detector for a plain-text format recognised by ``signature`` in its report (or subject)."""

    def detect(mail: MailText) -> list[Failure] | None:
        haystack = mail.subject if where == "subject" else mail.report
        if not signature.search(haystack):
            return None
        return scan(mail.report, mail)

    return detect
