"""Sendmail text bounces without a delivery-status part (V5-era and misconfigured sendmail).

"----- The following addresses had permanent fatal errors -----" lists the addresses, the
"----- Transcript of session follows -----" the SMTP dialogue (``<<< 550 5.1.1 ...``).
"""

from __future__ import annotations

import re

from mailservice.bounces.formats.base import text_detector

NAME = "sendmail"
SIGNATURE = re.compile(
    r"-+ ?The following addresses? had (?:permanent fatal errors|transient non-fatal errors)|"
    r"-+ ?Transcript of session follows|The original message was received at|Original message was received at",
    re.I,
)
detect = text_detector(SIGNATURE)
