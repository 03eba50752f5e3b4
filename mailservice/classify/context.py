"""Which of our own mails is this message answering? Thread first, then the subject.

STYLE.md habit 9: we tag what we send (Message-ID, ``[ref:AF-...]`` and ``[atelier:YYYY-N]`` in the subject), so
a reply is matched exactly before any word heuristic runs. The ingest pipeline passes a ``ThreadLookup`` that
maps the In-Reply-To/References ids to our outgoing messages (their purpose, and which rows they are: the
Decision carries the rows on to the actions, so the thread is looked up once); without a stored thread (a new
mail, a forwarded one, a client that drops the headers) the subject decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ThreadMatch:
    """Our own outgoing mail that a message refers to (In-Reply-To / References)."""

    purpose: str  # what the nearest of them was for, in the classifier's words (see the constants below)
    outbound_ids: tuple[int, ...] = ()  # every one of our outgoing rows found in the thread, nearest parent first


# Given the Message-IDs a message refers to, our own outgoing mail among them (or None).
ThreadLookup = Callable[[Sequence[str]], ThreadMatch | None]

CONFIRMATION = "confirmation"
WELCOME = "welcome"
GOODBYE = "goodbye"  # our "u bent afgemeld"
INVITATION = "invitation"
REMINDER = "reminder"
CALL_FOR_THEMES = "call_for_themes"
FOLLOWUP = "followup"

# Our atelier reference in subjects: "[atelier:2027-1]" (year, then the number of the atelier in that year).
ATELIER_REF = re.compile(r"\[\s*atelier\s*:\s*(\d{4})\s*-\s*(\d{1,2})\s*\]", re.I)

# Subject lines of our templates, as they come back under "RE:", "Antw:", "FW:" (ordered: first match wins).
_SUBJECTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (CONFIRMATION, re.compile(r"bevestig\s+uw\s+aanmelding|\[ref:", re.I)),
    (
        CALL_FOR_THEMES,
        re.compile(r"welke\s+thema.?s\s+wilt\s+u|gespreksthema|thema.?s\s+voor\s+(het\s+)?atelier", re.I),
    ),
    # The follow-up asks for themes for the next atelier (ingest maps vervolg_atelier the same way).
    (CALL_FOR_THEMES, re.compile(r"dank\s+voor\s+uw\s+(komst|deelname|aanwezigheid)|verslag\b.{0,60}atelier", re.I)),
    (REMINDER, re.compile(r"herinnering\b.{0,60}(atelier|uitnodiging)", re.I)),
    (INVITATION, re.compile(r"uitnodiging\b.{0,40}(leer-?\s*(en|&)\s*inspireer|atelier)|\[\s*atelier\s*:", re.I)),
    (WELCOME, re.compile(r"welkom\s+bij\s+het\s+netwerk|welcome\s+to\s+the\s+netwerk", re.I)),
)
# Every subject line our templates write, so that the words of our own subject under "RE:" are never read as
# the person's request ("RE: Uw afmelding: geen lidmaatschap gevonden" is no unsubscribe). Kept in step with
# templates/ by tests/classify/test_own_footers.py, which renders every template's subject.
_OUR_SUBJECT = re.compile(
    r"\[ref:|\[\s*atelier\s*:|bevestig\s+uw\s+aanmelding|^u\s+bent\s+al\s+aangemeld\b|^uw\s+afmelding\b|"
    r"^uw\s+bevestiging\s+kon\s+niet|^welkom\s+bij\s+het\s+netwerk|^onze\s+e-mail\s+komt\s+niet\s+altijd\s+aan|"
    r"^testbericht\s+van\s+de\s+mailingdienst|^mailing\s+\d+\s+stilgezet|^weekoverzicht\b|"
    r"van\s+de\s+verzendlijst\s+gehaald\s+na\s+bounces|^niet\s+verstuurd:|^wilt\s+u\s+zich\s+afmelden\b|"
    r"\[\s*afmelden\s*:|^bevestig\s+uw\s+verzoek\b|"
    # Issue 16: the casework's answers without a reference.
    r"^aanmelding\s+ontvangen\s+voor\b|^uw\s+nieuwe\s+e-mailadres\s+is\s+bevestigd|^uw\s+opvolger\s+is\s+uitgenodigd|"
    r"^uw\s+gegevens\s+bij\s+het\b|"
    # Issue 16: approval of sign-ups ("in behandeling", and the refusal).
    r"^uw\s+aanmelding\s+is\s+bevestigd\s+en\s+in\s+behandeling|^uw\s+aanmelding\s+bij\s+het\b|"
    # Issue 17: the membership mails in English.
    r"^please\s+confirm\s+your\s+registration\b|^welcome\s+to\s+the\s+netwerk\b|^you\s+are\s+already\s+a\s+member\s+of\b|"
    r"^you\s+have\s+been\s+unsubscribed\s+from\s+the\s+netwerk\b|^your\s+confirmation\s+could\s+not\s+be\s+processed\b|"
    # Issue 17: the other answers to a person in English (their reference-less subjects).
    r"^your\s+unsubscribe\s+request:\s+no\s+membership\s+found|^registration\s+received\s+for\b|"
    r"^your\s+registration\s+has\s+been\s+confirmed\s+and\s+is\s+being\s+reviewed|^your\s+registration\s+for\s+the\b|"
    r"^your\s+new\s+e-mail\s+address\s+has\s+been\s+confirmed|^your\s+successor\s+has\s+been\s+invited|"
    r"^your\s+details\s+held\s+by\s+the\b",
    re.I,
)
_REPLY_PREFIX = re.compile(r"^\s*((re|antw|aw|sv|vs|fw|fwd|doorst|wg|tr)\s*(\[\d+\])?\s*:\s*)+", re.I)


@dataclass(frozen=True, slots=True)
class Context:
    purpose: str | None  # of our mail being answered, see the constants above
    source: str  # "thread", "onderwerp" or "geen": shown in the reason
    atelier: str | None = None  # "2027-1"
    is_reply: bool = False
    outbound_ids: tuple[int, ...] = ()  # our rows in the thread (ThreadMatch), nearest parent first

    def describe(self) -> str:
        if self.purpose is None:
            return ""
        # With their own possessive: "ons bevestigingsverzoek" (het-word), "onze uitnodiging" (issue 19, item 7).
        names = {
            CONFIRMATION: "ons bevestigingsverzoek", WELCOME: "onze welkomstmail", INVITATION: "onze uitnodiging",
            REMINDER: "onze herinnering", CALL_FOR_THEMES: "onze themavraag", FOLLOWUP: "onze vervolgmail",
        }  # fmt: skip
        via = "volgens thread" if self.source == "thread" else "volgens onderwerp"
        return f"antwoord op {names.get(self.purpose, f'onze {self.purpose}')} ({via})"


def strip_reply_prefix(subject: str) -> str:
    return _REPLY_PREFIX.sub("", subject).strip()


_FORWARD_PREFIX = re.compile(r"^\s*(fw|fwd|doorst|wg|tr)\s*(\[\d+\])?\s*:", re.I)


def is_forwarded(subject: str) -> bool:
    """ "FW: graag afmelden": a subject passed on with someone else's mail (the forward prefixes of _REPLY_PREFIX)."""
    return bool(_FORWARD_PREFIX.match(subject))


