"""Keep what the person wrote: cut quoted replies, forwarded originals, our own footer, signatures and disclaimers.

Own implementation, after evaluating the libraries issue 3 names (November 2026, versions from PyPI):

- mail-parser-reply 1.36 (kept up, has an ``nl`` table): cuts the Outlook "Van:/Verzonden:/Aan:" block, but its
  Dutch "wrote" pattern only matches a bare ``schreef:`` at line end, so Gmail's
  "Op di 3 mrt. 2026 om 10:12 schreef Naam <adres>:" and Apple's "... heeft ... het volgende geschreven:" stay
  in the reply; "-----Oorspronkelijk bericht-----" stays too; no Dutch disclaimer cues.
- quotequail 0.5.4 (kept up): knows "Op ... schreef" and "Oorspronkelijk bericht" but not the Dutch Outlook
  header block, which is what most directors send.
- talon 1.4.4 (last release 2017): good cuts, but pulls numpy/scipy/scikit-learn and a pickled model, 1.5 s
  import; too heavy and unmaintained for a core module.
- email-reply-parser 0.5.12 (2020, unmaintained): English only, ``>`` quotes and "On ... wrote".

None handled all three Outlook NL forms, and extending one would mean replacing its pattern tables anyway; the
cut is a small ordered table of line patterns (borrowing from the above), easy to extend by a row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mailservice.classify import ours, people

# Lines that start the quoted or forwarded original. Checked on each line with up to two following lines
# joined, because clients wrap long "Op ... schreef" lines (Apple Mail, Gmail) at about 76 characters.
_CUT_LINE = [
    (
        "scheidingslijn",
        re.compile(
            r"^\s*-{2,}\s*(oorspronkelijk bericht|original message|doorgestuurd bericht|forwarded message|"
            r"origineel bericht|weitergeleitete nachricht|message d'origine)\b",
            re.I,
        ),
    ),
    ("doorgestuurd", re.compile(r"^\s*(begin doorgestuurd bericht|begin forwarded message)\s*:", re.I)),
    (
        "citaatkop",
        re.compile(
            r"^\s*(op|on|am|le)\s.{0,200}?\b(schreef|wrote|schrieb|a écrit|heeft .{0,120}?geschreven)\b"
            r"[^\n]{0,120}:\s*$",
            re.I | re.S,
        ),
    ),
    ("citaatkop", re.compile(r"^\s*.{0,120}\b(schreef|wrote)\s+(op|on)\s.{0,80}:\s*$", re.I | re.S)),
    ("outlookkop", re.compile(r"^\s*(van|from)\s*:.{0,200}\b(verzonden|sent|datum|date)\s*:", re.I | re.S)),
    ("outlookstreep", re.compile(r"^\s*_{20,}\s*$")),
    ("mobiel", re.compile(r"^\s*(verzonden|verstuurd|sent)\s+(vanaf|van|from|met|with)\s+(mijn|my)\s+\w+", re.I)),
    # GroupWise: '>>> "Name" <address> 2-3-2027 9:00 >>>' above the original, which carries no ">" marks.
    ("groupwise", re.compile(r"^\s*>>>\s*.{0,200}?>>>\s*$")),
    # Lotus/HCL Notes: '-----"Name" <address> wrote: -----' and '----- Doorgestuurd door ... -----'.
    (
        "notes",
        re.compile(
            r"^\s*-{3,}\s*.{0,200}?\b(wrote|schreef|doorgestuurd\s+door|forwarded\s+by)\b.{0,120}-{3,}\s*$", re.I
        ),
    ),
]
# An Outlook header block: "Van:" followed within four lines by another header label.
_HEADER_START = re.compile(r"^\s*[*>\s]*(van|from|de|von)\s*:\s*\S", re.I)
_HEADER_NEXT = re.compile(
    r"^\s*[*>\s]*(verzonden|sent|datum|date|aan|to|onderwerp|subject|cc|envoyé|gesendet)\s*:", re.I
)

# Our own footer (templates), quoted or pasted under replies: it must never count as the member's words. Both the
# old wording ("Afmelden? ... met 'afmelden'") and the one that names the network (issue 19, item 2), and the
# lines with the member's own pages that may follow it.
_OUR_FOOTER = re.compile(
    r"(u\s+ontvangt\s+deze\s+e-?mail\s+als\s+lid\s+van\s+het\s+netwerk[^\n]{0,80}\s*)?"
    r"afmelden(\s+voor\s+het\s+netwerk)?\s*\?\s*antwoord(\s+op\s+deze\s+e-?mail)?\s+met\s+[^\w\s]{0,3}afmelden"
    # (the blank line after a quoted footer stays: what the writer typed under it is not glued to the quote)
    r"(\s+voor\s+het\s+netwerk)?[^\w\s]{0,3}(\s*of\s+stuur\s+een\s+e-?mail\s+naar\s+\S*ambtelijkefusie\.nl\.?)?"
    r"(\s*of\s+meld\s+u\s+af\s+op\s+deze\s+pagina\s*:\s*\S+)?(\s*uw\s+gegevens\s+bij\s+ons\s+inzien\s*:\s*\S+)?",
    re.I | re.S,
)
# The same footer in the English membership mails (issue 17, templates/_layout.en.*).
_OUR_FOOTER_EN = re.compile(
    r"(you\s+receive\s+this\s+e-?mail\s+as\s+a\s+member\s+of\s+the\s+netwerk[^\n]{0,80}\s*)?"
    r"to\s+leave\s+the\s+network,\s+reply\s+to\s+this\s+e-?mail\s+with\s+[^\w\s]{0,3}unsubscribe\s+from\s+the\s+network[^\w\s]{0,3}"
    r"(\s+or\s+send\s+an\s+e-?mail\s+to\s+\S*ambtelijkefusie\.nl\.?)?(\s*or\s+unsubscribe\s+on\s+this\s+page\s*:\s*\S+)?"
    r"(\s*see\s+the\s+details\s+we\s+hold\s+about\s+you\s*:\s*\S+)?",
    re.I | re.S,
)

# Closing formulas: what follows is the signature (name, function, organisation), kept apart for extraction.
_CLOSING = re.compile(
    r"^\s*(met\s+(vriendelijke|hartelijke|collegiale)\s+groet(en)?|vriendelijke\s+groet(en)?|hartelijke\s+groet(en)?|"
    r"met\s+groet|mvg|groet(en|jes)?|(kind|best)\s+regards|regards|best|cheers|sincerely|"
    r"alvast\s+bedankt|bij\s+voorbaat\s+dank)\b[\s,.!]*$|"
    # "Gr. MS": the short greeting with the writer's initials
    r"^\s*(gr|grt)\.?\s+(?-i:[A-Z]{1,3})\.?\s*$",
    re.I,
)
_SIG_DASHES = re.compile(r"^-- ?$")  # RFC 3676 section 4.3 signature separator

# Disclaimers of municipalities and their IT providers; a paragraph starting with one ends the message.
_DISCLAIMER = re.compile(
    r"(dit\s+(e-?mail)?bericht\s+(is\s+)?(uitsluitend|alleen)\s+(bestemd|bedoeld)|"
    r"aan\s+dit\s+(e-?mail)?bericht\s+kunnen\s+geen\s+rechten|"
    r"indien\s+u\s+dit\s+bericht\s+(ten\s+onrechte|onterecht|per\s+abuis|abusievelijk)|"
    # "Heeft u deze e-mail ten onrechte ontvangen? Wilt u dan de afzender informeren ..."
    r"(heeft|hebt)\s+u\s+(deze|dit)\s+(e-?mail|bericht|e-?mailbericht)\s+(\w+\s+)?(ten\s+onrechte|onterecht|per\s+abuis|"
    r"abusievelijk|per\s+vergissing)\s+ontvangen|"
    r"^\s*disclaimer\b|"
    # (also "De informatie verzonden in dit e-mailbericht is vertrouwelijk", "... aan derden is niet toegestaan")
    r"(de\s+)?informatie\s+(\w+\s+){0,2}in\s+(dit|deze)\s+(e-?mail)?(bericht)?\s*(is|kan)\s+(\w+\s+)?vertrouwelijk|"
    r"openbaarmaking,\s+vermenigvuldiging,\s+verspreiding|"
    r"(is|was)\s+(het|dit\s+(e-?mail)?bericht|deze\s+e-?mail)\s+niet\s+voor\s+u\s+(bedoeld|bestemd)|"
    r"(niet|onterecht|ten\s+onrechte)\s+(voor|aan)\s+u\s+(bedoeld|bestemd|gericht)|"
    r"wij\s+verwerken\s+(uw\s+)?persoonsgegevens|lees\s+(ons|onze)\s+privacy|"
    r"if\s+you\s+are\s+not\s+the\s+intended\s+recipient|this\s+(e-?mail|message)\s+may\s+contain\s+confidential|"
    r"denk(t)?\s+(u\s+|je\s+)?aan\s+het\s+milieu|"
    r"this\s+(e-?mail|message)\s+(and\s+any\s+attachments\s+)?(is|are)\s+(intended|confidential)|"
    r"the\s+information\s+(contained\s+)?in\s+this\s+(e-?mail|message)|"
    r"if\s+you\s+(have\s+)?received\s+this\s+(e-?mail|message)\s+in\s+error)",
    re.I | re.M,
)


@dataclass(frozen=True, slots=True)
class Own:
    """What the person wrote (``text``), their signature block, and which cut was made (for the reason)."""

    text: str
    signature: str = ""
    cut: str | None = None
    footer_removed: bool = False
    # A yes written right under our quoted footer question "Afmelden? Antwoord ... met 'afmelden'" (an inline answer,
    # issue 17): the words of that yes; rules._footer_answer reads it as leaving.
    footer_yes: str = ""
    # Any other line typed right under that question quoted with ">" ("Dat dan ook maar."): an answer to it that is no
    # plain yes; rules._footer_answer leaves it to a person.
    footer_reply: str = ""
    # Words forwarded under "Hieronder het verzoek van ..." (the end of ``text``), and, when another person wrote
    # them, their address from the forwarded header ("" when it names none; None when they are the sender's own).
    passed_on: str = ""
    passed_on_for: str | None = None

    @property
    def intro(self) -> str:
        """The writer's own words above what they passed on."""
        return self.text[: len(self.text) - len(self.passed_on)] if self.passed_on else self.text


