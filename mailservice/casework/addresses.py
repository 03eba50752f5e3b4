"""A member's new address (issue 16): the new address confirms before it receives mail, then the member moves.

"Per 1 januari wijzigt mijn e-mailadres in ...": the secretariat (CLI or console), or the mail route when the
request is shown to come from the member (``actions.other``), asks the new address to confirm, with a reference of
its own (``Confirmation`` with purpose ``address``): only a reply that carries it, a reply from the new address in
the thread of the request, or the button on the page of its link (``actions.by_link``) shows that the new mailbox
is the member's (the trust table in the README). Until then everything goes to the old address. On confirmation
the same member row takes the new address: the history, the proof of consent, RSVPs and suggestions stay with it;
the bounce state starts afresh, since the old address's bounces say nothing about the new one.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailservice import audit
from mailservice.addresses import normalise, why_invalid
from mailservice.casework.record import CaseworkError, changed
from mailservice.env import ActEnv
from mailservice.members import find_member, issue_reference, reply_language
from mailservice.store.models import (
    Confirmation,
    ConfirmationPurpose,
    Delivery,
    InboundMessage,
    Member,
    MemberStatus,
    OutboundMessage,
)

REQUEST = "bevestiging_adreswijziging"  # the mail to the new address, with the reference
DONE = "adreswijziging_bevestigd"  # the mail to the new address once the member moved


def request_change(
    session: Session,
    env: ActEnv,
    actor: audit.Actor,
    member: Member,
    new_address: str,
    *,
    inbound: InboundMessage | None = None,
    written_in: str | None = None,
) -> Confirmation:
    """Ask ``new_address`` to confirm; nothing else changes until it does. An earlier open request lapses. In the
    language of the request (``written_in``), else the member's (``members.reply_language``)."""
    new = normalise(new_address)
    if new is None:
        raise CaseworkError(f"'{new_address}' is geen geldig e-mailadres: {why_invalid(new_address) or 'het is leeg'}")
    if member.status != MemberStatus.ACTIVE:
        raise CaseworkError(f"{member.email} is geen actief lid: een nieuw adres is alleen voor leden")
    if new == member.email:
        raise CaseworkError(f"{new} is al het adres van dit lid")
    other = find_member(session, new)
    if other is not None:
        raise CaseworkError(f"{new} hoort al bij een ander lid (status {other.status}); verwijder of wijzig dat eerst")
    now = env.clock()
    for earlier in open_requests(session, member):
        earlier.used_at = now  # one new address at a time: the latest request counts
    token, conf = issue_reference(
        session,
        member,
        now=now,
        ttl_days=env.settings.membership.token_ttl_days,
        purpose=ConfirmationPurpose.ADDRESS,
        inbound=inbound,
        new_email=new,
    )
    expires = conf.expires_at
    out = env.outbox.add(
        session,
        REQUEST,
        to=new,
        context=env.outbox.common_context()
        | {
            "name": member.name,
            "token": token,
            "confirm_url": env.outbox.confirm_url(token),
            "old_email": member.email,
            "new_email": new,
            "expires_at": expires,
        },
        member=member,
        auto_submitted="auto-generated",
        language=reply_language(written_in, member),
    )
    conf.language = out.language  # the confirmation page, and the mail once it is confirmed, speak it (issue 17)
    changed(
        session,
        actor,
        member,
        "address_change_requested",
        f"nieuw e-mailadres aangevraagd: {new}",
        at=now,
        detail=f"{member.email} -> {new}: wacht op bevestiging vanaf het nieuwe adres",
        inbound=inbound,
        outbound=out,
    )
    return conf


def open_requests(session: Session, member: Member) -> list[Confirmation]:
    return list(
        session.scalars(
            select(Confirmation).where(
                Confirmation.member_id == member.id,
                Confirmation.purpose == ConfirmationPurpose.ADDRESS,
                Confirmation.used_at.is_(None),
            )
        )
    )


def apply(
    session: Session,
    env: ActEnv,
    actor: audit.Actor,
    conf: Confirmation,
    *,
    how: str,
    inbound: InboundMessage | None = None,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
    written_in: str | None = None,
) -> OutboundMessage:
    """The new address confirmed (``how``: by which evidence): the member moves there and is told so, in the
    language of the confirming reply where it says one (``written_in``), else the member's."""
    member, new, now = conf.member, conf.new_email, env.clock()
    assert new is not None and conf.purpose == ConfirmationPurpose.ADDRESS
    if (other := find_member(session, new)) is not None and other is not member:
        raise CaseworkError(f"{new} hoort inmiddels bij een ander lid")
    old = member.email
    conf.used_at = now
    member.email, member.updated_at = new, now
    # A fresh address: the bounces of the old one no longer count (mailservice.bouncelog reads from here on).
    member.delivery, member.delivery_reason, member.delivery_since = Delivery.ENABLED, None, None
    member.bounce_score, member.bounces_counted_from = 0, now
    out = env.outbox.add(
        session,
        DONE,
        to=new,
        context=env.outbox.common_context(member_footer=True)
        | {"name": member.name, "old_email": old, "new_email": new},
        member=member,
        inbound=inbound,
        in_reply_to=in_reply_to,
        references=references,
        # The confirming reply's words, else the request's language (a bare "Yes" or the button says none).
        language=reply_language(written_in or conf.language, member),
    )
    changed(
        session,
        actor,
        member,
        "address_changed",
        f"e-mailadres gewijzigd: {old} -> {new}",
        at=now,
        detail=f"{old} -> {new}; bevestigd {how}",
        inbound=inbound,
        outbound=out,
    )
    return out
