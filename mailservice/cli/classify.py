"""``mailservice classify [--json] PATH...``: classify .eml files or Maildir folders offline (issue 3).

No database, no network: reads files, prints one decision per message. An unreadable file gives one Dutch line
on stderr and the rest goes on; the exit code is 1 when any file could not be read, else 0.
"""

from __future__ import annotations

import functools
import pathlib
import sys
from collections.abc import Iterator
from typing import TextIO

from mailservice.classify import classify, learned
from mailservice.classify.rules import Reader
from mailservice.cli.common import CommandError, json_line, make_console
from mailservice.labels import dutch

_MAILDIR_SUBDIRS = ("cur", "new")


def _messages(path: pathlib.Path) -> Iterator[pathlib.Path]:
    """The message files under a path: a file itself, a Maildir's cur/ and new/, or a folder of .eml files."""
    if not path.is_dir():
        yield path
        return
    if any((path / sub).is_dir() for sub in _MAILDIR_SUBDIRS):
        for sub in _MAILDIR_SUBDIRS:
            if (path / sub).is_dir():
                yield from sorted(p for p in (path / sub).iterdir() if p.is_file())
        return
    yield from sorted(p for p in path.rglob("*.eml") if p.is_file())


def _row(file: pathlib.Path, raw: bytes, reader: Reader) -> dict[str, object]:
    decision = classify(raw, reader=reader)
    return {"file": str(file), **decision.to_json()}


# The fields of a decision the table shows, with their Dutch names (--json keeps the field names for programs).
_FIELDS: dict[str, str] = {
    "member_email": "lid",
    "token": "referentie",
    "attending": "komt",
    "guests": "gasten",
    "substitute": "vervanger",
    "erase": "wissen",
    "successor": "opvolger",
    "address_gone": "adres-vervallen",
    "bulk": "bulkmail",
    "themes": "thema's",
    "recipients": "ontvangers",
}


def _table(rows: list[dict[str, object]], out: TextIO) -> None:
    from rich.table import Table

    table = Table(show_lines=False)
    for column in ("bestand", "soort", "afzender", "gegevens", "reden"):
        table.add_column(column, overflow="fold")
    for row in rows:
        data = []
        for key, label in _FIELDS.items():
            value = row.get(key)
            if key == "attending" and value is False:
                data.append("komt niet")  # an RSVP "no" is worth seeing, unlike the other fields' False
                continue
            if value in (None, False, "", []):
                continue
            if isinstance(value, list):
                value = ",".join(v["address"] if isinstance(v, dict) else str(v) for v in value)
            data.append(label if value is True else f"{label}={value}")
        table.add_row(
            pathlib.Path(str(row["file"])).name,
            str(dutch(str(row["kind"]))),
            str(row["sender"] or ""),
            " ".join(data),
            str(row["reason"]),
        )
    make_console(file=out, width=160).print(table)


def run_classify(
    paths: list[pathlib.Path],
    as_json: bool,
    out: TextIO | None = None,
    learned_examples: pathlib.Path | None = None,
    cache: pathlib.Path | None = None,
) -> int:
    """Classify every message under ``paths``; JSON Lines with ``as_json``, else a table. Returns the exit code.

    ``learned_examples``: the secretariat's examples the service's learned reading also uses (``--learn``), so that
    the command says what the service would do."""
    try:
        learned.local_examples(learned_examples)  # a damaged file is one sentence here, not a failure per message
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    reader: Reader = functools.partial(learned.model, learned_examples, cache)
    out = out or sys.stdout  # looked up now, not at import: whatever stdout is when the command runs
    rows: list[dict[str, object]] = []
    failed = False
    for path in paths:
        if not path.exists():
            print(f"{path}: bestand of map bestaat niet", file=sys.stderr)
            failed = True
            continue
        for file in _messages(path):
            try:
                raw = file.read_bytes()
            except OSError as exc:
                print(f"{file}: kan bestand niet lezen ({exc.strerror or type(exc).__name__})", file=sys.stderr)
                failed = True
                continue
            row = _row(file, raw, reader)
            if as_json:
                print(json_line(row), file=out, flush=True)
            else:
                rows.append(row)
    if not as_json:
        _table(rows, out)
    return 1 if failed else 0
