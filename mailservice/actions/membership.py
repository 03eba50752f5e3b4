"""Membership by e-mail: sign-up with double opt-in, confirmation, welcome, unsubscribe.

Each step writes a MemberEvent: the proof of consent and of its withdrawal (who, when, which message),
as the AVG asks of a controller (art. 7(1): be able to demonstrate consent).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailservice import audit, tokens
from mailservice.actions.base import Outcome
from mailservice.actions.language import answer_language, written_in
from mailservice.casework import addresses, invitations, privacy
from mailservice.casework.record import CaseworkError
from mailservice.classify import Decision
from mailservice.env import ActEnv
from mailservice.members import find_member, issue_reference, reply_language
from mailservice.outbound.outbox import CONFIRMATION_REQUESTS
from mailservice.store.models import (
    Confirmation,
    ConfirmationPurpose,
    InboundMessage,
    InboundStatus,
    Member,
    MemberEvent,
    MemberStatus,
    OutboundMessage,
)


def record(
    session: Session,
    env: ActEnv,
    member: Member,
    event: str,
    inbound: InboundMessage | None,
    outbound: OutboundMessage | None = None,
    detail: str | None = None,
    actor: str = "email",
) -> None:
    session.add(
        MemberEvent(
            member=member, at=env.clock(), event=event, detail=detail, inbound=inbound, outbound=outbound, actor=actor
        )
    )


def _common(env: ActEnv, member_footer: bool = False) -> dict[str, Any]:
    return {
        "network_name": env.settings.service.network_name,
        "service_address": env.settings.service.address,
        "member_footer": member_footer,
    }


def _reply(
    session: Session,
    env: ActEnv,
    purpose: str,
    to: str,
    decision: Decision,
    inbound: InboundMessage,
    member: Member | None,
    **context: Any,
) -> OutboundMessage:
    """An answer to the inbound message, threaded under it, in the writer's language (where the purpose has it)."""
    return env.outbox.add(
        session,
        purpose,
        to=to,
        context=_common(env, member_footer=context.pop("member_footer", False)) | context,
        member=member,
        inbound=inbound,
        in_reply_to=decision.message_id,
        references=decision.references,
        language=answer_language(session, decision, member),
    )


def _name(decision: Decision | None, member: Member | None) -> str | None:
    if member is not None and member.name:
        return member.name
    return (decision.name or decision.sender_name) if decision is not None else None


def subscribe(session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision) -> Outcome:
    address = (decision.member_email or decision.sender or "").lower()
    if not address:
        return Outcome(InboundStatus.UNHANDLED, "aanmelding zonder bruikbaar e-mailadres")
    now = env.clock()
    member = find_member(session, address)
    on_behalf = decision.sender if decision.sender and decision.sender != address else None
    if member is not None and member.status == MemberStatus.ACTIVE:
        out = _reply(
            session,
            env,
            "al_aangemeld",
            address,
            decision,
            inbound,
            member,
            name=_name(decision, member),
            member_email=address,
            member_since=member.confirmed_at,
            member_footer=True,
        )
        record(session, env, member, "already_member", inbound, out)
        return Outcome(InboundStatus.HANDLED, f"al lid: {address}")
    if member is None:
        member = Member(email=address, status=MemberStatus.PENDING, created_at=now, updated_at=now, role="member")
        session.add(member)
    member.status = MemberStatus.PENDING
    member.updated_at = now
    if decision.language:
        # The language of this sign-up, for the welcome that follows its confirmation (issue 17).
        member.language = decision.language
    for field in ("name", "organisation"):
        value = getattr(decision, field) or (decision.sender_name if field == "name" and not on_behalf else None)
        if value and not getattr(member, field):
            setattr(member, field, value)
    if decision.role and not member.function:
        member.function = decision.role
    token, conf = issue_reference(
        session, member, now=now, ttl_days=env.settings.membership.token_ttl_days, inbound=inbound
    )
    expires = conf.expires_at
    if on_behalf:
        # The requester (a secretary for her director) hears that the director must confirm herself (issue 16);
        # first, so that the request to the director is the answer's last word in the thread.
        _reply(
            session,
            env,
            ACKNOWLEDGED_ON_BEHALF,
            on_behalf,
            decision,
            inbound,
            None,
            name=decision.sender_name,
            member_name=member.name,
            member_email=address,
            expires_at=expires,
        )
    out = _reply(
        session,
        env,
        "bevestiging_aanmelding",
        address,
        decision,
        inbound,
        member,
        name=member.name,
        token=token,
        confirm_url=env.outbox.confirm_url(token),
        expires_at=expires,
        requested_by=on_behalf,
        member_email=address,
        pending_signup_days=env.settings.privacy.pending_signup_days,
    )
    conf.language = out.language  # the confirmation page speaks the request's language (issue 17)
    record(
        session,
        env,
        member,
        "subscribe_requested",
        inbound,
        out,
        detail=f"aangevraagd door {on_behalf}" if on_behalf else None,
    )
    if on_behalf:
        return Outcome(
            InboundStatus.HANDLED,
            f"aanmelding {address} door {on_behalf}: bevestigingsverzoek verstuurd, "
            "ontvangst bevestigd aan de aanvrager",
        )
    return Outcome(InboundStatus.HANDLED, f"aanmelding {address}: bevestigingsverzoek verstuurd")


