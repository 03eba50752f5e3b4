"""Who the message is about: the address to enrol, a successor or substitute, and name/organisation/role.

A secretary often writes on behalf of a director, and a director may write from a private address naming the
work address (MISSION.md): the address to act on is then the one named in the text, not the sender.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OUR_DOMAIN = "ambtelijkefusie.nl"

_ADDRESS = re.compile(r"(?<![\w.+-])([a-z0-9][\w.+-]{0,63}@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?![\w-])", re.I)
# A form's line: a label, then a colon, a tab or a run of spaces (fields aligned by hand), then the value. Also
# what reading.form counts as a filled-in form.
FORM_FIELD = re.compile(
    r"^\s*[*•-]?\s*(naam|name|organisatie|organisation|organization|werkorganisatie|gemeente|functie|rol|role|"
    r"e-?mail(adres)?|mail|werkadres)(?:\s*:\s*|\t\s*| {2,})(\S.*?)\s*$",
    re.I | re.M,
)
_FIELD_KEYS = {
    "naam": "name", "name": "name", "organisatie": "organisation", "organisation": "organisation",
    "organization": "organisation", "werkorganisatie": "organisation", "gemeente": "organisation",
    "functie": "role", "rol": "role", "role": "role", "email": "email", "e-mail": "email",
    "emailadres": "email", "e-mailadres": "email", "werkadres": "email", "mail": "email",
}  # fmt: skip
_ROLE = re.compile(
    r"\b((algemeen\s+|adjunct[\s-]|gemeente)?directeur\w*|gemeentesecretaris|concerndirecteur|directiesecretaris|"
    r"secretaris[\s-]directeur|bestuurssecretaris|managing\s+director|director|manager\s+\w+|"
    r"(management|directie)\s*assistent\w*|secretaresse|office\s*manager)\b",
    re.I,
)
_ORG = re.compile(
    r"(\b(werkorganisatie|gemeenten?|ambtelijke\s+(fusie)?organisatie|ambtelijke\s+dienst|serviceorganisatie|"
    r"uitvoeringsorganisatie|samenwerkingsorganisatie|bedrijfsvoeringsorganisatie)\b.{0,60}|"
    r"^[A-Z][\w-]+(\s+[A-Z][\w-]+){0,3}\s+(gemeenten|werkorganisatie)\b)",
    re.I,
)
_NAME_LINE = re.compile(
    r"^((mr\.?|drs\.?|dr\.?|ir\.?|ing\.?|mw\.?|dhr\.?)\s+)*[A-Z][a-zà-ÿ'’]+(\s+(van|de|der|den|ten|ter|het|'t|in|'s)\b)*"
    r"(\s+[A-Z][\w'’-]+){1,3}$"
)
# Acting for someone else: "namens", "op verzoek van", "on behalf of" (with the person's name, _ON_BEHALF).
ON_BEHALF_WORDS = r"(namens|op\s+verzoek\s+van|in\s+opdracht\s+van|on\s+behalf\s+of)"
_ON_BEHALF = re.compile(
    r"\b(?i:" + ON_BEHALF_WORDS + r")\s+(?i:mijn\s+(directeur|leidinggevende)\s*,?\s*)?"
    r"(?i:(de\s+heer|mevrouw|dhr\.?|mw\.?|mevr\.?)\s+)?(?P<name>[A-Z][\w'’.-]+(\s+(van\b|den\b|der\b|de\b|ten\b|ter\b|[A-Z][\w'’-]+)){0,4})",
)
# Writing for a person, by title or role ("Namens mevrouw Kersten laat ik u weten ...", "on behalf of our director"),
# not for an organisation ("namens Werkorganisatie Roerdal") nor for the writer ("namens ondergetekende").
FOR_A_PERSON = re.compile(
    r"\b" + ON_BEHALF_WORDS + r"\s+((mijn|onze|my|our)\s+(\w+\s+)?(directeur|directrice|leidinggevende|manager|"
    r"collega|wethouder|burgemeester|gemeentesecretaris|director|colleague)|"
    # (with the name, for the reason: "mevrouw van der Berg", "dhr. De Vries")
    r"(de\s+heer|mevrouw|dhr\.?|mw\.?|mevr\.?|mr\.?|mrs\.?|ms\.?)\s((?-i:(van|de|der|den|ten|ter)\s+){0,2}"
    r"(?-i:[A-Z][\w'’-]+)(\s+(?-i:[A-Z][\w'’-]+))?)?)",
    re.I,
)
# Telling someone else's attendance in the third person, without "namens": "Hierbij laat ik u weten dat de heer
# Visser het atelier van 11 maart zal bijwonen", "mevrouw De Wit is die dag helaas verhinderd".
THEIR_ATTENDANCE = re.compile(
    r"\b(de\s+heer|mevrouw|dhr\.?|mw\.?|mr\.?|mrs\.?|ms\.?)\s+(?-i:(van|de|der|den|ten|ter)\s+){0,2}(?-i:[A-Z][\w'’-]+)"
    r"[^.!?\n]{0,80}?\b(bijwonen|bijwoont|aanwezig|deelnemen|deelneemt|verhinderd|afwezig|attend|erbij\s+(zijn|is|zal))\b",
    re.I,
)
# Someone's answer passed on at their request: "Mijn collega Harm vroeg mij door te geven dat hij niet kan op 11
# maart", "She asked me to let you know that she can't make it". In whose thread it arrives says nothing of whose it is.
PASSED_ON = re.compile(
    r"\b(door\s+te\s+geven|te\s+laten\s+weten|te\s+melden)\s+dat\s+(hij|zij|ze)\s+(\w+\s+){0,5}"
    r"(kan|komt|zal|is|aanwezig|verhinderd|erbij)\b|"
    r"\basked\s+me\s+to\s+(tell\s+you|let\s+you\s+know)\s+(that\s+)?(he|she)\b",
    re.I,
)
_PREFERRED = re.compile(
    r"\b(werkadres|zakelijke?\s+(e-?mail)?adres|e-?mailadres|adres\s+(is|luidt)|aanmelden\s+(met|op|onder)|"
    r"gebruik\s+(wilt\s+u\s+)?(bij\s+voorkeur\s+)?|via|op)\b[^@\n]{0,60}$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Person:
    name: str | None = None
    organisation: str | None = None
    role: str | None = None
    email: str | None = None


def addresses(text: str, *, exclude: tuple[str, ...] = ()) -> list[str]:
    """Addresses in the text, lowercased, in order, without ours and the excluded ones."""
    found: list[str] = []
    for m in _ADDRESS.finditer(text):
        addr = m.group(1).lower().rstrip(".")
        if addr.endswith("@" + OUR_DOMAIN) or addr.endswith("." + OUR_DOMAIN) or addr in exclude:
            continue
        if addr not in found:
            found.append(addr)
    return found


def address_near(text: str, rx: re.Pattern[str], *, exclude: tuple[str, ...] = (), window: int = 200) -> str | None:
    """The first address within ``window`` characters after a match of ``rx`` ("mijn opvolger is ..."), else one
    earlier in the same sentence ("p.dewit@... komt in mijn plaats"), also where the mail wrapped it over lines."""
    for m in rx.finditer(text):
        found = addresses(text[m.start() : m.end() + window], exclude=exclude)
        if found:
            return found[0]
    for m in rx.finditer(text):
        before = text[max(0, m.start() - window) : m.start()]
        # (a sentence wrapped over two lines goes on: only a blank line, or a sentence's end, stops the look back)
        start = max(before.rfind("\n\n"), before.rfind(". "), before.rfind("? "), before.rfind("! "))
        found = addresses(before[start + 1 :], exclude=exclude)
        if found:
            return found[-1]
    for m in rx.finditer(text):
        # "... neemt Mirjam Schouten mijn plek in; haar adres is m.schouten@... Wilt u mij uitschrijven en haar
        # aanmelden?": a pronoun in the match points back at the sentence before, where her address stands
        if not HIM_OR_HER.search(m.group(0)):
            continue
        sentences = _SENTENCE_END.split(text[max(0, m.start() - window) : m.start()])
        found = addresses(" ".join(sentences[-2:]), exclude=exclude)
        if found:
            return found[-1]
    return None


# Another person as a pronoun: "meld hem aan", "u kunt haar van de wachtlijst halen" (address_near, policy).
HIM_OR_HER = re.compile(r"\b(hem|haar|him|her)\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


# A name as written next to an address (issue 19, item 4): "Petra de Wit (p.dewit@...)", "Petra de Wit <...>",
# "Petra de Wit, p.dewit@...", "p.dewit@... (Petra de Wit)": capitalised words or initials, with the Dutch
# particles (van, de, der, ter, ...) between them; at least a first and a last part.
_WORD = r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+|[A-Z]\.)"
_PARTICLES = r"(?:van|de|der|den|ter|ten|te|het|in|op|'t|d')"
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLES}\s+)*{_WORD}){{1,5}}"
_NAME_BEFORE = re.compile(rf"({_NAME})\s*(?:[(<,:]|-|–|\bvia\b|\bop\b)?\s*$")
_NAME_AFTER = re.compile(rf"^\s*[(<]\s*({_NAME})\s*[)>]")
# Capitalised words that open a sentence or a salutation, not a name: dropped from the front.
_NOT_A_NAME = frozenset(
    {
        *("mijn", "onze", "graag", "collega", "namens", "dan", "en", "ook", "wel", "ik", "hij", "zij", "zie"),
        *("mevrouw", "meneer", "heer", "dhr", "mw", "mevr", "de", "het", "vervanger", "vervangster"),
    }
)


def name_of(text: str, address: str) -> str | None:
    """The name written right before (or in brackets right after) ``address`` in the text, or None."""
    at = text.lower().find(address.lower())
    if at < 0:
        return None
    before = _NAME_BEFORE.search(text[max(0, at - 80) : at])
    after = _NAME_AFTER.match(text[at + len(address) : at + len(address) + 80])
    found = before or after
    if found is None:
        return None
    words = found.group(1).split()
    while words and words[0].lower().rstrip(".") in _NOT_A_NAME:
        words = words[1:]
    return " ".join(words) if len(words) >= 2 else None


def member_address(own: str, signature: str, sender: str | None) -> tuple[str | None, str]:
    """The address to enrol and why: one named in the person's own words, else the sender."""
    exclude = (sender,) if sender else ()
    named = addresses(own, exclude=exclude)
    if not named:
        return sender, "afzender"
    for addr in named:
        before = own[: own.lower().find(addr)]
        if _PREFERRED.search(before[-80:]):
            return addr, f"genoemd adres {addr}"
    return named[0], f"genoemd adres {named[0]}"


