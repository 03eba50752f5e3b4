"""Each year's municipalities as CBS counts them, brought in from CBS's file (``mailservice municipalities import``).

An import replaces the municipalities of its reference year (1 January of that year) by the file's: municipalities
merge every year, so a year is one whole list, never a patch. What it changes is shown first (``plan``, which
changes nothing) and compared with what that year held, or, for a new year, with the most recent year before it:
municipalities added, removed (a merger) and renamed, and for the same year changed inhabitants. A file with lines
that cannot be read is not applied: a list with holes would count municipalities as gone and the share as wrong.

A line that names a municipality without its code is matched by name to that year's list or the most recent one
(imported first from CBS's "Gemeenten alfabetisch"); a line without inhabitants keeps the figure that year had.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from mailservice import audit
from mailservice.organisations import cbs
from mailservice.organisations.names import comparable
from mailservice.store.models import Municipality

AUDIT_KIND = "netwerk"  # the audit log's kind for organisations and municipalities


class ImportFileError(ValueError):
    """The file cannot be imported as it is: one Dutch sentence."""


@dataclass(frozen=True)
class Entry:
    code: str
    name: str
    inhabitants: int | None


@dataclass
class YearPlan:
    """What importing the file does to one reference year."""

    year: int
    entries: list[Entry]
    compared_with: int | None  # the year the changes are measured against (this year, or the one before)
    added: list[Entry] = field(default_factory=list)
    removed: list[Entry] = field(default_factory=list)
    changed: list[tuple[Entry, Entry]] = field(default_factory=list)  # (before, after)

    @property
    def inhabitants(self) -> int:
        return sum(e.inhabitants or 0 for e in self.entries)


@dataclass
class Plan:
    source: str
    years: list[YearPlan]
    refused: list[tuple[int, str]]  # (line number, why)
    other_regions: int

    @property
    def applicable(self) -> bool:
        return not self.refused and bool(self.years)


def _entries(session: Session, year: int) -> dict[str, Entry]:
    return {
        m.code: Entry(m.code, m.name, m.inhabitants)
        for m in session.scalars(select(Municipality).where(Municipality.year == year))
    }


def years(session: Session) -> list[int]:
    """The reference years imported, the most recent first."""
    return list(session.scalars(select(Municipality.year).distinct().order_by(Municipality.year.desc())))


def plan(session: Session, data: bytes, *, year: int | None, source: str) -> Plan:
    """What importing ``data`` would change; changes nothing. ``year``: the reference year of a file without a
    period column (for one with it: only that year's lines are read)."""
    try:
        parsed = cbs.parse(data)
    except cbs.FileError as exc:
        raise ImportFileError(str(exc)) from None
    if not parsed.has_year and year is None:
        raise ImportFileError(
            "Het bestand noemt geen jaar (geen kolom Perioden): geef met --jaar aan op 1 januari van welk jaar de "
            "gemeenten gelden."
        )
    refused = list(parsed.refused)
    by_year: dict[int, list[cbs.Row]] = {}
    for row in parsed.rows:
        row_year = row.year if row.year is not None else year
        if row_year is None:
            refused.append((row.line, "de regel noemt geen jaar"))
        elif year is None or row_year == year:
            by_year.setdefault(row_year, []).append(row)
    known_years = years(session)
    plans = [_year_plan(session, y, rows, known_years, refused) for y, rows in sorted(by_year.items())]
    refused.sort()
    return Plan(source, plans, refused, parsed.other_regions)


def _year_plan(
    session: Session, year: int, rows: list[cbs.Row], known_years: list[int], refused: list[tuple[int, str]]
) -> YearPlan:
    same = _entries(session, year) if year in known_years else {}
    before = next((y for y in known_years if y < year), None)
    basis_year = year if same else (before if before is not None else next(iter(known_years), None))
    basis = same if same else (_entries(session, basis_year) if basis_year is not None else {})
    by_name = {comparable(e.name): e for e in (same or basis).values()}
    entries: dict[str, Entry] = {}
    for row in rows:
        code, name = row.code, row.name
        if code is None:
            match = by_name.get(comparable(name or ""))
            if match is None:
                refused.append((row.line, _no_code(name or "", year)))
                continue
            code, name = match.code, match.name  # the same municipality: the list with codes spells its name
        if code in entries:
            refused.append((row.line, f"{code} staat twee keer in het bestand voor {year}"))
            continue
        known = same.get(code) or basis.get(code)
        name = name or (known.name if known else None)
        if name is None:
            refused.append((row.line, f"van {code} staat geen naam in het bestand of in de gemeenten die er al zijn"))
            continue
        inhabitants = row.inhabitants
        if inhabitants is None and code in same:
            inhabitants = same[code].inhabitants
        entries[code] = Entry(code, name, inhabitants)
    result = YearPlan(year, sorted(entries.values(), key=lambda e: e.code), basis_year)
    result.added = [e for c, e in sorted(entries.items()) if c not in basis]
    result.removed = [e for c, e in sorted(basis.items()) if c not in entries]
    for code, new in sorted(entries.items()):
        old = basis.get(code)
        if old is not None and (old.name != new.name or (basis_year == year and old.inhabitants != new.inhabitants)):
            result.changed.append((old, new))
    return result


def _no_code(name: str, year: int) -> str:
    return (
        f"'{name}' heeft geen CBS-code en staat niet in de gemeenten van {year} of het jaar ervoor: lees eerst CBS' "
        "lijst 'Gemeenten alfabetisch' in, of kies in StatLine bij Regio's 'code' of 'code en naam'"
    )


def apply(session: Session, actor: audit.Actor, todo: Plan, *, at: datetime) -> None:
    """Replace each year's municipalities by the plan's (only a plan without refused lines)."""
    if not todo.applicable:
        raise ImportFileError("Dit bestand kan niet worden ingelezen zolang er regels zijn die niet te lezen zijn.")
    for year_plan in todo.years:
        session.execute(delete(Municipality).where(Municipality.year == year_plan.year))
        session.add_all(
            Municipality(
                year=year_plan.year,
                code=e.code,
                name=e.name,
                inhabitants=e.inhabitants,
                source=todo.source,
                imported_at=at,
            )
            for e in year_plan.entries
        )
        audit.record(
            session,
            actor,
            AUDIT_KIND,
            f"gemeenten van {year_plan.year} ingelezen: {len(year_plan.entries)}",
            at=at,
            detail=f"bron: {todo.source}; {len(year_plan.added)} nieuw, {len(year_plan.removed)} vervallen, "
            f"{len(year_plan.changed)} gewijzigd",
        )


def of_year(session: Session, year: int) -> list[Municipality]:
    return list(session.scalars(select(Municipality).where(Municipality.year == year).order_by(Municipality.code)))


def latest(session: Session) -> tuple[int, dict[str, Municipality]] | None:
    """The most recent reference year and its municipalities by code; None before the first import."""
    year = session.scalar(select(func.max(Municipality.year)))
    if year is None:
        return None
    return year, {m.code: m for m in session.scalars(select(Municipality).where(Municipality.year == year))}


def resolve(session: Session, wanted: list[str]) -> tuple[list[str], list[str]]:
    """Codes or names (of the most recent year) as codes; second: what is not found."""
    found = latest(session)
    current = found[1] if found else {}
    by_name = {comparable(m.name): code for code, m in current.items()}
    codes: list[str] = []
    unknown: list[str] = []
    for item in wanted:
        code = cbs.normal_code(item)
        if code is None:
            code = by_name.get(comparable(item))
        elif code not in current and session.scalar(select(func.count()).where(Municipality.code == code)) == 0:
            code = None
        (codes if code else unknown).append(code or item)
    return codes, unknown
