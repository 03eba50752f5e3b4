"""The CLI speaks Dutch (issue 19, items 11 and 12): every help screen, every usage error, the filters (Dutch words
and the stored codes alike), what the commands print, why an address is refused, and one way of writing a day.

Before: "Usage / Options / Show this message and exit", "Invalid value for '--status' / '-s': 'actief' is not one
of 'pending', 'active', ...", "status: active  rol: member", "deferred: 1  failed: 2  sent: 68", email-validator's
"An email address must have an @-sign.", and --datum that wanted 2027-03-11 while every screen showed 11-03-2027.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer

from mailservice.cli import app, main
from mailservice.cli.choices import MEMBER_STATUS, OUTBOUND_STATUS
from mailservice.cli.dutch import definition, term
from mailservice.cli.outbox import counts_line
from tests.test_cli import run, workdir  # noqa: F401

# What typer, click, pydantic and email-validator write in English, and the value types they name.
ENGLISH = re.compile(
    r"\b(Usage|Options|Arguments|Commands|Show this message|and exit|default|required|Invalid|Missing|No such|"
    r"Got unexpected|Did you mean|Choose from|Possible options|Error|Aborted|OPTIONS|COMMAND|ARGS|str|int|float|"
    r"bool|Path|path|range|list|dynamic|env var|Value error|Input should|is not one of|valid|email address|"
    r"must|should|character|period|sign)\b"
)
# Option and command names are names, not sentences (--verbose, members list): left out of the check.
_OPTION = re.compile(r"(?<![\w-])--?[a-zA-Z][\w-]*")


def _commands(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


ALL_COMMANDS = [path for path, _ in _commands(typer.main.get_command(app))]


def _prose(help_text: str, path: tuple[str, ...]) -> str:
    """The help without the names: the command path, option names, and the command column of the command list."""
    lines = []
    in_commands = False
    for line in help_text.replace("mailservice " + " ".join(path), "").splitlines():
        if line.strip().endswith(":") and not line.startswith(" "):
            in_commands = line.startswith("Commando's")
        elif in_commands and line.startswith("  "):
            line = line.split(None, 1)[1] if len(line.split(None, 1)) > 1 else ""
        lines.append(line)
    return _OPTION.sub("", "\n".join(lines))


def test_there_are_commands_to_walk() -> None:
    assert len(ALL_COMMANDS) > 30 and ("members", "set-role") in ALL_COMMANDS


@pytest.mark.parametrize("path", ALL_COMMANDS, ids=lambda p: " ".join(p) or "mailservice")
def test_every_help_screen_is_dutch(workdir: Path, capsys: pytest.CaptureFixture[str], path: tuple[str, ...]) -> None:
    code, out, err = run(capsys, *path, "--help")
    assert code == 0, err
    assert out.startswith(f"Gebruik: mailservice {' '.join(path)}".rstrip()), out
    assert "Opties:" in out and "Toon deze hulp en stop." in out
    leftovers = ENGLISH.findall(_prose(out, path))
    assert leftovers == [], out
    usage = out.splitlines()[0].removeprefix(f"Gebruik: mailservice {' '.join(path)}")
    # Every placeholder in the usage line was named by us (a metavar, in capitals): without one, typer names an
    # argument after the Python parameter ({email}, {inbound_id}), in English.
    words = {w for pair in re.findall(r"[{\[]([^}\]]+)[}\]]|([A-Z][A-Z-]+)", usage) for w in pair if w}
    assert all(w == w.upper() and not ENGLISH.search(w) for w in words), usage


MISTAKES = [
    (["bestaat-niet"], 2, "onbekend commando 'bestaat-niet'"),
    (["memebrs"], 2, "bedoelt u 'members'?"),
    (["members", "list", "--bogus"], 2, "onbekende optie: --bogus"),
    (["members", "list", "--stat"], 2, "bedoelt u --status?"),
    (["members", "list", "--status", "vrolijk"], 2, "'vrolijk' is geen status; kies wacht op bevestiging, actief"),
    (["members", "list", "extra"], 2, "onverwacht extra argument: extra"),
    (["members", "show"], 2, "het argument E-MAILADRES ontbreekt"),
    (["members", "set-role", "a@b.nl", "baas"], 2, "'baas' is geen rol; kies lid of Adviesraad"),
    (["inbox", "show", "geen-getal"], 2, "'geen-getal' is geen geheel getal"),
    (["outbox", "--limit", "0"], 2, "--limit: moet minstens 1 zijn"),
    (["outbox", "--limit"], 2, "de optie --limit vraagt een waarde"),
    (["outbox", "--status", "weg"], 2, "kies in de wachtrij, wordt verstuurd, verstuurd"),
    (["ateliers", "add"], 2, "de optie --titel ontbreekt"),
    (["members", "add", "geen-adres"], 1, "'geen-adres' is geen geldig e-mailadres: er staat geen @ in."),
    (["members", "add", "a..b@gemeente.nl"], 1, "er staan twee punten achter elkaar"),
    (["members", "add", "Jan <j@gemeente.nl>"], 1, "zonder naam en punthaken"),
    (["bounces", "--sinds", "gisteren"], 1, "--sinds: 'gisteren' is geen datum; schrijf bijvoorbeeld 11-03-2027"),
]


@pytest.mark.parametrize(
    ("args", "code", "expected"), MISTAKES, ids=lambda v: " ".join(v) if isinstance(v, list) else ""
)
def test_mistakes_are_told_in_dutch(
    workdir: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: int, expected: str
) -> None:
    got, _, err = run(capsys, *args)
    assert got == code, err
    assert expected in err and err.count("\n") == 1, err
    told = re.sub(r"\(zie '[^']*'\)", "", err)  # the hint names the command: a name, not a sentence
    assert ENGLISH.findall(_OPTION.sub("", told)) == [], err


def test_usage_errors_point_to_the_commands_own_help(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, "members", "list", "--status", "vrolijk")
    assert err.endswith("(zie 'mailservice members list --help')\n")


def test_filters_take_the_dutch_word_and_the_code(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "members", "add", "c.smit@gemeente-z.nl", "--geen-welkom")
    run(capsys, "members", "add", "d.bakker@gemeente-z.nl", "--geen-welkom")
    run(capsys, "members", "remove", "d.bakker@gemeente-z.nl")
    for words, present, absent in (
        (("actief", "active", "Actief", "ACTIEF"), "c.smit", "d.bakker"),
        (("afgemeld", "unsubscribed"), "d.bakker", "c.smit"),
    ):
        for word in words:
            code, out, err = run(capsys, "members", "list", "--status", word)
            assert code == 0, err
            assert present in out and absent not in out, (word, out)
    code, out, _ = run(capsys, "members", "export", "--status", "wacht-op-bevestiging")
    assert code == 0 and "smit" not in out
    code, out, err = run(capsys, "outbox", "--status", "verstuurd")
    assert code == 0, err


def test_every_code_and_word_of_a_filter_is_accepted() -> None:
    from mailservice.labels import DUTCH

    for choice in (MEMBER_STATUS, OUTBOUND_STATUS):
        for code in choice.codes:
            assert choice.code(code) == code
            assert choice.code(DUTCH[code]) == code
            assert choice.code(DUTCH[code].upper().replace(" ", "-")) == code


def test_role_in_dutch(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "members", "add", "c.smit@gemeente-z.nl", "--geen-welkom")
    code, out, err = run(capsys, "members", "set-role", "c.smit@gemeente-z.nl", "adviesraad")
    assert code == 0 and "de rol Adviesraad" in out, err
    code, out, err = run(capsys, "members", "set-role", "c.smit@gemeente-z.nl", "lid")
    assert code == 0 and "de rol lid" in out, err
    code, out, _ = run(capsys, "members", "show", "c.smit@gemeente-z.nl")
    assert "status: actief  rol: lid" in out
    assert "rol gewijzigd" in out and "Adviesraad -> lid" in out and "role_changed" not in out
    assert "secretariaat" in out and " cli " not in out


def test_outbox_counts_in_dutch(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert counts_line({"sent": 68, "failed": 2, "deferred": 1}) == "verstuurd: 68  uitgesteld: 1  mislukt: 2"
    run(capsys, "members", "add", "c.smit@gemeente-z.nl")  # a welcome, written to the Maildir
    code, out, _ = run(capsys, "outbox")
    assert code == 0 and out.startswith("verstuurd: 1\n") and " sent" not in out


def test_help_rows_translated_before_layout() -> None:
    assert definition("Hoeveel regels.  [default: 50; x>=1]") == "Hoeveel regels.  [standaard: 50; minstens 1]"
    assert definition("[required]") == "[verplicht]"
    assert definition("Tussen.  [1<=x<=5]") == "Tussen.  [1 tot en met 5]"
    assert definition("Show this message and exit.") == "Toon deze hulp en stop."
    assert term("-n, --limit <int range>") == "-n, --limit <getal>"
    assert term("PAD <list[Path]>") == "PAD <pad...>"
    # Our own help text with brackets in the middle is left alone.
    assert definition("Een [tekst] met haken.") == "Een [tekst] met haken."


def _atelier(capsys: pytest.CaptureFixture[str], day: str, deadline: str) -> tuple[int, str, str]:
    return run(
        capsys,
        "ateliers",
        "add",
        "--titel",
        "Sturing",
        "--thema",
        "organisatie",
        "--datum",
        day,
        "--begin",
        "14:00",
        "--plaats",
        "Utrecht",
        "--aanmelden-tot",
        deadline,
    )


@pytest.mark.parametrize(("day", "deadline"), [("11-03-2031", "01-03-2031"), ("2031-03-11", "2031-03-01")])
def test_a_day_in_either_form_shown_in_one(
    workdir: Path, capsys: pytest.CaptureFixture[str], day: str, deadline: str
) -> None:
    code, out, err = _atelier(capsys, day, deadline)
    assert code == 0, err
    assert "11-03-2031 14:00" in out and "2031-03-11" not in out
    code, out, _ = run(capsys, "ateliers", "show", "2031-1")
    assert "wanneer: 11-03-2031 14:00 tot 11-03-2031 17:00" in out
    assert "aanmelden tot: 01-03-2031" in out and "2031-03-01" not in out
    code, out, err = run(capsys, "ateliers", "edit", "2031-1", "--datum", "12-3-2031")
    assert code == 0, err
    assert "12-03-2031" in run(capsys, "ateliers", "show", "2031-1")[1]


def test_a_wrong_day_is_told_in_the_form_we_show(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _atelier(capsys, "31-02-2031", "01-02-2031")
    assert code == 1 and "--datum: '31-02-2031' is geen datum; schrijf bijvoorbeeld 11-03-2027" in err


def test_main_still_runs_without_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert capsys.readouterr().out.startswith("Gebruik: mailservice [OPTIES] COMMANDO [ARGUMENTEN]...")