ACKNOWLEDGED_ON_BEHALF = "aanmelding_namens_ontvangen"


def _requested_in_thread(session: Session, decision: Decision) -> tuple[Confirmation | None, Member | None]:
    """For a reply without reference: the nearest of our confirmation requests in its thread, the member it was
    sent to and the confirmation issued with it (that member's latest, not after the mail was written)."""
    if not decision.thread:
        return None, None
    rows = session.execute(
        select(OutboundMessage.id, OutboundMessage.member_id, OutboundMessage.created_at).where(
            OutboundMessage.id.in_(decision.thread),
            OutboundMessage.purpose.in_(CONFIRMATION_REQUESTS),  # a reply to one may confirm
            OutboundMessage.member_id.is_not(None),
        )
    ).all()
    by_id = {row.id: row for row in rows}
    request = next((by_id[i] for i in decision.thread if i in by_id), None)
    if request is None:
        return None, None
    conf = session.scalars(
        select(Confirmation)
        .where(Confirmation.member_id == request.member_id, Confirmation.created_at <= request.created_at)
        .order_by(Confirmation.created_at.desc(), Confirmation.id.desc())
        .limit(1)
    ).first()
    return conf, session.get(Member, request.member_id)


def confirmation_problem(conf: Confirmation | None, member: Member | None, now: datetime) -> str | None:
    """Why this confirmation cannot confirm, or None when it can."""
    if conf is None or member is None:
        return "unknown"
    if member.left_at is not None and conf.created_at < member.left_at:
        # Issued before the member left or was removed: ``members remove`` voids no confirmation, so the
        # check is here, for every way of leaving (issue 12, item 9).
        return "withdrawn"
    if conf.used_at is not None:
        return "used"
    if conf.expires_at < now:
        return "expired"
    return None


