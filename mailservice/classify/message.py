"""Turn raw bytes into what the classifier reads: decoded headers, the body text and the calendar part.

Never raises on bad input: every step falls back to something readable and notes what went wrong in
``problems`` (the classifier turns problems into a reason). The body is decoded lazily: most bounces and
auto-replies are decided on headers alone, and HTML conversion is the slowest step of the classifier.

Decoding follows what mail clients actually send rather than what they declare: Outlook labels
windows-1252 text as iso-8859-1, some webmailers declare utf-8 and send cp1252, and RFC 2047 words in
headers are decoded by the ``email`` package's default policy (RFC 6532 aware).
"""

from __future__ import annotations

import contextlib
import email
import email.errors
import email.header
import email.policy
import email.utils
import re
from dataclasses import dataclass, field
from email.message import Message
from functools import cached_property

import html2text

from mailservice.addresses import normalise


class _Policy(email.policy.EmailPolicy):
    """The default policy, but each distinct header of one message parsed once. The stdlib parses a header on every
    read, and the parser and ``get_content_type`` read Content-Type many times per part: that was a third of
    ``classify``'s time. A parsed header is an immutable ``str`` that depends only on its name and raw value. The
    memo lives with one message's policy (a fresh one per parse), so nothing is kept from one message to the next."""

    def __init__(self) -> None:
        # The stubs type a bare EmailPolicy as one of plain Messages; the factory is the default's, EmailMessage.
        super().__init__(  # type: ignore[call-arg]
            raise_on_defect=False, header_factory=email.policy.default.header_factory
        )
        object.__setattr__(self, "_parsed", {})  # policies are frozen; the memo is private to this one

    def header_fetch_parse(self, name: str, value: str) -> str:
        if hasattr(value, "name"):
            return value
        memo: dict[tuple[str, str], str] = self._parsed  # type: ignore[attr-defined]
        key = (name, value)
        found = memo.get(key)
        if found is None:
            found = memo[key] = super().header_fetch_parse(name, value)
        return found


# Limits that keep one hostile or huge message from stalling ingest (issue 3: a 5 MB HTML body).
# What a person writes to a secretariat fits easily; the rest is quoted history or markup.
MAX_HTML_CHARS = 150_000
MAX_TEXT_CHARS = 100_000
MAX_PARTS = 200
MAX_DEPTH = 20

# A msg-id (RFC 5322 3.6.4) as we accept it from outside: visible ASCII only (no controls, no 8-bit bytes that
# would need SMTPUTF8 in our answer's headers), and short enough that a header we copy it into (In-Reply-To,
# References) stays under the 998-octet line limit (RFC 5322 2.1.1).
_MSGID_RE = re.compile(r"<[!-;=?-~]{1,250}>")  # visible ASCII but < and >
# Longer than this, a display name is no person's name (an attack, or a pasted text): it is not used.
MAX_NAME_CHARS = 100
_HTML_NOISE_RE = re.compile(r"<(head|style|script)\b.*?</\1\s*>", re.I | re.S)
_TAG_RE = re.compile(r"<[^>]{0,2000}>")


_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[qQbB]\?[^?\s]*\?=")


def decode_header_value(value: str) -> str:
    """Unfold and decode one raw header value; never raises (a broken word stays as written)."""
    try:
        if any("\udc80" <= ch <= "\udcff" for ch in value):  # undeclared 8-bit bytes, kept as surrogates
            data = value.encode("utf-8", "surrogateescape")
            try:
                value = data.decode("utf-8")
            except UnicodeDecodeError:
                value = data.decode("windows-1252", "replace")
        if "=?" in value:
            # A broken encoded word stays as it came: still readable, and never a reason to fail.
            with contextlib.suppress(LookupError, ValueError, UnicodeError, email.errors.HeaderParseError):
                value = str(email.header.make_header(email.header.decode_header(value)))
        return " ".join(value.split())
    except Exception:
        return ""


