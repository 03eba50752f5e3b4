"""Layer 2: RFC 3464 delivery status notifications (``message/delivery-status``).

One per-message block, then one block per recipient with Final-Recipient, Original-Recipient, Action,
Status and Diagnostic-Code (https://www.rfc-editor.org/rfc/rfc3464#section-2.3). Also RFC 6533's
``message/global-delivery-status`` (UTF-8). Real DSNs bend the grammar (missing address types,
folded codes, base64 bodies), so fields are read leniently.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
import textwrap
from email import errors
from email.message import Message
from typing import TypeGuard

from mailservice.bounces import addresses, headers
from mailservice.bounces.formats.base import Failure, collapse
from mailservice.bounces.mailtext import MailText
from mailservice.bounces.status import find_status

NAME = "rfc3464"
# Actions that mean "this recipient got it or passed it on" (RFC 3464 section 2.3.3): not a bounce.
_SUCCESS = frozenset({"delivered", "relayed", "expanded"})


def _all_messages(payload: object) -> TypeGuard[list[Message]]:
    """A non-empty list of parsed blocks: how the parser gives a delivery-status part it could read."""
    return isinstance(payload, list) and bool(payload) and all(isinstance(p, Message) for p in payload)


def _part_text(part: Message) -> str:
    """The text of a delivery-status part, however the parser took it apart.

    The parser reads the part as header blocks; what it could not read stays in a block's body (fields after a
    bad line) or, for a block whose lines are all indented, only in its defects (FirstHeaderLineIsContinuation),
    and a base64 or quoted-printable part stays encoded in the body (issue 18: broken MIME DSNs)."""
    payload = part.get_payload()
    if _all_messages(payload):
        chunks: list[str] = []
        for sub in payload:
            lines = [f"{name}: {' '.join(str(value).split())}" for name, value in sub.raw_items()]
            lines += [
                str(getattr(defect, "line", "") or "").strip()
                for defect in sub.defects
                if isinstance(defect, errors.FirstHeaderLineIsContinuationDefect)
            ]
            body = sub.get_payload()
            if isinstance(body, str) and body.strip():
                lines.append(body)
            chunks.append("\n".join(lines))
        text = "\n\n".join(chunks)
    else:
        text = payload if isinstance(payload, str) else ""
    encoding = headers.raw(part, "Content-Transfer-Encoding").strip().lower()
    try:
        if encoding == "base64" and ":" not in text:
            text = base64.b64decode(re.sub(r"\s+", "", text) + "==", validate=False).decode("utf-8", "replace")
        elif encoding == "quoted-printable":
            text = quopri.decodestring(text.encode("utf-8", "replace")).decode("utf-8", "replace")
    except (ValueError, binascii.Error):
        pass
    return text


# Per-recipient fields (RFC 3464 section 2.3): one that repeats in a block starts the next recipient's block
# (blocks written without the blank line between them).
_RECIPIENT_FIELDS = frozenset(
    {"original-recipient", "final-recipient", "x-actual-recipient", "action", "status", "diagnostic-code"}
)


def _blocks(part: Message) -> list[dict[str, str]]:
    """The field blocks of a delivery-status part, lower-cased names, unfolded values."""
    blocks: list[dict[str, str]] = []
    for chunk in re.split(r"\r?\n[ \t]*\r?\n", _part_text(part)):
        block: dict[str, str] = {}
        for name, value in _field_list(textwrap.dedent(chunk)):
            if name in _RECIPIENT_FIELDS and name in block:
                blocks.append(block)
                block = {}
            block.setdefault(name, value)
        if block:
            blocks.append(block)
    return blocks


def _field_list(chunk: str) -> list[tuple[str, str]]:
    return [
        (match.group(1).lower(), " ".join(match.group(2).split()))
        for match in re.finditer(r"^([A-Za-z][A-Za-z0-9\-]*):[ \t]*(.*(?:\r?\n[ \t]+.*)*)", chunk, re.M)
    ]


def _fields(chunk: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    for name, value in _field_list(chunk):
        fields.setdefault(name, value)
    return fields


def _address(value: str) -> str | None:
    # "rfc822; user@example.org"; the address type is often missing or wrong ("RFC822", "<>"),
    # and RFC 6533 utf-8 types carry the address as is.
    if not value:
        return None
    _, _, rest = value.partition(";")
    return addresses.clean(rest or value)


_FIELD_NAMES = {"final-recipient": "Final-Recipient", "x-actual-recipient": "X-Actual-Recipient"}
_INLINE = re.compile(r"^(?:Final|Original)-Recipient:", re.I | re.M)


def _inline_blocks(text: str) -> list[dict[str, str]]:
    """DSN fields pasted into the text body (no MIME structure), as some relays and gateways do."""
    first = _INLINE.search(text)
    if not first:
        return []
    start = text.rfind("\n\n", 0, first.start())
    chunk = text[start + 1 if start >= 0 else 0 :]
    return [f for f in (_fields(c) for c in re.split(r"\r?\n[ \t]*\r?\n", chunk)) if f]


def detect(mail: MailText) -> list[Failure] | None:
    """None if the message has no delivery-status fields; else its non-success recipients."""
    if mail.status_parts:
        groups = [_blocks(part) for part in mail.status_parts]
    else:
        inline = _inline_blocks(mail.text) if "-recipient:" in mail.text.lower() else []
        if not inline:
            return None
        groups = [inline]
    out: list[Failure] = []
    seen: set[str] = set()
    for blocks in groups:
        for block in blocks:
            final_field = "final-recipient" if block.get("final-recipient") else "x-actual-recipient"
            final = _address(block.get(final_field, ""))
            original = _address(block.get("original-recipient", ""))
            addr = final or original
            if not addr:
                continue
            # RFC 3464 2.3.1/2.3.2: Original-Recipient is the address as we gave it, Final-Recipient the mailbox
            # it ended in (after forwarding). Final names the failed mailbox; Original is kept as its alias, and
            # wins in detect when we know we sent to it.
            evidence = f"{NAME} {_FIELD_NAMES[final_field] if final else 'Original-Recipient'}"
            alias = original if final and original and original != final else None
            action = (block.get("action") or "").split()[0].lower() if block.get("action") else None
            if action in _SUCCESS:
                seen.add(addr)
                continue
            diagnostic = block.get("diagnostic-code", "")
            diagnostic = diagnostic.partition(";")[2].strip() if ";" in diagnostic[:20] else diagnostic
            status = find_status(block.get("status", ""))
            from_text = find_status(diagnostic)
            if from_text and from_text[0] == (status or from_text)[0] and not from_text.endswith(".0.0"):
                # The remote server's own words beat the code the reporting MTA made up: "Status: 5.0.0"
                # or "4.4.7" (expired) or "5.1.0" wrapping "550 5.2.2 mailbox full".
                status = from_text
            if addr in seen:
                continue
            seen.add(addr)
            out.append(Failure(addr, collapse(diagnostic), status, action, evidence=evidence, alias=alias))
    if not out and seen:
        return None  # a success DSN ("delivered"/"relayed"): a receipt, not a bounce
    return out
