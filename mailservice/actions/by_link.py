"""What a member does through a link in our mail (issue 13): confirm, unsubscribe (RFC 8058 one-click), undo the
unsubscribe, see and take their own data, ask for erasure.

The same acts as by mail (``membership.activate`` and ``membership.leave``); the link is the evidence: it went
only to the member's own address, and its token is a secret (``mailservice.outbound.links``). Looking never acts:
``*_view`` functions only read, so a link scanner that opens every link changes nothing, and a page opened again
after the act reads as success, never as "expired" (craft-campaign #169, powermail #809).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailservice import audit, tokens
from mailservice.actions.membership import activate, confirmation_problem, leave, record
from mailservice.casework import addresses, privacy
from mailservice.env import ActEnv
from mailservice.outbound import links
from mailservice.outbound.render import DUTCH
from mailservice.store.models import Confirmation, ConfirmationPurpose, LinkToken, Member, MemberEvent, MemberStatus

_RECEIVING = (MemberStatus.ACTIVE, MemberStatus.PENDING)
_CONFIRMED = (MemberStatus.ACTIVE, MemberStatus.APPROVAL)  # the person said yes (the second waits for approval)


class LinkState(enum.StrEnum):
    OPEN = "open"  # the act is possible: the page shows a button
    DONE = "done"  # the act has been done (by this link, a reply or otherwise): the page says so
    UNDONE = "undone"  # an unsubscribe was undone: the member is active again
    EXPIRED = "expired"
    UNKNOWN = "unknown"  # not a link of ours, or masked, or for another page
    WITHDRAWN = "withdrawn"  # a confirmation link after the person left or withdrew the sign-up


@dataclass(frozen=True)
class LinkView:
    state: LinkState
    member: Member | None = None
    expires_at: datetime | None = None
    can_undo: bool = False  # the unsubscribe page: the member left while holding this link and may return
    # The confirmation page: what the reference confirms (a sign-up, or a move to ``new_email``: issue 16).
    purpose: str = ConfirmationPurpose.SIGNUP
    new_email: str | None = None
    # The language of the mail that carried the link (issue 17): the page speaks it. Unknown links: Dutch.
    language: str = DUTCH

    @property
    def receives(self) -> bool:
        """The member gets (or is about to get) our mail: the data page offers to stop it."""
        return self.member is not None and self.member.status in _RECEIVING


# -- confirm ---------------------------------------------------------------------------------------------------
def _confirmation(session: Session, token: str) -> Confirmation | None:
    canonical = tokens.normalize(token)
    if canonical is None:
        return None
    # A sign-up's reference and a new address's open the confirmation page; an erasure is confirmed only by a reply
    # in the member's own words (issue 16: it cannot be undone, and its mail carries no link).
    return session.scalars(
        select(Confirmation).where(
            Confirmation.token_hash == tokens.digest(canonical), Confirmation.purpose.in_(_BY_LINK)
        )
    ).first()


_BY_LINK = (ConfirmationPurpose.SIGNUP, ConfirmationPurpose.ADDRESS)


def confirm_view(session: Session, env: ActEnv, token: str) -> LinkView:
    conf = _confirmation(session, token)
    if conf is None:
        return LinkView(LinkState.UNKNOWN)
    if conf.purpose == ConfirmationPurpose.ADDRESS:
        return _address_view(conf, env.clock())
    member, language = conf.member, conf.language
    if member.status in _CONFIRMED and (conf.used_at is not None or member.confirmed_at is not None):
        # by this link, by a reply, or by another of its links
        return LinkView(LinkState.DONE, member, language=language)
    problem = confirmation_problem(conf, member, env.clock())
    if problem == "expired":
        return LinkView(LinkState.EXPIRED, member, conf.expires_at, language=language)
    if problem is not None:  # withdrawn, or used and left since
        return LinkView(LinkState.WITHDRAWN, member, language=language)
    return LinkView(LinkState.OPEN, member, conf.expires_at, language=language)


def _address_view(conf: Confirmation, now: datetime) -> LinkView:
    """A new address's page (issue 16): done once the member moved there, whichever way it was confirmed."""
    member = conf.member
    if conf.used_at is not None and member.email == conf.new_email:
        state, expires = LinkState.DONE, None
    elif (problem := confirmation_problem(conf, member, now)) == "expired":
        state, expires = LinkState.EXPIRED, conf.expires_at
    elif problem is not None or member.status != MemberStatus.ACTIVE:  # a later request, or the member left
        state, expires = LinkState.WITHDRAWN, None
    else:
        state, expires = LinkState.OPEN, conf.expires_at
    return LinkView(state, member, expires, purpose=conf.purpose, new_email=conf.new_email, language=conf.language)


