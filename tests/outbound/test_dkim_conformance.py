"""Our DKIM signer (mailservice.outbound.dkim.DkimSigner) against dkimpy, the library it replaces.

The team keeps a hand-written part only with a conformance test against the library: here a few hundred
varied messages, generated deterministically, and the mails the service itself composes for every template
purpose are signed by DkimSigner, and each signature must verify with dkimpy's ``dkim.verify`` (RFC 6376,
rsa-sha256, relaxed/relaxed). The tests at the end show that verification can fail: a changed body or a
changed signed header does not verify, while what relaxed canonicalisation ignores (RFC 6376 3.4.2 and 3.4.4)
still does.

What is verified is the message as SMTP delivers it: ending in CRLF (RFC 5321 4.1.1.4, the end of mail data
is <CRLF>.<CRLF>). The signer takes CRLF input only, as the sender gives it; LF-only messages are turned into
CRLF before signing, as they would be before going on the wire.
"""

from __future__ import annotations

import base64
import binascii
import email.policy
import email.utils
import hashlib
import random
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.message import EmailMessage
from pathlib import Path

import dkim
import pytest
from dkim.canonicalization import Relaxed

from mailservice.app import App, build
from mailservice.ateliers import ics
from mailservice.outbound.compose import Attachment
from mailservice.outbound.dkim import DkimSigner
from mailservice.outbound.sender import Job
from mailservice.outbound.transports import Envelope
from tests.outbound.test_compose_conformance import make_case
from tests.support import FakeClock, make_settings
from tests.test_templates import COMMON, CONTEXTS

DOMAIN = "ambtelijkefusie.nl"
SELECTOR = "mail2026"
VARIED = 320  # generated messages
COMPOSED = 200  # composer inputs from test_compose_conformance
NOW = 1_790_000_000  # the signature's t= (September 2026): fixed, so a failure reproduces byte for byte

Dns = Callable[..., bytes]


@pytest.fixture(scope="module")
def signer(dkim_key: Path) -> DkimSigner:
    # dkim_key (tests/outbound/conftest.py): one RSA 2048 key made with cryptography for the session.
    return DkimSigner.from_file(dkim_key, domain=DOMAIN, selector=SELECTOR)


@pytest.fixture(scope="module")
def dns(signer: DkimSigner) -> Dns:
    record = signer.public_record().encode()

    def lookup(name: bytes, timeout: int = 5) -> bytes:
        assert name == f"{SELECTOR}._domainkey.{DOMAIN}.".encode()
        return record

    return lookup


def on_the_wire(raw: bytes) -> bytes:
    """What the receiver gets: CRLF line ends, and a final CRLF (RFC 5321 4.1.1.4)."""
    raw = re.sub(rb"\r?\n", b"\r\n", raw)
    return raw if raw.endswith(b"\r\n") else raw + b"\r\n"


def verifies(signed: bytes, dns: Dns) -> bool:
    return bool(dkim.verify(on_the_wire(signed), dnsfunc=dns))


def explain(raw: bytes, signed: bytes) -> str:
    """On a failure: our body hash next to the one dkimpy's canonicalisation gives, and the message head."""
    body = on_the_wire(raw).partition(b"\r\n\r\n")[2]
    theirs = base64.b64encode(hashlib.sha256(Relaxed.canonicalize_body(body)).digest()).decode()
    ours = re.search(rb"bh=([^;]+);", signed)
    return f"bh ours {ours.group(1).decode() if ours else '?'} dkimpy {theirs}\n{signed[:1500]!r}"


# -- varied messages, written out by hand so that they hold what a library would tidy away ---------------------
WORDS = ["atelier", "Utrecht", "directeuren", "fusie", "12", "maart", "[atelier:2027-1]", "Re:", "(koffie)", "a,b"]
NON_ASCII = ["één", "café", "Zoë", "Ölçer", "coördinatie", "€ 25", "–", "📅", "会议", "naïef"]
ADDRESSES = ["j.jansen@gemeente-a.nl", "m+tag@bbr.example", "info@ambtelijkefusie.nl", "x_y-z@sub.domein.org"]


def msgid(rng: random.Random, domain: str) -> str:
    return f"<{rng.getrandbits(64):x}@{domain}>"  # from the seed, unlike make_msgid: a failure reproduces


