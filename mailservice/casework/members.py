"""Edit a member's details and end a membership, by the secretariat (CLI or console).

An edit changes only what is given, and records each change as "old -> new"; nothing is mailed. Ending a
membership is the secretariat's unsubscribe: the member leaves, open confirmations lapse (a reference mailed
before can no longer bring them back), and the member gets the goodbye only when the secretariat asks for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailservice import audit
from mailservice.casework.record import CaseworkError, changed
from mailservice.env import ActEnv
from mailservice.members import find_member
from mailservice.organisations import registry
from mailservice.store.models import Confirmation, Member, MemberStatus, Organisation

ROLES = ("member", "adviesraad")
_ROLE_WORDS = {"member": "lid", "adviesraad": "Adviesraad"}


@dataclass(frozen=True)
class Edit:
    """What to change; None leaves a field as it is, "" empties it (name, organisation, function)."""

    name: str | None = None
    organisation: str | None = None
    function: str | None = None
    role: str | None = None
    linked: str | None = None  # the registered organisation, by name or short name ("" removes the link)


# (field of Edit and Member, the word in the history) in the order a person reads a member's card.
_FIELDS = (("name", "naam"), ("organisation", "organisatie"), ("function", "functie"), ("role", "rol"))


def _shown(field: str, value: str | None) -> str:
    if field == "role" and value:
        return _ROLE_WORDS.get(value, value)
    return f"'{value}'" if value else "(leeg)"


def edit(session: Session, env: ActEnv, actor: audit.Actor, member: Member, change: Edit) -> list[str]:
    """Apply ``change``; returns the changes as the history shows them (empty: nothing was different)."""
    if change.role is not None and change.role not in ROLES:
        raise CaseworkError(f"onbekende rol '{change.role}': kies lid of adviesraad")
    if change.name is not None and not change.name.strip() and member.status == MemberStatus.ACTIVE:
        raise CaseworkError("een lid heeft een naam: laat de naam staan of geef een nieuwe")
    now, done, fields = env.clock(), [], []
    for field, word in _FIELDS:
        value = getattr(change, field)
        if value is None:
            continue
        new = " ".join(value.split()) or None
        old = getattr(member, field)
        if new == old or (field == "role" and new is None):
            continue
        setattr(member, field, new)
        fields.append(field)
        done.append(f"{word}: {_shown(field, old)} -> {_shown(field, new)}")
    if change.linked is not None:
        link = _link(session, member, change.linked)
        if link is not None:
            fields.append("organisation_id")
            done.append(link)
    if done:
        member.updated_at = now
        event = "role_changed" if fields == ["role"] else "edited"
        changed(session, actor, member, event, "gegevens gewijzigd", at=now, detail="; ".join(done))
    return done


def _link(session: Session, member: Member, wanted: str) -> str | None:
    """Link ``member`` to the organisation named ``wanted`` ("": no organisation); the history's words, or None."""
    new: Organisation | None = None
    if wanted.strip():
        try:
            new = registry.get(session, wanted)
        except registry.OrganisationError as exc:
            raise CaseworkError(str(exc)) from None
    old = member.registered_organisation
    if (old.id if old else None) == (new.id if new else None):
        return None
    member.registered_organisation = new
    before, after = (_shown("linked", o.name if o else None) for o in (old, new))
    return f"gekoppelde organisatie: {before} -> {after}"


def end(
    session: Session,
    env: ActEnv,
    actor: audit.Actor,
    member: Member,
    *,
    reason: str | None = None,
    notify: bool = False,
) -> None:
    """End a membership (or withdraw a sign-up that waits for confirmation). With ``notify`` the member gets the
    goodbye, which can be undone by reply like every goodbye; without it nothing is mailed."""
    if member.status not in (MemberStatus.ACTIVE, MemberStatus.PENDING):
        raise CaseworkError(f"{member.email} is geen lid (meer)")
    now = env.clock()
    was_pending = member.status == MemberStatus.PENDING
    member.status, member.left_at, member.updated_at = MemberStatus.UNSUBSCRIBED, now, now
    for conf in session.scalars(
        select(Confirmation).where(Confirmation.member_id == member.id, Confirmation.used_at.is_(None))
    ):
        conf.used_at = now
    out = None
    if notify:
        out = env.outbox.add(
            session,
            "afmelding_bevestigd",
            to=member.email,
            context=env.outbox.common_context() | {"name": member.name, "was_pending": was_pending, "undo_url": None},
            member=member,
            auto_submitted="auto-generated",
        )
    detail = "; ".join(filter(None, [reason, "afmelding gemaild" if notify else "zonder e-mail"]))
    changed(
        session,
        actor,
        member,
        "removed",
        "aanmelding ingetrokken" if was_pending else "lidmaatschap beëindigd",
        at=now,
        detail=detail,
        outbound=out,
    )


def find(session: Session, address: str) -> Member:
    """The member with this address, or a CaseworkError that says there is none."""
    member = find_member(session, address)
    if member is None:
        raise CaseworkError(f"geen lid met e-mailadres {address}")
    return member
