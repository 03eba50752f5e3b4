"""The tally of suggestions: per theme, how many members named it and which topics came up.

A member counts once per theme however many mails they send (the tally shows what the members choose together,
not who writes most). A topic belongs to the themes its own words point to; a topic without theme words
belongs to the theme(s) of the mail it came in, else to "overig". Topics that differ only in case, spacing or closing
punctuation are counted as one, shown in the words of whoever wrote it first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from mailservice.ateliers import THEMES
from mailservice.classify.themes import themes_in

OTHER = "overig"


@dataclass(frozen=True, slots=True)
class Entry:
    member_id: int
    themes: tuple[str, ...]
    topics: tuple[str, ...]


@dataclass
class ThemeCount:
    theme: str
    members: set[int] = field(default_factory=set)
    suggestions: int = 0
    topics: Counter[str] = field(default_factory=Counter)  # by the topic's normal form (``normal``)
    wording: dict[str, str] = field(default_factory=dict)  # normal form -> the writer's words, as first written

    @property
    def member_count(self) -> int:
        return len(self.members)

    def named(self) -> list[tuple[str, int]]:
        """The topics in the writer's own words, most named first, each with how often it was named."""
        return [(self.wording[name], n) for name, n in self.topics.most_common()]


@dataclass
class Tally:
    themes: dict[str, ThemeCount]
    suggestions: int
    members: int

    def ranked(self) -> list[ThemeCount]:
        """Themes by number of members, then in the brochure's order; "overig" last."""
        order = {t: i for i, t in enumerate((*THEMES, OTHER))}
        return sorted(self.themes.values(), key=lambda c: (c.theme == OTHER, -c.member_count, order[c.theme]))


def _shown(topic: str) -> str:
    return " ".join(topic.split()).strip(" .;:,")


def _normal(topic: str) -> str:
    """What makes two topics the same one: the words, whatever their case, spacing or closing punctuation."""
    return _shown(topic).lower()


def tally(entries: Iterable[Entry]) -> Tally:
    counts = {t: ThemeCount(t) for t in (*THEMES, OTHER)}
    members: set[int] = set()
    n = 0
    for entry in entries:
        n += 1
        members.add(entry.member_id)
        mail_themes = [t for t in entry.themes if t in THEMES]
        touched: set[str] = set(mail_themes)
        for topic in entry.topics:
            name = _normal(topic)
            if not name:
                continue
            own = [t for t in themes_in(topic) if t in THEMES] or mail_themes or [OTHER]
            for theme in own:
                counts[theme].topics[name] += 1
                counts[theme].wording.setdefault(name, _shown(topic))
                touched.add(theme)
        for theme in touched or {OTHER}:
            counts[theme].members.add(entry.member_id)
            counts[theme].suggestions += 1
    return Tally(themes=counts, suggestions=n, members=len(members))
