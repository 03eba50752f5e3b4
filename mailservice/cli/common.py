"""What every command shares: global options, settings, the App, logging, and output that is safe to read.

Much of what the CLI shows came from outside: a mail's subject, a sender's name, a reason that quotes the mail,
a bounce diagnostic. Such text is data and never instructions for the terminal or the spreadsheet (issue 12,
item 7): ``console`` shows every string literally (no rich markup, no emoji codes) with control characters made
visible, ``printable`` does the same for a one-line field, and ``csv_cell`` (mailservice.exports) cleans every cell
an export writes.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from mailservice import settings as settings_mod
from mailservice.app import App, build
from mailservice.cli.database import opened
from mailservice.clock import AMSTERDAM, log_timestamp
from mailservice.text import UNSAFE_IN_LINE, UNSAFE_IN_TEXT

_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _placeholder(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def printable(value: object, *, multiline: bool = False) -> str:
    """``value`` as text that is safe to show: every control character becomes visible as ``\\x1b``,
    ``\\u202e`` and the like, so a person sees that something was there and nothing acts on the terminal.
    A ``multiline`` text keeps its tabs and line ends (CRLF read as one line end); a one-line field, such as a
    subject in a "label: value" line, cannot start a line of its own."""
    text = "" if value is None else str(value)
    if multiline:
        return UNSAFE_IN_TEXT.sub(_placeholder, text.replace("\r\n", "\n"))
    return UNSAFE_IN_LINE.sub(_placeholder, text)


class _PlainConsole(Console):
    """A console for which every string is data: shown literally, never read as rich markup ("[/x]" would crash
    it, "[link=...]" would make a live hyperlink) or emoji codes, its control characters made visible. Rich turns
    every string into Text here (console.print, table cells and headers alike), so nothing gets past it. The
    CLI's own emphasis is a Text with a style (``heading``), built from ``printable`` parts."""

    def render_str(self, text: str, **kwargs: Any) -> Text:
        kwargs.update(markup=False, emoji=False)
        return super().render_str(printable(text, multiline=True), **kwargs)


def json_line(value: object) -> str:
    """``value`` as one line of JSON, readable UTF-8, in which every character ``printable`` would replace is a
    JSON ``\\u`` escape: the same value for a program, nothing a terminal acts on for a person."""
    return UNSAFE_IN_LINE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False))


def make_console(**kwargs: Any) -> Console:
    return _PlainConsole(markup=False, emoji=False, **kwargs)


def heading(first: object, *rest: object) -> Text:
    """One line of one-line fields two spaces apart, the first in bold (an e-mail address, a reference)."""
    return Text.assemble((printable(first), "bold"), *(f"  {printable(part)}" for part in rest))


class CommandError(Exception):
    """A wrong request from the user: printed as one line."""


@dataclass
class _State:
    config: Path | None = None
    verbose: bool = False


STATE = _State()
# Piped into a file or another program, a table gets room instead of "…": nothing the secretariat needs is cut.
console = make_console(width=None if sys.stdout.isatty() else 200)


def table(*headers: str) -> Table:
    """A table whose cells wrap rather than being cut off with an ellipsis. Stored codes (statuses, kinds,
    roles) go in through ``labels.dutch`` at the call: only they are translated, never text from a mail."""
    t = Table()
    for header in headers:
        t.add_column(header, overflow="fold")
    return t


def load_settings() -> settings_mod.Settings:
    return settings_mod.load(STATE.config)


class _PrintableFormatter(logging.Formatter):
    """Log lines quote mails too (ingest logs each reason): their control characters are shown, not obeyed."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record), multiline=True)

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return log_timestamp(record.created)  # Amsterdam time with its offset: the zone is in every line


def setup_logging(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_PrintableFormatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.DEBUG if STATE.verbose else getattr(logging, level), handlers=[handler])
    # apscheduler logs every tick at INFO ("Running job ..."): our own scheduler logs what it sends.
    for noisy in ("mail.log", "alembic.runtime.migration", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def open_app() -> App:
    """The settings, logging and the App; an unreachable database is one sentence (cli.database)."""
    settings = load_settings()
    setup_logging(settings.log.level)
    return opened(settings.database, lambda: build(settings))


# The one way the CLI writes a day (dd-mm-jjjj, as every Dutch screen and letter does), and the ways it reads one:
# that form (also with / or . and without leading zeros) and ISO 8601 (2027-03-11), which programs write.
DAY = "%d-%m-%Y"
_DAY_INPUTS = ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y")


def day_text(value: date | datetime | None) -> str:
    """A day as dd-mm-jjjj (a moment: its day in Amsterdam)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(AMSTERDAM).date()
    return value.strftime(DAY)


def parse_day(value: str, option: str) -> date:
    """``11-03-2027`` or ``2027-03-11`` (and 11-3-2027, 11/03/2027, 11.03.2027) as a date; CommandError otherwise."""
    text = value.strip()
    for fmt in _DAY_INPUTS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise CommandError(f"{option}: '{value}' is geen datum; schrijf bijvoorbeeld 11-03-2027")
