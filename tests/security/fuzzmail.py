"""Malformed mail for the fuzz test and the fuzz bench (issue 12): what a hostile or broken sender can put on the
wire, generated deterministically.

Case ``i`` of seed ``s`` comes from its own ``random.Random(f"{s}/{i}")``, so a failure found at message 17,342
of a bench run is rebuilt alone with ``case(s, 17342, limit)``, without generating the 17,341 before it.

Families (``FAMILIES``, by weight): random bytes; broken MIME (missing, duplicate and nested-equal boundaries,
wrong or unknown Content-Transfer-Encoding, truncated base64 and quoted-printable, broken RFC 2231 parameters);
deep nesting (multipart and message/rfc822, 50-500 levels, a few far deeper); huge headers (100 kB values,
thousands of headers, thousands of folded lines); bad and unknown charsets (in Content-Type and in RFC 2047
encoded words); NUL and other control bytes in headers and body; raw 8-bit in From/To/Subject/Message-ID/
In-Reply-To/References (valid UTF-8, Latin-1, invalid UTF-8); absurdly long display names, Message-IDs and
addresses, nested comments; and real messages from ``tests/data/inbound`` and ``tests/bounces/data`` with bytes
flipped, inserted and deleted, headers spliced, duplicated and cut. Every ``OVERSIZED_EVERY``-th case is larger
than the receiver's limit, to see it refused cleanly (a 5xx, nothing stored).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import itertools
import random
import re
import smtplib
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from sqlalchemy import create_engine, text

REPO = Path(__file__).resolve().parents[2]
CORPUS_DIRS = (REPO / "tests" / "data" / "inbound", REPO / "tests" / "bounces" / "data")
TO = "info@ambtelijkefusie.nl"
OVERSIZED_EVERY = 150  # case i is oversized when i % OVERSIZED_EVERY == OVERSIZED_EVERY - 1


@dataclass(frozen=True, slots=True)
class Case:
    index: int
    family: str
    raw: bytes
    mail_from: str  # the envelope sender ("" is the null sender <>)
    smtputf8: bool  # send with MAIL FROM ... SMTPUTF8 (needed for a UTF-8 envelope sender)
    oversized: bool = False


@cache
def corpus() -> tuple[bytes, ...]:
    files = sorted(p for d in CORPUS_DIRS for p in d.glob("*.eml"))
    assert files, f"no .eml files under {CORPUS_DIRS}"
    return tuple(p.read_bytes() for p in files)


def stored_form(raw: bytes) -> bytes:
    """The bytes the receiver stores for ``raw`` sent with ``smtplib.SMTP.data``: smtplib doubles a dot at the
    start of every line (after a bare LF too) and ends the data with CRLF; aiosmtpd undoes the doubling on
    CRLF-ended lines only (RFC 5321 4.5.2). What the ``sha256`` column of an accepted message must hash."""
    quoted = re.sub(rb"(?m)^\.", b"..", raw)
    if quoted[-2:] != b"\r\n":
        quoted += b"\r\n"
    lines = quoted.split(b"\r\n")[:-1]
    return b"".join((line[1:] if line.startswith(b".") else line) + b"\r\n" for line in lines)


# -- small pieces ------------------------------------------------------------------------------------------

_WORDS = [
    "aanmelden",
    "afmelden",
    "graag",
    "netwerk",
    "directeur",
    "gemeente",
    "atelier",
    "bevestig",
    "ja",
    "nee",
    "groet",
    "met",
    "vriendelijke",
]
_CONTROLS = bytes([*range(0, 9), 11, 12, *range(14, 32), 127])


def _text(rng: random.Random, words: int = 20) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words))


def _addr(rng: random.Random) -> str:
    return f"{rng.choice(_WORDS)}{rng.randrange(10_000)}@gemeente-{rng.randrange(60)}.nl"


def _msgid(rng: random.Random) -> str:
    return f"<fuzz.{rng.getrandbits(48):x}@gemeente-{rng.randrange(60)}.nl>"


def _head(rng: random.Random, **override: bytes | str | None) -> list[bytes]:
    """A plausible header block as lines; ``override`` replaces (or with None drops) a field."""
    fields: dict[str, bytes | str | None] = {
        "From": f"Fuzz {rng.randrange(1000)} <{_addr(rng)}>",
        "To": TO,
        "Subject": rng.choice(["Aanmelden", "Afmelden", "RE: Bevestig uw aanmelding", _text(rng, 4)]),
        "Message-ID": _msgid(rng),
        "Date": "Thu, 03 Dec 2026 10:00:00 +0100",
        "MIME-Version": "1.0",
    }
    fields.update({k.replace("_", "-"): v for k, v in override.items()})
    lines = []
    for name, value in fields.items():
        if value is None:
            continue
        lines.append(name.encode() + b": " + (value if isinstance(value, bytes) else value.encode("utf-8")))
    return lines


def _message(head: list[bytes], body: bytes) -> bytes:
    return b"\r\n".join(head) + b"\r\n\r\n" + body


def _junk(rng: random.Random, n: int) -> bytes:
    return rng.randbytes(n)


# -- families ----------------------------------------------------------------------------------------------


def random_bytes(rng: random.Random) -> bytes:
    n = int(2 ** rng.uniform(0, 16))  # 1 byte to 64 kB, log-uniform
    data = _junk(rng, n)
    if rng.random() < 0.3:  # a header-looking prefix, so the parser gets further before the garbage
        data = _message(_head(rng), b"")[: rng.randrange(1, 200)] + data
    if rng.random() < 0.2:  # garbage lines, not one long line
        data = b"\r\n".join(data[i : i + 70] for i in range(0, len(data), 70))
    return data


def broken_mime(rng: random.Random) -> bytes:
    b = f"=_b{rng.getrandbits(32):x}"
    part = f"--{b}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{_text(rng)}\r\n".encode()
    variants: list[Callable[[], bytes]] = [
        # No closing boundary, or only a closing one.
        lambda: _message(_head(rng, Content_Type=f'multipart/mixed; boundary="{b}"'), part * rng.randrange(1, 4)),
        lambda: _message(_head(rng, Content_Type=f'multipart/mixed; boundary="{b}"'), f"--{b}--\r\n".encode()),
        # The boundary is never used, is missing, empty, or given twice with different values.
        lambda: _message(_head(rng, Content_Type='multipart/mixed; boundary="nergens"'), part),
        lambda: _message(_head(rng, Content_Type="multipart/alternative"), part + f"--{b}--\r\n".encode()),
        lambda: _message(_head(rng, Content_Type='multipart/mixed; boundary=""'), b"--\r\n\r\nx\r\n----\r\n"),
        lambda: _message(
            _head(rng, Content_Type=f'multipart/mixed; boundary="{b}"; boundary="x{b}"'), part + f"--x{b}--".encode()
        ),
        # Two Content-Type headers that disagree.
        lambda: _message(
            [*_head(rng, Content_Type=f'multipart/mixed; boundary="{b}"'), b"Content-Type: text/html"],
            part + f"--{b}--\r\n".encode(),
        ),
        # A nested part with the outer boundary.
        lambda: _message(
            _head(rng, Content_Type=f'multipart/mixed; boundary="{b}"'),
            f'--{b}\r\nContent-Type: multipart/alternative; boundary="{b}"\r\n\r\n'.encode()
            + part * 2
            + f"--{b}--\r\n--{b}--\r\n".encode(),
        ),
        # Transfer encodings: wrong, unknown, truncated, invalid.
        lambda: _message(
            _head(rng, Content_Type="text/plain; charset=utf-8", Content_Transfer_Encoding="base64"),
            base64.b64encode(_text(rng, 40).encode())[: rng.randrange(1, 200)] + b"!!*&",
        ),
        lambda: _message(
            _head(rng, Content_Type="text/plain", Content_Transfer_Encoding="quoted-printable"),
            (_text(rng) + " =ZZ =\r\n=C3=A9=C3 =").encode() + b"=" * rng.randrange(1, 5),
        ),
        lambda: _message(
            _head(rng, Content_Transfer_Encoding=rng.choice(["x-uuencode", "7-bit", "BASE64 garbage", "binary", ""])),
            _junk(rng, rng.randrange(10, 2000)),
        ),
        lambda: _message(
            _head(rng, Content_Type=f'multipart/mixed; boundary="{b}"'),
            f'--{b}\r\nContent-Type: application/pdf; name="x.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
            f"{base64.b64encode(rng.randbytes(3000)).decode()[: rng.randrange(1, 4000)]}".encode(),
        ),
        # Broken parameters: RFC 2231 continuations and charsets, unbalanced quotes, no type at all.
        lambda: _message(
            _head(
                rng,
                Content_Type="text/plain; charset*0*=us-ascii'en'%; name*1=\"x\"; name*0*=''%ZZ%; title*=utf-8''%FF",
            ),
            _text(rng).encode(),
        ),
        lambda: _message(_head(rng, Content_Type='text/plain; charset="utf-8; format=flowed'), b"x\r\n"),
        lambda: _message(_head(rng, Content_Type=rng.choice(["", "/", ";;;", "multipart/", "text/plain;="])), b"x"),
        # message/rfc822 and delivery-status parts with garbage inside.
        lambda: _message(
            _head(rng, Content_Type=f'multipart/report; report-type=delivery-status; boundary="{b}"'),
            f"--{b}\r\nContent-Type: message/delivery-status\r\n\r\n".encode()
            + _junk(rng, rng.randrange(0, 500))
            + f"\r\n--{b}\r\nContent-Type: message/rfc822\r\n\r\n".encode()
            + _junk(rng, rng.randrange(0, 500)),
        ),
        # Header and body with no separator; a body-only message; whitespace-continued first line.
        lambda: b"\r\n".join(_head(rng)) + b"\r\n" + _text(rng).encode(),
        lambda: b"\r\n" + _text(rng).encode(),
        lambda: b" folded: first\r\n" + _message(_head(rng), b"x"),
    ]
    return rng.choice(variants)()


def deep_nesting(rng: random.Random) -> bytes:
    depth = rng.randrange(50, 501) if rng.random() < 0.9 else rng.randrange(501, 3000)
    style = rng.choice(["multipart", "rfc822", "mixed", "same-boundary", "unclosed"])
    opening, closing = [], []
    for level in range(depth):
        kind = style if style != "mixed" else rng.choice(["multipart", "rfc822"])
        b = "B" if style == "same-boundary" else f"b{level}"
        if kind in ("multipart", "same-boundary", "unclosed"):
            opening.append(f'Content-Type: multipart/mixed; boundary="{b}"\r\n\r\n--{b}\r\n')
            closing.append("" if style == "unclosed" else f"\r\n--{b}--\r\n")
        else:
            opening.append("Content-Type: message/rfc822\r\n\r\nFrom: diep@gemeente-d.nl\r\nSubject: laag\r\n")
            closing.append("")
    body = "".join(opening[1:]) + "Content-Type: text/plain\r\n\r\nAanmelden\r\n" + "".join(reversed(closing))
    first = opening[0].split("\r\n\r\n", 1)
    return _message(_head(rng, Content_Type=first[0].split(": ", 1)[1]), (first[1] + body).encode())


def huge_headers(rng: random.Random) -> bytes:
    size = rng.randrange(10_000, 100_001)
    variants: list[Callable[[], bytes]] = [
        lambda: _message(_head(rng, Subject="A" * size), b"Aanmelden\r\n"),  # one 100 kB line
        lambda: _message(_head(rng, From=f"{'Jan ' * (size // 4)}<{_addr(rng)}>"), b"x\r\n"),
        lambda: _message(_head(rng, X_Lang=rng.randbytes(size // 2).hex()), b"x\r\n"),
        lambda: _message(  # thousands of headers
            _head(rng) + [f"X-Veld-{i}: {_text(rng, 3)}".encode() for i in range(rng.randrange(1000, 6000))],
            b"x\r\n",
        ),
        lambda: _message(  # thousands of the same header
            _head(rng) + [f"Received: from h{i} by h{i + 1}; Thu, 3 Dec 2026".encode() for i in range(3000)],
            b"x\r\n",
        ),
        lambda: _message(  # thousands of folded continuation lines
            _head(rng, Subject="Aanmelden" + "\r\n  vervolg" * rng.randrange(1000, 8000)), b"x\r\n"
        ),
        lambda: _message(_head(rng, References=" ".join(_msgid(rng) for _ in range(size // 40))), b"Ja\r\n"),
        lambda: _message(_head(rng, To=", ".join(_addr(rng) for _ in range(size // 30))), b"x\r\n"),
        lambda: _message(_head(rng, Content_Type="text/plain; " + "; ".join(f"p{i}=v" for i in range(5000))), b"x"),
    ]
    return rng.choice(variants)()


_CHARSETS = [
    "x-unknown",
    "utf-7",
    "utf-16",
    "utf-32",
    "",
    "\"'",
    "../../etc/passwd",
    "iso-2022-jp",
    "windows-1252",
    "utf8mb4",
    "latin-1; charset=utf-8",
    "unicode-1-1-utf-7",
    "idna",
    "rot13",
    "base64",
    "zlib",
    "punycode",
    "raw-unicode-escape",
    "unicode_escape",
    "utf-8" * 50,
]


def bad_charset(rng: random.Random) -> bytes:
    cs = rng.choice(_CHARSETS)
    body = rng.choice([_text(rng).encode(), rng.randbytes(rng.randrange(1, 400)), "Aanmelden é ü".encode("latin-1")])
    encoding = rng.choice(["Q", "B", "q", "X", ""])
    words = rng.choice(
        [
            f"=?{cs}?{encoding}?{_text(rng, 2)}?=",
            "=?utf-8?B?" + base64.b64encode("Aanmelden é".encode()).decode()[:-3] + "?=",  # truncated
            "=?utf-8?Q?=FF=FE=00=C3?=",
            "=?utf-8?B?////?= =?utf-16?B?2D3eAA==?=",
            "=?iso-2022-jp?B?GyRCJCIbKA?=",
            "=?" + "x" * 500 + "?Q?a?=",
            "=?utf-8*nl?Q?Aanmelden?=",
            "=?utf-8?Q?" + "=E2=80=AE" * 50 + "?=",  # right-to-left overrides
        ]
    )
    head = _head(
        rng,
        Content_Type=f'text/plain; charset="{cs}"',
        Content_Transfer_Encoding=rng.choice(["8bit", "base64", "quoted-printable"]),
        Subject=words,
        From=f"{words} <{_addr(rng)}>",
    )
    if rng.random() < 0.3:
        body = base64.b64encode(body)
    return _message(head, body)


def control_bytes(rng: random.Random) -> bytes:
    def dirty(value: str) -> bytes:
        data = bytearray(value.encode())
        for _ in range(rng.randrange(1, 8)):
            data.insert(rng.randrange(len(data) + 1), rng.choice(_CONTROLS))
        return bytes(data)

    field = rng.choice(["From", "To", "Subject", "Message-ID", "In-Reply-To", "References", "Content-Type"])
    head = _head(rng)
    head = [dirty(line.decode()) if line.startswith(field.encode()) else line for line in head]
    if rng.random() < 0.3:
        head.append(b"X-Nul: " + b"\x00" * rng.randrange(1, 100))
    if rng.random() < 0.2:
        head.insert(rng.randrange(len(head)), b"\x00\x01\x02: \x7f")  # a control character in the field name
    return _message(head, dirty(_text(rng, 30)) + (b"\x00" * rng.randrange(0, 50)))


_EIGHT_BIT = [
    "José Müller".encode(),
    "Ærøskøbing".encode("latin-1"),
    b"\xc3\x28\xa0\xa1\xff\xfe",  # invalid UTF-8
    b"\xed\xa0\x80\xed\xbf\xbf",  # UTF-8-encoded surrogates
    b"\xc0\xaf\xe0\x80\xaf",  # overlong encodings
    "日本語のアドレス".encode(),
    "\u202egnp.exe".encode(),
    "\ufeffAanmelden".encode(),
]


def eight_bit_headers(rng: random.Random) -> bytes:
    def eight() -> bytes:
        return rng.choice(_EIGHT_BIT)

    choice = rng.randrange(6)
    if choice == 0:
        head = _head(rng, From=eight() + b" <" + eight() + b"@gemeente-\xc3\xa4.nl>")
    elif choice == 1:
        head = _head(rng, To=eight() + b" <info@ambtelijkefusie.nl>")
    elif choice == 2:
        head = _head(rng, Subject=b"Aanmelden " + eight())
    elif choice == 3:
        head = _head(rng, Message_ID=b"<" + eight() + b"@gemeente-h.nl>")
    elif choice == 4:
        head = _head(rng, In_Reply_To=b"<" + eight() + b">", References=b"<" + eight() + b"> " + eight())
    else:
        head = _head(rng, From=eight(), To=eight(), Subject=eight(), Message_ID=eight(), In_Reply_To=eight())
    return _message(head, b"Graag aanmelden " + eight() + b"\r\n")


def long_values(rng: random.Random) -> bytes:
    n = rng.randrange(300, 20_000)
    variants: list[Callable[[], bytes]] = [
        lambda: _message(_head(rng, From=f'"{"Directeur " * (n // 10)}" <{_addr(rng)}>'), b"Aanmelden\r\n"),
        lambda: _message(_head(rng, From=f"{'a' * n}@gemeente-h.nl"), b"Aanmelden\r\n"),
        lambda: _message(_head(rng, From=f"jan@{'sub.' * (n // 4)}nl"), b"Aanmelden\r\n"),
        lambda: _message(_head(rng, Message_ID=f"<{'x' * n}@gemeente-h.nl>"), b"x\r\n"),
        lambda: _message(_head(rng, In_Reply_To=f"<{'y' * n}@ambtelijkefusie.nl>"), b"Ja\r\n"),
        lambda: _message(_head(rng, From="(" * n + "jan@gemeente-h.nl" + ")" * n), b"x\r\n"),  # nested comments
        lambda: _message(_head(rng, From="<" * n + "jan@gemeente-h.nl"), b"x\r\n"),
        lambda: _message(_head(rng, From='"' + "\\" * n + '" <jan@gemeente-h.nl>'), b"x\r\n"),
        lambda: _message(_head(rng, From=", ".join(f"P{i} <{_addr(rng)}>" for i in range(n // 20))), b"x\r\n"),
        lambda: _message(_head(rng, From="=?utf-8?q?" + "=C3=A9" * (n // 6) + "?= <jan@gemeente-h.nl>"), b"x\r\n"),
        lambda: _message(_head(rng, Subject=f"RE: Bevestig [ref:AF-{'A' * n}]"), b"Ja\r\n"),
        lambda: _message(_head(rng), f"Aanmelden\r\n\r\nMet vriendelijke groet,\r\n\r\n{'Naam' * n}\r\n".encode()),
    ]
    return rng.choice(variants)()


def _split(raw: bytes) -> tuple[list[bytes], bytes]:
    head, _sep, body = raw.partition(b"\n\n") if b"\r\n\r\n" not in raw else raw.partition(b"\r\n\r\n")
    return head.splitlines(), body


def mutated_real(rng: random.Random) -> bytes:
    messages = corpus()
    data = bytearray(rng.choice(messages))
    for _ in range(rng.randrange(1, 12)):
        op = rng.randrange(9)
        at = rng.randrange(len(data) + 1)
        if op == 0 and data:  # flip bits
            i = min(at, len(data) - 1)
            data[i] ^= 1 << rng.randrange(8)
        elif op == 1:  # insert random bytes
            data[at:at] = rng.randbytes(rng.randrange(1, 64))
        elif op == 2:  # delete a range
            del data[at : at + rng.randrange(1, 256)]
        elif op == 3:  # insert a "magic" token
            data[at:at] = rng.choice(
                [b"\r\n\r\n", b"\r\n.\r\n", b"\x00", b"=?utf-8?B?", b"--", b"\r\n--", b"boundary=", b"\xff", b"\r"]
            )
        else:
            head, body = _split(bytes(data))
            if not head:
                continue
            if op == 4:  # duplicate a header line
                head.insert(rng.randrange(len(head) + 1), rng.choice(head))
            elif op == 5:  # splice in headers from another real message
                other, _ = _split(rng.choice(messages))
                head[rng.randrange(len(head) + 1) : 0] = other[: rng.randrange(1, len(other) + 1)]
            elif op == 6:  # drop a header line
                del head[rng.randrange(len(head))]
            elif op == 7:  # shuffle the headers
                rng.shuffle(head)
            else:  # cut the message short
                data = data[: rng.randrange(len(data) + 1)]
                continue
            data = bytearray(b"\r\n".join(head) + b"\r\n\r\n" + body)
    return bytes(data)


FAMILIES: tuple[tuple[str, int, Callable[[random.Random], bytes]], ...] = (
    ("random_bytes", 10, random_bytes),
    ("broken_mime", 15, broken_mime),
    ("deep_nesting", 6, deep_nesting),
    ("huge_headers", 6, huge_headers),
    ("bad_charset", 10, bad_charset),
    ("control_bytes", 10, control_bytes),
    ("eight_bit_headers", 10, eight_bit_headers),
    ("long_values", 8, long_values),
    ("mutated_real", 25, mutated_real),
)


def case(seed: int, index: int, limit: int) -> Case:
    """Message ``index`` of run ``seed``; ``limit`` is the receiver's max_message_bytes."""
    rng = random.Random(f"{seed}/{index}")
    if index % OVERSIZED_EVERY == OVERSIZED_EVERY - 1:
        filler = b"x" * 76 + b"\r\n"
        raw = _message(_head(rng), filler * (limit // len(filler) + rng.randrange(1, 200)))
        return Case(index, "oversized", raw, _addr(rng), smtputf8=False, oversized=True)
    names = [name for name, _, _ in FAMILIES]
    weights = [weight for _, weight, _ in FAMILIES]
    family = rng.choices(range(len(FAMILIES)), weights)[0]
    raw = FAMILIES[family][2](rng)
    envelope = rng.random()
    if envelope < 0.1:
        mail_from, utf8 = "", False  # the null sender, as bounces use
    elif envelope < 0.2:
        mail_from, utf8 = "josé.müller@gemeente-ä.nl", True
    else:
        mail_from, utf8 = _addr(rng), rng.random() < 0.5
    return Case(index, names[family], raw, mail_from, utf8)


def cases(seed: int, n: int, limit: int) -> Iterator[Case]:
    return (case(seed, i, limit) for i in range(n))


# -- delivery and audit: shared by tests/security/test_fuzz.py and bench/fuzz.py ------------------------------


@dataclass(frozen=True, slots=True)
class Sent:
    case: Case
    outcome: str  # "accepted" (250 after DATA), "refused" (5xx), "temp_failed" (4xx), "lost" (no reply)
    reply: str
    inbound_id: int | None = None


def _send_one(smtp: smtplib.SMTP, c: Case) -> Sent:
    options = ["SMTPUTF8"] if c.smtputf8 else []
    options.append("BODY=8BITMIME")
    if not (c.oversized and (c.index // OVERSIZED_EVERY) % 2):  # half the oversized announce no SIZE: refused
        options.append(f"SIZE={len(c.raw)}")  # after DATA, the other half at MAIL FROM
    smtp.ehlo_or_helo_if_needed()
    code, message = smtp.mail(c.mail_from, options)
    if code < 300:
        code, message = smtp.rcpt(TO)
    if code >= 300:
        smtp.rset()
        return Sent(c, "refused" if code >= 500 else "temp_failed", f"{code} {message.decode(errors='replace')}")
    try:
        code, message = smtp.data(c.raw)
    except smtplib.SMTPDataError as exc:  # not 354 after DATA
        code, reply = exc.smtp_code, exc.smtp_error
        message = reply if isinstance(reply, bytes) else reply.encode()
    reply = f"{code} {message.decode(errors='replace')}"
    if code == 250:
        found = re.search(r"#(\d+)", reply)
        return Sent(c, "accepted", reply, int(found.group(1)) if found else None)
    return Sent(c, "refused" if code >= 500 else "temp_failed", reply)


def deliver(port: int, batch: Sequence[Case], connections: int = 4) -> list[Sent]:
    """Send every case over SMTP on ``connections`` parallel sessions; a session that breaks is reopened and the
    case it was sending counted as lost."""
    results: list[Sent | None] = [None] * len(batch)

    def worker(k: int) -> None:
        smtp: smtplib.SMTP | None = None
        for i in range(k, len(batch), connections):
            try:
                smtp = smtp or smtplib.SMTP("127.0.0.1", port, timeout=120)
                results[i] = _send_one(smtp, batch[i])
            except (smtplib.SMTPException, OSError) as exc:
                results[i] = Sent(batch[i], "lost", f"{type(exc).__name__}: {exc}"[:300])
                with contextlib.suppress(Exception):
                    assert smtp is not None
                    smtp.close()
                smtp = None
        if smtp is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                smtp.quit()

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return [r for r in results if r is not None]


@dataclass(frozen=True, slots=True)
class Row:
    id: int
    status: str
    sha256: str
    reason: str | None


def read_rows(url: str) -> dict[int, Row]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            query = text("select id, status, sha256, reason from inbound_messages")
            return {r.id: Row(r.id, r.status, r.sha256, r.reason) for r in conn.execute(query)}
    finally:
        engine.dispose()


def settle(url: str, expected: int, timeout: float = 300.0) -> dict[int, Row]:
    """The inbound rows once ``expected`` are stored and none waits in 'received' (or at the deadline). The deadline
    only ends a wait for a service that stopped working, never measures speed: the batch takes 36 to 47 s on two
    cores, and more than a minute when the other worker trains a model beside it."""
    deadline = time.monotonic() + timeout
    while True:
        rows = read_rows(url)
        waiting = sum(r.status == "received" for r in rows.values())
        if (len(rows) >= expected and not waiting) or time.monotonic() > deadline:
            return rows
        time.sleep(0.2)


_RECORD = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d ", re.M)
_QUARANTINE_LINE = re.compile(r"inbound #(\d+) could not be processed; quarantined")


def log_tracebacks(log: str) -> list[tuple[int | None, str]]:
    """Every log record that carries a traceback: (the inbound id it quarantined, or None; the record's first
    line). Ingest logs the traceback of a message it quarantines (``log.exception``); nothing else should."""
    found = []
    starts = [*sorted({0, *(m.start() for m in _RECORD.finditer(log))}), len(log)]  # 0: text before any record
    for begin, end in itertools.pairwise(starts):
        record = log[begin:end]
        if "\nTraceback (most recent call last):" in record:
            head = record.split("\n", 1)[0]
            m = _QUARANTINE_LINE.search(head)
            found.append((int(m.group(1)) if m else None, head))
    return found


@dataclass
class Audit:
    sent: int = 0
    accepted: int = 0
    refused_5xx: int = 0
    temp_failed_4xx: int = 0
    lost: int = 0
    recorded: int = 0  # accepted, and its row holds exactly the bytes sent
    missing: list[int] = field(default_factory=list)  # accepted cases (index) with no row or other bytes
    left_received: int = 0
    quarantined: int = 0
    quarantine_reasons: Counter[str] = field(default_factory=Counter)
    tracebacks_in_log: int = 0
    unexplained_tracebacks: list[str] = field(default_factory=list)  # not of a quarantined message
    refusals: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)

    def figures(self) -> dict[str, object]:
        return {
            "sent": self.sent,
            "accepted": self.accepted,
            "refused_5xx": self.refused_5xx,
            "temp_failed_4xx": self.temp_failed_4xx,
            "lost": self.lost,
            "recorded": self.recorded,
            "missing": len(self.missing),
            "left_received": self.left_received,
            "quarantined": self.quarantined,
            "tracebacks_in_log": self.tracebacks_in_log,
            "unexplained_tracebacks": len(self.unexplained_tracebacks),
            "statuses": dict(self.statuses),
            "quarantine_reasons": dict(self.quarantine_reasons.most_common(5)),
            "refusals": dict(self.refusals.most_common(5)),
        }


def audit(sent: Sequence[Sent], rows: dict[int, Row], log: str) -> Audit:
    a = Audit(sent=len(sent))
    for s in sent:
        if s.outcome == "accepted":
            a.accepted += 1
            row = rows.get(s.inbound_id) if s.inbound_id is not None else None
            if row is not None and row.sha256 == hashlib.sha256(stored_form(s.case.raw)).hexdigest():
                a.recorded += 1
            else:
                a.missing.append(s.case.index)
        elif s.outcome == "refused":
            a.refused_5xx += 1
            a.refusals[s.reply[:40]] += 1
        elif s.outcome == "temp_failed":
            a.temp_failed_4xx += 1
        else:
            a.lost += 1
    quarantined = {r.id for r in rows.values() if r.status == "quarantined"}
    a.statuses = Counter(r.status for r in rows.values())
    a.left_received = a.statuses["received"]
    a.quarantined = len(quarantined)
    # "verwerking mislukt: RecursionError: maximum recursion ..." -> "RecursionError"
    a.quarantine_reasons = Counter(
        (rows[i].reason or "").removeprefix("verwerking mislukt: ").split(":", 1)[0][:80] for i in quarantined
    )
    for inbound_id, head in log_tracebacks(log):
        a.tracebacks_in_log += 1
        if inbound_id not in quarantined:
            a.unexplained_tracebacks.append(head)
    return a
