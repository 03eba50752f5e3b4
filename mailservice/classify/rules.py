"""Decide what an inbound message is. An ordered table of rules; the first that returns a decision wins.

Order is policy (STYLE.md habit 1): machines before people (a bounce or an out-of-office reply must never be read
as a member's request, RFC 3834), exact tags before words (a confirmation reference, our thread), context before
bare words ("afmelden voor het atelier" in an invitation thread is an RSVP), and unsure ends in ``other``.
Every decision carries a Dutch reason naming the rule and the words that fired it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from mailservice import bounces, tokens
from mailservice.addresses import normalise
from mailservice.classify import authentication, autoreply, intents, people, themes
from mailservice.classify.bouncelike import looks_like_bounce
from mailservice.classify.context import (
    CALL_FOR_THEMES,
    CONFIRMATION,
    GOODBYE,
    INVITATION,
    REMINDER,
    WELCOME,
    Context,
    ThreadLookup,
    find_context,
    is_our_subject,
    strip_reply_prefix,
)
from mailservice.classify.decision import Decision, Kind
from mailservice.classify.message import MAX_NAME_CHARS, Parsed, calendar_uid, parse
from mailservice.classify.quotes import Own, own_text, remove_footer
from mailservice.text import one_line

# Senders that never read replies (RFC 3834 section 2: do not answer them).
_MACHINE_LOCAL = re.compile(
    r"^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|donotreply|bounces?|noreply-\w+|notifications?|"
    r"nieuwsbrief|newsletter|news|marketing|mailer|info-noreply)([+\-._].*)?$",
    re.I,
)
_BULK_PRECEDENCE = {"bulk", "list", "junk"}
_BULK_HEADERS = ("List-Id", "List-Unsubscribe", "List-Post", "X-Campaign", "X-Mailchimp-Campaign-Id",
                 "X-MC-User", "X-CSA-Complaints", "Feedback-ID", "X-SES-Outgoing")  # fmt: skip
_PARTSTAT = re.compile(r"PARTSTAT=(ACCEPTED|DECLINED|TENTATIVE)", re.I)
_AFFIRM = re.compile(r"^\s*(ja|yes|akkoord|bevestigd|hierbij\s+bevestig|ik\s+bevestig|graag|prima|oké?|ok)\b", re.I)
_SUGGEST_WORDS = re.compile(
    r"\b(thema\S*|onderwerp\w*|suggestie\w*|voorstel\w*|agender\w*|bespreken|ter\s+sprake|aan\s+de\s+orde|"
    r"idee\w*|topic\w*|suggest\w*)\b",
    re.I,
)


@dataclass
class Ctx:
    """One message as the rules read it; everything derived is computed once, on first use."""

    p: Parsed
    thread: ThreadLookup | None

    @cached_property
    def own(self) -> Own:
        return own_text(self.p.body)

    @cached_property
    def context(self) -> Context:
        return find_context(self.p.subject, self.p.thread_ids, self.thread)

    @cached_property
    def subject(self) -> str:
        """The subject minus "RE:"-prefixes and our footer; empty when it is just our own template's subject."""
        if self.context.source == "onderwerp" or is_our_subject(self.p.subject):
            return ""
        return remove_footer(strip_reply_prefix(self.p.subject))[0]

    @cached_property
    def words(self) -> str:
        """What the person wrote: subject (when theirs) and own text, the text intents are read from."""
        return f"{self.subject}\n{self.own.text}".strip()

    @cached_property
    def no_reply_sender(self) -> bool:
        return self.p.header("Return-Path").strip() == "<>"

    def decide(self, kind: Kind, reason: str, **data: Any) -> Decision:
        p = self.p
        _bound_people(data)
        context = self.context.describe() if "context" not in data else data.pop("context")
        if context and kind not in (Kind.BOUNCE, Kind.AUTOREPLY):
            reason = f"{reason}; {context}"
        no_reply = kind in (Kind.AUTOREPLY, Kind.BOUNCE) or bool(data.pop("no_reply", False))
        # The thread as it was looked up for this message (only when a rule needed it): carried to the actions.
        looked_up: Context | None = self.__dict__.get("context")
        if kind in (Kind.RSVP, Kind.SUGGESTION):
            data.setdefault("calendar_uid", calendar_uid(p.calendar))
        if kind == Kind.CONFIRM:
            yes = _YES.search(self.own.text)
            data.setdefault("affirmed", bool(yes) and not intents.find(intents.NOT_ME, self.words))
        if kind == Kind.UNSUBSCRIBE:
            # What proves the request is the member's own (the action weighs it, issue 12): our signed reference
            # in the subject or text, and the From domain's authentication as mail servers recorded it.
            data.setdefault("unsubscribe_token", _unsubscribe_token(self))
            data.setdefault("authenticated", authentication.passes(p))
        return Decision(
            kind=kind,
            reason=reason,
            sender=p.sender,
            sender_name=p.sender_name,
            subject=p.subject,
            message_id=p.message_id,
            in_reply_to=p.in_reply_to,
            references=p.references,
            thread=looked_up.outbound_ids if looked_up is not None else (),
            no_reply=no_reply or self.no_reply_sender,
            **data,
        )


