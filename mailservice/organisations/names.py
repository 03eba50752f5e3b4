"""Names as they are compared: "Werkorganisatie Duivenvoorde", "werkorganisatie  duivenvoorde" and
"Wérkorganisatie Duivenvoorde" are one organisation; "Súdwest-Fryslân" is found as "Sudwest-Fryslan"."""

from __future__ import annotations

import unicodedata


def comparable(name: str) -> str:
    """Lower case, without accents, quotes and hyphens as spaces, runs of white space as one space."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    for mark in ("-", "\u2010", "\u2013", "'", "\u2019", '"'):
        plain = plain.replace(mark, " ")
    return " ".join(plain.casefold().split())
