"""SMTP enhanced status codes (RFC 3463) and reply codes (RFC 5321) found in diagnostic text.

A code is read only where a code can stand (issue 18): a status field's value, right after an SMTP reply code
("550 5.1.1", "550-5.1.1", Exchange's "#550 5.1.1"), at the start of a line or a clause (after ":", ";", "(",
"[", "#", a quote or "<"), or after a word that introduces one ("Status:", "code", "error", "said", "DSN").
Never out of running text: "Mailman 2.0.12" or "version 5.1.10" is a version number, not status 2.0.12.
"""

from __future__ import annotations

import re

# class.subject.detail; RFC 3463 section 2: class 2, 4 or 5; subject 0-7, detail 1-3 digits. The look-arounds
# keep version numbers ("v5.1.10", "5.1.10.2"), IP addresses and dates out.
_ENHANCED = re.compile(r"(?<![\d./vV\w])([245])\.([0-7])\.(\d{1,3})(?![\w.]\d|\d|\.\d|\w)")
# What may stand right before a code: nothing (start of a line), punctuation that opens a clause, an SMTP
# reply code, a word that introduces a code, or the answering host's name. Checked on the text before the
# match, on the same line.
_BEFORE = re.compile(
    r"(?:^|[(\[:;#'\"=<>,*.!?]|\b[245]\d\d[ \-]?|\b(?:status|code|codes|error|errors|dsn|smtp|said|reply|response|"
    r"returned|failed|failure|reason|because|diagnostic|fout|fehler|erreur|statuscode|enhanced)\b[:=]?"
    # the host that answered ("host: mx.example.org 5.2.1 ..."): a reply, with its host name before it
    r"|\b[a-z][\w-]*(?:\.[\w-]+)+)"
    r"[ \t]*#?[ \t]*$",
    re.I,
)
# A reply code at the start of a reply line: "550 ", "550-", "550:" (RFC 5321 section 4.2).
_REPLY = re.compile(r"(?<![\w.\-:/])([245][0-5]\d)(?=[ \-:]|$)(?!-\d\d\b)", re.M)
_IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")


# A code inside the remote server's SMTP reply ("550-'5.7.1 ...", "550 5.2.2"): its own words.
_AFTER_REPLY = re.compile(r"\b[245]\d\d[ \-]?['\"]?[ \t]*#?$")


def _codes(text: str) -> list[str]:
    """Codes where a code can stand; those inside an SMTP reply first (the reporting MTA's own summary code,
    "5.1.0 - Unknown address error 550-'5.7.1 ...'", says less than the remote server's reply)."""
    replies: list[str] = []
    others: list[str] = []
    for match in _ENHANCED.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[max(line_start, match.start() - 60) : match.start()]
        if _AFTER_REPLY.search(before):
            replies.append(".".join(match.groups()))
        elif _BEFORE.search(before):
            others.append(".".join(match.groups()))
    return replies + others


def find_status(text: str) -> str | None:
    """The most specific enhanced status code in ``text``, read only where a code can stand.

    X.0.0 and 4.4.7 are kept only as a last resort: servers often prefix a generic code to the real one
    ("5.0.0 ... 5.1.1 user unknown"), and 4.4.7 (expired) hides the cause a later line names.
    """
    if not text or "." not in text:
        return None
    text = _IPV4.sub(" ", text)
    fallback = None
    for code in _codes(text):
        if code.endswith(".0.0") or code == "4.4.7":
            fallback = fallback or code
            continue
        return code
    return fallback


def find_reply(text: str) -> str | None:
    """The first plausible SMTP reply code (4xx/5xx preferred over 2xx) in ``text``."""
    if not text:
        return None
    text = _IPV4.sub(" ", text)
    first2 = None
    for match in _REPLY.finditer(text):
        code = match.group(1)
        if code[0] in "45":
            return code
        first2 = first2 or code
    return first2


def temporary(status: str | None) -> bool | None:
    if not status:
        return None
    if status[0] == "4":
        return True
    if status[0] == "5":
        return False
    return None
