"""Layer 3: one detector per non-standard bounce format, tried in this order (no runtime discovery).

Specific signatures first, the generic text scan last. A new format is one file plus one test row.
"""

from __future__ import annotations

from mailservice.bounces.formats import (
    amazonses,
    domino,
    dragonfly,
    exchange,
    exim,
    generic,
    gmail,
    groupwise,
    kddi,
    qmail,
    sendmail,
    yahoo,
)
from mailservice.bounces.formats.base import Detector, Failure

DETECTORS: tuple[tuple[str, Detector], ...] = (
    (amazonses.NAME, amazonses.detect),
    (dragonfly.NAME, dragonfly.detect),
    (exim.NAME, exim.detect),
    (qmail.NAME, qmail.detect),
    (yahoo.NAME, yahoo.detect),
    (gmail.NAME, gmail.detect),
    (exchange.NAME, exchange.detect),
    (sendmail.NAME, sendmail.detect),
    (domino.NAME, domino.detect),
    (groupwise.NAME, groupwise.detect),
    (kddi.NAME, kddi.detect),
    (generic.NAME, generic.detect),
)

__all__ = ["DETECTORS", "Detector", "Failure"]