def _msgids(value: str) -> tuple[str, ...]:
    return tuple(_MSGID_RE.findall(value or ""))


@dataclass
class Parsed:
    """One inbound message as the rules see it. ``body`` and ``calendar`` are computed on first use."""

    msg: Message | None
    sender: str | None = None
    sender_name: str | None = None
    subject: str = ""
    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    problems: list[str] = field(default_factory=list)

    @cached_property
    def _raw_headers(self) -> dict[str, list[str]]:
        # Raw values, parsed on demand: the email package's header registry costs about a millisecond a
        # message in the classifier, most of its time, and the rules need only the text.
        out: dict[str, list[str]] = {}
        if self.msg is None:
            return out
        try:
            items = self.msg.raw_items() if hasattr(self.msg, "raw_items") else self.msg.items()
            for key, value in items:
                out.setdefault(key.lower(), []).append(value if isinstance(value, str) else str(value))
        except Exception:
            pass
        return out

    def header(self, name: str) -> str:
        """A decoded header value (RFC 2047 words, raw UTF-8 per RFC 6532), or "" when absent."""
        values = self._raw_headers.get(name.lower())
        return decode_header_value(values[0]) if values else ""

    def headers(self, name: str) -> list[str]:
        return [decode_header_value(v) for v in self._raw_headers.get(name.lower(), [])]

    @property
    def thread_ids(self) -> tuple[str, ...]:
        ids = ([self.in_reply_to] if self.in_reply_to else []) + list(self.references)
        return tuple(dict.fromkeys(ids))

    @cached_property
    def parts(self) -> list[Message]:
        """Leaf parts, depth-first, bounded in number and depth (nested multiparts are a known DoS)."""
        out: list[Message] = []
        if self.msg is None:
            return out
        stack: list[tuple[Message, int]] = [(self.msg, 0)]
        while stack and len(out) < MAX_PARTS:
            part, depth = stack.pop()
            if depth > 0 and _ctype(part).startswith("message/"):
                out.append(part)  # a returned or forwarded original: a leaf here, its insides are not ours
                continue
            try:
                payload = part.get_payload() if part.is_multipart() else None
            except Exception:
                payload = None
            if isinstance(payload, list):
                if depth >= MAX_DEPTH:
                    self.problems.append("te diep geneste MIME-delen")
                    continue
                stack.extend((p, depth + 1) for p in reversed(payload) if isinstance(p, Message))
            else:
                out.append(part)
        return out

    @cached_property
    def body(self) -> str:
        """The readable text: the first text/plain part, else the first text/html part converted."""
        try:
            return _body_text(self)
        except Exception as exc:  # never let one bad part stop classification
            self.problems.append(f"tekst onleesbaar ({type(exc).__name__})")
            return ""

    @cached_property
    def calendar(self) -> str:
        """The first text/calendar part (an Outlook meeting answer carries METHOD:REPLY), or ""."""
        for part in self.parts:
            if _ctype(part) == "text/calendar":
                return decode_part(part, self.problems)[:MAX_TEXT_CHARS]
        return ""

    def content_types(self) -> list[str]:
        return [_ctype(p) for p in self.parts]


_CTYPE_RE = re.compile(r"\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*/\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)")


def _ctype(part: Message) -> str:
    """The part's content type from the raw header (RFC 2045 5.2: text/plain when absent or invalid).

    Cheaper than ``get_content_type``, which builds a header object each call; the classifier asks often.
    The multipart/digest default (message/rfc822, RFC 2046 5.1.5) is left to the email package.
    """
    try:
        for key, value in part.raw_items():
            if key.lower() == "content-type":
                match = _CTYPE_RE.match(str(value))
                return f"{match.group(1)}/{match.group(2)}".lower() if match else "text/plain"
        return part.get_default_type()
    except Exception:
        return "application/octet-stream"


