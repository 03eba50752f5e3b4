"""Gmail and Google Workspace text bounces (the older, non-RFC 3464 "Delivery Status Notification").

"Delivery to the following recipient failed permanently:" + indented address + "Technical details of
permanent failure:" and the remote server's reply.
"""

from __future__ import annotations

import re

from mailservice.bounces.formats.base import text_detector

NAME = "gmail"
SIGNATURE = re.compile(
    r"Delivery to the following recipients? (?:failed|has been delayed)|Technical details of (?:permanent|temporary) "
    r"failure|Message not delivered|Your message wasn't delivered|Address not found|Message blocked",
    re.I,
)
detect = text_detector(SIGNATURE)
