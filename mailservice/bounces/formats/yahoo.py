"""Yahoo! Mail bounces: "Sorry, we were unable to deliver your message to the following address."

qmail-derived layout: "<address>:" then "Remote host said: ...".
"""

from __future__ import annotations

import re

from mailservice.bounces.formats.base import text_detector

NAME = "yahoo"
SIGNATURE = re.compile(r"Sorry,? we were unable to deliver your message|Remote host said:", re.I)
detect = text_detector(SIGNATURE)
