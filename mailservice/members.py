"""The member register, as every stage reads it: one lookup of a member by address.

Addresses are stored lower-case; the lookup folds the address it is given the same way, so an action, the
bounce log and the CLI never disagree about who a member is.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailservice.store.models import Member


def find_member(session: Session, address: str | None) -> Member | None:
    key = (address or "").strip().lower()
    if not key:
        return None
    return session.scalars(select(Member).where(Member.email == key)).first()
