"""Our own mails' words, to find what a writer typed in between them (issue 17: answers inside our quote).

Outlook quotes a mail without any marker, and a Gmail writer may type between the ">" lines without one: only the
words tell the writer's lines from ours. Those words come from the templates themselves, read with Jinja's lexer:
the literal text, a placeholder for each ``{{ }}``, which words begin a line, which sit in one branch of an ``if``
with an ``else``, and a loop's placeholders as filling any number of lines. A reworded or new template therefore
needs no list here.

A quote is aligned word by word with the template that shares the most runs of words with it: difflib's longest
matches first, never over the end of a quoted line, and a match of one or two words only where it begins a line in
both (a chance "is" or "en" would pull the alignment off course). Words left over where the template goes on with a
placeholder fill it (a member's name, a date, the atelier's description, the signature), within the line of ours
where the placeholder stands in a sentence, over whole lines where it stands alone on one and next to the words that
matched. Other words left over are the writer's: a line of them, or two or more typed into a line of ours where our
text goes straight on around them. A quote of an older wording of ours leaves words over too, but mixed with ours on
the same line or in runs of three words our templates have; those stay ours. When the template's own words barely
match (another organisation's mail, a frame around someone's text), nothing is the writer's.

What cannot be told: a line typed right above our signature or right under the atelier's description, where a
placeholder could be filling it. Those stay ours, and the mail goes to a person if nothing else is found.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import Match, SequenceMatcher

from jinja2 import Environment

from mailservice.mail_templates import TEMPLATES

# A {{ }} in a template: never a word of a quote. One alone on its line (the atelier's description, an adviser in
# the signature, a link) may fill whole lines; one inside a sentence (a name, a date, an address) fills only part of
# a line whose other words are ours.
_PLACEHOLDER = "\x00"
_PLACEHOLDER_LINES = "\x01"
_FILLED = frozenset({_PLACEHOLDER, _PLACEHOLDER_LINES})
_LINE_END = "\x02"  # the end of a line of the quote
_TAG = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}")
_WORD = re.compile(r"\w+")
_INCLUDE = re.compile(r"""\{%-?\s*include\s+["']([^"']+)["']\s*-?%\}""")
_EXTENDS = re.compile(r"""\{%-?\s*extends\s+["']([^"']+)["']\s*-?%\}""")
_SUBJECT = re.compile(r"\{%-?\s*block\s+subject\s*-?%\}.*?\{%-?\s*endblock\s*-?%\}", re.S)

# How well a quote must match a template to be that mail of ours: this many of the template's own words (not its
# layout's signature and footer) found in order in the quote (a writer may quote only part of our mail), and at
# least half of the quote's words ours or filling a placeholder. Another organisation's mail that borrows a few of
# our phrases stays far below.
_OUR_WORDS = 12
_OUR_SHARE = 0.5
# A line is the writer's when at most this share of its words were aligned with the template's words, and at least
# half of them are left over (not filling a placeholder).
_MOSTLY_NEW = 0.25
_HALF = 0.5


@dataclass(frozen=True, slots=True)
class _Template:
    name: str
    read: _Read
    own: int  # how many of its words are the template's own, before its layout's signature and footer
    trigrams: frozenset[tuple[str, ...]]  # runs of three words, to find the likely templates fast

    @property
    def words(self) -> tuple[str, ...]:  # lower-case words, _PLACEHOLDER for a {{ }}
        return self.read.words


def _source(name: str, layout: bool = True) -> str:
    """A template's text with its includes in place and its layout after it (our layouts put the body first)."""
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    text = _SUBJECT.sub("", text)
    text = _INCLUDE.sub(lambda m: _source(m.group(1)), text)
    extends = _EXTENDS.search(text)
    text = _EXTENDS.sub("", text)
    return text + "\n" + _source(extends.group(1)) if extends and layout else text


@dataclass(frozen=True, slots=True)
class _Read:
    """A template's source read into words."""

    words: tuple[str, ...]
    line_starts: frozenset[int]
    alternative: frozenset[int]  # inside an if with an else: a mail has one branch, not all
    condition: tuple[int, ...]  # the innermost if around each word (the word where it starts), or -1


