"""What a read message is, decided from its signals (reading.py) and the thread, in a written order (issue 17).

The order is the policy, top first:

0. a request about someone else's address, data or membership: a person, with all else the mail asks;
1. an AVG erasure is never lost (asked back at the member's own address, with a decline if there was one); then
   an access request (issue 16), answered only when it asks nothing else;
2. "ik heb mij niet aangemeld" withdraws a sign-up (issue 19, item 3): no reminder follows;
3. leaving and staying, or leaving and joining, in one message: a person decides;
4. a hand-over to a named successor; leaving the network in so many words (it beats an RSVP: both are acted);
5. a pitch or an offer is no request;
6. in reply to an invitation (or about an atelier): yes, no, a substitute, or doubt; with a topic put forward
   outright beside the answer, a suggestion that carries the answer (both are acted);
7. in reply to a call for themes (or proposing in so many words): a suggestion with the themes it proposes
   (after 8's plain leave);
8. a plain "afmelden" elsewhere ("Graag afmelden"): leaving, also in reply to the call for themes; a bare word
   inside a longer sentence: too unsure to act on;
9. joining the network; a question only: a person answers.

Every outcome has a confidence. A consequential act (leaving the network) needs ``BAR`` or more; below it the
message goes to the secretariat with the reading in the reason. Pure: no database, no parsing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mailservice.classify import intents, people
from mailservice.classify import themes as theme_words
from mailservice.classify.context import (
    CALL_FOR_THEMES,
    CONFIRMATION,
    FOLLOWUP,
    GOODBYE,
    INVITATION,
    REMINDER,
    WELCOME,
)
from mailservice.classify.decision import Kind
from mailservice.classify.reading import STRONG, Sentence, Signal, asks_open, asks_us
from mailservice.classify.topics import GREETING, topics_in
from mailservice.text import one_line

# How sure a reading must be before the service acts on it alone.
BAR: dict[Kind, float] = {Kind.UNSUBSCRIBE: 0.8, Kind.SUBSCRIBE: 0.6, Kind.RSVP: 0.6, Kind.SUGGESTION: 0.5}
SURE = 0.95  # said in so many words
PLAIN = 0.85  # a bare word that is the whole sentence
WEAKLY = 0.6  # a word inside a longer sentence


@dataclass(frozen=True, slots=True)
class Reading:
    signals: tuple[Signal, ...]
    sentences: tuple[Sentence, ...]
    purpose: str | None  # of our mail in the thread (context.py)
    successor: str | None = None
    substitute: str | None = None
    new_address: str | None = None  # an address written near "mijn nieuwe adres" (issue 16)
    names_other: bool = False  # the writer's text holds an address besides the sender's
    forwarded: bool = False  # our mail passed on ("FW:") without a header that links it: whom we invited is unknown
    for_a_member: bool = False  # a reply to our invitation of a substitute ("Namens Dirk Smit: uitnodiging ...")


@dataclass(frozen=True, slots=True)
class Outcome:
    kind: Kind
    reason: str
    confidence: float
    data: dict[str, Any] = field(default_factory=dict)


def _first(r: Reading, intent: str, *, strong: bool = False) -> Signal | None:
    for s in r.signals:
        if s.intent == intent and s.counts and (not strong or s.strength >= STRONG):
            return s
    return None


def _strongest(r: Reading, intent: str) -> Signal | None:
    """The strongest counting signal of an intent, the first of equals ("Ja hoor, ik schuif aan": the phrase, not
    the bare "Ja")."""
    found = [s for s in r.signals if s.intent == intent and s.counts]
    return max(found, key=lambda s: s.strength) if found else None


def _sure(s: Signal) -> float:
    return SURE if s.strength >= STRONG else WEAKLY


def _about_atelier(r: Reading) -> bool:
    # (a "niet" near the atelier's name negates the answer, not the mention: "ik kom niet naar het atelier op 11 maart")
    return r.purpose in (INVITATION, REMINDER) or any(s.intent == "event" and not s.asked for s in r.signals)


def _erase(r: Reading) -> Outcome | None:
    hit = _first(r, "erase")
    if hit is None:
        return None
    stays = _first(r, "stay")
    if stays is not None and any(
        intents.UNTIL_LATER.search(r.sentences[n].text) for n in (hit.sentence, stays.sentence)
    ):
        # "Wilt u vanaf die datum al mijn gegevens wissen? Tot die tijd blijf ik gewoon lid": an erasure for later,
        # which a person notes (as a hand-over for later, BRIEF.md); not "niet voor dit atelier en niet voor het
        # netwerk. Ik wil ook dat mijn gegevens worden gewist"
        why = (
            f"AVG-verzoek voor later ('{hit.words}'), tot dan blijft de schrijver lid ('{stays.words}'): een mens kijkt"
        )
        return Outcome(Kind.OTHER, why, 1.0)
    if _HYPOTHETICAL.search(r.sentences[hit.sentence].text):
        # "Als ik een verzoek tot verwijdering van mijn gegevens zou indienen, heb ik dan ...?": asks what would happen
        return Outcome(Kind.OTHER, f"vraagt wat een AVG-verzoek zou betekenen ('{hit.words}'): een mens kijkt", 1.0)
    said = intents.clause_of(r.sentences[hit.sentence].text, hit.words, _COLONS)
    if not _FIRST_PERSON.search(said) and (them := _ANOTHER_PERSON.search(said)):
        # "Dirk stopt per 1 april en wil daarna niet meer in uw bestand staan", "Wilt u al zijn gegevens wissen?": an
        # erasure for someone else, which only that person can ask (the brief: a person reads it)
        why = f"AVG-verzoek voor een ander ('{hit.words}', '{them.group(0).strip()}'): een mens kijkt"
        return Outcome(Kind.OTHER, why, 1.0)
    no = _first(r, "no") if _about_atelier(r) else None
    also = f" (en afmelding voor het atelier: '{no.words}')" if no else ""
    data: dict[str, Any] = {"erase": True, "successor": r.successor}
    if no:
        data["attending"] = False
    return Outcome(Kind.UNSUBSCRIBE, f"AVG-verwijderverzoek in eigen tekst: '{hit.words}'{also}", SURE, data)


# The parts of a sentence an erasure's subject is read in: between colons or semicolons, not at "en" ("Dirk stopt en
# wil daarna niet meer in uw bestand staan" keeps its subject).
_COLONS = re.compile(r"[:;]")


# Another person in the erasure's sentence, where the writer is not: "Hij wil niet meer in uw bestand staan".
# ("Dirk stopt per 1 april en wil daarna niet meer in uw bestand staan": a name as the clause's subject)
_ANOTHER_PERSON = re.compile(
    r"\b(hij|zij|hem|zijn|haar|he|she|him|his|her)\b|"
    r"^\W*(?-i:[A-Z][a-z]+)(\s+(?-i:[A-Z][a-z]+))?\s+(wil|wilt|vraagt|stopt|vertrekt|gaat|is|heeft|wants|asks|has)\b",
    re.I,
)
# A request only imagined: "Als ik ... zou indienen", "Stel dat ik ...", "If I were to ...".
_HYPOTHETICAL = re.compile(
    r"^\W*((als|indien|mocht|wanneer)\b[^.!?]{0,120}\b(zou|zouden)\b|stel\s+dat\b|(if|suppose)\b[^.!?]{0,120}\b"
    r"(were\s+to|would)\b)",
    re.I,
)


def _access(r: Reading) -> Outcome | None:
    """An AVG access request (art. 15): asked as a question too ("Welke gegevens heeft u van mij?"). No kind of its
    own: ``other`` with ``access`` in the extras, which the action answers with the member's data, sent to the
    member's own address only (issue 16)."""
    hit = next((s for s in r.signals if s.intent == "access" and not s.negated), None)
    if hit is None:
        return None
    also = next((s for s in r.signals if s.intent in _ACTS and s.counts), None)
    if also is not None:  # "Graag afmelden, en stuur mij mijn gegevens": neither may be lost, so a person acts
        return Outcome(Kind.OTHER, f"AVG-inzageverzoek ('{hit.words}') en ook '{also.words}': een mens kijkt", 1.0)
    return Outcome(Kind.OTHER, f"AVG-inzageverzoek in eigen tekst: '{hit.words}'", SURE, {"extra": {"access": True}})


_ACTS = ("leave", "unsub", "join", "yes", "no", "deny", "stay", "substitute")


_FIRST_PERSON = re.compile(r"\b(ik|mij|me|mijn|mezelf|mijzelf|i|my|myself)\b", re.I)


def _for_other(r: Reading) -> Outcome | None:
    """A request about someone else's address, data or membership ("kunt u haar uitschrijven en haar gegevens
    wissen?", "wilt u het adres van mijn collega aanpassen?"): only a person may act on it, and whatever else the
    mail asks (a yes to the atelier) goes with it, so that nothing of it is lost."""
    own = [s for s in r.sentences if s.source == "tekst"]
    for n, s in enumerate(own):
        act = intents.ACT_ON_DATA.search(s.text)
        mine = intents.OWN_DATA.search(_MESSENGER.sub(" ", s.text))  # ("vroeg me door te geven": the messenger)
        if act is None or (mine and not intents.OTHERS_DATA.search(s.text)):
            continue
        if (
            intents.EVENT_MENTION.search(s.text) or _WAITING_LIST.search(s.text)
        ) and not intents.NETWORK_MENTION.search(s.text):
            # "Wilt u hem afmelden voor het atelier?", "u kunt haar van de wachtlijst halen": an assistant's RSVP for
            # the director, read below
            continue
        near = s.text if n == 0 else f"{own[n - 1].text} {s.text}"
        if _A_GUEST.search(near):
            continue  # "Mijn gast moet afhaken; wilt u hem afmelden? Ik kom zelf gewoon": the guest, read below
        # "... and also for m.devries@bbr.nl": another address in the very sentence, and no word of the writer's own
        others = r.names_other and "@" in s.text and not _FIRST_PERSON.search(s.text)
        # (the sentence before counts where this one names no one: "Mijn collega is vertrokken. Graag afmelden.", not
        # "Mijn assistent heeft mij aangemeld. Ik heb er geen tijd voor, dus graag weer afmelden.")
        said = s.text if _FIRST_PERSON.search(s.text) else near
        if r.successor is not None and intents.SUCCESSOR.search(s.text) and _FIRST_PERSON.search(s.text):
            continue  # "... mijn lidmaatschap te beëindigen en haar als lid in te schrijven": a hand-over, read below
        if intents.THIRD_PERSON.search(said) or others:
            return Outcome(Kind.OTHER, f"verzoek over een ander: '{one_line(s.text)[:80]}'; een mens kijkt", 1.0)
    return None


# The atelier's waiting list: only an atelier has one.
_WAITING_LIST = re.compile(r"\b(wachtlijst|waiting\s+list)\b", re.I)
# The writer as the messenger of someone else's request: "Mijn collega vroeg me door te geven dat ze zich wil afmelden",
# "heeft mij gevraagd", "liet me weten".
_MESSENGER = re.compile(
    r"\b(vroeg|vraagt|verzocht)\s+(me|mij)\b|\b(heeft|had|hebben)\s+(me|mij)\s+(\w+\s+){0,2}(gevraagd|verzocht)\b|"
    r"\bliet\s+(me|mij)\s+weten\b|\b(me|mij)\s+(gevraagd|verzocht)\b|\b(asked|told)\s+me\b",
    re.I,
)
# The writer's guest at the atelier: "mijn gast", "mijn introducé", "de collega die ik zou meenemen".
_A_GUEST = re.compile(
    r"\b(mijn|onze|de)\s+(gast|introducé|introduce|begeleider)\b|\bdie\s+ik\s+(zou\s+)?meenem\w*|\bmy\s+guest\b", re.I
)
# A denial the writer lets go in the same breath: "Ik had me zelf niet aangemeld, maar het is prima: ik doe graag mee".
_BUT_FINE = re.compile(
    r"\bmaar\s+(het|dat)\s+is\s+(helemaal\s+)?(prima|goed|in\s+orde|geen\s+probleem)\b|"
    r"\bmaar\s+(\w+\s+){0,6}(ik\s+doe|doe\s+ik)\s+(\w+\s+){0,2}mee\b|\bmaar\s+(ik\s+)?(blijf|word)\s+(graag\s+)?lid\b|"
    r"\bbut\s+(that'?s|it'?s)\s+(fine|ok|okay)\b|"
    # "Ik heb me niet zelf aangemeld; mijn secretaresse deed dat. Maar het klopt wel: ik wil graag lid worden."
    r"\bmaar\s+(het|dat)\s+klopt\s+(wel|prima)\b|\bmaar\s+(\w+\s+){0,4}(ik\s+)?(wil|zou)\s+(ik\s+)?(\w+\s+){0,2}lid\s+(worden|blijven)\b|"
    # "..., maar mijn secretaresse blijkt het toch gedaan te hebben. Ik bevestig dus alsnog": taken back after all
    r"\b(bevestig|confirm)\w*\s+(ik\s+|i\s+)?(\w+\s+)?(toch|alsnog|after\s+all)\b",
    re.I,
)


# Our invitation of a substitute, by its subject: "Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier ...".
SUBSTITUTES_INVITATION = re.compile(
    r"^\W*(((re|aw|antw|fw|fwd|doorst)\s*:\s*)*)namens\s+[^:]{1,80}:\s*uitnodiging\b", re.I
)


def lets_go(text: str, words: str) -> bool:
    """Is the denial ``words`` let go after it ("..., maar het is prima: ik doe graag mee")?"""
    return bool(_BUT_FINE.search(text[max(0, text.lower().find(words.lower())) :]))


def _deny(r: Reading) -> Outcome | None:
    hit = _first(r, "deny")
    if hit is None:
        return None
    if lets_go(" ".join(s.text for s in r.sentences[hit.sentence :] if s.source == "tekst"), hit.words):
        return None  # the confirmation reads it below (the denial let go then or in a later sentence)
    if intents.EVENT_MENTION.search(hit.words) and hit.sentence not in _sentences_with(r, "network"):
        # "Ik heb mij niet voor dit atelier opgegeven; haalt u mij van de wachtlijst": the atelier's, not the network's
        if r.purpose in (INVITATION, REMINDER):
            why = f"ontkent een aanmelding voor het atelier: '{hit.words}'"
            return Outcome(Kind.RSVP, why, SURE, {"attending": False})
        return Outcome(Kind.OTHER, f"ontkent een aanmelding voor het atelier: '{hit.words}': een mens kijkt", 1.0)
    if r.purpose != CONFIRMATION and _first(r, "join"):
        return None  # "ik heb mij nog niet aangemeld, maar wil dat graag": the join decides below
    if intents.THIRD_PERSON.search(r.sentences[hit.sentence].text):
        return None  # "ik heb haar er nog niet naar gevraagd": about someone else, not a denial of one's own sign-up
    if r.purpose == GOODBYE:  # "Ik heb helemaal niet gevraagd om afgemeld te worden!": the leave disputed
        return Outcome(Kind.OTHER, f"betwist de afmelding: '{hit.words}': een mens kijkt", 1.0)
    asks = next((s for s in r.sentences if s.source == "tekst" and asks_open(s)), None)
    if r.purpose == WELCOME and asks is not None:
        # "Waar gaat dit over? Ik ken dit netwerk niet": under our welcome someone confirmed this address already; a
        # denial with a question is for a person to answer (under our confirmation request it withdraws, issue 19)
        why = f"ontkent de aanmelding ('{hit.words}') onder onze welkomstmail en vraagt '{asks.text[:60]}'"
        why += ": een mens kijkt"
        return Outcome(Kind.OTHER, why, 1.0)
    if r.purpose in (INVITATION, REMINDER) and r.for_a_member:
        # "liever niet, ken dat netwerk niet eens" under the invitation of a substitute, who is no member: no sign-up
        # to withdraw, the seat declined
        return Outcome(Kind.RSVP, f"vervanger ontkent en slaat af: '{hit.words}'", PLAIN, {"attending": False})
    return Outcome(
        Kind.UNSUBSCRIBE,
        f"ontkent de aanmelding: '{hit.words}': aanmelding intrekken",
        SURE,
        {"erase": False, "extra": {"denied": True}},
    )


def _in_text(r: Reading, rx: re.Pattern[str]) -> re.Match[str] | None:
    """The first match of ``rx`` in the writer's own sentences (not the subject)."""
    return next((m for s in r.sentences if s.source == "tekst" and (m := rx.search(s.text))), None)


def _death(r: Reading) -> Outcome | None:
    """A death reported ("Met verslagenheid laat ik u weten dat onze directeur is overleden"): a person answers."""
    found = _in_text(r, intents.DECEASED)
    if found is None:
        return None
    return Outcome(Kind.OTHER, f"bericht van overlijden ('{found.group(0)}'): een mens kijkt", 1.0)


def _to_someone_else(r: Reading) -> Outcome | None:
    """A mail written to a colleague with the secretariat in copy ("Hoi Sanne, is dit iets voor jou? Ik heb het
    secretariaat in de cc gezet"): what it says is not said to us."""
    found = _in_text(r, intents.COPIED_IN)
    if found is None:
        return None
    return Outcome(Kind.OTHER, f"geschreven aan een ander, met ons in kopie: '{found.group(0)}': een mens kijkt", 1.0)


def _taken_back(r: Reading) -> Outcome | None:
    """A request taken back later in the same mail ("Graag afmelden. Nou ja, laat maar, ik blijf toch") or made as a
    joke ("Nog één mail en ik zeg mijn lidmaatschap op 😉 Nee hoor, grapje", "ik zou me bijna afmelden, haha"):
    nothing to do, and a person reads it rather than a rule guessing what remains."""
    acts = [s for s in r.signals if s.intent in _MEMBERSHIP_ACTS and s.counts and s.source == "tekst"]
    if not acts:
        return None  # (a changed answer about the atelier carries the latest answer: _changed_mind)
    first = min(acts, key=lambda s: s.sentence)
    said = r.sentences[first.sentence].text
    # (from the act's words on: "Laat maar zitten, ik zeg mijn lidmaatschap op" takes nothing back)
    after = " ".join([said[max(0, said.lower().find(first.words.lower())) :], *_texts_after(r, first.sentence)])
    back = _TAKE_BACK.search(after) or _JOKE.search(after)
    laughs = next((m for s in acts if (m := _LAUGH.search(r.sentences[s.sentence].text))), None)
    if back is None and laughs is None:
        return None
    joked = {s.sentence for s in acts}
    plain = [
        s
        for s in r.signals
        if s.intent in ("yes", "no") and s.counts and s.strength >= STRONG and s.sentence not in joked
    ]
    if plain and all(intents.CONDITION.search(r.sentences[s.sentence].text) for s in acts):
        return None  # "Plannen jullie weer op donderdag, dan meld ik me af ;-) Grapje. Maar ik kan echt niet": the no
    if back is not None:
        return Outcome(Kind.OTHER, f"neemt het terug of bedoelt het als grap ('{back.group(0)}'): een mens kijkt", 1.0)
    assert laughs is not None
    return Outcome(Kind.OTHER, f"schrijft het met een knipoog ('{laughs.group(0)}'): een mens kijkt", 1.0)


def _texts_after(r: Reading, n: int) -> list[str]:
    return [s.text for s in r.sentences[n + 1 :] if s.source == "tekst"]


_MEMBERSHIP_ACTS = ("leave", "unsub", "erase", "join")
# (not "vergeet mijn eerdere afmelding", an answer now; not "toch maar niet", which is often the new answer itself,
# "ik kom toch maar niet"; nor the changed answer about the atelier, _changed_mind)
_TAKE_BACK = re.compile(
    r"\b(laat\s+maar(?!\s+(\w+\s+)?(weten|horen|zien|lezen))|ik\s+blijf\s+toch\b(?!\s+(\w+\s+)?(niet|weg))|"
    r"vergeet\s+(het|dat|wat\s+ik\s+(net|hierboven)\s+\w+)(?!\s+(van|over|voor))|never\s*mind|forget\s+(it|that|what\s+i\s+(just\s+)?(said|wrote))|scratch\s+that|"
    r"ignore\s+(that|my\s+(previous|last)\s+\w+))\b",
    re.I,
)
_JOKE = re.compile(r"\b(grapje|geintje|just\s+kidding|only\s+kidding|nee\s+serieus|nee\s+hoor,?\s+grapje)\b", re.I)
_LAUGH = re.compile(
    r"\b(ha(ha)+h?|hi(hi)+|lol)\b|[\U0001F609\U0001F604\U0001F602\U0001F61C\U0001F643\U0001F923]|;-?\)", re.I
)


def _conditional(r: Reading) -> Outcome | None:
    """A request made only on a condition ("Als het netwerk ook openstaat voor interim-directeuren, meld ik mij aan"):
    only a person can weigh the condition. A request said plainly elsewhere in the mail stands ("Ik kom niet. Als
    jullie weer op donderdag plannen, meld ik me voorgoed af ;-)")."""
    acts = [s for s in r.signals if s.intent in _CONDITIONAL_ACTS and s.counts and s.source == "tekst"]
    on_condition = [s for s in acts if intents.CONDITION.search(r.sentences[s.sentence].text)]
    if not on_condition or len(on_condition) < len(acts):
        return None
    hit = on_condition[0]
    said = one_line(r.sentences[hit.sentence].text)[:80]
    return Outcome(Kind.OTHER, f"verzoek onder een voorwaarde: '{said}': een mens kijkt", 1.0)


_CONDITIONAL_ACTS = ("leave", "unsub", "join", "yes", "no")


def _leave_and_stay(r: Reading) -> tuple[Signal, Signal] | None:
    """A leave and a stay or sign-up in one mail."""
    leave = _first(r, "leave") or _first(r, "unsub", strong=True)
    other = _staying(r)
    return (leave, other) if leave is not None and other is not None else None


