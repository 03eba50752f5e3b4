"""Reading the municipalities from a file CBS publishes (pure: bytes in, rows and refused lines out).

Three shapes are read, in UTF-8 (with or without a byte-order mark) or Windows-1252, separated by ';', ',' or tabs:
- a StatLine table downloaded as CSV, e.g. "Regionale kerncijfers Nederland" (70072ned) or "Bevolking; kerncijfers"
  per gemeente: ``"Regio's";"Perioden";"Bevolking op 1 januari (aantal)"``. Title lines above the header and notes
  below the table ("Bron: CBS") are passed over; regions that are no municipality (Nederland, provinces "(PV)",
  landsdelen "(LD)", COROP areas "(CR)", or codes NL01, PV20, ...) are counted, not read. A region shown as a code
  ("GM0363"), as a name with its code ("Amsterdam (GM0363)") or as a name only (matched later by name);
- CBS's list "Gemeenten alfabetisch" (Gemeentecode;GemeentecodeGM;Gemeentenaam;...), which has no inhabitants;
- CBS's open data as CSV (the OData feed, as the cbsodata package saves it): ``ID;RegioS;Perioden;TotaleBevolking_1``
  with codes padded with spaces ("GM0014    ") and periods as "2024JJ00";
- a plain file with the columns code, name and inhabitants (in Dutch or English).
A code is read with or without "GM" and leading zeros (363, 0363, GM363 all are GM0363); an inhabitants figure with
or without thousands separators ("1.787.969"); CBS's symbols for a figure that is not there (".", "x", "-", "?") leave
it empty. Every line that cannot be read is refused with its number and one Dutch sentence saying why.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from mailservice.organisations.names import comparable

CODE = re.compile(r"GM\d{4}")  # a municipality's CBS code, as stored
_CODE_IN_CELL = re.compile(r"(?:GM)?\s*(\d{1,4})", re.IGNORECASE)  # 363, 0363, GM363, gm 0363
_OTHER_REGION = re.compile(r"(?:NL|PV|LD|CR|WK|BU)\d{2,8}", re.IGNORECASE)  # country, province, ..., neighbourhood
_NAME_WITH_CODE = re.compile(r"(.*?)\s*\(\s*(GM[^()]*?)\s*\)", re.IGNORECASE)  # "Amsterdam (GM0363)"
_NOT_A_MUNICIPALITY = re.compile(r"(?:nederland|.*\((?:pv|ld|cr|corop)\))", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2\d\d\d)(?!\d)")  # "2024", "2024JJ00", "2024*", "1 januari 2024"
_THOUSANDS = (re.compile(r"\d{1,3}(?:\.\d{3})+"), re.compile(r"\d{1,3}(?:,\d{3})+"), re.compile(r"\d{1,3}(?: \d{3})+"))
_NO_FIGURE = {"", ".", "x", "-", "?", "nvt", "n.v.t."}  # CBS's symbols: unknown, secret, nil, unreliable

# The columns, by the header's words compared without case and accents: exact names, then beginnings.
_COLUMNS = {
    "gemeentecodegm": "code", "gemeentecode": "code", "code": "code", "gm code": "code", "gmcode": "code",
    "regiocode": "code", "regios (code)": "code", "regio s (code)": "code", "codering": "code",
    "gemeentenaam": "name", "gemeente": "name", "naam": "name", "name": "name", "municipality": "name",
    "regios": "name", "regio s": "name", "regio": "name",
    "perioden": "year", "periode": "year", "jaar": "year", "year": "year", "peildatum": "year",
    "inwoners": "inhabitants", "aantal inwoners": "inhabitants", "inhabitants": "inhabitants",
    "population": "inhabitants", "bevolking": "inhabitants", "aantal": "inhabitants",
}  # fmt: skip
# Words a longer header holds: "Bevolking op 1 januari (aantal)", "Bevolking/Totale bevolking", and the column name
# of CBS's open data (OData) download, "TotaleBevolking_1".
_COLUMN_PARTS = (("bevolking op 1 januari", "inhabitants"), ("totale bevolking", "inhabitants"),
                 ("totalebevolking", "inhabitants"))  # fmt: skip
_HEADER_SEARCH = 25  # title lines a StatLine download may have above its header


class FileError(ValueError):
    """The file as a whole cannot be read as a list of municipalities: one Dutch sentence."""


@dataclass(frozen=True)
class Row:
    line: int
    code: str | None  # GM and four digits; None: the file names the municipality only
    name: str | None
    inhabitants: int | None
    year: int | None  # from the file's period column, if it has one


@dataclass
class Parsed:
    rows: list[Row] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)  # (line number, why)
    other_regions: int = 0  # regions that are no municipality, and notes below the table
    has_inhabitants: bool = False
    has_year: bool = False


def normal_code(value: str) -> str | None:
    """``value`` as a municipality's code (GM0363), or None when it is none."""
    found = _CODE_IN_CELL.fullmatch(value.strip())
    return f"GM{int(found.group(1)):04d}" if found else None