# The writer's words put before a reply prefix: "Aanwezig - RE: Uitnodiging ...", "Ja graag | Antw: ...".
_WRITERS_PREFIX = re.compile(
    r"^\s*(?P<own>\S.*?)\s*[-–—:|/]*\s*\b(re|antw|aw|sv|vs|fw|fwd|doorst|wg|tr)\s*(\[\d+\])?\s*:", re.I
)


def writers_prefix(subject: str) -> str:
    """What the writer typed before the reply prefix of our subject ("Aanwezig - RE: Uitnodiging ..."), else ""."""
    subject = strip_reply_prefix(subject)
    m = _WRITERS_PREFIX.match(subject)
    return m.group("own").strip() if m and is_our_subject(subject[m.end("own") :]) else ""


# Our subjects end with their tag; what follows it the writer typed: "RE: Uitnodiging ... [atelier:2027-1] -> ja".
_OUR_TAG = re.compile(ATELIER_REF.pattern + r"|\[\s*ref\s*:[^\]]*\]", re.I)


def writers_suffix(subject: str) -> str:
    """What the writer typed after our subject's tag, else "" (also for a ticket system's bracketed number,
    "(zaaknummer Z-2027-004127)", "[#BWS-55120]", which nobody typed)."""
    tags = list(_OUR_TAG.finditer(subject))
    after = subject[tags[-1].end() :].strip(" \t-–—:|/>=") if tags else ""
    return "" if _BRACKETED.fullmatch(after) else after


_BRACKETED = re.compile(r"[\[(][^\])]*[\])]")


def is_our_subject(subject: str) -> bool:
    """True when the subject (after "RE:"/"Antw:"/"FW:") is one our templates write."""
    return bool(_OUR_SUBJECT.search(strip_reply_prefix(subject)))


def find_context(subject: str, thread_ids: Sequence[str], thread: ThreadLookup | None) -> Context:
    ref = ATELIER_REF.search(subject)
    atelier = f"{ref.group(1)}-{int(ref.group(2))}" if ref else None
    is_reply = bool(_REPLY_PREFIX.match(subject)) or bool(thread_ids)
    if thread is not None and thread_ids:
        try:
            match = thread(list(thread_ids))
        except Exception:  # a failing lookup must not stop classification; the subject still decides
            match = None
        if match is not None and match.purpose:
            return Context(match.purpose, "thread", atelier, True, match.outbound_ids)
    for purpose, rx in _SUBJECTS:
        if rx.search(subject):
            return Context(purpose, "onderwerp", atelier, is_reply)
    return Context(None, "geen", atelier, is_reply)
