"""A cheap, read-only view of a possible bounce: headers, the report text and the returned original.

Computed once per message so that every detector looks at the same decoded text. Decoding never
raises: bounce texts come with broken charsets and encodings as often as not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.message import Message
from functools import cached_property

from mailservice.bounces import addresses, headers, verp

# Lines that start the copy of the returned message in a plain-text bounce. Everything after them is
# the original, whose To/From/Received lines must never be taken for the failed recipient.
_ORIGINAL_MARKER = re.compile(
    r"^[ \t]*(?:[-=_*]{2,}[ \t]*.{0,20}(?:original|returned|copy of|unsent|below this line|message header|"
    r"headers? of|rfc822|oorspronkelijke|originele|ursprüngliche|message d'origine|message follows|"
    r"included message|header follows|attached message)"
    r"|message headers follow|oorspronkelijke berichtkoppen|originele berichtkoppen|original message head"
    r"|headers of the original|the header of the original"
    r"|original message follows|your message reads|your message follows|the original message was:"
    r"|--- the header of the original|this is a copy of the original|a copy of the original message"
    r"|.{0,30}message text follows"
    # A header block pasted without any marker: the returned message starts here.
    r"|(?:return-path:[ \t]*<|received:[ \t]+(?:from|by)[ \t]|from mailer-daemon[ \t])"
    r")",
    re.I | re.M,
)
_MAX_TEXT = 60_000  # a report never needs more; huge returned attachments are not read


def _decode(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw[:_MAX_TEXT].replace("\r\n", "\n") if isinstance(raw, str) else ""
    payload = payload[:_MAX_TEXT]
    charset = part.get_content_charset() or "utf-8"
    if "2022" in charset:
        charset = "iso-2022-jp"
    try:
        text = payload.decode(charset, errors="replace")
    except LookupError:
        text = payload.decode("utf-8", errors="replace")
    return text.replace("\r\n", "\n")


def _header(msg: Message, name: str) -> str:
    return headers.raw(msg, name)


@dataclass
class MailText:
    msg: Message
    subject: str = ""
    from_: str = ""
    to: str = ""
    texts: list[str] = field(default_factory=list)  # decoded text parts outside the returned original
    status_parts: list[Message] = field(default_factory=list)  # message/delivery-status parts
    original_parts: list[Message] = field(default_factory=list)  # message/rfc822 or text/rfc822-headers
    wrapped: list[tuple[Message, Message]] = field(default_factory=list)  # message/rfc822 parts holding a report
    reports: list[Message] = field(default_factory=list)  # the message and any wrapped report read in its place

    @classmethod
    def of(cls, msg: Message) -> MailText:
        view = cls(msg, _header(msg, "Subject"), _header(msg, "From"), _header(msg, "To"))
        view._walk(msg, depth=0)
        while view.wrapped and not view.status_parts:
            # A report forwarded or wrapped by a gateway (issue 18): the report inside is the one to read. Not
            # when the message has its own delivery-status part: then a wrapped report is what was returned
            # (a report about a report keeps the inner one as its returned copy).
            pending, view.wrapped = view.wrapped, []
            for part, inner in pending:
                view.original_parts.remove(part)
                view.reports.append(inner)
                view._walk(inner, depth=1)
        return view

    def header_all(self, name: str) -> list[str]:
        """A header of the message and of any report it wraps (X-Failed-Recipients stays on the wrapped one)."""
        return [value for msg in (self.msg, *self.reports) for value in headers.raw_all(msg, name)]

    def _walk(self, part: Message, depth: int) -> None:
        ctype = headers.content_type(part)
        if ctype in ("message/delivery-status", "message/global-delivery-status"):
            self.status_parts.append(part)
            return
        if ctype == "message/rfc822" and depth > 0 and (inner := _wrapped_report(part)) is not None:
            self.wrapped.append((part, inner))
        if (
            ctype
            in (
                "message/rfc822",
                "text/rfc822-headers",
                "message/global",
                "message/rfc822-headers",
                "message/global-headers",
                "text/rfc822",
            )
            and depth > 0
        ):
            self.original_parts.append(part)
            return
        if ctype.startswith("multipart/"):
            if depth > 6:
                return
            payload = part.get_payload()
            if isinstance(payload, str):
                # A multipart whose boundary never appears (broken or unusual MIME): read it as text.
                self.texts.append(payload[:_MAX_TEXT].replace("\r\n", "\n"))
                return
            if isinstance(payload, list):
                for sub in payload:
                    if isinstance(sub, Message):
                        self._walk(sub, depth + 1)
            return
        if ctype.startswith("text/") or (ctype == "application/octet-stream" and depth == 0):
            if ctype == "text/html" and self.texts:
                return  # the text/plain alternative said it already
            text = _decode(part)
            if ctype == "text/html":
                text = _strip_html(text)
            self.texts.append(text)

    @cached_property
    def text(self) -> str:
        return "\n".join(self.texts)

    @cached_property
    def _original_at(self) -> int:
        """Where a copy of the returned message starts in the text (its length where there is none)."""
        match = _ORIGINAL_MARKER.search(self.text)
        return match.start() if match else len(self.text)

    @cached_property
    def report(self) -> str:
        """The human-readable report: the text before any copy of the returned message."""
        return self.text[: self._original_at]

    @cached_property
    def inline_original(self) -> str:
        """The returned message when it is pasted into the text instead of attached."""
        return self.text[self._original_at :]

    @cached_property
    def original_headers(self) -> str:
        """The returned message's header block as text (attached or inline), for our own tags."""
        chunks: list[str] = []
        for part in self.original_parts:
            chunks.append(_original_head(part))
        if self.inline_original:
            chunks.append(self.inline_original[:20_000])
        return "\n".join(chunks)

    @cached_property
    def sender_side(self) -> frozenset[str]:
        """Addresses on the sending side: the bounce's own To/From and the original's From/Sender."""
        found = set(addresses.find_all(self.to)) | set(addresses.find_all(self.from_))
        for name in ("Return-Path", "Reply-To", "Sender"):
            found.update(addresses.find_all(_header(self.msg, name)))
        head = self.original_headers
        for match in re.finditer(
            r"^(?:From|Sender|Return-Path|Reply-To|X-Apparently-From|Errors-To):(.*)$", head, re.I | re.M
        ):
            found.update(addresses.find_all(match.group(1)))
        return frozenset(found)

    @cached_property
    def ours(self) -> bool:
        """Is the returned original our own mail (our Message-ID, our X-Mailservice-Ref, our VERP path)?"""
        head = self.original_headers
        return bool(verp.our_message_id(head) or verp.our_ref(head) or verp.envelope_token(self.msg, head))

    @cached_property
    def sent_to(self) -> frozenset[str]:
        """The addresses we sent the returned original to, when it is ours (we send one message per member):
        of a forwarded or expanded recipient, the address we sent to wins (issue 18). Empty when not ours."""
        return frozenset(self.original_to) if self.ours else frozenset()

    def is_ours(self, addr: str) -> bool:
        """One of the service's own mailboxes (info@, bounces@ and its VERP addresses): never a failed recipient."""
        local, _, domain = addr.rpartition("@")
        return domain == verp.DOMAIN and (local in _OUR_LOCALS or bool(verp.verp_token(addr)))

    @cached_property
    def from_addresses(self) -> frozenset[str]:
        return frozenset(addresses.find_all(self.from_))

    @cached_property
    def original_to(self) -> list[str]:
        head = self.original_headers
        match = re.search(r"^To:((?:.*)(?:\n[ \t].*)*)", head, re.I | re.M)
        return addresses.find_all(match.group(1)) if match else []