def _staying(r: Reading) -> Signal | None:
    """Staying, or a sign-up asked for. The sign-up named as a noun only is no request ("Mijn aanmelding berustte op
    een misverstand. Wilt u mij weer uitschrijven?"), a verb after it still is ("Wilt u mij aanmelden met dit
    adres?")."""
    joins = (s for s in r.signals if s.intent == "join" and s.counts and s.strength >= STRONG)
    return _first(r, "stay") or next((s for s in joins if not _BARE_JOIN.match(s.words)), None)


def _leave_undone(r: Reading) -> Outcome | None:
    """ "Vergeet u mijn afmelding van vorige week alstublieft. Ik wil dus graag lid blijven": an earlier leave taken
    back, staying said beside it; the latest answer counts (a sign-up again, which the member confirms)."""
    if (other := _staying(r)) is None:
        return None
    at, undone = next(
        (
            (n, m)
            for n, s in enumerate(r.sentences)
            if s.source == "tekst" and (m := intents.LEAVE_TAKEN_BACK.search(s.text))
        ),
        (-1, None),
    )
    if undone is None or other.sentence == at:
        return None
    why = f"neemt een eerdere afmelding terug ('{undone.group(0)}') en blijft lid: '{other.words}'"
    return Outcome(Kind.SUBSCRIBE, why, _sure(other), {})


def _conflict(r: Reading) -> Outcome | None:
    if (both := _leave_and_stay(r)) is None:
        return None
    leave, other = both
    inside = set(other.words.lower().split()) <= set(re.findall(r"\w+", leave.words.lower()))
    if other.intent == "join" and (inside or _overlap(r, leave, other)):
        return None  # "Hierbij zeg ik mijn deelname aan het netwerk op": the verb decides, it is one request
    if r.purpose in (INVITATION, REMINDER) and leave.intent == "unsub" and other.intent == "stay":
        return None  # "afmelden voor het atelier, lid blijf ik": a decline, below
    if leave.intent == "unsub" and other.intent == "stay" and _names_atelier(r, leave):
        return None  # "Afmelding atelier 11 maart" over "I do want to stay in the network": a decline, below
    if other.sentence != leave.sentence and intents.CONDITION.search(r.sentences[other.sentence].text):
        return None  # "Haal mij van de ledenlijst. Als ik terug ben, meld ik me weer aan": a return on a condition
    if other.sentence != leave.sentence and intents.CONDITION.search(r.sentences[leave.sentence].text):
        return None  # "Zet me maar op de lijst. Mocht er iets tussenkomen, dan meld ik me op tijd af": a leave if ever
    if other.intent == "join" and _ANOTHER_JOINS.search(r.sentences[other.sentence].text):
        return None  # "Ik laat het aan mijn waarnemer of hij zich wil aanmelden": someone else's sign-up, not mine
    return Outcome(Kind.OTHER, f"zowel '{leave.words}' als '{other.words}': een mens kijkt", 1.0)


# A sign-up of someone else's in the sentence: "of hij zich wil aanmelden", "she may want to join" (not "meld mij aan").
_ANOTHER_JOINS = re.compile(
    r"^(?!.*\b(mij|me|mijzelf|mezelf|myself)\s+(\w+\s+){0,3}(aan|in|op)\b).*\b(zich|(hij|zij|ze|he|she|they)\s+(\w+\s+){0,3}"
    r"(aanmelden|aanmeldt|lid\s+worden|wordt\s+lid|aansluiten|sluit\s+aan|join|sign\s+up))\b",
    re.I,
)
# "Ik ga met pensioen (daarover stuur ik apart een bericht)": the leave is not asked for in this mail.
_SEPARATELY = re.compile(
    r"\b(daarover|hierover|over\s+mijn\s+vertrek)\s+(\w+\s+){0,4}apart\b|\bapart\s+(een\s+)?bericht\b|"
    r"\bvolgt\s+(nog\s+)?apart\b|\bseparately\b",
    re.I,
)


def _overlap(r: Reading, a: Signal, b: Signal) -> bool:
    """Does ``a`` share words with ``b`` in one sentence without lying wholly inside it ("Beëindiging deelname
    Netwerk": the leave holds the join's word; "wil me afmelden ... en aanmelden" is two requests)?"""
    if a.sentence != b.sentence:
        return False
    text = r.sentences[a.sentence].text.lower()
    at_a, at_b = text.find(a.words.lower()), text.find(b.words.lower())
    if at_a < 0 or at_b < 0:
        return False
    inside = at_b <= at_a and at_a + len(a.words) <= at_b + len(b.words)
    return at_a < at_b + len(b.words) and at_b < at_a + len(a.words) and not inside


def _handover(r: Reading) -> Outcome | None:
    if r.successor is None:
        return None
    if any(_SEPARATELY.search(s.text) for s in r.sentences) and _first(r, "join"):
        return None  # only the successor's sign-up is asked here: the join below
    hit = _first(r, "leaving") or _first(r, "leave") or _first(r, "unsub")
    if hit is None and r.purpose == GOODBYE:
        # the successor our goodbye asks for, named under it: the leave is done, the seat passes on
        why = f"opvolger {r.successor} genoemd in antwoord op onze bevestiging van de afmelding"
        return Outcome(Kind.UNSUBSCRIBE, why, SURE, {"erase": False, "successor": r.successor})
    if hit is None:
        return None
    if (stays := _first(r, "stay")) is not None:
        # "Op 1 juli ga ik met pensioen. Mijn opvolger is ... Tot die tijd blijf ik lid": a hand-over for later
        why = f"vertrek met opvolger {r.successor}, maar tot dan lid ('{stays.words}'): een mens kijkt"
        return Outcome(Kind.OTHER, why, 1.0)
    return Outcome(
        Kind.UNSUBSCRIBE,
        f"vertrek met opvolger {r.successor}: '{hit.words}'",
        SURE,
        {"erase": False, "successor": r.successor},
    )


def _ours_named(r: Reading, others: str) -> bool:
    """Does the writer name a network that is not the one in ``others`` ("de nieuwsbrief van het Kennisnetwerk")?"""
    return any(s.intent == "network" and s.counts and s.words.lower() not in others.lower() for s in r.signals)


def _others_mailing(r: Reading) -> str | None:
    """Someone else's newsletter or course named in the writer's text ("de nieuwsbrief van Bestuursblad", "de
    leergang Publiek Leiderschap"): not ours to stop."""
    found = next((m for s in r.sentences if (m := intents.OTHERS_MAILING.search(s.text))), None)
    return found.group(0) if found else None


_REMOVAL = re.compile(r"\b(verwijder\w*|remove\w*|delete\w*|haal|halen|schrap\w*|wis\w*)\b", re.I)


def _in_document(r: Reading, hit: Signal) -> str | None:
    """The document a removal is about ("In het verslag staat mijn naam ... Kunt u mijn naam daar verwijderen?"):
    named in the hit's sentence or the one before, while the hit itself does not name the network."""
    if intents.NETWORK_MENTION.search(hit.words) or not _REMOVAL.search(hit.words):
        return None  # "afmelden" after "ik dacht dat ik me inschreef voor een verslag" is still leaving
    near = [r.sentences[n].text for n in (hit.sentence - 1, hit.sentence) if 0 <= n < len(r.sentences)]
    found = next((m for text in near if (m := intents.IN_A_DOCUMENT.search(text))), None)
    return found.group(0) if found else None


def _something_else(r: Reading, subject: str) -> str | None:
    """What else than the network a subject's leave word stops: named in the subject ("Afmelden lunch", "Opzeggen
    parkeerplaats garage Stationsweg"), or said in the text."""
    found = intents.OTHER_THING.search(subject) or _in_text(r, intents.STOP_SOMETHING_ELSE)
    if found:
        return found.group(0)
    # The subject's own object: what follows the leave word, before a reason ("Afmelden i.v.m. pensioen"); a word
    # that is none of ours (network, membership, mail, atelier, a date) names something else.
    said = _SUBJECT_REASON.split(subject, maxsplit=1)[0]
    if (leave := intents.UNSUBSCRIBE.search(said)) is None:
        return None
    rest = _FROM_DATE.sub(" ", said[leave.end() :])  # "per 1 april" dates the leave; "11 maart" names an atelier
    if date := _A_DATE.search(rest):
        return date.group(0)
    words = [w for w in re.findall(r"[^\W\d_]{4,}", rest) if not _OURS.fullmatch(w)]
    return " ".join(words) if words else None


# What a subject's leave word may be about and still be ours, and where its reason starts.
_OURS = re.compile(
    r"(?i:\w*netwerk\w*|network|lid|leden|lidmaatschap|membership|member|nieuwsbrie\w*|newsletter|\w*mail\w*|"
    r"berichten|messages?|uitnodiging\w*|invitations?|atelier\w*|bijeenkomst\w*|leer|inspireer\S*|ambtelijke?|"
    r"fusie\w*|directeur\w*|graag|please|alstublieft|verzoek|request|hierbij|herewith|list|lijst|\w*lijst|"
    r"gegevens|data|verwijder\w*|remove|delete|afmeld\w*|uitschrijv\w*|opzeg\w*|stop\w*|unsubscribe|"
    r"direct|per|mijzelf|mezelf|myself|voor|from|the|this|deze|dit|"
    r"jullie|your|uw|alle|all|svp|aub)"
)
_FROM_DATE = re.compile(
    r"\b(per|vanaf|m\.?i\.?v\.?|met\s+ingang\s+van|as\s+of|from)\s+\d{1,2}(\s+" + intents.MONTHS + r"|[-/]\d{1,2})",
    re.I,
)
_A_DATE = re.compile(
    r"\b\d{1,2}(\s+" + intents.MONTHS + r"|[-/]\d{1,2})\b|\b(maandag|dinsdag|woensdag|donderdag|vrijdag)\b", re.I
)
_SUBJECT_REASON = re.compile(
    r"\s*(?:\bi\.?v\.?m\.?|\bivm\b|\bwegens\b|\bvanwege\b|\bdoor\b|\bomdat\b|\bbecause\b|"
    r"\bdue\s+to\b|\bna\b|[-–:(,;/])",
    re.I,
)


def _elsewhere(r: Reading, hit: Signal) -> Outcome | None:
    """Leaving or removing something that is not the network: someone else's mailing or course, a document."""
    said = r.sentences[hit.sentence].text
    if (others := _others_mailing(r)) and not intents.NETWORK_MENTION.search(said):
        return Outcome(Kind.OTHER, f"afmelden voor iets van een ander: '{others}': een mens kijkt", 1.0)
    if hit.source == "onderwerp" and (thing := _something_else(r, said)):
        # "Afmelden lunch", or "stop" over "stop met bellen, mail is prima": the subject names what stops.
        return Outcome(Kind.OTHER, f"'{hit.words}' in het onderwerp gaat over '{thing}': een mens kijkt", 1.0)
    if document := _in_document(r, hit):
        return Outcome(
            Kind.OTHER, f"verwijderen uit een stuk ('{document}'), niet uit het netwerk: een mens kijkt", 1.0
        )
    return None


def _leave(r: Reading) -> Outcome | None:
    hit = _first(r, "leave")
    if hit is None:
        return None
    if elsewhere := _elsewhere(r, hit):
        return elsewhere
    if intents.WITHDRAW.search(hit.words) and _about_atelier(r) and not _first(r, "network"):
        return None  # "ik trek mijn aanmelding in" in answer to an invitation: the atelier's, below
    data: dict[str, Any] = {"erase": False}
    also = ""
    if _about_atelier(r) and (no := _first(r, "no") or _first(r, "unsub")):
        data["attending"] = False
        also = f", en afmelding voor het atelier ('{no.words}')"
    return Outcome(Kind.UNSUBSCRIBE, f"afmelden voor het netwerk in eigen tekst: '{hit.words}'{also}", SURE, data)


def _new_address(r: Reading) -> Outcome | None:
    """ "Per 1 januari wijzigt mijn e-mailadres in ...": a member moving to a new address (issue 16). No kind of its
    own: ``other`` with ``new_address`` in the extras; the action asks the new address to confirm when the request
    is shown to come from the member, and leaves it to the secretariat otherwise. With another request in the same
    mail a person decides."""
    hit = _first(r, "new_address")
    if hit is None:
        return None
    if r.new_address is None:
        # No other address written: the mail comes from the new one ("wilt u mij voortaan op dit nieuwe adres
        # aanmelden?"), and any address named is the old one. Which member moves, a person checks.
        return Outcome(Kind.OTHER, f"een adreswijziging: '{hit.words}'; een mens kijkt", 1.0)
    also = next((s for s in r.signals if s.intent in _ACTS and s.counts), None)
    if also is not None:
        return Outcome(Kind.OTHER, f"nieuw adres {r.new_address} en ook '{also.words}': een mens kijkt", 1.0)
    return Outcome(
        Kind.OTHER, f"nieuw e-mailadres {r.new_address}: '{hit.words}'", SURE, {"extra": {"new_address": r.new_address}}
    )


def _pitch(r: Reading) -> Outcome | None:
    # The pitch, else each mention of something outside the service in turn: "Aanmelding Adviesraad" in the subject
    # may be named in passing while "Ik wil me graag aanmelden voor de Adviesraad" in the text is not.
    hits = [s for s in r.signals if s.intent == "pitch" and s.counts][:1]
    for hit in hits or [s for s in r.signals if s.intent == "elsewhere" and s.counts]:
        if hit.intent == "elsewhere" and r.purpose in (CALL_FOR_THEMES, FOLLOWUP) and _proposes_here(r, hit):
            continue  # "Voorstel: een chatbot op de website voor vragen van inwoners": the website is the topic's
        if hit.intent == "elsewhere" and _in_passing(r, hit):
            continue  # "Nee helaas, deze keer kan ik niet" beside "die vergelijking gebruik ik in elke presentatie"
        if r.purpose in (CALL_FOR_THEMES, FOLLOWUP) and _DEFERS.search(r.sentences[hit.sentence].text):
            continue  # "De thema's laat ik graag aan de Adviesraad over": the choice left to others, no application
        return Outcome(Kind.OTHER, f"aanbod of verzoek buiten de dienst: '{hit.words}': een mens kijkt", 1.0)
    return None


def _in_passing(r: Reading, hit: Signal) -> bool:
    """Is the website or presentation of ``hit`` named in passing: in a sentence that asks nothing, of a mail that
    asks something else of us (an answer, a leave, a topic)?"""
    sentence = r.sentences[hit.sentence]
    if sentence.question or _REQUESTING.search(sentence.text):
        return False
    return any(s.intent in (*_ACTS, "propose") and s.counts and s.sentence != hit.sentence for s in r.signals) or (
        r.purpose in (CALL_FOR_THEMES, FOLLOWUP) and bool(_what_cues(r))
    )


# The words of a request about the website or a presentation: "Kunt u de presentatie sturen?", "Zet mij er graag op".
_REQUESTING = re.compile(
    r"\b(graag|verzoek\w*|toegang|(kunt|kan|wilt|wil|zou|zoudt|kunnen|willen)\s+(u|jij|je|jullie)|"
    r"(mag|kan|kunnen|mogen)\s+(ik|wij|we)|(stuur|zet|haal|plaats|vermeld)\w*\s+(\w+\s+){0,3}(mij|me|ons|mijn|onze)|"
    r"please|(could|would|can)\s+(you|i|we)|send|share)\b",
    re.I,
)


def _proposes_here(r: Reading, hit: Signal) -> bool:
    """Does the sentence of ``hit`` propose a topic, with theme words: in so many words, or put as a question that
    asks nothing of us ("Een virtuele assistent op de website ...: wie heeft er een?")?"""
    text = r.sentences[hit.sentence].text
    cued = hit.sentence in {s.sentence for s in _what_cues(r)} or not _REQUESTING.search(text)
    return cued and bool(theme_words.themes_in(text))


_BARE_JOIN = re.compile(r"^\s*(aanmelding|inschrijving|registration)\s*$", re.I)
# Arriving late or leaving early: a yes with a reason why not the whole afternoon is still a yes ("Ik kom, maar helaas
# alleen het eerste uur: om drie uur zit ik bij een overleg").
_LATE = re.compile(
    r"\b(alleen\s+(het|de|een)\s+(eerste|laatste|tweede)\s+(uur|uurtje|deel|gedeelte|helft|ronde)|"
    r"(eerder|vroeger|vroegtijdig|voortijdig|tussentijds)\s+(weg|vertrekken|weggaan|vertrek)|leave\s+early|"
    r"only\s+(for\s+)?the\s+(first|last)\s+(hour|part|half)|(wat|iets|pas)\s+later|later\s+(aan|komen|aansluiten|aanschuiven)|pas\s+(om|vanaf|na|rond|tegen|tussen)\s+\S+|"
    # "Begin vooral zonder mij", "start gerust zonder ons": the writer comes, later
    r"(begin|start|beginnen|starten)\s+(\w+\s+)?(vooral|maar|gerust|rustig)\s+zonder\s+(mij|me|ons)|"
    r"(ben|zijn)\s+(ik\s+|we\s+|wij\s+)?er\s+(pas\s+)?vanaf\b|eerder\s+(gaat|lukt|kan)\s+(het\s+)?niet|"
    r"tot\s+(half\s+)?\S+(\s+uur)?\s+(zit|ben|heb)\s+ik|tot\s+(die\s+tijd|dan)\s+(zit|ben|heb)\s+ik|arrive\s+late|"
    r"a\s+bit\s+late)\b",
    re.I,
)
# A registration told of as a thing that happened: "de aanmelding is pas later verwerkt", "mijn inschrijving was al
# binnen".
_TOLD_REGISTRATION = re.compile(
    r"\b(de|die|deze|mijn|onze|zijn|haar|the|my)\s+(aanmelding|inschrijving|registratie|registration)\s+(is|was|werd|blijkt|"
    r"bleek|has\s+been)\b",
    re.I,
)
# Our mailings as a kind ("de oproepen", "die herinneringen", "the reminders") that the writer asks us to skip: which
# mail they want, not an answer about one atelier.
_MAILING_SKIPPED = re.compile(
    r"\b(oproepen|mails|e-?mails|uitnodigingen|herinneringen|berichten|nieuwsbrieven|digests?|reminders|calls)\b"
    r"[^.!?\n]{0,60}\b(overslaan|achterwege\s+laten|niet\s+meer\s+(sturen|toesturen|ontvangen)|skip|leave\s+out)\b",
    re.I,
)
# A join word that registers (not "send me the invitations", which is joining the network).
_REGISTER = re.compile(
    r"\b(aanmeld\w*|inschrijv\w*|meld|schrijf|geef|opgave|opgeven|registr\w*|register|sign|zet\w*|noteer\w*|put|add)\b",
    re.I,
)

_BUT = re.compile(r"\b(maar|echter|but|however|dus|daarom|so)\b", re.I)


def _said_first(r: Reading, a: Signal, b: Signal) -> Signal:
    """Of two signals, the one the writer wrote first."""
    if a.sentence != b.sentence:
        return a if a.sentence < b.sentence else b
    text = r.sentences[a.sentence].text.lower()
    return a if text.find(a.words.lower()) <= text.find(b.words.lower()) else b


# A yes only wished for: "Ik zou heel graag komen, maar ...", "I would love to come, but ...".
_WISHED = re.compile(
    r"\b(ik|wij|we)\s+(zou|zouden)\s+(\w+\s+){0,2}(graag|dolgraag)\s+(komen|erbij\s+zijn|aanwezig\s+zijn|deelnemen)\b|"
    r"\b(zou|zouden)\s+(ik|wij|we)\s+(\w+\s+){0,2}(graag|dolgraag)\s+(komen|erbij\s+zijn|aanwezig\s+zijn|deelnemen)\b|"
    r"\b(i|we)\s+(would|'d)\s+(really\s+)?(love|like)\s+to\s+(come|attend|join|be\s+there)\b",
    re.I,
)


def _wished_but(r: Reading, yes: Signal) -> bool:
    """The yes is a wish ("Ik zou zó graag komen!") that the writer's next sentence answers with "Maar ..."."""
    wish = _WISHED.search(r.sentences[yes.sentence].text)
    after = r.sentences[yes.sentence + 1].text if yes.sentence + 1 < len(r.sentences) else ""
    return wish is not None and bool(_OPENS_WITH_BUT.match(after))


_OPENS_WITH_BUT = re.compile(r"^\W*(maar|echter|alleen|but|however|only)\b", re.I)


def _only_wished(r: Reading, yes: Signal) -> bool:
    """The yes is a wish the writer goes on to say "but" to, in its own sentence."""
    text = r.sentences[yes.sentence].text
    wish = _WISHED.search(text)
    return wish is not None and bool(_BUT.search(text[wish.end() :]))


def _after_but(r: Reading, a: Signal, b: Signal) -> Signal | None:
    """Of two opposite answers in one sentence, the one after "maar" (it corrects the first), else None."""
    if a.sentence != b.sentence:
        return None
    text = r.sentences[a.sentence].text.lower()
    at_a, at_b = text.find(a.words.lower()), text.find(b.words.lower())
    if at_a < 0 or at_b < 0 or at_a == at_b:
        return None
    second = b if at_a < at_b else a
    between = text[min(at_a, at_b) : max(at_a, at_b)]
    return second if _BUT.search(between) else None


# A clause that gives a reason ("..., want ik kan niet reizen"), and one that reports what a text says ("in de
# herinnering staat dat ik kom"): an answer word inside either is no answer.
_BECAUSE = re.compile(r"\b(want|omdat|aangezien|doordat|because)\b", re.I)
# Taking part online, and being there in person: "Ik sluit online aan" beside "naar Utrecht reizen lukt niet".
_ONLINE = re.compile(
    r"\b(online|digitaal|via\s+(teams|zoom|webex|de\s+(live)?stream|een\s+link)|remote|virtually)\b", re.I
)
_IN_PERSON = re.compile(
    r"\b(reizen|reis|fysiek|op\s+locatie|ter\s+plekke|in\s+(levende\s+lijve|persoon)|in\s+person|travel\w*|"
    r"naar\s+(?-i:[A-Z])\w+\s+(te\s+)?(komen|gaan|rijden|afreizen))\b",
    re.I,
)
# What the writer had done to be there, told after the fact: "Ik had de boot al geboekt om erbij te kunnen zijn".
_WOULD_HAVE = re.compile(
    r"\b(had|hadden)\s+(\w+\s+){0,6}(geboekt|geregeld|vrijgehouden|vrijgemaakt|gereserveerd|\w*gepland)\b", re.I
)
# An answer said to have been given by mistake: "heeft u per abuis laten weten dat ik niet kom".
_MISTAKEN = re.compile(
    r"\b(per\s+abuis|abusievelijk|ten\s+onrechte|per\s+ongeluk|per\s+vergissing|by\s+mistake|mistakenly|wrongly)\b",
    re.I,
)
_REPORTED = re.compile(r"\b(staat|stond|staan|zegt|says|said|states)\s+(\w+\s+){0,4}(dat|that)\b", re.I)