def words(rng: random.Random, n: int, non_ascii: float = 0.0) -> str:
    return " ".join(rng.choice(NON_ASCII) if rng.random() < non_ascii else rng.choice(WORDS) for _ in range(n))


def messy_whitespace(rng: random.Random, value: str) -> str:
    """Spaces turned into runs of spaces and tabs now and then: relaxed canonicalisation collapses them."""
    if rng.random() < 0.5:
        return value
    return re.sub(" ", lambda _: rng.choice([" ", "  ", "\t", " \t ", " "]), value)


def fold(rng: random.Random, value: str) -> str:
    """Fold at some of the spaces (RFC 5322 2.2.3), continuation lines starting with a space, a tab or several."""
    out = []
    for i, piece in enumerate(value.split(" ")):
        if i and rng.random() < 0.3:
            out.append("\r\n" + rng.choice([" ", "\t", "  ", " \t"]) + piece)
        else:
            out.append((" " if i else "") + piece)
    return "".join(out)


def header(rng: random.Random, name: str, value: str, *, folding: bool = True) -> bytes:
    name = rng.choice([name, name.lower(), name.upper()]) if rng.random() < 0.3 else name
    separator = rng.choice([": ", ":", ":  ", ":\t", ": \t"])
    value = messy_whitespace(rng, value)
    if folding and rng.random() < 0.4:
        value = fold(rng, value)
    trailing = rng.choice(["", "", "", " ", "\t", "  "])  # trailing whitespace is dropped by relaxed
    return f"{name}{separator}{value}{trailing}\r\n".encode()


def display_name(rng: random.Random) -> str:
    name = rng.choice(["Jan Jansen", "Jansen, Jan", 'Jan "JJ" Jansen', "Zoë Ölçer", "Ærø Naïef–de Vries", "会议"])
    return email.utils.formataddr((name, rng.choice(ADDRESSES)), charset="utf-8")  # RFC 2047 when non-ASCII


