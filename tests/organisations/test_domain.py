"""The domain functions the CLI and the console share, in-process (and on PostgreSQL: test_postgres.py): an import
replaces its year, the figures count organisations with an active member and the most recent year's municipalities,
and a member's link is set through casework."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from mailservice import audit, member_data
from mailservice.app import App, build
from mailservice.casework import members as casework
from mailservice.casework import privacy
from mailservice.casework.record import CaseworkError
from mailservice.organisations import figures, municipalities, registry
from mailservice.store.db import transaction
from mailservice.store.models import Member, MemberEvent, MemberStatus, Municipality
from tests.organisations.sample import places, statline
from tests.support import FakeClock, make_settings


@pytest.fixture
def app(tmp_path: Path, clock: FakeClock) -> Iterator[App]:
    application = build(make_settings(tmp_path), clock=clock)
    yield application
    application.close()


def member(app: App, address: str, status: str = MemberStatus.ACTIVE, organisation: str | None = None) -> Member:
    now = app.clock()
    with transaction(app.factory) as session:
        found = Member(
            email=address, name=address.split("@")[0], status=status, role="member", organisation=organisation,
            created_at=now, updated_at=now, confirmed_at=now,
        )  # fmt: skip
        session.add(found)
    return found


def test_figures_from_the_domain_functions(app: App) -> None:
    rows = places(20)
    with transaction(app.factory) as session:
        assert figures.gather(session) is None
        todo = municipalities.plan(session, statline(2024, rows), year=None, source="synthetisch")
        assert todo.applicable and [len(p.added) for p in todo.years] == [20]
        municipalities.apply(session, audit.CLI, todo, at=app.clock())
    with transaction(app.factory) as session:
        registry.add(
            session, audit.CLI, "Werkorganisatie A", short_name="WA", municipalities=["3", "6"], at=app.clock()
        )
        registry.add(session, audit.CLI, "Werkorganisatie B", short_name=None, municipalities=["9"], at=app.clock())
        registry.add(session, audit.CLI, "Werkorganisatie C", short_name=None, municipalities=["12"], at=app.clock())
    for i, (status, written) in enumerate(
        [(MemberStatus.ACTIVE, "werkorganisatie a"), (MemberStatus.ACTIVE, "Wa"), (MemberStatus.PENDING, "WA"),
         (MemberStatus.ACTIVE, "Werkorganisatie B"), (MemberStatus.UNSUBSCRIBED, "Werkorganisatie C"),
         (MemberStatus.ACTIVE, None)]
    ):  # fmt: skip
        member(app, f"lid{i}@example.org", status, written)
    with transaction(app.factory) as session:
        proposed = registry.proposals(session)
        # the pending member is proposed too; the one who left and the one without an organisation are not
        assert [(p.member.email, p.organisation.name) for p in proposed] == [
            ("lid0@example.org", "Werkorganisatie A"), ("lid1@example.org", "Werkorganisatie A"),
            ("lid2@example.org", "Werkorganisatie A"), ("lid3@example.org", "Werkorganisatie B"),
        ]  # fmt: skip
        for p in proposed:
            casework.edit(session, app.ingest.env, audit.CLI, p.member, casework.Edit(linked=p.organisation.name))
        with pytest.raises(CaseworkError, match="er is geen organisatie 'Z'"):
            casework.edit(session, app.ingest.env, audit.CLI, p.member, casework.Edit(linked="Z"))
    with app.factory() as session:
        found = figures.gather(session)
        assert found is not None
        assert found.values() == [2, 3, 15, sum(p.inhabitants for p in rows[:3]), 4]  # C's only member left
        assert (found.registered, found.unlinked_members, found.year) == (3, 1, 2024)
        assert session.scalar(select(MemberEvent.detail).where(MemberEvent.event == "edited").limit(1)) == (
            "gekoppelde organisatie: (leeg) -> 'Werkorganisatie A'"
        )


def test_an_import_replaces_its_year_and_keeps_the_others(app: App) -> None:
    rows = places(6)
    with transaction(app.factory) as session:
        for year, some in ((2023, rows), (2024, rows[:5])):
            todo = municipalities.plan(session, statline(year, some), year=None, source=f"bestand {year}")
            municipalities.apply(session, audit.CLI, todo, at=app.clock())
    with transaction(app.factory) as session:
        again = municipalities.plan(session, statline(2024, rows[1:5]), year=None, source="opnieuw")
        [plan] = again.years
        assert (plan.compared_with, [e.code for e in plan.removed], plan.added) == (2024, [rows[0].code], [])
        municipalities.apply(session, audit.CLI, again, at=app.clock())
    with app.factory() as session:
        by_year = {
            y: sorted(session.scalars(select(Municipality.code).where(Municipality.year == y))) for y in (2023, 2024)
        }
    assert by_year == {2023: [p.code for p in rows], 2024: [p.code for p in rows[1:5]]}


def test_an_erasure_removes_the_link_too(app: App) -> None:
    with transaction(app.factory) as session:
        municipalities.apply(
            session, audit.CLI, municipalities.plan(session, statline(2024, places(2)), year=None, source="x"),
            at=app.clock(),
        )  # fmt: skip
        registry.add(session, audit.CLI, "Werkorganisatie A", short_name=None, municipalities=["3"], at=app.clock())
    member(app, "anna@example.org")
    with transaction(app.factory) as session:
        anna = session.scalars(select(Member)).one()
        casework.edit(session, app.ingest.env, audit.CLI, anna, casework.Edit(linked="Werkorganisatie A"))
    with transaction(app.factory) as session:
        privacy.erase(session, app.ingest.env, audit.CLI, session.scalars(select(Member)).one(), how="test")
    with app.factory() as session:
        assert session.scalars(select(Member)).one().organisation_id is None
        found = figures.gather(session)
        assert found is not None and found.values()[:2] == [0, 0]


def test_the_members_own_data_names_the_registered_organisation(app: App) -> None:
    """The access request's export (member_data) says what the member wrote and what the secretariat linked."""
    with transaction(app.factory) as session:
        municipalities.apply(
            session, audit.CLI, municipalities.plan(session, statline(2024, places(2)), year=None, source="x"),
            at=app.clock(),
        )  # fmt: skip
        registry.add(session, audit.CLI, "Werkorganisatie A", short_name="WA", municipalities=["3"], at=app.clock())
    for address, written in (("a@example.org", "WA"), ("b@example.org", "werkorganisatie a"), ("c@example.org", None)):
        member(app, address, organisation=written)
    with transaction(app.factory) as session:
        shown = []
        for one in session.scalars(select(Member).order_by(Member.email)):
            casework.edit(session, app.ingest.env, audit.CLI, one, casework.Edit(linked="WA"))
            shown.append(member_data.gather(session, one).organisatie)
    assert shown == ["WA (bij ons geregistreerd als Werkorganisatie A)", "werkorganisatie a", "Werkorganisatie A"]
