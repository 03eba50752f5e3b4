"""CSV exports, for people and for programs (issue 19, item 13).

For people (the default): what Dutch Excel opens as it is: UTF-8 with a byte order mark in a file (without it
Excel reads "geëxporteerd" as "geÃ«xporteerd"), semicolons, Dutch headers, moments as Amsterdam time
dd-mm-jjjj uu:mm (not ISO UTC with microseconds) and Dutch words for the stored codes. With ``--codes``, for
programs: no mark, commas, the field names as headers, ISO 8601 with the offset, and the stored codes.

A column says what kind of value it holds; how each kind is written for either reader is one table here.
Every cell goes through ``common.csv_cell``: no control characters, no cell a spreadsheet would run as a formula.
"""

from __future__ import annotations

import contextlib
import csv
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Generic, TextIO, TypeVar

import typer

from mailservice.cli.common import csv_cell, when
from mailservice.cli.labels import dutch

_R = TypeVar("_R")

BOM = "\ufeff"


class Kind(StrEnum):
    TEXT = "text"  # as stored (names, addresses, subjects)
    CODE = "code"  # a stored code: its Dutch word for people (labels.DUTCH)
    MOMENT = "moment"  # a datetime: Amsterdam dd-mm-jjjj uu:mm for people, ISO 8601 for programs
    NUMBER = "number"


# How each kind of value is written: (for people, for programs).
_WRITE: dict[Kind, tuple[Callable[[Any], object], Callable[[Any], object]]] = {
    Kind.TEXT: (lambda v: v, lambda v: v),
    Kind.CODE: (lambda v: dutch(v) if v else v, lambda v: v),
    Kind.MOMENT: (lambda v: when(v) if v else "", lambda v: v.isoformat(timespec="seconds") if v else ""),
    Kind.NUMBER: (lambda v: v, lambda v: v),
}


@dataclass(frozen=True)
class Column(Generic[_R]):
    header: str  # for people, in Dutch
    field: str  # for programs
    value: Callable[[_R], Any]
    kind: Kind = Kind.TEXT
    # For people, a word of our own instead of the code's general one (a theme's name, a bounce layer).
    words: Callable[[Any], object] | None = None


CODES_OPTION = typer.Option(
    "--codes",
    help="Voor programma's: komma's, ISO-tijden en de opgeslagen codes (zonder --codes: voor Excel).",
)


@dataclass(frozen=True)
class Format:
    for_people: bool

    @property
    def delimiter(self) -> str:
        return ";" if self.for_people else ","

    def header(self, columns: Iterable[Column[Any]]) -> list[str]:
        return [c.header if self.for_people else c.field for c in columns]

    def cells(self, columns: Iterable[Column[_R]], row: _R) -> list[object]:
        out = []
        for column in columns:
            value = column.value(row)
            if self.for_people and column.words is not None and value not in (None, ""):
                out.append(column.words(value))
            else:
                out.append(_WRITE[column.kind][0 if self.for_people else 1](value))
        return out


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