def html_to_text(html: str) -> str:
    """HTML (Outlook's usual body) to plain text; markup noise dropped first and the size bounded."""
    html = _HTML_NOISE_RE.sub(" ", html)
    if len(html) > MAX_HTML_CHARS:
        html = html[:MAX_HTML_CHARS]
    converter = html2text.HTML2Text(bodywidth=0)
    converter.ignore_images = True
    converter.ignore_emphasis = True
    converter.ignore_links = True
    converter.ignore_tables = True
    try:
        return converter.handle(html)
    except Exception:
        return _TAG_RE.sub(" ", html)


def _charsets(part: Message) -> list[str]:
    try:
        declared = part.get_content_charset()
    except Exception:
        declared = None
    found: list[str] = []
    if declared:
        # Outlook declares iso-8859-1 but sends windows-1252 (curly quotes, euro sign): decode as its superset.
        found.append("windows-1252" if declared in ("iso-8859-1", "latin-1", "us-ascii", "ascii") else declared)
    found += ["utf-8", "windows-1252"]
    return list(dict.fromkeys(found))


def decode_part(part: Message, problems: list[str]) -> str:
    """The text of one leaf part, every transfer encoding and charset decoded, never raising."""
    try:
        payload = part.get_payload(decode=True)
    except Exception as exc:
        problems.append(f"onleesbare codering ({type(exc).__name__})")
        payload = None
    if payload is None:
        try:
            raw = part.get_payload()
        except Exception:
            raw = ""
        return raw if isinstance(raw, str) else ""
    if not isinstance(payload, bytes):  # pragma: no cover - get_payload(decode=True) returns bytes for a leaf part
        return payload if isinstance(payload, str) else ""
    charsets = _charsets(part)
    for charset in charsets:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    problems.append(f"tekenset klopt niet ({charsets[0]})")
    return payload.decode("windows-1252", "replace")


def _body_text(p: Parsed) -> str:
    plain = html = None
    for part in p.parts:
        try:
            if part.get_content_disposition() == "attachment":
                continue
        except Exception:
            continue
        ctype = _ctype(part)
        if ctype == "text/plain" and plain is None:
            plain = part
        elif ctype == "text/html" and html is None:
            html = part
        if plain is not None:
            break
    if plain is not None:
        text = decode_part(plain, p.problems)
    elif html is not None:
        text = html_to_text(decode_part(html, p.problems))
    else:
        return ""
    if len(text) > MAX_TEXT_CHARS:
        p.problems.append("tekst ingekort")
        text = text[:MAX_TEXT_CHARS]
    # NUL and other C0 controls break regexes downstream and never carry meaning in mail text.
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL)


_CONTROL = {c: None for c in range(32) if c not in (9, 10)} | {0xA0: 0x20, 0x200B: None}


# The stdlib's header parser costs tens of microseconds per byte of a parameter-heavy header (a Content-Type
# with thousands of parameters took seconds, found by bench/fuzz.py), and it parses some headers again on every
# call. What the classifier reads of a header fits well within these bounds; the stored message stays whole.
MAX_HEADER_BYTES = 4096
MAX_HEADER_BLOCK_BYTES = 65536


def _bounded_head(raw: bytes) -> tuple[bytes, bool]:
    """``raw`` with each header cut to MAX_HEADER_BYTES and the header block to MAX_HEADER_BLOCK_BYTES."""
    end = min((i for i in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if i >= 0), default=len(raw))
    if end <= MAX_HEADER_BYTES:
        return raw, False  # the usual case: nothing can be over a bound
    head, body = raw[:end], raw[end:]
    fields: list[bytes] = []
    for line in head.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += line  # a folded continuation belongs to the field above
        else:
            fields.append(line)
    kept: list[bytes] = []
    total, cut = 0, False
    for unit in fields:
        if len(unit) > MAX_HEADER_BYTES:
            unit, cut = unit[:MAX_HEADER_BYTES].rstrip(b"\r\n") + b"\r\n", True
        if total + len(unit) > MAX_HEADER_BLOCK_BYTES:
            cut = True
            break
        kept.append(unit)
        total += len(unit)
    if not cut:
        return raw, False
    return b"".join(kept).rstrip(b"\r\n") + body, True