def _after(r: Reading, hit: Signal, rx: re.Pattern[str]) -> bool:
    """Does ``rx`` stand before the hit in its sentence?"""
    text = r.sentences[hit.sentence].text
    at = text.lower().find(hit.words.lower())
    return at > 0 and bool(rx.search(text[:at]))


def _withdrawn(r: Reading, yes: Signal) -> bool:
    """Is the yes the object of a withdrawal in its sentence ("... dus ik trek mijn aanmelding voor het atelier in"),
    where the sentence's first no is another phrase ("kan ik helaas niet")?"""
    said = r.sentences[yes.sentence].text
    return any(yes.words.lower() in m.group(0).lower() for m in intents.RSVP_NO_MORE.finditer(said))


# A short new mail whose subject names the atelier or its day ("atelier", "donderdag", "11/3") answers with its few
# words about that atelier ("Ben erbij", "Op 11/3 ben ik verhinderd, sorry"): at most this many words of its own.
SHORT_UNDER_SUBJECT = 30


def _short_under_named_event(r: Reading, events: set[int]) -> bool:
    subject = [i for i, s in enumerate(r.sentences) if s.source == "onderwerp"]
    own = [s for s in r.sentences if s.source == "tekst"]
    other = {"join", "leave", "unsub", "network", "propose", "deny", "stay"}
    return (
        bool(subject)
        and all(i in events for i in subject)
        and sum(len(s.text.split()) for s in own) <= SHORT_UNDER_SUBJECT
        and not any(s.question for s in own)
        and not any(x.intent in other for x in r.signals)
    )


def _rsvp(r: Reading) -> Outcome | None:
    in_thread = r.purpose in (INVITATION, REMINDER)
    if not _about_atelier(r) or r.purpose in (CALL_FOR_THEMES, FOLLOWUP):
        return None  # in answer to the call there is no invitation to answer yet: the suggestion rule reads it
    yes, no = _strongest(r, "yes"), _strongest(r, "no")
    if yes and no and (yes.words.lower() in no.words.lower() or _withdrawn(r, yes)):
        yes = None  # "mijn aanmelding voor 11 maart helaas intrekken": the withdrawal holds the registration's words
    if yes and no and r.substitute and _first(r, "substitute"):
        yes = None  # "Zelf ben ik verhinderd. Namens ons schuift X aan": the substitute comes, not the writer
    unsub = _first(r, "unsub")
    join = _first(r, "join", strong=True)
    if in_thread and (yes or no or unsub) and (gathering := _for_another_gathering(r)):
        # "Graag meld ik mij af voor de algemene ledenvergadering van de Vereniging van Griffiers", under our invitation
        # (outside its thread a yes must name our atelier anyway, below)
        why = f"af- of aanmelden voor een andere bijeenkomst: '{gathering}': een mens kijkt"
        return Outcome(Kind.OTHER, why, 1.0)
    if not in_thread and join and join.sentence in {s.sentence for s in r.signals if s.intent == "network"}:
        return None  # "I'm writing to sign up for the network. Looking forward to the next atelier": joining first
    if not in_thread and (others := _others_mailing(r)):
        return Outcome(Kind.OTHER, f"aanmelden voor iets van een ander: '{others}': een mens kijkt", 1.0)
    if not in_thread:
        # Outside an invitation's thread, a yes or no is about an atelier only when the same sentence names one
        # ("Hierbij meld ik mij aan voor het atelier van 11 maart"), not "Prima, voor het atelier stel ik voor: ...".
        events = {s.sentence for s in r.signals if s.intent == "event"}
        if _short_under_named_event(r, events):  # "Onderwerp: atelier" / "Ben erbij"
            events |= {i for i, s in enumerate(r.sentences) if s.source == "tekst"}
        said = yes, no
        yes, no = (x if x is not None and x.sentence in events else None for x in (yes, no))
        # An answer that says it changed, after a sentence naming the atelier: "Vorige week meldde ik me af voor het
        # atelier, maar het overleg is verzet. Ik kom dus toch!" (the earlier answer told in the past is no answer)
        turned = [x for x in said if x is not None and _CHANGED.search(r.sentences[x.sentence].text)]
        if yes is None and no is None and len(turned) == 1 and events and min(events) < turned[0].sentence:
            yes, no = (turned[0], None) if turned[0].intent == "yes" else (None, turned[0])
        for answer, kept in ((said[0], no), (said[1], yes)):
            if answer is not None and kept is not None and _changed_mind(r, answer, kept) is answer:
                yes, no = (answer, None) if answer.intent == "yes" else (None, answer)  # "... Ik kom dus toch!"
        # Leaving words outside an invitation are about the atelier only where the atelier is named, not a date
        # ("ik stop per 1 juli als directeur, dus schrijf me maar uit").
        named = {i for i, s in enumerate(r.sentences) if intents.RSVP_WORDS.search(s.text)}
        unsub = next((s for s in r.signals if s.intent == "unsub" and s.counts and s.sentence in named), None)
        if yes is None and no is None:
            # "Aanmelding Leer- en inspireer-atelier 11 maart" as a new mail: joining the atelier, not the network
            # (unless the same sentence names the network too).
            network = {s.sentence for s in r.signals if s.intent == "network"}
            yes = next(
                (
                    s
                    for s in r.signals
                    if s.intent == "join"
                    and s.counts
                    and s.sentence in events - network
                    and _REGISTER.search(s.words)
                    # ("de aanmelding is blijkbaar pas daarna verwerkt": a registration told of, not made)
                    and not _TOLD_REGISTRATION.search(r.sentences[s.sentence].text)
                ),
                None,
            )
        yes_text = r.sentences[yes.sentence].text if yes is not None else ""
        # (or by a kind of gathering we do not hold: "Hierbij meld ik mij aan voor de regiodag op 14 april")
        if yes is not None and (theirs := _THEIR_EVENT.search(yes_text) or _OTHER_GATHERING.search(yes_text)):
            # "Graag meld ik mij aan voor de Regiodag van 14 maart": an event by its own name that is not ours
            return Outcome(Kind.OTHER, f"aanmelden voor een ander evenement: '{theirs.group(0)}': een mens kijkt", 1.0)
    if no is not None and yes is None and (skipped := _MAILING_SKIPPED.search(r.sentences[no.sentence].text)):
        # "De uitnodigingen ontvang ik graag, maar de oproepen om thema's mag u bij mij overslaan": which mail
        return Outcome(
            Kind.OTHER, f"een wens over onze mails ('{one_line(skipped.group(0))[:80]}'): een mens kijkt", 1.0
        )
    unsure = _first(r, "unsure")
    if in_thread and yes is None and no is None:
        # A bare "aanmelden" in answer to an invitation registers for the atelier, as a bare "afmelden" declines,
        # unless the same sentence names the network ("beiden zijn lid van ons MT" elsewhere does not count).
        join = _first(r, "join")  # "stuur de uitnodigingen ook in cc aan ..." asks for mail, it registers nobody
        network = {s.sentence for s in r.signals if s.intent == "network"}
        # ("Ik ben zelf nog geen lid, maar dat word ik graag. Wilt u mij aanmelden?" under a forwarded invitation:
        # the writer says they are no member, and the sign-up names no atelier)
        no_member = any(s.intent == "network" and s.negated for s in r.signals)
        if no_member and join is not None and join.sentence not in _sentences_with(r, "event"):
            network.add(join.sentence)
        registers = join is not None and _REGISTER.search(join.words) and join.sentence not in network
        yes = join if registers else None
    if in_thread and yes is None and no is None and (guest := _only_the_guest(r)):
        # "Mijn gast is Ruud Brink, beleidsadviseur. Hij eet vegetarisch": who comes along, not whether the writer
        # does (the registration it adds to is the secretariat's to find)
        return Outcome(Kind.OTHER, f"gegevens van een gast ('{one_line(guest.group(0))}'): een mens kijkt", 1.0)
    if (
        in_thread
        and yes is not None
        and (next_one := _FOR_THE_NEXT.search(intents.clause_of(r.sentences[yes.sentence].text, yes.words)))
    ):
        # Under our invitation, "ik meld me bij het volgende atelier wat eerder aan" is a yes for another time, not
        # this one (beside a no, "Ik moet dus afzeggen. Ik hoop bij het volgende atelier weer van de partij te zijn",
        # the no answers); in a new mail "de volgende bijeenkomst" is the coming one
        if no is None:
            return Outcome(
                Kind.OTHER, f"een antwoord voor een later atelier ('{next_one.group(0)}'): een mens kijkt", 1.0
            )
        yes = None
    if in_thread and yes and _AS_A_MEMBER.search(r.sentences[yes.sentence].text) and _first(r, "join"):
        return None  # "Graag aanmelden als lid" under a forwarded reminder: joining the network, read below
    answer = no or yes or (unsub if not in_thread else None)  # ("Namens dhr. Yilmaz meld ik hem af voor het atelier")
    # (a forward of our invitation is a new mail of the one who passes it on: "Hieronder de uitnodiging die de heer
    # Timmermans ontving. Hij komt graag", the brief's "an assistant's new mail about the director's attendance")
    new_mail = not in_thread or r.forwarded
    if new_mail and answer is not None and (coming := _they_come(r)):
        who = one_line(coming.group(0)).strip()
        why = f"antwoord over een ander ('{who}' in de zin over het atelier): een mens kijkt"
        return Outcome(Kind.OTHER, why, 1.0)
    if new_mail and answer is not None and (them := _on_behalf(r) or _their_answer(r, answer)):
        # "Namens de heer Koster laat ik u weten dat hij graag aanwezig is" as a new mail: someone else's answer, and
        # no invitation of ours to say whose (in reply to the invitation it answers for the one we invited)
        why = f"antwoord voor een ander ('{_quoted(r, them.group(0), answer)}'): een mens kijkt"
        return Outcome(Kind.OTHER, why, 1.0)
    if in_thread and answer is not None and _their_answer(r, answer) and (left := _THEY_LEFT.search(_own_text(r))):
        # "Mevrouw Kramer werkt sinds januari niet meer bij onze werkorganisatie. Zij zal dus niet komen": the one we
        # invited has gone, which the secretariat weighs (the membership), not an assistant's answer for them
        why = f"antwoord over iemand die vertrokken is ('{one_line(left.group(0))[:80]}'): een mens kijkt"
        return Outcome(Kind.OTHER, why, 1.0)
    # "Kunnen jullie hem ook aanmelden?": a registration of someone else, not the writer's own yes. In a new mail
    # anywhere in the text ("Graag meld ik mijn directeur, de heer R. Pijnacker, aan voor het atelier" under a subject
    # "Aanmelding": the subject's word is the assistant's, for him); in answer to our invitation an assistant may
    # register the one we invited, but not sign up someone as a member beside the yes ("Ik kom graag. Wil je mijn
    # collega ook als lid aanmelden?").
    if yes and (other := _signs_up_another(r, yes, in_thread=in_thread)):
        return Outcome(Kind.OTHER, f"aanmelding van een ander: '{one_line(other.group(0))[:60]}': een mens kijkt", 1.0)
    if yes and yes.words.lower().startswith("om ") and _after(r, yes, _WOULD_HAVE):
        yes = None  # "Ik had de boot al geboekt om erbij te kunnen zijn" (under our cancellation): what was, no answer
    reported = yes if yes and _after(r, yes, _REPORTED) else None
    if reported:
        yes = None  # "In de herinnering staat dat ik met 1 gast kom": our words reported, not an answer
        if no is None:
            why = f"geeft weer wat er staat ('{reported.words}'), geen antwoord: een mens kijkt"
            return Outcome(Kind.OTHER, why, 1.0)
    if yes and no and _after(r, no, _MISTAKEN) and not _after(r, yes, _MISTAKEN):
        no = None  # "Mijn assistent heeft u per abuis laten weten dat ik niet kom. ... ik ben er gewoon bij"
    elif yes and no and _after(r, yes, _MISTAKEN):
        yes = None
    if yes and no and _after(r, no, _BECAUSE):
        no = None  # "Ik ben erbij, wel online, want ik kan die dag niet naar Utrecht reizen": why, not whether
    online, away = r.sentences[yes.sentence].text if yes else "", r.sentences[no.sentence].text if no else ""
    if yes and no and _ONLINE.search(online) and _IN_PERSON.search(away):
        no = None  # "Ik sluit online aan via Teams; naar Utrecht reizen lukt me die dag niet": there, online
    if yes and no and _ABOUT_GUESTS.search(r.sentences[no.sentence].text):
        no = None  # "Nee, ik neem niemand mee. Maar zelf ben ik er wel": no guest, not no to the atelier
    nos = [s for s in r.signals if s.intent == "no" and s.counts]
    if not yes and nos and all(s.strength < STRONG and _ABOUT_GUESTS.search(r.sentences[s.sentence].text) for s in nos):
        # "Nee, ik neem niemand mee. En dieetwensen heb ik ook niet.": our side questions answered, not whether
        return Outcome(Kind.OTHER, f"antwoordt over gasten, niet over komen: '{nos[0].words}': een mens kijkt", 1.0)
    if yes and no and _their_answer(r, no) and not _their_answer(r, yes):
        no = None  # "Wim Gerrits is verhinderd; in zijn plaats komt Lotte mee. Ikzelf ben er gewoon bij": his no
    if (
        yes
        and no
        and (
            _NEXT_TIME.search(yes.words)
            or (_NEXT_TIME.search(r.sentences[yes.sentence].text) and yes.sentence != no.sentence)
        )
    ):
        # "haal me maar van de wachtlijst. Volgende keer ben ik er sneller bij", "Ik meld me af voor 11 maart en kom de
        # volgende keer graag weer": another atelier
        yes = None
    if yes and no and _about_part(r, no) and not _about_part(r, yes):
        no = None  # "Ik ben erbij, maar meld me af voor de borrel achteraf": a part of the afternoon, not the atelier
    if yes and no and _LATE.search(" ".join(s.text for s in r.sentences)):
        no = None  # "Ik neem deel, maar pas later: tot half drie zit ik in een overleg": coming late is coming
    if yes and no and (later := _after_but(r, yes, no)) is not None:
        yes, no = (yes, None) if later is yes else (None, no)  # "Ik zou graag komen, maar het lukt niet"
    if yes and no and yes.sentence < no.sentence and _only_wished(r, yes):
        yes = None  # "Ik zou heel graag komen, maar ik moet om drie uur al weg ... Ik laat deze keer schieten"
    if yes and no and (changed := _changed_mind(r, yes, no)) is not None:
        yes, no = (yes, None) if changed is yes else (None, no)  # "Helaas, ik kan niet. ... Dan kan ik dus toch!"
    if yes and no and no.words.lower() in yes.words.lower():
        no = None  # "Vergeet mijn eerdere afmelding": the yes holds the decline's word
    if yes and no and no.strength < STRONG and _said_first(r, yes, no) is yes:
        # Our invitation asks three things in a row (komt u, neemt u iemand mee, komt er een vervanger): a bare "nee"
        # after the yes answers a later question ("1. ja 2. nee 3. -", "komen: ja / introducé: nee").
        no = None
    if yes and no:
        if yes.strength != no.strength:
            yes, no = (yes, None) if yes.strength > no.strength else (None, no)
        else:
            return Outcome(Kind.OTHER, f"zowel '{yes.words}' als '{no.words}' voor het atelier: een mens kijkt", 1.0)
    if unsure and unsure.sentence in {s.sentence for s in _what_cues(r)}:
        unsure = None  # "Misschien een idee voor een keer: hybride werken": a topic put modestly, no doubt of coming
    if unsure and yes and not no and _SURELY.search(yes.words):
        unsure = None  # "ik ben er dus zeker bij op 11 maart misschien neem ik de motie mee": sure of coming
    if unsure and yes and not no and _after_but(r, unsure, yes) is yes:
        unsure = None  # "weet niet of dat goed is aangekomen, dus voor de zekerheid: ik kom"
    if (
        unsure
        and not yes
        and not no
        and (
            r.purpose in (CALL_FOR_THEMES, FOLLOWUP)
            or (not in_thread and (_what_cues(r) or _OUTRIGHT.search(_own_text(r))))
        )
    ):
        # "voor een volgend atelier misschien: proactieve dienstverlening" proposes a topic; so does a new mail "Ik weet
        # niet of de oproep al uit is, maar ik heb alvast een onderwerp: ..."
        return None
    if unsure and len(r.sentences[unsure.sentence].text.split()) <= 2:
        return Outcome(Kind.OTHER, f"twijfelt over het atelier: '{unsure.words}': een mens kijkt", 1.0)  # "Misschien."
    if unsure and "beslis" in unsure.words.lower():  # "Is online ook goed? Dan beslis ik daarna": not decided yet
        return Outcome(Kind.OTHER, f"beslist later over het atelier: '{unsure.words}': een mens kijkt", 1.0)
    # (a bare "nee" beside the doubt is no answer either: "Mijn agenda zegt nee, mijn hart zegt ja. Ik probeer de
    # afspraak te verzetten")
    if unsure and not (yes and yes.sentence != unsure.sentence) and not (no and no.strength >= STRONG):
        return Outcome(Kind.OTHER, f"twijfelt over het atelier: '{unsure.words}': een mens kijkt", 1.0)
    if yes and not no and _wished_but(r, yes):
        # "Ik zou zó graag komen! Maar onze dochter is die week uitgerekend": a wish, and then why not; a person reads
        return Outcome(Kind.OTHER, f"een wens met een maar erna: '{yes.words}': een mens kijkt", 1.0)
    if (
        in_thread
        and (yes or no)
        and (backed := next((m for s in r.sentences if s.source == "tekst" and (m := _backs(s.text))), None))
    ):
        # "Ja, ik kom. En ik sluit me graag aan bij het onderwerp dat Tjeerd eerder voorstelde": beside the answer,
        # backing for another's topic, which a person notes (the brief: backing is ``other``)
        why = f"antwoord op het atelier en steun voor het voorstel van een ander ('{one_line(backed.group(0))[:80]}')"
        return Outcome(Kind.OTHER, f"{why}: een mens kijkt", 1.0)
    leaving_the_job = _first(r, "leaving") is not None
    # "Graag afmelden, ik ben sinds januari geen directeur meer": leaving the job is leaving the network (unless the
    # leave word's own sentence names the atelier)
    same = no is None or no.words.lower() == unsub.words.lower() if unsub else False
    if in_thread and unsub and same and not yes and leaving_the_job and not _names_atelier(r, unsub):
        return None  # ("pls remove me, no longer with the organisation": the leave word read as the decline too)
    if (yes or no) and leaving_the_job and (stays := _first(r, "stay")) is not None:
        # "Op 11 maart kom ik graag. Per 1 juli ga ik met pensioen; tot die tijd blijf ik lid. Mijn opvolger wordt ...":
        # beside the answer a hand-over for later, which a person notes (BRIEF.md)
        why = f"antwoord op het atelier en een vertrek later ('{stays.words}'): een mens kijkt"
        return Outcome(Kind.OTHER, why, 1.0)
    if no or (unsub and not yes):
        hit = no or unsub
        assert hit is not None
        extra = f", vervanger {r.substitute}" if r.substitute else ""
        return Outcome(
            Kind.RSVP,
            f"afmelding voor het atelier: '{hit.words}'{extra}",
            _sure(hit) if in_thread else WEAKLY + 0.1,
            {"attending": False, "substitute": r.substitute},
        )
    if yes:
        return Outcome(Kind.RSVP, f"aanmelding voor het atelier: '{yes.words}'", _sure(yes), {"attending": True})
    if r.substitute and _first(r, "substitute"):
        return Outcome(
            Kind.RSVP, f"vervanger genoemd: {r.substitute}", PLAIN, {"attending": False, "substitute": r.substitute}
        )
    return None


def _answer_and_topic(r: Reading) -> Outcome | None:
    """Under our invitation or reminder, an answer and a topic proposed in so many words: "Ja, ik kom graag. Voor een
    volgend atelier zou ik het willen hebben over ...", "kan er helaas niet bij maar als onderwerp: ...". The brief
    makes it a suggestion; the answer goes with it (``attending``), so both are recorded (actions.act)."""
    if r.purpose not in (INVITATION, REMINDER) or not _proposed_outright(r):
        return None
    answer = _rsvp(r)
    if answer is None or answer.kind != Kind.RSVP:
        return None
    idea = _suggestion(r)
    if idea is None or idea.kind != Kind.SUGGESTION or not idea.data.get("themes"):
        return None
    data = idea.data | {k: answer.data[k] for k in ("attending", "substitute") if answer.data.get(k) is not None}
    return Outcome(
        Kind.SUGGESTION, f"{idea.reason}; en een {answer.reason}", min(idea.confidence, answer.confidence), data
    )


