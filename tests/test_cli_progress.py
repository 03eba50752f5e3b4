"""Long work shows progress on a terminal, and nothing anywhere else (issue 19, item 15): ingest of many files
(stored, then processed), and a mailing being written (each member reported by outbound.mailings)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from mailservice import progress
from mailservice.app import build
from mailservice.cli import progress as cli_progress
from mailservice.settings import load
from tests.outbound.conftest import add_members, enqueue
from tests.support import mail
from tests.test_cli import run, workdir  # noqa: F401


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> io.StringIO:
    """Standard error as a terminal: the bars are drawn into the returned buffer."""
    screen = io.StringIO()
    monkeypatch.setattr(cli_progress, "on_terminal", lambda: True)

    def console(**kwargs: Any) -> Console:
        return Console(file=screen, force_terminal=True, width=100)

    monkeypatch.setattr(cli_progress, "make_console", console)
    return screen


def _messages(workdir: Path, count: int) -> list[str]:
    names = []
    for i in range(count):
        name = f"aanmelding-{i}.eml"
        (workdir / name).write_bytes(mail(sender=f"d{i}@gemeente-p.nl"))
        names.append(name)
    return names


def test_ingest_of_many_files_shows_progress_on_a_terminal(
    workdir: Path, capsys: pytest.CaptureFixture[str], terminal: io.StringIO
) -> None:
    code, out, err = run(capsys, "ingest", *_messages(workdir, 25))
    assert code == 0, err
    drawn = terminal.getvalue()
    assert "Berichten opslaan" in drawn and "25/25" in drawn and "Berichten verwerken" in drawn
    assert "Berichten" not in out + err  # the table and the log stay as they were


def test_no_bar_off_a_terminal(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert not cli_progress.on_terminal()  # pytest captures standard error: no terminal
    code, out, err = run(capsys, "ingest", *_messages(workdir, 3))
    assert code == 0 and "Berichten opslaan" not in out + err and "\x1b" not in out + err


def test_a_mailing_reports_each_member(workdir: Path) -> None:
    app = build(load())
    add_members(app, 7)
    steps: list[int] = []
    with progress.watching(steps.append):
        enqueue(app)
    app.close()
    assert sum(steps) == 7


def test_the_bar_follows_what_reports(terminal: io.StringIO) -> None:
    with cli_progress.bar("Mailing klaarzetten", total=4):
        for _ in range(4):
            progress.step()
    assert "Mailing klaarzetten" in terminal.getvalue() and "4/4" in terminal.getvalue()
    progress.step()  # nobody watches any more: nothing happens
