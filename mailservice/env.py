"""What the actions and the jobs work with: the settings, the outbox and the clock.

Its own module, below actions/, ateliers/ and jobs/, so that each of them can take it without importing the
others (no import hidden behind TYPE_CHECKING to dodge a cycle). Built once, in mailservice.app.
"""

from __future__ import annotations

from dataclasses import dataclass

from mailservice.clock import Clock
from mailservice.outbound.outbox import Outbox
from mailservice.settings import Settings


@dataclass(frozen=True, slots=True)
class ActEnv:
    settings: Settings
    outbox: Outbox
    clock: Clock