def confirm(session: Session, env: ActEnv, token: str) -> LinkView:
    """The button on the confirmation page: the same outcome as a reply to the confirmation request."""
    view = confirm_view(session, env, token)
    if view.state != LinkState.OPEN:
        return view
    conf = _confirmation(session, token)
    assert conf is not None and view.member is not None
    if conf.purpose == ConfirmationPurpose.ADDRESS:
        addresses.apply(session, env, audit.MEMBER, conf, how="met de knop op de bevestigingspagina")
        return _address_view(conf, env.clock())
    activate(session, env, conf, view.member, detail="bevestigd met de knop op de bevestigingspagina", actor="web")
    return LinkView(LinkState.DONE, view.member, language=view.language)


# -- unsubscribe (RFC 8058) and undo ---------------------------------------------------------------------------
def _link(session: Session, purpose: str, token: str) -> LinkToken | None:
    return links.find(session, purpose, token)


def _expired(link: LinkToken, now: datetime) -> bool:
    return link.expires_at <= now


def unsubscribe_view(session: Session, env: ActEnv, token: str) -> LinkView:
    link = _link(session, links.UNSUBSCRIBE, token)
    if link is None:
        return LinkView(LinkState.UNKNOWN)
    member, now, language = link.member, env.clock(), link.language
    if member.status in (MemberStatus.UNSUBSCRIBED, MemberStatus.EXPIRED):
        # Left (by this link or otherwise): success, with a way back while this link is valid and the member was
        # a confirmed member who left after the link was made (the mail that carried it was theirs).
        can_undo = (
            member.status == MemberStatus.UNSUBSCRIBED
            and member.confirmed_at is not None
            and member.left_at is not None
            and member.left_at >= link.created_at
            and not _expired(link, now)
        )
        return LinkView(LinkState.DONE, member, link.expires_at, can_undo=can_undo, language=language)
    if _expired(link, now):
        return LinkView(LinkState.EXPIRED, member, link.expires_at, language=language)
    return LinkView(LinkState.OPEN, member, link.expires_at, language=language)


def unsubscribe(session: Session, env: ActEnv, token: str, undo_url: str | None) -> LinkView:
    """RFC 8058 one-click, or the button on the page: idempotent, a second POST changes nothing."""
    view = unsubscribe_view(session, env, token)
    if view.state != LinkState.OPEN:
        return view
    assert view.member is not None
    link = _link(session, links.UNSUBSCRIBE, token)
    assert link is not None
    link.used_at = env.clock()
    leave(
        session, env, view.member, "afmeldlink uit onze e-mail aan dit lid", actor="web", undo_url=undo_url,
        page_language=view.language,
    )  # fmt: skip
    return unsubscribe_view(session, env, token)


def undo_unsubscribe(session: Session, env: ActEnv, token: str) -> LinkView:
    view = unsubscribe_view(session, env, token)
    if not view.can_undo:
        return view
    member, now = view.member, env.clock()
    assert member is not None
    member.status = MemberStatus.ACTIVE
    member.left_at = None
    member.updated_at = now
    record(session, env, member, "unsubscribe_undone", None, detail="met de afmeldlink", actor="web")
    return LinkView(LinkState.UNDONE, member, view.expires_at, language=view.language)


# -- the member's own data (AVG art. 15 and 20) ----------------------------------------------------------------
def data_view(session: Session, env: ActEnv, token: str) -> LinkView:
    link = _link(session, links.DATA, token)
    if link is None:
        return LinkView(LinkState.UNKNOWN)
    if _expired(link, env.clock()):
        return LinkView(LinkState.EXPIRED, link.member, link.expires_at, language=link.language)
    return LinkView(LinkState.OPEN, link.member, link.expires_at, language=link.language)


def leave_from_data_page(session: Session, env: ActEnv, token: str) -> LinkView:
    """The data page's button to receive nothing more: the unsubscribe, with this link as the evidence."""
    view = data_view(session, env, token)
    member = view.member
    if view.state == LinkState.OPEN and member is not None and member.status in _RECEIVING:
        leave(
            session, env, member, "knop op de gegevenspagina (link uit onze e-mail aan dit lid)", actor="web",
            page_language=view.language,
        )  # fmt: skip
    return view


_ERASURE_AGAIN_AFTER = timedelta(hours=24)  # a second press within a day sends no second mail


def request_erasure(session: Session, env: ActEnv, token: str) -> LinkView:
    """The erasure button: the member is asked at their own address to confirm, as for a request by mail
    (``casework.privacy.request_erasure``, issue 16); nothing is erased here, the member's "Ja" erases."""
    view = data_view(session, env, token)
    if view.state != LinkState.OPEN:
        return view
    member, now = view.member, env.clock()
    assert member is not None
    recent = session.scalars(
        select(MemberEvent.id)
        .where(
            MemberEvent.member_id == member.id,
            MemberEvent.event == "erasure_requested",
            MemberEvent.at > now - _ERASURE_AGAIN_AFTER,
        )
        .limit(1)
    ).first()
    if recent is None:
        # The mail in the page's language: that of the mail whose link opened it (issue 17).
        privacy.request_erasure(session, env, audit.MEMBER, member, written_in=view.language)
    return LinkView(LinkState.DONE, member, view.expires_at, language=view.language)
