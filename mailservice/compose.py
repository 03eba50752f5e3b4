"""Build the outgoing MIME message from a rendered template: headers every robot mail gets."""

from __future__ import annotations

import email.policy
import email.utils
from collections.abc import Sequence
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage

from mailservice.render import Rendered

# SMTP policy: CRLF line ends and RFC 2047 for non-ASCII headers. Header lines up to RFC 5322's hard limit
# of 998: Python folds a long value by moving all of it to a continuation line ("Subject:\r\n Welkom ..."),
# which some readers (Python's own parser among them) then show with a leading space.
POLICY = email.policy.SMTP.clone(max_line_length=998)


def compose(
    rendered: Rendered,
    *,
    from_name: str,
    from_addr: str,
    to: str,
    message_id: str,
    date: datetime,
    auto_submitted: str | None = "auto-replied",
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    extra_headers: Sequence[tuple[str, str]] = (),
) -> bytes:
    msg = EmailMessage(policy=POLICY)
    local, _, domain = from_addr.partition("@")
    msg["From"] = Address(display_name=from_name, username=local, domain=domain)
    msg["To"] = to
    msg["Subject"] = rendered.subject
    msg["Date"] = email.utils.format_datetime(date)
    msg["Message-ID"] = message_id
    if in_reply_to:
        # RFC 5322 3.6.4: References = the parent's References (or In-Reply-To) plus the parent's Message-ID.
        msg["In-Reply-To"] = in_reply_to
        chain = [r for r in references if r != in_reply_to][-20:] + [in_reply_to]
        msg["References"] = " ".join(chain)
    if auto_submitted:
        # RFC 3834 5.1: auto-replied for answers to a message, auto-generated for the rest.
        msg["Auto-Submitted"] = auto_submitted
        # Ask Exchange not to answer us with out-of-office mail (MS-OXCMAIL 2.2.3.2.14).
        msg["X-Auto-Response-Suppress"] = "All"
    for name, value in extra_headers:
        msg[name] = value
    msg.set_content(rendered.text, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(rendered.html, subtype="html", charset="utf-8", cte="quoted-printable")
    msg["Content-Language"] = "nl"  # after set_content, which replaces the Content-* headers
    return msg.as_bytes()


def new_message_id(domain: str) -> str:
    return email.utils.make_msgid(domain=domain)
