"""The database model (SQLAlchemy 2.0, typed). Portable SQL: SQLite by default, PostgreSQL later.

Every table a later issue adds goes here too, with an Alembic migration in mailservice/store/migrations/versions.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from mailservice.text import one_line, text


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTCDateTime column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class CleanString(TypeDecorator[str]):
    """A one-line string, perhaps from a mail (a header, a name, an address): control characters become spaces
    and the value is cut to the column's length when it is written, here and nowhere else (the lengths are the
    model's). PostgreSQL refuses NUL and over-long values; without this, one hostile message would fail its
    whole batch (issue 12). Comparisons bind through it too, so a lookup cleans its value the same way."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: object) -> str | None:
        if value is None:
            return None
        value = one_line(value)
        length = getattr(self.impl, "length", None)  # the n of the String(n) this column was made with
        return value[:length] if length is not None and len(value) > length else value


class CleanText(TypeDecorator[str]):
    """A text, perhaps quoting a mail (a reason, a diagnostic, a subject): NUL and other control characters that
    no database should hold are removed; tabs and line ends stay."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: object) -> str | None:
        return None if value is None else text(value)


class Base(DeclarativeBase):
    pass


class MemberStatus(enum.StrEnum):
    PENDING = "pending"  # asked to join, not yet confirmed
    ACTIVE = "active"
    UNSUBSCRIBED = "unsubscribed"
    EXPIRED = "expired"  # never confirmed; the sign-up lapsed (issue 7, membership.pending_expiry_days)
    APPROVAL = "approval"  # confirmed, waiting for the secretariat's approval (issue 16, membership.approval)


class Delivery(enum.StrEnum):
    """Whether mailings go to a member's address (issue 4); membership itself is a separate matter."""

    ENABLED = "enabled"
    DISABLED = "disabled"  # bounced: nothing is sent; re-enabled by the secretariat or by the member writing in
    REMOVED = "removed"  # still disabled after the grace period: off the mailings, the secretariat was told


class InboundStatus(enum.StrEnum):
    RECEIVED = "received"  # stored, not yet processed
    HANDLED = "handled"  # acted on automatically
    IGNORED = "ignored"  # recognised, nothing to do (auto-reply, bounce recorded, ...)
    UNHANDLED = "unhandled"  # needs the secretariat
    QUARANTINED = "quarantined"  # processing failed; kept for a human