def _is_cut(lines: list[str], i: int) -> str | None:
    line = lines[i]
    if not line.strip():
        return None
    joined = " ".join(x.strip() for x in lines[i : i + 3])
    for name, rx in _CUT_LINE:
        if rx.match(line) or (name == "citaatkop" and rx.match(joined)):
            return name
    if _HEADER_START.match(line) and any(_HEADER_NEXT.match(x) for x in lines[i + 1 : i + 5]):
        return None if _memo_header(lines, i) else "outlookkop"
    if _notes_header(lines, i):
        return "notes"
    return None


# A memo typed in the body ("Aan: / Van: / Datum: / Betreft:"), not a mail quoted under it: its subject label is
# "Betreft" or "Re", and it has no "Verzonden"/"Onderwerp" line as a mail client's header block has.
_LABEL = re.compile(r"^\s*([a-zé]+)\s*:", re.I)
_MEMO_SUBJECT = frozenset({"betreft", "re"})
_MAIL_ONLY = frozenset({"verzonden", "sent", "onderwerp", "subject", "envoyé", "gesendet"})


def _memo_header(lines: list[str], i: int) -> bool:
    start, end = i, i
    while start > 0 and _LABEL.match(lines[start - 1]):
        start -= 1
    while end + 1 < len(lines) and _LABEL.match(lines[end + 1]):
        end += 1
    labels = {m.group(1).lower() for x in lines[start : end + 1] if (m := _LABEL.match(x))}
    return bool(labels & _MEMO_SUBJECT) and not labels & _MAIL_ONLY


