"""Layer 3: one detector per non-standard bounce format, tried in this order (no runtime discovery).

Specific signatures first, the generic text scan last. A new format is one file plus one test row.
"""

from __future__ import annotations

from mailservice.bounces.formats import (
    amazonses,
    aol,
    domino,
    dragonfly,
    exchange,
    exim,
    exim_localscan,
    generic,
    gmail,
    groupwise,
    kddi,
    mdaemon,
    phquery,
    postfix_transcript,
    qmail,
    qmaillike,
    sendmail,
    unable,
    x400,
    yahoo,
)
from mailservice.bounces.formats.base import Detector, Failure

DETECTORS: tuple[tuple[str, Detector], ...] = (
    (amazonses.NAME, amazonses.detect),
    (dragonfly.NAME, dragonfly.detect),
    (exim_localscan.NAME, exim_localscan.detect),  # before exim: the same sender, no recipient list
    (exim.NAME, exim.detect),
    (qmail.NAME, qmail.detect),
    (yahoo.NAME, yahoo.detect),
    (qmaillike.NAME, qmaillike.detect),  # after qmail and yahoo, which have their own introductions
    (gmail.NAME, gmail.detect),
    (aol.NAME, aol.detect),  # before sendmail: AOL's sendmail layout with bare screen names
    (mdaemon.NAME, mdaemon.detect),
    (x400.NAME, x400.detect),  # before exchange: the same sentence, X.400 recipient lines
    (exchange.NAME, exchange.detect),
    (phquery.NAME, phquery.detect),  # before sendmail: phquery's text inside sendmail's transcript
    (postfix_transcript.NAME, postfix_transcript.detect),
    (sendmail.NAME, sendmail.detect),
    (domino.NAME, domino.detect),
    (groupwise.NAME, groupwise.detect),
    (kddi.NAME, kddi.detect),
    (unable.NAME, unable.detect),
    (generic.NAME, generic.detect),
)

__all__ = ["DETECTORS", "Detector", "Failure"]
