"""IBM/HCL Domino (Lotus Notes) "DELIVERY FAILURE" reports.

"Your message ... was not delivered to: <address> because: <reason>".
"""

from __future__ import annotations

import re

from mailservice.bounces.formats.base import text_detector

NAME = "domino"
SIGNATURE = re.compile(r"was not delivered to:|DELIVERY FAILURE|Delivery Failure Report|Lotus Notes|Domino", re.I)
detect = text_detector(SIGNATURE)
