"""Small pure parts: tokens, the composer's MIME, the relaxed canonicalisation against dkimpy's."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime

import pytest

from mailservice.outbound.compose import compose
from mailservice.outbound.dkim import _relaxed_body
from mailservice.outbound.flowed import unflow
from mailservice.outbound.render import Rendered
from mailservice.outbound.sender import smtp_status
from mailservice.outbound.tags import DEVELOPMENT_KEY, Tagger, hmac_key
from mailservice.settings import Settings, SettingsError


def test_tokens_round_trip_and_resist_forgery() -> None:
    t = Tagger(b"k" * 32, "ambtelijkefusie.nl")
    token = t.verp_token(123, 45)
    assert t.parse_verp_token(token) == (123, 45) and t.parse_verp_token(token.upper()) == (123, 45)
    assert t.parse_verp_token(t.verp_token(9, None)) == (9, None)
    assert t.parse_verp_token(token.replace("123.", "124.")) is None  # another row with the same mac
    assert t.parse_verp_token("123.45") is None and t.parse_verp_token("x.y.z") is None
    assert t.parse_unsubscribe_token(t.unsubscribe_token(45)) == 45
    assert t.parse_unsubscribe_token(t.unsubscribe_token(45).replace("45.", "46.")) is None
    # the VERP mac is not an unsubscribe mac: one token cannot be used for the other purpose
    assert t.parse_unsubscribe_token("45." + token.split(".")[2]) is None


WEB = {"public_url": "https://ambtelijkefusie.nl"}  # mail that leaves the machine needs links members can open


def test_the_development_key_only_on_loopback() -> None:
    assert hmac_key(Settings()) == DEVELOPMENT_KEY  # maildir
    assert hmac_key(Settings(outbound={"transport": "smtp"}, smtp={"host": "127.0.0.1"})) == DEVELOPMENT_KEY
    with pytest.raises(SettingsError, match=r"outbound\.secret"):
        hmac_key(Settings(outbound={"transport": "smtp"}, smtp={"host": "smtp.office365.com"}, web=WEB))
    assert (
        hmac_key(
            Settings(outbound={"transport": "smtp", "secret": "s3cr3t"}, smtp={"host": "smtp.office365.com"}, web=WEB)
        )
        == b"s3cr3t"
    )


def test_compose_reads_back_with_long_and_non_ascii_headers() -> None:
    rendered = Rendered(
        subject=("Uitnodiging atelier – één middag met café " * 3).strip(),
        text="Hé daar,\nregel  \n" + "x" * 200,
        html="<p>Hé</p>",
    )
    raw = compose(
        rendered,
        from_name="Netwerk Ölçer",
        from_addr="info@ambtelijkefusie.nl",
        to="a@b.nl",
        message_id="<x@ambtelijkefusie.nl>",
        date=datetime(2026, 11, 2, tzinfo=UTC),
        in_reply_to="<p@q>",
        references=[f"<r{i}@gemeente.nl>" for i in range(30)],
        extra_headers=[("List-Unsubscribe", "<https://ambtelijkefusie.nl/afmelden/" + "t" * 90 + ">, <mailto:x@y>")],
    )
    assert all(len(line) <= 998 for line in raw.split(b"\r\n")) and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in raw.split(b"\r\n\r\n")[0].split(b"\r\n")) <= 200
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["Subject"] == rendered.subject and msg["From"].addresses[0].display_name == "Netwerk Ölçer"
    assert len(msg["References"].split()) == 21 and msg["References"].split()[-1] == "<p@q>"
    # format=flowed (RFC 3676): the reader joins soft breaks; a hard line ends without its trailing spaces.
    plain = msg.get_body(("plain",))
    assert plain is not None and plain.get_param("format") == "flowed"
    assert unflow(plain.get_content()) == "Hé daar,\nregel\n" + "x" * 200
    assert msg.get_body(("html",)).get_content() == "<p>Hé</p>"  # type: ignore[union-attr]
    assert not msg.defects and all(not p.defects for p in msg.walk())


def test_relaxed_body_matches_dkimpy() -> None:
    from dkim.canonicalization import Relaxed

    for body in [
        b"",
        b"\r\n\r\n",
        b"a  b \t\r\nc\r\n\r\n\r\n",
        b"x",
        b" lead\r\n\ttab\r\n",
        b"a\r\n \r\n",
        b"single spaces only\r\n",
        b"a \r\nb \r\n",
        b"tab\tin\tline\r\n",
        b"a\t\r\n",
        b"=3D quoted-printable soft break=\r\nnext line\r\n",
    ]:
        assert _relaxed_body(body) == Relaxed.canonicalize_body(body), body


@pytest.mark.parametrize(
    ("reply", "status"),
    [
        ("550 5.1.1 User unknown", "5.1.1"),
        ("554 rejected", "5.0.0"),
        ("452 4.2.2 Mailbox full", "4.2.2"),
        ("opgegeven na 9 pogingen: 451 greylisted", "4.0.0"),
    ],
)
def test_smtp_status(reply: str, status: str) -> None:
    assert smtp_status(reply) == status