# A topic put forward outright by the writer, beside an answer to the invitation: "als onderwerp", "wil ik een
# onderwerp aandragen", "zou ik het willen hebben over", "Two topics I would like to put forward" (not another's
# "bespreken": "Op 11 maart bespreken twee van onze raden de kadernota").
_OUTRIGHT = re.compile(
    r"\b(stel\w*\s+(ik|wij|we)\s+(\w+\s+){0,4}voor|(ik|wij|we)\s+(\w+\s+){0,6}(aandragen|inbrengen|voorstellen|agenderen)|"
    r"(ik|wij|we)\s+(\w+\s+){0,6}(hebben|praten|spreken|discussiëren)\s+over|"
    r"graag\s+(\w+\s+){0,2}(aandacht\s+voor|praten\s+over|spreken\s+over)|"
    r"(als|mijn|ons|een)\s+(\w+\s+)?(onderwerp|thema|idee|suggestie|tip|voorstel)\w*(\s+[^.!?:]{0,50})?\s*:|"
    r"((ik|wij|we)\s+heb(ben)?|heb(ben)?\s+(ik|wij|we))\s+(?!(\w+\s+){0,2}(geen|het\s+idee)\b)(\w+\s+){0,2}((een|twee|drie)\s+)?"
    r"(\w+\s+)?(onderwerp|idee|suggestie|thema|tip)|"
    # "zou u voor een volgende keer willen noteren: ..."
    r"(wilt|wil|zou|kunt|kun)\s+(u|je|jullie)\s+(\w+\s+){0,6}(noteren|opschrijven|meenemen)|"
    r"als\s+(onderwerp|thema|idee|suggestie|tip|topic)\b|(onderwerp|thema|suggestie|voorstel|idee)\w*\s*:|"
    r"i\s+(would|'d)\s+like\s+to\s+(put\s+forward|propose|suggest|discuss|raise)|(i|we)\s+(suggest|propose)|"
    r"topics?\s+(i|we)\s+would\s+like)",
    re.I,
)


def _proposed_outright(r: Reading) -> bool:
    """Does a sentence of the writer's own propose a topic in so many words, with a theme after its cue?"""
    for cue in (s for s in r.signals if s.intent == "propose" and s.counts):
        said = r.sentences[cue.sentence]
        text = said.text
        if said.source != "tekst" or said.question or _DEFERS.search(text) or _NONE_OF_MINE.search(text):
            continue
        if _SHE_SAID.search(text):
            continue
        # ("En voor een volgende keer: hoe versterk je ...?": a when that heads the topic below it)
        heads = _WHEN_ONLY.fullmatch(cue.words) and _heads_next(r, cue.sentence)
        if _WHEN_ONLY.fullmatch(cue.words) and not heads and not _OUTRIGHT.search(text):
            continue
        hit = _OUTRIGHT.search(text) or (_WHEN_ONLY.search(text) if heads else None)
        # (the topic may follow the announcing sentence: "... wil ik een onderwerp aandragen: hoe vertaal je ...?")
        after = r.sentences[cue.sentence + 1] if cue.sentence + 1 < len(r.sentences) else None
        topic = text[hit.start() :] if hit else ""
        if after is not None and after.source == "tekst" and not theme_words.themes_in(topic):
            topic += " " + after.text
        if hit is not None and theme_words.themes_in(topic):
            return True
    return False


# Another person as the subject right before an answer: "Mevrouw Van Rijn kan niet", "dat hij graag aanwezig is".
# A person named by title and surname: "mevrouw Dekker", "De heer Van Loon", "dhr. Koster".
_TITLED = (
    r"(?-i:mevrouw|Mevrouw|de\s+heer|De\s+heer|dhr\.?|Dhr\.?|mw\.?|Mw\.?|mevr\.?|Mevr\.?|dr\.|Dr\.|drs\.|Drs\.|ir\.|Ir\.|"
    r"mr\.|Mr\.|Mrs\.|Ms\.|prof\.|Prof\.)\s+(?-i:[A-Z])[\w'-]*"
)
_THEIR_ANSWER = re.compile(
    r"\b(" + _TITLED + r"(\s+[\w'-]+){0,2}|"
    r"(dat\s+)?(hij|zij)(\s+(helaas|jammer\s+genoeg|wel|niet|graag|toch|ook|zeker|dan))*|(that\s+)?(he|she)|"
    r"onze\s+(algemeen\s+)?directeur|"
    r"mijn\s+(algemeen\s+)?directeur|"
    # a colleague by role ("Mijn collega Frank de Boer kan ...", "onze adjunct komt") or by name ("Wim Gerrits is
    # verhinderd", "Wim Gerrits kan niet")
    r"(mijn|onze)\s+(\w+\s+)?"
    + intents.A_COLLEAGUE
    + r"(\s+(?-i:[A-Z])[\w'-]+|\s+(van|de|der|den|ten|ter)){0,4}\s+(kan|komt|zal|wil|moet|is|was)|"
    r"(?-i:[A-Z][a-z]+)\s+((van|de|der|den|ten|ter)\s+){0,2}(?-i:[A-Z])[\w'-]+\s+(is|was|blijkt|kan|komt|zal|moet)"
    r"(\s+(helaas|toch|ook))?)\s*$",
    re.I,
)


# Someone else who has left the organisation: "Mevrouw Kramer, aan wie hij gericht was, werkt sinds januari niet meer
# bij onze werkorganisatie", "hij is per 1 maart uit dienst", "She has left the organisation".
_THEY_LEFT = re.compile(
    r"\b(" + _TITLED + r"|hij|zij|ze|he|she)\b[^.!?;]{0,80}?\b(werkt\s+(\S+\s+){0,3}niet\s+meer\s+(bij|voor)|"
    r"is\s+(\S+\s+){0,3}(vertrokken|uit\s+dienst|met\s+pensioen|niet\s+meer\s+(werkzaam|in\s+dienst))|"
    r"heeft\s+(\S+\s+){0,4}afscheid\s+genomen|has\s+left\s+(the|our)|(is|are)\s+no\s+longer\s+(with|employed|working))",
    re.I,
)
_THEIR_SUBJECT = re.compile(
    r"\b(" + _TITLED + r"|hij|zij|"
    r"(zijn|haar)\s+(deelname|komst|aanwezigheid|aanmelding)|(he|she)\s+(will|can|cannot|can't|won't))\b",
    re.I,
)


def _their_answer(r: Reading, hit: Signal) -> re.Match[str] | None:
    """Another person as the subject of the answer: right before its words, or as their first ("hij graag aanwezig
    is")."""
    text = r.sentences[hit.sentence].text
    at = max(0, text.lower().find(hit.words.lower()))
    before = text[max(0, at - 40) : at]
    said = hit.words.split()
    first = said[0] if said else ""
    # (or the answer's own words but its verb: "Mevrouw Dijkstra komt")
    named = " ".join(said[:-1])
    return (
        _THEIR_ANSWER.search(before)
        or _THEIR_ANSWER.search(f"{before}{first}")
        or (_THEIR_ANSWER.search(f"{before}{named}") if named else None)
        # (or anywhere in a sentence with no word of the writer's own: "Helaas moet de heer Lenders zijn deelname
        # aan het atelier afzeggen")
        or (_THEIR_SUBJECT.search(text) if not _FIRST_PERSON.search(text) else None)
        # (or them as the answer's object: "u kunt haar van de wachtlijst halen")
        or people.HIM_OR_HER.search(hit.words)
    )


def _quoted(r: Reading, who: str, answer: Signal) -> str:
    """The writer's words from the person named to the end of the answer, as written ("Mijn collega Frank de Boer kan
    op 11 maart niet komen"); both joined where they stand apart ("Namens dhr. Yilmaz" before the sentence)."""
    text, who = one_line(r.sentences[answer.sentence].text), one_line(who).strip()
    start, at = text.lower().find(who.lower()), text.lower().find(answer.words.lower())
    if 0 <= start <= at:
        return text[start : at + len(answer.words)][:160]
    return answer.words if who.lower() in answer.words.lower() else f"{who} {answer.words}"


def _they_come(r: Reading) -> re.Match[str] | None:
    """Others named in the writer's sentence about the atelier, and no word of the writer's own: "Vanuit de directie
    komen mevrouw Baan en de heer Groot naar het atelier" under a subject "Aanmelding atelier"."""
    events = _sentences_with(r, "event")
    return next(
        (
            m
            for n, s in enumerate(r.sentences)
            if s.source == "tekst" and n in events and not _FIRST_PERSON.search(s.text)
            if (m := _THEIR_SUBJECT.search(s.text))
        ),
        None,
    )


def _signs_up_another(r: Reading, yes: Signal, *, in_thread: bool) -> re.Match[str] | None:
    """Someone else signed up beside the yes: in its own sentence, in a new mail anywhere in the text, in answer to our
    invitation in a sentence about membership."""
    if found := intents.SIGNS_UP_ANOTHER.search(r.sentences[yes.sentence].text):
        return found
    if not in_thread:
        return intents.SIGNS_UP_ANOTHER.search(_own_text(r))
    members = _sentences_with(r, "network")
    return next((m for n in members if (m := intents.SIGNS_UP_ANOTHER.search(r.sentences[n].text))), None)


def _own_text(r: Reading) -> str:
    """The writer's text as one line of sentences (a title's full stop may have ended a sentence: "dhr." / "Yilmaz")."""
    return " ".join(s.text for s in r.sentences if s.source == "tekst")


def _on_behalf(r: Reading) -> re.Match[str] | None:
    """The writer writes for a person ("Namens mevrouw Kersten laat ik u weten ...", "on behalf of our director")."""
    return people.FOR_A_PERSON.search(_own_text(r))


# A yes said as certain: a "misschien" beside it is about something else.
_SURELY = re.compile(r"\b(zeker|sowieso|hoe\s+dan\s+ook|absoluut|definitely|certainly|for\s+sure)\b", re.I)


def _only_the_guest(r: Reading) -> re.Match[str] | None:
    """Every sentence of the writer's (greetings and names aside) is about the guest: "Mijn gast is Ruud Brink,
    beleidsadviseur. Hij eet vegetarisch." (not "Ik neem de plek van Dirk graag over. Mijn gast wordt ...")."""
    said = [s.text for s in r.sentences if s.source == "tekst" and len(s.text.split()) > 3 and not _greets(s.text)]
    guest = next((m for t in said if (m := _GUEST_DETAILS.search(t))), None)
    if guest is None or not all(_GUEST_DETAILS.search(t) or _ABOUT_THEM.match(t) for t in said):
        return None
    return guest


_ABOUT_THEM = re.compile(r"\W*(hij|zij|ze|he|she)\b", re.I)
# Who the guest is, or what they eat: "Mijn gast is Ruud Brink", "mijn introducé heet", "my guest will be".
_GUEST_DETAILS = re.compile(
    r"\b((mijn|onze)\s+(gast|introducé|introducee|plus[\s-]one)\s+(is|heet|wordt|zal\s+zijn)|"
    r"(my|our)\s+(guest|plus[\s-]one)\s+(is|will\s+be)|(hij|zij|ze)\s+eet\s+(\w+\s+)?(vegetarisch|veganistisch|glutenvrij|"
    r"lactosevrij|halal|koosjer))\b",
    re.I,
)
# A no about guests, beside a yes: "Nee, alleen ikzelf", "Wel zonder gast: mijn collega gaat niet mee".
_ABOUT_GUESTS = re.compile(
    r"\b(neem\w*\s+(\w+\s+)?(niemand|geen\s+(gast|gasten|collega|introducé))|alleen\s+(ikzelf|mijzelf|mezelf|ik)|"
    r"zonder\s+(gast|gasten|introducé|partner|collega|begeleiding)|(gast|gasten|introducé|collega)\s+(\w+\s+){0,6}"
    r"(gaat|komt)\s+(toch\s+)?niet\s+mee|no\s+(guests?|plus[\s-]one)|just\s+(me|myself)|"
    # "nee, die gast vervalt"
    r"(gast|introducé|introducee)\s+(\w+\s+){0,3}(vervalt|komt\s+te\s+vervallen|gaat\s+niet\s+door)|"
    # our two side questions answered inline: "> Neemt u iemand mee? / Nee, niemand.", "> ... een collega in uw
    # plaats? / Nee, er is hier geen collega die daarvoor in aanmerking komt."
    r"^\W*(nee|neen|no)\W+(niemand|nobody|no\s+one)\b|geen\s+(\w+\s+)?(collega|vervanger|plaatsvervanger|invaller)\s+die\b|"
    r"\bgeen\s+(introducé|introducee|gast|gasten|dieetwensen|dieet\w*)\b|(won'?t|will\s+not|not)\s+(be\s+)?bring(ing)?\s+"
    # our side question answered as a form: "Gast: nee", "Introducé: geen", "Guest: no"
    r"(anyone|anybody|a\s+guest)|^\W*(gast(en)?|introducé|introducee|guests?|plus[\s-]one)\s*:\s*(nee|neen|no|geen|none)\b|"
    r"\bno\s+dietary\b|"
    # "Mijn gast moet helaas afhaken, maar ik kom gewoon"
    r"(mijn|onze|de)\s+(gast|introducé|collega|partner|begeleider)\s+(\w+\s+){0,3}(afhaken|afzeggen|haakt\s+af|zegt\s+af|"
    r"kan\s+(\w+\s+){0,2}niet|komt\s+(\w+\s+){0,2}niet))\b",
    re.I,
)


_NEXT_TIME = re.compile(
    r"\b((een\s+)?volgende|komende)\s+(keer|atelier|bijeenkomst|editie)|\bnext\s+time\b|"
    r"\b(in\s+het\s+(najaar|voorjaar)|volgend\s+jaar|na\s+de\s+zomer)\b|"
    # "..., dus deze keer niet. Daarna ben ik er gewoon weer bij!": back after a leave, another atelier
    r"\bdaarna\s+(\w+\s+){0,5}weer\b|\b(after\s+that|afterwards)\s+(\w+\s+){0,4}again\b|"
    # "De volgende ben ik er zeker bij!"
    r"^\W*(de|een)\s+volgende\s+(ben|kom|zal|wil)\b",
    re.I,
)


def _names_atelier(r: Reading, hit: Signal) -> bool:
    return bool(intents.RSVP_WORDS.search(r.sentences[hit.sentence].text))


def _about_part(r: Reading, hit: Signal) -> bool:
    """Does the answer name a part of the afternoon right around it ("meld me af voor de borrel")?"""
    text = r.sentences[hit.sentence].text
    at = max(0, text.lower().find(hit.words.lower()))
    return bool(_ABOUT_PART.search(text[max(0, at - 30) : at + len(hit.words) + 25]))


# Joining words that name the network: "Graag aanmelden als lid", "lid worden", "voor het netwerk".
_AS_A_MEMBER = re.compile(
    r"\b(als\s+lid|lid\s+(van|worden)|voor\s+(het|uw|jullie|dit)\s+\w*netwerk|"
    # "Graag weer aanmelden op dit adres": an address put on our list, not a seat at the atelier
    r"(aanmelden|inschrijven)\s+(op|met|voor|via)\s+(dit|mijn|het\s+volgende|het\s+nieuwe)\s+(\w+\s+)?(e-?mail)?adres)\b",
    re.I,
)
# A no about a part of the afternoon beside a yes: "maar meld me af voor de borrel", "de afsluiting mis ik".
_ABOUT_PART = re.compile(
    r"\b(voor|van|bij|aan|tijdens|na)\s+(de|het)\s+(\w+\s+)?(borrel|netwerkborrel|diner|lunch|buffet|excursie|rondleiding|"
    r"afsluiting|nazit|tweede\s+(deel|helft|ronde)|laatste\s+(deel|uur|half\s*uur))\b|"
    r"\b(de|het)\s+(borrel|diner|afsluiting|nazit|laatste\s+(deel|uur))\s+(\w+\s+){0,3}(mis|sla|laat)\b",
    re.I,
)
# Having come: not an answer for the atelier a call for themes is about. ("Het volgende atelier ben ik er weer bij"
# under the follow-up is: that call asks for the next atelier's themes, and the action registers the answer only while
# that atelier is open.)
_NOT_THIS_ONE = re.compile(r"\b(vorig\w*|last|was|waren|geweest)\b", re.I)
# A yes for a later atelier: "bij het volgende atelier", "voor de volgende editie", "next time".
_FOR_THE_NEXT = re.compile(
    r"\b(bij|voor|op|naar)\s+(het|de)\s+(volgende|daaropvolgende)\s+(atelier|editie|bijeenkomst|ronde|keer)\b|"
    r"\b(for|at)\s+the\s+next\s+(atelier|one|edition|session)\b|\bnext\s+time\b",
    re.I,
)
# A later atelier named by its time ("Het volgende atelier in september sla ik over" in answer to the call for the
# March atelier): the classifier does not know the call's date, so which atelier is meant is for a person.
_NEXT_ONE = re.compile(r"\b(volgend\w*|komend\w*|next|daarna)\b", re.I)
_A_TIME = re.compile(
    r"\b(" + intents.MONTHS + r"|voorjaar|najaar|zomer|winter|herfst|lente|spring|autumn|fall)\b", re.I
)
# An answer changed in the same mail: "Helaas, ik kan niet. ... de raad is verschoven. Dan kan ik dus toch!"
_CHANGED = re.compile(
    r"\b(toch|alsnog|after\s+all|inmiddels|intussen|(nu|now)\s+(toch\s+)?(wel|i\s+can)|verschoven|verplaatst|"
    r"(was|is)\s+(moved|cancelled|canceled)|afgelast|gaat\s+niet\s+door|" + intents.TURNED_TO_NO + r"|"
    r"nee\s+(moet|wordt)\s+(\w+\s+){0,2}ja)\b",
    re.I,
)


def _changed_mind(r: Reading, yes: Signal, no: Signal) -> Signal | None:
    """The later of a yes and a no, when the words from the earlier one on say the answer changed."""
    first, later = (yes, no) if yes.sentence < no.sentence else (no, yes)
    if first.sentence == later.sentence:
        return None
    between = " ".join(s.text for s in r.sentences[first.sentence + 1 : later.sentence + 1])
    return later if _CHANGED.search(between) else None


# An event by its own name that is not our atelier: "de Regiodag", "het VNG Jaarcongres", "the Summit".
_THEIR_EVENT = re.compile(
    r"\b(?!(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(middag|ochtend|avond|morgen)?\b)(?-i:[A-Z])\w*"
    r"(dag|congres|symposium|seminar|conferentie|festival|beurs|summit|conference|lunch|borrel|diner)\b"
    r"(?!.{0,80}\b(atelier|leer-?\s*(en|&)\s*inspireer))",
    re.I,
)


# The themes by their names: a sentence naming three or four of them speaks of the list ("het rijtje strategie,
# samenwerking, organisatie en dienstverlening is compleet"), it proposes no topic.
_THEME_NAMES = re.compile(r"\b(strategie|samenwerking|organisatie|dienstverlening)\b")


def _proposing(r: Reading, *, in_thread: bool) -> list[str]:
    """The sentences that propose: in reply to our call all that ask nothing, else those from a proposing cue on."""
    own = [(i, s) for i, s in enumerate(r.sentences) if s.source == "tekst"]
    if in_thread:  # the writer's own subject too ("Thema-voorstel: klantreizen in het sociaal domein", "zie onderwerp")
        mine = [(i, s) for i, s in enumerate(r.sentences) if s.source in ("tekst", "onderwerp")]
        return [
            s.text
            for _, s in mine
            if (not s.question or theme_words.themes_in(s.text))
            and len(set(_THEME_NAMES.findall(s.text.lower()))) < 3
            and not _SIGNED_BY.match(s.text)
            and not _SHE_SAID.search(s.text)
        ]
    cue = _first(r, "propose")
    if cue is None:
        return []
    return [s.text for i, s in own if i >= cue.sentence or r.sentences[cue.sentence].source == "onderwerp"]


# Curious about the outcome, an indirect question: "Ik ben benieuwd welke onderwerpen het na de telling worden".
_CURIOUS = re.compile(
    r"\b(benieuwd|nieuwsgierig|curious|wondering|i\s+wonder)\b[^.!?\n]{0,40}\b(welke|wat|hoe|of|naar|which|what|how|"
    r"whether|to\s+see)\b",
    re.I,
)


