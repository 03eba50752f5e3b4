"""CSV exports for people and for programs (issue 19, item 13), for the CLI and the console alike.

For people (the default): what Dutch Excel opens as it is: UTF-8 with a byte order mark in a file (without it
Excel reads "geëxporteerd" as "geÃ«xporteerd"), semicolons, Dutch headers, moments as Amsterdam time
dd-mm-jjjj uu:mm (not ISO UTC with microseconds) and Dutch words for the stored codes. For programs: no mark,
commas, the field names as headers, ISO 8601 with the offset, and the stored codes.

A column says what kind of value it holds; how each kind is written for either reader is one table here. Every
cell goes through ``csv_cell``: no control characters, no cell a spreadsheet would run as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

from mailservice.clock import when
from mailservice.labels import dutch
from mailservice.store.models import Member
from mailservice.text import UNSAFE_IN_TEXT

_R = TypeVar("_R")

# A cell a spreadsheet would run as a formula (=HYPERLINK(...), +, -, @; tab and CR may precede one): it gets a
# leading apostrophe, as OWASP advises against CSV injection (https://owasp.org/www-community/attacks/CSV_Injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A value as an export cell: numbers as they are; text without control characters (line ends inside a cell
    stay, the csv module quotes them) and never starting like a formula."""
    if value is None:
        return ""
    if isinstance(value, int | float):
        return value
    text = UNSAFE_IN_TEXT.sub("", str(value).replace("\r\n", "\n"))
    return "'" + text if text.startswith(_FORMULA_START) else text


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


def csv_bytes(columns: list[Column[_R]], rows: Iterable[_R], *, codes: bool = False) -> bytes:
    """The whole export as a file's bytes (with the byte order mark for people), for a download."""
    fmt = Format(for_people=not codes)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=fmt.delimiter, lineterminator="\r\n")
    writer.writerow(fmt.header(columns))
    for row in rows:
        writer.writerow([csv_cell(cell) for cell in fmt.cells(columns, row)])
    return ((BOM if fmt.for_people else "") + out.getvalue()).encode("utf-8")


# What the members export holds (``mailservice members export`` and the console's "Leden" page).
MEMBERS: list[Column[Member]] = [
    Column("e-mailadres", "email", lambda m: m.email),
    Column("naam", "name", lambda m: m.name),
    Column("organisatie", "organisation", lambda m: m.organisation),
    Column("functie", "function", lambda m: m.function),
    Column("rol", "role", lambda m: m.role, Kind.CODE),
    Column("status", "status", lambda m: m.status, Kind.CODE),
    Column("bezorging", "delivery", lambda m: m.delivery, Kind.CODE),
    Column("aangemaakt", "created_at", lambda m: m.created_at, Kind.MOMENT),
    Column("bevestigd", "confirmed_at", lambda m: m.confirmed_at, Kind.MOMENT),
    Column("afgemeld", "left_at", lambda m: m.left_at, Kind.MOMENT),
]
