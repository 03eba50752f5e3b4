"""Issue 18: report layouts other MTAs and gateways use, one message each in layouts/ (written from the public
descriptions of those layouts: Mailman's and flufl.bounce's list of recognised formats, sendmail, Exchange,
InterScan, IMail, LSMTP, EYOU, Netscape Messaging Server; and precision probes: a list's address in the same
sentence, the sender in a transcript, quoted To/Cc lines, help text in HTML). Every recipient exact, through
the classifier as ``mailservice classify --json`` reports it."""

from __future__ import annotations

from pathlib import Path

from tests.bounces.heldout import measure


def test_every_layout_gives_exactly_its_failed_recipients() -> None:
    figures, misses = measure(Path(__file__).parent / "layouts")
    assert not misses
    assert figures["recipient_precision"] == 1.0 and figures["recipient_recall"] == 1.0
