"""The AVG rights in casework (issue 16): access (art. 15) and erasure (art. 17).

Access: the member's data as ``member_data.gather`` collects it for the web data page (one gathering, never a
copy), mailed to the member's own address only: a readable summary in the mail and the same data as JSON.

Erasure: asked by mail (or by the secretariat for a person who asked otherwise), it is first confirmed from the
member's own address with a reference of its own (``Confirmation`` purpose ``erasure``) and a yes in the member's
own words, since it cannot be undone. Then ``erase`` removes the person, everywhere:

- the member row stays, anonymised (no address, name, organisation, function), with only the dates that show
  consent was given and withdrawn, and the events that say so, stripped of their messages and details: the
  minimal proof that mail sent before was lawful and that the withdrawal was honoured (AVG art. 5(2), 7(1));
- every stored message from, to or linked to the person (raw copies in and out) is deleted, the message being
  processed is emptied; another person's message that only names them is redacted (``_redact_or_list``);
- suggestions keep their themes and topics (the tally counts them) but lose the message they came in;
- RSVPs lose the substitute, bounce events, confirmations and link tokens go;
- finally every text column of every table is searched for the addresses and the name and each hit is
  replaced, so that nothing a later table adds keeps them (``tests/casework/test_privacy.py`` searches them all).

Nothing is mailed after the erasure: a notice would be a new copy of the address. The confirmation request says so.
"""

from __future__ import annotations

import binascii
import email
import email.policy
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import JSON, LargeBinary, String, Table, Text, delete, func, or_, select, update
from sqlalchemy.orm import Session

from mailservice import audit, member_data
from mailservice.casework.record import CaseworkError, changed
from mailservice.env import ActEnv
from mailservice.members import issue_reference, reply_language
from mailservice.outbound.compose import Attachment
from mailservice.store.models import (
    AuditEntry,
    Base,
    BounceEvent,
    Confirmation,
    ConfirmationPurpose,
    InboundMessage,
    LinkToken,
    Member,
    MemberEvent,
    MemberStatus,
    OutboundMessage,
    Rsvp,
    RsvpChange,
    Suggestion,
)

ACCESS = "inzage_gegevens"  # the export, to the member's own address
ERASURE_REQUEST = "bevestiging_verwijdering"  # asks the member to confirm the erasure, with the reference
REDACTED = "[verwijderd]"
# The history that proves consent and its withdrawal: kept (without details or messages) after an erasure.
PROOF_EVENTS = frozenset({"added", "confirmed", "unsubscribed", "removed", "signup_expired", "erasure_requested"})
_ADDRESS_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


# -- access (art. 15) ------------------------------------------------------------------------------------------
def send_export(
    session: Session,
    env: ActEnv,
    actor: audit.Actor,
    member: Member,
    *,
    inbound: InboundMessage | None = None,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
    written_in: str | None = None,
) -> OutboundMessage:
    """Mail the member's data to the member's own address: a readable summary and the same data as JSON; in the
    language of the request (``written_in``), else the member's (``members.reply_language``)."""
    data = member_data.gather(session, member)
    now = env.clock()
    out = env.outbox.add(
        session,
        ACCESS,
        to=member.email,
        context=env.outbox.common_context() | {"name": member.name, "data": data, "periods": periods(env)},
        member=member,
        inbound=inbound,
        in_reply_to=in_reply_to,
        references=references,
        auto_submitted="auto-replied" if inbound is not None else "auto-generated",
        attachments=[Attachment("gegevens.json", "application/json", data.as_json().encode("utf-8"))],
        language=reply_language(written_in, member),
    )
    changed(
        session, actor, member, "access_given", "inzage gegeven (gegevens gemaild)", at=now, inbound=inbound,
        outbound=out, detail=f"gemaild naar {member.email}",
    )  # fmt: skip
    return out


