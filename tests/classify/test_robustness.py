"""Bad input never raises out of the classifier (issue 3): truncated MIME, wrong charsets, huge HTML, deep nesting,
NUL bytes. Hypothesis generates the variations; unreadable input comes back as ``other`` with a reason."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailservice.classify import Decision, Kind, classify

_HEAD = b"From: Jan <jan@example.nl>\r\nTo: info@ambtelijkefusie.nl\r\nSubject: test\r\nMIME-Version: 1.0\r\n"


def _check(decision: Decision) -> None:
    assert isinstance(decision, Decision)
    assert decision.reason


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_random_bytes_never_raise(raw: bytes) -> None:
    _check(classify(raw))


@settings(max_examples=100, deadline=None)
@given(
    charset=st.sampled_from(["utf-8", "windows-1252", "x-unknown", "utf-16", "iso-2022-jp", "", "\x00bad"]),
    cte=st.sampled_from(["base64", "quoted-printable", "8bit", "x-uuencode", "bogus"]),
    body=st.binary(max_size=2000),
    cut=st.integers(min_value=0, max_value=3000),
)
def test_wrong_charsets_and_truncation_never_raise(charset: str, cte: str, body: bytes, cut: int) -> None:
    raw = (
        _HEAD
        + b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\n'
        + f"Content-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n".encode("latin-1")
        + body
        + b"\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>"
        + body
        + b"</p>\r\n--b--\r\n"
    )
    _check(classify(raw[: cut or None]))


@settings(max_examples=20, deadline=None)
@given(depth=st.integers(min_value=1, max_value=400), nul=st.booleans())
def test_deeply_nested_multiparts_never_raise(depth: int, nul: bool) -> None:
    opening = b"".join(
        f'--b{i}\r\nContent-Type: multipart/mixed; boundary="b{i + 1}"\r\n\r\n'.encode() for i in range(depth)
    )
    inner = b"--b%d\r\nContent-Type: text/plain\r\n\r\nafmelden\x00\r\n" % depth if nul else b""
    raw = _HEAD + b'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n' + opening + inner
    _check(classify(raw))


def test_five_megabyte_html_body() -> None:
    html = b"<html><body>" + b"<div><p>Graag <b>afmelden</b> voor de nieuwsbrief</p></div>" * 90_000 + b"</body></html>"
    assert len(html) > 5_000_000
    raw = _HEAD + b"Content-Type: text/html; charset=utf-8\r\n\r\n" + html
    _check(classify(raw))


def test_nul_bytes_and_no_sender_are_other_with_reason() -> None:
    decision = classify(b"\x00\x00\x00\r\n\r\n\x00")
    assert decision.kind == Kind.OTHER
    assert decision.no_reply
    assert "afzender" in decision.reason


def test_thread_lookup_that_raises_is_ignored() -> None:
    def broken(ids: object) -> str:
        raise RuntimeError("database weg")

    raw = _HEAD + b"In-Reply-To: <x@ambtelijkefusie.nl>\r\n\r\nGraag afmelden.\r\n"
    assert classify(raw, thread=broken).kind == Kind.UNSUBSCRIBE


def test_a_header_with_thousands_of_parameters_is_read_within_bounds() -> None:
    """bench/fuzz.py found a Content-Type with 8,000 parameters costing seconds in the stdlib parser: headers
    are cut to a bound for reading (the stored message stays whole), and the mail is still understood."""
    from mailservice.classify.message import MAX_HEADER_BYTES, parse

    params = "; ".join(f"p{i}=v" for i in range(8000))
    raw = (
        "From: Jan <j.jansen@gemeente-a.nl>\r\nTo: info@ambtelijkefusie.nl\r\nSubject: Aanmelden\r\n"
        f"Content-Type: text/plain; {params}\r\n\r\nGraag meld ik mij aan voor het netwerk.\r\n"
    ).encode()
    parsed = parse(raw)
    assert any("ingekort" in problem for problem in parsed.problems)
    assert parsed.msg is not None and len(parsed.msg["Content-Type"].params) < MAX_HEADER_BYTES // 6
    assert classify(raw).kind == Kind.SUBSCRIBE
