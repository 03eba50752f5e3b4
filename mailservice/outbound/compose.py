"""Build the outgoing MIME message from a rendered template: the headers every mail gets, as bytes.

Written out by hand instead of with ``email.message.EmailMessage``: the email package took 2.5 ms a message
here, more than an SMTP round trip, and a mailing composes one message per member (issue 6's benchmark).
The structure is fixed and small, so it stays easy to check: multipart/alternative (RFC 2046 5.1.4) with a
text/plain (format=flowed, RFC 3676) and a text/html part, both UTF-8 in quoted-printable (RFC 2045 6.7), CRLF
line ends, and header lines folded at whitespace under RFC 5322's 78-character advice. Python's parser reads it
back in the tests.
"""

from __future__ import annotations

import binascii
import email.utils
import functools
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.header import Header
from typing import Any, NamedTuple

from mailservice.clock import AMSTERDAM
from mailservice.outbound.flowed import flow
from mailservice.outbound.render import Rendered, Renderer
from mailservice.text import one_line

CRLF = "\r\n"


def _fold(name: str, value: str) -> str:
    """``Name: value`` folded at spaces (RFC 5322 2.2.3); a long word stays whole (998 is the hard limit)."""
    value = one_line(value)  # a control character in a header value becomes a space
    line = f"{name}: {value}"
    if len(line) <= 78:
        return line + CRLF
    out: list[str] = []
    current = f"{name}:"
    for word in value.split(" "):
        if current.strip() and len(current) + 1 + len(word) > 78 and current != f"{name}:":
            out.append(current)
            current = " " + word
        else:
            current = f"{current} {word}"
    out.append(current)
    return CRLF.join(out) + CRLF


def _fits(name: str, value: str) -> bool:
    """True if folding at spaces keeps every line within RFC 5322's hard limit of 998 octets (2.1.1)."""
    limit = 998 - len(name) - 2
    return len(value) <= limit or all(len(word) <= limit for word in value.split(" "))


def _unstructured(name: str, value: str) -> str:
    value = one_line(value)  # a control character in a header value becomes a space
    if value.isascii() and _fits(name, value):
        return _fold(name, value)
    # RFC 2047 encoded words for non-ASCII text (a subject with "é"), and for a word too long for any line (a
    # pasted URL of 1,000 characters): only encoded words can split it. Header folds them itself.
    return f"{name}: " + Header(value, "utf-8", header_name=name).encode(linesep=CRLF) + CRLF