# Lotus/HCL Notes (Dutch and English): a line with a name and an address, a date line, then "Aan"/"To" and "cc"
# labels each alone on a line, the value on the next (no colons at all).
_ADDRESS_LINE = re.compile(r"^\s*[^\s@]{0,80}.{0,80}<?[\w.+-]+@[\w.-]+\.[a-z]{2,}>?\s*$", re.I)
_DATE_LINE = re.compile(r"^\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\s+\d{1,2}[:.]\d{2}\s*$")
_NOTES_LABEL = re.compile(r"^\s*(aan|to|cc|bcc|onderwerp|subject)\s*$", re.I)


def _notes_header(lines: list[str], i: int) -> bool:
    if not _ADDRESS_LINE.match(lines[i]) or i + 1 >= len(lines) or not _DATE_LINE.match(lines[i + 1]):
        return False
    return sum(bool(_NOTES_LABEL.match(x)) for x in lines[i + 2 : i + 10]) >= 2


# Our own mail pasted whole under a text without any mark (a responder that keeps "RE:", some webmail): it ends
# with our signature; it starts at the last salutation line before that signature.
_OUR_SIGNOFF = re.compile(
    r"^\s*((\w+\s+)?netwerk\s+van\s+directeuren\s+van\s+ambtelijke\s+fusieorganisaties\b[^\n]{0,60}|"
    r"u\s+ontvangt\s+deze\s+e-?mail\s+als\s+lid\s+van\s+het\s+netwerk\b[^\n]*|"
    r"you\s+receive\s+this\s+e-?mail\s+as\s+a\s+member\s+of\s+the\s+netwerk\b[^\n]*|[\w.+-]+@ambtelijkefusie\.nl)\s*$",
    re.I | re.M,
)
_SEPARATOR_LINES = re.compile(r"^[ \t]*(--|_{3,}|-{3,})[ \t]*$", re.M)
_SALUTATION = re.compile(r"^\s*(beste|geachte|dear)\b[^\n]{0,80},\s*$", re.I | re.M)