# What a message may tell us about people, bounded before anything stores or greets it: a name longer than a
# name, control characters, an address that is no address (issue 12: 5,599-character "names" were mailed).
_TEXT_LIMITS = {"name": MAX_NAME_CHARS, "substitute_name": MAX_NAME_CHARS, "organisation": 200, "role": 60}
_ADDRESSES = ("member_email", "substitute", "successor")


def _bound_people(data: dict[str, Any]) -> None:
    for key, limit in _TEXT_LIMITS.items():
        value = data.get(key)
        if isinstance(value, str):
            value = " ".join(one_line(value).split())
            data[key] = value if 0 < len(value) <= limit else None
    for key in _ADDRESSES:
        if isinstance(data.get(key), str):
            data[key] = normalise(data[key])


Rule = Callable[[Ctx], Decision | None]


def _unreadable(c: Ctx) -> Decision | None:
    if c.p.msg is None:
        problems = "; ".join(c.p.problems) or "niet te ontleden"
        return c.decide(Kind.OTHER, f"onleesbaar bericht: {problems}", no_reply=True, context="")
    return None


def _no_sender(c: Ctx) -> Decision | None:
    """Without a usable sender address nothing can be acted on (machines are recognised before this rule)."""
    if c.p.sender and "@" in c.p.sender:
        return None
    problems = "; ".join(c.p.problems) or "geen afzender"
    return c.decide(Kind.OTHER, f"geen bruikbare afzender: {problems}", no_reply=True, context="")


def _bounce(c: Ctx) -> Decision | None:
    if c.p.msg is None:
        return None
    report = bounces.detect(c.p.msg)
    if report is None:
        return None
    return c.decide(
        Kind.BOUNCE, f"onbestelbaar ({report.layer}): {report.reason}", recipients=report.recipients, bounce=report
    )


def _bounce_like(c: Ctx) -> Decision | None:
    reason = looks_like_bounce(c.p)
    return c.decide(Kind.BOUNCE, reason) if reason else None


def _autoreply_headers(c: Ctx) -> Decision | None:
    header = autoreply.header_cue(c.p)
    subject = autoreply.subject_cue(c.p.subject)
    if not (header or subject):
        return None
    text = autoreply.text_cue(c.p.body)
    if (
        header
        and header.startswith("kop Auto-Submitted: auto-generated")
        and not (subject or text or c.context.is_reply)
    ):
        # RFC 3834 5.1: auto-generated is a machine message but not a reply (invoices, reports): other, no answer.
        return c.decide(Kind.OTHER, f"automatisch bericht ({header}), geen antwoord", no_reply=True)
    reasons = ", ".join(x for x in (header, subject, text.reason if text else None) if x)
    return c.decide(
        Kind.AUTOREPLY,
        f"automatisch antwoord: {reasons}",
        address_gone=bool(text and text.address_gone),
        until=text.until if text else autoreply.until_date(c.p.body),
    )


def _autoreply_text(c: Ctx) -> Decision | None:
    text = autoreply.text_cue(c.own.text or c.p.body)
    if text is None:
        return None
    return c.decide(
        Kind.AUTOREPLY, f"automatisch antwoord: {text.reason}", address_gone=text.address_gone, until=text.until
    )


def _machine_sender(c: Ctx) -> Decision | None:
    local = (c.p.sender or "").split("@", 1)[0]
    if _MACHINE_LOCAL.match(local):
        bulk = any(c.p.header(h) for h in _BULK_HEADERS) or None
        return c.decide(
            Kind.OTHER, f"machine-afzender {c.p.sender}: geen verzoek van een persoon", no_reply=True, bulk=bulk
        )
    return None


def _bulk(c: Ctx) -> Decision | None:
    precedence = c.p.header("Precedence").lower()
    header = next((h for h in _BULK_HEADERS if c.p.header(h)), None)
    if precedence in _BULK_PRECEDENCE:
        header = f"Precedence: {precedence}"
    if header is None:
        return None
    return c.decide(Kind.OTHER, f"bulk- of lijstmail (kop {header})", bulk=True, no_reply=True)