def _qp(text: str) -> bytes:
    # CRLF first: b2a_qp keeps the line-end style of its input and soft-breaks lines at 76 with "=\r\n".
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    encoded = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    # b2a_qp takes the line-end style from the first line end in its input; text with none (one long line)
    # got soft breaks with a bare LF, which SMTP forbids (RFC 5321 2.3.8).
    return encoded if b"\n" in data else encoded.replace(b"=\n", b"=\r\n")


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file sent with the message (issue 7: the atelier's .ics), in base64 (RFC 2045 6.8).

    ``alternative``: also offer the content as a third body alternative. An iMIP invitation (RFC 6047 2.4)
    is a text/calendar part with a method parameter; Outlook and Gmail show Accept/Decline for it there,
    while the attached copy is the file a person can open or save (Google Calendar sends both the same way).
    """

    filename: str
    content_type: str  # e.g. "text/calendar; method=REQUEST"
    data: bytes
    alternative: bool = False


def _base64_part(attachment: Attachment, disposition: bool) -> bytes:
    head = f'Content-Type: {attachment.content_type}; charset="utf-8"; name="{attachment.filename}"\r\n'
    head += "Content-Transfer-Encoding: base64\r\n"
    if disposition:
        head += f'Content-Disposition: attachment; filename="{attachment.filename}"\r\n'
    body = binascii.b2a_base64(attachment.data, newline=False)
    lines = b"\r\n".join(body[i : i + 76] for i in range(0, len(body), 76))
    return head.encode() + b"\r\n" + lines


@functools.lru_cache(maxsize=16)
def _date_header(date: datetime) -> str:
    # A mailing dates every row alike: formatted once, not once per member. In Amsterdam time with its offset
    # (RFC 5322 3.3 allows any zone): a client that shows the header raw shows the members' own time (issue 19,
    # item 10), "+0100" in winter and "+0200" in summer.
    return _fold("Date", email.utils.format_datetime(date.astimezone(AMSTERDAM)))


def format_from(name: str, address: str) -> str:
    return email.utils.formataddr((name, address), charset="utf-8")


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
    from_header: str | None = None,
    attachments: Sequence[Attachment] = (),
) -> bytes:
    head = [
        _fold("From", from_header or format_from(from_name, from_addr)),
        _fold("To", to),
        _unstructured("Subject", rendered.subject),
        _date_header(date),
        _fold("Message-ID", message_id),
    ]
    if in_reply_to:
        # RFC 5322 3.6.4: References = the parent's References (or In-Reply-To) plus the parent's Message-ID.
        head.append(_fold("In-Reply-To", in_reply_to))
        chain = [*[r for r in references if r != in_reply_to][-20:], in_reply_to]
        head.append(_fold("References", " ".join(chain)))
    if auto_submitted:
        # RFC 3834 5.1: auto-replied for answers to a message, auto-generated for the rest.
        head.append(_fold("Auto-Submitted", auto_submitted))
        # Ask Exchange not to answer us with out-of-office mail (MS-OXCMAIL 2.2.3.2.14).
        head.append(_fold("X-Auto-Response-Suppress", "All"))
    for name, value in extra_headers:
        head.append(_unstructured(name, value))
    # "=_" cannot occur in quoted-printable output, so the boundary cannot collide with the content.
    boundary = "=_" + secrets.token_hex(12)
    alternative = f'Content-Type: multipart/alternative; boundary="{boundary}"' + CRLF
    head += ["MIME-Version: 1.0" + CRLF]
    mixed = "=_" + secrets.token_hex(12) if attachments else None
    # With attachments: multipart/mixed holding the alternatives first, then the files (RFC 2046 5.1.3).
    head.append(f'Content-Type: multipart/mixed; boundary="{mixed}"' + CRLF if mixed else alternative)
    head.append(f"Content-Language: {rendered.language}" + CRLF)
    part = 'Content-Type: text/{}; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
    body = [
        # format=flowed (RFC 3676): paragraphs wrapped evenly, joined again by the reader's client (issue 19, item 9).
        f"\r\n--{boundary}\r\n{part.format('plain; format=flowed')}".encode(),
        _qp(flow(rendered.text)),
        f"\r\n--{boundary}\r\n{part.format('html')}".encode(),
        _qp(rendered.html),
    ]
    # The richest alternative comes last (RFC 2046 5.1.4): a calendar part after the HTML.
    for attachment in (a for a in attachments if a.alternative):
        body += [f"\r\n--{boundary}\r\n".encode(), _base64_part(attachment, disposition=False)]
    body.append(f"\r\n--{boundary}--\r\n".encode())
    if mixed:
        body = [f"\r\n--{mixed}\r\n{alternative}".encode(), *body]
        for attachment in attachments:
            body += [f"\r\n--{mixed}\r\n".encode(), _base64_part(attachment, disposition=True)]
        body.append(f"\r\n--{mixed}--\r\n".encode())
    # ASCII but for an SMTPUTF8 address (RFC 6532)
    return b"".join(("".join(head).encode("utf-8"), *body))


def new_message_id(domain: str) -> str:
    return email.utils.make_msgid(domain=domain)


@dataclass(frozen=True, slots=True)
class RowSpec:
    """What one outgoing row needs to be rendered and composed, as plain data: picklable (the render pool sends
    it to its worker processes), nothing that reaches back into the database."""

    purpose: str
    to: str
    context: dict[str, Any]
    auto_submitted: str | None
    extra_headers: Sequence[tuple[str, str]] = ()
    attachments: Sequence[Attachment] = ()
    language: str = "nl"  # the reader's, where the purpose has that translation (render.Renderer.render)


@dataclass(frozen=True, slots=True)
class Identity:
    """Who we send as: the Message-ID domain and the From address (mailservice.settings.ServiceSettings)."""

    domain: str
    from_name: str
    from_addr: str


class Composed(NamedTuple):
    subject: str
    message_id: str
    raw: bytes


def render_and_compose(
    renderer: Renderer,
    identity: Identity,
    spec: RowSpec,
    *,
    now: datetime,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    from_header: str | None = None,
) -> Composed:
    """One outbox row's message: the template rendered, then composed. Pure, so render workers can run it."""
    rendered = renderer.render(spec.purpose, language=spec.language, **spec.context)
    message_id = new_message_id(identity.domain)
    raw = compose(
        rendered,
        from_name=identity.from_name,
        from_addr=identity.from_addr,
        from_header=from_header,
        to=spec.to,
        message_id=message_id,
        date=now,
        auto_submitted=spec.auto_submitted,
        in_reply_to=in_reply_to,
        references=references,
        extra_headers=spec.extra_headers,
        attachments=spec.attachments,
    )
    return Composed(rendered.subject, message_id, raw)
