"""The bounce log (issue 4): record each failed recipient as a BounceEvent now, decide later.

- ``record``: attribution of a detected bounce to our outgoing message and member (VERP first, then our
  X-Mailservice-Ref or Message-ID in the returned original, then the recipient's address) and the events.
- ``scoring``: the periodic job ``score_bounces`` that turns events into decisions with thresholds from
  ``settings.bounces`` (Mailman ``app/bounces.py``; listmonk ``BounceActions``).
- ``delivery``: a member's delivery state (enabled, disabled, removed) and re-enabling; who may receive a
  mailing is ``mailservice.members.deliverable_members``.

Unlike mailservice.bounces (pure detection), this package works on the database.
"""

from mailservice.bouncelog.delivery import (
    disable,
    enable,
    member_wrote_in,
)
from mailservice.bouncelog.scoring import ScoreResult, score_bounces

__all__ = ["ScoreResult", "disable", "enable", "member_wrote_in", "score_bounces"]