def _unmarked_ours(body: str) -> tuple[int, int] | None:
    """Where a pasted copy of our own mail starts and ends in ``body`` (its last sign-off line; our footer under it
    is already gone), or None. What the writer typed under the whole pasted mail follows the end."""
    first = _OUR_SIGNOFF.search(body)
    if first is None:
        return None
    starts = [m.start() for m in _SALUTATION.finditer(body, 0, first.start())]
    if not starts:
        return None
    *_, last = _OUR_SIGNOFF.finditer(body, first.start())
    return starts[-1], last.end()


def _quoted_after(lines: list[str], i: int) -> int | None:
    """Where the lines after an "On ... wrote:" attribution start, when they are ">" quotes: bottom-posted and
    inline answers follow those quotes (Gmail, Apple Mail, Thunderbird). None when the original follows unmarked."""
    for end in range(i, min(i + 3, len(lines))):  # the attribution may be wrapped over up to three lines
        if lines[end].rstrip().endswith(":"):
            rest = next((x for x in lines[end + 1 :] if x.strip()), "")
            return end + 1 if rest.lstrip().startswith(">") else None
    return None


def _header_over_quotes(lines: list[str], i: int) -> int | None:
    """Where the lines after an Outlook header block (and the rule above it) start, when they are ">" quotes: the
    writer's answer is below them. None when the original follows unmarked, as Outlook quotes by default."""
    end = i
    while end < len(lines) and (_OUTLOOK_RULE.match(lines[end]) or not lines[end].strip()):
        end += 1
    while end < len(lines) and (_HEADER_START.match(lines[end]) or _HEADER_NEXT.match(lines[end])):
        end += 1
    rest = next((x for x in lines[end:] if x.strip()), "")
    return end if end > i and rest.lstrip().startswith(">") else None


_OUTLOOK_RULE = dict(_CUT_LINE)["outlookstreep"]


# Passing on a forwarded mail as the request: an assistant with the director's answer or request ("Zie hieronder
# het antwoord van mevrouw Postma", "Hieronder het verzoek van de heer Van Rijswijk", "Onze directeur vroeg mij
# onderstaande aan u door te sturen", "Please find below Dr Morrow's answer"), or a director forwarding their own
# internal chain ("Zie onder, wil jij dit regelen?"). The forwarded words are then the writer's too (_forwarded).
_FORWARD_INTRO = re.compile(
    r"\b(zie\s+)?hieronder\s+(het\s+|de\s+)?(antwoord|reactie|bericht|verzoek|vraag|aanvraag|mail|e-?mail)\b|"
    r"\bhieronder\s+(\w+\s+){0,4}(antwoord|reactie|verzoek|aanvraag)\b|\bzie\s+(hier)?onder\b|"
    r"\b(zie|lees)\s+(het|de|zijn|haar)\s+(verzoek|vraag|aanvraag|antwoord|reactie|bericht|mail)\s+(\w+\s+){0,4}(hier)?onder\b|"
    r"\b(verzoek|vraag|aanvraag|antwoord|reactie|bericht|mail)\s+(staat|vindt\s+u|vind\s+je)\s+(hier)?onder\b|"
    r"\bhieronder\s+(vindt|vind|treft|tref)\s+(u|je)\b|"
    r"\bonderstaand(e)?\s+((\w+\s+){0,2}(verzoek|aanvraag|vraag|mail|e-?mail|bericht)\b|(\w+\s+){0,3}door\s+te\s+(sturen|geven))|"
    r"\b(vroeg|verzocht|vraagt|verzoekt)\s+(mij|ons)\s+(\w+\s+){0,4}door\s+te\s+(sturen|geven)\b|"
    # sending one's own earlier mail again: "Hierbij nogmaals", "Ik stuur mijn verzoek opnieuw", "Resending my request"
    r"\bhierbij\s+(nog\s*maals|opnieuw)\b|\b(stuur|zend)\s+(ik\s+)?(\w+\s+){0,3}(nog\s*maals|opnieuw)\b|\bresending\b|"
    r"\bsending\s+(it|this|my\s+\w+)\s+again\b|"
    r"\b(please\s+)?(find|see)\s+below\b|\bbelow\s+(is\s+)?(the|her|his|a)\s+(\w+\s+){0,2}(answer|reply|response|request)\b",
    re.I,
)
_OVER_HEADERS = frozenset({"scheidingslijn", "doorgestuurd", "outlookstreep", "mobiel"})
_OURS = re.compile(rf"@{re.escape(people.OUR_DOMAIN)}\b|\bnetwerk\s+van\s+directeuren\b", re.I)