# Another person's plan reported, not the writer's proposal: "Ze zei dat ze iets wilde aandragen over de regio".
_SHE_SAID = re.compile(
    r"\b(ze|zij|hij)\s+(zei|vertelde|schreef|gaf\s+(me\s+|mij\s+)?aan|liet\s+(me\s+|mij\s+)?weten)\b|"
    r"\b(zei|vertelde|schreef)\s+(ze|zij|hij)\b|\b(she|he)\s+(said|told\s+me|mentioned)\b|"
    # "Koen vertelde me dat hij zijn onderwerp al heeft gestuurd" (not "..., vertelde me dat ik ...")
    r"\b(zei|vertelde|schreef|meldde)\s+(me|mij|ons)\s+dat\s+(?!(ik|wij|we)\b)|"
    # "Het onderwerp dat de adviseur aan onze tafel inbracht" (not "het onderwerp dat ik inbracht")
    r"\b(onderwerp|thema|idee|voorstel|punt|topic|idea)\s+(dat|die|that)\s+(?!(ik|wij|we|i)\b)(\S+\s+){1,10}?"
    r"(inbracht|inbrachten|voorstelde|voorstelden|aandroeg|opperde|noemde|raised|proposed|suggested)\b|"
    # "Tijdens de afsluiting opperde de directeur van Waalhoek om ...": someone else's idea
    r"\b(opperde|opperden|suggereerde|suggereerden)\s+(?!(ik|wij|we)\b)(de|het|een|mijn|onze|collega|(?-i:[A-Z]))|"
    # "Onze directeur informatievoorziening heeft het onderwerp al in een ander netwerk ingebracht"
    r"\b(onze|de|een|mijn|zijn|haar)\s+(?!(ik|wij|we)\b)(\w+\s+){0,3}(heeft|had|hebben|hadden)\s+(het|dit|dat|een)\s+"
    r"(onderwerp|thema|idee|voorstel)\b[^.!?\n]{0,80}\b(ingebracht|voorgesteld|aangedragen|geopperd|ingediend)\b|"
    # "Via LinkedIn zag ik dat een collega van Lekvliet informatieveiligheid heeft ingebracht"
    r"\bdat\s+(?!(ik|wij|we)\b)(\S+\s+){1,12}(heeft|had|hebben|hadden)\s+(ingebracht|voorgesteld|aangedragen|geopperd|"
    r"ingediend|ingestuurd|ingezonden|opgegeven)\b|"
    # "Ik las in het verslag dat Marloes Verbrugge voorstelde om het over de arbeidsmarkt te hebben"
    r"\bdat\s+(?!(ik|wij|we)\b)(\S+\s+){1,6}(voorstelde|voorstelden|opperde|opperden|inbracht|aandroeg|suggereerde)\b|"
    # "Ik las in het verslag het voorstel van Wilma Grootjans om ...", "the topic Marloes raised"
    # (read or heard, not backed in so many words: "Ik sluit me aan bij het voorstel van Peter: gezamenlijke werving")
    r"\b(las|lees|zag|hoorde|read|saw|heard)\b[^.!?\n]{0,60}\b(het|een|dit|dat)\s+(voorstel|idee|onderwerp|suggestie)\s+van\s+"
    r"(?!(mij|ons|mijzelf)\b)(\w+\s+)?(?-i:[A-Z])|"
    r"\b(topic|idea|proposal|suggestion)\s+(?-i:[A-Z])\w+\s+(raised|mentioned|proposed|suggested)\b|"
    # "Ik zag dat Hanneke Bosveld het onderwerp '...' had ingebracht": another's topic, reported
    r"\bdat\s+(?!(ik|wij|we)\b)(\S+\s+){1,6}(het|een|dit|dat)\s+(onderwerp|thema|idee|voorstel)\b[^.!?\n]{0,100}\b"
    r"(had|heeft|hadden|hebben)\s+(ingebracht|voorgesteld|aangedragen|geopperd|ingediend)\b",
    re.I,
)
# A signature line left in the text (no closing formula above it): a name, then a function ("Tom Verhagen directeur
# Bedrijfsvoering | Triade Gemeenten"), whose theme words ("bedrijfsvoering") propose nothing.
_SIGNED_BY = re.compile(
    r"^(?-i:[A-Z][\w'é-]+)(\s+(van|de|der|den|ter|ten|el|(?-i:[A-Z])[\w'é.-]*)){1,3}\s*[,|]?\s*"
    r"(algemeen\s+|adjunct-?\s*)?(directeur|manager|adviseur|teamleider|hoofd|secretaris|gemeentesecretaris|"
    r"controller|concerncontroller|bestuurder|director)\b",
    re.I,
)
# A topic proposed instead of the one set aside: "Niet over de interne organisatie; liever iets naar buiten gericht".
_INSTEAD = re.compile(
    r"\b(liever|wel\s+(over|graag)|maar\s+(wel|liever|om)|instead|rather|"
    # an own topic added to the one backed: "Zelf voeg ik er iets aan toe dat daar dichtbij ligt: ..."
    r"zelf\s+(voeg|wil|zou|stel|breng|draag)\w*|(voeg|voegen)\s+(ik|wij|we)\s+(er\s+)?(\w+\s+){0,2}aan\s+toe|"
    r"mijn\s+eigen\s+(onderwerp|voorstel|suggestie|idee))\b",
    re.I,
)


# Thanks, greetings and "niets" are no topic; a short phrase of the writer's own in answer to the call is one.
_NO_TOPIC = re.compile(
    r"\b(dank\w*|bedankt|thanks|groet\w*|niets|niks|geen|nee|weet\s+niet|later|verslag|mooi|leuk|fijn|top|prima|"
    r"compliment\w*|graag\s+gedaan|graag\s+hoor|bijlage\w*|attachment\w*|attached|zie\s+(hieronder|onder|boven))\b",
    re.I,
)


# Saying one has no topic: "Een thema heb ik dit keer niet", "Geen onderwerp van mijn kant", "Een onderwerp
# aandragen laat ik aan de collega's" (not "Dienstverlening laat ik aan anderen": a theme set aside). Such a sentence
# defers (_DEFERS), and a cue in it is no cue (_suggestion).
_NONE_OF_MINE_WORDS = (
    r"(thema|onderwerp|idee|suggestie)\w*\s+(heb|weet)\s+ik\s+(\w+\s+){0,3}(niet|geen)|"
    r"(onderwerp|thema|suggestie|idee)\w*\s+(\w+\s+){0,2}laat\s+ik\s+(\w+\s+){0,2}aan\s+(de\s+)?(anderen|collega'?s)|"
    r"geen\s+(eigen\s+)?(onderwerp|thema|suggestie|idee)\w*\s+(van\s+mijn\s+kant|mijnerzijds|deze\s+keer|dit\s+keer)"
)
_NONE_OF_MINE = re.compile(r"\b(" + _NONE_OF_MINE_WORDS + r")\b", re.I)


# An answer to the call that puts the question off or joins others' proposals: no topic of the writer's own.
_DEFERS = re.compile(
    r"\b(kom\s+(er\s*|hier\s*|daar\s*)?(nog\s+)?(later\s+)?op\s+terug|sluit\s+(me|mij|ik\s+me|ik\s+mij)\s+aan\s+bij|overleg\w*\s+(eerst|even|nog)|"
    r"laat\s+(het|ik)\s+(\w+\s+){0,3}weten|(heb|weet)\s+(ik\s+)?(nog\s+)?geen\s+(idee|suggestie|onderwerp)\w*|"
    r"get\s+back\s+to\s+you|"
    # "draag ik nog een onderwerp aan, dat volgt apart", "mijn suggestie volgt later"
    r"(onderwerp|thema|suggestie|voorstel|idee)\w*[^.!?]{0,40}\bvolg(t|en)\s+(nog\s+)?(apart|later|separaat|binnenkort)|"
    r"leave\s+(the\s+)?(choice|topics?|it)\s+(\w+\s+){0,3}to\s+(the\s+)?others|"
    # "Not this time.", "Nothing from me this time"
    r"\bnot\s+this\s+time\b|nothing\s+(from\s+(me|us)\s+)?this\s+(time|round)|"
    r"laat\s+(de\s+keuze|het|de\s+onderwerpen)\s+(\w+\s+){0,2}aan\s+(de\s+)?anderen|"
    r"\b(de\s+)?(thema'?s|onderwerpen|keuze)\s+laat\s+ik\s+(graag\s+|maar\s+)?aan\s+(jullie|u|de\s+anderen|anderen)\b|"
    r"\blaat\s+ik\s+(\w+\s+){0,2}aan\s+(de\s+)?(anderen|collega'?s|jullie|adviesraad)\s+over\b|\b"
    + _NONE_OF_MINE_WORDS
    + r"\b|no\s+(suggestions?|ideas?)\s+(yet|for\s+now)|"
    r"\bno\s+(specific\s+|particular\s+)?(topics?|suggestions?|ideas?)\b|\bgeen\s+aanvulling(en)?\b|"
    r"\b(niets|niks)\s+(aan\s+)?toe\s+te\s+voegen\b|"
    # ("Liever geen thema over dienstverlening dit keer. Wél: ..." sets one theme aside, it does not defer)
    r"\bgeen\s+(nieuwe?|eigen|ander|andere)\s+(onderwerp(en)?|suggesties?|idee(ën)?|thema('?s)?)(?=\s*([.!]|$))|"
    r"\bgeen\s+(specifieke\s+|concrete\s+)?(onderwerp(en)?|suggesties?|idee(ën)?|thema('?s)?)\b(?!\s+(over|rond|op\s+het\s+gebied)\b)|"
    r"laat\s+(\w+\s+){0,3}weten|bespreek\w*\s+(\w+\s+){0,4}(in|met)\s+(ons|het|mijn)\s+(mt|team|managementteam|directie)\b|"
    r"\bsla\s+(ik\s+)?(\w+\s+){0,2}over\b|\bdeze\s+(ronde|keer)\s+(\w+\s+){0,2}(niet|geen|over)\b|"
    # "Voor het atelier heb ik deze keer niets", "ik heb zelf niks in te brengen" (not "ik heb niets tegen ...", nor
    # "Hier heb ik niets" typed under one theme of our quoted call: nothing for that theme only)
    r"(?<!hier\s)(?<!daar\s)(?<!hiervoor\s)(?<!daarvoor\s)(?<!hierover\s)(?<!daarover\s)"
    r"\b(heb|had)\s+(ik\s+)?((deze|dit)\s+(keer|ronde|jaar)\s+|nu\s+|zelf\s+|even\s+|helaas\s+|echt\s+){0,3}(niets|niks)"
    r"(?=\s*([.,;:!?)]|$)|\s+(nieuws|in\s+te\s+brengen|aan\s+te\s+dragen|te\s+melden|voor\s+(u|jullie|het\s+atelier))\b)|"
    r"\b(heb|had)\s+(ik\s+)?(eerder|al|vorige\s+week)\s+(een\s+)?(onderwerp|suggestie|voorstel|thema)\w*\s+(\w+\s+){0,2}(gestuurd|ingediend|doorgegeven|gemaild)\b)\b",
    re.I,
)


# An answer to the call that tells, passes on or thanks, and proposes nothing: "Even een update van onze kant",
# "I only wanted to share the good news", "Ik heb uw oproep doorgezet naar onze controller", "Nothing for the agenda
# from me", "Daar sluit ik me helemaal bij aan" (another's topic). Read as _DEFERS: only a cue with themes outweighs it.
_NO_PROPOSAL = re.compile(
    r"\b((even\s+)?een\s+update\s+(van|vanuit)\s+(onze|mijn)\s+kant|(a\s+)?(quick\s+)?update\s+from\s+(our|my)\s+side|"
    r"(only|just)\s+wanted\s+to\s+share|wilde\s+(ik\s+)?(\w+\s+){0,2}(even\s+)?(delen|melden)\b(?!\s+(als|voor)\b)|"
    r"(ik\s+)?(houd|hou)\s+(jullie|u|je)\s+op\s+de\s+hoogte|"
    r"((heb|hebben)\s+(ik|wij|we)|(ik|wij|we)\s+(heb|hebben))\s+(uw|jullie|je|de|deze|dit)\s+(oproep|mail|e-?mail|bericht|vraag)\s+(\w+\s+){0,3}"
    r"(doorgezet|doorgestuurd|doorgegeven|uitgezet)|(forwarded|passed\s+on)\s+(your|the|this)\s+(call|e-?mail|message)|"
    r"nothing\s+(\w+\s+){0,2}(for\s+the\s+agenda|to\s+add)|daar\s+sluit\s+ik\s+(me|mij)\s+(\w+\s+){0,2}bij\s+aan|"
    # another's topic passed on at their request: "Zij vroeg me door te geven dat ...", "Ik geef het gewoon door"
    r"(vroeg|vroegen|verzocht)\s+(me|mij|ons)\s+(\w+\s+){0,3}(door\s+te\s+geven|te\s+melden|over\s+te\s+brengen)|"
    r"(ik\s+)?geef\s+(het|dit|dat|dat\s+idee|het\s+idee)\s+(\w+\s+){0,2}door\b(?!\s+(aan|naar)\s+(mijn|ons|onze)\b)|"
    r"asked\s+me\s+to\s+pass\s+(this|it)\s+on|(i'?m|i\s+am)\s+(just\s+)?passing\s+(this|it)\s+on)\b",
    re.I,
)
# A document sent along: "Zoals beloofd in de bijlage onze evaluatie", "bijgaand de notitie", "attached is our report".
# It proposes nothing unless another sentence does ("In de bijlage onze notitie. Daaruit wil ik één vraag halen: ...").
_SENT_ALONG = re.compile(
    r"\b((in\s+de\s+bijlage|als\s+bijlage|bijgaand|hierbij)\s+(\w+\s+){0,2}(onze|ons|mijn|de|het)\s+(\w+\s+)?(evaluatie|"
    r"rapport|notitie|nota|presentatie|verslag|onderzoek|document|handreiking|plan|visie|memo)\w*|"
    r"(attached|enclosed)\s+(is|are|please\s+find|you'?ll\s+find)\s+(\w+\s+){0,2}(our|my|the)\s+(report|evaluation|paper|"
    r"memo|slides|presentation))\b",
    re.I,
)


# A topic taken back: "Het onderwerp over de raden mag van de lijst", "Mijn suggestie trek ik in", "that topic can be
# dropped" (not "vervalt": a topic may well be about what lapses, "als de regionale subsidie vervalt").
_WITHDRAWN = re.compile(
    # ("Het onderwerp dat ik in januari instuurde, de Omgevingswet, mag wat mij betreft van de lijst")
    r"\b(onderwerp|thema|suggestie|voorstel|punt|topic|suggestion)\w*\s+(\S+\s+){0,14}?((mag|kan|mogen|kunnen)\s+(\w+\s+){0,3}"
    r"(van\s+de\s+lijst|geschrapt\s+worden)|(can|may)\s+be\s+(dropped|removed|withdrawn))\b|"
    # ("Mijn eerdere suggesties trek ik in": the writer's own, "in" ending the clause; not "trekken we samen in")
    r"\b(mijn|onze|my|our)\s+(eerdere\s+|vorige\s+)?(onderwerp|thema|suggestie|voorstel)\w*\s+(\S+\s+){0,4}?(trek|trekken)\s+"
    r"(ik|wij|we)\s+((hierbij|bij\s+deze|dan|dus|maar|graag|toch)\s+)?in(?=\s*([.,;:!?]|$))|"
    r"\b(trek|trekken)\s+(ik|wij|we)\s+(\w+\s+){0,3}(onderwerp|thema|suggestie|voorstel|punt)\w*\s+(\w+\s+){0,8}?(weer\s+)?in"
    r"(?=\s*([.,;:!?]|$))|"
    r"\b(onderwerp|thema|suggestie|voorstel)\w*\s+(\w+\s+){0,3}(intrekken|in\s+te\s+trekken|terugtrekken)\b|"
    r"\bwithdraw\s+(my|our|the)\s+(topic|suggestion)\b|"
    # the topic named in the sentence before: "Vorige week stuurde ik 'agile werken' in als onderwerp. Die trek ik bij
    # dezen in"
    r"(^|(?<=[.;:]\s))(die|dat|deze|dit)\s+(trek|trekken)\s+(ik|wij|we)\s+((hierbij|bij\s+dezen?|dan|dus|maar|graag|weer)\s+)?in"
    r"(?=\s*([.,;:!?]|$))|"
    # the writer's own topic struck, the verb first or last: "Trek mijn suggesties maar in", "Wilt u mijn onderwerp van
    # vorige week schrappen?", "Mijn voorstel mag u laten vallen", "Please drop my suggestion"
    # ("Trek mijn tweede punt, de relatie met de gemeenteraden, maar in": which one, named between commas)
    r"\b(trek|haal)\s+(mijn|onze|m'n)\s+(eerdere\s+|vorige\s+|eerste\s+|tweede\s+|derde\s+|laatste\s+)?"
    r"(onderwerp|thema|suggestie|voorstel|idee|punt)\w*(\s*,[^.!?\n,]{0,60},)?\s+"
    r"(\w+\s+){0,3}(in|weg|van\s+de\s+(lijst|agenda))(?=\s*([.,;:!?]|$))|"
    r"\bschrap\s+(\w+\s+)?(mijn|onze|m'n)\s+(eerdere\s+|vorige\s+)?(onderwerp|thema|suggestie|voorstel|idee|punt)\w*\b|"
    r"\b(mijn|onze|m'n)\s+(eerdere\s+|vorige\s+|eerste\s+|tweede\s+|derde\s+|laatste\s+)?(onderwerp|thema|suggestie|voorstel|idee|"
    r"punt)\w*[\s,]+([^.!?\n]{0,60}\s)?"
    r"(schrappen|(laten\s+)?vallen|intrekken|van\s+de\s+(lijst|agenda)\s+(halen|afhalen|schrappen))(?=\s*([.,;:!?]|$))|"
    r"\b(drop|remove|scrap|delete)\s+(my|our)\s+(earlier\s+)?(topic|suggestion|proposal|idea)s?\b|"
    # "Please take my topic off the list", "strike our suggestion from the agenda"
    r"\b(take|strike|cross)\s+(my|our)\s+(earlier\s+)?(topic|suggestion|proposal|idea)s?\b([^.!?\n]{0,60}?\s)?(off|from)\s+"
    r"(the|your)\s+(list|agenda)\b|"
    # "Wil je die schrappen?" (what we noted of the writer's), "Vergeet mijn mail over de verdeelsleutel maar"
    r"\b(wil|wilt|kun|kunt)\s+(je|u|jullie)\s+(die|dat|deze|het)\s+(\w+\s+)?(schrappen|weghalen|verwijderen|intrekken)\b|"
    # "Wilt u 'de relatie met de gemeenteraden' weer van mijn lijst halen?"
    r"\b(wil|wilt|kun|kunt|zou)\s+(je|u|jullie)\s+[^.!?\n]{1,80}?\s(weer\s+|maar\s+)?(van|uit)\s+(de|mijn|uw|jullie|het)\s+"
    r"(lijst|agenda|telling)\s+(halen|afhalen|schrappen|verwijderen)\b|"
    # "Wilt u mijn suggestie toch weer verwijderen?"
    r"\b(wil|wilt|kun|kunt|zou|zoudt)\s+(je|u|jullie)\s+(mijn|onze|m'n)\s+(eerdere\s+|vorige\s+)?"
    r"(onderwerp|thema|suggestie|voorstel|idee|punt)\w*\s+(\w+\s+){0,3}(schrappen|weghalen|verwijderen|intrekken)\b|"
    r"\bvergeet\s+(\w+\s+)?(mijn|ons|onze)\s+(vorige\s+|eerdere\s+)?(mail|e-?mail|bericht|voorstel|suggestie|onderwerp)\b",
    re.I,
)


# The writer's earlier topic changed, replaced or put under another theme: "Wil je mijn onderwerp vervangen?", "mijn
# suggestie van vorige week wil ik graag wijzigen", "Please replace my suggestion".
_REPLACED = re.compile(
    r"\b(vervang|wijzig|verander|ruil|verplaats)\w*\s+(\w+\s+){0,2}(mijn|onze|m'n)\s+(eerdere\s+|vorige\s+)?"
    r"(onderwerp|thema|suggestie|voorstel|idee)\w*\b|"
    r"\b(mijn|onze|m'n)\s+(eerdere\s+|vorige\s+)?(onderwerp|thema|suggestie|voorstel|idee)\w*\s+(\w+\s+){0,6}"
    r"(vervangen|wijzigen|veranderen|aanpassen|omzetten|ruilen|verplaatsen|omwisselen)\b|"
    r"\b(replace|change|swap|amend)\s+my\s+(earlier\s+)?(topic|suggestion|proposal)\b|"
    # a theme swapped for another: "foutje: bedoelde samenwerking ipv organisatie", "I meant strategy, not organisation"
    r"\b(ik\s+)?bedoelde\s+(\w+\s+){1,3}(i\.?p\.?v\.?|in\s+plaats\s+van)\s|\bi\s+meant\s+\w+\s*,?\s+not\b",
    re.I,
)


def _proposes_beside(r: Reading, withdrawn: re.Match[str]) -> bool:
    """A proposal in another sentence than the withdrawal ("Mijn suggesties trek ik in. Nieuw voorstel: ..."); not
    another's reported ("Onze directeur I&A heeft het onderwerp al elders ingebracht"), nor the reason it goes ("te
    gevoelig om in een breder gezelschap te bespreken")."""
    # ("Vorige week stuurde ik 'agile werken' in als onderwerp. Die trek ik in": the sentence before names what goes)
    pointed = re.match(r"\W*(die|dat|deze|dit)\b", withdrawn.group(0), re.I)
    before = _own_text(r)[: withdrawn.start()].rstrip() if pointed else ""
    return any(
        s.intent == "propose"
        and s.counts
        and withdrawn.group(0) not in (text := r.sentences[s.sentence].text)
        and not (before and before.endswith(text))
        # ("Misschien een volgende keer." names no topic; "Nieuw voorstel:" opens the one below it)
        and (len(text.split()) > 4 or text.rstrip().endswith(":"))
        and not _SHE_SAID.search(text)
        and not _TOO_MUCH_TO.search(text)
        for s in r.signals
    )


# The reason a topic is dropped: "te gevoelig om te bespreken", "too early to discuss".
# ("te gevoelig om", "too early to"; "onverstandig om ... nu al te bespreken", "unwise to")
_TOO_MUCH_TO = re.compile(
    r"\b(te|too)\s+\w+\s+(om|to)\b|\b(onverstandig|ongepast|prematuur|voorbarig|unwise|premature)\s+(om|to)\b", re.I
)