def periods(env: ActEnv) -> dict[str, int]:
    """The retention periods as the mails name them: the same settings the purge uses."""
    p = env.settings.privacy
    return {
        "pending_signup_days": p.pending_signup_days,
        "raw_message_days": p.raw_message_days,
        "former_member_days": p.former_member_days,
        "bounce_event_days": p.bounce_event_days,
    }


# -- erasure (art. 17) -----------------------------------------------------------------------------------------
def request_erasure(
    session: Session,
    env: ActEnv,
    actor: audit.Actor,
    member: Member,
    *,
    inbound: InboundMessage | None = None,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
    written_in: str | None = None,
) -> OutboundMessage:
    """Ask the member, at their own address, to confirm the erasure; nothing is erased until they do. In the
    language of the request (``written_in``), else the member's (``members.reply_language``)."""
    if is_erased(member):
        raise CaseworkError("de gegevens van dit lid zijn al verwijderd")
    now = env.clock()
    token, conf = issue_reference(
        session,
        member,
        now=now,
        ttl_days=env.settings.membership.token_ttl_days,
        purpose=ConfirmationPurpose.ERASURE,
        inbound=inbound,
    )
    expires = conf.expires_at
    out = env.outbox.add(
        session,
        ERASURE_REQUEST,
        to=member.email,
        context=env.outbox.common_context()
        | {"name": member.name, "token": token, "expires_at": expires, "member_email": member.email},
        member=member,
        inbound=inbound,
        in_reply_to=in_reply_to,
        references=references,
        auto_submitted="auto-replied" if inbound is not None else "auto-generated",
        language=reply_language(written_in, member),
    )
    changed(
        session, actor, member, "erasure_requested", "verwijdering gevraagd; wacht op bevestiging van het lid",
        at=now, inbound=inbound, outbound=out,
    )  # fmt: skip
    return out


def is_erased(member: Member) -> bool:
    return member.email.endswith("@" + _ERASED_DOMAIN)


_ERASED_DOMAIN = "verwijderd.invalid"  # RFC 2606: .invalid can never be a real address


@dataclass
class Erased:
    """What an erasure removed, in counts (it names nobody)."""

    member_id: int
    inbound: int = 0
    outbound: int = 0
    bounce_events: int = 0
    events: int = 0
    scrubbed: dict[str, int] = field(default_factory=dict)  # "table.column": values where a hit was replaced

    def describe(self) -> str:
        parts = [
            f"{self.inbound} ontvangen en {self.outbound} verstuurde berichten verwijderd",
            f"{self.events} gebeurtenissen verwijderd",
            f"{self.bounce_events} bounces verwijderd",
        ]
        if self.scrubbed:
            parts.append("elders weggepoetst: " + ", ".join(f"{k} ({n})" for k, n in sorted(self.scrubbed.items())))
        return "; ".join(parts)