def subject(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return words(rng, rng.randint(1, 12))
    if kind == 1:  # long: folded across many lines
        return words(rng, rng.randint(30, 120))
    text = words(rng, rng.randint(1, 30), non_ascii=0.4)
    if kind == 2:  # RFC 2047 encoded words, folded by Header
        return Header(text, "utf-8", header_name="Subject").encode(linesep="\r\n")
    return text  # raw UTF-8 in the header (RFC 6532), as an SMTPUTF8 message may carry


def body_line(rng: random.Random) -> str:
    kind = rng.randrange(10)
    if kind == 0:
        return ""
    if kind == 1:
        return words(rng, rng.randint(1, 10)) + rng.choice([" ", "\t", "  \t", " \t "])  # trailing whitespace
    if kind == 2:
        return messy_whitespace(rng, words(rng, rng.randint(2, 10)))
    if kind == 3:
        return "x" * rng.randint(998, 3000)  # longer than SMTP allows, which DKIM does not care about
    if kind == 4:
        return rng.choice([" ", "\t", "  "]) + words(rng, 3)  # leading whitespace is kept by relaxed
    if kind == 5:
        return rng.choice(["From the start", ".", "..", ". dot", "=3D", "--"])
    if kind == 6:
        return rng.choice([" ", "\t", " \t "])  # a line of whitespace only
    return words(rng, rng.randint(1, 15), non_ascii=0.2)


def body_text(rng: random.Random) -> str:
    text = "\n".join(body_line(rng) for _ in range(rng.randint(0, 25)))
    return text + "\n" * rng.choice([0, 1, 1, 1, 2, 5])  # trailing blank lines are ignored by relaxed


def qp(text: str) -> bytes:
    return binascii.b2a_qp(text.replace("\n", "\r\n").encode(), istext=True)


def b64(data: bytes) -> bytes:
    encoded = base64.b64encode(data)
    return b"\r\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76)) + b"\r\n"


def calendar(rng: random.Random) -> bytes:
    facts = ics.EventFacts(
        reference="2027-1",
        title=words(rng, rng.randint(1, 6), non_ascii=0.3),
        description=words(rng, rng.randint(0, 40), non_ascii=0.2) or None,
        starts_at=datetime(2027, 3, 11, 13, tzinfo=UTC),
        ends_at=datetime(2027, 3, 11, 16, 30, tzinfo=UTC),
        place="Stadskantoor, Vredenburg 3, Utrecht",
        online_url=None,
        sequence=rng.randint(0, 3),
    )
    return ics.calendar(
        facts,
        method=rng.choice(["REQUEST", "CANCEL"]),
        domain=DOMAIN,
        organizer=("info@ambtelijkefusie.nl", "Netwerk"),
        attendee=("j.jansen@gemeente-a.nl", "Jan Jansen"),
        now=datetime(2026, 11, 2, tzinfo=UTC),
    )


def mime_body(rng: random.Random) -> tuple[list[bytes], bytes]:
    """(MIME headers, body) of one of the shapes a mail takes."""
    kind = rng.randrange(6)
    if kind == 0:  # plain ASCII, no MIME at all
        return [], "\n".join(words(rng, rng.randint(0, 12)) for _ in range(rng.randint(0, 8))).encode()
    if kind == 1:
        return [
            b'Content-Type: text/plain; charset="utf-8"\r\n',
            b"Content-Transfer-Encoding: quoted-printable\r\n",
        ], qp(body_text(rng))
    if kind == 2:
        return [b'Content-Type: text/plain; charset="utf-8"\r\n', b"Content-Transfer-Encoding: base64\r\n"], b64(
            body_text(rng).encode()
        )
    if kind == 3:  # an 8bit body with every oddity left in: long lines, trailing whitespace, blank lines
        return [b'Content-Type: text/plain; charset="utf-8"\r\n', b"Content-Transfer-Encoding: 8bit\r\n"], (
            body_text(rng).encode()
        )
    boundary = f"=_b{rng.getrandbits(48):012x}"
    html = f"<html><body><p>{words(rng, rng.randint(1, 60), non_ascii=0.2)}</p>\n</body></html>\n"
    parts = [
        b'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
        + qp(body_text(rng)),
        b'Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n' + qp(html),
    ]
    if kind == 5:  # an invitation: a text/calendar part (RFC 6047)
        parts.append(
            b'Content-Type: text/calendar; method=REQUEST; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
            + b64(calendar(rng))
        )
    body = b"".join(b"--" + boundary.encode() + b"\r\n" + p + b"\r\n" for p in parts)
    body += b"--" + boundary.encode() + b"--\r\n" + b"\r\n" * rng.choice([0, 0, 1, 3])
    return [
        b"MIME-Version: 1.0\r\n",
        f'Content-Type: multipart/alternative;\r\n\tboundary="{boundary}"\r\n'.encode(),
    ], body


def varied_message(rng: random.Random) -> bytes:
    mime, body = mime_body(rng)
    fields = [
        header(rng, "From", display_name(rng), folding=False),
        header(rng, "To", rng.choice(ADDRESSES)),
        header(rng, "Date", email.utils.format_datetime(datetime(2026, 11, 2, tzinfo=UTC))),
        header(rng, "Message-ID", msgid(rng, DOMAIN), folding=False),
    ]
    text = subject(rng)
    fields.append(f"Subject: {text}\r\n".encode() if "=?" in text else header(rng, "Subject", text))
    if rng.random() < 0.3:  # several Cc fields: signed from the bottom up (RFC 6376 5.4.2)
        fields += [header(rng, "Cc", ", ".join(rng.sample(ADDRESSES, 2))) for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.3:
        refs = [msgid(rng, "gemeente.nl") for _ in range(rng.randint(1, 25))]
        fields += [header(rng, "In-Reply-To", refs[-1]), header(rng, "References", " ".join(refs))]
    if rng.random() < 0.4:
        token = "t" * rng.randint(10, 200)
        fields += [
            header(rng, "List-Id", "Netwerk van directeuren <leden.ambtelijkefusie.nl>"),
            header(rng, "List-Unsubscribe", f"<https://{DOMAIN}/afmelden/{token}>, <mailto:info@{DOMAIN}?subject=x>"),
            header(rng, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ]
    if rng.random() < 0.5:  # not signed: may be there or not, and change in transit
        fields.append(header(rng, "Received", f"from mx.{DOMAIN} by relay.example with ESMTPS id {'a' * 30}; tue"))
    if rng.random() < 0.3:
        fields.append(header(rng, "X-Mailservice-Ref", f"{rng.randint(1, 99999)}.{rng.randint(1, 999)}.abcdef"))
    rng.shuffle(fields)
    raw = b"".join(fields + mime) + b"\r\n" + body
    if rng.random() < 0.15:  # written with LF line ends; SMTP carries CRLF
        raw = raw.replace(b"\r\n", b"\n")
    return raw


def stdlib_message(rng: random.Random) -> bytes:
    """A message as the email package writes one (what dkim.sign usually gets in other programs)."""
    msg = EmailMessage()
    msg["From"] = display_name(rng)
    msg["To"] = ", ".join(rng.sample(ADDRESSES, rng.randint(1, 3)))
    msg["Subject"] = words(rng, rng.randint(1, 40), non_ascii=0.3)
    msg["Date"] = datetime(2026, 11, 2, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 10_000))
    msg["Message-ID"] = msgid(rng, DOMAIN)
    msg.set_content(body_text(rng))
    if rng.random() < 0.6:
        msg.add_alternative(f"<p>{words(rng, rng.randint(1, 80), non_ascii=0.3)}</p>\n", subtype="html")
    if rng.random() < 0.3:
        msg.add_attachment(calendar(rng), maintype="text", subtype="calendar", filename="uitnodiging.ics")
    return msg.as_bytes(policy=email.policy.SMTP)


def messages() -> Iterator[tuple[str, bytes]]:
    for seed in range(VARIED):
        rng = random.Random(seed)
        if seed % 4 == 3:
            yield f"stdlib-{seed}", stdlib_message(rng)
        else:
            yield f"varied-{seed}", varied_message(rng)


def sign(signer: DkimSigner, raw: bytes) -> bytes:
    # The signer takes CRLF input (the sender's): an LF-only message is converted as it would be for SMTP.
    return signer.sign(on_the_wire(raw), now=NOW)


def test_varied_messages_verify_with_dkimpy(signer: DkimSigner, dns: Dns) -> None:
    failed = []
    for label, raw in messages():
        signed = sign(signer, raw)
        if not verifies(signed, dns):
            failed.append(f"{label}: {explain(raw, signed)}")
    assert not failed, f"{len(failed)} of {VARIED} do not verify; first: {failed[0]}"


# -- the service's own mails: every template purpose, composed and signed as the sender sends them -------------
@pytest.fixture(scope="module")
def app(dkim_key: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    settings = make_settings(
        tmp_path_factory.mktemp("dkim-app"),
        dkim={"key_file": str(dkim_key), "selector": SELECTOR, "domain": DOMAIN},
        web={"public_url": f"https://{DOMAIN}"},
    )
    application = build(settings, clock=FakeClock())
    yield application
    application.close()


def composed(app: App, purpose: str, variant: int) -> bytes:
    """One row's wire bytes: Outbox.compose_row, then Sender.wire_bytes (X-Mailservice-Ref and the signature)."""
    rng = random.Random(f"{purpose}-{variant}")
    member_id = rng.randint(1, 10_000)
    context, list_headers, _ = app.outbox.member_parts(member_id, app.clock())
    attachments = []
    if variant == 1:  # with the atelier's invitation, as alternative and as file (issue 7)
        attachments.append(Attachment("uitnodiging.ics", "text/calendar; method=REQUEST", calendar(rng), True))
    if variant == 2:
        attachments.append(Attachment("bijlage.pdf", "application/pdf", rng.randbytes(rng.randint(0, 5000))))
    _, _, raw = app.outbox.compose_row(
        purpose,
        to=f"m{member_id}@gemeente.example",
        context={**COMMON, **CONTEXTS[purpose], **{k: v for k, v in context.items() if k not in COMMON}},
        now=app.clock(),
        auto_submitted=rng.choice(["auto-generated", "auto-replied", None]),
        in_reply_to="<vraag@gemeente.example>" if variant == 2 else None,
        references=[f"<r{i}@gemeente.example>" for i in range(rng.randint(0, 30))],
        extra_headers=list_headers if variant else (),
        attachments=attachments,
    )
    envelope = Envelope(id=rng.randint(1, 10**6), to_addr="x@y.nl", created_at=app.clock(), member_id=member_id)
    return app.sender.wire_bytes(Job(envelope, raw))


def test_the_compose_conformance_cases_verify_with_dkimpy(signer: DkimSigner, dns: Dns) -> None:
    """The composer's varied inputs (test_compose_conformance): long subjects, attachments, odd text."""
    failed = []
    for seed in range(COMPOSED):
        raw = make_case(seed).compose()
        signed = signer.sign(b"X-Mailservice-Ref: 1.2.abc\r\n" + raw, now=NOW)
        if not dkim.verify(signed, dnsfunc=dns):
            failed.append(f"case {seed}: {explain(raw, signed)}")
    assert not failed, f"{len(failed)} of {COMPOSED} do not verify; first: {failed[0]}"


@pytest.mark.parametrize("purpose", sorted(CONTEXTS))
def test_every_composed_purpose_verifies_with_dkimpy(app: App, dns: Dns, purpose: str) -> None:
    assert app.sender.signer is not None
    for variant in range(3):
        wire = composed(app, purpose, variant)
        assert wire.startswith(b"DKIM-Signature: ")
        assert dkim.verify(wire, dnsfunc=dns), explain(wire.split(b"\r\n", 1)[1], wire)


# -- the test can fail: what the signature covers, and what relaxed canonicalisation lets through ------------
def sample(signer: DkimSigner) -> list[bytes]:
    return [on_the_wire(sign(signer, raw)) for _, raw in list(messages())[:40]]


def test_a_changed_body_does_not_verify(signer: DkimSigner, dns: Dns) -> None:
    for signed in sample(signer):
        assert dkim.verify(signed, dnsfunc=dns)
        head, _, body = signed.partition(b"\r\n\r\n")
        assert not dkim.verify(head + b"\r\n\r\n" + body + b"P.S. ook dit\r\n", dnsfunc=dns)  # a line added
        if re.search(rb"[a-z]", body):
            changed = re.sub(rb"[a-z]", lambda m: m.group(0).upper(), body, count=1)  # one letter changed
            assert not dkim.verify(head + b"\r\n\r\n" + changed, dnsfunc=dns)


def test_a_changed_signed_header_does_not_verify(signer: DkimSigner, dns: Dns) -> None:
    for signed in sample(signer):
        subject = re.search(rb"(?im)^subject:", signed)
        assert subject is not None
        at = subject.end()
        assert not dkim.verify(signed[:at] + b" Gewijzigd:" + signed[at:], dnsfunc=dns)
        # Oversigned (RFC 6376 8.15): a second From, Subject or List-Unsubscribe added later breaks it.
        head, _, body = signed.partition(b"\r\n\r\n")
        for extra in (b"From: someone@else.example", b"Subject: anders", b"List-Unsubscribe: <mailto:x@y>"):
            assert not dkim.verify(head + b"\r\n" + extra + b"\r\n\r\n" + body, dnsfunc=dns), extra


def test_what_relaxed_canonicalisation_ignores_still_verifies(signer: DkimSigner, dns: Dns) -> None:
    for signed in sample(signer):
        head, _, body = signed.partition(b"\r\n\r\n")
        # RFC 6376 3.4.4: trailing empty lines and whitespace at line ends; runs of whitespace count as one.
        assert dkim.verify(head + b"\r\n\r\n" + body + b"\r\n\r\n", dnsfunc=dns)
        assert dkim.verify(head + b"\r\n\r\n" + body.replace(b"\r\n", b" \t\r\n"), dnsfunc=dns)
        assert dkim.verify(head + b"\r\n\r\n" + body.replace(b" ", b"  \t"), dnsfunc=dns)
        # RFC 6376 3.4.2: header names in any case, refolded values; unsigned headers may be added in transit.
        refolded = re.sub(rb"(?im)^(to|date):[ \t]*", lambda m: m.group(1).upper() + b":\r\n\t ", head)
        assert dkim.verify(refolded + b"\r\n\r\n" + body, dnsfunc=dns)
        received = b"Received: from relay.example by mx.example; Mon, 2 Nov 2026 10:00:00 +0100\r\n"
        assert dkim.verify(received + head + b"\r\n\r\n" + body, dnsfunc=dns)