def _calendar(c: Ctx) -> Decision | None:
    """An Outlook meeting answer: "Geaccepteerd: ..." with an iCalendar REPLY (RFC 5546 section 3.2.3)."""
    cal = c.p.calendar
    status: str | None = None
    if cal and "METHOD:REPLY" in cal.upper() and (m := _PARTSTAT.search(cal)):
        status = m.group(1).upper()
        source = f"agenda-antwoord PARTSTAT={status}"
    elif intents.TENTATIVE.search(c.p.subject):
        status, source = "TENTATIVE", f"onderwerp '{c.p.subject[:40]}'"
    elif re.match(r"^\s*(geaccepteerd|accepted|aanvaard)\s*:", c.p.subject, re.I):
        status, source = "ACCEPTED", f"onderwerp '{c.p.subject[:40]}'"
    elif re.match(r"^\s*(geweigerd|declined|afgewezen)\s*:", c.p.subject, re.I):
        status, source = "DECLINED", f"onderwerp '{c.p.subject[:40]}'"
    if status is None:
        return None
    if status == "TENTATIVE":
        return c.decide(Kind.OTHER, f"voorlopig geaccepteerd ({source}): een mens kijkt")
    attending = status == "ACCEPTED"
    return c.decide(Kind.RSVP, f"{source}", attending=attending, guests=intents.guests(c.own.text))


def _confirm(c: Ctx) -> Decision | None:
    token = tokens.find(c.p.subject) or tokens.find(c.own.text)
    if token is None:
        if c.context.purpose == CONFIRMATION and c.context.source == "thread" and _AFFIRM.search(c.own.text):
            return c.decide(Kind.CONFIRM, f"bevestigend antwoord: '{_AFFIRM.search(c.own.text).group(0).strip()}'")  # type: ignore[union-attr]
        return None
    doubt = intents.find(intents.NOT_ME, c.words) or intents.find(intents.UNSUBSCRIBE, c.own.text)
    if doubt:
        return c.decide(Kind.OTHER, f"referentie {token}, maar twijfel in eigen tekst: '{doubt.words}'", token=token)
    return c.decide(Kind.CONFIRM, f"referentie {token} gevonden", token=token)


def _rsvp_from_words(c: Ctx, *, in_context: bool) -> Decision | None:
    text = c.words
    no = intents.find(intents.RSVP_NO, text, inherent=True)
    yes = intents.find(intents.RSVP_YES, text)
    if not in_context and not intents.RSVP_WORDS.search(text):
        return None
    sub_hit = intents.SUBSTITUTE.search(text)
    substitute = people.address_near(text, intents.SUBSTITUTE, exclude=(c.p.sender or "",)) if sub_hit else None
    substitute_name = people.name_of(text, substitute) if substitute else None
    guests = intents.guests(text)
    if no and not no.negated:
        extra = f", vervanger {substitute}" if substitute else ""
        return c.decide(
            Kind.RSVP,
            f"afmelding voor het atelier: '{no.words}'{extra}",
            attending=False,
            substitute=substitute,
            substitute_name=substitute_name,
        )
    if yes and not yes.negated:
        return c.decide(Kind.RSVP, f"aanmelding voor het atelier: '{yes.words}'", attending=True, guests=guests)
    if substitute:
        return c.decide(
            Kind.RSVP,
            f"vervanger genoemd: {substitute}",
            attending=False,
            substitute=substitute,
            substitute_name=substitute_name,
        )
    return None


def _invitation_thread(c: Ctx) -> Decision | None:
    if c.context.purpose not in (INVITATION, REMINDER):
        return None
    # Only leaving the network in so many words is an unsubscribe here; a bare "afmelden" is for the atelier.
    explicit = intents.find(intents.NETWORK_EXPLICIT, c.words)
    if explicit and not explicit.negated:
        return c.decide(
            Kind.UNSUBSCRIBE,
            f"afmelden voor het netwerk in eigen tekst: '{explicit.words}'",
            erase=False,
            successor=_successor(c),
        )
    decided = _rsvp_from_words(c, in_context=True)
    if decided:
        return decided
    bare = intents.find(intents.UNSUBSCRIBE, c.words)
    if bare and not bare.negated:
        return c.decide(Kind.RSVP, f"afmelding in antwoord op uitnodiging: '{bare.words}'", attending=False)
    return None