def confirm(session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision) -> Outcome:
    token = decision.token or ""
    sender = (decision.sender or "").lower()
    now = env.clock()
    if token:
        conf = session.scalars(select(Confirmation).where(Confirmation.token_hash == tokens.digest(token))).first()
        member = conf.member if conf is not None else find_member(session, sender)
        ref = f"referentie {token}"
    else:
        # "Ja" in reply to our request, the reference not quoted: the thread names the request.
        conf, member = _requested_in_thread(session, decision)
        ref = "antwoord zonder referentie"
        if member is None:
            member = find_member(session, sender)
        elif not sender:
            return Outcome(InboundStatus.UNHANDLED, f"{ref} zonder afzender")
        elif find_member(session, sender) is not member and not (conf is not None and conf.new_email == sender):
            # Only the address the request went to can confirm it; the request's member is not named to another.
            out = _reply(
                session,
                env,
                "referentie_ongeldig",
                sender,
                decision,
                inbound,
                None,
                name=_name(decision, None),
                token="",
                problem="other_sender",
                expires_at=now,
            )
            record(session, env, member, "confirm_rejected", inbound, out, detail=f"{ref} vanaf {sender}")
            return Outcome(
                InboundStatus.HANDLED,
                f"{ref} vanaf {sender}, maar het bevestigingsverzoek ging naar {member.email}: uitleg verstuurd",
            )
    problem = confirmation_problem(conf, member, now)
    if problem is not None:
        if problem == "used" and member is not None and member.status == MemberStatus.ACTIVE:
            # A second reply to the same request: nothing is wrong, the person is a member.
            out = _reply(
                session,
                env,
                "al_aangemeld",
                sender or member.email,
                decision,
                inbound,
                member,
                name=_name(decision, member),
                member_email=member.email,
                member_since=member.confirmed_at,
                member_footer=True,
            )
            record(session, env, member, "already_member", inbound, out, detail=f"{ref} opnieuw")
            return Outcome(InboundStatus.HANDLED, f"{ref} al gebruikt; {member.email} is lid")
        to = sender or (member.email if member else "")
        if not to:
            return Outcome(InboundStatus.UNHANDLED, f"{ref} ({problem}) zonder afzender")
        out = _reply(
            session,
            env,
            "referentie_ongeldig",
            to,
            decision,
            inbound,
            member,
            name=_name(decision, member),
            token=token,
            problem=problem,
            expires_at=conf.expires_at if conf is not None else now,
        )
        if member is not None:
            record(session, env, member, "confirm_rejected", inbound, out, detail=f"{ref}: {problem}")
        if problem == "withdrawn":
            assert member is not None and member.left_at is not None
            why = f"ongeldig: uitgegeven vóór de afmelding van {member.email} op {member.left_at:%Y-%m-%d %H:%M} UTC"
        elif problem == "unknown" and not token:
            why = "en geen bevestigingsverzoek in de thread gevonden"
        else:
            why = {"unknown": "onbekend", "used": "al gebruikt", "expired": "verlopen"}[problem]
        return Outcome(InboundStatus.HANDLED, f"{ref} {why}: uitleg verstuurd")
    assert conf is not None and member is not None
    if conf.purpose != ConfirmationPurpose.SIGNUP:
        return _confirm_casework(session, env, inbound, decision, conf, ref)
    asked_by = _asked_by(session, member)
    if asked_by is not None and asked_by != member.email and not decision.affirmed:
        # Someone else signed this address up, and the answer holds no yes of its own (an echo, a bare quote of
        # our request, a helpdesk that keeps the subject): no proof of consent (AVG art. 7). Not answered, since
        # an answer would feed a responder; the secretariat sees it (issue 12).
        return Outcome(
            InboundStatus.UNHANDLED,
            f"{ref}: aanmelding door {asked_by}, maar het antwoord bevat geen eigen 'ja': geen bewijs van "
            "toestemming; een mens kijkt",
        )
    detail = f"bevestigd vanaf {sender}" if sender and sender != member.email else None
    if not token:
        detail = "bevestigd met een antwoord zonder referentie op het bevestigingsverzoek"
    activate(session, env, conf, member, inbound=inbound, decision=decision, detail=detail)
    return Outcome(InboundStatus.HANDLED, f"{member.email} bevestigd ({ref}): welkom verstuurd")


def _confirm_casework(
    session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision, conf: Confirmation, ref: str
) -> Outcome:
    """A reply that confirms a new address or an erasure (issue 16, ``mailservice.casework``)."""
    member = conf.member
    actor = audit.SERVICE
    try:
        if conf.purpose == ConfirmationPurpose.ADDRESS:
            old = member.email
            addresses.apply(
                session, env, actor, conf, how=f"per e-mail ({ref})", inbound=inbound,
                in_reply_to=decision.message_id, references=decision.references,
                written_in=written_in(session, decision),
            )  # fmt: skip
            return Outcome(InboundStatus.HANDLED, f"nieuw adres bevestigd ({ref}): {old} -> {member.email}")
        # An erasure cannot be undone: only a yes in the member's own words confirms it, never an echo.
        if not decision.affirmed:
            return Outcome(
                InboundStatus.UNHANDLED,
                f"{ref}: antwoord op ons verzoek om de verwijdering te bevestigen, zonder eigen 'ja': een mens kijkt",
            )
        member_id = member.id
        privacy.erase(session, env, actor, member, how=f"bevestigd per e-mail ({ref})", inbound=inbound)
        return Outcome(InboundStatus.HANDLED, f"lid #{member_id}: gegevens verwijderd op eigen verzoek (AVG art. 17)")
    except CaseworkError as exc:
        return Outcome(InboundStatus.UNHANDLED, f"{ref}: {exc}")


