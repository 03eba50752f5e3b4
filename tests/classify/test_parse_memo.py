"""Each header of a message is parsed once (bench/classify.py: the stdlib re-parses a header on every read, and
Content-Type is read many times per part), and nothing is kept from one message to the next."""

from __future__ import annotations

from mailservice.classify.message import parse

RAW = (
    b"From: Anna de Vries <a.devries@gemeente.example>\r\n"
    b"Subject: Aanmelding\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/alternative; boundary="b1"\r\n\r\n'
    b"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nIk meld me graag aan.\r\n"
    b"--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Ik meld me graag aan.</p>\r\n--b1--\r\n"
)


def test_a_header_read_twice_is_parsed_once() -> None:
    msg = parse(RAW).msg
    assert msg is not None
    first = msg.get("content-type")
    assert first is msg.get("content-type")
    assert first.params["boundary"] == "b1"  # type: ignore[union-attr]
    assert [part.get_content_type() for part in msg.walk()] == [
        "multipart/alternative",
        "text/plain",
        "text/html",
    ]


def test_nothing_is_kept_from_one_message_to_the_next() -> None:
    one, other = parse(RAW).msg, parse(RAW).msg
    assert one is not None and other is not None
    assert one.policy is not other.policy
    assert one.get("content-type") is not other.get("content-type")
    assert one.get("content-type") == other.get("content-type")