def _themes_thread(c: Ctx) -> Decision | None:
    if c.context.purpose != CALL_FOR_THEMES:
        return None
    explicit = intents.find(intents.NETWORK_EXPLICIT, c.words)
    if explicit and not explicit.negated:
        return c.decide(
            Kind.UNSUBSCRIBE,
            f"afmelden voor het netwerk in eigen tekst: '{explicit.words}'",
            erase=False,
            successor=_successor(c),
        )
    if not c.own.text.strip():
        return None
    return _suggestion(c, "themavoorstel")


def _suggestion(c: Ctx, why: str) -> Decision:
    text = c.own.text
    found = themes.themes_in(text)
    topics = themes.topics_in(text)
    hits = ", ".join(f"{t} ('{w}')" for t, w in found.items()) or "geen thema herkend"
    return c.decide(Kind.SUGGESTION, f"{why}; thema's: {hits}", themes=tuple(found), topics=tuple(topics))


def _rsvp_words(c: Ctx) -> Decision | None:
    if c.context.purpose in (CONFIRMATION, WELCOME):
        return None
    return _rsvp_from_words(c, in_context=False)


# Our signed unsubscribe reference: in the List-Unsubscribe mailto's subject, and in our question "is dit uw
# afmelding?" (mailservice.outbound.tags.Tagger.unsubscribe_token: member id, a dot, the MAC).
# A yes in the writer's own words (quotes removed), for a confirmation of a sign-up someone else made.
_YES = re.compile(
    r"\b(ja|jazeker|yes|akkoord|bevestig\w*|graag|prima|oké|oke|ok|klopt|aanmelden|aanmelding|lid\s+worden|"
    r"stem\s+(ik\s+)?in|ga\s+(ik\s+)?akkoord)\b",
    re.I,
)
_NO = re.compile(r"^\s*(nee|neen|no|niet\s+afmelden)\b", re.I)
_UNSUBSCRIBE_REF = re.compile(r"\[\s*afmelden\s*:\s*(\d{1,12}\.[a-z2-7]{4,32})\s*\]", re.I)


def _unsubscribe_token(c: Ctx) -> str | None:
    m = _UNSUBSCRIBE_REF.search(c.p.subject) or _UNSUBSCRIBE_REF.search(c.own.text)
    return m.group(1).lower() if m else None


def _unsubscribe_ref(c: Ctx) -> Decision | None:
    """Our afmelden reference is an exact tag: the person answers our question or used our mailto link."""
    token = _unsubscribe_token(c)
    if token is None:
        return None
    stay = intents.find(intents.STAY, c.words) or intents.find(intents.SUBSCRIBE, c.words)
    if stay and not stay.negated:
        return c.decide(Kind.OTHER, f"afmeldreferentie, maar ook '{stay.words}': een mens kijkt")
    if no := _NO.match(c.own.text):
        return c.decide(Kind.OTHER, f"afmeldreferentie, maar het antwoord is '{no.group(0).strip()}': een mens kijkt")
    return c.decide(Kind.UNSUBSCRIBE, "afmeldreferentie gevonden", erase=False, unsubscribe_token=token)


def _undo_leave(c: Ctx) -> Decision | None:
    """An answer to our goodbye ("afgemeld") that wants to stay: a new sign-up, confirmed like any other (an
    undo may not skip the proof of consent, and the goodbye may have been forged)."""
    if c.context.purpose != GOODBYE:
        return None
    hit = intents.find(intents.STAY, c.words) or intents.find(intents.SUBSCRIBE, c.words)
    if hit is None or hit.negated:
        return None
    return c.decide(Kind.SUBSCRIBE, f"wil na de afmelding lid blijven: '{hit.words}'", member_email=c.p.sender)


def _erase(c: Ctx) -> Decision | None:
    hit = intents.find(intents.ERASE, c.words)
    if hit is None or hit.negated:
        return None
    return c.decide(
        Kind.UNSUBSCRIBE, f"AVG-verwijderverzoek in eigen tekst: '{hit.words}'", erase=True, successor=_successor(c)
    )


def _successor(c: Ctx) -> str | None:
    return people.address_near(c.words + "\n" + c.own.signature, intents.SUCCESSOR, exclude=(c.p.sender or "",))


def _handover(c: Ctx) -> Decision | None:
    successor = _successor(c)
    leaving = intents.find(intents.LEAVING, c.words)
    if successor is None or leaving is None:
        return None
    return c.decide(
        Kind.UNSUBSCRIBE, f"vertrek met opvolger {successor}: '{leaving.words}'", erase=False, successor=successor
    )