def _words(source: str) -> _Read:
    """The words of a template's source. A ``{% set %}`` block's words are the value of a placeholder, not words
    in place."""
    alone = {n for n, line in enumerate(source.split("\n"), 1) if not _WORD.search(_TAG.sub("", line))}
    words: list[str] = []
    starts: set[int] = set()
    alternative: set[int] = set()
    condition: list[int] = []
    last_line = 0  # the source line of the last word
    inside = False  # in a {{ }}
    tag: list[str] | None = None  # the names in the {% %} being read
    opened: list[tuple[str, int]] = []  # the if, for and set blocks around the text, and their first word
    branches: dict[int, bool] = {}  # an if (by its first word): has it an elif or else?

    def add(word: str, line: int) -> None:
        nonlocal last_line
        if any(kind == "set" for kind, _ in opened):
            return
        if line != last_line:
            starts.add(len(words))
        condition.append(next((at for kind, at in reversed(opened) if kind == "if"), -1))
        words.append(word)
        last_line = line

    for line, kind, value in Environment().lex(source):
        if kind == "block_begin":
            tag = []
        elif kind == "block_end" and tag is not None:
            if tag[:1] in (["if"], ["for"]) or (tag[:1] == ["set"] and "=" not in tag):
                opened.append((tag[0], len(words)))
                branches[len(words)] = False
            elif tag[:1] in (["elif"], ["else"]) and opened:
                branches[opened[-1][1]] = True
            elif tag[:1] in (["endif"], ["endfor"], ["endset"]) and opened:
                _, first = opened.pop()
                if branches[first]:
                    alternative.update(range(first, len(words)))
            tag = None
        elif tag is not None:
            if kind != "whitespace":
                tag.append(value)
        elif kind == "variable_begin":  # (a loop may repeat its line any number of times)
            add(_PLACEHOLDER_LINES if line in alone or any(k == "for" for k, _ in opened) else _PLACEHOLDER, line)
            inside = True
        elif kind == "variable_end":
            inside = False
        elif kind == "data" and not inside:
            for found in _WORD.finditer(value):
                add(found.group().lower(), line + value.count("\n", 0, found.start()))
    return _Read(tuple(words), frozenset(starts), frozenset(alternative), tuple(condition))


@functools.cache
def _templates() -> tuple[_Template, ...]:
    """Every plain-text mail template, Dutch and English (partials, starting with "_", are part of the others),
    but for those whose text is a placeholder: the secretariat's answer or notice is theirs, not the template's."""
    found = []
    for path in sorted(TEMPLATES.glob("*.txt.j2")):
        own = _words(_source(path.name, layout=False)).words
        if path.name.startswith("_") or sum(w not in _FILLED for w in own) < _OWN_WORDS:
            continue
        read = _words(_source(path.name))
        found.append(_Template(path.name, read, len(own), _trigrams(read.words)))
    return tuple(found)


@functools.cache
def _all_trigrams() -> frozenset[tuple[str, ...]]:
    return frozenset().union(*(t.trigrams for t in _templates()))


