"""Bounce detection: is this message a delivery-failure report, which recipients failed, and why. Pure.

Interface used by the classifier (mailservice/classify): ``detect(msg) -> BounceReport | None``.
"""

from mailservice.bounces.detect import BounceReport, detect

__all__ = ["BounceReport", "detect"]
