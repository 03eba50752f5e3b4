"""One backoff for every retry: exponential, capped, with "equal jitter".

Half of each delay is fixed and half random, so the clients that one outage stopped (the IMAP reconnects, the
sender's deferred messages) do not all come back in the same second, and none retries at once
(https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/).
"""

from __future__ import annotations

import random


def delay(attempt: int, first: float, cap: float, rng: random.Random | None = None) -> float:
    """Seconds to wait before retry number ``attempt`` (0 for the first retry)."""
    ceiling = min(cap, first * 2 ** max(0, min(attempt, 30)))
    return (rng or _RNG).uniform(ceiling / 2, ceiling)


_RNG = random.Random()


class Backoff:
    """The delays of one connection that fails again and again, until ``reset`` after a success."""

    def __init__(self, first: float, cap: float) -> None:
        self.first, self.cap, self.attempt = first, cap, 0

    def next(self) -> float:
        seconds = delay(self.attempt, self.first, self.cap)
        self.attempt += 1
        return seconds

    def reset(self) -> None:
        self.attempt = 0
