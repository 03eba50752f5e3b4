"""Progress bars for long work (issue 19, item 15): ingest of many files, a mailing being written, and whatever
reports through ``mailservice.progress``.

Only on a terminal: the bar goes to standard error and disappears when the work is done, so standard output
(tables, CSV) stays as it was, and cron, pipes and tests see no bar at all.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from mailservice import progress
from mailservice.cli.common import make_console


def on_terminal() -> bool:
    return sys.stderr.isatty()


@contextmanager
def bar(description: str, total: int | None = None) -> Iterator[progress.Advance]:
    """A progress bar for ``description`` (our own words) while the block runs; yields ``advance(units)``.
    Work inside that reports through ``mailservice.progress.step`` moves the same bar."""
    if not on_terminal():
        with progress.watching(lambda units: None):
            yield lambda units: None
        return
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=make_console(stderr=True), transient=True) as shown:
        task = shown.add_task(description, total=total)

        def advance(units: int) -> None:
            shown.advance(task, units)

        with progress.watching(advance):
            yield advance
