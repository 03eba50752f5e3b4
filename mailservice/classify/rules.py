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
from mailservice.classify import authentication, autoreply, intents, language, learned, people, policy, reading, weigh
from mailservice.classify import themes as theme_words
from mailservice.classify.bouncelike import looks_like_bounce
from mailservice.classify.context import (
    CONFIRMATION,
    GOODBYE,
    INVITATION,
    REMINDER,
    Context,
    ThreadLookup,
    find_context,
    is_forwarded,
    is_our_subject,
    strip_reply_prefix,
    writers_prefix,
    writers_suffix,
)
from mailservice.classify.decision import Decision, Kind
from mailservice.classify.message import MAX_NAME_CHARS, Parsed, calendar_uid, parse
from mailservice.classify.quotes import Own, own_text, remove_footer
from mailservice.classify.topics import topics_in
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
_CALENDAR_ANSWER = re.compile(
    r"^\s*((uitnodiging|invitation|bijgewerkte\s+uitnodiging|updated\s+invitation)\s+)?"
    r"((?P<yes>geaccepteerd|accepted|aanvaard)|(?P<no>geweigerd|declined|afgewezen))\s*:",
    re.I,
)
_PARTSTAT = re.compile(r"PARTSTAT=(ACCEPTED|DECLINED|TENTATIVE)", re.I)
_AFFIRM = re.compile(
    r"^\s*(ja|yes|akkoord|bevestigd|hierbij(\s+bevestig)?|bij\s+deze|ik\s+bevestig|graag|prima|oké?|ok)\b", re.I
)
_SUGGEST_WORDS = re.compile(
    r"\b(thema\S*|onderwerp\w*|suggestie\w*|voorstel\w*|agender\w*|bespreken|ter\s+sprake|aan\s+de\s+orde|"
    r"idee\w*|topic\w*|suggest\w*)\b",
    re.I,
)


_ON_BEHALF_OF = re.compile(rf"\b{people.ON_BEHALF_WORDS}\b", re.I)


@dataclass
class Ctx:
    """One message as the rules read it; everything derived is computed once, on first use."""

    p: Parsed
    thread: ThreadLookup | None

    @cached_property
    def own(self) -> Own:
        return own_text(self.p.body, self.p.sender)

    @cached_property
    def context(self) -> Context:
        return find_context(self.p.subject, self.p.thread_ids, self.thread)

    @cached_property
    def subject(self) -> str:
        """The subject minus "RE:"-prefixes and our footer; empty when it is just our own template's subject."""
        if self._our_subject:
            return " ".join(filter(None, (writers_prefix(self.p.subject), writers_suffix(self.p.subject))))
        if is_forwarded(self.p.subject):
            return ""  # "FW: graag afmelden": the subject of someone else's mail, passed on
        return remove_footer(strip_reply_prefix(self.p.subject))[0]

    @cached_property
    def _our_subject(self) -> bool:
        return self.context.source == "onderwerp" or is_our_subject(self.p.subject)

    @cached_property
    def words(self) -> str:
        """What the person wrote: subject (when theirs) and own text, the text intents are read from."""
        return f"{self.subject}\n{self.own.text}".strip()

    @cached_property
    def own_sentences(self) -> list[reading.Sentence]:
        """The writer's own text (not the subject), sentence by sentence."""
        return reading.sentences("", self.own.text)

    @cached_property
    def own_signals(self) -> list[reading.Signal]:
        """Every intent read in the writer's own sentences (reading.read), once per message."""
        return reading.read(self.own_sentences)

    @cached_property
    def model_text(self) -> str:
        """What the learned model reads of the message (learned.text_of). Of our subject only what the writer typed
        before it: the shipped examples were made so, and text typed after our subject's tag (writers_suffix, read by
        the rules) joins what the model reads when the examples are made anew for a retrain."""
        if self._our_subject:
            return learned.text_of(f"{writers_prefix(self.p.subject)}\n{self.own.text}".strip(), self.context.purpose)
        return learned.text_of(self.words, self.context.purpose)

    @cached_property
    def passed_on_for(self) -> str | None:
        """Whose forwarded request the message passes on (quotes.Own.passed_on_for), unless the writer's own words
        above it ask for themself ("Ik wil ook graag lid worden, zie hieronder")."""
        whom = self.own.passed_on_for
        if whom is None:
            return None
        intro = self.own.intro
        if intents.SIGNS_UP_ANOTHER.search(intro) or _ON_BEHALF_OF.search(intro):
            return whom  # "Namens onze directeur meld ik hem aan ...": the request is the forwarded writer's
        own_act = any(x.counts and x.intent in _SIGNAL_INTENTS for x in reading.read(reading.sentences("", intro)))
        return None if own_act else whom

    @cached_property
    def other_addresses(self) -> list[str]:
        """Addresses in the writer's own text besides the sender's (a colleague, a substitute, a successor)."""
        return people.addresses(self.own.text, exclude=(self.p.sender or "",))

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
            yes = said_yes(self.own.text)
            data.setdefault("affirmed", bool(yes) and not intents.find(intents.NOT_ME, self.words))
        if kind == Kind.UNSUBSCRIBE:
            # What proves the request is the member's own (the action weighs it, issue 12): our signed reference
            # in the subject or text, and the From domain's authentication as mail servers recorded it.
            data.setdefault("unsubscribe_token", _unsubscribe_token(self))
            data.setdefault("authenticated", authentication.passes(p))
        if kind in _ANSWERED_IN_THEIR_LANGUAGE:
            data.setdefault("language", language.detect(self.words))
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


# The kinds whose answers go out in the writer's language, English or Dutch (issue 17): every kind a person is
# answered for (the membership mails, an RSVP's confirmation, the thanks for a suggestion, an access request).
_ANSWERED_IN_THEIR_LANGUAGE = (Kind.SUBSCRIBE, Kind.CONFIRM, Kind.UNSUBSCRIBE, Kind.RSVP, Kind.SUGGESTION, Kind.OTHER)

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
Reader = Callable[[], learned.Model | None]


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


# A read receipt by its subject (RFC 8098's "Read:", Outlook's "Gelezen:").
_READ_RECEIPT = re.compile(r"^\s*(gelezen|read|gelesen|lu)\s*:", re.I)
# What a receipt never writes: a topic or a request of the writer's own.
_WRITES_MORE = re.compile(
    r"\b(mijn|ons|onze|my|our)\s+(onderwerp|thema|suggestie|voorstel|idee|topic|suggestion|proposal)\s*:|"
    r"\b(graag|please)\s+(\w+\s+){0,3}(afmelden|aanmelden|uitschrijven|inschrijven|unsubscribe|sign\s+up)\b|"
    r"\b(ik|wij|we)\s+(kom|komen|ben|zijn)\s+(er\s+)?(graag\s+|zeker\s+|gewoon\s+)?(bij|erbij)\b",
    re.I,
)


def _autoreply_headers(c: Ctx) -> Decision | None:
    header = autoreply.header_cue(c.p)
    subject = autoreply.subject_cue(c.p.subject)
    if not (header or subject):
        return None
    if subject and not header and _READ_RECEIPT.match(c.p.subject) and _WRITES_MORE.search(c.own.text):
        # "Gelezen: Welke thema's ..." over "Gelezen. Mijn onderwerp: ...": a person typed in a receipt's subject
        # (a receipt without headers writes no topic or request of its own); the words are read below
        return None
    text = autoreply.text_cue(c.p.body)
    if (
        header
        and header.startswith("kop Auto-Submitted: auto-generated")
        and _CALENDAR_ANSWER.match(c.p.subject)
        and c.context.purpose in (INVITATION, REMINDER)
    ):
        # A calendar service answering our invitation ("Accepted: ..." in its thread, issue 17): generated, not a
        # reply to be ignored; the calendar rule below counts it, and it gets no answer.
        return None
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


# What no automatic reply writes (without a header or a subject to say it is one): a greeting by a person's first name
# ("Beste Stan,": it would have to know whom it answers), the atelier or our welcome named (it knows nothing of the
# mail it answers), answering in spite of the absence ("maar wilde toch even reageren").
_A_PERSON_WRITES = re.compile(
    r"\A\W*(beste|hoi|hallo|dag|hi|hello|dear|goedemorgen|goedemiddag|goedendag)\s+"
    r"(?!(afzender|relatie|collega|heer|mevrouw|allen|all|sender|sir|madam|klant|lezer|team)\b)(?-i:[A-Z][a-z]+)\s*[,!\n]|"
    r"\batelier\b|\b(dank|bedankt|thanks)\s+(\w+\s+){0,2}(welkom|welkomstmail|welcome)\b|"
    r"\b(wilde|wil|wou)\s+(\w+\s+){0,2}toch\s+(\w+\s+)?(reageren|antwoorden|laten\s+weten)\b",
    re.I,
)


def _autoreply_text(c: Ctx) -> Decision | None:
    text = autoreply.text_cue(c.own.text or c.p.body)
    if text is None or _A_PERSON_WRITES.search(c.own.text):
        return None
    network = intents.find(intents.LEAVE_NETWORK, c.own.text)
    leaves = network or intents.find(intents.UNSUBSCRIBE, c.own.text)
    if text.address_gone and leaves and not leaves.negated:
        # "Morgen wordt dit adres opgeheven. Wilt u mij van de ledenlijst schrappen?", "Kunt u mijn collega afmelden?
        # Zijn mailbox wordt niet meer gelezen": a person asks
        return None
    if network and not network.negated:
        # "Ik ben afwezig tot 1 maart. ... Per april werk ik elders, dus schrijf me maar uit voor het netwerk": a line
        # of the person's own under the out-of-office, which no auto-reply writes; the words are read below
        return None
    if text.address_gone and _A_REPORT.search(c.own.text) and (not c.context.is_reply or _MY_DEED.search(c.own.text)):
        # "Ter informatie: de heer Bosman is vertrokken. Zijn mailbox wordt niet meer gelezen." as a new mail, no
        # automatic header: a colleague tells us, which no auto-reply (always an answer to a mail) does; in a reply,
        # when the writer also tells what they did ("Ik heb het verslag intern verspreid")
        return None
    if text.address_gone and any(_ASKS_FOR_ME.search(s.text) for s in c.own_sentences):
        return None  # "Zijn adres wordt niet meer gelezen. Kunnen jullie de mail voortaan naar mij sturen?": a person
    if c.context.purpose in (INVITATION, REMINDER) and any(
        x.intent in ("yes", "no") and x.counts and _OUR_DAY.search(c.own_sentences[x.sentence].text)
        for x in c.own_signals
    ):
        # "Ik ben tot 5 maart met vakantie, maar op het atelier ben ik er gewoon bij", "..., dus op de 11e kan ik er
        # helaas niet bij zijn": a person answers
        return None
    if any(
        x.intent in ("yes", "no") and x.counts and _TELLS_US.search(c.own_sentences[x.sentence].text)
        for x in c.own_signals
    ):
        return None  # "Ik ben met verlof, maar wil u toch laten weten dat ik op 11 maart kom": a person answers
    if (
        c.context.purpose in (INVITATION, REMINDER)
        and c.own_sentences
        and _ANSWERED_FIRST.match(c.own_sentences[0].text)
    ):
        return None  # "Helaas niet, ik ben met verlof van 8 tot en met 19 maart.": an answer first, no auto-reply's
    return c.decide(
        Kind.AUTOREPLY, f"automatisch antwoord: {text.reason}", address_gone=text.address_gone, until=text.until
    )


# An answer as the mail's first words, which no auto-reply opens with: "Helaas niet, ...", "Nee, ...", "Yes, ...".
_ANSWERED_FIRST = re.compile(
    r"^\W*(helaas\s+niet|helaas\s+nee|nee|neen|ja|jazeker|no|yes|sorry,?\s+no)\b[\s,.!;:-]", re.I
)