class OutboundStatus(enum.StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    DEFERRED = "deferred"
    FAILED = "failed"
    CANCELLED = "cancelled"


def _enum_str(e: type[enum.StrEnum]) -> String:
    # Plain strings, no native ENUM type: portable, and a later value needs no ALTER TYPE.
    return String(max(len(m.value) for m in e) + 8)


class Member(Base):
    __tablename__ = "members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(CleanString(320), unique=True)
    name: Mapped[str | None] = mapped_column(CleanString(200))
    organisation: Mapped[str | None] = mapped_column(CleanString(200))
    function: Mapped[str | None] = mapped_column(CleanString(200))
    role: Mapped[str] = mapped_column(CleanString(30), default="member")
    status: Mapped[str] = mapped_column(_enum_str(MemberStatus), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Bounce handling (issue 4): whether mailings go to this address, since when and why; the soft-bounce
    # score the scoring job last computed; bounces before ``bounces_counted_from`` no longer count.
    delivery: Mapped[str] = mapped_column(_enum_str(Delivery), default=Delivery.ENABLED, server_default="enabled")
    delivery_reason: Mapped[str | None] = mapped_column(CleanText)
    delivery_since: Mapped[datetime | None] = mapped_column(UTCDateTime())
    bounce_score: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    bounces_counted_from: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The registered organisation the member works for (issue 16); ``organisation`` stays what the person wrote.
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    # The language of the membership mails to this member (issue 17): "en" for whoever signed up in English, else
    # "nl" (imported and invited members included). Kept, because the welcome follows the sign-up later.
    language: Mapped[str] = mapped_column(CleanString(5), default="nl", server_default="nl")

    events: Mapped[list[MemberEvent]] = relationship(back_populates="member", order_by="MemberEvent.id")
    registered_organisation: Mapped[Organisation | None] = relationship()


class MemberEvent(Base):
    """The member's history: the proof of consent and its withdrawal (who, when, which message)."""

    __tablename__ = "member_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    event: Mapped[str] = mapped_column(CleanString(40))
    detail: Mapped[str | None] = mapped_column(CleanText)
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    outbound_id: Mapped[int | None] = mapped_column(ForeignKey("outbound_messages.id"))
    actor: Mapped[str] = mapped_column(CleanString(40), default="email")  # email, cli, system

    member: Mapped[Member] = relationship(back_populates="events")
    inbound: Mapped[InboundMessage | None] = relationship()
    outbound: Mapped[OutboundMessage | None] = relationship()


class ConfirmationPurpose(enum.StrEnum):
    """What a confirmation confirms (issue 16): the reply or the link acts on this, and on nothing else."""

    SIGNUP = "signup"  # a sign-up or an invitation: the member becomes active
    ADDRESS = "address"  # a new address: the member moves to ``new_email`` with all history
    ERASURE = "erasure"  # an AVG erasure request: the member's data is erased


class Confirmation(Base):
    """A pending double opt-in, a new address or an erasure to confirm: only the hash of the token is stored."""

    __tablename__ = "confirmations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    purpose: Mapped[str] = mapped_column(
        _enum_str(ConfirmationPurpose), default=ConfirmationPurpose.SIGNUP, server_default="signup"
    )
    new_email: Mapped[str | None] = mapped_column(CleanString(320))  # purpose address: where the member moves
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    # The language of the mail that carries the reference (issue 17): the confirmation page speaks it.
    language: Mapped[str] = mapped_column(CleanString(5), default="nl", server_default="nl")

    member: Mapped[Member] = relationship()
    inbound: Mapped[InboundMessage | None] = relationship()


class InboundMessage(Base):
    __tablename__ = "inbound_messages"
    __table_args__ = (
        Index("ix_inbound_status_id", "status", "id"),
        # A source that reads a mailbox finds what it stored by place (IMAP: folder, UIDVALIDITY, UID).
        Index("ix_inbound_source_ref", "source", "source_ref"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    source: Mapped[str] = mapped_column(CleanString(20))  # smtp, lmtp, imap, maildir, cli
    source_ref: Mapped[str | None] = mapped_column(CleanString(200))
    envelope_from: Mapped[str | None] = mapped_column(CleanString(320))
    envelope_to: Mapped[str | None] = mapped_column(CleanText)
    message_id: Mapped[str | None] = mapped_column(CleanString(998), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(_enum_str(InboundStatus))
    kind: Mapped[str | None] = mapped_column(CleanString(20))
    rule: Mapped[str | None] = mapped_column(CleanString(40))  # the classifier's rule that decided (Decision.rule)
    reason: Mapped[str | None] = mapped_column(CleanText)
    sender: Mapped[str | None] = mapped_column(CleanString(320))
    subject: Mapped[str | None] = mapped_column(CleanText)
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(CleanText)
    # A message the service left to a person (issue 14): who dealt with it, when, and their note.
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    handled_by: Mapped[str | None] = mapped_column(CleanString(80))
    handled_note: Mapped[str | None] = mapped_column(CleanText)


class OutboundMessage(Base):
    """The transactional outbox: a row per mail, written with the state change that caused it."""

    __tablename__ = "outbound_messages"
    __table_args__ = (Index("ix_outbound_status_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    purpose: Mapped[str] = mapped_column(CleanString(40))  # template name: confirmation, welcome, ...
    to_addr: Mapped[str] = mapped_column(CleanString(320))
    subject: Mapped[str] = mapped_column(CleanText)
    message_id: Mapped[str] = mapped_column(CleanString(998), unique=True)
    in_reply_to: Mapped[str | None] = mapped_column(CleanString(998))
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(_enum_str(OutboundStatus))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(CleanText)
    server_reply: Mapped[str | None] = mapped_column(CleanText)
    # Where it went: "maildir" or "smtp://host:port" (issue 19, item 6: a test clock is refused on a database
    # whose mail has left this machine). Set when sent; "smtp" alone for rows sent before it was recorded.
    route: Mapped[str | None] = mapped_column(CleanString(200))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    mailing_id: Mapped[int | None] = mapped_column(ForeignKey("mailings.id"))
    # The language it is written in (issue 17): a reply to an English mail of ours is answered in English.
    language: Mapped[str] = mapped_column(CleanString(5), default="nl", server_default="nl")

    member: Mapped[Member | None] = relationship()
    inbound: Mapped[InboundMessage | None] = relationship()
    mailing: Mapped[Mailing | None] = relationship()


# The sender claims due rows per class (transactional first, then each running mailing) in index order,
# and counts rows sent in the last minute and day for the rate limits: indexes for both (issue 6).
Index("ix_outbound_claim", OutboundMessage.status, OutboundMessage.mailing_id, OutboundMessage.next_attempt_at)
Index("ix_outbound_sent_at", OutboundMessage.sent_at)
# The per-address limits on answers count an address's recent rows (mailservice.outbound.outbox).
Index("ix_outbound_to_created", OutboundMessage.to_addr, OutboundMessage.created_at)
# One row per member per mailing: a re-run of an interrupted enqueue cannot add a second copy.
Index("uq_outbound_mailing_member", OutboundMessage.mailing_id, OutboundMessage.member_id, unique=True)


class MailingState(enum.StrEnum):
    QUEUED = "queued"  # rows written, nothing sent yet
    SENDING = "sending"
    PAUSED = "paused"  # the error budget ran out, or the secretariat paused it; rows wait
    DONE = "done"  # every row sent, failed or cancelled
    CANCELLED = "cancelled"


class Mailing(Base):
    """One message to many members: the rows in outbound_messages carry its id (issue 6)."""

    __tablename__ = "mailings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    purpose: Mapped[str] = mapped_column(CleanString(40))
    subject: Mapped[str | None] = mapped_column(CleanText)
    state: Mapped[str] = mapped_column(_enum_str(MailingState), index=True)
    total: Mapped[int] = mapped_column(Integer, default=0)
    sent_count: Mapped[int] = mapped_column(Integer, default=0)
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    # Permanent failures since the last success: the error budget (outbound.error_budget) is spent on these.
    failures_in_row: Mapped[int] = mapped_column(Integer, default=0)
    paused_reason: Mapped[str | None] = mapped_column(CleanText)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class BounceEvent(Base):
    """A bounce as it happened, recorded now and scored later (STYLE.md habit 8).

    kind "sync": the server refused at send time (5xx, or 4xx until the retry deadline); "dsn": an
    asynchronous report (the bounce issue). status is the RFC 3463 code, diagnostic the server's words.
    """

    __tablename__ = "bounce_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(CleanString(20))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    address: Mapped[str] = mapped_column(CleanString(320), index=True)
    outbound_id: Mapped[int | None] = mapped_column(ForeignKey("outbound_messages.id"), index=True)
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    status: Mapped[str] = mapped_column(CleanString(20))
    diagnostic: Mapped[str | None] = mapped_column(CleanText)
    # The bounce log (issue 4). severity: hard, soft or delayed (a warning, never counted); reason: the cause
    # word (userunknown, mailboxfull, ...); layer: which detector decided ("verp", "rfc3464", "exim", "smtp"
    # for a refusal at send time, "autoreply"); attributed_by: how the member was found ("verp", "ref",
    # "message-id", "outbox", "address", "thread"; NULL: nobody, kept for the secretariat). A "sync" row
    # gets severity and reason from the scoring job; scored_at is when that job counted the event.
    severity: Mapped[str | None] = mapped_column(CleanString(10))
    reason: Mapped[str | None] = mapped_column(CleanString(40))
    layer: Mapped[str | None] = mapped_column(CleanString(40))
    attributed_by: Mapped[str | None] = mapped_column(CleanString(20))
    scored_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)


class ImapBookmark(Base):
    """How far the IMAP source got in one folder (RFC 3501 2.3.1.1): UIDs only mean something together with
    the folder's UIDVALIDITY; when that changes, the folder is rescanned (duplicates caught by content hash)."""

    __tablename__ = "imap_bookmarks"
    __table_args__ = (UniqueConstraint("account", "folder", name="uq_imap_bookmark_account_folder"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(CleanString(400))  # user@host:port
    folder: Mapped[str] = mapped_column(CleanString(400))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)  # unsigned 32-bit: too large for a signed INTEGER
    last_uid: Mapped[int] = mapped_column(BigInteger)  # highest UID stored, processed and moved
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


# -- Ateliers (issue 7) ------------------------------------------------------------------------------------------


class AtelierState(enum.StrEnum):
    PLANNED = "planned"  # in the calendar; the call for themes may have gone out
    INVITED = "invited"  # the invitation went out: RSVPs count
    HELD = "held"  # it took place
    CANCELLED = "cancelled"


class Atelier(Base):
    """One Leer- en inspireer-atelier. Times are stored in UTC and shown in Europe/Amsterdam."""

    __tablename__ = "ateliers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # "2027-1": the year and the number in that year; in every subject as [atelier:2027-1] and in the .ics UID.
    reference: Mapped[str] = mapped_column(CleanString(20), unique=True)
    title: Mapped[str] = mapped_column(CleanString(300))
    theme: Mapped[str] = mapped_column(CleanString(20))  # strategie, samenwerking, organisatie, dienstverlening
    description: Mapped[str | None] = mapped_column(CleanText)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    place: Mapped[str | None] = mapped_column(CleanText)  # an address
    online_url: Mapped[str | None] = mapped_column(CleanString(1000))  # or a link, or both
    capacity: Mapped[int | None] = mapped_column(Integer)  # seats, guests included; None: no limit
    registration_deadline: Mapped[datetime | None] = mapped_column(UTCDateTime())
    report_url: Mapped[str | None] = mapped_column(CleanString(1000))  # where the verslag is, for the follow-up
    # What the reminder tells about the day itself (reception, coffee, parking), as the secretariat wrote it for
    # this atelier (issue 19, item 5); None: the reminder says nothing of it.
    practical: Mapped[str | None] = mapped_column(CleanText)
    state: Mapped[str] = mapped_column(_enum_str(AtelierState), index=True)
    # iCalendar SEQUENCE (RFC 5545 3.8.7.4): raised on every change that is sent, so calendars take the newest.
    ics_sequence: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    steps: Mapped[list[ScheduledMailing]] = relationship(back_populates="atelier", order_by="ScheduledMailing.due_at")


class RsvpStatus(enum.StrEnum):
    ATTENDING = "attending"
    WAITING = "waiting"  # wants to come, no seat yet: see waitlist_position
    DECLINED = "declined"


class Rsvp(Base):
    """A member's answer to one atelier's invitation: the latest state; the history is in rsvp_changes."""

    __tablename__ = "rsvps"
    __table_args__ = (UniqueConstraint("atelier_id", "member_id", name="uq_rsvp_atelier_member"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    atelier_id: Mapped[int] = mapped_column(ForeignKey("ateliers.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    status: Mapped[str] = mapped_column(_enum_str(RsvpStatus))
    guests: Mapped[int] = mapped_column(Integer, default=0)  # people coming along besides the member
    substitute: Mapped[str | None] = mapped_column(CleanString(320))  # comes in the member's place
    substitute_name: Mapped[str | None] = mapped_column(CleanString(200))  # their name, when the member gave it
    waitlist_position: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    atelier: Mapped[Atelier] = relationship()
    member: Mapped[Member] = relationship()
    changes: Mapped[list[RsvpChange]] = relationship(back_populates="rsvp", order_by="RsvpChange.id")


class RsvpChange(Base):
    """Every change of an RSVP, with the message that caused it and why (STYLE.md habit 3)."""

    __tablename__ = "rsvp_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rsvp_id: Mapped[int] = mapped_column(ForeignKey("rsvps.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(_enum_str(RsvpStatus))
    guests: Mapped[int] = mapped_column(Integer, default=0)
    substitute: Mapped[str | None] = mapped_column(CleanString(320))
    waitlist_position: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(CleanText)
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))

    rsvp: Mapped[Rsvp] = relationship(back_populates="changes")


class Suggestion(Base):
    """A member's suggestion of themes and topics, for an atelier or for "the next one" (atelier_id None)."""

    __tablename__ = "suggestions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    atelier_id: Mapped[int | None] = mapped_column(ForeignKey("ateliers.id"), index=True)
    themes: Mapped[list[str]] = mapped_column(JSON)
    topics: Mapped[list[str]] = mapped_column(JSON)
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))

    member: Mapped[Member] = relationship()
    atelier: Mapped[Atelier | None] = relationship()


class StepState(enum.StrEnum):
    DUE = "due"  # waits for due_at
    SENT = "sent"  # enqueued (mailing_id), in the same transaction as this state
    MISSED = "missed"  # the service was down past the grace period; the secretariat was told
    SKIPPED = "skipped"  # nothing to send (a digest with nothing to say)
    CANCELLED = "cancelled"


class ScheduledMailing(Base):
    """A mailing with a send time: the scheduler's truth lives here, not in the scheduler's memory.

    ``atelier_id`` is None for the service's own rhythm (the weekly digest). ``offset_days`` is the step's
    distance to the atelier's day in local calendar days (negative: before); ``due_at`` follows from it.
    """

    __tablename__ = "scheduled_mailings"
    __table_args__ = (Index("ix_scheduled_state_due", "state", "due_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    atelier_id: Mapped[int | None] = mapped_column(ForeignKey("ateliers.id"), index=True)
    step: Mapped[str] = mapped_column(CleanString(30))
    offset_days: Mapped[int | None] = mapped_column(Integer)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(_enum_str(StepState))
    mailing_id: Mapped[int | None] = mapped_column(ForeignKey("mailings.id"))
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    note: Mapped[str | None] = mapped_column(CleanText)  # why: "verstuurd 2 uur te laat", "gemist: dienst lag stil"

    atelier: Mapped[Atelier | None] = relationship(back_populates="steps")
    mailing: Mapped[Mailing | None] = relationship()


class SchedulerLease(Base):
    """One row: which process may run the scheduler, until when (issue 7; APScheduler issues #160/#655)."""

    __tablename__ = "scheduler_lease"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    holder: Mapped[str | None] = mapped_column(CleanString(200))
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class LinkToken(Base):
    """A link in our mail that acts for one member on the web (issue 13): the page to unsubscribe, or the page
    with the member's own data. The token is random (``secrets``); only its SHA-256 is stored, with its purpose,
    so a token works for nothing but the page it was made for, and only until ``expires_at``."""

    __tablename__ = "link_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    purpose: Mapped[str] = mapped_column(CleanString(20))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The language of the mail that carried the link (issue 17): the page speaks it.
    language: Mapped[str] = mapped_column(CleanString(5), default="nl", server_default="nl")

    member: Mapped[Member] = relationship()


class Role(enum.StrEnum):
    """Who may do what in the secretariat's console (issue 14)."""

    SECRETARIAAT = "secretariaat"  # everything the secretariat does
    BEHEERDER = "beheerder"  # also accounts and settings
    ADVIESRAAD = "adviesraad"  # read only: suggestions and the tally


class User(Base):
    """An account of the console; the password only as an argon2id hash, the TOTP secret only when switched on."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(CleanString(80), unique=True)
    name: Mapped[str] = mapped_column(CleanString(200))
    role: Mapped[str] = mapped_column(_enum_str(Role))
    password_hash: Mapped[str] = mapped_column(String(200))
    totp_secret: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class WebSession(Base):
    """A console session, kept server-side: logging out or disabling the account ends it at once."""

    __tablename__ = "web_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    csrf: Mapped[str] = mapped_column(String(64))  # the synchronizer token of this session's forms
    address: Mapped[str | None] = mapped_column(CleanString(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    user: Mapped[User] = relationship()


class LoginAttempt(Base):
    """Each login attempt, for the limits per account and per address (and for the audit log)."""

    __tablename__ = "login_attempts"
    __table_args__ = (Index("ix_login_attempts_at", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    username: Mapped[str] = mapped_column(CleanString(80), index=True)
    address: Mapped[str | None] = mapped_column(CleanString(64), index=True)
    ok: Mapped[bool] = mapped_column(Boolean)


class AuditEntry(Base):
    """One change, by a person (who, from which address) or by the service (which message, which rule) (issue 14).

    Kept as rows, not log lines: the console's "Logboek" filters them by kind, person, member address and date."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_at", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(CleanString(80), index=True)  # a username, "cli", "lid" or "dienst"
    address: Mapped[str | None] = mapped_column(CleanString(64))  # the person's client address
    kind: Mapped[str] = mapped_column(CleanString(20), index=True)  # lid, atelier, mailing, bericht, account, ...
    action: Mapped[str] = mapped_column(CleanText)  # what happened, in Dutch
    subject: Mapped[str | None] = mapped_column(CleanString(320), index=True)  # a member's address, an atelier
    detail: Mapped[str | None] = mapped_column(CleanText)
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    rule: Mapped[str | None] = mapped_column(CleanString(40))


class Label(Base):
    """What a person in the secretariat decided a message was (issue 14, "behandel als"): a labelled example of
    real mail, exported with ``mailservice inbox export-labels`` so the classifier can learn from it."""

    __tablename__ = "labels"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inbound_id: Mapped[int] = mapped_column(ForeignKey("inbound_messages.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by: Mapped[str] = mapped_column(CleanString(80))
    kind: Mapped[str] = mapped_column(CleanString(20))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)  # what the person filled in: attending, guests, themes, ...
    classifier_kind: Mapped[str | None] = mapped_column(CleanString(20))  # what the service had made of it

    inbound: Mapped[InboundMessage] = relationship()


class Municipality(Base):
    """A Dutch municipality as CBS counts it on 1 January of ``year`` (issue 16): its code (GM and four digits),
    name and inhabitants, from the file the secretariat imported (``mailservice municipalities import``). Every
    year has its own rows: municipalities merge, and the figures take the most recent year."""

    __tablename__ = "municipalities"
    __table_args__ = (
        UniqueConstraint("year", "code", name="uq_municipalities_year_code"),
        # The shape of a CBS code, on every backend (no regular expressions in SQLite): the import checks it fully.
        CheckConstraint("length(code) = 6 AND code LIKE 'GM%'", name="ck_municipalities_code"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)  # the reference date is 1 January of this year
    code: Mapped[str] = mapped_column(String(6), index=True)  # "GM0363"
    name: Mapped[str] = mapped_column(CleanString(100))
    inhabitants: Mapped[int | None] = mapped_column(Integer)  # None: the file had no figure (CBS writes ".")
    source: Mapped[str] = mapped_column(CleanString(200))  # which file, as the secretariat named it
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Organisation(Base):
    """An ambtelijke fusie (a shared civil-service organisation) in the network, with the municipalities it serves."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(CleanString(200))
    # The name as it is compared (lower case, no accents, single spaces): unique, so a name is registered once.
    name_key: Mapped[str] = mapped_column(CleanString(200), unique=True)
    short_name: Mapped[str | None] = mapped_column(CleanString(50))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    municipalities: Mapped[list[OrganisationMunicipality]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", order_by="OrganisationMunicipality.code"
    )


class OrganisationMunicipality(Base):
    """An organisation serves a municipality, by CBS code: the code outlives a year's figures (the figures look the
    code up in the most recent year, and say so when a merger has taken it away)."""

    __tablename__ = "organisation_municipalities"

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), primary_key=True)
    code: Mapped[str] = mapped_column(String(6), primary_key=True, index=True)

    organisation: Mapped[Organisation] = relationship(back_populates="municipalities")
