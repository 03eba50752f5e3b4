"""Issue 18: of a forwarded or expanded recipient, the address we actually mailed wins in the bounce log."""

from __future__ import annotations

from mailservice.app import App
from tests.bouncelog.helpers import add_member, deliver, dsn, events, mailing, return_path
from tests.bouncelog.test_attribution import strip

A = "a.dewit@gemeente-a.nl"
FORWARD = "anna.dewit@prive.example"


def _forwarded(raw: bytes, *, original: str | None) -> bytes:
    """The DSN a forwarding server writes: Final-Recipient the mailbox it forwarded to, Original-Recipient ours."""
    report = dsn(raw, FORWARD, headers_only=True)
    field = f"Original-Recipient: rfc822;{FORWARD}\r\n".encode()
    return report.replace(field, f"Original-Recipient: rfc822;{original}\r\n".encode() if original else b"")


def test_without_a_tag_the_address_we_mailed_wins_over_the_final_mailbox(app: App) -> None:
    member_id = add_member(app, A)
    raw = mailing(app)[A]
    # Nothing of ours comes back: no VERP envelope, no Return-Path, reference or Message-ID in the copy.
    bare = strip(raw, "Delivered-To", "Return-Path", "X-Mailservice-Ref", "Message-ID")
    deliver(app, _forwarded(bare, original=A), envelope_to="bounces@ambtelijkefusie.nl")
    [event] = events(app)
    assert (event.address, event.member_id, event.attributed_by) == (A, member_id, "address")


def test_with_our_tag_the_event_is_for_the_address_of_that_thread(app: App) -> None:
    member_id = add_member(app, A)
    raw = mailing(app)[A]
    deliver(app, _forwarded(raw, original=A), envelope_to=return_path(raw))
    [event] = events(app)
    assert (event.address, event.member_id, event.attributed_by) == (A, member_id, "verp")


def test_a_forward_that_names_only_the_final_mailbox_keeps_it(app: App) -> None:
    member_id = add_member(app, A)
    raw = mailing(app)[A]
    deliver(app, _forwarded(raw, original=None), envelope_to=return_path(raw))
    [event] = events(app)
    assert (event.address, event.member_id, event.attributed_by) == (FORWARD, member_id, "verp")
