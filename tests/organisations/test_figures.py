"""Issue 16: the brochure's figures out of the data. CBS's municipalities (a synthetic StatLine file of 342 made-up
municipalities), 24 organisations serving 59 of them, 2,000 members read in by ``members import`` and linked by
proposal; ``mailservice figures`` prints what the test computes from its own data. A year later two municipalities
merge: the import says so, and the figures follow once the organisation's municipalities are updated."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import func, select

from mailservice import audit
from mailservice.app import App, build
from mailservice.organisations import figures, registry
from mailservice.store.db import transaction
from mailservice.store.models import Member, MemberEvent, MemberStatus, Municipality, Organisation
from tests.organisations.sample import Place, dutch, places, statline
from tests.support import make_settings
from tests.test_import import cli

ORGANISATIONS = 24
SERVED = 59  # 11 organisations serve three municipalities, 13 serve two
UNLINKED = 40  # members whose organisation is none of the registered ones


def serving(all_places: list[Place]) -> dict[int, list[Place]]:
    out: dict[int, list[Place]] = {}
    at = 0
    for k in range(1, ORGANISATIONS + 1):
        size = 3 if k <= SERVED - 2 * ORGANISATIONS else 2
        out[k], at = all_places[at : at + size], at + size
    assert at == SERVED
    return out


def open_app(workdir: Path) -> App:
    return build(make_settings(workdir, database={"url": f"sqlite:///{workdir / 'leden.db'}"}))


def members_file(path: Path) -> None:
    """2,000 members; what they wrote as organisation varies in case, accents and the short name."""
    lines = ["E-mailadres;Naam;Organisatie;Functie"]
    for i in range(2000 - UNLINKED):
        k = i % ORGANISATIONS + 1
        written = (f"WERKORGANISATIE TEST {k:02d}", f"wt{k:02d}", f"Wérkorganisatie  Test {k:02d}")[i % 3]
        lines.append(f"lid{i}@org-{k}.example;Lid {i};{written};directeur")
    lines += [f"ander{i}@elders.example;Ander {i};Gemeente Elders;directeur" for i in range(UNLINKED)]
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))


def brochure_lines(stdout: str) -> list[str]:
    return [line.strip() for line in stdout.splitlines() if re.match(r"\s*[\d.]+  \S", line)]


def test_the_networks_figures_from_cbs_organisations_and_members(tmp_path: Path) -> None:
    open_app(tmp_path).close()
    empty = cli(tmp_path, "figures")
    assert empty.returncode == 0 and " ".join(empty.stdout.split()) == figures.NO_DATA, empty.stderr
    assert "Traceback" not in empty.stderr

    # CBS's municipalities: the dry run shows them and changes nothing; --ja imports them.
    all_places = places(342)
    (tmp_path / "2024.csv").write_bytes(statline(2024, all_places))
    total = sum(p.inhabitants for p in all_places)
    dry = cli(tmp_path, "municipalities", "import", "2024.csv")
    assert dry.returncode == 0, dry.stderr
    assert f"2024: 342 gemeenten, samen {dutch(total)} inwoners; vergeleken met niets (de eerste keer): 342 nieuw" in (
        dry.stdout
    )
    assert "Er is niets veranderd: voeg --ja toe" in dry.stdout
    app = open_app(tmp_path)
    with app.factory() as session:
        assert session.scalar(select(func.count()).select_from(Municipality)) == 0
    done = cli(tmp_path, "municipalities", "import", "2024.csv", "--ja", "--bron", "testbestand (synthetisch)")
    assert done.returncode == 0 and "Ingelezen." in done.stdout, done.stderr

    # The organisations: the first through the command, by codes and names; the rest with the same function.
    served = serving(all_places)
    first = cli(
        tmp_path, "organisations", "add", "Werkorganisatie Test 01", "--kort", "WT01",
        "--gemeenten", f"{served[1][0].code[2:]}, {served[1][1].name}; {served[1][2].code}",
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert f"geregistreerd met 3 gemeenten: {', '.join(p.code for p in served[1])}" in first.stdout
    twice = cli(tmp_path, "organisations", "add", "werkorganisatie test 01", "--gemeenten", "GM0003")
    assert twice.returncode == 1 and "bestaat al" in twice.stderr
    with transaction(app.factory) as session:
        for k in range(2, ORGANISATIONS + 1):
            registry.add(
                session, audit.CLI, f"Werkorganisatie Test {k:02d}", short_name=f"WT{k:02d}",
                municipalities=[p.code for p in served[k]], at=app.clock(),
            )  # fmt: skip
        # A registered organisation whose only member left: it does not count, nor do its municipalities.
        gone = registry.add(
            session, audit.CLI, "Werkorganisatie Zonder Leden", short_name=None,
            municipalities=[p.code for p in all_places[300:302]], at=app.clock(),
        )  # fmt: skip
        now = app.clock()
        session.add(
            Member(
                email="oud@zonder.example", status=MemberStatus.UNSUBSCRIBED, role="member", created_at=now,
                updated_at=now, left_at=now, registered_organisation=gone,
            )
        )  # fmt: skip

    # 2,000 members through the import, linked by proposal.
    members_file(tmp_path / "leden.csv")
    imported = cli(tmp_path, "members", "import", "leden.csv", "--bron", "ledenlijst (test)")
    assert imported.returncode == 0 and "2000 leden ingelezen" in imported.stdout, imported.stderr
    proposed = cli(tmp_path, "organisations", "link", "--voorstel")
    assert f"{2000 - UNLINKED} koppeling(en) voorgesteld; er is niets veranderd" in proposed.stdout, proposed.stderr
    assert "lid0@org-1.example (WERKORGANISATIE TEST 01) -> Werkorganisatie Test 01" in proposed.stdout
    with app.factory() as session:
        assert session.scalar(select(func.count()).where(Member.organisation_id.is_not(None))) == 1
    linked = cli(tmp_path, "organisations", "link", "--voorstel", "--ja")
    assert f"{2000 - UNLINKED} leden gekoppeld." in linked.stdout, linked.stderr

    inhabitants = sum(p.inhabitants for k in served for p in served[k])
    shown = cli(tmp_path, "figures")
    assert shown.returncode == 0, shown.stderr
    assert brochure_lines(shown.stdout) == [
        "24  Ambtelijke fusies in de praktijk",
        "59  Participerende gemeenten",
        f"{100 * 59 // 342}  % van de Nederlandse gemeenten",
        f"{dutch(inhabitants)}  Inwoners",
        "2.000  Leden",
    ]
    assert "Inwoners op 1 januari 2024 volgens het CBS (bron: testbestand (synthetisch)); 59 van de 342" in shown.stdout
    assert "(24 van de 25 geregistreerde organisaties)" in shown.stdout
    assert f"{UNLINKED} actieve leden zijn nog niet aan een organisatie gekoppeld" in shown.stdout
    as_csv = cli(tmp_path, "figures", "--csv")
    assert as_csv.stdout.splitlines()[:6] == [
        "onderdeel;aantal",
        "Ambtelijke fusies in de praktijk;24",
        "Participerende gemeenten;59",
        "% van de Nederlandse gemeenten;17",
        f"Inwoners;{inhabitants}",
        "Leden;2000",
    ]

    # A year later the first two municipalities merge and one is renamed.
    merged = Place("GM1990", "Testgemeente Samen", served[1][0].inhabitants + served[1][1].inhabitants)
    renamed = Place(all_places[200].code, "Testgemeente Nieuwe Naam", all_places[200].inhabitants)
    later = [merged, *all_places[2:200], renamed, *all_places[201:]]
    (tmp_path / "2025.csv").write_bytes(statline(2025, later))
    check = cli(tmp_path, "municipalities", "import", "2025.csv")
    assert "2025: 341 gemeenten" in check.stdout and "vergeleken met 2024: 1 nieuw, 2 vervallen, 1 gewijzigd" in (
        check.stdout
    ), check.stderr
    assert "Nieuw: GM1990 Testgemeente Samen." in check.stdout
    assert f"Vervallen: {served[1][0].code} Testgemeente 001, {served[1][1].code} Testgemeente 002." in check.stdout
    assert f"Gewijzigd: {renamed.code} Testgemeente Nieuwe Naam: naam Testgemeente 201 -> " in check.stdout
    assert cli(tmp_path, "municipalities", "import", "2025.csv", "--ja").returncode == 0
    after = cli(tmp_path, "figures")
    assert brochure_lines(after.stdout)[1:3] == ["57  Participerende gemeenten", "16  % van de Nederlandse gemeenten"]
    assert f"niet meegeteld: {served[1][0].code}, {served[1][1].code}." in after.stdout
    moved = cli(
        tmp_path, "organisations", "municipalities", "WT01", "--gemeenten", f"Testgemeente Samen, {served[1][2].code}"
    )
    assert moved.returncode == 0, moved.stderr
    final = brochure_lines(cli(tmp_path, "figures").stdout)
    assert final[1:4] == [
        "58  Participerende gemeenten",
        f"{100 * 58 // 341}  % van de Nederlandse gemeenten",
        f"{dutch(inhabitants)}  Inwoners",  # the merged municipality has the two's inhabitants
    ]
    with app.factory() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) == 25
        assert sorted(session.scalars(select(Municipality.year).distinct())) == [2024, 2025]
    app.close()


def test_bad_lines_import_nothing_and_each_is_named(tmp_path: Path) -> None:
    open_app(tmp_path).close()
    rows = places(10)
    text = statline(2024, rows).decode("utf-8-sig").splitlines()
    text[6] = '"Testgemeente 003 (GM0009)";"2024";"9,5"'  # line 7
    text[8] = '"Testgemeente 005 (GMX15)";"2024";"1.000"'  # line 9
    text.insert(10, '"Testgemeente 001 (GM0003)";"2024";"1.000"')  # line 11: twice
    text.insert(11, '"Plaats Zonder Code";"2024";"1.000"')  # line 12: no code, and no list to find it in
    (tmp_path / "fout.csv").write_text("\n".join(text) + "\n", encoding="utf-8")
    for extra in ((), ("--ja",)):
        done = cli(tmp_path, "municipalities", "import", "fout.csv", *extra)
        assert done.returncode == 1, done.stdout
        refused = [line for line in done.stdout.splitlines() if line.startswith("Regel ")]
        assert [line.split(":")[0] for line in refused] == ["Regel 7", "Regel 9", "Regel 11", "Regel 12"]
        assert "'9,5' is geen aantal inwoners" in refused[0] and "'GMX15' is geen gemeentecode" in refused[1]
        assert "stond al op regel 5" in refused[2] and "'Plaats Zonder Code' heeft geen CBS-code" in refused[3]
        assert all(line.endswith(".") and line.count(". ") == 0 for line in refused)  # one sentence each
        assert "er is niets ingelezen" in done.stderr and "Traceback" not in done.stderr
    app = open_app(tmp_path)
    with app.factory() as session:
        assert session.scalar(select(func.count()).select_from(Municipality)) == 0
    app.close()


def test_a_name_only_statline_file_fills_the_alphabetical_list(tmp_path: Path) -> None:
    """CBS's list with codes first (it has no inhabitants), then StatLine's population by name only."""
    from tests.organisations.sample import alphabetical

    open_app(tmp_path).close()
    rows = places(12)
    (tmp_path / "lijst.csv").write_bytes(alphabetical(rows))
    no_year = cli(tmp_path, "municipalities", "import", "lijst.csv", "--ja")
    assert no_year.returncode == 1 and "geef met --jaar aan" in no_year.stderr
    assert cli(tmp_path, "municipalities", "import", "lijst.csv", "--jaar", "2024", "--ja").returncode == 0
    names_only = ['"Regio\'s";"Perioden";"Bevolking op 1 januari (aantal)"']
    names_only += [f'"{p.name.upper()}";"2024";"{dutch(p.inhabitants)}"' for p in rows]
    (tmp_path / "bevolking.csv").write_text("\n".join(names_only) + "\n", encoding="utf-8")
    done = cli(tmp_path, "municipalities", "import", "bevolking.csv", "--ja")
    assert done.returncode == 0, done.stdout + done.stderr
    assert (
        "vergeleken met de gemeenten die er voor dat jaar al waren: 0 nieuw, 0 vervallen, 12 gewijzigd" in done.stdout
    )
    app = open_app(tmp_path)
    with app.factory() as session:
        stored = {m.code: (m.name, m.inhabitants) for m in session.scalars(select(Municipality))}
    assert stored == {p.code: (p.name, p.inhabitants) for p in rows}  # the list's names, the codes kept
    app.close()


def test_members_edit_links_a_member_and_the_history_says_who(tmp_path: Path) -> None:
    app = open_app(tmp_path)
    nothing = cli(tmp_path, "municipalities", "list")
    assert nothing.returncode == 1 and "nog geen gemeenten van het CBS ingelezen" in nothing.stderr
    (tmp_path / "2024.csv").write_bytes(statline(2024, places(4)))
    assert cli(tmp_path, "municipalities", "import", "2024.csv", "--ja").returncode == 0
    listed = cli(tmp_path, "municipalities", "list")
    assert "4 gemeenten op 1 januari 2024." in listed.stdout and "Testgemeente 004" in listed.stdout
    assert cli(tmp_path, "municipalities", "list", "--jaar", "2020").stderr.startswith(
        "mailservice: geen gemeenten voor 2020 (wel voor 2024)"
    )
    assert (
        cli(tmp_path, "organisations", "add", "Werkorganisatie Één", "--kort", "WÉ", "--gemeenten", "3,6").returncode
        == 0
    )
    added = cli(tmp_path, "members", "add", "anna@org.example", "--naam", "Anna Test", "--organisatie", "Eigen woorden")
    assert added.returncode == 0, added.stderr
    unknown = cli(tmp_path, "members", "edit", "anna@org.example", "--koppel", "Bestaat Niet")
    assert unknown.returncode == 1 and "er is geen organisatie 'Bestaat Niet'" in unknown.stderr
    done = cli(tmp_path, "members", "edit", "anna@org.example", "--koppel", "we")
    assert "gekoppelde organisatie: (leeg) -> 'Werkorganisatie Één'" in done.stdout, done.stderr
    with app.factory() as session:
        anna = session.scalars(select(Member).where(Member.email == "anna@org.example")).one()
        assert anna.organisation == "Eigen woorden"  # what she wrote stays
        assert anna.registered_organisation is not None and anna.registered_organisation.name == "Werkorganisatie Één"
        event = session.scalars(select(MemberEvent).where(MemberEvent.event == "edited")).one()
        assert event.actor == "cli" and event.detail == "gekoppelde organisatie: (leeg) -> 'Werkorganisatie Één'"
    assert "gekoppelde organisatie: Werkorganisatie Één" in cli(tmp_path, "members", "show", "anna@org.example").stdout
    listed = cli(tmp_path, "organisations", "list")
    assert "Werkorganisatie Één" in listed.stdout and "Testgemeente 001 (GM0003)" in listed.stdout
    unlinked = cli(tmp_path, "members", "edit", "anna@org.example", "--koppel", "")
    assert "'Werkorganisatie Één' -> (leeg)" in unlinked.stdout
    app.close()
