"""Every `mailservice ...` command the README and the secretariat's handbook name exists, with its options
(issue 19, items 16 and 17). A command or option that is renamed, removed or never built fails here, so the
handbook cannot send the secretariat to a command that is not there.

Commands are read from code blocks (one per line; a `#` starts a comment, a shell operator ends the command)
and from inline code that starts with `mailservice`. Words that are not options are subcommands while the
command has subcommands, and arguments (placeholders such as ADRES or NR) after that.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import typer

from mailservice.cli import app

ROOT = Path(__file__).resolve().parent.parent
DOCS = (ROOT / "README.md", ROOT / "docs" / "handleiding.md")

_BLOCK = re.compile(r"^[ \t]*```[^\n]*\n(.*?)^[ \t]*```", re.S | re.M)
_INLINE = re.compile(r"`([^`\n]+)`")
_IN_CODE = re.compile(r"(?:^|[\s/=])mailservice\s+(\S.*)$")
_INLINE_COMMAND = re.compile(r"^(?:\S*/)?mailservice\s+(\S.*)$")
_SHELL_OPERATORS = {"|", "||", "&&", ";", ">", ">>", "<", "&"}
_HELP = {"--help", "-h"}


def mentions(text: str) -> list[str]:
    """The argument part of every `mailservice ...` command in a Markdown text."""
    found = []
    for block in _BLOCK.findall(text):
        for line in block.splitlines():
            match = _IN_CODE.search(line.split(" #", 1)[0])
            if match:
                found.append(match.group(1).strip())
    for span in _INLINE.findall(_BLOCK.sub("", text)):
        match = _INLINE_COMMAND.match(span.strip())
        if match:
            found.append(match.group(1).strip())
    return [arguments for arguments in found if arguments != "..."]  # "`mailservice ...`": any command


def _option(command: Any, name: str) -> Any | None:
    for param in command.params:
        if getattr(param, "param_type_name", "") == "option" and name in (*param.opts, *param.secondary_opts):
            return param
    return None


def check(arguments: str, root: Any) -> None:
    """Walk ``arguments`` through the command tree; AssertionError names what does not exist."""
    tokens = []
    for token in shlex.split(arguments):
        if token in _SHELL_OPERATORS:
            break
        tokens.append(token)
    command, path, i = root, ["mailservice"], 0
    while i < len(tokens):
        token = tokens[i]
        if token.startswith("-") and token != "-":
            name = token.split("=", 1)[0]
            if name not in _HELP:
                option = _option(command, name)
                assert option is not None, f"mailservice {arguments}: {' '.join(path)} has no option {name}"
                if not option.is_flag and "=" not in token:
                    i += 1  # its value
        elif getattr(command, "commands", None):
            assert token in command.commands, f"mailservice {arguments}: {' '.join(path)} has no command {token}"
            command = command.commands[token]
            path.append(token)
        i += 1


@pytest.fixture(scope="module")
def root() -> Any:
    return typer.main.get_command(app)


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_command_named_exists(doc: Path, root: Any) -> None:
    commands = mentions(doc.read_text(encoding="utf-8"))
    assert len(commands) >= 25, commands  # the reading works: both documents name many commands
    problems = []
    for arguments in commands:
        try:
            check(arguments, root)
        except AssertionError as exc:
            problems.append(str(exc))
    assert problems == []


def test_the_handbook_covers_its_subjects() -> None:
    text = (ROOT / "docs" / "handleiding.md").read_text(encoding="utf-8")
    for heading in (
        "## Elke dag",
        "## Elke week",
        "## Een AVG-verzoek",
        "## Een opvolger",
        "## Een nieuw e-mailadres",
        "## Een stilgezette mailing",
        "## Een bericht dat de dienst niet afhandelde",
        "## Een atelier plannen",
        "## Een atelier veilig oefenen",
        "## De bouncelijst lezen",
    ):
        assert heading in text
    assert "(docs/handleiding.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "arguments",
    [
        "members wis ADRES",  # no such command
        "members export --format xlsx",  # no such option
        "ateliers edit 2027-1 --koffie ja",  # an option of another command or none
        "--onbekend members list",
    ],
)
def test_a_command_that_does_not_exist_is_found(arguments: str, root: Any) -> None:
    with pytest.raises(AssertionError):
        check(arguments, root)


def test_commands_are_read_from_code_and_inline_code() -> None:
    text = (
        "Run `mailservice inbox show NR` or `systemctl restart mailservice`.\n\n"
        "```\nExecStart=/srv/app/.venv/bin/mailservice run   # the service\n"
        "mailservice members export -o leden.csv | head\nWorkingDirectory=/srv/mailservice\n```\n"
    )
    assert mentions(text) == ["run", "members export -o leden.csv | head", "inbox show NR"]
