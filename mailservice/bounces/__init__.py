"""Bounce detection: is this message a delivery-failure report, which recipients failed, and why. Pure.

Interface used by the classifier (mailservice/classify): ``detect(msg) -> BounceReport | None``.
Layers, most exact first: our VERP tag (verp.py), RFC 3464 (rfc3464.py), the text formats (formats/).
"""

from mailservice.bounces.detect import detect
from mailservice.bounces.report import BounceRecipient, BounceReport
from mailservice.bounces.verp import verp_token

__all__ = ["BounceRecipient", "BounceReport", "detect", "verp_token"]
