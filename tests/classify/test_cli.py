"""``mailservice classify``: files, Maildir folders and directories; JSON Lines or a table; bad files go on."""

from __future__ import annotations

import io
import json
import pathlib

import pytest

from mailservice.cli.classify import run_classify
from tests.classify.conftest import INBOUND

FIELDS = {"file", "kind", "reason", "sender", "member_email", "token", "themes", "topics", "attending", "guests",
          "substitute", "erase", "successor", "address_gone", "bulk", "recipients"}  # fmt: skip


def test_json_lines_for_a_directory() -> None:
    out = io.StringIO()
    assert run_classify([INBOUND], as_json=True, out=out) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(rows) == len(list(INBOUND.glob("*.eml")))
    assert all(row.keys() >= FIELDS for row in rows)


def test_maildir_and_unreadable_file(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    sample = next(INBOUND.glob("*unsubscribe*.eml"))
    (maildir / "new" / "1.host:2,").write_bytes(sample.read_bytes())
    missing = tmp_path / "weg.eml"
    out = io.StringIO()
    code = run_classify([missing, maildir], as_json=True, out=out)
    assert code == 1
    assert json.loads(out.getvalue())["kind"] == "unsubscribe"
    assert "weg.eml: bestand of map bestaat niet" in capsys.readouterr().err


def test_table_output() -> None:
    out = io.StringIO()
    sample = next(INBOUND.glob("*confirm*.eml"))
    assert run_classify([sample], as_json=False, out=out) == 0
    assert "confirm" in out.getvalue() and "referentie" in out.getvalue()