def person(own: str, signature: str) -> Person:
    """Name, organisation and role from "Naam:/Organisatie:/Functie:" lines, "namens ...", or the signature."""
    fields: dict[str, str] = {}
    for field in FORM_FIELD.finditer(own + "\n" + signature):
        key = _FIELD_KEYS.get(field.group(1).lower().replace(" ", ""))
        if key and key not in fields:
            fields[key] = field.group(3).strip()[:120]
    name = fields.get("name")
    if not name and (m := _ON_BEHALF.search(own)):
        name = m.group("name").strip()
    sig_lines = [ln.strip(" *|") for ln in signature.split("\n") if ln.strip(" *|")][:8]
    if not name:
        name = next((ln for ln in sig_lines if _NAME_LINE.match(ln) and not _ORG.search(ln)), None)
    role = fields.get("role")
    if not role:
        # The director's role when a secretary writes "namens ..., directeur van ...", else the signer's.
        role_src = own if _ON_BEHALF.search(own) else "\n".join(sig_lines)
        if m := _ROLE.search(role_src):
            role = m.group(0).strip()
    organisation = fields.get("organisation")
    if not organisation:
        for src in ([own] if _ON_BEHALF.search(own) else []) + sig_lines:
            if m := _ORG.search(src):
                organisation = " ".join(m.group(0).split()).strip(" ,.")[:120]
                break
    email = None
    if fields.get("email"):
        found = addresses(fields["email"])
        email = found[0] if found else None
    return Person(name=name, organisation=organisation, role=role, email=email)


def named_for(own: str, address: str, *, fallback: Person) -> Person:
    """Who is signed up when the writer signs up someone else: the name next to ``address`` (or after "namens"),
    the function named in the writer's own words; "Naam:/Functie:" lines win, as in ``person``. Never the
    signature: that is the writer. The organisation is usually shared, so the writer's stands when none is named."""
    fields: dict[str, str] = {}
    for found in FORM_FIELD.finditer(own):
        key = _FIELD_KEYS.get(found.group(1).lower().replace(" ", ""))
        if key and key not in fields:
            fields[key] = found.group(3).strip()[:120]
    name = fields.get("name") or name_of(own, address)
    if not name and (m := _ON_BEHALF.search(own)):
        name = m.group("name").strip()
    role = fields.get("role") or (m.group(0).strip() if (m := _ROLE.search(own)) else None)
    organisation = fields.get("organisation") or fallback.organisation
    return Person(name=name, organisation=organisation, role=role, email=fallback.email)