def _trigrams(words: Sequence[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(words[i : i + 3]) for i in range(len(words) - 2))


_OWN_WORDS = 15  # a template with fewer words of its own than this is a frame around someone's text
_RUN = 3  # words in a row that match our text by more than chance (see _align)
_CANDIDATES = 3  # the templates sharing the most runs of words with a quote, aligned to find the best


def _aligned(words: list[str], starts: Sequence[int]) -> tuple[_Template, list[Match]] | None:
    """The template that the most of ``words`` align with, and the alignment (``starts``: the words that begin a
    line of the quote); None when no template shares enough runs of three words to be quoted here. (_OUR_WORDS in
    order, in runs of three and more, share at least _OUR_WORDS // 3 of them: the quote of someone else's mail, most
    quotes a reply carries, is passed over without aligning it.)"""
    runs = _trigrams(words)
    shared = sorted(((len(t.trigrams & runs), t) for t in _templates()), key=lambda f: f[0], reverse=True)
    candidates = [t for n, t in shared[:_CANDIDATES] if n >= _OUR_WORDS // _RUN]
    if not candidates:
        return None
    found = []
    for template in candidates:
        blocks: list[Match] = []
        matcher = SequenceMatcher(None, template.words, words, autojunk=False)
        _align(matcher, template, (words, frozenset(starts)), (0, len(template.words)), (0, len(words)), blocks)
        found.append((sum(b.size for b in blocks), template, blocks))
    _, template, blocks = max(found, key=lambda f: f[0])
    return template, [*blocks, Match(len(template.words), len(words), 0)]


def _align(
    matcher: SequenceMatcher[str],
    template: _Template,
    quote: tuple[Sequence[str], frozenset[int]],  # its words, and those that begin a line
    a: tuple[int, int],
    b: tuple[int, int],
    blocks: list[Match],
) -> None:
    """difflib's recursion, longest run first, with one difference: a run of one or two words may match by chance
    ("is", "en" of a sentence in another branch of the template) and pull the alignment off course, so where no
    longer run is left, only the words that begin a line in both still match ("Beste", "Wanneer:" before a
    placeholder's value, "Komt u?")."""
    longest = matcher.find_longest_match(a[0], a[1], b[0], b[1])
    if longest.size >= _RUN:
        _align(matcher, template, quote, (a[0], longest.a), (b[0], longest.b), blocks)
        blocks.append(longest)
        _align(matcher, template, quote, (longest.a + longest.size, a[1]), (longest.b + longest.size, b[1]), blocks)
        return
    words, starts = quote
    i = a[0]
    for j in sorted(n for n in starts if b[0] <= n < b[1]):
        at = next((k for k in range(i, a[1]) if k in template.read.line_starts and template.words[k] == words[j]), None)
        if at is None:
            continue
        size = 1
        while at + size < a[1] and j + size < b[1] and template.words[at + size] == words[j + size]:
            size += 1
        blocks.append(Match(at, j, size))
        i = at + size


_WRAP = 70  # the narrowest width a client wraps quoted lines at (Gmail and Thunderbird 72, Outlook 76)


def _wrapped(line: str, below: str) -> bool:
    """Did a client's line wrapping cut ``line`` before the first word of ``below``: would that word not have fit,
    and does ``line`` not end a sentence?"""
    first = below.split()[0] if below.split() else ""
    return len(line.rstrip()) + 1 + len(first) > _WRAP and not line.rstrip().endswith((".", "!", "?", ":", ";"))


def _fills_lines(template: _Template, gap: range, matched: set[int], last: bool) -> bool:
    """May the quote's words in this gap of the alignment (``gap``: the template's words in it) fill a placeholder
    alone on its line? Only where one sits at the edge of the gap, next to the words that did match: the writer kept
    the lines around it. The words of other branches of an if do not count in the distance, and a placeholder in an
    if whose own words are all missing was not in the mail. (At the end of the quote only the gap's start counts: a
    writer who typed under the first lines of our mail deleted the rest.)"""
    read = template.read

    def in_mail(n: int) -> bool:
        around = [k for k in range(len(read.words)) if read.condition[k] == read.condition[n] != -1]
        return not [k for k in around if read.words[k] not in _FILLED] or any(k in matched for k in around)

    lines = [n for n in gap if read.words[n] == _PLACEHOLDER_LINES and in_mail(n)]
    if not lines:
        return False
    before = sum(n not in read.alternative for n in range(gap.start, lines[0]))
    after = sum(n not in read.alternative for n in range(lines[-1] + 1, gap.stop))
    return before <= _RUN or (not last and after <= _RUN)


def typed_between(lines: Sequence[str], unsigned: bool = False) -> dict[int, str]:
    """What the writer typed between our words in ``lines`` (a quote of one of our mails, its ">" markers already
    off or not), by line: a whole line, or the words typed into a line of ours ("... geldig tot en Nee, geen
    interesse. met 13 december"). Empty when the lines are no mail of ours. ``unsigned``: the lines stop above our
    signature, so no placeholder of it fills the lines at their end."""
    where: list[int] = []  # the line of each word (-1: the end of a line)
    words: list[str] = []
    spans: list[tuple[int, int]] = []  # where each word is in its line
    on_line: dict[int, list[int]] = {}
    for n, line in enumerate(lines):
        for found in _WORD.finditer(line):
            on_line.setdefault(n, []).append(len(words))
            words.append(found.group().lower())
            where.append(n)
            spans.append(found.span())
        # A match never runs over the end of a quoted line ("... niet aangemeld" typed above our "Dan kunt u ..."),
        # though the template's lines are not the quote's (a client may wrap them): no template word equals this.
        words.append(_LINE_END)
        where.append(-1)
        spans.append((len(line), len(line)))
    if not on_line:
        return {}
    aligned = _aligned(words, [js[0] for js in on_line.values()])
    if aligned is None:
        return {}
    template, blocks = aligned
    if sum(max(0, min(b.a + b.size, template.own) - b.a) for b in blocks) < _OUR_WORDS:
        return {}
    ours = [False] * len(words)
    for block in blocks:
        for j in range(block.b, block.b + block.size):
            ours[j] = True
    # Our lines: more than a few of their words aligned (a writer's line may share a "wilt u" with ours), or begun
    # with ours
    lines_ours = {n for n, js in on_line.items() if ours[js[0]] or sum(ours[j] for j in js) > _MOSTLY_NEW * len(js)}
    # A placeholder's value wrapped onto the next line ("... Netwerk van directeuren van / ambtelijke
    # fusieorganisaties."): the line continues a long line of ours that does not end a sentence.
    for n in sorted(on_line):
        if n - 1 in lines_ours and _wrapped(lines[n - 1], lines[n]):
            lines_ours.add(n)
    # Words left over: where the template has nothing, or only a placeholder inside a sentence and the word is not
    # on a line of ours. (Words before the first match are the quote's header, "Van: ... Onderwerp: ...".)
    left_over = [False] * len(words)
    inserted = [False] * len(words)  # left over where the template goes straight on
    matched = {b.a + k for b in blocks for k in range(b.size)}
    a_end = b_end = 0
    for block in blocks:
        gap = template.words[a_end : block.a]
        last = block.size == 0
        stop = min(block.a, template.own) if last and unsigned else block.a
        if b_end > 0 and not _fills_lines(template, range(a_end, stop), matched, last=last):
            for j in range(b_end, block.b):
                left_over[j] = where[j] >= 0 and (_PLACEHOLDER not in gap or where[j] not in lines_ours)
                inserted[j] = left_over[j] and not gap and not last
        a_end, b_end = block.a + block.size, block.b + block.size
    if sum(left_over) > (1 - _OUR_SHARE) * sum(len(js) for js in on_line.values()):
        return {}
    typed = {}
    for n, js in on_line.items():
        if n not in lines_ours and sum(left_over[j] for j in js) >= _HALF * len(js):
            run = js
        else:  # words typed into a line of ours, where our text goes straight on around them
            run = max(_runs([j for j in js if inserted[j]]), key=len, default=[])
            if len(run) < _TYPED_INTO:
                continue
        runs = _trigrams([words[j] for j in run])
        if len(runs & _all_trigrams()) <= _MOSTLY_NEW * len(runs):  # not a sentence of an older wording of ours
            typed[n] = lines[n] if run is js else _fragment(lines[n], spans[run[0]][0], spans[run[-1]][1])
    return typed


_TYPED_INTO = 2  # words typed into a line of ours, at least


def _runs(indexes: list[int]) -> list[list[int]]:
    """Consecutive indexes, grouped: [3, 4, 5, 9] -> [[3, 4, 5], [9]]."""
    found: list[list[int]] = []
    for n in indexes:
        if found and found[-1][-1] == n - 1:
            found[-1].append(n)
        else:
            found.append([n])
    return found


def _fragment(line: str, start: int, end: int) -> str:
    """The words of ``line`` from ``start`` to ``end``, and the punctuation closing them ("Nee, geen interesse.")."""
    while end < len(line) and line[end] in ".,;:!?)]'\"":
        end += 1
    return line[start:end]