def _comma_in_name(value: str) -> tuple[str, str] | None:
    """``Verbeek, M. <m.verbeek@gemeente.nl>``: a display name with an unquoted comma, as some clients and web forms
    write it, reads as two addresses of which one has no domain; the one with a domain is the sender, the words before
    its angle bracket the name. None when not exactly one address has a domain (a list of senders stays unread)."""
    found = [addr for _, addr in email.utils.getaddresses([value]) if "@" in addr]
    if len(found) != 1 or "<" not in value:
        return None
    return value[: value.rfind("<")].strip().strip('"').strip(), found[0]


def parse(raw: bytes) -> Parsed:
    problems: list[str] = []
    raw, trimmed = _bounded_head(bytes(raw))
    if trimmed:
        problems.append("zeer lange kopregels ingekort om te lezen")
    try:
        msg = email.message_from_bytes(raw, policy=_Policy())
    except Exception as exc:  # pragma: no cover - the stdlib parser is very forgiving
        return Parsed(msg=None, problems=[f"niet te ontleden ({type(exc).__name__})"])
    p = Parsed(msg=msg, problems=problems)
    from_values = p._raw_headers.get("from") or [""]
    from_value = " ".join(from_values[0].split())
    try:
        # Parse the raw value, then decode the name: a decoded "Jansen, Jan" would read as two addresses.
        name, addr = email.utils.parseaddr(from_value)
        if "@" not in addr:
            name, addr = _comma_in_name(from_value) or (name, addr)
        name = decode_header_value(name)
        addr = decode_header_value(_ENCODED_WORD.sub(r" \g<0> ", addr)).replace(" ", "")
        # RFC 6532: an address may be UTF-8 (josé@gemeente.nl); some mailers (Python's email package among them) put
        # an encoded word inside it ("a@=?utf-8?q?veenkoloni=C3=ABn?=.nl"), which decodes only standing alone.
    except Exception:
        name, addr = "", ""
    # "MAILER-DAEMON <>" and "<MAILER-DAEMON>" carry no domain; keep the local part, rules read it.
    addr = addr.strip().lower()
    if "@" in addr and not addr.startswith("@"):
        valid = normalise(addr)
        if valid is None:
            problems.append(f"ongeldig afzenderadres ({len(addr)} tekens)")
        p.sender = valid
    else:
        p.sender = addr or None
    name = name.strip()
    if len(name) > MAX_NAME_CHARS:
        problems.append(f"afzendernaam van {len(name)} tekens genegeerd")
        name = ""
    p.sender_name = name or None
    p.subject = p.header("Subject")
    ids = _msgids(p.header("Message-ID"))
    p.message_id = ids[0] if ids else None
    irt = _msgids(p.header("In-Reply-To"))
    p.in_reply_to = irt[0] if irt else None
    p.references = _msgids(p.header("References"))
    if not from_value:
        problems.append("geen afzender (From ontbreekt)")
    try:
        defects = msg.defects
    except Exception:
        defects = []
    if defects:
        problems.append("MIME-fouten: " + ", ".join(sorted({type(d).__name__ for d in defects}))[:200])
    return p


_UID = re.compile(r"^UID:(.+)$", re.M | re.I)


def calendar_uid(calendar_text: str | None) -> str | None:
    """The UID in an iCalendar text (an Outlook REPLY), unfolded (RFC 5545 3.1)."""
    if not calendar_text:
        return None
    unfolded = re.sub(r"\r?\n[ \t]", "", calendar_text)
    m = _UID.search(unfolded)
    return m.group(1).strip() if m else None
