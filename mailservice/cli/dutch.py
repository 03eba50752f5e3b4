"""Typer's and click's own words in Dutch: the help screens and the usage errors (issue 19, item 11).

Typer writes "Usage:", "Options", "Show this message and exit.", "[default: 50; x>=1]" and "<str>" into every help
screen, and "Invalid value for ...", "Missing argument ...", "No such option ..." into its errors. Both are
translated here from what they are made of, not by searching the finished text:

- help: a help formatter (the context's ``formatter_class``) that translates the section headings, the usage
  line's placeholders and each row of a definition list (the type in the left column, the help option's text
  and the bracketed extras in the right one) before it lays them out, so the columns still line up;
- errors: ``error_message`` builds the sentence from the exception's kind and parameter, and a value the type
  check refused (pydantic, under typer's coercion) from the pydantic error's type and context.

``tests/test_cli_language.py`` walks every command's help and the usual mistakes and looks for English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import typer

# Section headings and the usage prefix.
HEADINGS: dict[str, str] = {
    "Usage: ": "Gebruik: ",
    "Options": "Opties",
    "Arguments": "Argumenten",
    "Commands": "Commando's",
}
# Placeholders in the usage line.
USAGE: tuple[tuple[str, str], ...] = (
    ("[OPTIONS]", "[OPTIES]"),
    ("COMMAND [ARGS]...", "COMMANDO [ARGUMENTEN]..."),
)
# The value types typer shows between angle brackets.
TYPES: dict[str, str] = {
    "str": "tekst",
    "int": "getal",
    "float": "getal",
    "int range": "getal",
    "float range": "getal",
    "path": "pad",
    "Path": "pad",
    "file": "bestand",
    "directory": "map",
    "bool": "ja/nee",
    "datetime": "datum",
}
# Whole help texts typer and click write themselves.
TEXTS: dict[str, str] = {
    "Show this message and exit.": "Toon deze hulp en stop.",
}
# The bracketed extras after an option's help: "[default: 50; x>=1]", "[required]".
_EXTRAS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^default: (.*)$"), r"standaard: \1"),
    (re.compile(r"^required$"), "verplicht"),
    (re.compile(r"^env var: (.*)$"), r"omgevingsvariabele: \1"),
    (re.compile(r"^x>=(\S+)$"), r"minstens \1"),
    (re.compile(r"^x<=(\S+)$"), r"hoogstens \1"),
    (re.compile(r"^(\S+)<=x<=(\S+)$"), r"\1 tot en met \2"),
    (re.compile(r"^x>(\S+)$"), r"meer dan \1"),
    (re.compile(r"^x<(\S+)$"), r"minder dan \1"),
)
_TYPE = re.compile(r"<([^<>]+)>")
_TRAILING_EXTRAS = re.compile(r"\[([^\[\]]*)\]$")


def _extra(part: str) -> str:
    for pattern, replacement in _EXTRAS:
        if pattern.match(part):
            return pattern.sub(replacement, part)
    return part


def _type(label: str) -> str:
    inner = label.removeprefix("list[").removesuffix("]")
    return TYPES.get(label, label) if inner == label else f"{TYPES.get(inner, inner)}..."


def term(text: str) -> str:
    """The left column of a help row: ``--limit <int range>`` becomes ``--limit <getal>``."""
    return _TYPE.sub(lambda m: f"<{_type(m.group(1))}>", text)


def definition(text: str) -> str:
    """The right column of a help row: typer's own texts and the bracketed extras in Dutch."""
    text = TEXTS.get(text, text)
    return _TRAILING_EXTRAS.sub(lambda m: "[" + "; ".join(_extra(p) for p in m.group(1).split("; ")) + "]", text)


def usage(args: str) -> str:
    for english, dutch in USAGE:
        args = args.replace(english, dutch)
    return args