@dataclass(frozen=True, slots=True)
class _Forwarded:
    author: str | None  # the address on its "Van:" line, if any
    ours: bool  # our own mail, forwarded back
    words: str


def _forwarded(lines: list[str], start: int) -> list[_Forwarded]:
    """Every mail of a forwarded chain from ``start`` (a cut line or header block): its author and its words."""
    found: list[_Forwarded] = []
    i = start
    while i < len(lines):
        if _is_cut(lines, i) in _OVER_HEADERS:
            i += 1  # "-----Oorspronkelijk bericht-----", "Begin doorgestuurd bericht:" or "_____" over the header
        header = []
        while i < len(lines) and lines[i].strip():  # the header block: "Van:", "Verzonden:", ... up to a blank line
            header.append(lines[i])
            i += 1
        sender_line = next((x for x in header if _HEADER_START.match(x)), "")
        address = next(iter(people.addresses(sender_line)), None)  # (never ours: ours is marked below)
        words: list[str] = []
        while i < len(lines) and not (_is_cut(lines, i) or lines[i].lstrip().startswith(">")):
            words.append(lines[i])
            i += 1
        found.append(_Forwarded(address, bool(_OURS.search(sender_line)), "\n".join(words)))
        if i >= len(lines) or lines[i].lstrip().startswith(">"):
            break
    return found


def _passed_on(lines: list[str], start: int, sender: str | None) -> tuple[str, str | None]:
    """The words passed on under a forward intro, and whose they are when not the sender's ("" if unknown).

    A mail of the chain the sender wrote is theirs (a director forwarding their own request); else the first mail
    under the intro is the person's the writer acts for (an assistant forwarding the director's). Our own mails
    forwarded back are never anyone's words."""
    chain = [m for m in _forwarded(lines, start) if not m.ours and m.words.strip()]
    own = [m.words for m in chain if sender and m.author == sender.lower()]
    if own:
        return "\n".join(own), None
    if not chain:
        return "", None
    return chain[0].words, chain[0].author or ""


def remove_footer(text: str) -> tuple[str, bool]:
    new, n = _OUR_FOOTER.subn(" ", text)
    new, n_en = _OUR_FOOTER_EN.subn(" ", new)
    return new, n + n_en > 0


# Our footer's question, quoted ("> Afmelden? Antwoord op deze e-mail met 'afmelden' ..."), and a bare yes typed
# under it, the yes alone up to a full stop: "Ja.", "Ja, graag. Ik ga met pensioen.", "Graag!", "Yes please" (never
# "Zeker niet", "Ja, ik kom" or "Ja maar ...").
# (quoted with ">" or, by Outlook, unmarked)
_FOOTER_QUESTION = re.compile(
    r"^\s*(>[>\s]*)?(afmelden(\s+voor\s+het\s+netwerk)?\s*\?|to\s+leave\s+the\s+network,)", re.I
)
# (or the very word the footer asks for: "afmelden")
_BARE_YES = re.compile(
    r"^\s*(ja,?\s+graag|yes,?\s+please|ja|jazeker|yes|graag|please\s+do|"
    r"((ja|yes),?\s+)?(graag\s+|please\s+)?(afmelden|uitschrijven|unsubscribe))\s*([.!]+(\s|$)|$)",
    re.I,
)


