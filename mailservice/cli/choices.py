"""Filter values in Dutch or as the stored code (issue 19, item 11): ``--status actief`` and ``--status active``.

A choice names the codes it accepts; each code is also accepted by its Dutch word (``labels.DUTCH``, the word
every screen shows) and by the extra words in ``ALIASES``. Case, hyphens and underscores do not matter
("wacht-op-bevestiging", "Wacht op bevestiging"). A value that is none of them is refused in Dutch, with the
words to choose from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import typer

from mailservice.labels import DUTCH
from mailservice.store.models import MemberStatus, OutboundStatus

# Words a person might type besides the one the screens show.
ALIASES: dict[str, tuple[str, ...]] = {
    "pending": ("wachtend", "onbevestigd"),
    "queued": ("wachtrij",),
    "sending": ("onderweg",),
    "member": ("leden",),
}


def _key(text: str) -> str:
    return " ".join(text.strip().lower().replace("-", " ").replace("_", " ").split())


@dataclass(frozen=True)
class Choice:
    """The values of one filter: ``what`` names it in a sentence ("status", "rol")."""

    what: str
    codes: tuple[str, ...]
    _words: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        words: dict[str, str] = {}
        for code in self.codes:
            for word in (code, DUTCH.get(code, code), *ALIASES.get(code, ())):
                words[_key(word)] = code
        object.__setattr__(self, "_words", words)

    def shown(self) -> str:
        """The Dutch words, for a help text or an error: "actief, afgemeld of verlopen"."""
        words = [DUTCH.get(code, code) for code in self.codes]
        return ", ".join(words[:-1]) + f" of {words[-1]}" if len(words) > 1 else words[0]

    def code(self, value: str) -> str:
        """The stored code for ``value`` (a Dutch word or the code itself); typer.BadParameter when unknown."""
        found = self._words.get(_key(value))
        if found is None:
            raise typer.BadParameter(f"'{value}' is geen {self.what}; kies {self.shown()}")
        return found

    def parser(self) -> Callable[[str], str]:
        return self.code


def _codes(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(str(v) for v in values)


MEMBER_STATUS = Choice("status", _codes(MemberStatus))
OUTBOUND_STATUS = Choice("status", _codes(OutboundStatus))
ROLE = Choice("rol", ("member", "adviesraad"))
