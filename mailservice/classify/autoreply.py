"""Recognise machine answers to our mail: out-of-office, vacation, auto-acknowledgements, retired mailboxes.

Headers first (RFC 3834 section 5 ``Auto-Submitted``; the de-facto ``X-Autoreply``/``X-Autorespond``;
``Precedence: auto_reply``; Exchange's ``X-MS-Exchange-Inbox-Rules-Loop`` on rule-generated replies), then the
subject prefixes Outlook and Gmail put on vacation replies, then text cues for the many Dutch systems that set no
header at all (MISSION.md "The mail it reads"). Sympa once parsed Exchange out-of-office mail as commands
(its issue #1354): we answer none of these, and ``no_reply`` is always set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from mailservice.classify.message import Parsed

_MONTHS = {
    "januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "february": 2, "maart": 3, "mrt": 3,
    "march": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7, "augustus": 8, "aug": 8, "august": 8, "september": 9, "sep": 9,
    "sept": 9, "oktober": 10, "okt": 10, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_SUBJECT = re.compile(
    r"^\s*(automatisch\s+antwoord|automatisch\s+bericht|automatische\s+(reactie|ontvangstbevestiging)|"
    r"automatic\s+reply|auto(matic)?[\s-]*(reply|response|respons|antwoord)|autoreply|out\s+of\s+(the\s+)?office|"
    r"afwezigheids(melding|bericht)|(afwezig|niet\s+aanwezig|vakantie|away|absence|on\s+leave|vacation)\s*:|"
    r"away\s+(until|from)|abwesend|abwesenheitsnotiz|r[ée]ponse\s+automatique|ontvangstbevestiging|"
    # Lotus Notes puts "AUTO:" before an automatic answer; read receipts say "Gelezen:" / "Read:" (RFC 8098).
    r"auto\s*:|gelezen\s*:|read\s*:|gelesen\s*:|lu\s*:|niet\s+gelezen\s*:|not\s+read\s*:)(?!\w)",
    re.I,
)

# Text cues (own text only, quotes removed), each with the kind of auto-reply it shows.
_OOO = re.compile(
    r"(\bik\s+ben\s+(van|tot\s+en\s+met|t/m|tot|vanaf|momenteel|op\s+dit\s+moment|vandaag|deze\s+week|tijdelijk)\b.{0,60}?\b"
    r"(afwezig|niet\s+(aanwezig|bereikbaar|op\s+kantoor)|met\s+vakantie|op\s+vakantie|vrij)|"
    # "Ik ben niet op kantoor tot maandag", "ik ben deze week niet bereikbaar"
    r"\bik\s+ben\s+(\w+\s+){0,2}niet\s+(op\s+kantoor|aanwezig|bereikbaar)\s+(tot|t/m|van|vanaf|tussen)\b|"
    r"\b(ik\s+ben|i\s+am|i'm|i\s+will\s+be|i'll\s+be)\s+(currently\s+|now\s+|presently\s+)?(afwezig|"
    r"out\s+of\s+(the\s+)?office|away|on\s+(annual\s+|parental\s+|sick\s+|maternity\s+)?leave|on\s+vacation|"
    r"on\s+holiday|out\s+of\s+town|travell?ing|not\s+in\s+the\s+office|off\s+work|on\s+a\s+business\s+trip)|"
    r"\b(i\s+am|i'm)\s+(currently\s+)?(unavailable|not\s+available)\b|"
    r"\bi\s+(will\s+)?(have|am\s+with)\s+(no|limited|little)\s+access\s+to\s+(my\s+)?e-?mail|"
    r"\bafwezig\s+(tot\s+en\s+met|t/m|tot|van|vanwege|in\s+verband)|"
    r"\bik\s+ben\s+(momenteel\s+|op\s+dit\s+moment\s+)?(met|op)\s+(\w*verlof|vakantie|dienstreis|werkbezoek)\b|"
    # a first line that names itself: "AFWEZIGHEIDSMELDING", "Automatisch antwoord"
    r"\A\W*(afwezigheids(melding|bericht)|automatisch\s+antwoord|out\s+of\s+office)\b|"
    r"\bben\s+ik\s+(\S+\s+){0,5}(afwezig|niet\s+(aanwezig|bereikbaar|op\s+kantoor)|met\s+vakantie|met\s+\w*verlof)\b|"
    # (what happens while away, not "In mijn afwezigheid is er een nieuw sturingsmodel ingevoerd": looking back)
    r"\b(tijdens|in)\s+mijn\s+afwezigheid\b(?!\s+(is|zijn|was|waren|heeft|hebben|had|hadden)\b)|\bduring\s+my\s+absence|"
    r"\bwith\s+limited\s+access\s+to\s+(e-?mail|my\s+e-?mail)|"
    r"\buw\s+(e-?mail|bericht)\s+wordt\s+(niet\s+)?doorgestuurd)",
    re.I | re.S,
)
# An absence phrase alone may be a person declining an invitation ("ik ben die dag afwezig"): an out-of-office
# message also says when the person is back or whom to contact meanwhile.
_OOO_SECOND = re.compile(
    r"(\b(tot\s+en\s+met|t/m|terug\s+op|weer\s+(aanwezig|bereikbaar|op\s+kantoor)|na\s+mijn\s+terug(komst|keer)|"
    r"dringende\s+(zaken|vragen)|in\s+dringende\s+gevallen|spoedeisende|neem\s+(dan\s+)?contact\s+op|"
    r"kunt\s+u\s+(contact\s+opnemen|zich\s+wenden|mailen)|wordt\s+niet\s+doorgestuurd|kunt\s+u\s+(\w+\s+){0,3}terecht\s+bij|"
    r"(mail|e-?mail|berichten|bericht)\s+(wordt|worden)\s+(\w+\s+){0,4}niet\s+gelezen|"
    # "heb beperkt toegang tot e-mail", "Mijn collega X neemt waar"
    r"(beperkte?|geen|weinig)\s+toegang\s+tot\s+(mijn\s+)?(e-?mail|mail)|neemt\s+(\w+\s+)?waar\b|"
    r"(lees|beantwoord|bekijk)\w*\s+(ik\s+)?(\w+\s+){0,2}(e-?mail|mail|berichten|bericht)\s+(\w+\s+){0,2}(na|vanaf|zodra|weer)\b|"
    r"(read|answer|check)\s+(my\s+)?(e-?mail|messages)\s+(again\s+)?(after|from|on)\b|"
    r"urgent|back\s+(on|in\s+the\s+office)|return\s+on|contact\s+my\s+colleague|limited\s+access|"
    r"when\s+i\s+(return|get\s+back|am\s+back)|upon\s+my\s+return|on\s+my\s+return|i\s+will\s+(be\s+)?back|"
    r"returning\s+on|i\s+return\s+on|will\s+(respond|reply|answer)\s+(to\s+your\s+(e-?mail|message)\s+)?"
    r"(as\s+soon\s+as|when|after)|in\s+my\s+absence|please\s+contact|no\s+access\s+to))",
    re.I,
)
_GONE = re.compile(
    r"(\b(dit|het|mijn|deze)\s+(e-?mail)?\s*-?\s*(adres|mailbox|postvak)\s+([\w\s]{0,30}?\s)?(is\s+|wordt\s+)?(niet\s+meer\s+in\s+gebruik|"
    r"(per\s+.{0,30}\s+)?opgeheven|buiten\s+gebruik|vervallen|niet\s+langer\s+(actief|in\s+gebruik))|"
    r"\bis\s+niet\s+meer\s+(werkzaam|in\s+dienst)\s+bij|"
    r"\b(dit\s+)?(e-?)?mailadres\s+(wordt|is)\s+(\w+\s+){0,4}niet\s+meer\s+(gelezen|in\s+gebruik)\b|"
    r"\b(no\s+longer\s+(in\s+use|monitored|active)|is\s+no\s+longer\s+(with|employed))|"
    # "wordt niet meer gelezen", not "wordt niet gelezen" (tot mijn terugkeer): a leave ends, a retired address not.
    r"\bwordt\s+niet\s+(meer|langer)\s+(gelezen|bewaakt|gecontroleerd))",
    re.I | re.S,
)
_ACK = re.compile(
    r"(\b(wij|we)\s+hebben\s+(uw|je)\s+(e-?mail|bericht|vraag|melding)\s+(in\s+goede\s+orde\s+)?ontvangen|"
    r"\b(uw|je)\s+(e-?mail|bericht|vraag|melding)\s+is\s+(in\s+goede\s+orde\s+)?ontvangen|"
    r"\bbedankt\s+voor\s+(uw|je)\s+(e-?mail|bericht)\b.{0,80}\b(zo\s+spoedig|binnen\s+(\d+|een|twee|drie|vier|vijf|tien)\s|zaaknummer|ticket)|"
    r"\b(uw|je)\s+(melding|vraag|verzoek)\s+is\s+aangemaakt\b|"
    r"\b(we|we\s+have)\s+(have\s+)?received\s+your\s+(e-?mail|message|request))",
    re.I | re.S,
)
# Acknowledgements that no person writes when they answer us: a helpdesk, a ticket system, a municipal
# "KCC" mailbox. Each is enough on its own (no second cue needed), in Dutch and English.
_ACK_ALONE = re.compile(
    r"(\bdit\s+is\s+een\s+automatisch(e)?\s+(antwoord|reactie|ontvangstbevestiging)\b|"
    r"\b(wij|we)\s+hebben\s+(uw|je)\s+(e-?mail|bericht|vraag|melding|verzoek)\s+in\s+behandeling\s+genomen\b|"
    r"\bthis\s+is\s+an\s+automat(ed|ic)\s+(reply|response)\b|\b(wij|we)\s+(hebben|hebben\s+uw\s+\w+\s+en)\s+(uw|je)\s+(e-?mail|bericht|vraag|melding|verzoek)\s+"
    r"(in\s+goede\s+orde\s+|goed\s+)?ontvangen|"
    r"\b(uw|je)\s+(e-?mail|bericht|vraag|melding|verzoek)\s+is\s+(in\s+goede\s+orde\s+|goed\s+)?ontvangen|"
    r"\b(wij|we)\s+nemen\s+(zo\s+spoedig\s+mogelijk|zo\s+snel\s+mogelijk|binnen\s+\d+\s+\w+|z\.s\.m\.)\s+"
    r"(contact\s+met\s+(u|je)\s+op|uw\s+\w+\s+in\s+behandeling)|"
    r"\b(u|je)\s+(ontvangt|krijgt)\s+(zo\s+spoedig\s+mogelijk|zo\s+snel\s+mogelijk|binnen\s+\d+\s+\w+)\s+"
    r"(een\s+)?(antwoord|reactie|bericht)|"
    r"\b(uw|je)\s+(melding|verzoek|vraag|bericht)\s+(is|wordt)\s+(geregistreerd|in\s+behandeling\s+genomen)|"
    r"\bwe\s*(will|'ll)\s+(get\s+back\s+to\s+you|respond|reply|be\s+in\s+touch)|"
    r"\bthank\s+you\s+for\s+(contacting|reaching\s+out\s+to)\s+|"
    r"\byour\s+(request|ticket|case|message)\s+(has\s+been|was)\s+(received|logged|created|registered)|"
    r"#{2}-\s*please\s+type\s+your\s+reply\s+above\s+this\s+line)",
    re.I | re.S,
)
_MACHINE = re.compile(
    r"(\bzaaknummer|\bticketnummer|\bregistratienummer|\bkenmerk\s*:|\bmeldingnummer|\bticket\s*(#|nr|number)|"
    r"\bautomatisch\s+(gegenereerd|verzonden|bericht)|\bniet\s+(beantwoorden|reageren\s+op\s+dit)|"
    r"\bautomatically\s+generated|\bdo\s+not\s+reply|\bbinnen\s+(\d+|een|twee|drie|vier|vijf|tien)\s+werkdag|\bautomatisch\s+verstuurd|"
    r"\bcase\s*(number|#|nr)|\bticket\s*id\b|\breferentienummer|\[\s*#\s*\d{3,}\s*\])",
    re.I,
)
_UNTIL = re.compile(
    r"\b(tot\s+en\s+met|t/m|tot|until|till|terug\s+op|back\s+on|weer\s+(aanwezig|bereikbaar|op\s+kantoor)\s+(op|vanaf))"
    r"\s+(?:\w+dag\s+|\w+day\s+)?(\d{1,2})[\s\-/.]*([a-z]+|\d{1,2})\.?[\s\-/.]*(\d{4})?",
    re.I,
)


@dataclass(frozen=True, slots=True)
class AutoReply:
    reason: str
    address_gone: bool = False
    until: date | None = None


def header_cue(p: Parsed) -> str | None:
    """The header that marks an automatic message (not necessarily a reply), as a reason, or None."""
    auto = p.header("Auto-Submitted").lower()
    if auto and not auto.startswith("no"):
        return f"kop Auto-Submitted: {auto}"
    if "disposition-notification" in p.header("Content-Type").lower():
        return "leesbevestiging (RFC 8098)"
    # Challenge-response systems ask the sender to prove to be a person: a machine, never a member's answer.
    for name in (
        "X-Autoreply",
        "X-Autorespond",
        "X-Autogenerated",
        "X-Vacation",
        "X-Boxbe-Notice",
        "X-Challenge",
        "X-Spam-Challenge",
    ):
        if p.header(name):
            return f"kop {name}"
    precedence = p.header("Precedence").lower().strip()
    if precedence == "auto_reply":
        return "kop Precedence: auto_reply"
    if precedence in ("bulk", "junk") and _answers(p):
        # vacation(1) and most auto-responders mark their answers Precedence: bulk or junk against loops
        # (RFC 3834 section 3.1.8 names the header); a newsletter carries it too, but answers nobody.
        return f"kop Precedence: {precedence} op een antwoord"
    if p.header("X-MS-Exchange-Inbox-Rules-Loop"):
        return "kop X-MS-Exchange-Inbox-Rules-Loop (Exchange-regel)"
    return None


_REPLY_SUBJECT = re.compile(r"^\s*(re|antw|aw|sv|vs|ref|réf|odp)\s*:", re.I)


def _answers(p: Parsed) -> bool:
    """Is the message an answer (In-Reply-To, References or a reply subject)?"""
    return bool(p.header("In-Reply-To") or p.header("References") or _REPLY_SUBJECT.match(p.subject))


def subject_cue(subject: str) -> str | None:
    match = _SUBJECT.match(subject)
    return f"onderwerp '{match.group(0).strip()}'" if match else None


def text_cue(text: str) -> AutoReply | None:
    """Auto-reply recognised from the words alone (no header): retired mailbox, out-of-office, acknowledgement."""
    head = text[:3000]
    if m := _GONE.search(head):
        return AutoReply(f"adres buiten gebruik: '{_snip(m.group(0))}'", address_gone=True, until=None)
    if (m := _OOO.search(head)) and (_OOO_SECOND.search(head) or _absence_alone(head)):
        return AutoReply(f"afwezigheidsmelding: '{_snip(m.group(0))}'", until=until_date(head))
    if m := _ACK_ALONE.search(head):
        return AutoReply(f"ontvangstbevestiging: '{_snip(m.group(0))}'")
    ack = _ACK.search(head)
    machine = _MACHINE.search(head)
    if ack and machine:
        return AutoReply(f"ontvangstbevestiging: '{_snip(ack.group(0))}' + '{_snip(machine.group(0))}'")
    return None


# "Ik ben met verlof tot 1 april." and nothing else: a person declining says more than their absence.
_ABSENCE_ALONE_WORDS = 12


def _absence_alone(text: str) -> bool:
    return len(text.split()) <= _ABSENCE_ALONE_WORDS and until_date(text) is not None


def until_date(text: str, today: date | None = None) -> date | None:
    """The first "tot en met 14 augustus" / "until 5/5/2027" date in the text, or None."""
    for m in _UNTIL.finditer(text[:3000]):
        day, month_word, year = m.group(4), m.group(5).lower(), m.group(6)
        month = int(month_word) if month_word.isdigit() else _MONTHS.get(month_word.rstrip("."))
        if not month:
            continue
        try:
            ref = today or date.today()
            result = date(int(year) if year else ref.year, month, int(day))
            if not year and result < ref:
                result = result.replace(year=ref.year + 1)
            return result
        except ValueError:
            continue
    return None


def _snip(s: str, n: int = 60) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"
