"""Seats and the waiting list: who gets a seat, who waits, who moves up when a seat comes free.

A seat per person: the member (or the substitute in their place) plus their guests. The waiting list is first
come, first served and strict: when the first in line does not fit (they bring guests), nobody behind them
jumps the queue; the secretariat can always add a chair by raising the capacity.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Waiting:
    key: int  # the RSVP's id
    seats: int
    position: int


def seats(guests: int | None) -> int:
    return 1 + max(0, guests or 0)


def fits(capacity: int | None, taken: int, needed: int) -> bool:
    return capacity is None or taken + needed <= capacity


def promotions(capacity: int | None, taken: int, waiting: Sequence[Waiting]) -> list[int]:
    """The keys that move from the waiting list to a seat, in order."""
    moved: list[int] = []
    for entry in sorted(waiting, key=lambda w: w.position):
        if not fits(capacity, taken, entry.seats):
            break
        taken += entry.seats
        moved.append(entry.key)
    return moved
