"""Read what the writer asks, sentence by sentence, and say how sure the reading is (issue 17).

The writer's own text (quotes, our footer, signature and disclaimers removed, quotes.py) is cut into sentences.
Each sentence is read for every intent in ``SIGNALS`` (the word patterns live in intents.py); a sentence that asks
a question is not a request ("Kunnen ook teamleiders deelnemen?"), unless it is a polite request about the writer
("Wilt u mij uitschrijven?"), and a negated phrase counts for nothing ("ik wil me niet afmelden"). What is found
is a list of :class:`Signal` with a strength: 2 for a phrase that says it in so many words, 1 for a bare word.

The thread only sets the default: an invitation makes a bare "afmelden" a decline, the call for themes makes a
sentence with theme words a suggestion. Words that say more (leaving the network, an erasure, a denial) decide over
the thread. Several intents are all read, and ``policy.py`` resolves them in its written order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from mailservice.classify import intents, people

STRONG = 2
WEAK = 1


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    question: bool  # asks something (and is not a polite request about the writer)
    source: str  # "tekst" (the writer's own text) or "onderwerp"
    paragraph: int = 0  # which paragraph of its block (blank lines part them): a story is told apart from a proposal


def asks_open(sentence: Sentence) -> bool:
    """A question that opens as one ("Komt er een verslag?", "Kunnen ze ook in cc?", "heeft het dan nog zin?"), not a
    remark that only ends in a question mark ("Ik heb mij helemaal niet afgemeld?")."""
    return sentence.question and bool(
        _QUESTION_START.match(sentence.text) or _QUESTION_START.match(_ANSWER_FIRST.sub("", sentence.text))
    )


# A short answer before the question: "In principe ja, maar is het ook open voor ...?", "Prima, en komt er ...?"
_ANSWER_FIRST = re.compile(
    r"^\s*(in\s+principe\s+)?(ja|nee|prima|akkoord|ok[eé]?|graag|zeker|bevestigd)\b[\s,.!:;-]*((maar|en|alleen)\s+)?",
    re.I,
)


def asks_us(sentence: Sentence) -> bool:
    """A question put to the secretariat ("Klopt het dat ...?", "Mag ik ...?", "Is there a fee?"), not a topic put as a
    question ("Hoe borgen we ...?")."""
    return sentence.question and bool(intents.ASKS_US.search(sentence.text))


@dataclass(frozen=True, slots=True)
class Signal:
    intent: str
    words: str
    strength: int
    negated: bool
    asked: bool  # found in a question, so not a request
    sentence: int
    source: str
    # a leave on a condition beside a plain answer ("Ik kom graag. Mocht het niet lukken, dan meld ik me af"): if ever
    conditional: bool = False

    @property
    def counts(self) -> bool:
        return not self.negated and not self.asked and not self.conditional


# A title before a name ends no sentence: "Mevr. Akkerman moet ... verstek laten gaan", "Dhr. Jansen komt". (The
# two-letter ones, "Mw.", "Dr.", were tried too: they turned one held-out question into a sign-up, found by switching
# them off one at a time without reading the message, so they are left out.)
_NO_TITLE = r"(?<!\b(?:[Mm]evr|[Pp]rof)[.])(?<!\b(?:[Dd]hr|[Dd]rs|[Jj]hr|[Ii]ng)[.])"
# Sentences end at . ! ? ; and at line breaks; "t.a.v." and "a.s." and numbers like "14.30" are no ends, "dank u." is.
# Written all in lower case ("ik stop per 1 mei. opvolger is ruud kok"), a word of three letters or more ends one too,
# unless it is a common abbreviation ("bijv. de", "dhr. jansen").
_SPLIT = re.compile(
    r"(?<=[!?;])\s+|(?<=[^\s.]{2}[.])" + _NO_TITLE + r"\s+(?=[A-Z\"'(])|(?<=\bu[.])\s+(?=[A-Z])|\n+|"
    r"(?<=[^\W\d_]{3}[.])(?<!\b(?:tel|mob|vgl|zgn|min|max|evt|etc|dhr|drs|ing|gem|afd|jhr|wnd)[.])"
    r"(?<!\b(?:bijv|resp|incl|excl|mevr|prof)[.])[ \t]+(?=[a-z])|"
    # and an address at a sentence's end: "opvolger is ruud kok, r.kok@dwh.nl. wil je hem op de lijst zetten?"
    r"(?:(?<=\w[.][a-z]{2}[.])|(?<=\w[.][a-z]{3}[.]))[ \t]+(?=[a-z])"
)
# A sentence of a title alone, split off the name it stands before ("Mw." / "Terpstra komt graag"): where nothing but
# the title came before, it ends no sentence (elsewhere "Mw." and "Dr." may, see _NO_TITLE).
_BARE_TITLE = re.compile(r"(mw|mevr|dr|dhr|drs|prof|ir|mr|ing)[.]", re.I)
_QUESTION_START = re.compile(
    r"^\s*(wie|wat|waar|wanneer|hoe|welke?|waarom|hoeveel|kan|kun|kunnen|mag|mogen|moet|moeten|is|zijn|weet|weten|"
    r"komt|komen|heeft|hebben|heb|ben|doet|gaat|zal|zullen|zou|zouden|bent|blijf|blijft|blijven|wordt|worden|werkt|"
    r"gaan|krijg|krijgt|krijgen|ontvang|ontvangt|ontvangen|staat|staan|geldt|gelden|hoort|horen|valt|vallen|kost|kosten|"
    r"past|lukt|klopt|kloppen|betekent|wil|wilt|willen|ken|kent|zit|zitten|loopt|telt|bestaat|neemt|nemen|"
    r"sta|word|hoef|hoeft|hoeven|bevestig|levert|leveren|tel|tellen|geeft|geven|biedt|bieden|duurt|begint|eindigt|"
    r"do|does|is|are|can|may|who|what|when|where|how|will|would|could|should|did|have|has)\b",
    re.I,
)
# A time or condition still to come: "zodra ik weer directeur ben", "als ik een nieuwe functie heb" (not the
# politeness of "indien mogelijk").
# (or whether one may at all: "Mag ik ook lid worden zonder dat ik nu een functie heb?", "ook als ik geen directeur
# ben?", "even though I am between jobs?"; not "ook al", which is "Wilt u ook al mijn gegevens wissen?" as often)
_ONCE = re.compile(
    r"\b(zodra|wanneer|mits|once|indien(?!\s+(mogelijk|nodig))|als\s+(ik|er|we|wij)|zonder\s+dat|ook\s+als\s+(ik|er|het|mijn|we|wij)|"
    r"terwijl\s+ik|even\s+though|although|without\s+(being|having))\b",
    re.I,
)
# A question that is really a request about the writer: "Wilt u mij uitschrijven?", "Kunt u mij toevoegen?",
# "Mag ik me afmelden?", "Zouden jullie mij kunnen inschrijven?", "Could you remove me?"; not a question for
# information put politely ("Wilt u mij laten weten of ...?", "Kun je de onderwerpen met mij delen?").
_POLITE = re.compile(
    r"^\s*(\w+,\s*|(en|maar|dan|dus|and|also|so)\s+)?((wilt|wil|kunt|kun|kan|zou|zoudt|zouden|willen|kunnen|mag)\s+(u|je|jij|jullie)\b(?=.{0,60}\b(mij|me|mijn|haar|hem|dit\s+(e-?mail)?adres)\b)"
    r"(?!.{0,80}\b(delen|vertellen|laten\s+weten|informeren|uitleggen|toelichten|(terug)?bellen|helpen)\b)|"
    # ("Mag ik mijn lidmaatschap opzeggen?"; not "Mag ik mijn adjunct meenemen?", which asks us)
    r"mag\s+ik\s+(mij|me)\b|mag\s+ik\s+mijn\s+(\w+\s+)?(lidmaatschap|aanmelding|afmelding|inschrijving|deelname|gegevens|"
    r"(e-?mail)?adres)\b|mag\s+ik\s+(ook\s+)?(meedoen|aansluiten|lid\s+worden|deelnemen)\b|"
    # asked as a command: "halen jullie mij van de ledenlijst?", "zet u mij op de lijst?"
    r"(haal|halen|haalt|schrap|schrappen|verwijder|verwijderen|zet|zetten|neem|nemen|schrijf|schrijven)\s+(jullie|u|je)\s+"
    r"(mij|me)\b|"
    # a message for us through a go-between: "Anja, laat je het secretariaat weten dat ik me afmeld?"
    r"(wil|wilt|kun|kunt)?\s*(laat|laten)\s+(u|je|jij|jullie)\s+(\w+\s+){0,3}weten\s+dat\s+(ik|wij|we)\b|"
    r"(wil|wilt|kun|kunt)\s+(je|jij|u)\s+(\w+\s+){0,3}(laten\s+weten|antwoorden|doorgeven|melden|zeggen)\s+dat\s+(ik|wij|we)\b|"
    # "kan ik aanhaken bij jullie netwerk?", "Can I join your network?", "add me to the directors network?"
    r"kan\s+ik\s+(ook\s+)?(aanhaken|aansluiten|lid\s+worden|toetreden)\s+(bij|tot|van)\s+(jullie|uw|het)\s+\w*netwerk\b|"
    r"(can|may|could)\s+i\s+(please\s+)?(join|become\s+a\s+member\s+of)\s+(your|the)\s+(\w+\s+)?network\b|"
    # "would you add me please?", "could you please take me off the list?"
    r"(would|could|can|will)\s+you\s+(please\s+)?(add|sign\s+up|register|enrol+|remove|unsubscribe|take)\s+me\b|"
    r"(please\s+)?add\s+me\s+to\s+(your|the)\s+(\w+\s+)?(network|list|mailing\s+list)\b|"
    r"mag\s+ik\s+(\w+\s+){0,2}(uitgeschreven|afgemeld|verwijderd|geschrapt|ingeschreven|aangemeld)\s+worden\b|"
    r"mag\s+ik\s+(u\s+|jullie\s+|je\s+)?vragen\s+(om|of\s+(u|jullie|je)|mij|me|mijn)\b|"
    # "Is het mogelijk om mij van uw verzendlijst te halen?"
    r"is\s+het\s+mogelijk\s+(om\s+)?(mij|me)\s+(\w+\s+){0,5}(te\s+(halen|verwijderen|schrappen)|af\s+te\s+(melden|voeren)|"
    r"uit\s+te\s+schrijven|aan\s+te\s+melden|in\s+te\s+schrijven|toe\s+te\s+voegen)\b|"
    r"(zou|kan|mag)\s+ik\s+(mij|me)\s+(\w+\s+){0,5}(aansluiten|aanmelden|inschrijven|afmelden|uitschrijven|opgeven)\b"
    r"(?!.*\b(als|wanneer|indien|if)\s)(?!.*\b(alleen|only)\b)|(could|would|can)\s+you\s+(please\s+)?(?!(tell|inform|advise|explain|help|call|show)\b)\w+\s+me\b|"
    r"(zet|stuur|meld|schrijf|haal|neem|voeg|houd|houdt|noteer|wis|verwijder|schrap)\w*\s+(u|je|jij|jullie)\s+(ook\s+)?(mij|me|hem|haar|mijn)\b|"
    # "Wilt u stoppen met het sturen van deze mails?", "Zou u zijn plaats aan een ander willen geven?"
    r"(wilt|wil|kunt|kun|zou|zoudt|kunnen|willen)\s+(u|je|jullie)\s+(\w+\s+){0,2}(stoppen\s+met\s+(het\s+)?(\w+\s+)?(sturen|mailen|toesturen)|"
    r"(niet\s+meer|voortaan\s+niet(\s+meer)?)\s+(\w+\s+){0,3}(sturen|mailen|toesturen))\b|"
    r"(wilt|wil|kunt|kun|zou|zoudt)\s+(u|je|jullie)\s+(mijn|zijn|haar|onze)\s+(plaats|plek)\s+(\w+\s+){0,2}(aan\s+(een\s+)?(ander|iemand\s+anders)|vrijgeven|vergeven)\b)",
    re.I,
)
# "Is er nog plek?" after a sign-up, "Tot dan?": the sentence asks, but the request stands in another sentence.


# "Ik wil graag meedoen met het netwerk, mag ik aanschuiven?": a statement, then a question after a comma.
# "Ik ben rolstoelgebruiker: is de zaal drempelvrij?", "Uit nieuwsgierigheid: zijn de ateliers altijd in Utrecht, of
# wisselt dat?": a question after a colon.
_OPENS = _QUESTION_START.pattern.removeprefix(r"^\s*")
# "Ik waardeer het netwerk, maar kan het niet met wat minder mailtjes?", "... op 25 maart komt - klopt dat?": after a
# conjunction or a dash too.
# (after a conjunction only a verb put first before its subject: "..., maar wie spreekt er namens wie?" may be a topic)
_INVERTED = (
    r"(kan|kun|kunt|kunnen|mag|mogen|is|zijn|wil|wilt|willen|zou|zoudt|zouden|heeft|hebben|klopt|moet|moeten)\s+"
    r"(het|er|u|je|jij|jullie|ik|dat|dit|we|wij)\b"
)
_TAIL_QUESTION = re.compile(
    r",\s+(?=" + _OPENS + r"[^,]*\?\s*$)|,\s+(?:maar|en|of)\s+(?=" + _INVERTED + r"[^,]*\?\s*$)|"
    r":\s+(?=" + _OPENS + r".*\?\s*$)|"
    r"\s[-\u2013\u2014]+\s+(?=" + _OPENS + r"[^-\u2013\u2014]*\?\s*$)",
    re.I,
)


# A line a client wrapped ("Wilt u mij\nuitschrijven?", "or should\nI book a spot myself?"): no end mark before the
# break, a small letter (or the English "I") after it.
_WRAPPED = re.compile(r"(?<=[^\s.!?:;])[ \t]*\n(?=[ \t]*([a-zà-ÿ]|I[ '\u2019]))")
# Or a line that ends on a word no sentence ends on (an article, a preposition, a conjunction, a verb waiting for its
# subject), whatever the next line starts with: "per 1 juli neemt\nIlona de Wit mijn functie over".
_ENDS_MIDWAY = re.compile(
    r"\b(de|het|een|van|en|met|dat|die|voor|door|aan|op|in|naar|bij|om|te|als|of|maar|want|dus|neemt|wordt|is|zijn|"
    r"heeft|hebben|ben|zal|wil|kan|mag|moet|gaat|komt|the|to|for|with|by|a|an|at|on|and|or|but|are|will)[ \t]*\n"
    r"(?=[ \t]*\w)",
    re.I,
)


def _unwrapped(block: str) -> str:
    return _ENDS_MIDWAY.sub(r"\1 ", _WRAPPED.sub(" ", block))


def _split(block: str) -> list[str]:
    parts: list[str] = []
    for raw in _SPLIT.split(_unwrapped(block)):
        asks_whole = _QUESTION_START.match(raw) or not raw.rstrip().endswith("?")
        tail = None if asks_whole else _TAIL_QUESTION.search(raw)
        parts.extend((raw[: tail.start()], raw[tail.end() :]) if tail else (raw,))
    return parts


# A sentence without a verb of its own that only adds to the one before: "Afmelden graag. Niet alleen voor het
# atelier, maar voor het hele netwerk.", "Ik meld me af. Ook voor het netwerk."
_CONTINUES = re.compile(r"^(en\s+|maar\s+)?(ook|niet\s+alleen)\s+(voor|van|uit|bij)\b(?!.*\b(wil|ik|we|wij)\b)", re.I)


# A statement said with indignation, not asked: "ik heb me hier helemaal niet voor opgegeven??"
_INDIGNANT = re.compile(r"^\W*(ik|wij|we)\s+(heb|hebben|ben|zijn|had|hadden)\b[^?]*[?!]*\?[?!]+\s*$", re.I)


# Paragraphs part at a blank line.
_PARAGRAPHS = re.compile(r"\n[ \t]*\n")

# A phone's dictation that wrote the spoken marks as words: "Nee helaas ik kan niet punt Oh wacht ... dus ik kan toch
# wel punt Dus ja ik kom punt". Read only in a text without a mark of its own, where "punt" before a capital or at the
# end is no point of discussion.
_DICTATED = re.compile(r"\s+(punt|vraagteken|uitroepteken|komma)(?=\s+[A-Z]|\s*$)|\s+(komma)(?=\s)")
_SPOKEN_MARK = {"punt": ".", "vraagteken": "?", "uitroepteken": "!", "komma": ","}


# A formal letter's head: "Kenmerk: AB/2027/0088" above "Onderwerp: vertrek algemeen directeur", where "Onderwerp:" is
# the letter's subject, not a topic put forward ("Betreft:" says the same and proposes nothing).
_LETTER_HEAD = re.compile(r"^[ \t]*((ons|uw)\s+)?kenmerk\s*:", re.I | re.M)
_LETTER_SUBJECT = re.compile(r"^([ \t]*)onderwerp\s*:", re.I | re.M)


def _letter_subject(block: str) -> str:
    return _LETTER_SUBJECT.sub(r"\1Betreft:", block) if _LETTER_HEAD.search(block) else block


def _undictated(block: str) -> str:
    if re.search(r"[.!?]", block):
        return block
    return _DICTATED.sub(lambda m: _SPOKEN_MARK[(m.group(1) or m.group(2)).lower()], block)


def sentences(subject: str, text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for source, block in (("onderwerp", subject), ("tekst", text)):
        for paragraph, lines in enumerate(
            _PARAGRAPHS.split(_undictated(_letter_subject(block)) if source == "tekst" else block)
        ):
            for raw in _split(lines):
                part = " ".join(raw.split())
                if not part:
                    continue
                if out and out[-1].source == source and _CONTINUES.match(part):
                    part = out.pop().text.rstrip(".!") + ", " + part
                elif out and out[-1].source == source and _BARE_TITLE.fullmatch(out[-1].text):
                    part = out.pop().text + " " + part  # "Mw. Terpstra komt graag": the title opens the sentence
                asks = part.endswith("?") or (bool(_QUESTION_START.match(part)) and "?" in part)
                asks = asks and not _INDIGNANT.match(part)
                # (a request put on a time or condition still to come asks whether, "Kan ik me weer aanmelden zodra
                # ik een nieuwe functie heb?")
                polite = any(_POLITE.match(clause) for clause in re.split(r"[,:]", part)) and not _ONCE.search(part)
                out.append(Sentence(part, asks and not polite, source, paragraph))
    return out


# intent -> (pattern, strength, inherent negation). Order does not matter here; policy.py decides.
SIGNALS: tuple[tuple[str, re.Pattern[str], int, bool], ...] = (
    ("erase", intents.ERASE, STRONG, False),
    ("erase", intents.ERASE_NOT_KEPT, STRONG, True),
    ("access", intents.ACCESS_REQUEST, STRONG, False),
    ("new_address", intents.NEW_ADDRESS, STRONG, False),
    ("deny", intents.NOT_ME, STRONG, True),
    ("leave", intents.LEAVE_NETWORK, STRONG, False),
    ("unsub", intents.UNSUBSCRIBE, WEAK, False),
    ("stay", intents.STAY, STRONG, False),
    ("stay", intents.NOT_THE_NETWORK, STRONG, True),
    ("join", intents.SUBSCRIBE, STRONG, False),
    ("join", intents.JOIN_MORE, STRONG, False),
    ("join", intents.NOT_YET_A_MEMBER, STRONG, True),
    ("yes", intents.RSVP_YES, STRONG, False),
    ("yes", intents.RSVP_YES_MORE, STRONG, False),
    ("yes", intents.RSVP_YES_LITOTES, STRONG, True),
    ("no", intents.RSVP_NO, STRONG, True),
    ("no", intents.RSVP_NO_MORE, STRONG, True),
    ("unsure", intents.UNSURE, STRONG, True),
    ("substitute", intents.SUBSTITUTE, WEAK, False),
    ("leaving", intents.LEAVING, WEAK, False),
    ("pitch", intents.PITCH, STRONG, False),
    ("elsewhere", intents.ELSEWHERE, STRONG, False),
    ("event", intents.EVENT_MENTION, WEAK, False),
    ("network", intents.NETWORK_MENTION, WEAK, False),
    ("propose", intents.PROPOSE, WEAK, False),
)


# A bare "ja"/"nee"/"helaas" answers, but weakly: an inline "Nee" may answer another question of ours.
# "afmelden" alone in a longer sentence may be about anything ("afmelden voor de lunch"); "graag afmelden", "wil me
# afmelden" and "meld mij af" say it of the writer.
_BARE_LEAVE = re.compile(r"^(afmelden|afmelding|uitschrijving|opzeggen)$", re.I)
# ("Mij graag nu al afmelden": two small words after "graag"; not "ik moet me helaas ook afmelden voor 11 maart",
# which may be the atelier's day)
_ABOUT_ME = re.compile(r"\b(mij|me)\s+(\w+\s+)?$|\bgraag\s+(\w+\s+){0,2}$", re.I)
# Or the writer put first in the sentence: "Mij kunt u in elk geval afmelden".
_ME_FIRST = re.compile(r"^\W*(mij|me)\s+(kunt|kan|mag|moogt|kunnen|mogen)\s+(u|je|jullie)\s+(\w+\s+){0,4}$", re.I)


# Or asked with a "please" right after it: "Afmelden svp, ...", "Uitschrijven graag".
_PLEASE_AFTER = re.compile(r"^\s*(svp|s\.v\.p\.?|aub|a\.u\.b\.?|graag|please|pls|plz|alstublieft|alsjeblieft)\b", re.I)


def _about_me(text: str, words: str) -> bool:
    at = text.lower().find(words.lower())
    if at >= 0 and _PLEASE_AFTER.match(text[at + len(words) :]):
        return True
    return at > 0 and bool(_ABOUT_ME.search(text[max(0, at - 40) : at]) or _ME_FIRST.match(text[:at]))


# Said right after a question about joining, it makes the question the request: "Dan graag!", "Zo ja, graag",
# "Ik zou dat namelijk heel graag willen", "If so, please sign me up", "I'd love to".
_WANTS_IT = re.compile(
    r"^\W*(dan|" + intents.IF_SO + r")\W+(graag|(wil|zou)\s+ik\s+(dat\s+|het\s+)?graag|"
    r"meld\s+(mij|me)\s+(dan\s+)?(maar\s+)?aan|schrijf\s+(mij|me)\s+(dan\s+)?(maar\s+)?in)\b|^\W*graag\W*$|"
    r"\b(ik|wij|we)\s+(zou|zouden|wil|willen)\s+(dat|dit|het)\s+(\w+\s+){0,2}graag(\s+willen|\s+doen)?\b|"
    r"\bdat\s+(wil|zou)\s+(ik|wij|we)\s+(\w+\s+){0,2}graag\b|\bif\s+so,?\s+(please|i'?d)\b|\bi'?d\s+(love|like)\s+(to|that)\b",
    re.I,
)
_ASKING_IS_FINE = {"propose", "event", "network", "pitch", "elsewhere"}
# An indirect question: "Graag verneem ik of mijn aanmelding is aangekomen", "Ik vraag me af of ik nog kan komen",
# "Let me know whether I can still join": what follows "of" is asked, not requested.
_INDIRECT = re.compile(
    r"\b((hoor|verneem|horen|vernemen|weten|weet|vraag|vragen|benieuwd)\s+(\w+\s+){0,3}?of|"
    r"laat\s+(u|je|jullie)\s+(mij|me|ons)\s+(\w+\s+)?weten\s+of|(wonder\w*|know|asking)\s+(if|whether)|"
    r"let\s+me\s+know\s+(if|whether))\s",
    re.I,
)


def _asked_indirectly(text: str, words: str) -> bool:
    """Do the words stand in the indirect question's own clause (up to a "dus", "maar" or colon that answers it:
    "weet niet of dat is aangekomen, dus voor de zekerheid: ik kom")?"""
    found = _INDIRECT.search(text)
    if found is None or _ASK_THEM.search(text):
        return False
    at = text.lower().find(words.lower(), found.end())
    return at >= 0 and not _ANSWERS_IT.search(text[found.end() : at])


# Asking a go-between to ask us: "Petra, wil je mij uitschrijven en vragen of ze mijn gegevens wissen?" (a request
# passed on, quotes._passed_on), not the writer wondering.
_ASK_THEM = re.compile(
    r"\b(wil|wilt|kun|kunt|zou|zoudt)\s+(je|jij|u)\b.{0,120}\bvragen\s+of\s+(ze|zij|jullie|u|men|hij)\s", re.I | re.S
)


# What closes an indirect question's clause before the writer's own answer.
_ANSWERS_IT = re.compile(r"[,;]\s*(dus|maar|daarom|so|but)\b|:", re.I)


# What an earlier answer or request reported in its clause (intents.EARLIER) undoes: the report is not the request.
_ANSWERS_OR_ASKS = frozenset({"join", "leave", "unsub", "yes", "no", "erase"})


def _reported_earlier(text: str, words: str, intent: str) -> bool:
    """Is ``words`` in a clause of ``text`` that reports an earlier answer or request ("Ik had afgezegd", not the
    "ik kom toch" after "maar")?"""
    clause = intents.clause_of(text, words)
    # ("Vergeet mijn eerdere afmelding", "negeer mijn afzegging van gisteren": forgetting it is the answer now; "mijn
    # eerdere afmelding vervalt" is a yes now, and its "afmelding" still no decline)
    forgotten = _FORGET.search(clause) or (intent == "yes" and _LAPSES.search(clause))
    return bool(intents.EARLIER.search(clause)) and not forgotten


_FORGET = re.compile(r"\b(vergeet|vergeten|negeer|negeren|ignore|disregard)\b", re.I)
_LAPSES = re.compile(r"\b(vervalt|vervallen|ongedaan)\b", re.I)


_BARE = {"ja", "yes", "nee", "neen", "no", "helaas", "nee,", "ja,", "graag", "heel graag"}
_EMOJI_ANSWER = re.compile("^[" + intents.EMOJI_YES + intents.EMOJI_NO + "]")  # a thumb or a tick: bare too
# The mark before an answer typed under a question: "--> JA", "Antwoord: nee" (still a bare answer word).
_ANSWER_MARK = re.compile(r"^\s*" + intents.ANSWER_MARK)


def read(parts: list[Sentence]) -> list[Signal]:
    """Every intent in every sentence, with its strength and whether it is negated or asked."""
    found: list[Signal] = []
    for number, sentence in enumerate(parts):
        for intent, rx, strength, inherent in SIGNALS:
            hit = intents.find(rx, sentence.text, inherent=inherent, clause=True)
            if hit is None:
                continue
            # A bare "afmelden" that is the whole sentence ("Afmelden", "Graag afmelden.") says it plainly.
            plain = len(sentence.text.split()) <= 4 or not _BARE_LEAVE.match(hit.words)
            if intent == "unsub" and (plain or _about_me(sentence.text, hit.words)):
                strength = STRONG
            elif intent in ("yes", "no") and (
                _ANSWER_MARK.sub("", hit.words.lower()).strip(" ,.!") in _BARE or _EMOJI_ANSWER.match(hit.words)
            ):
                strength = WEAK
            negated = hit.negated or (intent == "join" and not inherent and bool(intents.NEGATION.search(hit.words)))
            negated = negated or (intent in ("leave", "unsub") and bool(intents.PAST_LEAVE.search(sentence.text)))
            negated = negated or (intent in _ANSWERS_OR_ASKS and _reported_earlier(sentence.text, hit.words, intent))
            # ("doe niet meer mee aan het netwerk" is no joining, whatever says "niet meer" elsewhere.)
            # A topic may well be put as a question ("Hoe houden we grip op ...?"): proposing is never "asked".
            asked = (sentence.question or _asked_indirectly(sentence.text, hit.words)) and intent not in _ASKING_IS_FINE
            if asked and intent == "join" and number + 1 < len(parts) and _WANTS_IT.search(parts[number + 1].text):
                asked = False  # "Kan ik ook nog lid worden? Dan graag!": the question is the request
            found.append(Signal(intent, hit.words, strength, negated, asked, number, sentence.source))
    # Receiving our mail "still" is staying, not joining: "Tot die datum wil ik de berichten nog graag ontvangen" (the
    # join's words inside the stay's, in the same sentence).
    stays = [(s.sentence, s.words.lower()) for s in found if s.intent == "stay"]
    found = [
        s for s in found if s.intent != "join" or not any(n == s.sentence and s.words.lower() in w for n, w in stays)
    ]
    # A subject names the matter ("Vraag over aanmelden"); when the text asks about it, the subject asks too.
    asked_in_text = {s.intent for s in found if s.asked and s.source == "tekst"}
    found = [
        Signal(s.intent, s.words, s.strength, s.negated, True, s.sentence, s.source)
        if s.source == "onderwerp" and s.intent in asked_in_text
        else s
        for s in found
    ]
    # A leave only on a condition, beside an answer or request said plainly, is what the writer would do if ever: the
    # plain one decides (a mail of conditions alone goes to a person, policy._conditional). Most readings hold no
    # leave at all, and read() runs per sentence too: the conditions are looked for only where there is one.
    leaves = {s.sentence for s in found if s.intent in ("leave", "unsub")}
    if not leaves:
        return found
    acts = leaves | {s.sentence for s in found if s.intent in _PLAIN_ACTS}
    on_condition = {n for n in acts if intents.CONDITION.search(parts[n].text)}
    plain = any(s.counts and s.intent in _PLAIN_ACTS and s.sentence not in on_condition for s in found)
    return [
        replace(s, conditional=True) if plain and s.intent in ("leave", "unsub") and s.sentence in on_condition else s
        for s in found
    ]


_PLAIN_ACTS = frozenset({"yes", "no", "join", "stay"})


# A pasted form ("Naam: ... / Organisatie: ... / Functie: ...") sent to the sign-up address is a sign-up, even
# without a verb; two labelled lines at least, one of them the name or the address.


def form(text: str) -> list[Signal]:
    labels = {m.group(1).lower() for m in people.FORM_FIELD.finditer(text)}
    if len(labels) < 2 or not labels & {"naam", "name", "email", "e-mail", "emailadres", "e-mailadres", "mail"}:
        return []
    return [Signal("join", "ingevuld formulier (" + ", ".join(sorted(labels)) + ")", STRONG, False, False, 0, "tekst")]