def erase(
    session: Session,
    env: ActEnv,
    actor: audit.Actor,
    member: Member,
    *,
    how: str,
    inbound: InboundMessage | None = None,
    keep_proof: bool = True,
) -> Erased:
    """Erase the person behind ``member`` (see the module's docstring). ``inbound``: the message being processed
    (the member's confirmation), emptied instead of deleted since ingest still records its outcome.
    ``keep_proof`` False (a sign-up never confirmed: there is no consent to prove) deletes the member row too."""
    if is_erased(member):
        raise CaseworkError("de gegevens van dit lid zijn al verwijderd")
    session.flush()
    now, report = env.clock(), Erased(member.id)
    addresses = _addresses_of(session, member)
    name = (member.name or "").lower()
    needles = sorted(addresses | ({name} if _specific(name) else set()), key=len, reverse=True)

    # Messages from, to or about the person.
    inbound_ids = _inbound_of(session, member, addresses)
    outbound_ids = _outbound_of(session, member, addresses)
    # Someone else's message that only names the person (a secretary's sign-up, a predecessor's hand-over) is
    # that other person's record too: the person is cut out of it where they are written literally, and the message
    # goes only when they can still be read in it (encoded: base64, quoted-printable, an RFC 2047 header).
    inbound_ids |= _redact_or_list(session, InboundMessage, needles, inbound_ids)
    outbound_ids |= _redact_or_list(session, OutboundMessage, needles, outbound_ids)
    if inbound is not None:
        inbound_ids.discard(inbound.id)
        _empty(inbound)
    report.bounce_events = _delete(
        session, BounceEvent, or_(BounceEvent.member_id == member.id, func.lower(BounceEvent.address).in_(addresses))
    )
    _forget_rows(session, OutboundMessage, outbound_ids)
    _forget_rows(session, InboundMessage, inbound_ids)
    report.inbound, report.outbound = len(inbound_ids), len(outbound_ids)

    # The member's own rows.
    session.execute(delete(Confirmation).where(Confirmation.member_id == member.id))
    session.execute(delete(LinkToken).where(LinkToken.member_id == member.id))
    session.execute(update(Rsvp).where(Rsvp.member_id == member.id).values(substitute=None, substitute_name=None))
    rsvp_ids = select(Rsvp.id).where(Rsvp.member_id == member.id).scalar_subquery()
    session.execute(update(RsvpChange).where(RsvpChange.rsvp_id.in_(rsvp_ids)).values(substitute=None, reason=""))
    # The member as someone else's substitute.
    session.execute(
        update(Rsvp).where(func.lower(Rsvp.substitute).in_(addresses)).values(substitute=None, substitute_name=None)
    )
    if not keep_proof:  # nothing of a sign-up never confirmed stays: its answers and suggestions go with it
        _delete(session, RsvpChange, RsvpChange.rsvp_id.in_(rsvp_ids))
        _delete(session, Rsvp, Rsvp.member_id == member.id)
        _delete(session, Suggestion, Suggestion.member_id == member.id)
    kept = PROOF_EVENTS if keep_proof else frozenset()
    report.events = _delete(session, MemberEvent, (MemberEvent.member_id == member.id) & MemberEvent.event.not_in(kept))
    session.execute(
        update(MemberEvent)
        .where(MemberEvent.member_id == member.id)
        .values(detail=None, inbound_id=None, outbound_id=None)
    )
    pseudonym = f"verwijderd-{member.id}@{_ERASED_DOMAIN}"
    audit_subjects = list(addresses)
    member.email, member.name, member.organisation, member.function = pseudonym, None, None, None
    member.organisation_id = None  # with the dates, the organisation could point to the person
    member.role, member.delivery, member.delivery_reason = "member", "disabled", None
    if member.status in (MemberStatus.ACTIVE, MemberStatus.PENDING):
        member.status, member.left_at = MemberStatus.UNSUBSCRIBED, now
    member.updated_at = now
    session.flush()
    session.execute(
        update(AuditEntry).where(func.lower(AuditEntry.subject).in_(audit_subjects)).values(subject=pseudonym)
    )
    report.scrubbed = scrub(session, needles)
    if keep_proof:
        changed(session, actor, member, "erased", "gegevens verwijderd (AVG art. 17)", at=now, detail=how)
    else:
        session.execute(delete(MemberEvent).where(MemberEvent.member_id == member.id))
        _null_references(session, "members", {member.id})
        session.delete(member)
        audit.record(session, actor, "lid", "onbevestigde aanmelding verwijderd (bewaartermijn)", at=now, detail=how)
    session.flush()
    return report


def _specific(name: str | None) -> bool:
    """A name specific enough to search for everywhere: two words or more ("Anna Bakker", not "Anna")."""
    return bool(name) and len((name or "").split()) >= 2 and len(name or "") >= 6


def _addresses_of(session: Session, member: Member) -> set[str]:
    """The member's address, and every address the member had or asked to move to (the history names them)."""
    found = {member.email.lower()}
    for conf_email in session.scalars(select(Confirmation.new_email).where(Confirmation.member_id == member.id)):
        if conf_email:
            found.add(conf_email.lower())
    for detail in session.scalars(
        select(MemberEvent.detail).where(
            MemberEvent.member_id == member.id,
            MemberEvent.event.in_(("address_changed", "address_change_requested")),
        )
    ):
        found.update(a.lower() for a in _ADDRESS_IN_TEXT.findall(detail or ""))
    return found