# The atelier by name, or its day as a person names it ("op de 11e"; an out-of-office names dates, not ordinals).
_OUR_DAY = re.compile(intents.OUR_ATELIER.pattern + r"|\b" + intents.ORDINAL_DAY, re.I)
# A person telling us something: "Ter informatie:", "Graag wil ik u laten weten", "Bij dezen meld ik".
_A_REPORT = re.compile(
    r"\b(ter\s+info(rmatie|rmering)?|ter\s+kennisname|(wil|willen)\s+(ik|wij|we)\s+(u|jullie|je)\s+(\w+\s+){0,2}(laten\s+weten|melden)|"
    r"(laat|laten)\s+(ik|wij|we)\s+((u|jullie|je)\s+)?(\w+\s+)?weten|bij\s+(dezen|deze)\s+(\w+\s+){0,2}(melden|meld|laat|laten)|"
    r"for\s+your\s+information|fyi|just\s+to\s+let\s+you\s+know)\b",
    re.I,
)


# What the writer did, told in the first person (not an auto-reply's "Ik heb uw bericht ontvangen"): "Ik heb het
# verslag intern verspreid", "Wij hebben zijn taken overgenomen".
_MY_DEED = re.compile(
    r"\b(ik|wij|we)\s+(heb|hebben)\s+((?!(uw|je|jullie|het|dit)\s+(bericht|mail|e-?mail)\b)\w+\s+){1,5}"
    r"(?!(ontvangen|gelezen|doorgestuurd)\b)(ge|ver|be|over|door|in)\w+(d|t|en)\b",
    re.I,
)


