"""What every command shares: global options, settings, the App, logging and table output."""

from __future__ import annotations

import contextlib
import csv
import logging
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from rich.console import Console, RenderableType
from rich.table import Table

from mailservice import settings as settings_mod
from mailservice.app import App, build
from mailservice.cli.labels import dutch
from mailservice.clock import AMSTERDAM


@contextlib.contextmanager
def csv_output(path: Path | None) -> Iterator[Any]:
    """A CSV writer into ``path``, or to standard output without one; semicolons, as Dutch Excel expects."""
    if path is None:
        yield csv.writer(sys.stdout, delimiter=";")
        return
    with open(path, "w", newline="", encoding="utf-8") as handle:
        yield csv.writer(handle, delimiter=";")


class CommandError(Exception):
    """A wrong request from the user: printed as one line."""


@dataclass
class _State:
    config: Path | None = None
    verbose: bool = False


STATE = _State()
# Piped into a file or another program, a table gets room instead of "…": nothing the secretariat needs is cut.
console = Console(width=None if sys.stdout.isatty() else 200)


class _DutchTable(Table):
    def add_row(self, *cells: RenderableType | None, **kwargs: Any) -> None:
        super().add_row(*(dutch(c) for c in cells), **kwargs)


def table(*headers: str) -> Table:
    """A table whose cells wrap rather than being cut off with an ellipsis, and whose stored codes (statuses,
    kinds, roles) read in Dutch (mailservice.cli.labels)."""
    t = _DutchTable()
    for header in headers:
        t.add_column(header, overflow="fold")
    return t


def load_settings() -> settings_mod.Settings:
    return settings_mod.load(STATE.config)


def setup_logging(level: str) -> None:
    logging.basicConfig(
        level=logging.DEBUG if STATE.verbose else getattr(logging, level),
        stream=sys.stderr,
        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s",
        datefmt="%Y-%m-%d %H:%M:%S",
    )
    # apscheduler logs every tick at INFO ("Running job ..."): our own scheduler logs what it sends.
    for noisy in ("mail.log", "alembic.runtime.migration", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def open_app() -> App:
    settings = load_settings()
    setup_logging(settings.log.level)
    return build(settings)


def when(value: datetime | None) -> str:
    return value.astimezone(AMSTERDAM).strftime("%d-%m-%Y %H:%M") if value else ""
