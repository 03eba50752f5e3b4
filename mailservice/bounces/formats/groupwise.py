"""Novell/Micro Focus GroupWise "Mail Delivery Problem" reports.

"The message that you sent was undeliverable to the following:" and per-recipient lines.
"""

from __future__ import annotations

import re

from mailservice.bounces.formats.base import text_detector

NAME = "groupwise"
SIGNATURE = re.compile(r"was undeliverable to the following|Possible issues? include|GroupWise", re.I)
detect = text_detector(SIGNATURE)
