"""Issue 16 in the console, over HTTP against the real web server: the Overzicht shows the network's figures as
``mailservice figures`` computes them (organisations.figures), or how to import CBS's file before there are any, and
a member's page links the member to a registered organisation, recorded with who did it."""

from __future__ import annotations

import re
from urllib.parse import quote_plus

from sqlalchemy import select

from mailservice import audit
from mailservice.app import App
from mailservice.organisations import figures, municipalities, registry
from mailservice.store.db import transaction
from mailservice.store.models import Member, MemberEvent
from tests.bouncelog.helpers import add_member
from tests.organisations.sample import dutch, places, statline
from tests.web.test_console import app, get, log_in, post  # noqa: F401  (app: the fixture)


def test_the_overview_shows_the_networks_figures(app: App) -> None:
    _, melanie = log_in(app, "melanie")
    before = get(app, "/beheer/overzicht", melanie)[1]
    assert "<h2>Het netwerk in cijfers</h2>" in before
    assert "Er zijn nog geen gemeenten van het CBS ingelezen" in before and "municipalities import" in before

    rows = places(40)
    with transaction(app.factory) as session:
        todo = municipalities.plan(session, statline(2024, rows), year=None, source="synthetisch testbestand")
        municipalities.apply(session, audit.CLI, todo, at=app.clock())
        for k in range(3):
            registry.add(
                session, audit.CLI, f"Werkorganisatie {k}", short_name=None,
                municipalities=[p.code for p in rows[2 * k : 2 * k + 2]], at=app.clock(),
            )  # fmt: skip
    for i in range(5):
        add_member(app, f"lid{i}@org.example", f"Lid {i}")
    with transaction(app.factory) as session:
        for i, one in enumerate(session.scalars(select(Member).order_by(Member.id))):
            one.registered_organisation = registry.get(session, f"Werkorganisatie {i % 2}")  # two of the three
    page = get(app, "/beheer/overzicht", melanie)[1]
    section = page.split("<h2>Het netwerk in cijfers</h2>", 1)[1].split("<h2>", 1)[0]
    shown = re.findall(r'<li><span class="getal">([\d.]+)</span> ([^<]+)</li>', section)
    assert shown == [
        ("2", "Ambtelijke fusies in de praktijk"),
        ("4", "Participerende gemeenten"),
        ("10", "% van de Nederlandse gemeenten"),
        (dutch(sum(p.inhabitants for p in rows[:4])), "Inwoners"),
        ("5", "Leden"),
    ]
    with app.factory() as session:
        computed = figures.gather(session)
    assert computed is not None and shown == computed.brochure()  # one computation for the CLI and the console
    assert "Inwoners op 1 januari 2024 volgens het CBS (bron: synthetisch testbestand)" in section
    assert "(2 van de 3 geregistreerde organisaties)" in section
    log = get(app, "/beheer/logboek?soort=netwerk", melanie)[1]
    assert "organisaties en gemeenten</option>" in log and "gemeenten van 2024 ingelezen: 40" in log
    assert "Werkorganisatie 2" in log


def test_the_member_page_links_the_member_to_an_organisation(app: App) -> None:
    with transaction(app.factory) as session:
        todo = municipalities.plan(session, statline(2024, places(3)), year=None, source="synthetisch")
        municipalities.apply(session, audit.CLI, todo, at=app.clock())
    member_id = add_member(app, "anna@org.example", "Anna Test")
    _, melanie = log_in(app, "melanie")
    assert 'name="koppel"' not in get(app, f"/beheer/leden/{member_id}", melanie)[1]  # nothing to link to yet
    with transaction(app.factory) as session:
        registry.add(session, audit.CLI, "Werkorganisatie Één", short_name=None, municipalities=["3"], at=app.clock())
    page = get(app, f"/beheer/leden/{member_id}", melanie)[1]
    assert '<select id="koppel" name="koppel">' in page and "<option>Werkorganisatie Één</option>" in page
    path = f"/beheer/leden/{member_id}"
    assert post(app, f"{path}/bewerken", melanie, path, koppel=quote_plus("Werkorganisatie Één")) == 303
    with app.factory() as session:
        anna = session.get(Member, member_id)
        assert anna is not None and anna.registered_organisation is not None
        event = session.scalars(select(MemberEvent).where(MemberEvent.event == "edited")).one()
        assert event.actor == "console:melanie"
        assert event.detail == "gekoppelde organisatie: (leeg) -> 'Werkorganisatie Één'"
    assert "<option selected>Werkorganisatie Één</option>" in get(app, path, melanie)[1]
