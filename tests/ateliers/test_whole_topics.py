"""A director's own words as topic, through the real path (issue 17): the reply to the call for themes is stored
whole, thanked whole, counted whole in the tally for the Adviesraad and exported whole; the CLI's table shows the
short label. Until now every topic was cut at 90 characters with "…"."""

from __future__ import annotations

import csv
import html
import io
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from mailservice.classify.topics import MAX_LABEL, label
from mailservice.jobs.scheduler import Scheduler
from mailservice.store.models import Suggestion
from tests.ateliers.helpers import add_atelier, add_members, make_app, reply, sent, utc
from tests.support import FakeClock, deliver, text_of
from tests.test_cli import run, workdir  # noqa: F401

A, B, D = "a.jansen@gemeente-a.nl", "b.bakker@gemeente-b.nl", "d.smit@gemeente-d.nl"
SECRETARIAT = "secretariaat@ambtelijkefusie.nl"
# About 250 characters of a director's own words, with the capitals they wrote.
PHRASE = (
    "Hoe wij als directeuren van de werkorganisaties de samenwerking met de gemeenteraden van de deelnemende "
    "gemeenten zo inrichten dat de raden zich eigenaar blijven voelen van GGD en RUD, terwijl wij de dienstverlening "
    "aan inwoners samen organiseren"
)


def _html(message) -> str:  # type: ignore[no-untyped-def]
    part = message.get_body(preferencelist=("html",))
    assert part is not None
    return " ".join(html.unescape(part.get_content()).split())


def test_a_long_suggestion_stays_whole_from_the_reply_to_the_tally(
    workdir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert 240 <= len(PHRASE) <= 260
    clock = FakeClock(utc(2026, 11, 2, 9))
    app = make_app(workdir, clock)
    add_members(app, (A, "Anna Jansen", "member"), (B, "Bram Bakker", "member"), (D, "Dirk Smit", "adviesraad"))
    ref = add_atelier(app, date(2027, 3, 11))
    scheduler = Scheduler(app.factory, app.ingest.env, clock)

    def at(moment) -> None:  # type: ignore[no-untyped-def]
        clock.now = moment
        scheduler.tick()
        app.sender.drain()

    at(utc(2026, 12, 31, 8, 0))  # the call for themes
    calls = {m["To"]: m for m in sent(app) if m["Subject"].startswith("Welke thema's")}
    deliver(
        app,
        reply(
            calls[A],
            A,
            f"Beste secretariaat,\n\nGraag zou ik dit onderwerp bespreken: {PHRASE}.\n\nMet vriendelijke groet,\nAnna",
        ),
    )
    deliver(app, reply(calls[B], B, "- Eén loket voor ondernemers"))

    # Stored whole: the writer's phrase, without the words that announced it.
    with app.factory() as session:
        stored = {s.member.email: list(s.topics) for s in session.scalars(select(Suggestion))}
    assert stored == {A: [PHRASE], B: ["Eén loket voor ondernemers"]}

    # The thank-you mail names it whole, in text and in HTML.
    thanks = next(m for m in sent(app) if m["To"] == A and m["Subject"].startswith("Dank voor uw themasuggestie"))
    assert f"- {PHRASE}" in text_of(thanks) and PHRASE in _html(thanks)

    # The tally for the Adviesraad and the secretariat: whole, in the writer's own capitals.
    at(utc(2027, 1, 21, 8, 0))
    for to in (SECRETARIAT, D):
        tally = next(m for m in sent(app) if m["To"] == to and "Telling" in m["Subject"])
        assert f"  - {PHRASE}\n" in text_of(tally) and PHRASE in _html(tally)
        assert "…" not in text_of(tally) and "..." not in text_of(tally)
    app.close()

    # The CLI: the export has the whole phrase, the table on screen the label.
    monkeypatch.setenv("MAILSERVICE_DATABASE__URL", app.settings.database.url)
    code, _, err = run(capsys, "suggestions", "--export", "suggesties.csv", "--atelier", ref)
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO((workdir / "suggesties.csv").read_text("utf-8-sig")), delimiter=";"))
    assert {r["e-mailadres"]: r["onderwerpen"] for r in rows} == {A: PHRASE, B: "Eén loket voor ondernemers"}
    code, out, err = run(capsys, "suggestions", "--atelier", ref)
    assert code == 0, err
    short = label(PHRASE)
    assert len(short) <= MAX_LABEL and short.endswith("…")
    assert short in out and PHRASE not in " ".join(out.split())
    assert "Eén loket voor ondernemers" in out
