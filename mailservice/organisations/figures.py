"""The network in figures, the way the brochure shows them (issue 16): "24 Ambtelijke fusies in de praktijk, 59
Participerende gemeenten, 15 % van de Nederlandse gemeenten, 1.787.969 Inwoners", and the members. Computed here
once, for ``mailservice figures`` and the console's overview alike.

- An organisation counts when at least one active member is linked to it: the figures describe the network as it
  is, so an organisation whose last director left no longer counts (the registered ones are shown beside it).
- The participating municipalities are those the counted organisations serve; their inhabitants are CBS's figures
  for the most recent imported reference year.
- The share is of all municipalities CBS lists for that year, rounded down to a whole percent as the brochure does
  (59 of the 380 municipalities of 2018 is 15.5 %, which the brochure prints as 15).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailservice.organisations.municipalities import latest
from mailservice.store.models import Member, MemberStatus, Municipality, Organisation, OrganisationMunicipality

NO_DATA = (
    "Er zijn nog geen gemeenten van het CBS ingelezen: download in CBS StatLine de tabel 'Regionale kerncijfers "
    "Nederland' met de gemeenten en 'Bevolking op 1 januari' als CSV, en lees die in met 'mailservice "
    "municipalities import BESTAND --ja'."
)


# The brochure's words for its figures, in its order; the members are ours.
WORDS = (
    "Ambtelijke fusies in de praktijk",
    "Participerende gemeenten",
    "% van de Nederlandse gemeenten",
    "Inwoners",
    "Leden",
)


def number(value: int) -> str:
    """A whole number as Dutch writing has it: 1.787.969."""
    return f"{value:,}".replace(",", ".")


def share(part: int, whole: int) -> int:
    """``part`` of ``whole`` in whole percents, rounded down (the brochure's 15 for 59 of 380)."""
    return 100 * part // whole if whole else 0


@dataclass(frozen=True)
class Figures:
    organisations: int  # with at least one active member
    registered: int  # all registered organisations
    municipalities: int
    all_municipalities: int  # in the reference year
    inhabitants: int
    members: int  # active members
    unlinked_members: int  # active members not linked to an organisation
    year: int  # inhabitants on 1 January of this year
    sources: tuple[str, ...]
    gone: tuple[str, ...]  # codes organisations serve that the reference year no longer has (a merger)
    without_figure: tuple[str, ...]  # participating municipalities whose inhabitants the file did not give

    @property
    def share(self) -> int:
        return share(self.municipalities, self.all_municipalities)

    def values(self) -> list[int]:
        """The brochure's figures as numbers, in its order (``WORDS``)."""
        return [self.organisations, self.municipalities, self.share, self.inhabitants, self.members]

    def brochure(self) -> list[tuple[str, str]]:
        """(figure as printed, words) in the brochure's order, numbers as Dutch writes them (the share without)."""
        return [(str(v) if w.startswith("%") else number(v), w) for v, w in zip(self.values(), WORDS, strict=True)]

    def notes(self) -> list[str]:
        """What a reader of the figures should know, in Dutch: the reference date and source, and what is missing."""
        out = [
            f"Inwoners op 1 januari {self.year} volgens het CBS (bron: {', '.join(self.sources)}); "
            f"{number(self.municipalities)} van de {number(self.all_municipalities)} gemeenten van {self.year}.",
            f"Een organisatie telt mee als er ten minste één actief lid aan gekoppeld is "
            f"({number(self.organisations)} van de {number(self.registered)} geregistreerde organisaties).",
        ]
        if self.unlinked_members:
            out.append(
                f"{number(self.unlinked_members)} actieve leden zijn nog niet aan een organisatie gekoppeld "
                "(mailservice organisations link --voorstel)."
            )
        if self.gone:
            out.append(
                f"Niet meer in de gemeenten van {self.year} (samengevoegd?), niet meegeteld: {', '.join(self.gone)}."
            )
        if self.without_figure:
            out.append(f"Zonder inwonertal in het bestand van {self.year}: {', '.join(self.without_figure)}.")
        return out


def gather(session: Session) -> Figures | None:
    """The figures, or None when no municipalities have been imported yet (then ``NO_DATA`` says what to do)."""
    found = latest(session)
    if found is None:
        return None
    year, current = found
    active = Member.status == MemberStatus.ACTIVE
    counted = select(Member.organisation_id).where(active, Member.organisation_id.is_not(None)).distinct()
    codes = set(
        session.scalars(
            select(OrganisationMunicipality.code).where(OrganisationMunicipality.organisation_id.in_(counted))
        )
    )
    present = sorted(c for c in codes if c in current)
    members, unlinked = session.execute(
        select(func.count(), func.count().filter(Member.organisation_id.is_(None))).where(active)
    ).one()
    sources = session.scalars(select(Municipality.source).where(Municipality.year == year).distinct())
    return Figures(
        organisations=session.scalar(select(func.count()).select_from(counted.subquery())) or 0,
        registered=session.scalar(select(func.count()).select_from(Organisation)) or 0,
        municipalities=len(present),
        all_municipalities=len(current),
        inhabitants=sum(current[c].inhabitants or 0 for c in present),
        members=members,
        unlinked_members=unlinked,
        year=year,
        sources=tuple(sorted(sources)),
        gone=tuple(sorted(codes - current.keys())),
        without_figure=tuple(current[c].name for c in present if current[c].inhabitants is None),
    )
