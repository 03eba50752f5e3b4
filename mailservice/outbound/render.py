"""Jinja2 rendering of the mail templates: one purpose, one pair of files.

``<purpose>.txt.j2`` holds the plain text and a ``subject`` block; ``<purpose>.html.j2`` the HTML alternative.
Both are Dutch. A purpose may have a pair in another language next to them, ``<purpose>.<language>.txt.j2``
(issue 17: the membership mails in English, ``welkom.en.txt.j2``), with the same context; where a purpose has
none, the Dutch pair is sent.
StrictUndefined: a missing variable is an error (caught by the test that renders every template), never a
mail with a hole in it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from mailservice.clock import AMSTERDAM
from mailservice.mail_templates import TEMPLATES
from mailservice.settings import Settings, SignatureSettings

_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]  # not the locale's
_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def datum(value: date | datetime, weekday: bool = False) -> str:
    """Dutch date: '13 december 2026' (or 'zondag 13 december 2026'); datetimes in Amsterdam time."""
    if isinstance(value, datetime):
        value = value.astimezone(AMSTERDAM)
    text = f"{value.day} {_MONTHS[value.month - 1]} {value.year}"
    return f"{_DAYS[value.weekday()]} {text}" if weekday else text


def english_date(value: date | datetime, weekday: bool = False) -> str:
    """The same date in English: '13 December 2026' (or 'Sunday 13 December 2026'); datetimes in Amsterdam time, as
    the Dutch mail says."""
    if isinstance(value, datetime):
        value = value.astimezone(AMSTERDAM)
    text = f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"
    return f"{_DAYS_EN[value.weekday()]} {text}" if weekday else text


def clock_time(value: datetime) -> str:
    """The time of day on the Amsterdam clock, as English writes it: '14:30'."""
    return value.astimezone(AMSTERDAM).strftime("%H:%M")


# The four themes (and the rest) as the English mail names them; the Dutch names are the atelier's (THEME_NAMES).
_THEMES_EN = {
    "Strategie": "Strategy",
    "Samenwerking": "Collaboration",
    "Organisatie": "Organisation",
    "Dienstverlening": "Public services",
    "Overig": "Other",
}


def english_theme(name: str) -> str:
    """A theme's name in English ('Samenwerking': 'Collaboration'); a name we do not know as it is."""
    return _THEMES_EN.get(name, name)


DUTCH = "nl"


@dataclass(frozen=True, slots=True)
class Rendered:
    subject: str
    text: str
    html: str
    language: str = DUTCH  # of the templates rendered (the Content-Language header)


def render_globals(settings: Settings) -> dict[str, Any]:
    """What every template may use besides its own context: the signature (issue 19, item 8)."""
    return {"signature": settings.signature.model_dump()}


class Renderer:
    def __init__(self, directory: Path = TEMPLATES, globals_: dict[str, Any] | None = None) -> None:
        self.directory = directory
        # Kept, so a render worker can make the same renderer; plain data, so it pickles. Without settings the
        # embedded default signature applies.
        self.globals = {"signature": SignatureSettings().model_dump(), **(globals_ or {})}
        self._env = Environment(
            loader=FileSystemLoader(directory),
            undefined=StrictUndefined,
            autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            # Templates are read once per process: no stat() of every template on every render (a mailing
            # renders five per member). A changed template takes effect at the next start.
            auto_reload=False,
        )
        self._env.filters["datum"] = datum
        self._env.filters["english_date"] = english_date
        self._env.filters["clock_time"] = clock_time
        self._env.filters["english_theme"] = english_theme
        self._env.globals.update(self.globals)

    def _names(self) -> list[tuple[str, str]]:
        """(purpose, language) of every template pair: "welkom.txt.j2" is Dutch, "welkom.en.txt.j2" English."""
        found = []
        for path in self.directory.glob("[!_]*.txt.j2"):
            purpose, _, language = path.name.removesuffix(".txt.j2").partition(".")
            found.append((purpose, language or DUTCH))
        return sorted(found)

    def purposes(self) -> list[str]:
        return [purpose for purpose, language in self._names() if language == DUTCH]

    def translations(self) -> list[tuple[str, str]]:
        """(purpose, language) of every template pair in a language other than Dutch."""
        return [(purpose, language) for purpose, language in self._names() if language != DUTCH]

    def language_for(self, purpose: str, language: str) -> str:
        """The language the purpose's mail is written in for a reader of ``language``: that one where the purpose
        has the translation, else Dutch."""
        return language if language == DUTCH or (purpose, language) in self._translations else DUTCH

    def render(self, purpose: str, *, language: str = DUTCH, **context: Any) -> Rendered:
        """The purpose's mail in ``language`` where it has that translation, else in Dutch."""
        language = self.language_for(purpose, language)
        name = purpose if language == DUTCH else f"{purpose}.{language}"
        text_t = self._env.get_template(f"{name}.txt.j2")
        html_t = self._env.get_template(f"{name}.html.j2")
        ctx = text_t.new_context(dict(context))
        subject = " ".join("".join(text_t.blocks["subject"](ctx)).split())
        return Rendered(
            subject=subject, text=text_t.render(**context), html=html_t.render(**context), language=language
        )

    @functools.cached_property
    def _translations(self) -> frozenset[tuple[str, str]]:
        return frozenset(self.translations())
