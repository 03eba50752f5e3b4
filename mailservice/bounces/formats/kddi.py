"""au by KDDI (ezweb / dion.ne.jp) notices: "Could not be delivered to: <address>"."""

from __future__ import annotations

import re

from mailservice.bounces.formats.base import text_detector

NAME = "kddi"
SIGNATURE = re.compile(r"Could not be delivered to:\s*<|Your mail sent on:", re.I)
detect = text_detector(SIGNATURE)
