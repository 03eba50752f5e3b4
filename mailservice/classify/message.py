"""Turn raw bytes into what the classifier reads: decoded headers and the text the person wrote.

Never raises on bad input: every step falls back to something readable and notes what went wrong in
``problems`` (the classifier turns problems into a reason).
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
from dataclasses import dataclass, field
from email.message import EmailMessage, Message

import html2text

_POLICY = email.policy.default.clone(raise_on_defect=False)


@dataclass(slots=True)
class Parsed:
    msg: Message | None
    sender: str | None = None
    sender_name: str | None = None
    subject: str = ""
    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    body: str = ""  # full decoded text of the first text part (HTML converted)
    problems: list[str] = field(default_factory=list)

    def header(self, name: str) -> str:
        if self.msg is None:
            return ""
        try:
            value = self.msg.get(name)
        except Exception:  # a header the policy cannot parse
            value = None
            try:
                raw = self.msg.get_all(name, failobj=[])
                value = raw[0] if raw else None
            except Exception:
                pass
        return str(value).strip() if value is not None else ""


_MSGID_RE = re.compile(r"<[^<>\s]+>")


def _msgids(value: str) -> tuple[str, ...]:
    return tuple(_MSGID_RE.findall(value or ""))


def html_to_text(html: str) -> str:
    converter = html2text.HTML2Text(bodywidth=0)
    converter.ignore_images = True
    converter.ignore_emphasis = True
    converter.ignore_links = False
    try:
        return converter.handle(html)
    except Exception:
        return re.sub(r"<[^>]+>", " ", html)


def _decode_part(part: Message, problems: list[str]) -> str:
    try:
        return part.get_content()  # type: ignore[attr-defined]
    except LookupError as exc:  # unknown charset
        problems.append(f"onbekende tekenset ({exc})")
    except Exception as exc:
        problems.append(f"onleesbaar deel ({type(exc).__name__})")
    payload = part.get_payload(decode=True) or b""
    if isinstance(payload, str):
        return payload
    for charset in ("utf-8", "windows-1252"):
        try:
            return payload.decode(charset)
        except UnicodeDecodeError:
            continue
    return payload.decode("latin-1", "replace")


def body_text(msg: Message, problems: list[str]) -> str:
    """The readable text of a message: text/plain preferred, else HTML converted to text."""
    part: Message | None = None
    if isinstance(msg, EmailMessage):
        try:
            part = msg.get_body(preferencelist=("plain", "html"))
        except Exception as exc:
            problems.append(f"structuur onleesbaar ({type(exc).__name__})")
    if part is None:
        for candidate in msg.walk() if msg.is_multipart() else [msg]:
            if candidate.get_content_maintype() == "text":
                part = candidate
                break
    if part is None:
        return ""
    text = _decode_part(part, problems)
    if part.get_content_subtype() == "html":
        text = html_to_text(text)
    return text.replace("\r\n", "\n").replace("\x00", "")


def parse(raw: bytes) -> Parsed:
    problems: list[str] = []
    try:
        msg = email.message_from_bytes(raw, policy=_POLICY)
    except Exception as exc:  # pragma: no cover - the stdlib parser is very forgiving
        return Parsed(msg=None, problems=[f"niet te ontleden ({type(exc).__name__})"])
    parsed = Parsed(msg=msg, problems=problems)
    from_value = parsed.header("From")
    name, addr = email.utils.parseaddr(from_value)
    parsed.sender = addr.lower() if addr and "@" in addr else None
    parsed.sender_name = name or None
    parsed.subject = " ".join(parsed.header("Subject").split())
    ids = _msgids(parsed.header("Message-ID"))
    parsed.message_id = ids[0] if ids else None
    irt = _msgids(parsed.header("In-Reply-To"))
    parsed.in_reply_to = irt[0] if irt else None
    parsed.references = _msgids(parsed.header("References"))
    if not from_value:
        problems.append("geen afzender (From ontbreekt)")
    try:
        parsed.body = body_text(msg, problems)
    except Exception as exc:
        problems.append(f"tekst onleesbaar ({type(exc).__name__})")
    if msg.defects:
        problems.append("MIME-fouten: " + ", ".join(sorted({type(d).__name__ for d in msg.defects}))[:200])
    return parsed