def _theirs_or_looking_back(r: Reading, proposing: list[str], cue: Signal | None, *, in_thread: bool) -> str | None:
    """Why words that look like a topic are none for our atelier: a topic for another gathering ("Voor onze eigen
    MT-heidag wil ik het hebben over de formatie"), a place offered for it, or a look back at the last one ("Great
    session last week", "de zaal was veel te warm"), said instead of a proposal. None when it is a topic for us."""
    if in_thread and (stays := _first(r, "stay")) is not None and _first(r, "leaving") is not None:
        # "Ter informatie: per 1 september draag ik de directie over aan Carolien Bos. Tot die tijd blijf ik lid en hoor
        # ik graag over het volgende atelier": a hand-over for later, which the secretariat weighs, and no topic
        return f"vertrek met een overdracht later, tot dan lid ('{stays.words}'): een mens kijkt"
    near = [r.sentences[n].text for n in (cue.sentence - 1, cue.sentence)] if cue and cue.sentence > 0 else proposing
    # (not where the writer will be instead: "Op 11 maart zit ik op een congres, dus ik kan er niet bij zijn")
    away = {r.sentences[s.sentence].text for s in r.signals if s.intent == "no" and s.counts}
    near = [t for t in near if t not in away]
    proposals = {s.sentence for s in r.signals if s.intent == "propose" and s.counts}
    placed = {n for n in proposals if _BELONGS_ELSEWHERE.search(r.sentences[n].text)}
    if placed and placed == proposals:
        # "Mijn onderwerp past beter in ons regionale overleg dan in het landelijke atelier": the writer's topic, but
        # not for us, and no other proposed beside it
        where = next(m for n in sorted(placed) if (m := _BELONGS_ELSEWHERE.search(r.sentences[n].text)))
        return f"een onderwerp voor een andere bijeenkomst ('{one_line(where.group(0))[:80]}'): een mens kijkt"
    if (other := next((m for t in near if (m := _OTHER_GATHERING.search(t))), None)) and not any(
        intents.OUR_ATELIER.search(t) for t in near
    ):
        return f"een onderwerp voor een andere bijeenkomst ('{other.group(0)}'): een mens kijkt"
    if place := next((m for t in proposing if (m := _A_PLACE.search(t))), None):
        return f"biedt een plek voor het atelier aan ('{place.group(0)}'): een mens kijkt"
    # (a greeting, a closing or a name, "Beste Stan en Melanie,", "Hartelijke groet,", "Marianne Jacobs", is neither
    # a topic nor a look back)
    own = [
        s.text
        for s in r.sentences
        if s.source == "tekst" and s.text in proposing and not _greets(s.text) and len(s.text.split()) > 3
    ]
    themed = [t for t in own if theme_words.proposed([t])]  # (not a title's: "Directeur Organisatie en Strategie")
    if in_thread and themed and all(_OTHER_GATHERING.search(t) for t in themed):
        # "De thema's zijn een mooie kapstok; ik gebruik ze voor onze MT-heidag, waar we het over de formatie hebben"
        other = next(m for t in themed if (m := _OTHER_GATHERING.search(t)))
        return f"een onderwerp voor een andere bijeenkomst ('{other.group(0)}'): een mens kijkt"
    # (every sentence with theme words a reaction: "Dat punt over de raden herken ik heel sterk", "Mooi dat
    # digitalisering er ook in staat"; to the report, to others' topics or to ours, and nothing proposed)
    reacts = [m for t in themed if (m := _REACTS.search(t) or _LOOKS_BACK.search(t))]
    to_peers = any(intents.TO_PEERS.search(t) for t in own)
    all_react = in_thread and cue is None and bool(themed) and len(reacts) == len(themed) and not to_peers
    if all_react and (react := _REACTS.search(" ".join(themed))):
        return f"een reactie ('{react.group(0)}'), geen eigen onderwerp: een mens kijkt"
    judged = {n for n, x in enumerate(r.sentences) if x.source == "tekst" and _THEMES_JUDGED.search(x.text)}
    stated = [n for n, x in enumerate(r.sentences) if x.text in themed and not x.question and n not in judged]
    if in_thread and judged and not stated:
        # "De vier thema's overlappen nogal: waarom vallen financiën onder Organisatie?": our themes judged and asked
        # about, no topic of the writer's own stated
        said = _THEMES_JUDGED.search(" ".join(r.sentences[n].text for n in sorted(judged)))
        return f"een opmerking over de thema's zelf ('{said.group(0) if said else ''}'), geen onderwerp: een mens kijkt"
    # (a remark for next time may name the next atelier: "Fijn als jullie daar de volgende keer rekening mee houden")
    cue = _saying_what(r, cue)  # "Graag tot een volgende keer" proposes nothing
    remark = cue is None or (not theme_words.proposed(proposing) and _LOOKS_BACK.search(r.sentences[cue.sentence].text))
    # (a look back with a wish about the form: "Het sterkste deel vond ik ... Zulke voorbeelden graag vaker in het
    # programma")
    if in_thread and remark and own and all(_LOOKS_BACK.search(t) or _ABOUT_FORM.search(t) for t in own):
        return "een terugblik op het atelier, geen nieuw onderwerp: een mens kijkt"
    topical = [t for t in own if theme_words.themes_in(t)]
    cued = cue is not None and not _FORM_REMARK.search(r.sentences[cue.sentence].text)
    if in_thread and topical and not cued and all(_ABOUT_FORM.search(t) for t in topical):
        # "Een tip voor de vorm: minder plenair, meer in kleine groepen, bijvoorbeeld per regio": how, not what
        form = next(m.group(0) for t in topical if (m := _ABOUT_FORM.search(t)))
        return f"een opmerking over de vorm van het atelier ('{form}'), geen onderwerp: een mens kijkt"
    if in_thread and own and not topical and (how := _ABOUT_FORM.search(" ".join(own))):
        # "Idee: een besloten online omgeving waar we tussen de ateliers door stukken delen": no theme, the form
        return f"een opmerking over de vorm van het atelier ('{how.group(0)}'), geen onderwerp: een mens kijkt"
    if in_thread and cue is None and (news := next((m for t in own[:2] if (m := _NEWS.match(t))), None)):
        return f"nieuws ter informatie ('{news.group(0).strip()}'), geen onderwerp: een mens kijkt"
    # (the sentences that back or report another's topic set aside, nothing of the writer's own is left: "Eens met wat
    # Karin voorstelde!", "Ik las het voorstel van Wilma over de regiodeal. Dat onderschrijf ik; tel mij daar maar bij
    # op. Zelf heb ik geen aanvullend onderwerp", "+1 for the topic Marloes raised")
    backing = [t for t in own if (_backs(t) or _SHE_SAID.search(t)) and not _names_it(t)]
    rest = [t for t in proposing if t not in backing]
    if (
        in_thread
        and (backed := next((m for t in backing if (m := _backs(t))), None))
        and not theme_words.proposed(rest)
    ):
        words = one_line(backed.group(0))[:80]
        return f"steunt het voorstel van een ander ('{words}'), zonder eigen onderwerp: een mens kijkt"
    return None


# Reacting rather than proposing: to the report ("Ik mis in het verslag ..."), to another's topic ("Dat punt over de
# raden herken ik", "Goed plan"), to our selection ("Mooi dat digitalisering er ook in staat"), nothing to bring in
# ("Ik heb zelf deze keer niets in te brengen"). (News, "Leuk om te melden: ...", is _NEWS.)
_REACTS = re.compile(
    r"\b(herken\s+ik|herkenbaar|klopt\s+(wel|helemaal|precies)|ter\s+reactie|goed\s+plan|mooi\s+dat|fijn\s+dat|"
    r"goed\s+om\s+te\s+(lezen|horen|zien)|(in|uit)\s+het\s+verslag|mooi\s+verslag|ik\s+mis\s+in|"
    r"wacht\s+(\w+\s+)?de\s+uitnodiging\s+af|niets\s+in\s+te\s+brengen|"
    r"sluit\s+(\w+\s+)?aan\s+bij\s+wat|dank\s+voor\s+de\s+bevestiging)\b",
    re.I,
)


# Backing another's proposal: "Eens met wat Karin voorstelde", "Ik sluit me aan bij de suggestie van Peter".
_SECONDS = re.compile(
    # ("Ik stem voor het onderwerp dat de directeur van Wadkant aan onze tafel noemde")
    r"\b(eens\s+met|sluit\s+(ik\s+)?(me|mij)\s+(\w+\s+)?aan\s+bij|steun\w*|stem\s+(ik\s+)?(voor|op)|agree\s+with|second)\b"
    r"[^.!?]{0,80}?"
    r"\b(voorstel\w*|suggestie\w*|idee|opperde|noemde|aandroeg|proposal|proposed|suggest\w*|idea|raised|mentioned)\b|"
    r"(?<!\w)\+\s?1\s+(for|on|op|voor)\b",
    re.I,
)


def _backs(text: str) -> re.Match[str] | None:
    """Another's proposal backed, named ("Eens met wat Karin voorstelde") or not ("Dat onderschrijf ik")."""
    return _SECONDS.search(text) or _BACKS.search(text)


def _names_it(text: str) -> bool:
    """The backed topic named after a colon, as the writer's own too: "Ik sluit me aan bij het voorstel van Peter:
    gezamenlijke werving op de krappe regionale arbeidsmarkt"."""
    backs = _backs(text)
    colon = text.find(":", backs.end()) if backs else -1
    return colon >= 0 and bool(theme_words.themes_in(text[colon:]))


# Backing said without naming the proposal: "Dat onderschrijf ik van harte", "tel mij daar maar bij op", "daar stem
# ik graag voor", "just registering my vote for it".
_BACKS = re.compile(
    r"\b(onderschrijf\w*|tel\s+(mij|me|ons)\s+(daar\s+)?(maar\s+)?(\w+\s+)?bij\s+op|(daar|hier)\s+stem\s+(ik|wij|we)\s+"
    r"(\w+\s+)?voor|(daar|hier)\s+sluit\s+(ik|wij|we)\s+(me|mij|ons)\s+(\w+\s+){0,2}bij\s+aan|"
    r"(registering|cast(ing)?)\s+my\s+vote|my\s+vote\s+(goes\s+)?(to|for)|(fully\s+|gladly\s+)?back\s+(that|this)(\s+one)?\b|"
    r"(wil|wilde)\s+(\w+\s+){0,2}"
    r"laten\s+weten\s+dat\s+(ik|wij|we)\s+(het|dat|dit)\s+steun\w*|"
    # "Dat onderwerp steun ik van harte", "Dat steunen wij", "tel het zijne dubbel", "Ik had precies hetzelfde willen
    # voorstellen" (another's topic, the writer's too)
    r"(dat|dit|die|het|zijn|haar|hun)\s+((onderwerp|idee|voorstel|thema|punt)\s+)?(steun|steunen|onderschrijf|onderschrijven)\s+"
    r"(ik|wij|we)\b|(tel|telt)\s+(het|dat|die|dit|zijn|haar)\w*\s+(\w+\s+){0,4}dubbel|"
    r"(precies\s+)?hetzelfde\s+(\w+\s+){0,2}(willen\s+|wilde\s+)?(voorstellen|voorgesteld|inbrengen|ingebracht|aandragen)|"
    # "het voorstel van Ria over de regio spreekt me aan" (not "het thema spreekt me aan": ours, said of the call)
    r"(voorstel|idee|onderwerp|suggestie)\s+van\s+(?!(mij|ons|mezelf|mijzelf)\b)(\S+\s+){1,8}?spreekt\s+(me|mij|ons)\s+"
    r"(\w+\s+)?aan)\b",
    re.I,
)


# The form of the ateliers, not their matter: "een tip voor de vorm", "minder plenair", "in kleine groepen", "een online
# variant", "de locatie", "could the ateliers be hybrid".
_ABOUT_FORM = re.compile(
    r"\b((over|voor)\s+de\s+(vorm|opzet|werkvorm)|werkvorm\w*|(online|hybride|digitale)\s+(variant|versie|editie|deelname)|"
    r"(minder|meer)\s+(plenair|presentaties)|(in|per)\s+kleine(re)?\s+groep\w*|(de|het|een)\s+(locatie|zaal|tijdstip|aanvangstijd)|"
    # "volgende keer een hele dag", "mag het atelier een uur korter", "met een diner na afloop"
    r"(een\s+)?hele\s+dag|(uur|uurtje|half\s+uur)\s+(korter|langer|eerder|later)|(korter|langer)\s+(duren|maken)|"
    r"(diner|lunch|borrel)\s+(na\s+afloop|vooraf)|plenaire?\s+(deel|delen|gedeelte|gedeelten|inleiding)|"
    # when it starts and how long its parts take: "begin in de ochtend", "maak de inleiding korter"
    r"(begin|start|begint|starten|beginnen)\s+(\w+\s+){0,3}('s\s+ochtends|'s\s+morgens|in\s+de\s+(ochtend|middag|morgen))|"
    r"maak\s+(\w+\s+){0,4}(korter|langer|compacter)|(een\s+)?kortere\s+inleiding|"
    r"the\s+format|hybrid\s+(format|session|atelier)|ateliers?\s+be\s+(hybrid|online)|"
    # "een besloten online omgeving waar we tussen de ateliers door stukken delen"
    r"tussen\s+de\s+(ateliers|bijeenkomsten)(\s+door)?|(online|digitale|besloten)\s+(omgeving|platform|community)|"
    # "maak het atelier hybride of helemaal online", "de ateliers online houden"
    r"(atelier|ateliers|bijeenkomst|bijeenkomsten)\s+((\w+\s+){0,2}|((een|de)\s+)?(volgende|andere)\s+keer\s+)"
    r"(hybride|online|digitaal)|helemaal\s+online|\b(doe|houd|organiseer)\w*\s+(het|ze)\s+(eens|voortaan|vaker|ook\s+eens)\s+"
    r"(online|hybride|digitaal)|"
    # "of in het zuiden van het land organiseren": where, not what
    r"(elders|ergens\s+anders|in\s+het\s+(zuiden|noorden|oosten|westen)(\s+van\s+het\s+land)?)\s+(\w+\s+){0,2}(organiseren|houden)|"
    r"(hybride|online|digitaal)\s+(maken|houden|organiseren|aanbieden)|"
    # how the talk is led, when our mails come: "een gespreksleider per tafel", "deze oproep voortaan eerder versturen"
    r"gespreksleid\w+|(per|aan\s+(elke|iedere|mijn|onze|de))\s+tafel|"
    # where: "houd het atelier eens op locatie, met een rondleiding", "een werkbezoek bij een van de werkorganisaties"
    r"op\s+locatie|rondleiding\w*|werkbezoek\w*|excursie\w*|site\s+visits?|"
    # "Zulke concrete voorbeelden uit de praktijk graag vaker in het programma"
    r"(vaker|meer|minder)\s+(\w+\s+){0,2}in\s+het\s+programma|"
    r"(deze|de|jullie|uw|die)\s+(oproep|uitnodiging|herinnering|mail|e-?mail)\w*\s+(\w+\s+){0,3}(eerder|later|vaker|minder\s+vaak|"
    r"tijdiger)\s+(te\s+)?(versturen|sturen|verzenden|rondsturen)|"
    r"\b(stuur|verstuur|verzend)\s+(\w+\s+){0,2}(oproep|uitnodiging|herinnering|mail|e-?mail)\w*\s+(\w+\s+){0,2}(eerder|later|vaker|"
    r"tijdiger)\b)\b",
    re.I,
)
# A remark that says it is about the form, whatever words follow: "Een suggestie voor de opzet: ...".
_FORM_REMARK = re.compile(
    r"\b((tip|suggestie|opmerking|idee|voorstel|wens)\s+(voor|over|bij)\s+(de|het)\s+(vorm|opzet|werkvorm|format)|over\s+de\s+vorm|"
    r"(suggestion|remark|idea)\s+(about|on|for)\s+the\s+format|"
    # "Not a topic, but a suggestion about the ateliers themselves", "geen onderwerp, maar een idee voor de ateliers"
    # "Mijn suggestie voor de volgende keer: houd het atelier eens op locatie bij een van de werkorganisaties"
    r"(houd|hou|organiseer|beleg)\s+(het\s+atelier|de\s+ateliers|de\s+bijeenkomst|het\s+volgende\s+atelier|het)\s+"
    r"(\w+\s+){0,2}(op\s+locatie|bij\s+(een|één)\s+van\s+(de|onze)|buiten\s+de\s+deur|ergens\s+anders)|"
    r"(suggestie|suggestion|idee|idea|opmerking|remark)\s+(about|on|for|over|voor)\s+(the|de|het)\s+ateliers?\s+"
    r"(themselves|zelf)|not\s+a\s+topic,?\s+but|geen\s+(onderwerp|thema),?\s+maar)\b",
    re.I,
)


def _greets(text: str) -> bool:
    # (up to "Geachte heer Van de Laar, beste Stan,")
    return bool(GREETING.match(text)) and len(text.split()) <= 8 and text.rstrip().endswith(",")


# News sent in answer to the call, not a topic: "Ter informatie: per 1 januari is ... toegetreden", "Goed nieuws van
# onze kant: de raden hebben besloten ...".
_NEWS = re.compile(
    r"\s*(ter\s+(informatie|info|kennisname)|goed\s+nieuws|fyi|for\s+your\s+information|good\s+news|"
    r"(leuk|fijn|mooi)\s+om\s+te\s+(melden|delen|vertellen))\b",
    re.I,
)


# Another gathering than ours that a topic is meant for: "voor de themadag van de provincie", "onze eigen MT-heidag",
# "wij organiseren zelf een inspiratiedag" (not one named in passing: "dat komt op elk congres al aan bod").
_GATHERINGS = (
    r"(\w*-?themadag|\w*-?inspiratiedag|\w*-?heidag|studiedag|\w*kringbijeenkomst|kring\s+van|regiodag|congres|symposium|"
    r"webinar|conferentie|ledenvergadering|away-?day|conference|personeelsbijeenkomst|informatiebijeenkomst|"
    r"bewonersavond|inloopavond|informatieavond|raadsinformatieavond)"
)
# Leaving or joining a gathering by its kind, which is not ours: "meld ik mij af voor de algemene ledenvergadering".
_FOR_A_GATHERING = re.compile(
    r"\b(af|aan|afmelden|aanmelden|afmelding|aanmelding|inschrijving|inschrijven|uitschrijven)\s+voor\s+"
    r"(de|het|een|onze|hun|die)\s+(\w+\s+){0,3}" + _GATHERINGS + r"\b",
    re.I,
)


def _for_another_gathering(r: Reading) -> str | None:
    """The words that leave or join another gathering, where no sentence of the writer's names our atelier."""
    own = [s.text for s in r.sentences if s.source == "tekst"]
    if any(intents.OUR_ATELIER.search(text) for text in own):
        return None
    return next((m.group(0) for text in own if (m := _FOR_A_GATHERING.search(text))), None)


_OTHER_GATHERING = re.compile(
    r"\b((voor|op|tijdens|for|at)\s+(de|het|onze|ons|een|hun|die|our|the|a)\s+(\w+\s+){0,2}" + _GATHERINGS + r"|"
    r"(onze|ons|our)\s+(eigen\s+|own\s+)?(\w+\s+)?"
    + _GATHERINGS
    + r"|(organiseren|organise|organize)\s+(\w+\s+){0,6}"
    + _GATHERINGS
    # a topic for the writer's own team: "Goed om in ons MT te bespreken"
    + r"|(in|met|binnen)\s+(ons|onze|het|mijn)\s+(eigen\s+)?(mt|managementteam|directieteam|directieoverleg)\s+(te\s+)?"
    r"(bespreken|agenderen)|"
    # on another body's agenda: "op de agenda van ons MT", "van het regionale gemeentesecretarissenoverleg"
    r"(op|aan)\s+de\s+agenda\s+van\s+(het|de|ons|onze|mijn)\s+(\w+\s+){0,2}\w*(overleg|mt|team|vergadering|bestuur))\b",
    re.I,
)
# A topic the writer places with another body rather than with us: "dat hoort eerder bij de VNG-commissie dan bij het
# atelier", "past beter in ons regionale overleg dan in het landelijke atelier", "fits better with ... than here".
_BELONGS_ELSEWHERE = re.compile(
    r"\b(hoort|past|hoorde|paste|thuis|belongs|fits)\b[^.!?;]{0,60}?\b(eerder|beter|meer|liever|rather|better)\b"
    r"[^.!?;]{0,100}?\b(dan|than)\s+(bij|in|op|at|with|for)\s+(het|ons|jullie|uw|de|dit|the|our|your)\s+(\w+\s+)?"
    r"(atelier|netwerk|network|session)s?\b",
    re.I,
)
# Our four themes judged, not used: "De vier thema's overlappen nogal", "Eerlijk gezegd vind ik de thema's te breed",
# "Een kritische noot bij de oproep", "the themes are too broad".
_THEMES_JUDGED = re.compile(
    r"\b(de|die|deze|jullie|uw|onze|the|your)\s+(vier\s+|four\s+)?(thema'?s|themes|indeling|thema-?indeling)\s+(\w+\s+){0,3}"
    r"(overlap\w*|te\s+(breed|smal|vaag|algemeen|ruim|abstract)|(niet|weinig)\s+(scherp|helder|duidelijk|onderscheidend)|"
    r"beperk\w*|too\s+(broad|vague|narrow)|overlap)\b|"
    r"\b(vind|vond)\s+(ik|wij|we)\s+(\w+\s+)?(de|die|deze|jullie|uw)\s+(vier\s+)?(thema'?s|indeling)\s+(\w+\s+){0,2}"
    r"(te|niet|erg|nogal|wat|weinig)\b|"
    r"\bkritische\s+(noot|kanttekening|opmerking)\s+(bij|over)\s+(de|uw|jullie|het)\s+(oproep|thema'?s|indeling|themakeuze)\b",
    re.I,
)
# A place offered for the atelier: "Het volgende atelier kan bij ons", "een zaal voor veertig personen".
_A_PLACE = re.compile(
    r"\b((kan|mag|kunnen)\s+(\w+\s+){0,2}bij\s+ons(\s+plaatsvinden)?\b(?!\s+(aan|langs|terecht))|"
    r"zaal\s+voor\s+(\d+|\w+tig)\s+(personen|mensen)|(host|ontvangen)\s+(\w+\s+){0,2}(the\s+next|het\s+volgende)\s+"
    r"(atelier|session))\b",
    re.I,
)
# A look back at the last atelier, in the past tense or as thanks: not a topic for the next.
_LOOKS_BACK = re.compile(
    r"\b(was|waren|kwam|kwamen|ging|gingen|viel|vielen|vond|bleek|gemist|heb\s+(\w+\s+){1,4}doorgestuurd|"
    r"(me|mij|ons)\s+(\w+\s+){0,2}aan\s+het\s+denken\s+gezet|compliment\w*|"
    r"were|had|enjoyed|found|last\s+week|vorige\s+week|afgelopen\s+(atelier|bijeenkomst|donderdag)|"
    # thanks and a remark for next time: "Wat een opkomst!", "veel opgehaald", "ga ik intern delen"
    r"wat\s+een|opgehaald|(intern|binnen\s+\w+)\s+delen|dank\s+aan|rekening\s+(mee\s+)?houden|"
    # "Dank voor het verslag", "Mooi om te zien hoe de samenwerking groeit", "Graag tot een volgende keer"
    r"dank\s+voor\s+(het|de|jullie)\s+(\w+\s+)?(verslag|middag|organisatie|atelier|bijeenkomst|inspiratie)|"
    r"mooi\s+om\s+te\s+(zien|horen|merken|lezen)|tot\s+(een\s+|de\s+)?volgende\s+keer|"
    # "Ik heb veel opgestoken over ...", "De gesprekken hebben mij goed gedaan", "een mooie herinnering"
    r"opgestoken|(hebben|heeft)\s+(mij|me|ons)\s+(\w+\s+)?goed\s+gedaan|mooie\s+herinnering|"
    # "Verslag gelezen, mooi samengevat", "de discussie liep wat uit", "jammer dat er zo weinig tijd overbleef",
    # "Thanks for a great afternoon", "the strategy discussion really hit home", "looking forward to the report"
    r"verslag\s+(gelezen|ontvangen)|(mooi|goed|helder|prima)\s+samengevat|liep(en)?|overbleef|moesten|jammer\s+dat|"
    r"great\s+(afternoon|session|day|meeting|atelier)|hit\s+home|looking\s+forward\s+to\s+(reading|the\s+report)|"
    r"(fijne|mooie|goede|leuke|inspirerende|geslaagde)\s+(middag|bijeenkomst|sessie|atelier)|"
    # "Het gesprek bleef aan de oppervlakte", "Iedereen herkende het", "Jammer, want daar zat de energie", "heb ik in
    # ons MT teruggekoppeld", "Kortom: het heeft al effect gehad", "Thank you for a wonderful afternoon"
    r"bleef|bleven|zat|zaten|herkende|herkenden|sprak|spraken|hoorde|hoorden|leerde|leerden|jammer|teruggekoppeld|"
    r"afgesproken|effect\s+gehad|afgelopen\s+(maandag|dinsdag|woensdag|vrijdag|week|maand)|"
    r"(wonderful|lovely|inspiring|excellent|good|great)\s+(afternoon|session|day|meeting)|passed\s+(my|the|our)\s+notes|"
    # "dat ik na het atelier met de drie burgemeesters om tafel heb gezeten", "Ze noemden alle drie iets anders"
    r"na\s+(afloop\s+van\s+)?het\s+atelier|om\s+tafel\s+(heb|hebben)\s+gezeten|noemden|gevoerd|slotronde)\b",
    re.I,
)


