"""Invitations with double opt-in (issue 16): a sign-up made for someone, which only their own yes confirms.

Three ways in: the secretariat invites someone (``mailservice members invite``, the console); a member hands over
to a successor ("Mijn opvolger is ..."): the successor is invited, naming the predecessor, and the predecessor is
told; someone asks on another's behalf (``requested_by``). The invitee is a member only after confirming with
their own words or the button on the confirmation page (``actions.membership.confirm`` asks a yes of its own when
someone else made the sign-up: the "invited" event names who did). Until then they get nothing else, and an
invitation nobody confirms lapses like any sign-up (``jobs.reminders``) and is purged after
``privacy.pending_signup_days``.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from mailservice import audit
from mailservice.addresses import normalise, why_invalid
from mailservice.casework.record import CaseworkError, changed
from mailservice.env import ActEnv
from mailservice.members import find_member, issue_reference, reply_language
from mailservice.store.models import (
    InboundMessage,
    Member,
    MemberStatus,
    OutboundMessage,
)

INVITATION = "uitnodiging_lidmaatschap"  # to the invitee, with the reference
SUCCESSOR_INVITED = "opvolger_uitgenodigd"  # to the predecessor of a hand-over
EVENT = "invited"  # the history's code; actions.membership reads it as "someone else made this sign-up"


def invite(
    session: Session,
    env: ActEnv,
    actor: audit.Actor,
    address: str,
    *,
    name: str | None,
    organisation: str | None = None,
    function: str | None = None,
    requested_by: str | None = None,
    predecessor: Member | None = None,
    inbound: InboundMessage | None = None,
) -> Member:
    """Invite ``address``; returns the member row, pending until the invitee confirms. The invitation is a new
    mail to the invitee (never a reply: ``inbound`` is the message that asked for it, a hand-over)."""
    email = normalise(address)
    if email is None:
        raise CaseworkError(f"'{address}' is geen geldig e-mailadres: {why_invalid(address) or 'het is leeg'}")
    member = find_member(session, email)
    if member is not None and member.status == MemberStatus.ACTIVE:
        raise CaseworkError(f"{email} is al lid")
    now = env.clock()
    if member is None:
        member = Member(email=email, status=MemberStatus.PENDING, created_at=now, updated_at=now, role="member")
        session.add(member)
    member.status, member.updated_at = MemberStatus.PENDING, now
    # Named by whoever invites: the invitee's own name, never the inviter's (issue 16).
    for field, value in (("name", name), ("organisation", organisation), ("function", function)):
        if value and value.strip():
            setattr(member, field, " ".join(value.split()))
    token, conf = issue_reference(
        session, member, now=now, ttl_days=env.settings.membership.token_ttl_days, inbound=inbound
    )
    expires = conf.expires_at
    out = env.outbox.add(
        session,
        INVITATION,
        to=email,
        context=env.outbox.common_context()
        | {
            "name": member.name,
            "token": token,
            "confirm_url": env.outbox.confirm_url(token),
            "expires_at": expires,
            "member_email": email,
            "requested_by": requested_by,
            "predecessor": _person(predecessor) if predecessor is not None else None,
            "pending_signup_days": _days(env),
        },
        member=member,
        # Asked for by a mail (a hand-over): capped per address like a sign-up's request, since anyone can write a
        # member's address in From; the secretariat's own invitations are not capped.
        inbound=inbound,
        auto_submitted="auto-generated",
    )
    if predecessor is not None:
        detail = f"als opvolger van {_person(predecessor)}"
    elif requested_by:
        detail = f"op verzoek van {requested_by}"
    else:
        detail = "door het secretariaat"
    changed(
        session,
        actor,
        member,
        EVENT,
        f"uitgenodigd (wacht op eigen bevestiging): {email}",
        at=now,
        detail=detail,
        inbound=inbound,
        outbound=out,
    )
    return member


def hand_over(
    session: Session,
    env: ActEnv,
    actor: audit.Actor,
    predecessor: Member,
    successor: str,
    *,
    successor_name: str | None,
    organisation: str | None = None,
    function: str | None = None,
    inbound: InboundMessage | None = None,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
    written_in: str | None = None,
) -> tuple[Member, OutboundMessage]:
    """Invite the successor, naming the predecessor, and tell the predecessor; the predecessor's own membership
    is not touched here (leaving is the predecessor's own request, weighed like any other). The predecessor hears
    it in the language of their request (``written_in``), else their own; the invitation is Dutch, as the
    network is."""
    member = invite(
        session, env, actor, successor, name=successor_name, predecessor=predecessor, inbound=inbound,
        organisation=organisation or predecessor.organisation, function=function,
    )  # fmt: skip
    now = env.clock()
    told = env.outbox.add(
        session,
        SUCCESSOR_INVITED,
        to=predecessor.email,
        context=env.outbox.common_context()
        | {"name": predecessor.name, "successor": _person(member), "pending_signup_days": _days(env)},
        member=predecessor,
        inbound=inbound,
        in_reply_to=in_reply_to,
        references=references,
        auto_submitted="auto-replied" if inbound is not None else "auto-generated",
        language=reply_language(written_in, predecessor),
    )
    changed(
        session,
        actor,
        predecessor,
        "successor_invited",
        f"opvolger uitgenodigd: {member.email}",
        at=now,
        detail=f"opvolger {_person(member)} uitgenodigd; wacht op diens eigen bevestiging",
        inbound=inbound,
        outbound=told,
    )
    return member, told


def _person(member: Member) -> str:
    return f"{member.name} ({member.email})" if member.name else member.email


def _days(env: ActEnv) -> int:
    return env.settings.privacy.pending_signup_days