def activate(
    session: Session,
    env: ActEnv,
    conf: Confirmation,
    member: Member,
    *,
    inbound: InboundMessage | None = None,
    decision: Decision | None = None,
    detail: str | None = None,
    actor: str = "email",
) -> OutboundMessage:
    """The confirmation itself, by reply or by the link (issue 13): the member is active and welcomed; or, where the
    secretariat approves sign-ups (``membership.approval``), confirmed and told that it waits for that."""
    now = env.clock()
    conf.used_at = now
    member.confirmed_at = now  # the person's consent, whatever the secretariat decides
    member.left_at = None
    member.updated_at = now
    if env.settings.membership.approval and _asked_by(session, member) != "uitnodiging":
        member.status = MemberStatus.APPROVAL
        out = env.outbox.add(
            session,
            "aanmelding_in_behandeling",
            to=member.email,
            context=_common(env) | {"name": _name(decision, member)},
            member=member,
            inbound=inbound,
            in_reply_to=decision.message_id if decision else None,
            references=decision.references if decision else (),
            language=answer_language(session, None, member),  # the sign-up's, as for the welcome
        )
        record(session, env, member, "awaiting_approval", inbound, out, detail=detail, actor=actor)
        return out
    member.status = MemberStatus.ACTIVE
    out = env.outbox.add(
        session,
        "welkom",
        to=member.email,
        context=_common(env, member_footer=True) | {"name": _name(decision, member)},
        member=member,
        inbound=inbound,
        in_reply_to=decision.message_id if decision else None,
        references=decision.references if decision else (),
        language=answer_language(session, None, member),  # the sign-up's: a "Yes" or a click says nothing of it
    )
    record(session, env, member, "confirmed", inbound, out, detail=detail, actor=actor)
    return out


def _asked_by(session: Session, member: Member) -> str | None:
    """Who sent the latest sign-up for this member (a secretary for a director, or the member), if known."""
    event = session.scalars(
        select(MemberEvent)
        .where(MemberEvent.member_id == member.id, MemberEvent.event.in_(("subscribe_requested", invitations.EVENT)))
        .order_by(MemberEvent.id.desc())
        .limit(1)
    ).first()
    if event is not None and event.event == invitations.EVENT:
        return "uitnodiging"  # an invitation: made by the secretariat, a predecessor or a requester, never the invitee
    if event is None or event.inbound is None:
        return None
    return (event.inbound.sender or "").lower() or None