def _unsubscribe(c: Ctx) -> Decision | None:
    unsub = intents.find(intents.UNSUBSCRIBE, c.words)
    if unsub is None:
        return None
    sub = intents.find(intents.SUBSCRIBE, c.words)
    if unsub.negated:
        return c.decide(Kind.OTHER, f"afmeldwoorden ontkend: '{unsub.words}': een mens kijkt")
    if sub and not sub.negated:
        return c.decide(Kind.OTHER, f"zowel aan- als afmeldwoorden ('{sub.words}', '{unsub.words}'): een mens kijkt")
    stay = intents.find(intents.STAY, c.words)
    if stay and not stay.negated:
        return c.decide(Kind.OTHER, f"afmeldwoorden ('{unsub.words}') maar ook '{stay.words}': een mens kijkt")
    return c.decide(
        Kind.UNSUBSCRIBE, f"afmeldwoorden in eigen tekst: '{unsub.words}'", erase=False, successor=_successor(c)
    )


def _subscribe(c: Ctx) -> Decision | None:
    sub = intents.find(intents.SUBSCRIBE, c.words)
    if sub is None:
        return None
    if sub.negated or intents.find(intents.NOT_ME, c.words):
        return c.decide(Kind.OTHER, f"aanmeldwoorden ontkend: '{sub.words}': een mens kijkt")
    member, why = people.member_address(c.own.text, c.own.signature, c.p.sender)
    if c.context.purpose in (WELCOME, CONFIRMATION) and member == c.p.sender:
        return c.decide(Kind.OTHER, f"aanmeldwoorden '{sub.words}' van iemand die al aangemeld is: een mens kijkt")
    who = people.person(c.own.text, c.own.signature)
    address = who.email or member
    if address and normalise(address) is None:
        return c.decide(Kind.OTHER, f"aanmeldwoorden '{sub.words}', maar het in te schrijven adres is ongeldig")
    return c.decide(
        Kind.SUBSCRIBE,
        f"aanmeldwoorden in eigen tekst: '{sub.words}'; in te schrijven: {why}",
        member_email=normalise(address),
        name=who.name or (c.p.sender_name if member == c.p.sender else None),
        organisation=who.organisation,
        role=who.role,
    )


def _suggestion_words(c: Ctx) -> Decision | None:
    hit = _SUGGEST_WORDS.search(c.words)
    if hit is None or not themes.themes_in(c.own.text):
        return None
    return _suggestion(c, f"themavoorstel: '{hit.group(0)}'")


def _other(c: Ctx) -> Decision:
    problems = f" ({'; '.join(c.p.problems)})" if c.p.problems else ""
    if not c.own.text.strip() and not c.subject:
        return c.decide(Kind.OTHER, "geen eigen tekst gevonden" + problems)
    return c.decide(Kind.OTHER, "geen verzoek herkend: een mens kijkt" + problems)


# The rule names of the two outcomes outside the table: nothing fired, or the classifier itself failed.
FALLBACK_RULE = "geen-regel"
FAILED_RULE = "classificatie-mislukt"

# The policy, in order. Machines first, then exact tags, then context, then words.
RULES: tuple[tuple[str, Rule], ...] = (
    ("onleesbaar", _unreadable),
    ("bounce", _bounce),
    ("lijkt-bounce", _bounce_like),
    ("autoreply-kop", _autoreply_headers),
    ("machine-afzender", _machine_sender),
    ("bulk", _bulk),
    ("geen-afzender", _no_sender),
    ("autoreply-tekst", _autoreply_text),
    ("agenda-antwoord", _calendar),
    ("bevestiging", _confirm),
    ("afmeldreferentie", _unsubscribe_ref),
    ("afmelding-terugdraaien", _undo_leave),
    ("uitnodiging-thread", _invitation_thread),
    ("themavraag-thread", _themes_thread),
    ("rsvp-woorden", _rsvp_words),
    ("avg-verwijderen", _erase),
    ("overdracht", _handover),
    ("afmelden", _unsubscribe),
    ("aanmelden", _subscribe),
    ("themavoorstel", _suggestion_words),
)


def classify(raw: bytes, *, thread: ThreadLookup | None = None) -> Decision:
    """Classify one raw message. Never raises: on any internal error a human looks (``other``)."""
    try:
        c = Ctx(parse(bytes(raw)), thread)
        for name, rule in RULES:
            decided = rule(c)
            if decided is not None:
                return decided.replace(rule=name)
        return _other(c).replace(rule=FALLBACK_RULE)
    except Exception as exc:  # the classifier never raises: a human looks instead
        return Decision(
            kind=Kind.OTHER,
            reason=f"classificatie mislukt ({type(exc).__name__}): een mens kijkt",
            rule=FAILED_RULE,
            no_reply=True,
        )