def _inbound_of(session: Session, member: Member, addresses: set[str]) -> set[int]:
    linked = [
        select(MemberEvent.inbound_id).where(MemberEvent.member_id == member.id),
        select(Confirmation.inbound_id).where(Confirmation.member_id == member.id),
        select(BounceEvent.inbound_id).where(BounceEvent.member_id == member.id),
        select(RsvpChange.inbound_id).join(Rsvp).where(Rsvp.member_id == member.id),
        select(OutboundMessage.inbound_id).where(OutboundMessage.member_id == member.id),
        select(InboundMessage.id).where(
            or_(
                func.lower(InboundMessage.sender).in_(addresses),
                func.lower(InboundMessage.envelope_from).in_(addresses),
            )
        ),
        select(Suggestion.inbound_id).where(Suggestion.member_id == member.id),
    ]
    found: set[int] = set()
    for query in linked:
        found.update(i for i in session.scalars(query) if i is not None)
    return found


def _outbound_of(session: Session, member: Member, addresses: set[str]) -> set[int]:
    query = select(OutboundMessage.id).where(
        or_(OutboundMessage.member_id == member.id, func.lower(OutboundMessage.to_addr).in_(addresses))
    )
    return set(session.scalars(query))


def _message_text(raw: bytes) -> str:
    """A stored message as a person reads it (headers and decoded text parts), lower-case, for the search."""
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parts = [str(v) for _, v in msg.items()]
        for part in msg.walk():
            if part.get_content_maintype() == "text" or part.get_content_type() == "application/json":
                try:
                    parts.append(str(part.get_content()))
                except (LookupError, ValueError, AssertionError):
                    parts.append(part.get_payload(decode=True).decode("utf-8", "replace"))  # type: ignore[union-attr]
        return "\n".join(parts).lower()
    except Exception:  # a malformed message: the bytes as they are
        return raw.decode("utf-8", "replace").lower()


def _mentioning(session: Session, model: type[InboundMessage] | type[OutboundMessage], needles: list[str]) -> set[int]:
    """The stored messages whose raw copy names the person (literally, or once decoded: base64, QP, RFC 2047)."""
    if not needles:
        return set()
    found: set[int] = set()
    for row_id, raw in session.execute(select(model.id, model.raw).execution_options(yield_per=200)):
        if _mentions(bytes(raw or b""), needles):
            found.add(row_id)
    return found


_ENCODED = re.compile(rb"base64|=\?[^?\s]+\?b\?", re.I)  # a base64 part, or a B-encoded word (RFC 2047)


def _mentions(raw: bytes, needles: list[str]) -> bool:
    """Whether ``raw`` names one of ``needles``: literally, once quoted-printable is undone (soft line breaks and
    =XX, also as a Q-encoded word: '_' for a space), or, only where base64, a B-encoded word or a name with
    letters beyond ASCII could hide it, in the fully decoded message. A full parse costs a few milliseconds a
    message; the quick ways keep an erasure among many thousands of messages to seconds (bench/erasure.py)."""
    if not raw:
        return False
    for variant in (raw, binascii.a2b_qp(raw), binascii.a2b_qp(raw, header=True)):
        text = variant.decode("utf-8", "replace").lower()
        if any(n in text for n in needles):
            return True
    if _ENCODED.search(raw) or not all(n.isascii() for n in needles):
        return any(n in _message_text(raw) for n in needles)
    return False


