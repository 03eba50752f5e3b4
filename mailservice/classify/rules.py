"""Decide what an inbound message is. Rules are an ordered table; the first that fires decides.

First, simple version for the foundation issue; the classifier issue makes it thorough.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from mailservice import bounces, tokens
from mailservice.classify.decision import Decision, Kind
from mailservice.classify.message import Parsed, parse
from mailservice.classify.quotes import strip_quoted

# Given the Message-IDs a message refers to, the purpose of our own outgoing mail it answers (or None).
ThreadLookup = Callable[[Sequence[str]], str | None]

_NOREPLY_LOCAL = re.compile(r"^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?)([+\-.].*)?$", re.I)

_SUBSCRIBE = re.compile(
    r"\b(aanmelden|aanmelding|meld\w* (ik )?(mij|me) .{0,40}\baan|inschrijven|schrijf .{0,30}\bin|"
    r"lid worden|subscribe|sign me up|join)\b",
    re.I,
)
_UNSUBSCRIBE = re.compile(
    r"\b(afmelden|afmelding|meld\w* (ik )?(mij|me) .{0,40}\baf|uitschrijven|schrijf .{0,30}\buit|"
    r"unsubscribe|opzeggen)\b",
    re.I,
)


def _header_decision(p: Parsed) -> Decision | None:
    auto = p.header("Auto-Submitted").lower()
    if auto and auto != "no":
        return _base(p, Kind.AUTOREPLY, f"kop Auto-Submitted: {auto}")
    for name in ("X-Autoreply", "X-Autorespond"):
        if p.header(name):
            return _base(p, Kind.AUTOREPLY, f"kop {name}")
    precedence = p.header("Precedence").lower()
    if precedence in {"auto_reply", "junk"}:
        return _base(p, Kind.AUTOREPLY, f"kop Precedence: {precedence}")
    return None


def _base(p: Parsed, kind: Kind, reason: str, **data: object) -> Decision:
    return Decision(
        kind=kind,
        reason=reason,
        sender=p.sender,
        sender_name=p.sender_name,
        subject=p.subject,
        message_id=p.message_id,
        in_reply_to=p.in_reply_to,
        references=p.references,
        no_reply=kind in (Kind.AUTOREPLY, Kind.BOUNCE) or bool(data.pop("no_reply", False)),
        **data,  # type: ignore[arg-type]
    )


def classify(raw: bytes, *, thread: ThreadLookup | None = None) -> Decision:
    try:
        return _classify(raw, thread)
    except Exception as exc:  # the classifier never raises: a human looks instead
        return Decision(kind=Kind.OTHER, reason=f"classificatie mislukt ({type(exc).__name__})", no_reply=True)


def _classify(raw: bytes, thread: ThreadLookup | None) -> Decision:
    p = parse(raw)
    if p.msg is None or not p.sender:
        return _base(p, Kind.OTHER, "; ".join(p.problems) or "geen afzender", no_reply=True)
    report = bounces.detect(p.msg)
    if report is not None:
        return _base(p, Kind.BOUNCE, f"{report.layer}: {report.reason}", recipients=report.recipients)
    local = p.sender.split("@", 1)[0]
    if _NOREPLY_LOCAL.match(local):
        return _base(p, Kind.OTHER, f"machine-afzender {p.sender}", no_reply=True)
    decided = _header_decision(p)
    if decided:
        return decided
    bulk = bool(p.header("List-Id") or p.header("List-Unsubscribe")) or p.header("Precedence").lower() in {
        "bulk",
        "list",
    }
    if bulk:
        return _base(p, Kind.OTHER, "bulk- of lijstmail", bulk=True, no_reply=True)
    own = strip_quoted(p.body)
    token = tokens.find(p.subject) or tokens.find(own)
    if token:
        return _base(p, Kind.CONFIRM, f"referentie {token} gevonden", token=token)
    text = f"{p.subject}\n{own}"
    unsub = _UNSUBSCRIBE.search(text)
    sub = _SUBSCRIBE.search(text)
    if unsub and not sub:
        return _base(p, Kind.UNSUBSCRIBE, f"afmeldwoorden: '{unsub.group(0)}'", erase=False)
    if sub and not unsub:
        return _base(p, Kind.SUBSCRIBE, f"aanmeldwoorden: '{sub.group(0)}'", member_email=p.sender)
    if sub and unsub:
        return _base(p, Kind.OTHER, "zowel aan- als afmeldwoorden: een mens beslist")
    problems = f" ({'; '.join(p.problems)})" if p.problems else ""
    return _base(p, Kind.OTHER, "geen verzoek herkend" + problems)
