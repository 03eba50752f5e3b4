"""``mailservice bounces`` (list, filters, CSV, show, score) and ``mailservice members enable``, in Dutch."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mailservice.app import App
from mailservice.cli import main
from mailservice.clock import AMSTERDAM
from mailservice.store.models import Delivery
from tests.bouncelog.conftest import cli_config
from tests.bouncelog.helpers import (
    add_member,
    deliver,
    dsn,
    mailing,
    member,
    return_path,
    score,
)
from tests.support import FakeClock

A, B = "a.dewit@gemeente-a.nl", "b.bakker@gemeente-b.nl"


@pytest.fixture
def clock() -> FakeClock:
    # The CLI runs on the real clock: the log starts three days ago, so "since" and the window line up.
    return FakeClock(datetime.now(UTC) - timedelta(days=3))


@pytest.fixture
def log(app: App, clock: FakeClock, tmp_path: Path) -> Path:
    """A hard bounce for A, a soft one for B, and one nobody can be found for."""
    add_member(app, A)
    add_member(app, B)
    sent = mailing(app)
    deliver(app, dsn(sent[A], A), envelope_to=return_path(sent[A]))
    clock.advance(days=1)
    deliver(
        app,
        dsn(sent[B], B, status="5.2.2", diagnostic="smtp; 552 5.2.2 Mailbox full"),
        envelope_to=return_path(sent[B]),
    )
    original = b"From: info@ambtelijkefusie.nl\r\nTo: x@elders.example\r\nSubject: x\r\n\r\nx\r\n"
    deliver(app, dsn(original, "x@elders.example", headers_only=True))
    return cli_config(tmp_path, app)


def run(capsys: pytest.CaptureFixture[str], config: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--config", str(config), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_log_lists_every_event_with_its_details(log: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, log, "bounces")
    assert code == 0
    for expected in (
        A,
        B,
        "x@elders.example",
        "hard",
        "zacht",
        "5.1.1",
        "userunknown (adres",
        "mailboxfull",
        "VERP",
        "niet toegewezen",
        "(onbekend)",
        "3 melding(en)",
    ):
        assert expected in out, expected


def test_filters(log: Path, app: App, capsys: pytest.CaptureFixture[str]) -> None:
    out = run(capsys, log, "bounces", "--hard")[1]
    assert A in out and B not in out
    out = run(capsys, log, "bounces", "--member", B)[1]
    assert B in out and A not in out
    out = run(capsys, log, "bounces", "--since", "4")[1]
    assert "3 melding(en)" in out
    day = (datetime.now(UTC) - timedelta(days=2)).astimezone(AMSTERDAM)
    out = run(capsys, log, "bounces", "--since", day.strftime("%d-%m-%Y"))[1]
    assert "2 melding(en)" in out and A not in out
    assert "2 melding(en)" in run(capsys, log, "bounces", "--since", day.strftime("%Y-%m-%d"))[1]
    score(app)  # A is disabled now: needs action, like the unattributed bounce; B (one soft day) does not
    out = run(capsys, log, "bounces", "--needs-action")[1]
    assert A in out and "x@elders.example" in out and B not in out


def test_csv_export(log: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "bounces.csv"
    assert run(capsys, log, "bounces", "--csv", "--output", str(target))[0] == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert [r["adres"] for r in rows] == ["x@elders.example", B, A]
    assert rows[2]["soort"] == "hard" and rows[2]["toegewezen via"] == "VERP" and rows[2]["binnengekomen bericht"]
    # For programs (--codes): commas, field names, the stored codes and ISO times.
    code, out, _ = run(capsys, log, "bounces", "--csv", "--codes")
    coded = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and coded[2]["severity"] == "hard" and coded[2]["attributed_by"] == "verp"
    assert coded[2]["at"][:4].isdigit() and coded[2]["at"][4] == "-" and "+" in coded[2]["at"]


def test_show_score_and_enable(log: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, log, "bounces", "score")
    assert code == 0 and f"uitgeschakeld: {A}" in out
    out = run(capsys, log, "bounces", "show", A)[1]
    assert "bezorging: uitgeschakeld" in out and "harde bounce" in out and "bezorging uitgeschakeld" in out
    code, out, _ = run(capsys, log, "members", "enable", A)
    assert code == 0 and "staat weer aan" in out
    out = run(capsys, log, "bounces", "show", A)[1]
    assert "bezorging: aan" in out and "weer aangezet door het secretariaat" in out
    code, _, err = run(capsys, log, "members", "enable", A)
    assert code == 1 and "staat al aan" in err


def test_enable_from_the_cli_resets_the_count(log: Path, app: App, capsys: pytest.CaptureFixture[str]) -> None:
    score(app)
    assert run(capsys, log, "members", "enable", A)[0] == 0
    score(app)
    assert member(app, A).delivery == Delivery.ENABLED and member(app, A).bounce_score == 0


@pytest.mark.parametrize(
    "args",
    [
        ["bounces", "show", "niemand@elders.example"],
        ["members", "enable", "niemand@x.nl"],
        ["bounces", "--member", "niemand@x.nl"],
        ["bounces", "--since", "gisteren"],
    ],
)
def test_wrong_requests_give_one_dutch_line(log: Path, capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, out, err = run(capsys, log, *args)
    assert code == 1 and err.startswith("mailservice: ") and len(err.strip().splitlines()) == 1
    assert "Traceback" not in out + err