class DutchHelpFormatter(typer.Context.formatter_class):  # type: ignore[misc,valid-type]
    """Click's help formatter, with every text it is handed translated before the layout."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, usage(args), HEADINGS.get(prefix or "Usage: ", prefix))

    def write_heading(self, heading: str) -> None:
        super().write_heading(HEADINGS.get(heading, heading))

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        with super().section(HEADINGS.get(name, name)):
            yield

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        super().write_dl([(term(t), definition(d)) for t, d in rows], col_max, col_spacing)


class DutchContext(typer.Context):
    formatter_class = DutchHelpFormatter


def dutch_commands(command: Any) -> Any:
    """``command`` (typer's click command tree) with Dutch help on every command of it."""
    command.context_class = DutchContext
    if getattr(command, "options_metavar", None) == "[OPTIONS]":
        command.options_metavar = "[OPTIES]"
    for sub in getattr(command, "commands", {}).values():
        dutch_commands(sub)
    return command


# ---- usage errors ------------------------------------------------------------------------------------------

# A value the type check refused: pydantic's error type -> the Dutch clause ({input} and the error's context).
VALUE_ERRORS: dict[str, str] = {
    "int_parsing": "'{input}' is geen geheel getal",
    "int_from_float": "'{input}' is geen geheel getal",
    "int_type": "'{input}' is geen geheel getal",
    "float_parsing": "'{input}' is geen getal",
    "float_type": "'{input}' is geen getal",
    "bool_parsing": "'{input}' is geen ja of nee",
    "greater_than_equal": "moet minstens {ge} zijn",
    "greater_than": "moet meer dan {gt} zijn",
    "less_than_equal": "mag hoogstens {le} zijn",
    "less_than": "moet minder dan {lt} zijn",
    "enum": "'{input}' is niet een van {expected}",
    "literal_error": "'{input}' is niet een van {expected}",
    "string_too_short": "is te kort",
    "string_too_long": "is te lang",
    "path_type": "'{input}' is geen pad",
    "value_error": "'{input}' is geen geldige waarde",
}
# Usage errors click words itself (the text of its message): the pattern and the Dutch sentence.
USAGE_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^No such command '(.*)'\.(?: Did you mean (.*)\?)?$", re.S), "onbekend commando '{0}'"),
    (re.compile(r"^Missing command\.$"), "er ontbreekt een commando"),
    (re.compile(r"^Got unexpected extra argument(?:s|\(s\))? \((.*)\)$", re.S), "onverwacht extra argument: {0}"),
    (re.compile(r"^Option '(.*)' requires an argument\.$"), "de optie {0} vraagt een waarde"),
    (re.compile(r"^Option '(.*)' requires (\d+) arguments\.$"), "de optie {0} vraagt {1} waarden"),
    (re.compile(r"^Option '(.*)' does not take a value\.$"), "de optie {0} neemt geen waarde"),
    (re.compile(r"^Argument '(.*)' takes (\d+) values\.$"), "het argument {0} vraagt {1} waarden"),
    (re.compile(r"^No such option: (\S+)$"), "onbekende optie: {0}"),
)
_SUGGESTION = re.compile(r" Did you mean (.*)\?$")


def _param_name(exc: Any) -> str:
    """How the user wrote the parameter: ``--status`` for an option, ``ADRES`` for an argument."""
    param = getattr(exc, "param", None)
    hint = getattr(exc, "param_hint", None)
    if hint:
        return " / ".join(hint) if isinstance(hint, list | tuple) else str(hint)
    if param is None:
        return ""
    if getattr(param, "param_type_name", "") == "option":
        return str(max(param.opts, key=len))
    return str(param.metavar or param.name or "").upper()


def _value_clause(exc: BaseException) -> str:
    """Why a value was refused: a Dutch message our own parser gave, or pydantic's error type in Dutch."""
    cause = exc.__cause__
    errors = getattr(cause, "errors", None)
    if callable(errors):
        found = errors()
        if found:
            first = found[0]
            template = VALUE_ERRORS.get(first.get("type", ""))
            if template is not None:
                fields = {"input": first.get("input", "")} | dict(first.get("ctx") or {})
                try:
                    return template.format(**fields)
                except (KeyError, IndexError):
                    pass
    return str(getattr(exc, "message", "") or exc)


def _usage_sentence(message: str) -> str:
    for pattern, template in USAGE_ERRORS:
        match = pattern.match(message)
        if match:
            sentence = template.format(*match.groups())
            suggestion = _SUGGESTION.search(message)
            return sentence + (f"; bedoelt u {suggestion.group(1)}?" if suggestion else "")
    return message


def error_message(exc: BaseException) -> str:
    """The Dutch sentence for a usage error typer raised (without "mailservice: " in front)."""
    kind = type(exc).__name__
    name = _param_name(exc)
    if kind == "MissingParameter":
        param_type = getattr(exc, "param_type", None) or getattr(getattr(exc, "param", None), "param_type_name", "")
        return f"de optie {name} ontbreekt" if param_type == "option" else f"het argument {name} ontbreekt"
    if kind == "NoSuchOption":
        possibilities = sorted(getattr(exc, "possibilities", None) or ())
        option = getattr(exc, "option_name", "")
        suggestion = f"; bedoelt u {' of '.join(possibilities)}?" if possibilities else ""
        return f"onbekende optie: {option}{suggestion}"
    if kind == "BadParameter" or (name and hasattr(exc, "param")):
        clause = _value_clause(exc)
        return f"{name}: {clause}" if name else f"ongeldige waarde: {clause}"
    return _usage_sentence(str(getattr(exc, "message", "") or exc))
