"""Keep what the person wrote: cut quoted replies, forwarded originals, signatures and disclaimers.

A first, line-based cut (the classifier issue makes it thorough and evaluates libraries for it).
"""

from __future__ import annotations

import re

# A line that starts the quoted original in the clients directors use (Outlook NL/EN, Gmail, Apple Mail).
_CUT_RES = [
    re.compile(r"^\s*-{2,}\s*(Oorspronkelijk bericht|Original Message|Doorgestuurd bericht|Forwarded message)", re.I),
    re.compile(r"^\s*(Van|From)\s*:\s*.+", re.I),
    re.compile(r"^\s*(Op|On)\s.+(schreef|wrote)\s*.*:?\s*$", re.I),
    re.compile(r"^_{10,}\s*$"),
]


def strip_quoted(text: str) -> str:
    lines: list[str] = []
    for line in text.splitlines():
        if any(rx.match(line) for rx in _CUT_RES):
            break
        if line.lstrip().startswith(">"):
            continue
        lines.append(line)
    return "\n".join(lines).strip()