def unsubscribe(session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision) -> Outcome:
    sender = (decision.sender or "").lower()
    if decision.erase or decision.successor:
        # Irreversible (erasure) or involving a third person (successor): the secretariat decides.
        what = "AVG-verwijderverzoek" if decision.erase else f"opvolger genoemd ({decision.successor})"
        return Outcome(InboundStatus.UNHANDLED, f"afmelding met {what}: voor het secretariaat")
    if not sender:
        return Outcome(InboundStatus.UNHANDLED, "afmelding zonder afzender")
    # The member the request concerns: the sender, or whose forwarded request an assistant passed on.
    address = (decision.member_email or sender).lower()
    member = find_member(session, address)
    if decision.extra.get("denied") and member is not None and member.status == MemberStatus.ACTIVE:
        # "Ik heb mij niet aangemeld" withdraws a sign-up not yet confirmed (below, at once: issue 19, item 3); from
        # a confirmed member it is no request to leave but a question of how they came to be one.
        return Outcome(
            InboundStatus.UNHANDLED,
            f"{address} zegt zich niet te hebben aangemeld, maar is bevestigd lid: voor het secretariaat",
        )
    if member is None or member.status == MemberStatus.UNSUBSCRIBED:
        out = _reply(
            session,
            env,
            "niet_aangemeld",
            sender,
            decision,
            inbound,
            member,
            name=_name(decision, member),
            address=address,
            already_left=member is not None,
        )
        if member is not None:
            record(session, env, member, "unsubscribe_repeated", inbound, out)
        return Outcome(InboundStatus.HANDLED, f"afmelding {address}: geen lid, uitleg verstuurd")
    # Read by the model alone, or passed on by someone else: only the member's own reply to our question counts.
    shown = None if decision.ask_member else evidence(session, env, member, decision)
    if shown is None and member.status == MemberStatus.ACTIVE:
        # Anyone can put a member's address in From (issue 12): without proof, ask the member at that address.
        # Their reply keeps our reference in the subject, which is the proof; nothing changes until then.
        out = _reply(
            session,
            env,
            "afmelding_vraag",
            member.email,
            decision,
            inbound,
            member,
            name=_name(decision, member),
            token=env.outbox.unsubscribe_token(member.id),
            via=sender if sender != member.email else None,  # an assistant passed the request on
            unsure=decision.ask_member,  # the model read it, not the rules: "Uit uw bericht maakten wij op ..."
        )
        why = "niet in eigen woorden van het lid" if decision.ask_member else "niet aantoonbaar van het lid"
        record(session, env, member, "unsubscribe_asked", inbound, out, detail=f"verzoek {why}")
        return Outcome(InboundStatus.HANDLED, f"afmelding {address} {why}: per e-mail gevraagd of het klopt")
    detail = leave(session, env, member, shown or "", inbound=inbound, decision=decision, to=sender)
    return Outcome(InboundStatus.HANDLED, f"{sender} afgemeld ({detail}): bevestiging verstuurd")


def leave(
    session: Session,
    env: ActEnv,
    member: Member,
    evidence: str,
    *,
    inbound: InboundMessage | None = None,
    decision: Decision | None = None,
    to: str | None = None,
    actor: str = "email",
    undo_url: str | None = None,
    page_language: str | None = None,
) -> str:
    """The unsubscribe itself, by mail or by link (issue 13), with the evidence that the member asked; a pending
    sign-up is withdrawn. The goodbye offers to undo it (by reply, and on the page of ``undo_url``), in the
    language of the mail, or of the page (``page_language``) the member left by. Returns the detail recorded."""
    now = env.clock()
    was_pending = member.status == MemberStatus.PENDING
    member.status = MemberStatus.UNSUBSCRIBED
    member.left_at = now
    member.updated_at = now
    for conf in session.scalars(
        select(Confirmation).where(Confirmation.member_id == member.id, Confirmation.used_at.is_(None))
    ):
        conf.used_at = now  # a withdrawn sign-up can no longer be confirmed
    out = env.outbox.add(
        session,
        "afmelding_bevestigd",
        to=to or member.email,
        context=_common(env)
        | {"name": _name(decision, member), "was_pending": was_pending, "undo_url": None if was_pending else undo_url},
        member=member,
        inbound=inbound,
        in_reply_to=decision.message_id if decision else None,
        references=decision.references if decision else (),
        language=reply_language(page_language or written_in(session, decision), member),
    )
    detail = "aanmelding ingetrokken" if was_pending else f"bewijs: {evidence}"
    record(session, env, member, "unsubscribed", inbound, out, detail=detail, actor=actor)
    return detail


def evidence(session: Session, env: ActEnv, member: Member, decision: Decision) -> str | None:
    """What shows that this member asked (the trust table in the README), or None.

    Our signed reference (the List-Unsubscribe mailto, or our question); a reply to a mail we sent this member
    (its Message-ID is known only to that mailbox); DMARC or DKIM pass for the sender's domain, recorded by a
    server the settings trust."""
    if decision.unsubscribe_token and env.outbox.unsubscribe_member(decision.unsubscribe_token) == member.id:
        return "onze afmeldreferentie"
    for row_id in decision.thread:
        row = session.get(OutboundMessage, row_id)
        if row is not None and row.member_id == member.id and row.to_addr.lower() == member.email:
            return "antwoord op onze e-mail aan dit lid"
    trusted = {server.lower() for server in env.settings.trust.authserv_ids}
    for server, method in decision.authenticated:
        if server in trusted:
            return f"{method}=pass volgens {server}"
    return None