def _redact_or_list(
    session: Session, model: type[InboundMessage] | type[OutboundMessage], needles: list[str], own: set[int]
) -> set[int]:
    """Redact the person from the other stored messages that name them; returns those still naming them."""
    literal = re.compile(b"|".join(re.escape(n.encode("utf-8")) for n in needles), re.I)
    words = re.compile("|".join(re.escape(n) for n in needles), re.I)
    still: set[int] = set()
    for row_id in sorted(_mentioning(session, model, needles) - own):
        raw = bytes(session.scalar(select(model.raw).where(model.id == row_id)) or b"")
        redacted = _redact_parts(literal.sub(REDACTED.encode(), raw), words)
        if any(n in _message_text(redacted) for n in needles):
            still.add(row_id)
        else:
            session.execute(update(model).where(model.id == row_id).values(raw=redacted))
    return still


def _redact_parts(raw: bytes, words: re.Pattern[str]) -> bytes:
    """The message with ``words`` cut out of its decoded text parts too (a quoted-printable line break or base64
    hides them from a literal search); the message as it was when it cannot be rewritten."""
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        touched = False
        for part in msg.walk():
            if part.is_multipart() or part.get_content_maintype() != "text":
                continue
            text = str(part.get_content())
            if words.search(text):
                part.set_content(words.sub(REDACTED, text), subtype=part.get_content_subtype())
                touched = True
        return msg.as_bytes() if touched else raw
    except Exception:  # a malformed message: the caller deletes what still names the person
        return raw


def _empty(inbound: InboundMessage) -> None:
    inbound.raw, inbound.size = b"", 0
    inbound.sender = inbound.envelope_from = inbound.subject = inbound.message_id = inbound.source_ref = None
    inbound.envelope_to = None


def _delete(session: Session, model: type[Base], where: object) -> int:
    ids = list(session.scalars(select(model.id).where(where)))  # type: ignore[attr-defined, arg-type]
    _forget_rows(session, model, set(ids))
    return len(ids)


def _forget_rows(session: Session, model: type[Base], ids: set[int]) -> None:
    """Delete these rows, first pointing every nullable reference to them (in any table) at nothing."""
    if not ids:
        return
    table: Table = model.__table__  # type: ignore[assignment]
    _null_references(session, table.name, ids)
    for chunk in _chunks(sorted(ids), 500):
        session.execute(delete(table).where(table.c.id.in_(chunk)))


def _null_references(session: Session, table_name: str, ids: set[int]) -> None:
    for other in Base.metadata.sorted_tables:
        for column in other.columns:
            for fk in column.foreign_keys:
                if fk.column.table.name == table_name and column.nullable:
                    for chunk in _chunks(sorted(ids), 500):
                        session.execute(update(other).where(column.in_(chunk)).values({column.name: None}))


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def scrub(session: Session, needles: list[str]) -> dict[str, int]:
    """Replace every occurrence of ``needles`` in every text column of every table (case-insensitively) with
    ``[verwijderd]``; JSON lists of text too. Returns "table.column": how many values changed."""
    if not needles:
        return {}
    pattern = re.compile("|".join(re.escape(n) for n in needles), re.I)
    done: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        pk = table.c.get("id")
        if pk is None:
            continue
        for column in table.columns:
            if isinstance(column.type, LargeBinary) or column.primary_key:
                continue
            textual = isinstance(column.type, String | Text) or isinstance(getattr(column.type, "impl", None), String)
            if isinstance(column.type, JSON):
                found = session.execute(select(pk, column).where(column.is_not(None))).all()
                rows = [(i, v) for i, v in found if pattern.search(str(v))]
                for row_id, value in rows:
                    new = [pattern.sub(REDACTED, x) if isinstance(x, str) else x for x in value]
                    session.execute(update(table).where(pk == row_id).values({column.name: new}))
            elif textual:
                hits = or_(*(func.lower(column).contains(n, autoescape=True) for n in needles))
                rows = [(i, v) for i, v in session.execute(select(pk, column).where(hits))]
                for row_id, value in rows:
                    session.execute(
                        update(table).where(pk == row_id).values({column.name: pattern.sub(REDACTED, value)})
                    )
            else:
                continue
            if rows:
                done[f"{table.name}.{column.name}"] = len(rows)
    return done
