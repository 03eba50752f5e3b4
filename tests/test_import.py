"""Issue 16: reading the network's existing member list in. A 2,000-row CSV with bad rows: each bad row reported
with its line number and why, the rest imported with the consent provenance, the dry run changing nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from mailservice.app import build
from mailservice.store.models import Member, MemberEvent
from tests.support import make_settings


def cli(workdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILSERVICE_")}
    env["MAILSERVICE_DATABASE__URL"] = f"sqlite:///{workdir / 'leden.db'}"
    env["MAILSERVICE_OUTBOUND__MAILDIR"] = str(workdir / "outbox")
    return subprocess.run(
        [sys.executable, "-m", "mailservice", *args], cwd=workdir, env=env, capture_output=True, text=True, timeout=120
    )


def members_file(path: Path) -> dict[int, str]:
    """2,000 rows in the form Dutch Excel saves (UTF-8 with BOM, ';'), with bad rows at known lines."""
    lines = ["E-mailadres;Naam;Organisatie;Functie"]
    bad: dict[int, str] = {}
    for i in range(2000):
        line = len(lines) + 1
        if i % 250 == 7:
            lines.append(f"geen-adres-{i};Naam {i};Org;Directeur")
            bad[line] = "geen geldig e-mailadres"
        elif i % 250 == 8:
            lines.append("dir0@gemeente-0.nl;Dubbel;Org;Directeur")
            bad[line] = "stond al op regel 2"
        else:
            lines.append(f"dir{i}@gemeente-{i % 59}.nl;Directeur {i};Werkorganisatie {i % 24};directeur")
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
    return bad


def test_a_large_list_with_bad_rows(tmp_path: Path) -> None:
    bad = members_file(tmp_path / "leden.csv")
    build(make_settings(tmp_path, database={"url": f"sqlite:///{tmp_path / 'leden.db'}"})).close()
    dry = cli(tmp_path, "members", "import", "leden.csv", "--bron", "ledenlijst 2026", "--droog")
    assert dry.returncode == 0, dry.stderr
    for line, why in bad.items():
        assert f"regel {line}: " in dry.stdout and why in dry.stdout.split(f"regel {line}: ", 1)[1].split("\n", 1)[0]
    assert f"{2000 - len(bad)} leden kunnen worden ingelezen; {len(bad)} regels overgeslagen" in dry.stdout
    app = build(make_settings(tmp_path, database={"url": f"sqlite:///{tmp_path / 'leden.db'}"}))
    with app.factory() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 0  # the dry run changed nothing
    done = cli(
        tmp_path, "members", "import", "leden.csv", "--bron", "ledenlijst 2026", "--datum", "01-06-2026",
        "--grondslag", "gerechtvaardigd-belang", "--notitie", "lijst van het secretariaat",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    with app.factory() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 2000 - len(bad)
        one = session.scalars(select(Member).where(Member.email == "dir5@gemeente-5.nl")).one()
        assert one.status == "active" and one.name == "Directeur 5" and one.organisation == "Werkorganisatie 5"
        event = session.scalars(select(MemberEvent).where(MemberEvent.member_id == one.id)).one()
        assert event.event == "imported" and event.actor == "cli"
        assert "bron: ledenlijst 2026; datum: 01-06-2026; grondslag: gerechtvaardigd belang" in (event.detail or "")
    again = cli(tmp_path, "members", "import", "leden.csv", "--bron", "nog eens")
    assert "0 leden ingelezen" in again.stdout and "is al lid" in again.stdout  # nobody twice
    app.close()


def test_asking_for_consent_invites_with_opt_in(tmp_path: Path) -> None:
    (tmp_path / "leden.csv").write_text("email,name\nanna@gemeente-a.nl,Anna de Wit\n", encoding="utf-8")
    done = cli(tmp_path, "members", "import", "leden.csv", "--bron", "visitekaartjes", "--vraag-toestemming")
    assert done.returncode == 0 and "1 lid uitgenodigd om te bevestigen" in done.stdout, done.stderr
    app = build(make_settings(tmp_path, database={"url": f"sqlite:///{tmp_path / 'leden.db'}"}))
    with app.factory() as session:
        assert session.scalars(select(Member)).one().status == "pending"  # a member only after their own yes
    app.close()
    assert any((tmp_path / "outbox" / "new").iterdir())


def test_a_file_without_an_address_column_is_one_sentence(tmp_path: Path) -> None:
    (tmp_path / "leden.csv").write_text("naam;organisatie\nAnna;BBR\n", encoding="utf-8")
    done = cli(tmp_path, "members", "import", "leden.csv", "--bron", "x")
    assert done.returncode == 1 and "geen kolom 'e-mailadres'" in done.stderr and "Traceback" not in done.stderr
