"""Amazon SES bounce notifications delivered by e-mail (SNS JSON, ``notificationType: Bounce``).

https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html#bounce-object
Complaints (``notificationType: Complaint``) are feedback, not bounces.
"""

from __future__ import annotations

import json
from typing import Any

from mailservice.bounces import addresses
from mailservice.bounces.formats.base import Failure
from mailservice.bounces.mailtext import MailText
from mailservice.bounces.status import find_status

NAME = "amazonses"


def _payload(text: str) -> dict[str, Any] | None:
    start = text.find("{")
    if start < 0:
        return None
    try:
        data, _ = json.JSONDecoder(strict=False).raw_decode(text[start:])
    except ValueError:
        return None
    if isinstance(data, dict) and isinstance(data.get("Message"), str):  # wrapped in an SNS envelope
        try:
            data = json.loads(data["Message"], strict=False)
        except ValueError:
            return None
    return data if isinstance(data, dict) else None


def detect(mail: MailText) -> list[Failure] | None:
    if '"notificationType"' not in mail.text and '\\"notificationType\\"' not in mail.text:
        return None
    data = _payload(mail.text)
    if not data or data.get("notificationType") != "Bounce":
        return None
    bounce = data.get("bounce") or {}
    temporary = bounce.get("bounceType") == "Transient"
    out: list[Failure] = []
    for item in bounce.get("bouncedRecipients") or []:
        addr = addresses.clean(str(item.get("emailAddress", "")))
        if not addr:
            continue
        diag = str(item.get("diagnosticCode") or "").partition(";")[2].strip() or str(item.get("diagnosticCode") or "")
        status = find_status(str(item.get("status") or "")) or find_status(diag)
        action = "delayed" if temporary and item.get("action") != "failed" else (item.get("action") or "failed")
        out.append(Failure(addr, diag, status, action, evidence="JSON bouncedRecipients emailAddress"))
    return out
