"""A topic: the writer's own phrase for what an atelier should discuss, stored whole, with a short label for tables.

The phrases come from what the writer proposes: bullet items, else the sentences that name a theme word, with the
lead-in ("Ik zou graag ...", "Mijn voorstel is:") left out. They are kept as written, however long: the tally for
the Adviesraad, the CSV export and the thank-you mail show the writer's own words. Two bounds, each in one place:

- ``MAX_TOPIC``, a protection against abuse, not a layout rule: a longer phrase ends at its last sentence end (else
  its last word) within the bound, and the decision's reason says so (``Topics.note``); never a silent "...".
- ``label``: the short form where a table or a list has no room (the console, the CLI), cut at a word with "…".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mailservice.classify.themes import themes_in

MAX_TOPIC = 2000  # characters; a whole paragraph fits, a pasted document does not
MAX_LABEL = 60  # characters of a label, the "…" included
MAX_TOPICS = 8  # phrases taken from one message

_BULLET = re.compile(r"^\s*(?:[-*•·–]|\d+[.)]|[a-z][.)])\s+(.+)$", re.I)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+")
_LEAD_IN = re.compile(
    r"^(ik\s+(zou|wil)\s+(graag\s+)?(het\s+)?(onderwerp|thema)?\s*|graag\s+(zou\s+ik\s+)?|wij\s+(zouden|willen)\s+graag\s+|"
    r"mijn\s+(suggestie|voorstel)\s+(is|zou\s+zijn)\s*:?\s*|suggestie\s*:\s*|voorstel\s*:\s*|thema\s*:\s*|"
    r"onderwerp\s*:\s*|bijvoorbeeld\s*|wat\s+mij\s+betreft\s*)",
    re.I,
)
GREETING = re.compile(r"^(beste|geachte|hallo|hoi|goede(morgen|middag|navond)|dear|hi)\b", re.I)
_LEAD_WORDS = 5  # at most this many words before a colon announce the phrase rather than belong to it
# Words of a lead-in before a colon: the writer (first person) or the act of proposing, Dutch and English.
_ANNOUNCING = re.compile(
    r"\b(ik|mij|mijn|wij|we|ons|onze|i|my|our|onderwerp\w*|thema\w*|suggest\w*|voorstel\w*|stel\w*\s+(ik\s+)?voor|"
    r"idee\w*|topic\w*|keer|vervolg\w*|aanvulling\w*|sessie\w*|session\w*|atelier\w*|next|volgend\w*|punt\w*|"
    r"vraag\w*|question\w*|bespreken|discuss\w*)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
_BREAKS = re.compile(r"[ \t\r\n]+")
_SHORT_END = " ,;:-–—("  # what a shortened phrase or label does not end on


@dataclass(frozen=True, slots=True)
class Topics:
    """The phrases of one message, and how many of them were longer than ``MAX_TOPIC`` and shortened."""

    phrases: tuple[str, ...]
    shortened: int = 0

    @property
    def note(self) -> str:
        """For the decision's reason: what was shortened, in Dutch; empty when nothing was."""
        if not self.shortened:
            return ""
        which = "een onderwerp" if self.shortened == 1 else f"{self.shortened} onderwerpen"
        return f"{which} langer dan {MAX_TOPIC} tekens ingekort"


def topics_in(text: str) -> Topics:
    """The topic phrases in ``text``: bullet items, else sentences that name a theme word; at most ``MAX_TOPICS``."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    bullets = [m.group(1).strip() for ln in lines if (m := _BULLET.match(ln))]
    candidates = bullets or [s.strip() for s in _SENTENCE_SPLIT.split(text) if s.strip()]
    phrases: list[str] = []
    shortened = 0
    for candidate in candidates:
        if GREETING.match(candidate):
            continue
        if not bullets and not themes_in(candidate):
            continue
        phrase = _without_lead_in(candidate)
        if not phrase:
            continue
        if len(phrase) > MAX_TOPIC:
            phrase, shortened = bounded(phrase), shortened + 1
        phrases.append(phrase[0].upper() + phrase[1:])
        if len(phrases) == MAX_TOPICS:
            break
    return Topics(tuple(phrases), shortened)


def _without_lead_in(candidate: str) -> str:
    """The phrase without the words that announce it: a known lead-in, or a few words before a colon that speak
    of the writer or of proposing and name no theme ("Graag zou ik willen bespreken: ...", "Voor de volgende keer:
    ..."). A title before a colon ("Eén gezicht naar de inwoner: loketten samenvoegen") is the writer's phrase."""
    phrase = _LEAD_IN.sub("", candidate).strip(" .:;,-")
    head, colon, rest = phrase.partition(":")
    if (
        colon
        and rest.strip(" .:;,-")
        and len(head.split()) <= _LEAD_WORDS
        and _ANNOUNCING.search(head)
        and not themes_in(head)
    ):
        phrase = rest.strip(" .:;,-")
    return phrase


def bounded(phrase: str, limit: int = MAX_TOPIC) -> str:
    """``phrase`` up to its last sentence end within ``limit`` characters, else its last whole word, else cut."""
    if len(phrase) <= limit:
        return phrase
    head = phrase[:limit]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    if ends and ends[-1] > limit // 2:
        return head[: ends[-1]]
    return _at_word(phrase, limit)


def label(topic: str) -> str:
    """The short form of ``topic`` for a table: on one line, at most ``MAX_LABEL`` characters, cut at a word.
    Only line breaks and tabs become spaces: any other control character stays for the display to show escaped."""
    one = _one_line(topic)
    if len(one) <= MAX_LABEL:
        return one
    return _at_word(one, MAX_LABEL - 1) + "…"


def label_leaves_out(topic: str) -> bool:
    """Whether the label of ``topic`` leaves words out (where it does, a page offers the topic in full)."""
    return label(topic) != _one_line(topic)


def _one_line(topic: str) -> str:
    return _BREAKS.sub(" ", topic).strip()


def _at_word(text: str, limit: int) -> str:
    """The beginning of ``text`` of at most ``limit`` characters that ends with a whole word."""
    head = text[:limit]
    if text[limit] != " " and len(words := head.rsplit(" ", 1)) == 2:
        head = words[0]
    return head.rstrip(_SHORT_END + " ")
