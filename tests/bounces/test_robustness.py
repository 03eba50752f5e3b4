"""Issue 18, robustness, on every bounce of the shared corpus: what a relay or a gateway does to a report around
it changes nothing about who failed. Blank lines, a line of spaces or an mbox "From " line before the headers;
a help sentence with an address at the top of a plain-text report; a report wrapped in message/rfc822 by a
gateway that forwards it."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable

import pytest

from mailservice.bounces import detect
from tests.bounces.corpus import NEEDS_CORPUS, bounce_dir, load_labels

POLICY = email.policy.default.clone(raise_on_defect=False)
pytestmark = NEEDS_CORPUS


def _recipients(raw: bytes) -> list[str] | None:
    report = detect(email.message_from_bytes(raw, policy=POLICY))
    return None if report is None else sorted(r.address for r in report.recipients)


def _help_line(raw: bytes) -> bytes | None:
    newline = b"\r\n" if b"\r\n\r\n" in raw[:20000] else b"\n"
    head, sep, body = raw.partition(newline * 2)
    if b"multipart" in head.lower() or b"base64" in head.lower() or b"quoted-printable" in head.lower():
        return None
    help_text = b"If you need assistance, please contact helpdesk@support-voorbeeld.net." + newline * 2
    return head + sep + help_text + body


def _wrapped(raw: bytes) -> bytes | None:
    if b"multipart/report" not in raw[:20000].lower():
        return None
    return (
        b"From: Gateway <postmaster@gateway-voorbeeld.net>\nTo: info@ambtelijkefusie.nl\n"
        b'Subject: Fwd: delivery report\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="GW-1"\n\n'
        b"--GW-1\nContent-Type: text/plain\n\nForwarded by the gateway.\n\n--GW-1\nContent-Type: message/rfc822\n\n"
        + raw.replace(b"\r\n", b"\n")
        + b"\n--GW-1--\n"
    )


TRANSFORMS: dict[str, Callable[[bytes], bytes | None]] = {
    "blank-line": lambda raw: b"\n" + raw,
    "line-of-spaces": lambda raw: b"   \n" + raw,
    "help-sentence": _help_line,
    "wrapped-by-a-gateway": _wrapped,
}


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
def test_recipients_survive(name: str) -> None:
    changed = []
    for label in load_labels(bounce_dir()):
        if label["kind"] != "bounce":
            continue
        raw = (bounce_dir() / label["file"]).read_bytes()
        transformed = TRANSFORMS[name](raw)
        if transformed is None:
            continue
        before, after = _recipients(raw), _recipients(transformed)
        if before and after != before:
            changed.append(f"{label['file']}: {before} -> {after}")
    assert not changed
