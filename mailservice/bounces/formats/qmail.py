"""qmail-send bounces (QSBMF, https://cr.yp.to/proto/qsbmf.txt): "<address>:" paragraphs."""

from __future__ import annotations

import re

from mailservice.bounces.formats.base import text_detector

NAME = "qmail"
SIGNATURE = re.compile(
    r"This is the qmail-send program|I'm afraid I wasn't able to deliver your message|"
    r"This is the .{0,40}(?:qmail|vpopmail|netqmail)|wasn't able to deliver your message to the following",
    re.I,
)
detect = text_detector(SIGNATURE)