# An answer told to us in so many words, which no automatic reply does: "Ik wil u toch even laten weten dat ik kom",
# "Regarding the atelier: yes, I'll attend".
_TELLS_US = re.compile(
    r"\b((wil|wilde|willen)\s+(u|jullie|je)\s+(\w+\s+){0,3}(laten\s+weten|melden)|laat\s+(u|jullie)\s+(\w+\s+){0,2}weten|"
    r"wat\s+(het|de)\s+atelier\s+betreft|regarding\s+the\s+atelier|let\s+you\s+know|as\s+for\s+the\s+atelier)\b",
    re.I,
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
    if header.startswith("Precedence") and autoreply.text_cue(c.own.text or c.p.body):
        return None  # an auto-reply marked only by Precedence is still an auto-reply (the text rule below)
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
    elif answer := _CALENDAR_ANSWER.match(c.p.subject):
        status = "ACCEPTED" if answer.group("yes") else "DECLINED"
        source = f"onderwerp '{c.p.subject[:40]}'"
    if status is None:
        return None
    if status == "TENTATIVE":
        return c.decide(Kind.OTHER, f"voorlopig geaccepteerd ({source}): een mens kijkt")
    if source.startswith("onderwerp") and not _our_meeting(c):
        # "Geaccepteerd: VNG Jaarcongres": someone else's meeting (only the subject says so, and not of ours).
        return c.decide(Kind.OTHER, f"agenda-antwoord op een andere afspraak ({source}): een mens kijkt")
    # (leaving the network or erasure, not "afmelden voor deze bijeenkomst": the atelier, which the button answers)
    leaves = next((s for s in c.own_signals if s.intent in ("leave", "erase") and s.counts), None)
    if leaves is not None and not _automatic(c):
        # "Geweigerd. Haal mij ook maar van jullie lijst": the writer's words ask more than the button; leaving the
        # network beats an RSVP (policy.py), so the words are read below
        return None
    attending = status == "ACCEPTED"
    if status in ("ACCEPTED", "DECLINED") and (words := _answer_against(c, attending)) is not None:
        # "Excuus, verkeerde knop. Ik kan NIET op 11 maart": the writer's own words say the opposite of the button
        return c.decide(Kind.RSVP, f"{source}, maar de schrijver zegt '{words}'", attending=not attending)
    # RFC 3834: a message marked Auto-Submitted never gets an automatic answer; its RSVP still counts.
    return c.decide(
        Kind.RSVP, f"{source}", attending=attending, guests=intents.guests(c.own.text), no_reply=_automatic(c)
    )


def _automatic(c: Ctx) -> bool:
    """Marked Auto-Submitted (RFC 3834), anything but "no"."""
    return c.p.header("Auto-Submitted").strip().lower() not in ("", "no")


def _answer_against(c: Ctx, attending: bool) -> str | None:
    """The writer's own answer that contradicts a calendar button (a yes under "Geweigerd", a no under
    "Geaccepteerd"), or None."""
    opposite = "no" if attending else "yes"
    hit = next((s for s in c.own_signals if s.intent == opposite and s.counts and s.strength >= reading.STRONG), None)
    return hit.words if hit else None


def _our_meeting(c: Ctx) -> bool:
    """A meeting answer about our atelier: in the thread of our invitation, or our atelier named in the subject."""
    return c.context.purpose in (INVITATION, REMINDER) or bool(intents.OUR_ATELIER.search(c.p.subject))


def _itip(c: Ctx) -> Decision | None:
    """An iCalendar REPLY is exact evidence even when a calendar service marks it Auto-Submitted (issue 17): it
    answers our invitation, so it is decided before the automatic-header rules. Without a calendar part the
    subject alone ("Geaccepteerd: ...") waits until after them, unless the answer is about our atelier: a calendar
    service marks its plain-text answers automatic too ("Uitnodiging geaccepteerd: Leer- en inspireer-atelier")."""
    cal = c.p.calendar if "text/calendar" in c.p.content_types() else ""
    if cal and "METHOD:REPLY" in cal.upper() and _PARTSTAT.search(cal):
        return _calendar(c)
    if _CALENDAR_ANSWER.match(c.p.subject) and _our_meeting(c) and _automatic(c):
        return _calendar(c)  # a calendar service's answer about our atelier, in plain text and marked automatic
    return None


# The writer answers inside the text of ours they quote, marked by colour or place only: "Zie mijn reactie in rood in
# je mail", "Mijn antwoorden staan in het blauw hieronder", "see my answers inline". Where Outlook quoted our mail
# unmarked, the lines typed between ours are found by our templates' words (quotes._between_ours) and read with the
# rest; where none is found (a word coloured inside our line), a person reads the mail there, never a rule's or the
# model's guess from the one line above (_answers_elsewhere).
_ANSWERS_INSIDE = re.compile(
    r"\b(reactie|reacties|antwoord|antwoorden|opmerkingen|aanvullingen|onderwerp|onderwerpen|suggestie|suggesties|"
    r"answers?|comments?|replies|topics?)\s+((staan|staat|zijn|vindt\s+u|vind\s+je)\s+)?((hier)?onder\s+)?"
    r"(in\s+(het\s+)?(rood|blauw|groen|oranje|paars|geel|vet|cursief|hoofdletters|red|blue|green|orange|bold|capitals)\b|"
    r"inline\b|tussen\s+(de|je|uw|jullie)\s+(tekst|regels)|in\s+(je|uw|jullie|de)\s+(mail|e-?mail|tekst|bericht)\b|"
    r"in\s+(your|the)\s+(mail|e-?mail|text|message)\b)",
    re.I,
)


_CONFIRM_WORD = re.compile(r"\b(bevestig\w*|confirm\w*)\b", re.I)


def _confirmed_apart(c: Ctx, no: reading.Signal) -> str | None:
    """A yes or a confirming word in a sentence of the writer's own other than that of ``no``, asked nowhere."""
    for n, part in enumerate(c.own_sentences):
        if n == no.sentence or part.source != "tekst" or part.question:
            continue
        if (m := _CONFIRM_WORD.search(part.text) or said_yes(part.text)) and not _WONT_CONFIRM.search(part.text):
            return m.group(0)
    return None


def _confirm(c: Ctx) -> Decision | None:
    token = tokens.find(c.p.subject) or tokens.find(c.own.text)
    in_thread = c.context.purpose == CONFIRMATION and c.context.source == "thread"
    if token is None and not in_thread:
        return None
    parts = c.own_sentences
    signals = [s for s in c.own_signals if s.counts]
    said = {s.intent: s for s in signals}
    about_atelier = [
        s
        for s in signals
        if s.intent in ("yes", "no")
        and s.strength >= reading.STRONG
        # (or in the sentence before: "De uitnodiging voor het atelier heb ik ontvangen. Ik kom graag")
        and intents.OUR_ATELIER.search(" ".join(p.text for p in parts[max(0, s.sentence - 1) : s.sentence + 1]))
    ]
    confirms = "join" in said or "deny" in said or _CONFIRM_WORD.search(c.own.text)
    if about_atelier and not tokens.find(c.own.text) and not confirms:
        return None  # "Ik reageer op deze oude mail: ik kom graag naar het atelier van 11 maart": an answer about it
    # (the topic in the cue's sentence or right after it: "Ik heb een thema voor het volgende atelier:" / "de BIO")
    topic = [
        s
        for s in signals
        if s.intent == "propose" and theme_words.themes_in(" ".join(p.text for p in parts[s.sentence : s.sentence + 2]))
    ]
    if topic and not tokens.find(c.own.text) and not confirms and not said_yes(c.own.text):
        return None  # "Ik reageer op een oud bericht. Een thema voor het volgende atelier: de BIO": a topic, read below
    # "Ik heb mij helemaal niet aangemeld" or "afmelden" in answer to our request: the sign-up is withdrawn (a
    # pending sign-up at once, issue 19 item 3), so no reminder follows; the action weighs an active member.
    explicit = _WONT_CONFIRM.search(c.own.text)
    refused = _REFUSED.match(c.own.text) or explicit
    # ("Nee. En ik wil graag weten hoe u aan mijn adres komt": that "graag" is no yes)
    unasked = _WANTS_TO_KNOW.sub(" ", c.own.text[refused.end() :]) if refused is not None else ""
    # (a refusal in so many words stands against a yes-like word beside it: "Beschouwt u de aanmelding als ingetrokken")
    if refused is not None and (explicit or not (said.get("yes") or said.get("join") or said_yes(unasked))):
        # "Nee, dit wil ik niet" in answer to "Wilt u uw aanmelding bevestigen?": a denial too.
        said.setdefault("deny", reading.Signal("deny", refused.group(0).strip(), 2, False, False, 0, "tekst"))
    withdraws = intents.find(intents.WITHDRAW, c.own.text, clause=True)  # not "Niet laten vervallen, bevestigd"
    if "leave" not in said and withdraws is not None and not withdraws.negated:
        # (in the sentence that says it, whose condition counts: "Tel ik dan mee? Zo niet, dan laat ik het vervallen")
        at = next((n for n, p in enumerate(parts) if withdraws.words.lower() in p.text.lower()), 0)
        said["leave"] = reading.Signal("leave", withdraws.words, 2, False, False, at, "tekst")
    for intent in ("leave", "unsub"):
        if intent in said and intents.CONDITION.search(parts[said[intent].sentence].text):
            del said[intent]  # "Ik bevestig graag. Levert het te veel mail op, dan meld ik me later af": not now
    if "deny" in said and policy.lets_go(c.own.text, said["deny"].words):
        del said["deny"]  # "Ik had me zelf niet aangemeld, dat deed mijn secretariaat, maar het is prima: ik doe mee"
    no = said.get("deny") or said.get("leave") or said.get("unsub") or said.get("erase")
    if no is not None and no.intent == "deny" and (wants := _WANTS_TO_KNOW.search(c.own.text)):
        # "Ik ken dit netwerk niet. Voordat ik iets bevestig, wil ik graag weten wat jullie met mijn gegevens doen":
        # a person answers first (a bare "ik heb mij niet aangemeld" withdraws the sign-up, issue 19, and so does one
        # with a cry beside it, "Wie doet zoiets?", tests/classify/test_fourth_round.py).
        return c.decide(
            Kind.OTHER,
            f"antwoord op ons bevestigingsverzoek: ontkent de aanmelding ('{no.words}') en wil iets weten "
            f"('{wants.group(0)}'); een mens kijkt",
            token=token,
        )
    about = next((p.text for p in parts if no is not None and no.words.lower() in p.text.lower()), "")
    leave = no is not None and no.intent in ("leave", "unsub")
    if leave and intents.THIRD_PERSON.search(about) and not _ME_AS_OBJECT.search(about):
        # "Bevestigd. Mijn voorganger Jan Pietersen kunt u van de lijst halen": someone else's leave, for a person
        why = f"antwoord op ons bevestigingsverzoek met een verzoek over een ander: '{one_line(about)[:80]}'"
        return c.decide(Kind.OTHER, f"{why}; een mens kijkt", token=token)
    if no is not None and no.intent == "unsub" and no.strength < reading.STRONG and (plain := _confirmed_apart(c, no)):
        # "Ja, bevestigd! (En ik neem aan dat dit geen nieuwsbrief wordt waar ik me straks voor moet afmelden ;-))": a
        # plain yes in a sentence of its own, and a weak leaving word beside it; which one holds, a person reads
        why = f"antwoord op ons bevestigingsverzoek dat bevestigt ('{plain}') en ook '{no.words}' noemt: een mens kijkt"
        return c.decide(Kind.OTHER, why, token=token)
    if no is not None:
        why = {"deny": "ontkent de aanmelding", "erase": "wil gewist worden"}.get(no.intent, "wil zich afmelden")
        erase = said.get("erase")  # "Bevestigen doe ik niet; verwijder ook mijn gegevens (AVG)"
        return c.decide(
            Kind.UNSUBSCRIBE,
            f"antwoord op ons bevestigingsverzoek, maar {why}: '{no.words}'"
            + (f", en AVG-verwijderverzoek: '{erase.words}'" if erase else ""),
            erase=erase is not None,
            extra={"denied": no.intent == "deny"},
            token=token,
        ).replace(rule="ontkenning" if no.intent == "deny" else "afmelden")
    if parts and all(p.question for p in parts if p.source == "tekst"):
        return c.decide(
            Kind.OTHER,
            f"antwoord op ons bevestigingsverzoek met een vraag: '{parts[0].text[:60]}'; een mens kijkt",
            token=token,
        )
    asks = next((p for p in parts if p.source == "tekst" and p.question), None)
    doubt = (
        _DISTRUST.search(c.own.text)
        or _NOT_YET.search(c.own.text)
        or _BEFORE_CONFIRMING.search(c.own.text)
        or _EXPLAIN_FIRST.search(c.own.text)
    )
    # "Dat wil ik graag weten voordat ik iets bevestig": neither "graag" nor "bevestig" is a yes there.
    # "Ik wacht met bevestigen": nor is "bevestigen" in the doubt itself, or in a question ("bevestig ik die niet?").
    stated = " ".join(p.text for p in parts if p.source == "tekst" and not p.question)
    plain = _WANTS_TO_KNOW.sub(" ", _BEFORE_CONFIRMING.sub(" ", _NOT_YET.sub(" ", _EXPLAIN_FIRST.sub(" ", stated))))
    if (asks or doubt) and not said_yes(plain):
        # "Is dit echt van jullie? Ik vertrouw deze link niet.": a question or distrust and no yes is no consent.
        said_what = doubt.group(0) if doubt else asks.text[:60] if asks else ""
        return c.decide(
            Kind.OTHER,
            f"antwoord op ons bevestigingsverzoek zonder ja, met '{said_what}'; een mens kijkt",
            token=token,
        )
    if (mine := _ANOTHER_OF_MINE.search(c.own.text)) and c.other_addresses:
        # "Ja, maar dan op mijn werkadres ...", "Ik bevestig voor het adres waarvandaan ik nu schrijf": consent for
        # another address of the writer's own, which our request did not ask; a person sorts out which address stays.
        return c.decide(
            Kind.OTHER,
            f"antwoord op ons bevestigingsverzoek over een ander adres ('{mine.group(0)}'): een mens kijkt",
            token=token,
        )
    if c.other_addresses and "join" in said and (own := _CONFIRM_WORD.search(c.own.text)):
        # "Bij dezen bevestigd. Mijn collega wil ook lid worden: h.wiegersma@...": two acts, the writer's consent and
        # another's sign-up; one mail is one act here, so a person does both rather than one being lost
        why = f"antwoord op ons bevestigingsverzoek ('{own.group(0)}') dat ook {c.other_addresses[0]} aanmeldt"
        return c.decide(Kind.OTHER, f"{why}: een mens kijkt", token=token)
    if c.other_addresses and "join" in said:
        return None  # "deze aanmelding was bedoeld voor mijn collega, f.brouwer@...": her sign-up, read below
    if (another := intents.SIGNS_UP_ANOTHER.search(c.own.text)) and not c.other_addresses:
        # "Ik bevestig, en wil meteen ook mijn collega Iris aanmelden; haar adres volgt": without her address nobody
        # can be asked to confirm, so a person answers the whole mail (the writer's own consent with it)
        why = f"antwoord op ons bevestigingsverzoek dat ook een ander aanmeldt ('{another.group(0)}'): een mens kijkt"
        return c.decide(Kind.OTHER, why, token=token)
    if c.other_addresses:
        # "Ja! En zet u mijn secretaresse in de cc? r.pot@...": another address beside the yes asks something more
        return c.decide(
            Kind.OTHER,
            f"antwoord op ons bevestigingsverzoek dat ook {c.other_addresses[0]} noemt: een mens kijkt",
            token=token,
        )
    if reservation := _RESERVATION.search(c.own.text):
        # "Ik bevestig, mits ...", "Ja, maar alleen zolang het kosteloos blijft", "Ja, bevestigd, maar stuur ... pas
        # vanaf april", "Kleine correctie: mijn naam is ...": consent with a condition or a correction is for a person.
        return c.decide(
            Kind.OTHER,
            f"antwoord op ons bevestigingsverzoek met een voorbehoud: '{reservation.group(0).strip()}'; een mens kijkt",
            token=token,
        )
    if aside := _FOR_ANOTHER.search(c.own.text) or intents.NEW_ADDRESS.search(c.own.text):
        # "Namens mevrouw X bevestig ik haar aanmelding", "Ja, maar stuur alles naar mijn andere adres", "Mevrouw X is
        # met verlof": consent is the person's own, for the address asked; anything else a person sorts out.
        return c.decide(
            Kind.OTHER,
            f"antwoord op ons bevestigingsverzoek, maar geen toestemming van de persoon zelf voor dit adres "
            f"('{one_line(aside.group(0))}'): een mens kijkt",
            token=token,
        )
    if aside := _FROM_ELSEWHERE.search(c.own.text) or _ASSISTANT_OF.search(f"{c.own.text}\n{c.own.signature}"):
        # "Ik antwoord even vanaf mijn privémail", a signature "managementassistent van F. Oudeman": the reply does not
        # come from the address asked, or not from its owner; a person checks the consent
        why = f"antwoord op ons bevestigingsverzoek van een ander adres of een ander ('{one_line(aside.group(0))}')"
        return c.decide(Kind.OTHER, f"{why}: een mens kijkt", token=token)
    if aside := _ANOTHER_MATTER.search(c.own.text):
        # "Bevestigd hoor. Nog iets anders: Joost Ramaker is vertrokken": the other matter waits for a person
        why = f"antwoord op ons bevestigingsverzoek met nog een ander punt ('{one_line(aside.group(0))}')"
        return c.decide(Kind.OTHER, f"{why}: een mens kijkt", token=token)
    if (role := intents.find(intents.NOT_A_DIRECTOR, c.own.text, inherent=True, clause=True)) and not role.negated:
        # "Ik ben helemaal geen directeur, ik ben beleidsmedewerker": the network is for directors; a person answers
        why = (
            f"antwoord op ons bevestigingsverzoek, maar de schrijver is geen directeur ('{role.words}'): een mens kijkt"
        )
        return c.decide(Kind.OTHER, why, token=token)
    if token is not None and (contrary := intents.NEGATION.search(c.own.text)) and not said_yes(c.own.text):
        # A reply that says "niet" and nothing like a yes ("Dit verzoek komt niet van mij ...") is no consent, even
        # where no denial was recognised: a person reads it.
        why = f"antwoord op ons bevestigingsverzoek met '{contrary.group(0)}' en zonder ja: een mens kijkt"
        return c.decide(Kind.OTHER, why, token=token)
    if token is not None:
        return c.decide(Kind.CONFIRM, f"referentie {token} gevonden", token=token)
    yes = said_yes(c.own.text) or _AFFIRM.search(c.own.text)
    if yes is None:
        return None
    return c.decide(Kind.CONFIRM, f"bevestigend antwoord: '{yes.group(0).strip()}'")


# The writer as the one a request is about ("haal mij eraf"), not "kunt u mijn voorganger van de lijst halen".
_ME_AS_OBJECT = re.compile(r"\b(mij|me|mijzelf|mezelf|myself)\b", re.I)


# Our signed unsubscribe reference: in the List-Unsubscribe mailto's subject, and in our question "is dit uw
# afmelding?" (mailservice.outbound.tags.Tagger.unsubscribe_token: member id, a dot, the MAC).
# A yes in the writer's own words (quotes removed), for a confirmation of a sign-up someone else made.
_YES = re.compile(
    r"\b(ja|jazeker|yes|akkoord|bevestig(d|en|t|ing)?|confirm(ed|ing)?|graag|prima|oké|oke|ok|klopt|aanmelden|aanmelding|lid\s+worden|"
    r"(is|dat\s+is|alles)\s+in\s+orde|^\W*in\s+orde|"
    r"stem\s+(ik\s+)?in|ga\s+(ik\s+)?akkoord)\b",
    re.I,
)
_NO = re.compile(r"^\s*(nee|neen|no|niet\s+afmelden)\b", re.I)
# A negation right before a yes word takes it back ("ik wil geen lid worden", "niet akkoord"), and so does one right
# after it ("lid worden is niet aan de orde", "aanmelden hoeft niet").
_TAKEN_BACK = re.compile(r"\b(geen|niet|nooit|not|no|never)\s+(\w+\s+)?$", re.I)
_TAKEN_BACK_AFTER = re.compile(
    r"^\W{0,3}(is|was|hoeft|hoef|wil\s+ik|doe\s+ik|zit)\s+(er\s+)?(\w+\s+)?(niet|geen)\b", re.I
)


def said_yes(text: str, start: int = 0) -> re.Match[str] | None:
    """The first yes word of the writer's own (``_YES``) from ``start`` that no negation right before or after takes
    back: "Nee dank u, ik wil geen lid worden" says no yes."""
    for m in _YES.finditer(text, start):
        after = text[m.end() : m.end() + 40]
        if _TAKEN_BACK.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        if _TAKEN_BACK_AFTER.match(after) or intents.NEGATED_AFTER.match(after):
            continue
        return m
    return None


# Asking to be told something before deciding: "wil ik graag weten", "I would like to know".
_WANTS_TO_KNOW = re.compile(
    r"\b(wil|zou|willen)\s+(ik|wij|we)\s+(\w+\s+)?(graag\s+)?(weten|horen)\b|"
    r"\b(ik|wij|we)\s+(wil|wilt|zou|willen)\s+(\w+\s+){0,3}(weten|horen)\b|\b(i'?d|i\s+would)\s+like\s+to\s+know\b|"
    r"\ben\s+(wil|zou)\s+(\w+\s+){0,2}(weten|horen)\b|"
    # "Graag hoor ik hoe u aan mijn adres komt", "Please let me know who signed me up"
    r"\b(graag\s+(hoor|verneem)\s+ik|(hoor|verneem)\s+(ik\s+)?graag|laat\s+(u|je|jullie)\s+(mij|me)\s+(\w+\s+)?weten|"
    r"(tell|let)\s+me\s+know)\s+(hoe|wie|waarom|wat|waar|op\s+welke\s+(manier|wijze)|via\s+welke\s+weg|van\s+wie|via\s+wie|how|who|"
    r"why|what|where)\b|"
    # "... op welke manier u aan dit e-mailadres bent gekomen"
    r"\b(hoe|op\s+welke\s+(manier|wijze)|via\s+welke\s+weg|via\s+wie|waar)\s+(u|jullie|je)\s+(\w+\s+)?(aan|over)\s+(mijn|dit|deze)\s+"
    r"(e-?mail)?(adres|gegevens)\s+(bent|is|zijn|bén)\s+gekomen\b|(op\s+welke\s+wijze|hoe)\s+(u|jullie|je)\s+(\w+\s+)?over\s+"
    r"(mijn|dit|deze)\s+(e-?mail)?(adres|gegevens)\s+(beschikt|beschikken|beschikte)\b|"
    # where we got the address: "Hoe komt u eigenlijk aan mijn adres?", "Where did you get my address?"
    r"\bhoe\s+(komt|komen|kwam|kwamen)\s+(u|jullie|je)\s+(\w+\s+)?aan\s+(mijn|dit|deze)\s+(e-?mail)?(adres|gegevens)\b|"
    r"\bwaar\s+(heeft|hebt|hebben|heb)\s+(u|jullie|je)\s+(\w+\s+)?(mijn|dit)\s+(e-?mail)?(adres|gegevens)\s+(\w+\s+)?vandaan\b|"
    # "Van wie of waar hebt u mijn adres gekregen?"
    r"\b(van\s+wie|waar|hoe|via\s+wie)\b[^.!?\n]{0,20}\b(heeft|hebt|hebben|heb)\s+(u|jullie|je)\s+(\w+\s+)?(mijn|dit)\s+"
    r"(e-?mail)?(adres|gegevens)\s+(\w+\s+)?(gekregen|verkregen|ontvangen)\b|"
    r"\b(how|where)\s+did\s+you\s+get\s+(hold\s+of\s+)?my\s+(e-?mail\s+)?(address|details|data)\b",
    re.I,
)
# Not deciding yet, in answer to our confirmation request: no consent ("ik twijfel nog", "ik kom er later op terug").
_NOT_YET = re.compile(
    r"\b(twijfel\w*|kom\s+(er\s+)?(later\s+)?op\s+terug|overleg\w*\s+(\w+\s+){0,2}eerst|eerst\s+(\w+\s+){0,3}overleg\w*|"
    r"denk\w*\s+(\w+\s+){0,2}over\s+na|nog\s+niet\s+(zeker|besloten)|let\s+me\s+think|not\s+(yet\s+)?sure|get\s+back\s+to\s+you|"
    r"wacht\w*\s+(\w+\s+){0,2}met\s+(het\s+)?bevestigen|(will|'ll)\s+wait\s+(\w+\s+){0,2}before\s+confirming|"
    # "Ik leg dit eerst voor aan mijn gemeentesecretarissen. U hoort binnenkort van mij."
    r"leg\w*\s+(dit|dat|het)\s+(\w+\s+){0,2}voor\s+aan|(u|jullie|je)\s+hoor\w*\s+(\w+\s+){0,2}van\s+(mij|ons)|"
    r"(laat\s+(ik|wij|we)|(ik|wij|we)\s+(laat|laten))\s+(u|jullie|je)\s+(nog|later|binnenkort|spoedig|zo\s+snel\s+mogelijk)\s+"
    r"(\w+\s+){0,2}weten(\s+of\s+[^.!?\n]*)?|"
    r"you'?ll\s+hear\s+from\s+(me|us))\b",
    re.I,
)
# "... voordat ik iets bevestig": the word, not a yes.
_BEFORE_CONFIRMING = re.compile(
    r"\b(voordat|voor|alvorens|before)\s+(ik|i)\s+(\w+\s+){0,2}(bevestig\w*|confirm\w*)|"
    r"\b(alvorens|before)\s+(\w+\s+){0,3}(te\s+)?(bevestig\w*|confirming)",
    re.I,
)
# Asking us to explain first, without a question mark: "Graag uitleg.", "Meer informatie graag", "Kunt u dit toelichten"
_EXPLAIN_FIRST = re.compile(
    r"\b(graag|svp|s\.v\.p\.?|a\.u\.b\.?|please)\s+(\w+\s+){0,2}(uitleg|toelichting|meer\s+info(rmatie)?|explanation|"
    r"more\s+info(rmation)?)\b|\b(uitleg|toelichting|meer\s+info(rmatie)?)\s+(graag|svp|s\.v\.p|a\.u\.b|gewenst|please)\b|"
    r"\b(kunt|kan|wilt|zou|zoudt)\s+(u|je|jij|jullie)\s+(\w+\s+){0,3}(toelichten|uitleggen|verduidelijken|explain)\b|"
    r"\b(could|can|would)\s+you\s+(please\s+)?explain\b",
    re.I,
)
# Doubt about whether our mail is real: never consent, whatever reference it quotes.
_DISTRUST = re.compile(
    r"\b(vertrouw\w*\s+(\w+\s+){0,3}niet|phishing|oplichting|nepmail|spam|don'?t\s+trust|scam|suspicious)\b", re.I
)
_REFUSED = re.compile(r"^\s*(nee|neen|no|geen\s+(interesse|belangstelling|behoefte)|not\s+interested)\b", re.I)
# Anywhere in the text: "Ik bevestig dit niet", "Bevestigen doe ik dus niet", "I do not confirm".
_WONT_CONFIRM = re.compile(
    r"\bik\s+bevestig\s+(dit|dat|het|deze\s+aanmelding)?\s*niet\b|\bbevestigen\s+doe\s+ik\s+(\w+\s+)?niet\b|"
    r"\bi\s+(do\s+not|don't|will\s+not|won't)\s+confirm\b|"
    # "Niet doorzetten dus", "graag niet verwerken", "please do not proceed"
    r"\bniet\s+(doorzetten|doorvoeren|verwerken|activeren)\b|\b(do\s+not|don'?t)\s+(proceed|process|activate)\b|"
    # "wil hier niet aan deelnemen", "Beschouwt u de aanmelding als ingetrokken", "Deze aanmelding klopt niet", "Graag
    # geen lidmaatschap", "ik hoor niet in dit netwerk thuis" (the words "aanmelding" and "klopt" are no yes there)
    r"\b(wil|wens)\s+(hier\s+|daar\s+|dus\s+|echt\s+)?niet\s+(aan\s+)?(deel\s*(te\s+)?nemen|mee\s*(te\s+)?doen|lid\s+(worden|zijn))\b|"
    r"\bbeschouw\w*\s+(u\s+|je\s+)?(de|mijn|deze|die)\s+aanmelding\s+(dus\s+|maar\s+)?als\s+(ingetrokken|vervallen|niet\s+gedaan)\b|"
    r"\b(deze|de|mijn|die)\s+aanmelding\s+klopt\s+(dus\s+)?niet\b|\bgraag\s+geen\s+lidmaatschap\b|"
    r"\b(hoor|hoort)\s+(\w+\s+)?niet\s+(thuis\s+)?(in|bij)\s+(dit|het|uw|jullie)\s+netwerk\b|"
    # a no with thanks, the polite refusal: "No thanks / nee bedankt", "Nee, dank u", "thanks, but no thanks"; and the
    # sign-up itself called pointless: "lid worden heeft voor mij geen zin", "het lidmaatschap heeft geen zin meer"
    r"^\W*(nee|neen|no)\W{0,3}(bedankt|dank\s+(u|je)(\s+wel)?|thanks|thank\s+you)\b|\bno\s+thanks\b|"
    r"\b(lid\s+worden|lidmaatschap|aanmelding|aanmelden|deelname)\s+(heeft|is)\s+(\w+\s+){0,2}(geen|weinig|niet\s+veel)\s+(zin|nut)\b",
    re.I,
)
# Consent with a condition, a reservation or a correction beside it (rules._confirm).
_RESERVATION = re.compile(
    r"\b(mits|op\s+voorwaarde|alleen\s+(als|zolang|indien|wanneer|mits)|zolang\s+(het|dit|dat|er)|provided\s+that|"
    r"on\s+condition|as\s+long\s+as|only\s+if|provided\s+(that|the|it|we|i|you|there)|(kleine\s+)?correctie|let\s+wel|kanttekening)\b|"
    # (not the particle: "Akkoord, meld mij maar aan")
    r"^\W*(ja|jazeker|yes|bevestigd|akkoord|prima|klopt)\b[^.!?\n]{0,30}\b(?<!mij\s)(?<!me\s)(?<!het\s)(?<!dat\s)maar\b",
    re.I,
)
# Another address of the writer's own: "op mijn werkadres", "het adres waarvandaan ik nu schrijf", "dit adres vervalt".
_ANOTHER_OF_MINE = re.compile(
    r"\bmijn\s+(werk|privé|prive|nieuwe|andere|zakelijke|oude|persoonlijke)\s*-?\s*(e-?mail)?adres\b|"
    r"\bhet\s+adres\s+waar(vandaan|mee|op)\b|\bdit\s+(e-?mail)?adres\s+(\w+\s+){0,3}(vervalt|verloopt|gebruik\s+ik\s+niet|"
    r"wordt\s+opgeheven)|\b(niet|never)\s+(op|naar|to)\s+(dit|this)\s+(\w+\s*)?(adres|address)\b|\bmijn\s+nieuwe\s+(wordt|is)\b|"
    r"\bmy\s+(work|private|new|other|personal)\s+(e-?mail\s+)?address\b",
    re.I,
)
# Answering from another mailbox of one's own: "Ik antwoord even vanaf mijn privémail", "sent from my personal account".
_FROM_ELSEWHERE = re.compile(
    r"\b(vanaf|via|met|from)\s+(mijn|m'n|een|my|a)\s+(privé|prive|persoonlijke|andere|tweede|gmail|hotmail|"
    r"private|personal|other|second)\s*-?\s*(e-?mail\w*|mail\w*|adres|account|address|inbox)\b|"
    # the mailbox asked was another's: "Deze mailbox was van mijn voorganger", "this inbox belonged to my predecessor"
    r"\b(deze|dit|de|het|this|the)\s+(mailbox|postbus|inbox|e-?mailadres|adres|account|address)\s+(was|is|hoorde|belonged)\s+"
    r"(\w+\s+){0,2}(van|bij|to)\s+(mijn|onze|m'n|my|our)\s+(voorganger|voorgangster|predecessor|collega|colleague)\b|"
    r"\bop\s+mijn\s+(eigen\s+)?naam\s+(\w+\s+)?(zetten|overzetten|overschrijven|laten\s+zetten)\b",
    re.I,
)
# Another matter announced beside the answer: "Nog iets anders: Joost is vertrokken", "Los daarvan: ...", "On another
# note". Our request asked one thing; the other is for a person to read, so the answer waits with it.
_ANOTHER_MATTER = re.compile(
    r"\b(nog\s+(iets|wat)\s+anders|iets\s+anders\s*:|(een\s+)?ander\s+punt\s*:|los\s+daarvan|verder\s+nog\s+(iets|dit)\s*:|"
    r"on\s+another\s+note|(one\s+)?other\s+thing\s*:|separately\s*:)",
    re.I,
)
# A signature of someone's assistant: "managementassistent van F. Oudeman", "secretary to the director", "PA to".
_ASSISTANT_OF = re.compile(
    r"\b(\w*assistent\w*|secretaresse|office\s+manager|secretary|assistant|pa)\s+(van|to)\s+"
    r"(?!(het|de|the)\s+(netwerk|network)\b)",
    re.I,
)
# Consent given, or our request answered, by someone else: "Namens mevrouw X bevestig ik", "on behalf of my director",
# "Mevrouw X is met verlof; ik leg uw bericht bij haar neer".
_FOR_ANOTHER = re.compile(
    r"\b" + people.ON_BEHALF_WORDS + r"\s+(?!(mij|me|mijzelf|mezelf|myself|ondergetekende)\b)(\w+\s+){0,2}\w+|"
    r"\b(leg|stuur|geef)\w*\s+(\w+\s+){0,6}?(bij|aan|door\s+(naar|aan))\s+(haar|hem)\b|\b(pass|forward)\w*\s+(\w+\s+){0,2}"
    r"(to|on\s+to)\s+(her|him)\b|\b(zij|hij|she|he)\s+(is|will\s+be)\s+(\w+\s+){0,2}(met\s+verlof|met\s+vakantie|afwezig|"
    r"ziek|on\s+leave|away|travell?ing)\b|"
    # "De heer Koster is tot 18 december met vakantie"
    r"\b(de\s+heer|mevrouw|dhr\.?|mw\.?|mr\.?|mrs\.?|ms\.?)\s+(\S+\s+){1,3}(is|will\s+be)\s+(\w+\s+){0,4}(met\s+verlof|"
    r"met\s+vakantie|afwezig|ziek|on\s+leave|away)\b|"
    r"\b(bevestig|confirm)\w*\s+(\w+\s+){0,3}(voor|for)\s+(mijn|onze|my|our)\s+(directeur|director|collega|colleague)\b|"
    # a shared or stand-in mailbox: "ik beheer de mailbox van mevrouw De Wit tijdens haar verlof", "Ik beheer deze
    # mailbox. De heer Coenen werkt hier niet meer"
    r"\b(beheer|lees|bewaak|behandel)\w*\s+(\w+\s+){0,2}(mail|mailbox|postvak|inbox|e-?mail)\s+van\b|\b(manage|handle)\w*\s+(\w+\s+)?(mailbox|inbox)\s+of\b|"
    r"\b(beheer|bewaak)\w*\s+(deze|dit|die|de|het|zijn|haar|this|the|his|her)\s+(\w+\s+)?(mailbox|postvak|postbus|inbox)\b|"
    r"\b(manage|monitor)\w*\s+(this|the|his|her)\s+(\w+\s+)?(mailbox|inbox)\b|"
    # another's consent told by the writer: "Hij heeft mij gevraagd te laten weten dat hij graag lid wordt", "hij liet
    # me via de app weten dat hij akkoord is", "she asked me to confirm that she wants to join"
    r"\b(dat|that)\s+(hij|zij|ze|he|she)\s+(\w+\s+){0,3}(lid\s+(wordt|wil\s+worden|blijft)|akkoord\s+(is|gaat)|bevestigt|"
    r"wants\s+to\s+join|would\s+like\s+to\s+join|agrees|confirms)\b|"
    # "vroeg mij of ik zijn aanmelding kon bevestigen", "Frank wil graag lid worden", "is deze week op vakantie"
    r"\b(zijn|haar|his|her)\s+(aanmelding|inschrijving|sign-?up|registration)\b|"
    r"\b(?!(ik|wij|we|zelf|graag|dan|ja|i)\b)(?-i:[A-Z])\w+\s+(wil|wilt|would\s+like\s+to|wants\s+to)\s+(?!(ik|wij|we|i)\b)(\w+\s+)?"
    r"(lid\s+worden|join)\b|"
    r"\b(hij|zij|ze|he|she|(?!(ik|wij|we|zelf|i)\b)(?-i:[A-Z])\w+)\s+(is|zit)\s+(\w+\s+){0,2}(op\s+vakantie|met\s+verlof|op\s+reis|in\s+het\s+buitenland)\b",
    re.I,
)
# A person asking us something for themself, with a question mark: no responder asks "Kunnen jullie ... naar mij
# sturen?" (a responder tells: "Stuur uw bericht naar ...").
_ASKS_FOR_ME = re.compile(
    r"^\W*(kunnen|kunt|kun|wilt|willen|zou|zouden|zoudt|could|would|can)\s+(jullie|u|je|jij|you)\b.*\b(mij|me|ik)\b.*\?$|"
    # what the writer should do: "Moet ik nu bevestigen of kan ik beter wachten tot het nieuwe adres werkt?"
    r"^\W*(moet|mag|kan|kun|zal|should|must|may|can|shall)\s+(ik|wij|we|i)\b.*\?$",
    re.I,
)
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
    # (per clause: "Toch maar niet: ik blijf graag lid" takes the leave back, not the staying)
    found = (intents.find(rx, c.words, clause=True) for rx in (intents.STAY, intents.UNDO_LEAVE, intents.SUBSCRIBE))
    hit = next(filter(None, found), None)
    if hit is None or hit.negated:
        return None
    if intents.EVENT_MENTION.search(c.words) and intents.REGISTRATION.fullmatch(hit.words.strip()):
        return None  # "Het atelier wil ik nog bijwonen. Mijn aanmelding daarvoor blijft staan": the atelier's, below
    said = next((s for s in reading.sentences(c.subject, c.own.text) if hit.words.lower() in s.text.lower()), None)
    if said is not None and said.question:
        # "Hoe kan ik zelf lid worden?" (a successor under the goodbye), "Kan ik me weer aanmelden zodra ik ...?":
        # a question for a person (asked politely, "Wilt u mijn afmelding ongedaan maken?" is a request, no question)
        return None
    later = intents.find(intents.SUCCESSOR, c.own.text) or intents.find(intents.LEAVING, c.own.text)
    if later is not None and not later.negated and intents.UNTIL_LATER.search(c.own.text):
        # "Kleine correctie: ik vertrek pas per 1 juni. Tot die tijd blijf ik graag lid. Daarna neemt Lieke het over":
        # staying until a hand-over later, which a person notes (BRIEF.md)
        why = f"wil lid blijven ('{hit.words}') tot een vertrek later ('{one_line(later.words)[:60]}'): een mens kijkt"
        return c.decide(Kind.OTHER, why)
    if wants := _WANTS_TO_KNOW.search(c.own.text):
        # "Dit verzoek kwam niet van mij! Ik wil gewoon lid blijven. Maar ik wil ook weten wie mij heeft afgemeld"
        return c.decide(
            Kind.OTHER, f"wil lid blijven ('{hit.words}') en wil iets weten ('{wants.group(0)}'): een mens kijkt"
        )
    return c.decide(Kind.SUBSCRIBE, f"wil na de afmelding lid blijven: '{hit.words}'", member_email=c.p.sender)


_SAYS_NO = re.compile(r"^\W*(nee|neen|no|nope)\b", re.I)


def _footer_answer(c: Ctx) -> Decision | None:
    """A yes typed under our quoted footer question "Afmelden? Antwoord ... met 'afmelden'" (issue 17: inline
    answers): leaving, as if the word itself was written; in answer to an invitation the atelier is declined too.
    Another answer typed there, neither a yes nor a no ("Dat dan ook maar."), goes to a person."""
    reply = c.own.footer_reply
    said_no = _SAYS_NO.match(reply) or intents.NEGATION.search(reply)
    if reply and reply in c.own.text and not said_no and not intents.LEAVE_NETWORK.search(reply):
        # "> Afmelden? ... / Dat dan ook maar.": an answer to our question that is no plain yes nor a no; what the
        # writer means by it about their membership a person reads (the rest of the text may say something else)
        why = f"antwoordt '{one_line(reply)[:80]}' op onze vraag 'Afmelden?' onder de e-mail: een mens kijkt"
        return c.decide(Kind.OTHER, why)
    if not c.own.footer_yes or intents.ERASE.search(c.own.footer_yes):
        return None  # ("AFMELDEN graag, en wis mijn gegevens": an erasure too, read with the rest of the text)
    about_atelier = c.context.purpose in (INVITATION, REMINDER)
    return c.decide(
        Kind.UNSUBSCRIBE,
        f"antwoordt '{c.own.footer_yes}' op onze vraag 'Afmelden?' onder de e-mail",
        erase=False,
        attending=False if about_atelier else None,
    ).replace(confidence=policy.PLAIN)


def _successor(c: Ctx) -> str | None:
    found = people.address_near(c.words + "\n" + c.own.signature, intents.SUCCESSOR, exclude=(c.p.sender or "",))
    if found is None and c.context.purpose == GOODBYE and len(c.other_addresses) == 1 and _STARTS_AS.search(c.own.text):
        # our goodbye asks "Neemt iemand anders uw functie over? Dan horen wij graag de naam en het e-mailadres van uw
        # opvolger": under it, the one address given for a person who starts in the post is that successor
        found = c.other_addresses[0]
    return found


# Someone starting in the post: "Zij start op 15 mei als algemeen directeur", "he takes up the post on 1 June".
_STARTS_AS = re.compile(
    r"\b(start|begint|treedt|komt|begon|startte)\s+(\w+\s+){0,5}?(als|in\s+dienst\s+als)\s+(\w+\s+)?(directeur|directrice|"
    r"bestuurder|secretaris)\b|\b(starts|begins|joins)\s+(\w+\s+){0,5}?as\s+(\w+\s+)?(director|ceo)\b|"
    r"\btakes\s+up\s+the\s+(post|position)\b",
    re.I,
)


def _new_address(c: Ctx) -> str | None:
    if not intents.NEW_ADDRESS.search(c.words):
        return None
    found = people.address_near(c.words, intents.NEW_ADDRESS, exclude=(c.p.sender or "",))
    return normalise(found) if found else None


def _substitute(c: Ctx) -> str | None:
    if not intents.SUBSTITUTE.search(c.words):
        return None
    return people.address_near(c.words, intents.SUBSTITUTE, exclude=(c.p.sender or "",))


def _reading(c: Ctx) -> Decision | None:
    """What the writer asks, read per sentence and resolved by the written policy (reading.py, policy.py)."""
    parts = reading.sentences(c.subject, c.own.text)
    if inside := _answers_elsewhere(c, parts):
        why = f"de schrijver antwoordt in onze geciteerde tekst ('{one_line(inside)}'): een mens leest het daar"
        return c.decide(Kind.OTHER, why).replace(rule=INSIDE_RULE)
    r = policy.Reading(
        signals=tuple(reading.read(parts) + reading.form(c.own.text)),
        sentences=tuple(parts),
        purpose=c.context.purpose,
        successor=_successor(c),
        substitute=_substitute(c),
        new_address=_new_address(c),
        names_other=bool(c.other_addresses),
        # (a forward whose headers still point to our mail is that mail's reply: it says whom we invited)
        forwarded=is_forwarded(c.p.subject) and c.context.source != "thread",
        for_a_member=bool(policy.SUBSTITUTES_INVITATION.match(c.p.subject)),
    )
    resolved = policy.resolve(r)
    if resolved is None:
        return None
    name, out = resolved
    data = dict(out.data)
    extra = data.pop("extra", {})
    if out.kind == Kind.SUBSCRIBE:
        decided = _subscribe(c, out.reason)
    else:
        if out.kind == Kind.RSVP and data.get("attending"):
            data["guests"] = intents.guests(c.words)
        if data.get("substitute"):
            # Issue 19, item 4: the substitute's name as the member wrote it next to the address.
            data["substitute_name"] = people.name_of(c.words, data["substitute"])
        if data.get("successor"):
            # Issue 16: a hand-over invites the successor under the name written next to that address.
            data["name"] = people.name_of(c.words, data["successor"])
        decided = c.decide(out.kind, out.reason, **data)
    return decided.replace(rule=name, confidence=out.confidence, extra={**decided.extra, **extra})


# A wish to come to one atelier, in a sentence that names it and its day and says no "niet" anywhere (read with match,
# from the sentence's start): "de uitnodiging voor het atelier van 11 maart gezien en zou daar ook bij willen zijn" (not
# the ateliers in general: "graag ook de uitnodigingen voor de ateliers").
_WANTS_ATELIER = re.compile(
    r"(?=.*" + intents.OUR_ATELIER.pattern + r")(?=.*\b\d{1,2}\s+" + intents.MONTHS + r"\b)"
    r"(?=.*\b(wil|wilt|willen|zou|zouden|graag|would\s+like|wants?\s+to)\b)(?!.*\b(niet|geen|not)\b)",
    re.I,
)


def _subscribe(c: Ctx, reason: str) -> Decision:
    """Who to enrol: an address named in the writer's words, else the sender; name and organisation from a form."""
    member, why = people.member_address(c.own.text, c.own.signature, c.p.sender)
    if member == c.p.sender and (whom := c.passed_on_for) is not None:
        # "Hieronder het verzoek van de heer Brinkman": the forwarded mail's writer is the one to enrol.
        if not whom:
            return c.decide(
                Kind.OTHER, f"{reason}, maar doorgestuurd voor een ander, zonder diens adres: een mens kijkt"
            )
        member, why = whom, f"doorgestuurd verzoek van {whom}"
    who = people.person(c.own.text, c.own.signature)
    address = who.email or member
    if address and c.p.sender and normalise(address) != normalise(c.p.sender):
        # Someone else's sign-up (a secretary for her director, issue 16): the person is the one the text names
        # next to that address, never the signature's writer; the writer's function is not theirs either.
        who = people.named_for(c.own.text, address, fallback=who)
        if wish := next(
            (s.text for s in c.own_sentences if s.source == "tekst" and _WANTS_ATELIER.match(s.text)), None
        ):
            # "Mevrouw Hoekstra wil graag lid worden (j.hoekstra@...). Zij wil ook naar het atelier van 11 maart": her
            # sign-up and a seat at the atelier asked by someone else; one act would lose the other: a person does both
            why = f"{reason}, voor een ander, die ook naar het atelier wil ('{one_line(wish)[:60]}'): een mens kijkt"
            return c.decide(Kind.OTHER, why)
    if address and normalise(address) is None:
        return c.decide(Kind.OTHER, f"{reason}, maar het in te schrijven adres is ongeldig")
    if (
        len(c.other_addresses) > 1
        or (c.other_addresses and intents.WRITER_TOO.search(c.own.text))
        or intents.WE_BOTH.search(c.own.text)
    ):
        # "Graag meld ik ons voltallige MT aan: ...", "Meld mij en mijn adjunct aan": one sign-up is one person; which
        # of several to enrol, and whether each wants it, a person sorts out.
        return c.decide(Kind.OTHER, f"{reason}, maar voor meer dan één persoon: een mens kijkt")
    if address == c.p.sender and who.name and _someone_else(c):
        # "Graag aanmelden: Naam: Gerard Vink ..." signed "Secretariaat Directie": the form names another person than
        # the one writing, and gives no address of theirs: never enrol the writer's mailbox
        return c.decide(Kind.OTHER, f"{reason}, maar voor {who.name}, zonder diens adres: een mens kijkt")
    if address == c.p.sender and intents.SIGNS_UP_ANOTHER.search(c.own.text):
        # "Op verzoek van de heer Dekker meld ik hem hierbij aan": someone else, without their address; never the writer
        return c.decide(Kind.OTHER, f"{reason}, maar voor een ander, zonder diens adres: een mens kijkt")
    if (
        address == c.p.sender
        and (role := intents.find(intents.NOT_A_DIRECTOR, c.own.text, inherent=True))
        and not role.negated
    ):
        # The network is for directors: a student, adviser, journalist or council member asking to join is for the
        # secretariat to answer.
        return c.decide(Kind.OTHER, f"{reason}, maar de schrijver is geen directeur ('{role.words}'): een mens kijkt")
    return c.decide(
        Kind.SUBSCRIBE,
        f"{reason}; in te schrijven: {why}",
        member_email=normalise(address),
        name=who.name or (c.p.sender_name if member == c.p.sender else None),
        organisation=who.organisation,
        role=who.role,
    )


# A mailbox or a role that writes for a director, in the signature: "Secretariaat Directie", "managementassistent".
_WRITES_FOR_OTHERS = re.compile(
    r"\b(secretariaat|secretaresse|secretary|management\s*-?\s*assistent\w*|management\s+assistant|office\s*manager|"
    r"directiesecretari\w*|bestuurssecretari\w*|personal\s+assistant)\b",
    re.I,
)


def _someone_else(c: Ctx) -> bool:
    """Does a sign-up form come from a mailbox that writes for others (signed "Secretariaat Directie")?"""
    return bool(reading.form(c.own.text)) and bool(_WRITES_FOR_OTHERS.search(c.own.signature or ""))


def _answers_elsewhere(c: Ctx, parts: list[reading.Sentence]) -> str | None:
    """The words that point at answers inside our quoted text, when they are all the writer wrote above it ("Zie mijn
    reactie in rood", "Ik heb mijn onderwerp in oranje in je mail gezet"): the answers themselves were not found."""
    if not c.own.cut or not (inside := _ANSWERS_INSIDE.search(c.own.text)):
        return None
    pointer = inside.group(0).lower()
    rest = [p for p in parts if p.source == "tekst" and pointer not in p.text.lower()]
    said = [p for p in rest if len(p.text.split()) > 3 or any(x.counts for x in reading.read([p]))]
    return None if said else inside.group(0)


def _other(c: Ctx) -> Decision:
    problems = f" ({'; '.join(c.p.problems)})" if c.p.problems else ""
    if not c.own.text.strip() and not c.subject:
        return c.decide(Kind.OTHER, "geen eigen tekst gevonden" + problems)
    return c.decide(Kind.OTHER, "geen verzoek herkend: een mens kijkt" + problems)


# The rule names of the two outcomes outside the table: nothing fired, or the classifier itself failed.
FALLBACK_RULE = "geen-regel"
INSIDE_RULE = "antwoord-in-onze-tekst"  # the answers are inside our quoted text, unread (_answers_elsewhere)
FAILED_RULE = "classificatie-mislukt"

# The policy, in order. Machines first, then exact tags, then context, then words.
RULES: tuple[tuple[str, Rule], ...] = (
    ("onleesbaar", _unreadable),
    ("bounce", _bounce),
    ("lijkt-bounce", _bounce_like),
    ("agenda-itip", _itip),
    ("autoreply-kop", _autoreply_headers),
    ("machine-afzender", _machine_sender),
    ("bulk", _bulk),
    ("geen-afzender", _no_sender),
    ("autoreply-tekst", _autoreply_text),
    ("agenda-antwoord", _calendar),
    ("bevestiging", _confirm),
    ("afmeldreferentie", _unsubscribe_ref),
    ("afmelding-terugdraaien", _undo_leave),
    ("antwoord-op-afmeldvraag", _footer_answer),
    ("lezing", _reading),
)


# Where the model's reading counts (weigh.py): decisions read from the writer's words, and no decision at all.
_WORD_RULES = frozenset(name for name, _ in policy.POLICY)
# Words of the member's data (an erasure or access request the rules may have missed).
_DATA = re.compile(
    r"\b(avg|gdpr|(persoons)?gegevens|vergetelheid|vergeten\s+worden|privacy|personal\s+data|my\s+data)\b", re.I
)
# The model's label, and the intent whose negation in the writer's words contradicts it.
_NEGATED_READS = {"rsvp-ja": "yes", "subscribe": "join", "suggestion": "propose", "unsubscribe": "leave"}
MODEL_RULE = "geleerd-model"
MODEL_MIN_WORDS = 3  # fewer of the writer's words than this give the model nothing to read
# A whole reply that leaves our mailing by name, no one else's ("Afmelden voor de nieuwsbrief", not "... van de VNG").
_OUR_MAILING = re.compile(
    r"\W*(graag\s+)?(afmelden|uitschrijven|unsubscribe)\s+(voor|van|from)\s+(de|uw|jullie|deze|this|the|your)\s+"
    r"(nieuwsbrief|mailing|mailinglijst|mails|e-?mails|berichten|uitnodigingen|newsletter|mailing\s+list)"
    r"(\s+(a\.?u\.?b\.?|graag|svp|please))?\W*",
    re.I,
)
DOUBT_RULE = "regels-en-model-oneens"
ASKED_FIRST = "het lid wordt eerst per e-mail gevraagd of het klopt"
_READ_RULES = _WORD_RULES | {MODEL_RULE}  # decisions read from what someone wrote, not from our tags or headers


def _learned_act(c: Ctx, label: str, reason: str, probability: float) -> Decision:
    """Act on the model's reading where no rule recognised anything (weigh.ADOPT says which labels may)."""
    if label == "subscribe":
        decided = _subscribe(c, reason)
        if decided.kind == Kind.SUBSCRIBE and decided.member_email != normalise(c.p.sender or ""):
            # Signing up someone else needs the rules' evidence (a named address in so many words), not a guess.
            decided = c.decide(Kind.OTHER, f"{reason}, maar voor een ander adres: een mens kijkt")
    elif label == "suggestion":
        own = [s.text for s in c.own_sentences] or [c.words]
        found = theme_words.proposed(own)
        topics = topics_in("\n".join(own))
        decided = c.decide(
            Kind.SUGGESTION,
            "; ".join(filter(None, (reason, f"thema's: {', '.join(found) or 'geen thema herkend'}", topics.note))),
            themes=tuple(found),
            topics=topics.phrases,
        )
    elif label in ("rsvp-ja", "rsvp-nee"):
        yes = label == "rsvp-ja"
        guests = {"guests": intents.guests(c.words)} if yes else {}
        decided = c.decide(Kind.RSVP, reason, attending=yes, **guests)
    elif label == "unsubscribe":
        # Only the member's own answer to our question makes this a leave (weigh.ADOPT); a named successor still
        # takes it to the secretariat. Data named in the writer's words may be an erasure the rules missed: a person.
        if c.context.purpose == GOODBYE:  # the leave is done: what the model reads as leaving speaks of it
            return c.decide(Kind.OTHER, f"{reason}, maar de afmelding is al verwerkt: een mens kijkt").replace(
                rule=FALLBACK_RULE, confidence=probability
            )
        if data := _DATA.search(c.words):
            return c.decide(Kind.OTHER, f"{reason}, maar de mail noemt '{data.group(0)}': een mens kijkt").replace(
                rule=FALLBACK_RULE, confidence=probability
            )
        why = f"{reason}: {ASKED_FIRST}"
        decided = c.decide(Kind.UNSUBSCRIBE, why, erase=False, successor=_successor(c), ask_member=True)
    else:
        decided = c.decide(Kind(label), reason)
    return decided.replace(rule=MODEL_RULE if decided.kind != Kind.OTHER else FALLBACK_RULE, confidence=probability)


def _second_opinion(c: Ctx, decided: Decision, reader: Reader) -> Decision:
    """The learned reading next to the rules' decision, as weigh.py's table says (issue 17)."""
    if decided.rule != FALLBACK_RULE and (
        decided.rule not in _WORD_RULES or decided.kind == Kind.OTHER or decided.erase or decided.successor
    ):
        return decided  # exact evidence, a person already, or a request that goes to the secretariat anyway
    if decided.kind == Kind.UNSUBSCRIBE and c.context.source == "thread" and _OUR_MAILING.fullmatch(c.own.text.strip()):
        # "Afmelden voor de nieuwsbrief" and nothing else, in reply to one of our mails: the answer our footer asks
        # for, about the mail it answers; the model, taught other organisations' newsletters, has nothing to doubt
        return decided
    if len(c.words.split()) < MODEL_MIN_WORDS and (
        decided.rule == FALLBACK_RULE or any(s.counts and s.strength == reading.STRONG for s in c.own_signals)
    ):
        # Too little to read: where no rule fired a person looks, as the rules said; where the rules read it in so
        # many words ("Graag afmelden." under the invitation), the model has no more to go on than those words.
        # (A short text read from the thread alone, "uitschrjven a.u.b." under the call, still gets its doubt.)
        return decided
    model = reader()
    if model is None:
        return decided
    purpose = c.context.purpose
    guess = model.read(c.model_text)
    if decided.rule == FALLBACK_RULE:
        own = c.own_sentences
        others = c.other_addresses
        # Only questions, a question put to us ("Mag ik dan lid blijven?", "Op welke plek sta ik nu?") or a condition
        # ("I'll attend, provided ..."): a person answers, the model does not act.
        to_us = any(reading.asks_us(s) or reading.asks_open(s) or intents.CONDITION.search(s.text) for s in own)
        asks = bool(own) and (all(s.question for s in own) or to_us)
        # "Op 11 maart ben ik er niet bij": the rules saw the model's reading said and negated; a person reads it.
        said_not = any(x.negated and x.intent == _NEGATED_READS.get(guess.label) for x in c.own_signals)
        # "I'm leaving the organisation next month; until then, please keep me on the list": staying, in so many words
        stays = any(x.intent == "stay" and x.counts for x in c.own_signals)
        names_event = any(x.intent == "event" for x in c.own_signals)
        for_other = bool(people.FOR_A_PERSON.search(c.own.text) or people.THEIR_ATTENDANCE.search(c.own.text))
        opinion = weigh.on_nothing(
            guess,
            purpose,
            asks_only=asks,
            other_address=next(iter(others), None),
            said_not=said_not,
            stays=stays,
            names_event=names_event,
            for_other=for_other,
            passed_on=bool(people.PASSED_ON.search(c.own.text)),
        )
        if opinion.verdict == weigh.Verdict.ADOPT:
            why = f"geen regel herkende een verzoek; {opinion.reason}"
            return _learned_act(c, opinion.label, why, guess.probability)
        if opinion.verdict == weigh.Verdict.ASK:  # the rules' reason (with the thread) and what the model read
            return decided.replace(reason=f"{decided.reason}; {opinion.reason}")
        return decided
    said = learned.label_of(str(decided.kind), decided.attending)
    answered = {x.intent for x in c.own_signals if x.counts}
    if guess.label in weigh.ANSWERS and said in weigh.ANSWERS and {"yes", "no"} <= answered:
        # "Ik kan helaas niet ... Nu is de raad verschoven, dus ik kan er toch bij zijn!": both answers are written,
        # and which one counts (the later, the one not conceded) is the rules' reading; the model reads the words
        # of both in one bag, so its other answer is no doubt.
        return decided
    if said == "rsvp-nee" and guess.label == "other" and any(x.intent == "substitute" for x in c.own_signals):
        # "Zelf kan ik niet. Ik vraag mijn plaatsvervanger of zij in mijn plaats wil gaan": the decline is said; the
        # substitute still to be named is what the model reads as no request, and the brief's decline with one
        return decided
    if said == "rsvp-ja" and guess.label == "other" and intents.PART_OF_IT.search(c.own.text):
        # "Ik kan niet het hele programma volgen, ik kom graag voor het eerste deel": a yes for part of the afternoon,
        # said in so many words; the model reads the "niet ... hele" beside the yes as no request
        return decided
    if decided.kind == Kind.SUGGESTION and decided.attending is not None and guess.label == _answer_label(decided):
        # "Ik kom! En als idee voor een volgende keer: iets over inkoop": the model reads the answer that goes with
        # the suggestion (policy._answer_and_topic), which is half of what the rules read, not another reading
        return decided
    opinion = weigh.on_words(said, guess)
    if opinion.verdict != weigh.Verdict.ASK:
        return decided
    why = f"{opinion.reason}; regels: {decided.reason} (regel {decided.rule}): een mens kijkt"
    return c.decide(Kind.OTHER, why, context="").replace(rule=DOUBT_RULE, confidence=guess.probability)


def _answer_label(decided: Decision) -> str:
    """The model's label for the answer to the atelier a decision carries."""
    return learned.label_of(str(Kind.RSVP), decided.attending)


# A question the writer announces as one: "Daarbij een vraag:", "Ik heb nog een vraag", "One question though:".
_ANNOUNCED = re.compile(
    r"\b((daarbij|wel|nog|alleen|verder|tot\s+slot)\s+(een|één)\s+vraag|(een|één)\s+vraag\s*:|"
    r"(een|één)\s+vraag\s+(daarbij|hierbij|nog|tussendoor)\b|"
    r"(ik\s+heb|heb\s+ik)\s+(nog\s+|wel\s+|ook\s+)?(een|één)\s+vraag|"
    r"(one|a|another|quick)\s+(more\s+)?question|i\s+have\s+(one|a)\s+(more\s+)?question)\b",
    re.I,
)
# The acts a question put to us beside them leaves to a person (with the reading in the reason, see _also_asks).
_ASKS_BESIDE = frozenset({Kind.SUBSCRIBE, Kind.CONFIRM, Kind.UNSUBSCRIBE, Kind.RSVP, Kind.SUGGESTION})
ASKS_RULE = "verzoek-met-vraag"
# "Mag ik aanschuiven?", "Can I join?": the writer's own request put as a question, not a second question.
_ASKS_TO_JOIN = re.compile(
    # (not asking how: "Kan ik ook online aansluiten?" is a question a person answers)
    # (nor whether one may: "Kan ik dan ook lid worden?", "Mag ik eigenlijk wel komen?"; "Mag ik toch lid blijven?"
    # asks to stay)
    r"\b(mag|kan|zou)\s+ik\s+(?!(\w+\s+){0,2}(online|digitaal|hybride|remote|virtueel|op\s+afstand)\b)"
    r"(?!(\w+\s+)?(dan|eigenlijk|überhaupt|wel)\b)(\w+\s+){0,2}"
    r"(aanschuiven|meedoen|mee\s+doen|deelnemen|aansluiten|lid\s+(worden|blijven)|komen)\b|"
    r"\b(can|may|could)\s+i\s+(?!(\w+\s+){0,2}(online|remotely|virtually)\b)(\w+\s+){0,2}(join|attend|come)\b",
    re.I,
)
# "Wil jij ze laten weten dat ik niet kom?": the director's answer passed on by an assistant, no question to us.
_RELAYED = re.compile(
    r"\b(laten\s+weten|doorgeven|door\s+te\s+geven|antwoorden|melden|zeggen|let\s+them\s+know|tell\s+them)\s+"
    r"(\w+\s+){0,2}?(dat|that)\s+(ik|i)\b",
    re.I,
)
# "Wat moet ik daarvoor doen?", "How do I sign up?": how to make the request, which our answer to it tells.
_HOW_TO = re.compile(
    r"\bwat\s+(moet|kan|dien)\s+ik\s+(daar|hier|er)?(voor\s+)?(\w+\s+)?doen\b|"
    r"\bhoe\s+(kan|moet|doe)\s+ik\s+(dat|dit|(mij|me)\s+(\w+\s+){0,3}(aanmelden|inschrijven|opgeven|aansluiten))\b|"
    r"\bhoe\s+(werkt|gaat)\s+(dat|dit|de\s+aanmelding)\s*\?|\bhow\s+(do|can|should)\s+i\s+(do\s+(that|this|so)|join|"
    r"sign\s+up|register|apply)\b|\bwhat\s+(do|should)\s+i\s+(need\s+to\s+)?do\b",
    re.I,
)
# "Wilt u de aanmelding laten vervallen?", "Could you cancel my registration?": the request itself, asked.
_ASKS_FOR_IT = re.compile(
    r"\b(wilt|kunt|wil|kun|zou|zoudt|would|could|can|will)\s+(u|je|jij|jullie|you)\s+(\w+\s+){0,2}"
    r"(de|mijn|die|deze|dat|this|my|the)\s+(aanmelding|inschrijving|lidmaatschap|registratie|registration|membership|"
    r"subscription)\b",
    re.I,
)
# A rhetorical question beside the request: "wie wil dat nou niet?", "Hoe zou ik dit kunnen missen?", "Waarom ook
# niet?", "Wie had dat nou kunnen voorzien?", "waarom zou ik anders ...?": nothing for a person to answer.
_RHETORICAL = re.compile(
    r"\bwie\s+(\w+\s+){0,4}nou\s+niet\s*\?|\bwie\s+had\s+dat\s+(nou\s+)?(kunnen\s+)?(voorzien|bedenken|verwachten)\b|"
    r"\bhoe\s+(zou|kan)\s+ik\s+(dit|dat|het)\s+(nou\s+)?(kunnen\s+)?missen\s*\?|\bwaarom\s+(ook\s+)?niet\s*\?|"
    r"\bwaarom\s+zou\s+ik\s+(\w+\s+){0,2}anders\b|\bwho\s+wouldn'?t\b|\bwhy\s+not\s*\?|"
    # "wie niet?", "Wie zou dit willen missen?", "Waarom heb ik dit niet veel eerder gedaan?", "Hoe kan ik nou op 11
    # maart, midden in de kadernota?" (an exclamation: I cannot)
    r"\bwie\s+niet\s*\?|\bwie\s+(zou|wil|wilt)\s+(dit|dat|zoiets|het)\s+(nou\s+|nu\s+)?(willen\s+)?missen\s*\?|"
    r"\bwaarom\s+(heb|ben)\s+ik\s+(\w+\s+){0,3}niet\s+(\w+\s+){0,2}(eerder|eerst)\b[^?]*\?|"
    r"\bhoe\s+(kan|zou)\s+ik\s+(dat\s+|dit\s+|het\s+)?(nou|nu\s+toch|in\s+vredesnaam)\b[^?]*\?",
    re.I,
)
# Our invitation's own questions, typed over again above the answers ("Komt u? -> ja", "Vraag: Neemt u iemand mee?").
_OUR_QUESTIONS = re.compile(
    r"^\W*(vraag\s*:?\s*)?(komt\s+u|neemt\s+u\s+iemand\s+mee|kunt\s+u\s+zelf\s+niet[^?]*)\s*\??\W*$", re.I
)
# "Wilt u dat afhandelen?", "Zie onder, wil jij dit regelen?": the forwarded request (quotes._passed_on) handed to us.
_HANDLE_IT = re.compile(
    r"\b(wil|wilt|kun|kunt|zou|zoudt)\s+(jij|je|u|jullie)\s+(dit|dat|het|deze|die)\s+(\w+\s+){0,2}?(regelen|afhandelen|"
    r"verwerken|doorvoeren|in\s+orde\s+maken|oppakken|behandelen)\b|"
    r"\b(could|can|would|will)\s+you\s+(please\s+)?(handle|arrange|sort\s+out|take\s+care\s+of|process)\s+(this|that|it)\b",
    re.I,
)
# The request made on the answer to the question before it: "Zo ja, ...", "In dat geval ...", "If so, ...".
_IF_SO = re.compile(r"^\W*" + intents.IF_SO + r"\b", re.I)
# What the service answers itself: whether there is a seat, whether one may still join.
_WHAT_WE_KNOW = re.compile(
    r"\b(plek|plaats|plaatsen|ruimte|vol|wachtlijst|lid\s+worden|aansluiten|room|seat|space)\b", re.I
)
# "Could you please sign him up?", "Mag ik u vragen haar in te schrijven?": the sign-up itself, asked politely
# (beside a sign-up for the network only, _also_asks).
_SIGN_UP_PLEASE = re.compile(
    r"\b(could|would|can|will)\s+you\s+(please\s+)?(sign\s+(him|her|me)\s+up|register\s+(him|her|me)\s+as\s+a\s+member)\b|"
    r"\b(mag|mogen)\s+(ik|wij|we)\s+u\s+vragen\s+(hem|haar|mij|me)\s+(\w+\s+){0,3}(in\s+te\s+schrijven|aan\s+te\s+melden|"
    r"toe\s+te\s+voegen)\b",
    re.I,
)
# Questions that are part of the request itself, not a second matter for a person.
# Asking us to send or do something for the writer beside the request: "Kunt u mij vooraf de deelnemerslijst
# toesturen?", "Wilt u mij even terugbellen?" (the service sends none of it: a person does).
_ASKS_TO_SEND = re.compile(
    r"\b(kunt|kan|kunnen|wilt|wil|willen|zou|zoudt|zouden)\s+(u|je|jij|jullie)\s+(mij|me|ons)\s+(\w+\s+){0,6}(toesturen|sturen|mailen|"
    r"doorsturen|opsturen|bezorgen|bellen|terugbellen)\b|\b(could|can|would)\s+you\s+(please\s+)?(send|email|call)\s+me\b",
    re.I,
)
_PART_OF_THE_REQUEST = (
    _ASKS_TO_JOIN,
    _ASKS_FOR_IT,
    _RELAYED,
    _HOW_TO,
    _RHETORICAL,
    _OUR_QUESTIONS,
    _HANDLE_IT,
)
_SIGNAL_INTENTS = frozenset({"join", "leave", "unsub", "yes", "no", "deny", "stay", "substitute", "propose"})


def _weigh_themes(c: Ctx, decided: Decision, reader: Reader) -> Decision:
    """A suggestion's themes, the word table's weighed by the theme reading (weigh.themes)."""
    if decided.kind != Kind.SUGGESTION:
        return decided
    model = reader()
    if model is None:
        return decided
    themes, note = weigh.themes(decided.themes, model.themes(c.model_text))
    return decided.replace(themes=themes, reason=f"{decided.reason}; {note}") if note else decided


def _also_asks(c: Ctx, decided: Decision) -> Decision:
    """A request that also asks the secretariat something ("Graag meld ik mij aan. Klopt het dat deelname kosteloos
    is?") goes to a person whole: they answer the question and do the request with it ("behandel als"), the request
    read in the reason. Acting on half a mail would answer the writer before the person has read the rest (the
    labelled sets' convention since devset6: an act mixed with a question a person must answer is for a person)."""
    if decided.kind not in _ASKS_BESIDE or decided.extra.get("denied"):
        return decided  # a denial undoes at once what someone did in the writer's name, whatever else they ask
    if decided.erase or decided.successor:
        # an erasure or a hand-over goes to the secretariat anyway, on its own path (issue 16), whole: a question
        # beside it ("Kunt u mij laten weten of mijn gegevens ooit zijn gedeeld?") is answered there
        return decided
    # A topic put as a question is the suggestion itself, not a second matter beside another act.
    excuses = _SIGNAL_INTENTS if decided.kind == Kind.SUGGESTION else _SIGNAL_INTENTS - {"propose"}
    own = c.own_sentences
    for number, s in enumerate(own):
        # A topic is often put as a question ("Hoe borgen we ...?"): beside a suggestion only a question to us counts.
        sends = s.text.rstrip().endswith("?") and _ASKS_TO_SEND.search(s.text)  # a polite request, not a question
        # "Daarbij een vraag: tellen wij dan mee ...?", "One question though: are the ateliers ...?" (beside a topic
        # a question announced may be the topic: "Mijn vraag voor het atelier: hoe ...?")
        near = " ".join(x.text for x in own[max(0, number - 1) : number + 1])
        announced = decided.kind != Kind.SUGGESTION and s.question and _ANNOUNCED.search(near)
        if not (reading.asks_us(s) or (decided.kind != Kind.SUGGESTION and reading.asks_open(s)) or sends or announced):
            continue
        before = own[number - 1] if number > 0 else None
        proposed = before is not None and any(x.intent == "propose" and x.counts for x in reading.read([before]))
        # (a question about our programme, "Komt Dienstverlening ook aan bod?", asks us whatever its theme words)
        topical = bool(
            proposed
            and before is not None
            and not before.question
            and theme_words.themes_in(s.text)
            and not intents.ABOUT_PROGRAMME.search(s.text)
        )
        if decided.kind == Kind.SUGGESTION and topical:
            # "Graag spreek ik over de directeur als strateeg: hoe maakt u ruimte voor een langetermijnvisie?": the
            # topic itself ("Mijn onderwerp: ... Mag ik het zelf inleiden?" still asks us)
            continue
        after = own[number + 1] if number + 1 < len(own) else None
        if (
            after is not None
            and _IF_SO.match(after.text)
            and _WHAT_WE_KNOW.search(s.text)
            and any(x.counts for x in reading.read([after]))
        ):
            # "Is er nog plek? Zo ja, meld mij dan maar aan.": a condition the service sees to is the request's; not
            # one a person must weigh ("Mag ik later aanschuiven? Zo ja, dan kom ik graag.")
            continue
        if decided.kind == Kind.SUGGESTION and intents.TO_PEERS.search(s.text):
            continue  # "Wie heeft daar ervaring mee, en wat zou je anders doen?": asked of the colleagues, the topic
        if decided.kind == Kind.SUBSCRIBE and _SIGN_UP_PLEASE.search(s.text):
            continue  # "Could you please sign him up?" beside "Our deputy ... would like to become a member"
        if any(p.search(s.text) for p in _PART_OF_THE_REQUEST) or any(
            x.intent in excuses and x.counts for x in reading.read([s])
        ):
            continue  # the request itself, asked politely ("Wilt u mij aanmelden?")
        question = one_line(s.text)[:200]
        read = weigh.SAYS[learned.label_of(str(decided.kind), decided.attending)]
        why = f"de mail vraagt ook iets: '{question}'; gelezen als {read} ({decided.reason}): een mens kijkt"
        asks = c.decide(Kind.OTHER, why, context="")
        return asks.replace(rule=ASKS_RULE, confidence=decided.confidence, extra={**asks.extra, "question": question})
    return decided


# A mail pasted into the writer's own text, its header lines first: "Van: secretariaat directie / Aan: ... / Betreft:".
_PASTED_HEADER = re.compile(r"\A\s*(van|from)\s*:[^\n]*\n\s*(aan|to)\s*:", re.I)


def _pasted(c: Ctx, decided: Decision) -> Decision:
    """A sign-up read from a mail pasted into the writer's text: whose request it is, and for whom, a person checks."""
    if decided.kind != Kind.SUBSCRIBE or decided.rule not in _WORD_RULES or not _PASTED_HEADER.search(c.own.text):
        return decided
    why = f"aanmelding in een geplakte e-mail (met Van:/Aan:); gelezen: {decided.reason}: een mens kijkt"
    return c.decide(Kind.OTHER, why, context="").replace(rule=decided.rule, confidence=decided.confidence)


def _passed_on(c: Ctx, decided: Decision) -> Decision:
    """A leave or an RSVP forwarded for someone else ("Hieronder het verzoek van mevrouw Hartog") concerns the
    forwarded mail's writer: the member at that address, asked first before they leave (their words reached us
    through another's hands). Without that address, which member is meant is for a person to find."""
    if decided.kind not in (Kind.UNSUBSCRIBE, Kind.RSVP) or decided.rule not in _READ_RULES:
        return decided  # (checked first: a delivery report's text is never cut into the writer's own)
    whom = c.passed_on_for
    if whom is None:
        return decided
    if not whom:
        if decided.kind == Kind.RSVP or decided.erase or decided.successor:
            return decided  # the thread may name the member; erasure and hand-over go to the secretariat anyway
        why = f"doorgestuurd voor een ander, zonder diens adres; gelezen: {decided.reason}: een mens kijkt"
        return c.decide(Kind.OTHER, why, context="").replace(rule=decided.rule, confidence=decided.confidence)
    if decided.kind == Kind.RSVP:
        return decided.replace(member_email=whom, reason=f"{decided.reason}; doorgestuurd namens {whom}")
    why = f"{decided.reason}; doorgestuurd verzoek van {whom}: {ASKED_FIRST}"
    return decided.replace(member_email=whom, ask_member=True, reason=why)


# Our notices about an atelier that ask for no answer in a word: the cancellation, the change, the waiting-list notice,
# the reminder (each says in words what to answer if something changed: "ik kan toch niet"). A bare word under one
# ("Prima", "Ja", "Helaas" under the change) says nothing certain about coming; under the reminder, "helaas" is
# what the reminder itself asks for ("Beantwoord deze e-mail dan met 'helaas, ik kan niet'").
_NOTICE = re.compile(
    r"\b(geannuleerd|gewijzigd|wachtlijst|herinnering|cancelled|changed|waiting\s+list|reminder)\b", re.I
)
_REMINDER = re.compile(r"\b(herinnering|reminder)\b", re.I)
_WAITING = re.compile(r"\b(wachtlijst|waiting\s+list)\b", re.I)
_CANCELLED = re.compile(r"\b(geannuleerd|cancelled)\b", re.I)
_BARE = re.compile(
    r"^\W*(ja|nee|prima|ok|oké|okay|top|jammer|helaas|akkoord|goed|fijn|yes|no|fine)(\W+(dank\w*|hoor|thanks))?\W*$",
    re.I,
)


def _bare_under_notice(c: Ctx, decided: Decision) -> Decision:
    """A bare word in answer to one of our notices (_NOTICE), or a decline under our cancellation, is no answer
    about coming: a person reads it."""
    if decided.kind != Kind.RSVP or not (notice := _NOTICE.search(c.p.subject)):
        return decided
    if _CANCELLED.search(notice.group(0)) and decided.attending is False:
        # under our cancellation there is nothing left to decline ("op donderdagen in april kan ik niet", for the new
        # date): a person reads it (a yes there may register for a later atelier: "Voor het atelier in november meld
        # ik me bij deze aan")
        why = f"antwoord op onze annulering ({decided.reason}): een mens kijkt"
        return c.decide(Kind.OTHER, why, context="").replace(rule=decided.rule)
    own = [s.text for s in c.own_sentences]
    answers = [x.words for x in c.own_signals if x.intent in ("yes", "no") and x.counts]
    if own and (bare := _BARE.match(own[0])) and len(" ".join(own).split()) <= 3:
        if _REMINDER.search(notice.group(0)) and bare.group(1).lower() == "helaas":
            return decided
        said = own[0].strip()
    elif _WAITING.search(notice.group(0)) and answers and all(_BARE.match(words) for words in answers):
        # "Prima, dank voor het bericht. Ik hoor het wel als er iets vrijkomt." under the waiting-list notice: the
        # only answer-like word is the bare one, the rest acknowledges the notice (under the reminder or the change
        # "Prima, tot donderdag!" confirms coming)
        said = answers[0]
    else:
        return decided
    why = f"alleen '{said}' in antwoord op ons bericht '{notice.group(0).lower()}': een mens kijkt"
    return c.decide(Kind.OTHER, why).replace(rule=decided.rule)


def model_text(raw: bytes, *, thread: ThreadLookup | None = None) -> str:
    """What the learned model reads of a message (learned.text_of): the training data is made by this too."""
    c = Ctx(parse(bytes(raw)), thread)
    return c.model_text


def classify(raw: bytes, *, thread: ThreadLookup | None = None, reader: Reader = learned.model) -> Decision:
    """Classify one raw message. Never raises: on any internal error a human looks (``other``).

    ``reader`` gives the learned model (learned.model: the shipped examples; the service passes one that adds the
    secretariat's labels; ``lambda: None`` for the rules alone)."""
    try:
        c = Ctx(parse(bytes(raw)), thread)
        for name, rule in RULES:
            decided = rule(c)
            if decided is not None:
                decided = decided if decided.rule else decided.replace(rule=name)
                # A question beside the request goes to a person as such, before the model's doubt is weighed.
                decided = _bare_under_notice(c, _second_opinion(c, _also_asks(c, decided), reader))
                return _pasted(c, _passed_on(c, _also_asks(c, _weigh_themes(c, decided, reader))))
        # (an answer the model reads where no rule fired is held to our notices too)
        decided = _bare_under_notice(c, _second_opinion(c, _other(c).replace(rule=FALLBACK_RULE), reader))
        return _passed_on(c, _also_asks(c, _weigh_themes(c, decided, reader)))
    except Exception as exc:  # the classifier never raises: a human looks instead
        return Decision(
            kind=Kind.OTHER,
            reason=f"classificatie mislukt ({type(exc).__name__}): een mens kijkt",
            rule=FAILED_RULE,
            no_reply=True,
        )
