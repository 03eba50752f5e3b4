"""Text from outside is shown, never obeyed (issue 12, item 7): rich markup in a subject or a name is printed
literally instead of crashing the command or making a live hyperlink; terminal escape sequences, BEL, CR and bidi
overrides are made visible instead of reaching the secretariat's terminal; CSV exports hold no control characters
and no cell a spreadsheet would run as a formula.

The store cleans control characters out of what it writes now, but rows written before it did (and bidi
characters, which it keeps) are still shown: the hostile values go into the database by plain SQL, as old rows.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import sqlite3
from email.utils import make_msgid
from pathlib import Path

import pytest

from mailservice.cli.common import printable
from mailservice.exports import csv_cell
from tests.bouncelog.helpers import dsn
from tests.test_cli import run, workdir  # noqa: F401  (the scratch-directory fixture, and the CLI runner)

MARKUP = "Aanmelden [/x] [bold red]rood [link=https://evil.example]klik[/link] [/bold]"
ESCAPES = "wis\x1b[2J link\x1b]8;;https://evil\x07x\x1b]8;;\x07 bel\x07 terug\rnep \u202egnp.exe\x08\x9b"
FORMULA = '=HYPERLINK("https://evil.example";"klik")'
ADDRESS = "e.vil@gemeente-e.nl"
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def harmful(text: str) -> list[str]:
    """The characters in ``text`` that a terminal would act on: controls other than tab and line feed, and bidi."""
    return [c for c in text if (ord(c) < 0x20 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F or c in BIDI]


def _encoded(text: str) -> str:
    """An RFC 2047 encoded word: how a mail carries any character in a header."""
    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="


def hostile_mail(subject: str, body: str, name: str = "[/bold] Eva") -> bytes:
    return (
        f"From: {_encoded(name)} <{ADDRESS}>\r\n"
        "To: info@ambtelijkefusie.nl\r\n"
        f"Subject: {_encoded(subject)}\r\n"
        f"Message-ID: {make_msgid(domain='gemeente-e.nl')}\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
    ).encode() + base64.encodebytes(body.encode())


SIGNUP_BODY = (
    "Graag meld ik mij aan voor het netwerk.\n\n"
    "Naam: Eva [/x] [bold red]Vil\nOrganisatie: [link=https://evil.example]klik[/link]\nFunctie: [/bold]directeur\n"
)


def ingest_signup(workdir: Path, capsys: pytest.CaptureFixture[str]) -> str:
    (workdir / "aanmelding.eml").write_bytes(hostile_mail(MARKUP, SIGNUP_BODY))
    code, out, err = run(capsys, "ingest", "aanmelding.eml")
    assert code == 0, err
    return out


def old_rows(workdir: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    """Write values past the store's cleaning, as rows stored before it cleaned them."""
    with sqlite3.connect(workdir / "var" / "mailservice.db") as db:
        for sql, params in statements:
            assert db.execute(sql, params).rowcount >= 1, sql


