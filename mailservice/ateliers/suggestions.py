"""The theme suggestions in the database and their tally, as the tally mail shows it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailservice.ateliers import (
    THEMES,
)
from mailservice.ateliers.facts import THEME_NAMES
from mailservice.ateliers.tally import Entry, Tally, tally
from mailservice.store.models import (
    Atelier,
    Suggestion,
)


def suggestions_for(session: Session, atelier: Atelier | None) -> list[Suggestion]:
    """The suggestions for this atelier, plus those for "the next one" made before it (atelier unknown)."""
    query = select(Suggestion).order_by(Suggestion.id)
    if atelier is not None:
        query = query.where(
            (Suggestion.atelier_id == atelier.id)
            | (Suggestion.atelier_id.is_(None) & (Suggestion.created_at < atelier.starts_at))
        )
    return list(session.scalars(query))


def tally_of(suggestions: Sequence[Suggestion]) -> Tally:
    return tally(Entry(s.member_id, tuple(s.themes or ()), tuple(s.topics or ())) for s in suggestions)


def tally_context(result: Tally) -> dict[str, Any]:
    rows = [
        {
            "theme": THEME_NAMES[c.theme],
            "members": c.member_count,
            "suggestions": c.suggestions,
            "topics": [{"topic": t, "count": n} for t, n in c.named()],
        }
        for c in result.ranked()
        if c.suggestions or c.theme in THEMES
    ]
    return {"tally": rows, "total_suggestions": result.suggestions, "total_members": result.members}