def _bare_topic(r: Reading) -> bool:
    own = [s for s in r.sentences if s.source == "tekst"]
    if not own or len(own) > 2 or any(s.question for s in own) or any(x.counts for x in r.signals):
        return False
    said = [s for s in own if not (_A_NAME.match(s.text) and not theme_words.themes_in(s.text))]  # not a name alone
    words = sum(len(s.text.split()) for s in said)
    return bool(said) and 2 <= words <= 14 and not any(_NO_TOPIC.search(s.text) for s in said)


# A line that is only a name ("Ruud Kamphuis", "J.P. de Vries"), not a topic in a few words ("Common Ground" is one:
# it has theme words).
_A_NAME = re.compile(r"^\s*[A-Z][\w.'-]*(\s+(van|de|der|den|ter|ten|el|[A-Z][\w.'-]*)){1,3}\s*[.,]?\s*$")


# "Voor een volgende keer" and "next session" say when, not what: no cue that a sentence proposes a topic.
_WHEN_ONLY = re.compile(r"(volgende|next|future)\s+(keer|atelier|bijeenkomst|session|meeting)", re.I)


def _saying_what(r: Reading, cue: Signal | None) -> Signal | None:
    """``cue``, or where it says only when ("een volgende keer") the first cue that says what, if any. A when that
    heads what follows ("Voor het volgende atelier" above a topic put as a question) still introduces it."""
    if cue is not None and _WHEN_ONLY.fullmatch(cue.words) and not _heads_next(r, cue.sentence):
        return next(iter(_what_cues(r)), None)
    return cue


def _heads_next(r: Reading, n: int) -> bool:
    """Is sentence ``n`` a short heading ("Voor het volgende atelier:") over a sentence of the writer's own?"""
    if len(r.sentences[n].text.split()) > 5 or n + 1 >= len(r.sentences) or _LOOKS_BACK.search(r.sentences[n].text):
        return False
    after = r.sentences[n + 1]
    return after.source == "tekst" and len(after.text.split()) > 3 and not _greets(after.text)


def _what_cues(r: Reading) -> list[Signal]:
    """The proposing cues that say what ("onderwerp", "stel voor"), not only when ("een volgende keer")."""
    return [s for s in r.signals if s.intent == "propose" and s.counts and not _WHEN_ONLY.fullmatch(s.words)]


# Proposing in so many words: "stel ik voor", "wil ik graag bespreken", "graag aandacht voor", "Onderwerp: ...".
_PROPOSES = re.compile(
    r"\b(stel\w*\s+(ik\s+|we\s+|wij\s+)?voor|voorstel\w*\s*:|suggestie\w*\s*:|onderwerp\w*\s*:|thema\s*:|topic\s*:|"
    r"(bespreken|agenderen|inbrengen|aandragen|agenda\s+zetten)|aandacht\s+voor|(spreken|praten|hebben|discussiëren)\s+over|"
    r"(zet|zetten|plaats|plaatsen)\s+(\w+\s+){0,8}op\s+de\s+agenda|"
    r"(geef|geven)\s+(\w+\s+){0,2}(een\s+)?(onderwerp|thema|vraagstuk)\w*\s+mee|"
    r"i\s+(would\s+like|suggest|propose)|(suggest|propose)\w*\s+(a\s+|the\s+)?(topic|theme|session))\b",
    re.I,
)
# A meeting moved, the writer's reason for a changed answer: "het overleg is verzet" (not "verzet tegen").
_MOVED = re.compile(r"\b(is|zijn|werd|wordt)\s+(\w+\s+){0,2}verzet\b", re.I)
# An answer that points back at its reason: "daardoor", "dus", "daarom".
_THEREFORE = re.compile(r"\b(daardoor|daarom|dus|vandaar|hierdoor|om\s+die\s+reden|so|therefore)\b", re.I)
# Words about coming itself, where a yes or no names no day ("Ja, ik ben erbij", "ik moet verstek laten gaan"), not
# a "lukt het niet" about something else.
_COMING = re.compile(
    r"\b(kom\w*|erbij|bij\s+zijn|er\s+(\w+\s+){0,4}bij|aanwezig|verhinderd|present|afzeg\w*|zeg\w*\s+(\w+\s+)?af|afmeld\w*|meld\w*\s+(\w+\s+)?af|"
    r"deelne\w*|neem\w*\s+(\w+\s+)?deel|passen|verstek|attend\w*|be\s+there|make\s+it)\b",
    re.I,
)


def _answers(r: Reading) -> list[Signal]:
    """The strong yes and no about coming, one per sentence."""
    return [s for s in r.signals if s.intent in ("yes", "no") and s.counts and s.strength >= STRONG]


# A sentence that gives the reason for the answer before it: "dat valt samen met ...", "die dag heb ik ...", "want ...".
_WHY_AFTER = re.compile(
    r"^\W*(dat\s+(valt|is|zit|komt|heeft\s+te\s+maken)|die\s+(dag|middag|ochtend|avond)|dan\s+(heb|zit|ben|is)|want|"
    r"omdat|vanwege|wegens|i\.?v\.?m\.?|in\s+verband\s+met|due\s+to|because|that\s+(is|clashes))\b",
    re.I,
)


def _topic_sentences(r: Reading, proposing: list[str]) -> list[str]:
    """The proposing sentences that say more than whether the writer comes: the reason beside a yes or a no ("Door
    de reorganisatie kan ik op 11 maart niet", "Ik kom met mijn collega van dienstverlening") proposes nothing, unless
    that sentence proposes in so many words ("Ik kom graag en stel voor het over formatie te hebben")."""
    events = _sentences_with(r, "event")
    answering = {
        s.sentence
        for s in _answers(r)
        if {s.sentence - 1, s.sentence, s.sentence + 1} & events or _COMING.search(r.sentences[s.sentence].text)
    }
    # (a cue that defers, "No topic from me this time, and I won't be able to attend", proposes nothing)
    cued = {s.sentence for s in _what_cues(r) if not _DEFERS.search(r.sentences[s.sentence].text)}
    # "Onze directeur dienstverlening is ziek. Op 11 maart lukt het me daardoor niet": the sentence before is the why
    answering |= {i - 1 for i in answering if _THEREFORE.search(r.sentences[i].text)}
    # "... zal er deze ronde niet bij zijn; dat valt samen met onze begrotingsraad": the sentence after is the why
    answering |= {i + 1 for i in answering if i + 1 < len(r.sentences) and _WHY_AFTER.match(r.sentences[i + 1].text)}
    # "Het overleg over de samenwerkingsagenda is verzet. Ik kom dus toch": why the answer changed
    moved = (_CHANGED, _MOVED)
    answering |= {i for i, s in enumerate(r.sentences) if any(m.search(s.text) for m in moved) and i + 1 in answering}
    mine = [(i, s.text) for i, s in enumerate(r.sentences) if s.text in proposing]
    return [text for i, text in mine if i not in answering or i in cued]


def _about_coming(r: Reading, proposing: list[str], found: dict[str, str], cue: Signal | None) -> Signal | None:
    """A yes or no in answer to the call for themes that is about coming, not a topic ("Ik kom op 11 maart")."""
    answers = _answers(r)
    if not answers:
        return None  # a bare "Yes -" or "Nee," to the call for themes answers the call, not the invitation
    events = _sentences_with(r, "event")
    if len({s.intent for s in answers}) > 1:  # "Op 11 maart moet ik afzeggen. In het voorjaar ben ik er weer bij"
        dated = [s for s in answers if s.sentence in events]
        if len({s.intent for s in dated}) != 1:
            return None
        answers = dated
    attends = answers[0]
    said = r.sentences[attends.sentence].text
    rest = said[said.lower().find(attends.words.lower()) + len(attends.words) :]
    if _PROPOSES.search(rest) and theme_words.themes_in(rest):
        return None  # "Helaas verhinderd op 11 maart, maar zet aub de wachttijden bij de Wmo op de agenda"
    # A sentence that proposes in so many words ("Als onderwerp stel ik voor: ..."), not one that only names topics
    # ("Onderwerpen volgen nog", "Zij brengt het onderwerp mee dat wij doorgaven", "No topic yet").
    texts = {s.sentence: r.sentences[s.sentence].text for s in _what_cues(r)}
    cued = {i for i, text in texts.items() if _PROPOSES.search(text) and not _DEFERS.search(text)}
    if cued - {s.sentence for s in answers}:
        return None  # "Ik kom zeker. Als onderwerp stel ik voor: de woningbouwopgave met de buurgemeenten"
    cue = _saying_what(r, cue)
    topics = _topic_sentences(r, proposing)
    topical = found and theme_words.proposed(topics)
    # a topic put as a question proposes it ("Hoe stel je bestuurlijke prioriteiten als het geld op is?")
    asks = any(s.question and s.text in topics and theme_words.themes_in(s.text) for s in r.sentences)
    if topical and (cue is not None or asks or attends.sentence not in events):
        return None  # "Ja! Hoe meet je de tevredenheid ...": a yes to the call
    if topical and any(t != said and _named_alone(t) for t in topics):
        return None  # "Datagedreven sturen. Ben er bij op 11/3": a topic named on its own beside the yes
    return attends


def _named_alone(text: str) -> bool:
    """A topic named in a few words without a sentence around it ("Datagedreven sturen.", "Hybride werken")."""
    return len(text.split()) <= 6 and bool(theme_words.themes_in(text)) and not _A_CLAUSE.search(text)


# Words that make a clause of a phrase: a pronoun or a form of "zijn", "hebben", "worden".
_A_CLAUSE = re.compile(
    r"\b(ik|wij|we|mij|me|mijn|ons|onze|het|er|is|zijn|was|waren|heb|hebt|hebben|heeft|wordt|worden)\b", re.I
)


# A closing that takes the writer's coming for granted, a sentence of its own: "Tot 11 maart!", "Tot dan.", "See you
# on the 11th". Under our invitation it reads as a yes; elsewhere it registers nobody.
_SEE_YOU = re.compile(
    r"^\W*(tot\s+(ziens\s+)?(op\s+)?(\d{1,2}\s+\w+|de\s+\w+|dan|donderdag|volgende\s+week|straks|gauw)|"
    r"see\s+you\s+(then|there|soon|on\s+the\s+\w+|on\s+\d{1,2}\s+\w+))\W*$",
    re.I,
)


def _see_you(r: Reading, s: Signal) -> bool:
    """Is the yes ``s`` such a closing, alone in its sentence?"""
    return s.intent == "yes" and bool(_SEE_YOU.match(r.sentences[s.sentence].text))


def _rsvp_to_call(r: Reading) -> Outcome | None:
    """ "Geen onderwerp van mijn kant, wel ben ik er op 11 maart bij": coming to the atelier the call for themes is for
    (the action registers it while that atelier is open, and leaves it to a person when it is not)."""
    if r.purpose != CALL_FOR_THEMES or not (proposing := _proposing(r, in_thread=True)):
        return None
    topics = _topic_sentences(r, proposing)
    found = theme_words.proposed(topics)
    attends = _about_coming(r, proposing, found, _first(r, "propose"))
    events = _sentences_with(r, "event")
    if attends is None or _see_you(r, attends):
        return None  # (and "Tot 11 maart!" under the call closes a mail: it registers nobody)
    if attends.intent == "yes" and _AS_A_MEMBER.search(r.sentences[attends.sentence].text) and _first(r, "join"):
        return None  # "Ik wil me graag aanmelden voor het netwerk" under a forwarded call: joining, read below
    # "Helaas, 11 maart is onze raadsvergadering. Ik moet dus passen": the day, then the answer. Without a day named,
    # an answer about coming in words of its own ("Staat genoteerd, ik ben erbij") where no topic is proposed.
    dated = bool({attends.sentence, attends.sentence - 1} & events)
    if not dated and (found or len(attends.words.strip(" ,.!").split()) < 2):
        return None  # "Helaas,", "Nee", "Top middag, dank aan jullie beiden": one word is no answer about coming
    said = r.sentences[attends.sentence].text
    # (in the answer's own clause: "volgende keer ben ik er weer bij, was een goeie middag" answers for the next one)
    clause = intents.clause_of(said, attends.words)
    another = _NEXT_ONE.search(clause) and _A_TIME.search(clause)
    if _NOT_THIS_ONE.search(clause) or another or theme_words.proposed([t for t in topics if t != said]):
        return None  # the last atelier, or a topic beside it ("samen met onze concerncontroller" is no topic)
    yes = attends.intent == "yes"
    why = f"{'aanmelding' if yes else 'afmelding'} voor het atelier in antwoord op de themavraag: '{attends.words}'"
    return Outcome(Kind.RSVP, why, _sure(attends), {"attending": yes})


def _suggestion(r: Reading) -> Outcome | None:
    in_thread = r.purpose in (CALL_FOR_THEMES, FOLLOWUP)
    proposing = _proposing(r, in_thread=in_thread)
    if not proposing:
        return None
    found = theme_words.proposed(proposing)
    # (not a cue that says the writer has none: "Een thema heb ik dit keer niet" proposes nothing)
    cue = next(
        (
            s
            for s in r.signals
            if s.intent == "propose"
            and s.counts
            and not _NONE_OF_MINE.search(r.sentences[s.sentence].text)
            # (nor one in another's topic told: "Het onderwerp dat de adviseur inbracht ...")
            and not _SHE_SAID.search(r.sentences[s.sentence].text)
        ),
        None,
    )
    if not in_thread and _first(r, "join", strong=True) and not found:
        return None  # "Ik wil graag lid worden. Het thema samenwerking spreekt me aan": joining, below
    joins = _first(r, "join", strong=True)
    if not in_thread and joins and not _OUTRIGHT.search(_own_text(r)):
        # "Die sessie over de Omgevingswet hebben we laten schieten ... Jij zei dat ik me gewoon kon aanmelden, dus bij
        # dezen": a new mail that joins, with theme words in its story and no topic put forward
        return None
    if not in_thread and joins and cue is not None and not _themes_at(r, cue.sentence):
        # "Frank komt altijd vol ideeën terug. Sinds de herindeling ben ik verantwoordelijk voor de bedrijfsvoering.
        # Wil je mij ook als lid toevoegen?": the themes are in what the writer tells, not in what a cue proposes
        return None
    if in_thread and (cue is None or not found) and joins and joins.sentence in _sentences_with(r, "network"):
        return None  # "Sinds kort ben ik directeur bedrijfsvoering. Graag meld ik mij aan als lid van het netwerk"
    asks = [
        s
        for s in r.sentences
        if s.source == "tekst"
        and asks_us(s)
        and (not intents.PROPOSE.search(s.text) or intents.ABOUT_PROGRAMME.search(s.text))
        and not intents.TO_PEERS.search(s.text)
    ]
    # a request put politely ("Kunt u mijn lidmaatschap een jaar bevriezen?") asks us to do something, not a topic
    asks += [
        s
        for s in r.sentences
        if s.source == "tekst"
        and not s.question
        and s.text.rstrip().endswith("?")
        and not theme_words.themes_in(s.text)
        and not intents.PROPOSE.search(s.text)
    ]
    observed = _OBSERVES.search(_own_text(r))
    if observed and not any(_PROPOSES.search(s.text) for s in r.sentences if s.source == "tekst"):
        # "Geen verzoek, gewoon een observatie na vier ateliers: de onderwerpen gaan steeds meer over bedrijfsvoering"
        return Outcome(Kind.OTHER, f"een opmerking, geen voorstel ('{observed.group(0)}'): een mens kijkt", 1.0)
    if in_thread and (leave := _asks_to_present(r)):
        # "Zou ik de volgende keer een kwartiertje mogen vertellen hoe wij dat aanpakten?": the brief's "may I present"
        return Outcome(Kind.OTHER, f"vraagt of de schrijver iets mag presenteren: '{leave}'; een mens kijkt", 1.0)
    fix = next((m for s in r.sentences if s.source == "tekst" and (m := _CORRECTS.match(s.text))), None)
    if in_thread and fix is not None:
        # "Kleine correctie op het verslag: mijn naam ...", "foutje: bedoelde samenwerking ipv organisatie"
        why = f"een correctie ('{fix.group(0).strip()}'), geen nieuw onderwerp: een mens kijkt"
        return Outcome(Kind.OTHER, why, 1.0)
    if programme := next((s for s in asks if intents.ABOUT_PROGRAMME.search(s.text)), None):
        # "Komt het thema dienstverlening dit jaar nog aan bod?": a question about our programme, not a topic
        return Outcome(Kind.OTHER, f"een vraag over het programma: '{programme.text[:80]}'; een mens kijkt", 1.0)
    if in_thread and asks and (cue is None or r.sentences[cue.sentence].question):
        # "Wij zouden graag een casus inbrengen. Is dat mogelijk?": a question to us, not yet a topic
        why = f"antwoord op de themavraag met een vraag: '{asks[0].text[:80]}'; een mens kijkt"
        return Outcome(Kind.OTHER, why, 1.0)
    if in_thread and found and (cue is None or r.sentences[cue.sentence].question) and _themes_only_asked(r):
        # "Onder welk thema valt informatiebeveiliging: organisatie of dienstverlening?": a question about themes
        return Outcome(Kind.OTHER, "antwoord op de themavraag met een vraag over de thema's: een mens kijkt", 1.0)
    if in_thread and (attends := _about_coming(r, proposing, found, cue)):
        # "Het volgende atelier sla ik over", "ik was er bij": about coming another time, not a topic
        return Outcome(Kind.OTHER, f"antwoord op de themavraag over komen: '{attends.words}'; een mens kijkt", 1.0)
    if (event := _theirs_or_looking_back(r, proposing, cue, in_thread=in_thread)) is not None:
        return Outcome(Kind.OTHER, event, 1.0)
    if in_thread and (replaced := _REPLACED.search(" ".join(proposing))):
        # "Wil je mijn onderwerp vervangen? Niet de personeelsplanning, maar de externe inhuur": a person changes it
        return Outcome(Kind.OTHER, f"wijzigt een eerder onderwerp: '{replaced.group(0)}'; een mens kijkt", 1.0)
    # (over all the writer's sentences: "Wil je die schrappen?" is a question, which proposing leaves out)
    if (withdrawn := _WITHDRAWN.search(_own_text(r))) and not _proposes_beside(r, withdrawn):
        # "Het onderwerp over de raden mag van de lijst": a topic taken back, which a person strikes
        return Outcome(Kind.OTHER, f"trekt een onderwerp in: '{withdrawn.group(0)}'; een mens kijkt", 1.0)
    along = next((m for t in proposing if (m := _SENT_ALONG.search(t))), None) if in_thread and cue is None else None
    if along is not None and not theme_words.proposed([t for t in proposing if along.group(0) not in t]):
        # "Zoals beloofd in de bijlage onze evaluatie van de GR. Misschien bruikbaar voor het verslag": a document
        why = f"stuurt een stuk mee ('{along.group(0)}'), zonder eigen onderwerp: een mens kijkt"
        return Outcome(Kind.OTHER, why, 1.0)
    later = _DEFERS.search(" ".join(proposing)) if in_thread else None
    passes = _NO_PROPOSAL.search(" ".join(proposing)) if in_thread and later is None else None
    # (a cue on a condition, "Als zij een onderwerp hebben, reageren ze zelf", proposes nothing beside a pass-on)
    proposes = cue is not None and not (passes and intents.CONDITION.search(r.sentences[cue.sentence].text))
    later = later or passes
    instead = _INSTEAD.search(" ".join(proposing)[later.end() :]) if later else None
    defers = later is not None and not (found and (proposes or instead))
    # (not the deferring words themselves: "Deze ronde sla ik over" under the call skips the call, not an atelier)
    answers = [
        s
        for s in r.signals
        if s.intent in ("yes", "no") and s.counts and later and s.words not in later.group(0) and not _see_you(r, s)
    ]
    if defers and answers:
        return None  # "Geen onderwerp van mijn kant dit keer. Naar het atelier kom ik wel.": the answer, below
    if later and defers:  # "Deze ronde sla ik over, wij zitten midden in een reorganisatie"
        return Outcome(Kind.OTHER, f"antwoord op de themavraag zonder eigen onderwerp: '{later.group(0)}'", 1.0)
    if (
        cue is not None
        and not found
        and (r.sentences[cue.sentence].question or _CURIOUS.search(r.sentences[cue.sentence].text))
    ):
        # "Wanneer hoor ik welke thema's gekozen zijn?", "Ik ben benieuwd welke onderwerpen het worden": about
        # themes, proposing none
        cue = None
    if in_thread and not found and cue is None and (aside := theme_words.themes_in(" ".join(proposing))):
        # "Alsjeblieft niet wéér een middag over digitalisering": a theme set aside, and nothing proposed instead
        words = ", ".join(aside.values())
        return Outcome(
            Kind.OTHER, f"zet alleen een thema opzij ('{words}'), zonder eigen onderwerp: een mens kijkt", 1.0
        )
    said = _saying_what(r, cue)  # "tip voor de volgende keer" says when, not what
    remark = r.sentences[said.sentence].text if in_thread and said and not found else ""
    form = _ABOUT_FORM.search(remark) or _FORM_REMARK.search(remark)
    if form is not None:  # "Misschien een idee om er de volgende keer een hele dag van te maken": how, no theme
        return Outcome(
            Kind.OTHER, f"een opmerking over de vorm van het atelier ('{form.group(0)}'): een mens kijkt", 1.0
        )
    if not found and not (in_thread and (said or _bare_topic(r))):
        if in_thread:
            return Outcome(Kind.OTHER, "antwoord op de themavraag zonder herkenbaar onderwerp: een mens kijkt", 1.0)
        return None
    if in_thread and found and (focused := _proposal_themes(r, proposing)):
        found = focused  # a story first, then the proposal: the themes of the proposal's paragraph
    hits = ", ".join(f"{t} ('{w}')" for t, w in found.items()) or "geen thema herkend"
    why = "themavoorstel" if in_thread else f"themavoorstel: '{cue.words if cue else ''}'"
    topics = topics_in("\n".join(proposing))
    return Outcome(
        Kind.SUGGESTION,
        "; ".join(filter(None, (why, f"thema's: {hits}", topics.note))),
        SURE if found else PLAIN,
        {"themes": tuple(found), "topics": topics.phrases},
    )