def test_markup_in_a_mail_is_printed_literally(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ingest_signup(workdir, capsys)
    for args in (["inbox"], ["inbox", "show", "1"], ["members", "list"], ["members", "show", ADDRESS]):
        code, out, err = run(capsys, *args)
        assert code == 0, (args, err)
        assert "[/x]" in out and "[bold red]" in out, args
        assert "klik[/link]" in out, args  # the tag is text: no hyperlink was made of it
    _, out, _ = run(capsys, "inbox", "show", "1")
    assert f"onderwerp: {MARKUP}" in out
    _, out, _ = run(capsys, "members", "show", ADDRESS)
    assert "Eva [/x] [bold red]Vil  [link=https://evil.example]klik[/link]" in out
    assert "functie: [/bold]directeur" in out


def test_control_characters_in_stored_text_are_shown_not_obeyed(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ingest_signup(workdir, capsys)
    old_rows(
        workdir,
        ("UPDATE inbound_messages SET subject = ?, reason = ?, sender = ?", (ESCAPES, ESCAPES, f"x\x1b[8m{ADDRESS}")),
        ("UPDATE members SET name = ?, organisation = ?, function = ?", (ESCAPES, ESCAPES, ESCAPES)),
        ("UPDATE member_events SET detail = ?", (ESCAPES,)),
        ("UPDATE outbound_messages SET subject = ?, server_reply = ?", (ESCAPES, ESCAPES)),
    )
    for args in (["inbox"], ["inbox", "show", "1"], ["members", "list"], ["members", "show", ADDRESS], ["outbox"]):
        code, out, err = run(capsys, *args)
        assert code == 0, (args, err)
        assert harmful(out) == [], args
    _, out, _ = run(capsys, "inbox", "show", "1")
    visible = r"wis\x1b[2J link\x1b]8;;https://evil\x07x\x1b]8;;\x07 bel\x07 terug\rnep \u202egnp.exe\x08\x9b"
    assert f"onderwerp: {visible}" in out and f"reden: {visible}" in out
    _, out, _ = run(capsys, "members", "show", ADDRESS)
    assert out.startswith(f"{ADDRESS}  wis\\x1b[2J link")


def test_member_export_cells_are_clean_and_never_formulas(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ingest_signup(workdir, capsys)
    old_rows(
        workdir,
        ("UPDATE members SET name = ?, organisation = ?, function = ?", ("\tnaam" + ESCAPES, FORMULA, "@SUM(1)")),
    )
    code, out, err = run(capsys, "members", "export")
    assert code == 0, err
    assert harmful(out.replace("\r\n", "\n")) == []  # only the csv module's own line ends
    code, _, err = run(capsys, "members", "export", "-o", str(workdir / "leden.csv"))
    assert code == 0, err
    with open(workdir / "leden.csv", newline="", encoding="utf-8-sig") as handle:
        from_file = list(csv.reader(handle, delimiter=";"))
    for rows in (list(csv.reader(io.StringIO(out), delimiter=";")), from_file):
        assert rows[0][:4] == ["e-mailadres", "naam", "organisatie", "functie"]  # the columns stay
        email, name, organisation, function = rows[1][:4]
        assert email == ADDRESS
        assert organisation == "'" + FORMULA and function == "'@SUM(1)"
        assert name == "'\tnaamwis[2J link]8;;https://evilx]8;; bel terugnep gnp.exe"
        assert all(harmful(cell) == [] for cell in rows[1])


def test_bounce_log_and_its_export(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = b"From: info@ambtelijkefusie.nl\r\nTo: x@elders.example\r\nSubject: x\r\n\r\nx\r\n"
    (workdir / "dsn.eml").write_bytes(dsn(original, "x@elders.example", headers_only=True))
    code, _, err = run(capsys, "ingest", "dsn.eml")
    assert code == 0, err
    old_rows(workdir, ("UPDATE bounce_events SET diagnostic = ?, address = ?", (FORMULA + MARKUP + ESCAPES, MARKUP)))
    code, out, err = run(capsys, "bounces")
    assert code == 0, err
    assert harmful(out) == [] and "[/x]" in out and "https://evil.example" in out and "\\x1b[2J" in out
    code, out, err = run(capsys, "bounces", "--csv")
    assert code == 0, err
    assert harmful(out.replace("\r\n", "\n")) == []
    rows = list(csv.reader(io.StringIO(out), delimiter=";"))
    assert rows[0][8] == "diagnose" and rows[1][8].startswith("'" + FORMULA + MARKUP)
    assert rows[1][2] == MARKUP


def test_suggestions_table_and_export(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from mailservice import settings as settings_mod
    from mailservice.app import build
    from mailservice.store.db import transaction
    from mailservice.store.models import Member, MemberStatus, Suggestion

    app = build(settings_mod.load())
    now = app.clock()
    with transaction(app.factory) as session:
        m = Member(
            email=ADDRESS, name=MARKUP, role="member", status=MemberStatus.ACTIVE, created_at=now, updated_at=now
        )
        # The table shows each topic's short label (issue 17): the bidi controls get a topic of their own, so that
        # both kinds are within a label and must be shown escaped.
        topics = [FORMULA, ESCAPES, BIDI]
        session.add(Suggestion(created_at=now, member=m, atelier=None, themes=["strategie"], topics=topics))
    app.close()
    code, out, err = run(capsys, "suggestions")
    assert code == 0, err
    assert harmful(out) == [] and "\\x1b" in out and "\\u202e" in out
    code, out, err = run(capsys, "suggestions", "--export", "-")
    assert code == 0, err
    assert harmful(out.replace("\r\n", "\n")) == []
    [header, row] = list(csv.reader(io.StringIO(out), delimiter=";"))
    assert header[2] == "naam" and row[2] == MARKUP
    assert row[6].startswith("'" + FORMULA + " | wis[2J")


def test_classify_table_and_json_lines(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    subject = MARKUP + ESCAPES.replace("\r", "")  # a header cannot hold a bare CR
    (workdir / "vraag.eml").write_bytes(hostile_mail(subject, "Waar is het atelier?", name=ESCAPES))
    code, out, err = run(capsys, "classify", "vraag.eml")
    assert code == 0, err
    assert harmful(out) == []
    code, out, err = run(capsys, "classify", "--json", "vraag.eml")
    assert code == 0, err
    assert harmful(out) == []
    assert json.loads(out)["subject"] == subject  # escaped for the terminal, the same value for a program


def test_an_error_line_shows_what_was_typed_or_said(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "members", "show", "x\x1b[2J\x1b]8;;https://evil\x07@y.nl\r\u202e")
    assert code == 1
    assert harmful(err) == [] and err.count("\n") == 1
    assert "x\\x1b[2J\\x1b]8;;https://evil\\x07@y.nl\\r\\u202e" in err


# value -> as shown on one line, as shown in a multi-line text, as a CSV cell
CASES: list[tuple[object, str, str, object]] = [
    ("[/x] [link=u]k[/link]", "[/x] [link=u]k[/link]", "[/x] [link=u]k[/link]", "[/x] [link=u]k[/link]"),
    ("a\x1b[31mb\x07", "a\\x1b[31mb\\x07", "a\\x1b[31mb\\x07", "a[31mb"),
    ("r\r\nn\tt", "r\\r\\nn\\tt", "r\nn\tt", "r\nn\tt"),
    ("\u202ecba\u2066\x7f\x85", "\\u202ecba\\u2066\\x7f\\x85", "\\u202ecba\\u2066\\x7f\\x85", "cba"),
    ("=1+1", "=1+1", "=1+1", "'=1+1"),
    ("\x00-5", "\\x00-5", "\\x00-5", "'-5"),
    ("\t@x", "\\t@x", "\t@x", "'\t@x"),
    ("Jan de Vries", "Jan de Vries", "Jan de Vries", "Jan de Vries"),
    (None, "", "", ""),
    (-3, "-3", "-3", -3),  # numbers stay numbers in an export
]


def test_printable_and_csv_cell() -> None:
    assert [(printable(v), printable(v, multiline=True), csv_cell(v)) for v, *_ in CASES] == [
        tuple(expected) for _, *expected in CASES
    ]