def _column(header: str) -> str | None:
    words = comparable(header.strip().strip("\ufeff"))
    if words in _COLUMNS:
        return _COLUMNS[words]
    return next((field for part, field in _COLUMN_PARTS if part in words), None)


def _inhabitants(cell: str) -> tuple[int | None, str | None]:
    """(the figure, None) or (None, why it is not one)."""
    value = cell.strip().replace("\u00a0", " ")
    if value.lower() in _NO_FIGURE:
        return None, None
    if value.isdigit() or any(p.fullmatch(value) for p in _THOUSANDS):
        return int(re.sub(r"\D", "", value)), None
    return None, f"'{cell.strip()}' is geen aantal inwoners (een heel getal, zoals 1.787.969)"


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise FileError("Het bestand is geen tekst (UTF-8 of Windows-1252).")


def _header(text: str) -> tuple[list[list[str]], int, list[str | None]]:
    """The file's lines, the index of its header line and the field of each column, for the separator that finds a
    header with the most columns we know."""
    best: tuple[int, list[list[str]], int, list[str | None]] | None = None
    for delimiter in (";", "\t", ","):
        lines = list(csv.reader(io.StringIO(text), delimiter=delimiter))
        for index, cells in enumerate(lines[:_HEADER_SEARCH]):
            fields = [_column(c) for c in cells]
            known = {f for f in fields if f}
            if ("code" in known or "name" in known) and len(known) >= 2 and (best is None or len(known) > best[0]):
                best = (len(known), lines, index, fields)
                break
    if best is None:
        raise FileError(
            'In de eerste regels staat geen kop met de kolommen van CBS (zoals "Regio\'s";"Perioden";"Bevolking op '
            '1 januari" of Gemeentecode;Gemeentenaam) of code, naam en inwoners.'
        )
    return best[1], best[2], best[3]


def _row(number: int, values: dict[str, list[str]]) -> Row | str | None:
    """A Row, a reason to refuse the line, or None for a region that is no municipality."""
    code = name = None
    for cell in values.get("code", []):
        if cell.strip():
            if _OTHER_REGION.fullmatch(cell.strip()):
                return None
            code = normal_code(cell)
            if code is None:
                return f"'{cell.strip()}' is geen gemeentecode van het CBS (zoals GM0363 of 0363)"
            break
    for cell in values.get("name", []):
        value = " ".join(cell.split())
        if not value:
            continue
        if _OTHER_REGION.fullmatch(value) or _NOT_A_MUNICIPALITY.fullmatch(value):
            return None
        with_code = _NAME_WITH_CODE.fullmatch(value)
        if with_code:
            value, code = with_code.group(1), code or normal_code(with_code.group(2))
            if code is None:
                return f"'{with_code.group(2)}' is geen gemeentecode van het CBS (zoals GM0363 of 0363)"
        elif CODE.fullmatch(value.upper().replace(" ", "")):  # the region shown as its code
            code, value = code or normal_code(value), ""
        name = value or name
        break
    if code is None and name is None:
        return "de regel noemt geen gemeente (geen code en geen naam)"
    inhabitants = None
    for cell in values.get("inhabitants", []):
        inhabitants, why = _inhabitants(cell)
        if why:
            return why
        break
    year = None
    for cell in values.get("year", []):
        found = _YEAR.search(cell)
        if found is None and cell.strip():
            return f"'{cell.strip()}' noemt geen jaar"
        year = int(found.group(1)) if found else None
        break
    return Row(number, code, name, inhabitants, year)


def parse(data: bytes) -> Parsed:
    lines, header, fields = _header(_decode(data))
    parsed = Parsed(has_inhabitants="inhabitants" in fields, has_year="year" in fields)
    seen: dict[tuple[int | None, str], int] = {}
    for number, cells in enumerate(lines[header + 1 :], start=header + 2):
        filled = [c for c in cells if c.strip()]
        if not filled:
            continue
        if len(filled) == 1 and len(fields) > 1:  # a note below the table: "Bron: CBS", "© CBS, 12-03-2025"
            parsed.other_regions += 1
            continue
        values: dict[str, list[str]] = {}
        for f, cell in zip(fields, cells, strict=False):
            if f:
                values.setdefault(f, []).append(cell)
        row = _row(number, values)
        if row is None:
            parsed.other_regions += 1
        elif isinstance(row, str):
            parsed.refused.append((number, row))
        else:
            key = (row.year, row.code or comparable(row.name or ""))
            if key in seen:
                what = row.code or f"'{row.name}'"
                parsed.refused.append((number, f"{what} stond al op regel {seen[key]}"))
                continue
            seen[key] = number
            parsed.rows.append(row)
    return parsed
