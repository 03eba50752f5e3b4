"""Issue 19, items 9 and 10: plain text is sent as format=flowed (RFC 3676), paragraphs wrapped evenly and never
broken mid-sentence in the template; the Date header is Amsterdam time with its offset."""

from __future__ import annotations

import email
import email.policy
import itertools
import re
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailservice.outbound.compose import compose
from mailservice.outbound.flowed import WIDTH, flow, unflow
from mailservice.outbound.render import Renderer
from tests.test_templates import COMMON, CONTEXTS


def _compose(purpose: str, date: datetime = datetime(2026, 11, 2, 9, tzinfo=UTC)) -> EmailMessage:
    rendered = Renderer().render(purpose, **{**COMMON, **CONTEXTS[purpose]})
    raw = compose(
        rendered, from_name="Netwerk", from_addr="info@ambtelijkefusie.nl", to="a@b.nl", message_id="<x@y>", date=date
    )
    return email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[return-value]


@pytest.mark.parametrize("purpose", sorted(CONTEXTS))
def test_every_template_is_flowed_evenly_and_reads_back_whole(purpose: str) -> None:
    rendered = Renderer().render(purpose, **{**COMMON, **CONTEXTS[purpose]})
    plain = _compose(purpose).get_body(("plain",))
    assert plain is not None and plain.get_param("format") == "flowed"
    wire = plain.get_content().replace("\r\n", "\n")
    # Every physical line fits; a long line is cut only where a word ends (the soft break keeps its space).
    assert all(len(line) <= WIDTH + 1 or " " not in line.strip() for line in wire.split("\n"))
    expected = "\n".join(line if line == "-- " else line.rstrip(" ") for line in rendered.text.split("\n"))
    assert unflow(wire) == expected


# A paragraph in a template is one line: a line that runs on into the next (it ends without punctuation, the next
# is no list item, label or indented line) is the ragged wrapping of issue 19, item 9. The signature is a block.
_ENDS = (".", ":", "!", "?", ";", ",", ")", '"', "'")
_LABEL = re.compile(r"^[A-Z][\w' ]*:\s")


def _structured(line: str) -> bool:
    return line.startswith(("- ", "  ")) or bool(_LABEL.match(line))


@pytest.mark.parametrize("purpose", sorted(CONTEXTS))
def test_no_template_breaks_a_sentence(purpose: str) -> None:
    text = Renderer().render(purpose, **{**COMMON, **CONTEXTS[purpose]}).text
    lines = text.split("Met vriendelijke groet,")[0].split("\n")
    broken = [
        (a, b)
        for a, b in itertools.pairwise(lines)
        if a.strip() and b.strip() and not a.rstrip().endswith(_ENDS) and not _structured(a) and not _structured(b)
    ]
    assert broken == []


def test_long_paragraph_is_cut_at_words_and_joined_again() -> None:
    paragraph = " ".join(["Het Leer- en inspireer-atelier gaat over samenwerking tussen gemeenten."] * 6)
    wire = flow(paragraph)
    lines = wire.split("\n")
    assert len(lines) > 1 and all(line.endswith(" ") for line in lines[:-1])
    assert all(len(line) <= WIDTH for line in lines)
    assert unflow(wire) == paragraph


def test_stuffing_and_the_signature_separator() -> None:
    text = "From the start\n>quote\n indented\n-- \nvoet"
    wire = flow(text)
    assert wire.split("\n")[:4] == [" From the start", " >quote", "  indented", "-- "]
    assert unflow(wire) == text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_characters="\n\r"), max_size=300), max_size=8))
def test_round_trip(lines: list[str]) -> None:
    text = "\n".join(lines)
    expected = "\n".join(line if line == "-- " else line.rstrip(" ") for line in lines)
    assert unflow(flow(text)) == expected


@pytest.mark.parametrize(
    ("utc", "header"),
    [
        (datetime(2026, 11, 2, 9, tzinfo=UTC), "Mon, 02 Nov 2026 10:00:00 +0100"),
        (datetime(2027, 6, 2, 9, tzinfo=UTC), "Wed, 02 Jun 2027 11:00:00 +0200"),
    ],
)
def test_date_header_is_amsterdam_time_with_its_offset(utc: datetime, header: str) -> None:
    msg = _compose("welkom", date=utc)
    assert str(msg["Date"]) == header and msg["Date"].datetime == utc
