"""The command line: readable output, CSV export, and one clear line for every wrong request."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from mailservice.cli import main
from tests.support import mail


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A scratch working directory on embedded defaults (no config file, no MAILSERVICE_ variables)."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith("MAILSERVICE_") and name != "MAILSERVICE_CORPUS":
            monkeypatch.delenv(name)
    yield tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "args",
    [
        ["bestaat-niet"],
        ["members", "list", "--bogus"],
        ["members", "list", "--status", "vrolijk"],
        ["members", "show"],
        ["inbox", "show", "geen-getal"],
        ["outbox", "--limit", "0"],
    ],
)
def test_wrong_arguments_give_one_line_and_exit_2(
    workdir: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    code, _, err = run(capsys, *args)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("mailservice: ") and "Traceback" not in err


def test_wrong_requests_give_one_line_and_exit_1(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for args in (
        ["members", "show", "niemand@nergens.nl"],
        ["members", "add", "geen-adres"],
        ["inbox", "show", "999"],
        ["ingest", "ontbreekt.eml"],
    ):
        code, _, err = run(capsys, *args)
        assert code == 1, args
        assert err.count("\n") == 1 and "Traceback" not in err, err


def test_wrong_setting_gives_one_line_and_exit_78(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAILSERVICE_DATABASE__URL", "oracle://x")
    code, _, err = run(capsys, "members", "list")
    assert code == 78 and "database.url" in err and err.count("\n") == 1


def test_help_reads_well(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for command in ("run", "members", "inbox", "ingest", "classify", "outbox"):
        assert command in out
    assert "info@ambtelijkefusie.nl" in out


def test_members_add_list_show_export_remove(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys,
        "members",
        "add",
        "A.de.Boer@Gemeente-X.nl",
        "--naam",
        "Anne de Boer",
        "--organisatie",
        "Werkorganisatie X",
    )
    assert code == 0, err
    assert len(list((workdir / "var" / "outbox" / "new").iterdir())) == 1  # the welcome
    code, out, _ = run(capsys, "members", "list")
    assert "a.de.boer@gemeente-x.nl" in out and "Anne de Boer" in out
    code, out, _ = run(capsys, "members", "show", "a.de.boer@gemeente-x.nl")
    assert "toegevoegd" in out and "door het secretariaat" in out and "added" not in out
    assert "taal: Nederlands" in out  # the language of the member's own mail (issue 17)
    code, out, _ = run(capsys, "members", "export")
    rows = list(csv.reader(io.StringIO(out), delimiter=";"))
    assert rows[0][:3] == ["e-mailadres", "naam", "organisatie"]
    assert rows[1][:3] == ["a.de.boer@gemeente-x.nl", "Anne de Boer", "Werkorganisatie X"]
    code, out, _ = run(capsys, "members", "export", "-o", str(workdir / "leden.csv"))
    assert (workdir / "leden.csv").read_text(encoding="utf-8").startswith("\ufeffe-mailadres;")
    code, _, _ = run(capsys, "members", "remove", "a.de.boer@gemeente-x.nl")
    assert code == 0
    code, out, _ = run(capsys, "members", "list", "--status", "unsubscribed")
    assert "a.de.boer@gemeente-x.nl" in out


def test_ingest_and_inbox_show_kind_status_and_reason(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "aanmelding.eml").write_bytes(mail())
    (workdir / "vraag.eml").write_bytes(mail(sender="p.p@gemeente-y.nl", subject="Vraag", body="Waar is het atelier?"))
    code, out, err = run(capsys, "ingest", "aanmelding.eml", "vraag.eml")
    assert code == 0, err
    assert "aanmelding" in out and "afgehandeld" in out and "subscribe" not in out
    assert len(list((workdir / "var" / "outbox" / "new").iterdir())) == 1
    code, out, _ = run(capsys, "inbox", "--unhandled")
    assert "p.p@gemeente-y.nl" in out and "j.jansen" not in out
    code, out, _ = run(capsys, "inbox", "show", "2")
    assert "voor secretariaat" in out and "reden" in out and "unhandled" not in out
    assert "regel: geen-regel" in out  # which rule decided: here, none did
    code, out, _ = run(capsys, "inbox", "show", "1")
    assert "regel: aanmelden" in out
    assert "fout: []" not in out  # no error: the line stays empty


def test_stored_codes_read_in_dutch(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "members", "add", "c.smit@gemeente-z.nl", "--geen-welkom")
    _, out, _ = run(capsys, "members", "list")
    assert "actief" in out and "active" not in out


def test_every_stored_code_has_a_dutch_word() -> None:
    from mailservice.classify import Kind
    from mailservice.labels import DUTCH
    from mailservice.store import models

    enums = (
        models.MemberStatus,
        models.Delivery,
        models.InboundStatus,
        models.OutboundStatus,
        models.MailingState,
        models.AtelierState,
        models.RsvpStatus,
        models.StepState,
        Kind,
    )
    missing = [m.value for e in enums for m in e if m.value not in DUTCH]
    assert missing == []


def _member_events_written() -> set[str]:
    """Every member event the code writes: MemberEvent(event="..."), and the helpers that take the event as their
    fourth argument (actions.membership.record, bouncelog.delivery._event, casework.record.changed)."""
    import ast

    found: set[str] = set()
    for path in Path(__file__).resolve().parent.parent.joinpath("mailservice").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            values = [k.value for k in node.keywords if k.arg == "event"]
            # Called by name (audit.record, an attribute call, writes the staff's audit log, not member events).
            name = node.func.id if isinstance(node.func, ast.Name) else ""
            if name in ("record", "_record", "_event", "changed") and len(node.args) > 3:
                values.append(node.args[3])
            found |= {v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)}
    return found


def test_every_member_event_has_a_dutch_word() -> None:
    from mailservice.labels import DUTCH

    written = _member_events_written()
    assert {"added", "confirmed", "unsubscribe_asked", "delivery_disabled"} <= written
    assert sorted(written - set(DUTCH)) == []


def test_a_message_left_to_the_secretariat_is_marked_handled(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "vraag.eml").write_bytes(mail(sender="p.p@gemeente-y.nl", subject="Vraag", body="Waar is het atelier?"))
    assert run(capsys, "ingest", "vraag.eml")[0] == 0
    assert "p.p@gemeente-y.nl" in run(capsys, "inbox", "--af-te-handelen")[1]
    code, out, err = run(capsys, "inbox", "done", "1", "--notitie", "telefonisch beantwoord")
    assert code == 0 and "Bericht 1 is afgehandeld." in out, err
    assert "p.p@gemeente-y.nl" not in run(capsys, "inbox", "--af-te-handelen")[1]
    _, out, _ = run(capsys, "inbox", "show", "1")
    assert "door secretariaat" in out and "notitie: telefonisch beantwoord" in out
    code, _, err = run(capsys, "inbox", "done", "1")
    assert code == 1 and "al afgehandeld" in err and err.count("\n") == 1