# (or a line begun with it: "AFMELDEN svp, en op 11 maart kom ik dus ook niet"; not "afmelden voor het atelier")
_LEAVE_FIRST = re.compile(
    r"^\s*((ja|yes),?\s+)?(graag\s+|please\s+)?(afmelden|uitschrijven|unsubscribe)\b"
    r"(?!\s+(\w+\s+)?(voor|for|van)\s+(het|de|dat|die|the|this)\s+(atelier|bijeenkomst|sessie|middag|session|meeting))",
    re.I,
)


_AFTER_OUR_ADDRESS = re.compile(r"@[\w.-]+\.[a-z]{2,}\.?\s+(\S.*?)\s*$", re.I)


def _yes_to_footer(lines: list[str]) -> str:
    """The yes typed right under our quoted footer question, or in brackets after it, else ""."""
    for i, line in enumerate(lines):
        if not _FOOTER_QUESTION.match(line):
            continue
        # Typed after the question's line, in brackets or not: "... naar info@ambtelijkefusie.nl. [afmelden graag]"
        added = _BRACKETED.search(line) or _AFTER_OUR_ADDRESS.search(line)
        if added and (_BARE_YES.match(added.group(1)) or _LEAVE_FIRST.match(added.group(1))):
            return added.group(1).strip()
        # The first line of the writer's own under the question (blank and further quoted lines skipped).
        after = next((x for x in lines[i + 1 :] if x.strip() and not x.lstrip().startswith(">")), "")
        if _BARE_YES.match(after) or _LEAVE_FIRST.match(after):
            return after.strip()
    return ""


def _under_footer(lines: list[str]) -> str:
    """The first line the writer typed under our footer question quoted with ">", in a reply written between our
    quoted lines (an answer typed under an earlier quoted line too), else "". Text under a whole quote is a reply
    written below it ("bottom-posting"), not an answer to the footer."""
    quoted = between = False
    for i, line in enumerate(lines):
        mark = line.lstrip().startswith(">")
        if mark and _FOOTER_QUESTION.match(line):
            after = next((x for x in lines[i + 1 :] if x.strip()), "").strip()
            # (not the writer's name or greeting under it: "Lotte Brands", "Groet, Lotte")
            signed = _CLOSING.match(after) or not re.search(r"\b[a-zà-ÿ]{3,}\b", after)
            return after if between and not after.startswith(">") and not signed else ""
        between = between or (quoted and not mark and bool(line.strip()))
        quoted = quoted or mark
    return ""


def _signed(text: str) -> tuple[str, str, str | None]:
    """The text up to its closing formula (kept) or "-- ", the signature under it, and "disclaimer" when one was cut."""
    cut = None
    match = _DISCLAIMER.search(text)
    if match:
        # Cut at the start of the paragraph holding the disclaimer.
        start = text.rfind("\n\n", 0, match.start())
        text = text[: max(start, 0)] if start > 0 else text[: match.start()]
        cut = "disclaimer"
    signature = ""
    own_lines = text.split("\n")
    for i, line in enumerate(own_lines):
        if _SIG_DASHES.match(line) or (_CLOSING.match(line) and i > 0):
            signature = "\n".join(own_lines[i + 1 :]).strip()
            text = "\n".join(own_lines[: i + 1] if _CLOSING.match(line) else own_lines[:i])
            # A postscript under the signature is the writer's again: "PS Wilt u dan ook mijn gegevens wissen?"
            if ps := _POSTSCRIPT.search(signature):
                text, signature = f"{text}\n\n{signature[ps.end() :].strip(' :,')}", signature[: ps.start()].strip()
            break
    return text, signature, cut


_POSTSCRIPT = re.compile(r"^\s*(p\.?\s?s\.?|n\.?b\.?)(?=[\s:,])", re.I | re.M)


# The writer points at answers typed in capitals inside our quoted mail ("Antwoord in hoofdletters in de tekst", "see
# my answers in capitals"): our mails have no line in capitals, so such lines in the quote are the writer's.
_IN_CAPITALS = re.compile(r"\bin\s+(hoofdletters|kapitalen|capitals|caps|upper\s*case)\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _capitals(lines: list[str]) -> list[str]:
    """The lines written in capitals (at least two words, nearly all letters upper case), in sentence case."""
    found = []
    for line in lines:
        letters = [ch for ch in line if ch.isalpha()]
        if len(line.split()) >= 2 and len(letters) >= 6 and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters):
            words = line.lstrip("> ").strip()
            found.append(" ".join(part[:1].upper() + part[1:].lower() for part in _SENTENCE_END.split(words)))
    return found


