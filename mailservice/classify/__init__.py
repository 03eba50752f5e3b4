"""The classifier: raw bytes in, a :class:`Decision` with its reason out. Pure: no database, no network."""

from __future__ import annotations

from mailservice.classify.context import ThreadLookup
from mailservice.classify.decision import Decision, Kind
from mailservice.classify.rules import classify

__all__ = ["Decision", "Kind", "ThreadLookup", "classify"]
