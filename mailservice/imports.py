"""Bringing the network's existing member list in lawfully (issue 16): ``mailservice members import FILE.csv``.

A dry run first reports every row that cannot go in, by line number and why (an invalid address, a duplicate in
the file, an address that is already a member or that left: someone who unsubscribed is never put back by an
import). Each imported member carries its consent provenance (source, date, legal basis, free note) as the
first event of its history, which the data page and the console show. With ``ask`` the import asks each person
to confirm (an invitation with double opt-in: the member is pending until they answer, and the usual reminder and
expiry apply); without it the legal basis given is the ground, and the members are active at once.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailservice import audit, progress
from mailservice.addresses import normalise, why_invalid
from mailservice.casework import invitations
from mailservice.env import ActEnv
from mailservice.store.models import Member, MemberEvent, MemberStatus

# The legal bases of the AVG (art. 6(1)) an existing list can rest on; the words the secretariat types.
BASES = {
    "toestemming": "toestemming (art. 6 lid 1 sub a AVG)",
    "gerechtvaardigd-belang": "gerechtvaardigd belang (art. 6 lid 1 sub f AVG)",
}
# Column headers as people write them (Dutch and English, any case), and the field each one fills.
_HEADERS = {
    "e-mailadres": "email", "emailadres": "email", "e-mail": "email", "email": "email", "mail": "email",
    "naam": "name", "name": "name", "volledige naam": "name",
    "organisatie": "organisation", "organisation": "organisation", "organization": "organisation",
    "fusieorganisatie": "organisation",
    "functie": "function", "function": "function", "rol": "function",
}  # fmt: skip


class ImportError_(ValueError):
    """The file itself cannot be read as a member list: one Dutch sentence."""


@dataclass(frozen=True)
class Provenance:
    source: str  # where the list comes from: "ledenlijst secretariaat 2026"
    day: date  # when the consent (or the list) dates from
    basis: str  # a key of BASES
    note: str = ""

    def words(self) -> str:
        text = f"bron: {self.source}; datum: {self.day:%d-%m-%Y}; grondslag: {BASES[self.basis]}"
        return text + (f"; {self.note}" if self.note else "")


@dataclass(frozen=True)
class Row:
    line: int
    email: str
    name: str | None
    organisation: str | None
    function: str | None


@dataclass
class Report:
    ok: list[Row] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)  # (line number, why)
    done: int = 0


class _Semicolon(csv.excel):
    delimiter = ";"


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):  # Excel writes UTF-8 with a mark, or Windows-1252 without
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportError_("Het bestand is geen tekst (UTF-8 of Windows-1252).")


def _rows(text: str) -> Iterator[tuple[int, dict[str, str]]]:
    dialect: type[csv.Dialect] | csv.Dialect
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=";,\t")
    except csv.Error:
        dialect = _Semicolon  # what Dutch Excel writes
    reader = csv.reader(io.StringIO(text), dialect)
    header = next(reader, None)
    if header is None:
        raise ImportError_("Het bestand is leeg.")
    fields = [_HEADERS.get(h.strip().lower()) for h in header]
    if "email" not in fields:
        raise ImportError_("Het bestand heeft geen kolom 'e-mailadres' in de eerste regel.")
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        yield number, {f: c.strip() for f, c in zip(fields, cells, strict=False) if f}


def check(session: Session, data: bytes) -> Report:
    """What an import of ``data`` would do, row by row; changes nothing."""
    report = Report()
    known = {m.email: m.status for m in session.scalars(select(Member))}
    seen: dict[str, int] = {}
    for line, values in _rows(_decode(data)):
        raw = values.get("email", "")
        address = normalise(raw)
        if address is None:
            report.refused.append((line, f"'{raw}' is geen geldig e-mailadres: {why_invalid(raw) or 'leeg'}"))
        elif address in seen:
            report.refused.append((line, f"{address} stond al op regel {seen[address]}"))
        elif known.get(address) in (MemberStatus.ACTIVE, MemberStatus.PENDING):
            report.refused.append((line, f"{address} is al lid of aangemeld"))
        elif known.get(address) == MemberStatus.UNSUBSCRIBED:
            report.refused.append((line, f"{address} heeft zich afgemeld: een import meldt niemand opnieuw aan"))
        else:
            seen[address] = line
            report.ok.append(
                Row(
                    line,
                    address,
                    values.get("name") or None,
                    values.get("organisation") or None,
                    values.get("function") or None,
                )
            )
    return report


def run(session: Session, env: ActEnv, actor: audit.Actor, data: bytes, provenance: Provenance, *, ask: bool) -> Report:
    """Import the rows ``check`` accepts, each with its provenance; ``ask``: an opt-in invitation instead."""
    if provenance.basis not in BASES:
        raise ImportError_(f"Onbekende grondslag '{provenance.basis}': kies {' of '.join(BASES)}.")
    report, now = check(session, data), env.clock()
    # One query for the rows that meet an old record (a sign-up that lapsed), none per row; no flush per row.
    wanted = [row.email for row in report.ok]
    known = {
        m.email: m
        for chunk in (wanted[i : i + 500] for i in range(0, len(wanted), 500))
        for m in session.scalars(select(Member).where(Member.email.in_(chunk)))
    }
    for row in report.ok:
        existing = known.get(row.email)
        if ask:
            member = invitations.invite(
                session, env, actor, row.email, name=row.name, organisation=row.organisation, function=row.function
            )
        else:
            member = existing or Member(email=row.email, role="member", created_at=now)
            member.name, member.organisation = row.name or member.name, row.organisation or member.organisation
            member.function = row.function or member.function
            member.status, member.confirmed_at, member.left_at, member.updated_at = MemberStatus.ACTIVE, now, None, now
            session.add(member)
        session.add(
            MemberEvent(
                member=member,
                at=now,
                event="imported",
                actor=actor.event_actor,
                detail=provenance.words() + ("; toestemming gevraagd per e-mail" if ask else ""),
            )
        )
        report.done += 1
        progress.step()  # the command shows how far it is (cli.progress)
        if report.done % 500 == 0:
            session.flush()
    audit.record(session, actor, "lid", f"ledenlijst ingelezen: {report.done} leden", at=now, detail=provenance.words())
    return report
