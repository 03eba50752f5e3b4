"""Bounce detection: is this message a delivery-failure report, which recipients failed, and why. Pure.

Interface used by the classifier (mailservice/classify): ``detect(msg) -> BounceReport | None``.
Layers, most exact first: our VERP tag (verp.py), RFC 3464 (rfc3464.py), the text formats (formats/).

Every recipient carries its evidence (issue 18): which format and which field or line named it, ranked
our tag (it names the message and member, read by mailservice.bouncelog), then the DSN's Final-Recipient with
Original-Recipient as its alias (the address we sent to wins when the bounced mail is ours), then a format's
own fields, then text heuristics (a labelled line, a phrase, the report's only address). The returned original
and the report's help text ("contact postmaster@...") are never read for candidates, with two exceptions for
reports that name nobody: the copy's single To (our own mail: one message per member), and the envelope
recipient in Exim's own Received header of the copy it refused by local_scan (formats/exim_localscan.py).
Measured by ``python -m tests.bounces.corpus -v`` (the shared corpus) and ``python -m tests.bounces.heldout -v``
(a held-out set written before the formats of issue 18 were added).
"""

from mailservice.bounces.detect import detect
from mailservice.bounces.report import BounceRecipient, BounceReport
from mailservice.bounces.verp import verp_token

__all__ = ["BounceRecipient", "BounceReport", "detect", "verp_token"]