_OUR_LOCALS = frozenset({"info", "bounces", "noreply", "no-reply"})
_REPORT_SUBJECT = re.compile(
    r"undeliver|delivery status|failure notice|returned mail|mail delivery failed|onbestelbaar|niet bestelbaar|"
    r"unzustellbar|non remis|delivery fail|not delivered",
    re.I,
)


def _wrapped_report(part: Message) -> Message | None:
    """The delivery report inside a message/rfc822 part, when that is what the part holds: a multipart/report
    or a message from a mail system with a report subject. An ordinary returned original gives None."""
    payload = part.get_payload()
    if not (isinstance(payload, list) and payload and isinstance(payload[0], Message)):
        return None
    inner = payload[0]
    if headers.content_type(inner) == "multipart/report" and headers.param(inner, "Content-Type", "report-type") in (
        "delivery-status",
        "global-delivery-status",
        "",
    ):
        return inner
    sender = headers.raw(inner, "From").lower()
    if re.search(r"mailer-?daemon|postmaster|mail delivery", sender) and _REPORT_SUBJECT.search(
        headers.raw(inner, "Subject")
    ):
        return inner
    return None


def _original_head(part: Message) -> str:
    payload = part.get_payload()
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        inner = payload[0]
        try:
            return "\n".join(f"{k}: {' '.join(str(v).split())}" for k, v in inner.raw_items())
        except Exception:
            return ""
    if isinstance(payload, str):
        return payload[:20_000]
    return _decode(part)[:20_000]


_TAG = re.compile(r"<(?:/?[a-zA-Z!][^>@]*)>")  # tags with an @ are mailto links: keep their text
_BREAK = re.compile(r"<\s*(br|/p|/div|/tr|/li|p|div|tr)\b[^>]*>", re.I)


def _strip_html(html: str) -> str:
    import html as _html

    text = _BREAK.sub("\n", html)
    text = _TAG.sub(" ", text)
    return _html.unescape(text)
