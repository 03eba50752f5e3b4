"""The organisations in the network (ambtelijke fusies), the municipalities each serves, and members' links to them.

An organisation is registered once: its name is compared without case, accents or extra spaces. It serves
municipalities by CBS code, given as codes or as names of the most recent imported year. A member's link to an
organisation is set through casework (``casework.members.edit``, recorded in the member's history); ``proposals``
only suggests links, by matching what members wrote as their organisation to the registered names and short names.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from mailservice import audit
from mailservice.organisations.municipalities import AUDIT_KIND, latest, resolve
from mailservice.organisations.names import comparable
from mailservice.store.models import Member, MemberStatus, Organisation, OrganisationMunicipality


class OrganisationError(ValueError):
    """A request about organisations that cannot be done as asked: one Dutch sentence."""


def split_list(text: str) -> list[str]:
    """``"GM0363, Utrecht; Zeist"`` -> the items, separated by commas or semicolons (no municipality has either)."""
    return [item.strip() for item in text.replace(";", ",").split(",") if item.strip()]


def find(session: Session, name: str) -> Organisation | None:
    """The organisation with this name or short name (compared without case and accents)."""
    key = comparable(name)
    if not key:
        return None
    found = session.scalars(select(Organisation).where(Organisation.name_key == key)).first()
    if found is not None:
        return found
    matches = [o for o in session.scalars(select(Organisation)) if o.short_name and comparable(o.short_name) == key]
    return matches[0] if len(matches) == 1 else None


def get(session: Session, name: str) -> Organisation:
    found = find(session, name)
    if found is None:
        raise OrganisationError(f"er is geen organisatie '{name}' (zie mailservice organisations list)")
    return found


def _codes(session: Session, municipalities: list[str]) -> list[str]:
    if latest(session) is None:
        raise OrganisationError(
            "er zijn nog geen gemeenten ingelezen: lees eerst het bestand van het CBS in (mailservice municipalities "
            "import)"
        )
    codes, unknown = resolve(session, municipalities)
    if unknown:
        raise OrganisationError(
            ("onbekende gemeente: " if len(unknown) == 1 else "onbekende gemeenten: ")
            + ", ".join(f"'{u}'" for u in unknown)
            + " (geef de CBS-code of de naam)"
        )
    return sorted(set(codes))


def add(
    session: Session,
    actor: audit.Actor,
    name: str,
    *,
    short_name: str | None,
    municipalities: list[str],
    at: datetime,
) -> Organisation:
    name = " ".join(name.split())
    if not comparable(name):
        raise OrganisationError("een organisatie heeft een naam")
    existing = find(session, name)
    if existing is not None:
        raise OrganisationError(f"de organisatie '{existing.name}' bestaat al")
    codes = _codes(session, municipalities)
    organisation = Organisation(
        name=name, name_key=comparable(name), short_name=" ".join((short_name or "").split()) or None, created_at=at
    )
    organisation.municipalities = [OrganisationMunicipality(code=code) for code in codes]
    session.add(organisation)
    audit.record(
        session, actor, AUDIT_KIND, f"organisatie '{name}' toegevoegd", at=at, detail="gemeenten: " + ", ".join(codes)
    )
    return organisation


def set_municipalities(
    session: Session, actor: audit.Actor, organisation: Organisation, municipalities: list[str], *, at: datetime
) -> list[str]:
    """Replace the municipalities an organisation serves; returns the codes."""
    codes = _codes(session, municipalities)
    before = [link.code for link in organisation.municipalities]
    organisation.municipalities = [OrganisationMunicipality(code=code) for code in codes]
    audit.record(
        session,
        actor,
        AUDIT_KIND,
        f"gemeenten van '{organisation.name}' gewijzigd",
        at=at,
        detail=f"{', '.join(before) or '(geen)'} -> {', '.join(codes)}",
    )
    return codes


def names(session: Session) -> list[str]:
    """The registered organisations' names, in the order people look them up."""
    return list(session.scalars(select(Organisation.name).order_by(Organisation.name_key)))


@dataclass(frozen=True)
class Listed:
    name: str
    short_name: str
    municipalities: list[tuple[str, str]]  # (code, name in the most recent year, or "" when it is not there)
    inhabitants: int
    active_members: int


def listing(session: Session) -> list[Listed]:
    found = latest(session)
    current = found[1] if found else {}
    active = Counter(
        dict(
            session.execute(
                select(Member.organisation_id, func.count())
                .where(Member.status == MemberStatus.ACTIVE, Member.organisation_id.is_not(None))
                .group_by(Member.organisation_id)
            ).all()
        )
    )
    listed = []
    for o in session.scalars(
        select(Organisation).options(selectinload(Organisation.municipalities)).order_by(Organisation.name_key)
    ):
        codes = [link.code for link in o.municipalities]
        listed.append(
            Listed(
                o.name,
                o.short_name or "",
                [(c, current[c].name if c in current else "") for c in codes],
                sum(current[c].inhabitants or 0 for c in codes if c in current),
                active[o.id],
            )
        )
    return listed


@dataclass(frozen=True)
class Proposal:
    member: Member
    organisation: Organisation


def proposals(session: Session) -> list[Proposal]:
    """Members without a link whose own words for their organisation are a registered organisation's name or short
    name (without case, accents or extra spaces); nothing changes."""
    by_key: dict[str, Organisation | None] = {}
    for o in session.scalars(select(Organisation)):
        for key in {comparable(o.name), comparable(o.short_name or "")} - {""}:
            by_key[key] = None if key in by_key and by_key[key] is not o else o  # a short name two share: neither
    out = []
    for member in session.scalars(
        select(Member)
        .where(
            Member.organisation_id.is_(None),
            Member.organisation.is_not(None),
            or_(Member.status == MemberStatus.ACTIVE, Member.status == MemberStatus.PENDING),
        )
        .order_by(Member.email)
    ):
        organisation = by_key.get(comparable(member.organisation or ""))
        if organisation is not None:
            out.append(Proposal(member, organisation))
    return out