# A line the writer typed inside our quoted mail, marked as theirs: "--> ja", "==> Nee", "<< graag", "*** kom ik",
# "[Jan: kom ik]", "Antwoord: nee", or begun in capitals ("JA", "18 MAART LUKT MIJ NIET; ..."): our mails have none.
# (Stricter than intents.ANSWER_MARK, which reads the sentence once it is the writer's: here a bare ">" is a quote.)
_ANSWER_MARKED = re.compile(r"^\s*(-{1,3}>|={1,3}>|<<+|\*{2,}|\[[^\]\n]{1,40}:|(antwoord|answer|reactie)\s*:)", re.I)
_CAPITAL_WORD = re.compile(r"^[^\W\d_]{2,}[.,;:!]*$")


def _answer_line(line: str) -> bool:
    """Is ``line`` marked as typed by the writer (a marker, or begun in capitals)?"""
    if _ANSWER_MARKED.match(line):
        return True
    words = [w for w in line.split() if not w.strip(".,;:!?").isdigit()][:3]
    return (
        bool(words)
        and all(_CAPITAL_WORD.match(w) and w.isupper() for w in words)
        and (len(words) >= 2 or words[0].strip(".,;:!").lower() in _ANSWER_WORDS)
    )


_ANSWER_WORDS = frozenset({"ja", "nee", "neen", "jawel", "yes", "no", "akkoord", "graag", "prima"})


def _typed_inside(lines: list[str]) -> list[str]:
    """The lines typed inside our quoted mail (unmarked or ">" quoting): those marked, without their markers, those
    that are not our words (_between_ours), an answer in brackets after a line of ours ("Wanneer: donderdag 11 maart
    [ja, aanwezig]"), and what is typed under our whole mail."""
    found = []
    between = _between_ours(lines, 0)
    for n, line in enumerate(lines):
        quoted = line.lstrip().startswith(">")
        bare = line.lstrip().lstrip("> ") if quoted else line.lstrip()
        if quoted and not bare.startswith(("-->", "==>", "<<")):
            continue  # our own quoted line (a marker typed after the ">" is the writer's)
        if _answer_line(bare):
            found.append(_ANSWER_MARKED.sub("", bare).strip(" ]"))
        elif n in between:
            found.append(between[n].strip())
        elif (added := _BRACKETED.search(bare)) and not _HEADER_NEXT.match(bare) and not _HEADER_START.match(bare):
            found.append(added.group(1).strip())
    return found


# An answer in brackets after a line of ours; not one of our references ("[atelier:2027-1]", "[ref:AF-...]").
_BRACKETED = re.compile(r"\S\s*\[(?![\w-]+:\S)([^\[\]\n]*[^\W\d_][^\[\]\n]*)\]\s*$")
_QUOTE_MARKS = re.compile(r"^[\s>]*")


def _between_ours(lines: list[str], start: int) -> dict[int, str]:
    """The unmarked lines a writer typed between the lines of our mail quoted from ``start`` (its header block, if
    any, first), up to the next quoted header (an older mail under ours): ours.typed_between reads our words from the
    templates. Up to our signature's closing, whose lines are all placeholders, so that only their place tells they
    are ours; what follows our last sign-off line ("info@ambtelijkefusie.nl") is typed under our whole mail."""
    n = start
    while n < len(lines) and (
        not lines[n].strip() or _is_cut(lines, n) or _HEADER_START.match(lines[n]) or _HEADER_NEXT.match(lines[n])
    ):
        n += 1
    end = next((m for m in range(n, len(lines)) if _is_cut(lines, m)), len(lines))
    closing = next((m for m in range(n, end) if _CLOSING.match(lines[m])), None)
    quote = [_QUOTE_MARKS.sub("", line) for line in lines[n : closing or end]]
    typed = {n + k: text for k, text in ours.typed_between(quote, unsigned=closing is not None).items()}
    if closing is not None:
        signoff = [m for m in range(closing, end) if _OUR_SIGNOFF.match(_QUOTE_MARKS.sub("", lines[m]))]
        if signoff:
            under = range(signoff[-1] + 1, end)
            typed |= {m: lines[m] for m in under if lines[m].strip() and not _SEPARATOR_LINES.match(lines[m])}
    return {m: text for m, text in typed.items() if not lines[m].lstrip().startswith(">")}


