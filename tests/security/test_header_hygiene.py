"""Issue 12, item 8: whatever text reaches a header we write (a subject with a member's name, a Message-ID we
answer, an extra header), the mail has exactly our headers, no control characters and no line over 998 octets."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from mailservice.outbound.compose import compose
from mailservice.outbound.render import Rendered

HOSTILE = st.lists(
    st.sampled_from(["a", "é", " ", "\r", "\n", "\r\n", "\x00", "\x1b", "\x07", "\t", ":", "Bcc", "x" * 50]),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(subject=HOSTILE, reply_to_id=HOSTILE, list_id=HOSTILE)
def test_no_header_injection_no_controls_no_long_lines(subject: str, reply_to_id: str, list_id: str) -> None:
    raw = compose(
        Rendered(f"Welkom {subject}", "tekst", "<p>html</p>"),
        from_name="Netwerk",
        from_addr="info@ambtelijkefusie.nl",
        to="lid@gemeente-a.nl",
        message_id="<1@ambtelijkefusie.nl>",
        date=datetime(2026, 12, 4, tzinfo=UTC),
        in_reply_to=f"<{reply_to_id}@gemeente-a.nl>",
        extra_headers=[("List-Id", list_id)],
    )
    head = raw.split(b"\r\n\r\n", 1)[0]
    lines = head.split(b"\r\n")
    assert all(len(line) <= 998 for line in lines)
    assert not any(b < 32 and b != 9 for line in lines for b in line)  # only tab, inside folded lines
    assert b"\n" not in head.replace(b"\r\n", b"")  # no bare line ends
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert sorted(set(msg.keys())) == sorted(
        {"From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References", "Auto-Submitted",
         "X-Auto-Response-Suppress", "List-Id", "MIME-Version", "Content-Type", "Content-Language"}
    )  # fmt: skip
    assert msg["To"] == "lid@gemeente-a.nl"
