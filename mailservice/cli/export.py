"""CSV exports from the command line: to a file (for Excel, with the byte order mark) or to standard output.

What is written and how (columns, Dutch words, dates, safe cells) is ``mailservice.exports``, shared with the
console's downloads; this adds the ``--codes`` option and the choice of target.
"""

from __future__ import annotations

import contextlib
import csv
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO, TypeVar

import typer

from mailservice.exports import BOM, Column, Format, Kind, csv_cell

__all__ = ["CODES_OPTION", "Column", "Kind", "write_csv"]

_R = TypeVar("_R")

CODES_OPTION = typer.Option(
    "--codes",
    help="Voor programma's: komma's, ISO-tijden en de opgeslagen codes (zonder --codes: voor Excel).",
)


@contextlib.contextmanager
def _target(path: Path | None) -> Iterator[tuple[TextIO, bool]]:
    """The file (or standard output) and whether it is a file a spreadsheet opens: only a file gets the byte
    order mark; standard output is for reading on the screen and for other programs."""
    if path is None:
        yield sys.stdout, False
        return
    with open(path, "w", newline="", encoding="utf-8") as handle:
        yield handle, True


def write_csv(path: Path | None, columns: list[Column[_R]], rows: Iterable[_R], *, codes: bool = False) -> int:
    """Write ``rows`` as CSV to ``path`` (standard output without one); returns how many rows."""
    fmt = Format(for_people=not codes)
    count = 0
    with _target(path) as (handle, spreadsheet):
        if fmt.for_people and spreadsheet:
            handle.write(BOM)
        writer = csv.writer(handle, delimiter=fmt.delimiter)
        writer.writerow(fmt.header(columns))
        for row in rows:
            writer.writerow([csv_cell(cell) for cell in fmt.cells(columns, row)])
            count += 1
    return count
