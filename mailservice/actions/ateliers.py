"""Acting on replies about ateliers (issue 7): RSVPs with a waiting list, and theme suggestions.

An RSVP is matched to the member (the sender, else the member our mail in the thread went to: a secretary who
answers for a director) and to the atelier (the .ics UID of an Outlook answer, the [atelier:YYYY-N] tag in the
subject, our mail in the thread, else the only atelier with an open invitation). What cannot be matched, or asks
for more than a rule can grant (a late sign-up, more guests than seats), goes to the secretariat with its reason.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailservice.actions.base import Outcome
from mailservice.actions.language import answer_language
from mailservice.ateliers import TALLY, TEMPLATES, THEMES, ics
from mailservice.ateliers.facts import THEME_NAMES, atelier_context
from mailservice.ateliers.seats import (
    OPEN_STATES,
    anyone_waiting,
    next_open_atelier,
    next_position,
    promote,
    record_change,
    seats_taken,
    waiting_rank,
)
from mailservice.ateliers.substitutes import display, invite_substitute, reachable, release_substitute
from mailservice.ateliers.waitlist import fits, seats
from mailservice.classify import Decision
from mailservice.classify.context import ATELIER_REF
from mailservice.env import ActEnv
from mailservice.members import find_member
from mailservice.store.models import (
    Atelier,
    AtelierState,
    InboundMessage,
    InboundStatus,
    Member,
    MemberStatus,
    OutboundMessage,
    Rsvp,
    RsvpStatus,
    ScheduledMailing,
    StepState,
    Suggestion,
)

# -- who and which atelier ------------------------------------------------------------------------------------


def _thread_rows(session: Session, decision: Decision) -> list[OutboundMessage]:
    """Our mails this message answers, nearest parent first (ingest looked the thread up; the Decision carries it)."""
    return [row for i in decision.thread if (row := session.get(OutboundMessage, i)) is not None]


def find_member_for(session: Session, decision: Decision) -> tuple[Member | None, str]:
    sender = (decision.sender or "").lower()
    member = find_member(session, sender) if sender else None
    if member is not None and member.status == MemberStatus.ACTIVE:
        return member, sender
    named = (decision.member_email or "").lower()
    if named and (member := find_member(session, named)) is not None and member.status == MemberStatus.ACTIVE:
        # The director's answer, forwarded by an assistant ("Hieronder het antwoord van ...", rules._passed_on).
        return member, f"{member.email} (doorgestuurd, via {sender or 'onbekende afzender'})"
    for row in _thread_rows(session, decision):
        if row.member is not None and row.member.status == MemberStatus.ACTIVE:
            return row.member, f"{row.member.email} (namens, via {sender or 'onbekende afzender'})"
    return None, sender


def _by_reference(session: Session, reference: str | None) -> Atelier | None:
    if not reference:
        return None
    return session.scalars(select(Atelier).where(Atelier.reference == reference)).first()


def find_atelier(
    session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision
) -> tuple[Atelier | None, str]:
    if (chosen := decision.extra.get("atelier")) and (atelier := _by_reference(session, str(chosen))):
        return atelier, "gekozen door het secretariaat"  # "behandel als" in the console (issue 14)
    if (uid := decision.calendar_uid) and (
        atelier := _by_reference(session, ics.reference_from_uid(uid, env.settings.service.domain))
    ):
        return atelier, f"UID {uid}"
    if (m := ATELIER_REF.search(decision.subject or "")) and (
        atelier := _by_reference(session, f"{m.group(1)}-{int(m.group(2))}")
    ):
        return atelier, f"onderwerp [atelier:{atelier.reference}]"
    for row in _thread_rows(session, decision):
        if row.mailing_id is not None:
            step = session.scalars(
                select(ScheduledMailing).where(ScheduledMailing.mailing_id == row.mailing_id)
            ).first()
            if step is not None and step.atelier is not None:
                return step.atelier, f"thread ({row.purpose})"
        if (m := ATELIER_REF.search(row.subject or "")) and (
            atelier := _by_reference(session, f"{m.group(1)}-{int(m.group(2))}")
        ):
            return atelier, f"thread ({row.purpose})"
    now = env.clock()
    invited = list(
        session.scalars(select(Atelier).where(Atelier.state == AtelierState.INVITED, Atelier.starts_at > now).limit(2))
    )
    if len(invited) == 1:
        return invited[0], "het enige atelier met een open uitnodiging"
    return None, ""


# -- seats -------------------------------------------------------------------------------------------------------


# -- RSVP ------------------------------------------------------------------------------------------------------


def rsvp(session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision) -> Outcome:
    member, who = find_member_for(session, decision)
    if member is None:
        if (outcome := _from_substitute(session, env, inbound, decision)) is not None:
            return outcome
        return Outcome(
            InboundStatus.UNHANDLED,
            f"reactie op uitnodiging van {who or 'onbekende afzender'}, geen (actief) lid: voor het secretariaat",
        )
    atelier, how = find_atelier(session, env, inbound, decision)
    if atelier is None:
        return Outcome(InboundStatus.UNHANDLED, "reactie op uitnodiging, maar niet duidelijk voor welk atelier")
    now = env.clock()
    if atelier.state not in OPEN_STATES or now >= atelier.starts_at:
        return Outcome(
            InboundStatus.UNHANDLED,
            f"reactie voor atelier {atelier.reference} dat "
            f"{'geannuleerd' if atelier.state == AtelierState.CANCELLED else 'al geweest'} is",
        )
    if decision.attending is None and not decision.substitute:
        return Outcome(InboundStatus.UNHANDLED, "reactie op uitnodiging zonder duidelijk ja of nee")
    wants_seat = bool(decision.attending) or bool(decision.substitute)  # a substitute takes the member's seat
    existing = session.scalars(select(Rsvp).where(Rsvp.atelier_id == atelier.id, Rsvp.member_id == member.id)).first()
    guests = (
        decision.guests
        if decision.guests is not None
        else (existing.guests if existing is not None and wants_seat else 0)
    )
    closed = atelier.registration_deadline is not None and now > atelier.registration_deadline
    if wants_seat and closed and (existing is None or existing.status != RsvpStatus.ATTENDING):
        return Outcome(
            InboundStatus.UNHANDLED,
            f"aanmelding voor atelier {atelier.reference} na de sluitingsdatum: voor het secretariaat",
        )
    if existing is None:
        existing = Rsvp(
            atelier=atelier, member=member, status=RsvpStatus.DECLINED, guests=0, created_at=now, updated_at=now
        )
        session.add(existing)
        changed = False
    else:
        changed = True
    before, substitute_before = existing.status, existing.substitute
    prefix = f"{decision.reason} [{how}; {who}]"
    if not wants_seat:
        existing.status, existing.guests, existing.substitute, existing.waitlist_position = (
            RsvpStatus.DECLINED,
            0,
            None,
            None,
        )
        record_change(session, env, existing, f"{prefix} -> afgemeld", inbound)
    elif before == RsvpStatus.ATTENDING:
        if not fits(atelier.capacity, seats_taken(session, atelier, besides=existing), seats(guests)):
            return Outcome(
                InboundStatus.UNHANDLED,
                f"{member.email} wil met {guests} gast(en) komen voor {atelier.reference}, maar daarvoor is "
                "geen plaats: voor het secretariaat",
            )
        existing.guests, existing.substitute = (
            guests,
            decision.substitute or (existing.substitute if not decision.attending else None),
        )
        record_change(session, env, existing, f"{prefix} -> aanwezig (gewijzigd)", inbound)
    elif before == RsvpStatus.WAITING:
        existing.guests, existing.substitute = guests, decision.substitute
        record_change(session, env, existing, f"{prefix} -> blijft op de wachtlijst", inbound)
    elif not anyone_waiting(session, atelier) and fits(
        atelier.capacity, seats_taken(session, atelier, besides=existing), seats(guests)
    ):  # with people waiting, a newcomer joins the end of the line rather than jump it
        existing.status, existing.guests, existing.substitute = RsvpStatus.ATTENDING, guests, decision.substitute
        existing.waitlist_position = None
        record_change(session, env, existing, f"{prefix} -> aanwezig", inbound)
    else:
        existing.status, existing.guests, existing.substitute = RsvpStatus.WAITING, guests, decision.substitute
        existing.waitlist_position = next_position(session, atelier)
        record_change(session, env, existing, f"{prefix} -> wachtlijst (vol)", inbound)
    # The substitute's name goes with their address (issue 19, item 4): a new substitute brings their own name or
    # none, the same one keeps theirs unless the member now gives it.
    if existing.substitute != substitute_before or decision.substitute_name:
        named = existing.substitute is not None and existing.substitute == decision.substitute
        existing.substitute_name = decision.substitute_name if named else None
    promoted = promote(session, env, atelier) if before in (RsvpStatus.ATTENDING,) else []
    # A substitute newly holding the seat gets the invitation of their own (one on the waiting list: once moved up).
    if (
        existing.status == RsvpStatus.ATTENDING
        and existing.substitute
        and (before != RsvpStatus.ATTENDING or existing.substitute != substitute_before)
    ):
        invite_substitute(session, env, existing)
    # A substitute who held the seat (and so had an invitation of their own) and is no longer the one coming.
    if (
        before == RsvpStatus.ATTENDING
        and substitute_before
        and (existing.status != RsvpStatus.ATTENDING or existing.substitute != substitute_before)
    ):
        release_substitute(session, env, existing, substitute_before)
    if decision.no_reply:
        answered = "geen bevestiging: automatisch bericht (RFC 3834)"
    else:
        session.flush()
        env.outbox.add(
            session,
            "bevestiging_rsvp",
            to=decision.sender or member.email,
            member=member,
            inbound=inbound,
            in_reply_to=decision.message_id,
            references=decision.references,
            language=answer_language(session, decision, member),  # the atelier itself stays Dutch (issue 17)
            context=env.outbox.common_context(member_footer=True)
            | {
                "name": member.name,
                "atelier": atelier_context(atelier),
                "status": str(existing.status),
                "guests": existing.guests,
                "substitute": display(existing),
                "substitute_invited": reachable(existing),
                "changed": changed,
                "position": waiting_rank(session, existing) if existing.status == RsvpStatus.WAITING else None,
            },
        )
        answered = "bevestiging verstuurd"
    labels = {RsvpStatus.ATTENDING: "aanwezig", RsvpStatus.WAITING: "wachtlijst", RsvpStatus.DECLINED: "afgemeld"}
    extra = f"; {len(promoted)} van de wachtlijst geplaatst" if promoted else ""
    return Outcome(
        InboundStatus.HANDLED,
        f"atelier {atelier.reference} ({how}): {member.email} {labels[RsvpStatus(existing.status)]}"
        f"{f' (+{existing.guests})' if existing.guests else ''}"
        f"{f', vervanger {existing.substitute}' if existing.substitute else ''}; {answered}{extra}",
    )


def _from_substitute(session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision) -> Outcome | None:
    """An answer from a substitute we invited (Outlook's Accept on their own .ics): not a member, but known.

    A yes confirms what the member arranged; anything else goes to the secretariat, who settles it with the member.
    """
    sender = (decision.sender or "").lower()
    atelier, how = find_atelier(session, env, inbound, decision)
    if not sender or atelier is None:
        return None
    rsvp = session.scalars(
        select(Rsvp).where(
            Rsvp.atelier_id == atelier.id, Rsvp.status == RsvpStatus.ATTENDING, Rsvp.substitute == sender
        )
    ).first()
    if rsvp is None:
        return None
    if decision.attending:
        return Outcome(
            InboundStatus.HANDLED,
            f"atelier {atelier.reference} ({how}): vervanger {sender} van "
            f"{rsvp.member.email} bevestigt; geen wijziging",
        )
    return Outcome(
        InboundStatus.UNHANDLED,
        f"atelier {atelier.reference}: vervanger {sender} van {rsvp.member.email} "
        "kan niet of is onduidelijk: voor het secretariaat",
    )


# -- suggestions ----------------------------------------------------------------------------------------------


def _answers_the_tally(session: Session, decision: Decision) -> bool:
    """A reply to the tally we sent the Adviesraad: its advice, not a member's suggestion (issue 16)."""
    if not decision.thread:
        return False
    nearest = session.get(OutboundMessage, decision.thread[0])
    return nearest is not None and nearest.purpose == TEMPLATES[TALLY]


def suggestion(session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision) -> Outcome:
    if _answers_the_tally(session, decision):
        # Not thanked as a suggestion nor counted in the next tally: the secretariat weighs the advice.
        return Outcome(
            InboundStatus.UNHANDLED, "advies van de Adviesraad op de telling van de thema's: voor het secretariaat"
        )
    member, who = find_member_for(session, decision)
    if member is None:
        return Outcome(
            InboundStatus.UNHANDLED,
            f"themasuggestie van {who or 'onbekende afzender'}, geen (actief) lid: voor het secretariaat",
        )
    if not decision.themes and not decision.topics:
        return Outcome(
            InboundStatus.UNHANDLED, "themasuggestie zonder herkenbaar thema of onderwerp: voor het secretariaat"
        )
    now = env.clock()
    atelier, how = find_atelier(session, env, inbound, decision)
    # A suggestion in answer to a past atelier's follow-up is for the next one (or, none planned yet, for
    # whichever is planned next: ``mailservice ateliers add`` adopts waiting suggestions).
    if atelier is None or atelier.state not in OPEN_STATES or atelier.starts_at <= now:
        atelier, how = next_open_atelier(session, now), "volgende atelier"
    session.add(
        Suggestion(
            created_at=now,
            member=member,
            atelier=atelier,
            themes=list(decision.themes),
            topics=list(decision.topics),
            inbound_id=inbound.id,
        )
    )
    target = f"atelier {atelier.reference} ({how})" if atelier else "het volgende atelier (nog niet gepland)"
    if decision.no_reply:  # RFC 3834: never answer an automatic message, not even with thanks
        answered = "geen bedankje: automatisch bericht (RFC 3834)"
    else:
        tally = (
            next((s for s in atelier.steps if s.step == TALLY and s.state == StepState.DUE), None) if atelier else None
        )
        env.outbox.add(
            session,
            "bedankt_suggestie",
            to=decision.sender or member.email,
            member=member,
            inbound=inbound,
            in_reply_to=decision.message_id,
            references=decision.references,
            language=answer_language(session, decision, member),
            context=env.outbox.common_context(member_footer=True)
            | {
                "name": member.name,
                "atelier": atelier_context(atelier) if atelier else None,
                "themes": [THEME_NAMES[t] for t in decision.themes if t in THEMES],
                "topics": list(decision.topics),
                "tally_at": tally.due_at if tally is not None else None,
            },
        )
        answered = "bedankje verstuurd"
    return Outcome(
        InboundStatus.HANDLED,
        f"themasuggestie van {member.email} voor {target}: {', '.join(decision.themes) or 'geen thema'}; "
        f"{len(decision.topics)} onderwerp(en); {answered}",
    )