# A writer who says they ask and propose nothing: "Geen verzoek, gewoon een observatie", "just an observation".
_OBSERVES = re.compile(
    r"\b((geen\s+(verzoek|vraag|voorstel)|gewoon|slechts|alleen|enkel)[,:]?\s+(maar\s+)?een\s+(observatie|opmerking|constatering)|"
    r"just\s+an?\s+(observation|remark))\b",
    re.I,
)


def _asks_to_present(r: Reading) -> str | None:
    """A question whether the writer may present or tell something at an atelier (the brief: ``other``). Beside a
    topic named in a sentence of its own ("Mijn onderwerp: ... Mag ik het zelf inleiden?") the suggestion is read and
    the question sends it to a person with both (rules._also_asks)."""
    if any(x.intent == "propose" and x.counts and not r.sentences[x.sentence].question for x in r.signals):
        return None
    for s in r.sentences:
        if s.source == "tekst" and (s.question or s.text.rstrip().endswith("?")) and (m := _MAY_PRESENT.search(s.text)):
            return one_line(m.group(0))[:80]
    return None


# "Zou ik de volgende keer een kwartiertje mogen vertellen", "Mogen wij onze aanpak toelichten", "could I present".
_MAY_PRESENT = re.compile(
    r"\b((mag|mogen|kan|kunnen|zou|zouden)\s+(ik|wij|we)|(ik|wij|we)\s+(mag|mogen))\s+(\w+\s+){0,6}(presenteren|vertellen|"
    r"toelichten|laten\s+zien|pitchen|inleiden|een\s+presentatie\s+geven|aanbieden|verzorgen|begeleiden|faciliteren)\b|"
    r"\b((could|can|may)\s+(i|we)|would\s+it\s+be\s+possible\s+for\s+(me|us)\s+to)\s+(\w+\s+){0,3}"
    r"(present|share\s+(our|my)\s+(own\s+)?(case|story|experience)|give\s+a\s+(talk|presentation))\b|"
    # "Would there be room at the next atelier for a short pitch on ...", "Is er ruimte voor een korte presentatie"
    r"\b((would|will|is)\s+there\s+(be\s+)?|is\s+er\s+)(room|space|time|ruimte|plek|tijd)\s+([^.!?\n]{0,40}\s)?(for|voor)\s+"
    r"(a|een)\s+(short\s+|korte\s+)?(pitch|presentation|talk|presentatie)\b",
    re.I,
)
# A correction of the report, put first: "Kleine correctie op het verslag:", "Small correction to the minutes" (not of
# the writer's own topic, "foutje: bedoelde samenwerking", which the sets label both ways).
_CORRECTS = re.compile(
    r"^\W*((kleine\s+)?(correctie|rectificatie|foutje|fout)|(small\s+)?correction)\b[^.!?\n]{0,30}\b(verslag|notulen|"
    r"deelnemerslijst|presentielijst|report|minutes)\b",
    re.I,
)


# A cue that names our call, not the writer's proposal: "U vraagt naar onderwerpen", "In antwoord op uw oproep".
_OUR_CALL = re.compile(
    r"\b(u|jullie|je)\s+(vraagt|vragen|vroeg|vroegen)\b|\b(uw|jullie|je)\s+(oproep|vraag|verzoek|mail|bericht|e-?mail)\b|"
    r"\bin\s+antwoord\s+op\b|\bnaar\s+aanleiding\s+van\b|\byou\s+asked\b|\byour\s+(call|request|e-?mail|message)\b",
    re.I,
)


# A sentence that points at what was said as the topic: "Dat lijkt me een mooi gesprek voor het atelier", "Daar zou ik
# graag eens met collega's over sparren", "Misschien iets voor het atelier?"
_POINTS_AT_TOPIC = re.compile(
    r"^\W*(dat|dit|daar|hier|zoiets|misschien\s+iets|that|this)\b[^.!?]{0,80}\b(gesprek|onderwerp|thema|atelier|sparren|"
    r"bespreken|praten|discussie|agenda|collega'?s|topic|session|discuss\w*)\b",
    re.I,
)


def _proposal_themes(r: Reading, proposing: list[str]) -> dict[str, str]:
    """The themes of the paragraphs that propose, where the writer tells a story in other paragraphs first ("Bij ons
    staat alles in het teken van de reorganisatie ..." / "Elk van onze drie colleges ..." / "Dat lijkt me een mooi
    gesprek voor het atelier"). A paragraph proposes when it holds a cue ("onderwerp", "stel voor") or asks the
    colleagues ("Wie heeft hier ervaring mee?"); a cue alone in its paragraph points at the one before, and one that
    ends its paragraph with a colon at those after. Empty when the mail has one paragraph of its own, no such cue, or
    no theme in what it points at: then every sentence counts."""
    own = [(i, s) for i, s in enumerate(r.sentences) if s.source == "tekst" and s.text in proposing]
    content = sorted({s.paragraph for _, s in own if len(s.text.split()) > 3 and not _greets(s.text)})
    if len(content) < 2:
        return {}
    cues = {s.sentence for s in _what_cues(r) if r.sentences[s.sentence].source == "tekst"}
    cues |= {i for i, s in own if any(rx.search(s.text) for rx in (_PROPOSES, intents.TO_PEERS, _POINTS_AT_TOPIC))}
    cues = {i for i in cues if not _OUR_CALL.search(r.sentences[i].text) and not _DEFERS.search(r.sentences[i].text)}
    focus: dict[str, None] = {}  # the sentences, in order and each once (two cues may point at one paragraph)
    for i in sorted(cues):
        paragraph = r.sentences[i].paragraph
        if paragraph not in content:
            continue
        same = [s.text for _, s in own if s.paragraph == paragraph]
        before = [p for p in content if p < paragraph]
        after = [p for p in content if p > paragraph]
        heads = r.sentences[i].text.rstrip().endswith(":") and same[-1] == r.sentences[i].text
        if heads and after:
            # "... Twee daarvan zou ik graag bespreken:" closing its paragraph: the topics are the paragraphs after it
            focus |= dict.fromkeys([r.sentences[i].text] + [s.text for _, s in own if s.paragraph in after])
            continue
        if len(same) == 1 and before and not theme_words.themes_in(same[0]):
            # "Dat lijkt me een mooi gesprek voor het atelier." on its own: the paragraph before is the topic
            same += [s.text for _, s in own if s.paragraph == before[-1]]
        focus |= dict.fromkeys(same)
    return theme_words.proposed(list(focus)) if focus else {}


def _themes_only_asked(r: Reading) -> bool:
    """Is every theme word the writer uses inside a question about the themes ("Onder welk thema valt ...?"), not a
    topic put as a question ("Hoe houden we de samenwerking gezond?")?"""
    mine = [s for s in r.sentences if s.source in ("tekst", "onderwerp") and theme_words.themes_in(s.text)]
    return bool(mine) and all(s.question and _ABOUT_THE_THEMES.search(s.text) for s in mine)


_ABOUT_THE_THEMES = re.compile(
    r"\b(mag\s+(een|het|mijn)\s+(suggestie|onderwerp|voorstel|thema)|(buiten|binnen)\s+(de\s+)?scope|welk\w*\s+thema|onder\s+(welk|het\s+thema)|valt\s+.{0,60}\bonder\b|hoort\s+.{0,60}\bbij\s+(welk|het\s+thema)|"
    r"which\s+theme|under\s+which)\b",
    re.I,
)


def _themes_at(r: Reading, n: int) -> bool:
    """Whether the cue's sentence names a theme, or opens a list after a colon whose next sentence does."""
    here = r.sentences[n].text
    if theme_words.themes_in(here):
        return True
    return (
        here.rstrip().endswith(":")
        and n + 1 < len(r.sentences)
        and bool(theme_words.themes_in(r.sentences[n + 1].text))
    )


def _sentences_with(r: Reading, intent: str) -> set[int]:
    return {s.sentence for s in r.signals if s.intent == intent}


def _negated(r: Reading, *wanted: str) -> Signal | None:
    return next((s for s in r.signals if s.intent in wanted and s.negated and not s.asked), None)


def _leave_plain(r: Reading) -> Outcome | None:
    """A plain "afmelden" ("Graag afmelden", "Wilt u mij afmelden?") outside an invitation: leaving."""
    hit = _first(r, "unsub", strong=True)
    if hit is None:
        return None
    if elsewhere := _elsewhere(r, hit):
        return elsewhere
    if r.purpose in (CALL_FOR_THEMES, FOLLOWUP) and (declined := _atelier_declined(r, hit)):
        # "Wilt u mij afmelden voor het atelier van maart?" under the call (where _rsvp reads no answers): the
        # atelier the call is for; under the follow-up the atelier is past, so a person reads which one is meant
        if r.purpose == CALL_FOR_THEMES:
            why = f"afmelding voor het atelier in antwoord op de themavraag: '{declined.words}'"
            return Outcome(Kind.RSVP, why, _sure(declined), {"attending": False})
        why = f"afmelding voor een atelier, niet voor het netwerk: '{declined.words}': een mens kijkt"
        return Outcome(Kind.OTHER, why, 1.0)
    if (no := _negated(r, "unsub", "leave")) is not None:
        return Outcome(Kind.OTHER, f"afmeldwoorden, maar ook ontkend: '{no.words}': een mens kijkt", 1.0)
    return Outcome(Kind.UNSUBSCRIBE, f"afmeldwoorden in eigen tekst: '{hit.words}'", PLAIN, {"erase": False})


def _atelier_declined(r: Reading, hit: Signal) -> Signal | None:
    """The leaving word inside an answer that names the atelier ("afmelden voor het atelier van maart"; not a date
    alone: "graag afmelden voor 1 maart" leaves by then), in a sentence that does not name the network too."""
    if hit.sentence in _sentences_with(r, "network"):
        return None
    return next(
        (
            s
            for s in r.signals
            if s.intent == "no"
            and s.sentence == hit.sentence
            and hit.words.lower() in s.words.lower()
            and intents.RSVP_WORDS.search(s.words)
        ),
        None,
    )


def _leave_word(r: Reading) -> Outcome | None:
    """The word alone inside a longer sentence: perhaps leaving, never enough to act on."""
    hit = _first(r, "unsub")
    if hit is None:
        return None
    return Outcome(Kind.UNSUBSCRIBE, f"afmeldwoorden in eigen tekst: '{hit.words}'", WEAKLY, {"erase": False})


# For a while only: "tot mijn terugkomst", "tijdens mijn verlof", "zolang ik afwezig ben", "until I am back".
_MEANWHILE = re.compile(
    r"\b(tot\s+(mijn|ik)\s+(terugkomst|terugkeer|herstel|terug\s+ben|weer\s+terug)|"
    r"(tijdens|gedurende)\s+(mijn|haar|zijn)\s+(\w+\s+)?(verlof|afwezigheid|ziekte|sabbatical)|"
    r"zolang\s+ik\s+(\w+\s+){0,3}(afwezig|weg|ziek|met\s+verlof)|tijdelijk\s+(naar|aan|op)\b|"
    r"(while|until)\s+I\s*('m|\s+am)?\s+(\w+\s+)?(away|on\s+leave|back))",
    re.I,
)


def _names_in_forms(r: Reading) -> int:
    """How many name fields the writer's pasted form holds ("Naam: ..."), one a person."""
    fields = (m for s in r.sentences if s.source == "tekst" for m in people.FORM_FIELD.finditer(s.text))
    return sum(m.group(1).lower() in ("naam", "name") for m in fields)


def _join(r: Reading) -> Outcome | None:
    hit = _first(r, "join")
    if hit is None:
        return None
    if (no := _negated(r, "join")) is not None:
        return Outcome(Kind.OTHER, f"aanmeldwoorden ontkend: '{no.words}': een mens kijkt", 1.0)
    if (others := _others_mailing(r)) and not _ours_named(r, others):
        return Outcome(Kind.OTHER, f"aanmelden voor iets van een ander: '{others}': een mens kijkt", 1.0)
    if hit.words.startswith("ingevuld formulier") and _names_in_forms(r) > 1:
        # two pasted forms ("Naam: ... Naam: ..."): a sign-up for several people, which a person sorts out
        return Outcome(Kind.OTHER, "ingevulde formulieren voor meer dan één persoon: een mens kijkt", 1.0)
    if r.names_other and (meanwhile := _in_text(r, _MEANWHILE)):
        # "Willen jullie de uitnodigingen tot mijn terugkomst naar haar sturen?": a stand-in for a while, no member
        return Outcome(Kind.OTHER, f"een ander voor een tijd: '{meanwhile.group(0)}': een mens kijkt", 1.0)
    if r.purpose in (WELCOME, CONFIRMATION) and not r.names_other:
        return None  # a member or a sign-up in progress (a colleague with an address is a sign-up of its own)
    text = r.sentences[hit.sentence].text
    if _WITHDRAWN_AFTER.match(text[text.lower().find(hit.words.lower()) + len(hit.words) :]):
        # "Aanmelding intrekken" (a subject), "mijn aanmelding graag annuleren": a sign-up taken back, not made
        return Outcome(Kind.OTHER, f"trekt een aanmelding in ('{one_line(text)[:80]}'): een mens kijkt", 1.0)
    if not r.names_other and (whom := _joins_someone_else(r, hit)):
        # "Onze nieuwe collega-directeur Sanne Kuipers wil graag aansluiten bij jullie netwerk; een adres volgt": not
        # the writer's sign-up, and without the colleague's address nobody can be asked to confirm
        return Outcome(Kind.OTHER, f"aanmelding van een ander zonder adres ('{whom}'): een mens kijkt", 1.0)
    if r.purpose == GOODBYE and _first(r, "event") and intents.REGISTRATION.fullmatch(hit.words.strip()):
        return None  # "Het atelier wil ik nog bijwonen; mijn aanmelding daarvoor blijft staan": the atelier's
    answered = _strongest(r, "no") or _strongest(r, "yes")
    if answered and hit.sentence in _sentences_with(r, "event") - _sentences_with(r, "network"):
        # "Ik kan er niet bij. Houd me wel op de hoogte voor het najaarsatelier": a member's answer about an atelier
        # ("Houd me op de hoogte van de bijeenkomsten" alone still joins)
        return Outcome(
            Kind.OTHER, f"aanmeldwoorden bij het atelier, niet het netwerk: '{hit.words}': een mens kijkt", 1.0
        )
    return Outcome(Kind.SUBSCRIBE, f"aanmeldwoorden in eigen tekst: '{hit.words}'", _sure(hit), {})


_WITHDRAWN_AFTER = re.compile(
    r"^\W{0,3}((graag|svp|dus|maar|bij\s+deze)\s+)?(intrekken|annuleren|terugtrekken|cancel(l?ed)?|withdrawn?)\b", re.I
)


def _joins_someone_else(r: Reading, hit: Signal) -> str | None:
    """The one who joins, named before the join words in their sentence, is someone else, not the writer."""
    text = r.sentences[hit.sentence].text
    before = text[: max(0, text.lower().find(hit.words.lower()))]
    other = intents.THIRD_PERSON.search(before)
    if other is None or _FIRST_PERSON.search(before):
        return None
    return one_line(other.group(0))


def _question(r: Reading) -> Outcome | None:
    asked = [s for s in r.signals if s.asked and s.intent in ("join", "leave", "unsub", "yes", "no", "deny")]
    if not asked:
        return None
    return Outcome(Kind.OTHER, f"een vraag, geen verzoek: '{asked[0].words}' staat in een vraag; een mens kijkt", 1.0)


def _about_an_earlier_mail(r: Reading) -> Outcome | None:
    """ "Mijn eerdere antwoord blijft staan", "Sorry, verkeerde knop; u krijgt later een echt antwoord": a mail about an
    earlier one that asks or answers nothing itself; a person looks the earlier one up (the model does not guess)."""
    if hit := _in_text(r, _EARLIER_MAIL):
        return Outcome(Kind.OTHER, f"gaat over een eerdere mail: '{hit.group(0)}': een mens kijkt", 1.0)
    return None


_EARLIER_MAIL = re.compile(
    r"\b(eerdere|vorige)\s+(antwoord|reactie|aanmelding|afmelding|afzegging|mail|bericht)\s+(blijft|staat)\s+(gewoon\s+)?"
    r"(staan|van\s+kracht|ongewijzigd|hetzelfde)\b|\b(echt|definitief|volledig|inhoudelijk)\s+antwoord\s+(volgt|komt)\b|"
    r"\b(kom|krijgt|ontvangt)\s+(\w+\s+){0,5}(een\s+)?(echt|definitief|volledig|inhoudelijk)\s+antwoord\b",
    re.I,
)


def _misaddressed(r: Reading) -> Outcome | None:
    """ "Sorry, verkeerd geadresseerd: deze mail was niet voor u bedoeld": whatever it says, it asks us nothing."""
    if hit := _in_text(r, intents.MISADDRESSED):
        return Outcome(Kind.OTHER, f"volgens de schrijver niet voor ons bedoeld: '{hit.group(0)}'", 1.0)
    return None


POLICY: tuple[tuple[str, Callable[[Reading], Outcome | None]], ...] = (
    ("verkeerd-geadresseerd", _misaddressed),
    ("overlijden", _death),
    ("voor-een-ander", _for_other),
    ("aan-een-ander", _to_someone_else),
    ("avg-verwijderen", _erase),
    ("avg-inzage", _access),
    ("ontkenning", _deny),
    ("overdracht", _handover),  # "wil je mij afmelden en haar aanmelden": one hand-over, not two requests
    ("teruggenomen", _taken_back),
    ("voorwaardelijk", _conditional),
    ("afmelding-teruggenomen", _leave_undone),
    ("tegenstrijdig", _conflict),
    ("afmelden", _leave),
    ("adreswijziging", _new_address),
    ("aanbod", _pitch),
    ("antwoord-en-thema", _answer_and_topic),
    ("rsvp-woorden", _rsvp),
    ("afmelden-woorden", _leave_plain),
    ("rsvp-op-themavraag", _rsvp_to_call),
    ("themavoorstel", _suggestion),
    ("afmelden-woord", _leave_word),
    ("aanmelden", _join),
    ("vraag", _question),
    ("eerdere-mail", _about_an_earlier_mail),
)
UNSURE_RULE = "onzeker"


def _done_already(r: Reading, outcome: Outcome) -> bool:
    """In answer to our goodbye the leave is done: "Afmelding is goed", "nu ik stop", "schrap me van de lijst voor
    Deventer" confirm it or speak of the atelier, they ask no new leave. An erasure or a named successor still
    counts (the labelled sets' goodbye replies that leave are all hand-overs)."""
    return (
        r.purpose == GOODBYE
        and outcome.kind == Kind.UNSUBSCRIBE
        and not outcome.data.get("erase")
        and not outcome.data.get("successor")
        and not outcome.data.get("extra", {}).get("denied")
    )


def resolve(r: Reading) -> tuple[str, Outcome] | None:
    """The first outcome of the policy, held to the bar: unsure and consequential means a person decides."""
    for name, rule in POLICY:
        outcome = rule(r)
        if outcome is None or _done_already(r, outcome):
            continue
        bar = BAR.get(outcome.kind, 0.0)
        if outcome.confidence < bar:
            return UNSURE_RULE, Outcome(
                Kind.OTHER,
                f"mogelijk {outcome.reason}, maar niet zeker genoeg om zonder mens te handelen "
                f"(zekerheid {outcome.confidence:.2f}, nodig {bar:.2f}): een mens kijkt",
                outcome.confidence,
            )
        return name, outcome
    return None