def _under_forward(lines: list[str], start: int) -> list[str]:
    """What is typed under a forward whose original is quoted with ">" (bottom-posting after "Forwarded message",
    nothing written above it): the lines after the last quote line, up to another header. Empty when none follow."""
    last = max((n for n in range(start, len(lines)) if lines[n].lstrip().startswith(">")), default=None)
    if last is None:
        return []
    under: list[str] = []
    for n in range(last + 1, len(lines)):
        if _is_cut(lines, n):
            break
        under.append(lines[n])
    return under


def own_text(body: str, sender: str | None = None) -> Own:
    """Split a decoded body into the person's own text and signature; quotes, footer, disclaimer removed.

    ``sender``: the From address, to tell a director's own forwarded mail from someone else's (_passed_on)."""
    passed, passed_on_for = "", None
    footer_yes = _yes_to_footer(body.split("\n"))
    footer_reply = "" if footer_yes else _under_footer(body.split("\n"))
    body, footer = remove_footer(body)
    cut: str | None = None
    lines = body.split("\n")
    kept: list[str] = []
    skip_to = 0
    stop = len(lines)  # where the writer's text was cut
    below = False  # below an "On ... wrote:" over ">" quotes: a line right under a quote line is its wrapped tail
    between: dict[int, str] = {}  # (unless it is not our words: _between_ours)
    for i, line in enumerate(lines):
        if i < skip_to or (
            below
            and line.strip()
            and i > 0
            and lines[i - 1].lstrip().startswith(">")
            and not _answer_line(line)
            and between.get(i) != line  # (a whole line of the writer's)
        ):
            continue
        reason = _is_cut(lines, i)
        if reason == "citaatkop" and (after := _quoted_after(lines, i)) is not None:
            cut, skip_to, below = reason, after, True  # answers below the ">" lines are the writer's
            between = _between_ours(lines, after)
            continue
        # ("-----Original Message-----" over a header block over ">" quotes: the same, one line lower)
        over = i + 1 if reason == "scheidingslijn" else i
        if (
            reason in ("outlookkop", "outlookstreep", "scheidingslijn")
            and (after := _header_over_quotes(lines, over)) is not None
        ):
            cut, skip_to, below = reason, after, True  # Outlook's header block over ">" quotes: likewise
            between = _between_ours(lines, after)
            continue
        if reason:
            cut = reason
            if _FORWARD_INTRO.search("\n".join(kept)):
                passed, passed_on_for = _passed_on(lines, i, sender)  # the request passed on is the writer's too
            elif reason in ("scheidingslijn", "doorgestuurd") and not "".join(kept).strip():
                kept = _under_forward(lines, i)  # nothing above a forward: the writer may have typed under it
            stop = i
            break
        if line.lstrip().startswith(">"):  # interleaved or bottom quotes: drop, keep reading
            cut = cut or "citaat"
            continue
        kept.append(line)
    if cut and _IN_CAPITALS.search("\n".join(kept)):
        kept += _capitals(lines[stop:])  # "Antwoord in hoofdletters in de tekst": those lines are the writer's
    elif cut and (inside := _typed_inside(lines[stop:])):
        # the answers typed inside our quoted mail, below anything written above it ("Zie hieronder")
        kept = [*kept, "", *inside] if "".join(kept).strip() else inside
    text = "\n".join(kept)
    pasted = _unmarked_ours(text)
    if pasted is not None:
        under = _SEPARATOR_LINES.sub("", text[pasted[1] :]).strip()  # typed under the whole pasted mail
        text, cut = "\n\n".join(filter(None, (text[: pasted[0]].rstrip(), under))), cut or "eigen-mail"
    text, signature, disclaimer = _signed(text)
    cut = cut or disclaimer
    if passed:
        # The intro's own signature stays the writer's; the forwarded mail's words follow its greeting.
        passed = _signed(passed)[0].strip()
        text = f"{text.strip()}\n\n{passed}"
    return Own(
        text=text.strip(),
        signature=signature,
        cut=cut,
        footer_removed=footer,
        footer_yes=footer_yes,
        footer_reply=footer_reply,
        passed_on=passed,
        passed_on_for=passed_on_for,
    )
