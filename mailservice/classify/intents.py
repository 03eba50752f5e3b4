"""What a person asks for, in their own words: the word patterns behind subscribe, unsubscribe, RSVP and erasure.

Patterns run on the person's own text (quotes, our footer and disclaimers removed, see quotes.py) plus the subject
without its "RE:" prefix. Dutch first, with the English that some directors write. A hit inside a negated
sentence ("ik wil me niet afmelden") does not count: the rules then fall back to ``other``, a human looks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = r"(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
# The atelier and its synonyms: "afmelden voor het atelier" is an RSVP "no", not leaving the network (issue 3).
_EVENT = (
    r"(het\s+|de\s+|dit\s+|deze\s+|het\s+(komende|volgende|eerstvolgende)\s+|a\.?s\.?\s+)?"
    r"(atelier|leer-?\s*(en|&)\s*inspireer\S*|bijeenkomst|sessie|meeting|vergadering|middag|ochtend|keer|"
    r"\d{1,2}\s+\w+|\w+dag\b)"
)
# A thumb or a tick (yes), a thumb down or a cross (no) as the whole answer (reading.py reads them as bare answers).
EMOJI_YES = "\U0001f44d\u2705\u2714\u2611"
EMOJI_NO = "\U0001f44e\u274c"
_EMOJI_TAIL = r"[\U0001F3FB-\U0001F3FF\uFE0F]*[\s!.]*$"  # skin tone and variation selector allowed
# The mark before an answer typed under one of our questions: "--> JA", "Antwoord: nee" (reading.py too).
ANSWER_MARK = r"([-=>]+\s*|(antwoord|answer)\s*:\s*)"
# "bij" of being there ("ik ben er graag bij"), not of a workplace or people ("ben ik directeur bij Servicepunt71").
_BIJ_PRESENT = r"bij\b(?!\s+(de|het|een|\S*\d|(?-i:[A-Z])))"
# For a while only: "until October", "for now", "during my sabbatical".
_NOT_FOR_A_WHILE = r"(?![^.!?\n]{0,40}\b(until|till|for\s+now|for\s+the\s+time\s+being|for\s+a\s+while|during)\b)"
# Off a list for one atelier only: "haal mij maar van de lijst voor dit atelier" declines, it does not leave.
_NOT_FOR_ONE_ATELIER = r"(?!\s+voor\s+(dit|het|deze|de)\s+(atelier|bijeenkomst|sessie|\d))"

SUBSCRIBE = re.compile(
    # English: "I'd love to be part of the network", "would you add me please?" (not looking back: "It has been a real
    # pleasure to be part of the network")
    r"(?<!pleasure\sto\s)(?<!privilege\sto\s)(?<!honour\sto\s)(?<!honor\sto\s)(?<!been\sto\s)"
    r"\b(be|become)\s+(a\s+)?part\s+of\s+(the|your)\s+(\w+\s+)?network\b|"
    r"\b(would|could|can|will)\s+you\s+(please\s+)?add\s+me\b(?!\s+(to|in|on)\s+(the\s+|your\s+)?(whatsapp|linkedin|teams|group))|"
    r"(\baanmelden\b|\baanmelding\b|\bmeld(t|en)?\s+(ik\s+|u\s+)?(mij|me|ons|hem|haar)\b.{0,60}?\baan\b|"
    r"\bwil(t|len)?\s+(graag\s+)?(mij|me|hem|haar)\b.{0,40}?\baanmelden|\binschrijven\b|\binschrijving\b|"
    r"\bschrijf\s+(mij|me|hem|haar)\b.{0,40}?\bin\b|\blid\s+(worden|te\s+worden|word)\b|"
    r"\bals\s+lid\s+op\s+de\s+\w*lijst\s+(komen|staan|gezet|zetten)\b|"
    r"\bword\w*\s+(ik\s+|wij\s+|we\s+)?((graag|ook|weer|opnieuw|dan|nu)\s+){0,2}lid\b|"
    r"\b(deelnemen|aansluiten|aan\s+te\s+sluiten)\s+(bij|aan)\s+(het|uw|jullie)\s+netwerk(?![\w-])|"
    r"(?<!mijn\s)(?<!onze\s)\bdeelname\s+(aan\s+)?(het\s+|uw\s+|jullie\s+)?netwerk(?![\w-])|"
    r"\bsluit\w*\s+(ik\s+|wij\s+|we\s+)?(mij\s+|me\s+|ons\s+)?(graag\s+|ook\s+)?aan\s+bij\s+(het|uw|jullie)\s+netwerk(?![\w-])|"
    r"\b(meedoen|mee\s+doen|aanhaken)\s+(met|aan|bij)\s+(het|uw|jullie)\s+netwerk(?![\w-])|"
    r"\bdoe\w*\s+(\w+\s+){0,2}mee\s+(met|aan)\s+(het|uw|jullie)\s+netwerk(?![\w-])|"
    r"\b(op|aan)\s+(de|uw|jullie)\s+(mailing|verzend|distributie)-?lijst\s+(zetten|plaatsen|toevoegen|gezet)|"
    r"\btoevoegen\s+aan\s+(de|uw|jullie)\s+(mailing|verzend)-?lijst|"
    r"\bsubscribe\b|(?<!before i )\bsign\s+(me\s+)?up\b|\bjoin\s+(the|your)\s+network)",
    re.I | re.S,
)
# How one may leave something else, not a request: "Afmelden kan altijd, met één klik onderaan elke editie".
_HOW_ONE_MAY = r"(?!\s+kan\s+(altijd|via|met|door|onderaan|bij|op|hier|eenvoudig|simpel))"
UNSUBSCRIBE = re.compile(
    # "Please don't send me anything further"
    r"\b(do\s+not|don'?t)\s+(send|e-?mail|mail)\s+me\s+anything\s+(further|more|else)\b|"
    # (not how one may leave something else: "Afmelden kan altijd, met één klik onderaan elke editie")
    r"(\bafmelden\b" + _HOW_ONE_MAY + r"|\bafmelding\b|"
    r"\bmeld(t|en)?\s+(ik\s+|u\s+)?(mij|me|ons|hem|haar)\b.{0,60}?\baf\b|"
    r"\buitschrijven\b" + _HOW_ONE_MAY + r"|\buitschrijving\b|\bschrijf\s+(mij|me|ons|hem|haar)\b.{0,40}?\buit\b|"
    r"\bafm(leden|eldne|edlen|elen|eleden)\b|\buitsch(rjiven|ijven|rijvne)\b|\buit(scrijven|shrijven|schrijve)\b|"
    r"\bunsubscribe\b|\bremove\s+me\b|\bopzeggen\b|\b(end|cancel|terminate|discontinue)\s+my\s+membership\b|\blidmaatschap\s+(beëindigen|stopzetten|opzeggen)|"
    r"\bgeen\s+((e-?)?mails?|berichten|uitnodigingen|nieuwsbrie\w+)\s+meer\s+(ontvangen|krijgen|toesturen|sturen)|"
    r"\bvan\s+(de|uw|jullie)\s+((mailing|verzend|distributie|leden|e-?mail)-?)?lijst\s+(te\s+)?(af|(af)?halen|verwijderen|schrappen)|"
    r"\bhaal\s+(mij|me|mijn\s+(e-?mail)?adres)\s+(\w+\s+){0,2}van\s+(de|uw|jullie)\s+(?!wacht|deelnemers|aanwezigheids|gasten|presentie)\S*lijst"
    + _NOT_FOR_ONE_ATELIER
    + r"|"
    r"\bstop\s+(\w+\s+){0,2}(met\s+)?(mailen|e-?mailen|sturen|toesturen|(e-?)?mails|berichten)\b|(?m:^\s*stop\s*[.!]*\s*$)|"
    r"\b(mij|me|ons)\s+(niet\s+(meer|langer)|geen\s+(\S+\s+){1,2}meer)\s+(te\s+)?(mailen|e-?mailen|sturen|toesturen|benaderen|uitnodigen)\b|"
    # "stuur mij alstublieft geen uitnodigingen of oproepen meer"
    r"\bstuur\s+(mij|me|ons)\s+(\w+\s+){0,2}geen\s+(\w+\s+){0,3}(uitnodigingen|oproepen|e-?mails|mails|berichten|mailings)\s+meer\b|"
    r"\b(mij|me|mijn\s+(e-?mail)?adres)\s+(\w+\s+){0,2}uit\s+(het|uw|jullie)\s+\w*bestand\s+(te\s+)?(verwijderen|halen|schrappen)\b|"
    r"\bverwijder\w*\s+(mij|me|mijn\s+(e-?mail)?adres)\b|"
    # English: "drop me from the list", "take me off your mailing list", "stop sending me these emails"
    r"\b(drop|take|strike|cross|scratch)\s+me\s+(off|from)\s+(the|your)\s+(\w+\s+)?(list|mailing\s*list|distribution\s+list)\b|"
    r"\bremove\s+(my\s+name|my\s+(e-?mail\s+)?address)\b)",
    re.I | re.S,
)
RSVP_NO = re.compile(
    # English: "I can't make 11 March", "I can't be spared that day"
    r"\b(i|we)\s+(can'?t|cannot|can\s+not|won'?t\s+be\s+able\s+to)\s+(make\s+(it|the\s+\w+|\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2})|"
    r"be\s+spared)\b|"
    # ("Ik meldde me vorige week af voor het atelier, maar ..." tells an earlier answer)
    r"(\b(afmelden|afmelding|uitschrijven|uitschrijving|meld(?!de\b|den\b)\w*\s+(ik\s+)?(mij|me)\s+(\w+\s+){0,3}af)\s+voor\s+"
    + _EVENT
    + r"|"
    r"\bremove\s+me\s+from\s+the\s+(attendee|participant|guest)s?\s+list\b|"
    r"\b(verwijder|schrap|annuleer)\w*\s+(a\.?u\.?b\.?\s+)?mijn\s+(aanmelding|inschrijving|plaats|registratie)\s+voor\s+"
    + _EVENT
    + r"|"
    r"\b(moet|wil)\s+(mij|me)\s+((?!niet\b|geen\b|nooit\b)\w+\s+){0,3}afmelden\b|"
    r"\b(kan|kunnen|zal|zullen)\s+(er\s+)?(\w+\s+){0,4}niet\s+(bij\s+)?(kunnen\s+)?(zijn|komen|aanwezig|deelnemen|erbij\s+zijn)|"
    r"\bkan\s+(\w+\s+){0,3}niet\s*([.,!;]|$)|\bniet\s+aanwezig\b|\bverhinderd\b|\bverhindred\b|\b(mij|me|ons)\s+(\w+\s+){0,2}verontschuldigen\b|\bverontschuldig\w*\s+(mij|me|ons)\b|\bhelaas\s+geen\s+tijd|\bverstek\b|\b(ik\s+)?kom\s+(helaas\s+)?(niet|nie)\b(?!\s+alleen)(?!\s+(\w+\s+){0,4}toe\b)|"
    r"\b(ik\s+kom|wij\s+komen|we\s+komen)\s+(er\s+)?(\w+\s+){0,5}niet\b(?!\s+alleen)(?!\s+(\w+\s+){0,4}toe\b)|"
    # "Ik laat deze keer schieten", "dit atelier laat ik aan mij voorbijgaan"
    r"\b(ik\s+laat|laat\s+ik)\s+(\w+\s+){0,4}(schieten|aan\s+mij\s+voorbij\s*gaan)\b|"
    # "ben er op 11 maart helaas niet bij", "ik ben er die dag niet"
    r"\b(ik\s+ben|ben\s+ik|ben|wij\s+zijn|zijn\s+wij|we\s+zijn|zijn\s+we)\s+er\s+(\w+\s+){0,4}niet(\s+bij)?\s*([.,!;]|$|bij\b)(?!\s*geweest)|"
    r"\bneem\w*\s+(helaas\s+)?niet\s+deel\b|\b(cannot|can't|can\s+not|unable\s+to|won't\s+be\s+able\s+to)\s+(take\s+part|participate)\b|\blukt\s+(het\s+)?(mij|me|ons)\s+(\w+\s+){0,2}niet\b|"
    r"\b(ik\s+ben|wij\s+zijn|we\s+zijn)\s+er\s+((die\s+dag|dan|helaas|zelf)\s+){0,3}niet\s*([.,!;]|$)|"
    r"\bben\s+(er\s+)?(helaas\s+)?niet\s+bij\b|\bben\s+ik\s+er\s+((helaas|dan|zelf|die\s+dag)\s+){0,2}niet\b(?!\s+(alleen|zeker|gerust))|"
    # "op 11 maart kan ik er helaas niet bij"
    r"\b(kan|kunnen)\s+(ik|wij|we)\s+er\s+(\w+\s+){0,3}niet\s+bij\b|"
    r"\bmoet\s+(helaas\s+)?verstek\s+laten\s+gaan|"
    # the writer elsewhere that day: "op 11 maart ben ik helaas op werkbezoek" (not "hij zit die week op een congres")
    r"\b((ben|zit)\s+ik|ik\s+(ben|zit))\s+(\w+\s+){0,3}op\s+(een\s+)?(werkbezoek|congres|cursus|studiereis|dienstreis)\b|"
    # "Daarom kom ik niet naar het atelier", "Ik moet u ook teleurstellen voor 11 maart", a bare "Helaas" (sign below)
    r"\b(kan|kunnen)\s+(ik|wij|we)\s+(er\s+)?(\S+\s+){0,5}niet\s+(bij\s+zijn|erbij\s+zijn|komen|aanwezig\s+zijn)\b|"
    r"\bkom\s+(ik|wij|we)\s+((helaas|dus|deze\s+keer|dit\s+keer|dan|die\s+dag)\s+){0,2}niet\b(?!\s+alleen)(?!\s+(\w+\s+){0,4}(toe|op\s+terug)\b)|"
    r"\bteleurstellen\s+(voor|op)\s+(\d{1,2}\s+"
    + MONTHS
    + r"|het\s+atelier|de\s+bijeenkomst|(maan|dins|woens|donder|vrij)dag)\b|"
    r"^\s*helaas\s*$|"
    r"\b(cannot|can't|can\s+not|won't|will\s+not\s+be\s+able\s+to|unable\s+to)\s+(attend|make\s+it|join|come)|"
    r"^\s*(geweigerd|declined|afgewezen)\s*:|^\s*"
    + ANSWER_MARK
    # (not "No worries, see you there")
    + r"?(nee|neen|no)\b(?!\s+(worries|problem|need|rush)\b)[\s,.!]*|"
    r"^\s*[" + EMOJI_NO + "]" + _EMOJI_TAIL + "|"
    r"\b(komen|komt\s+u|aanwezig|aanwezigheid|deelname|deelnemen|attending|coming|attendance)\s*\??\s*[:=>-]+\s*(nee|neen|no)\b|\b(helaas|dus)\s+toch\s+niet\b|"
    r"\b(mijn\s+)?(aanmelding|inschrijving)\s+(\w+\s+){0,4}(mag|kunt|kan|graag)\s+(\w+\s+){0,2}(schrappen|annuleren|"
    r"vervallen|verwijderen)\b)",
    re.I | re.M,
)
RSVP_YES = re.compile(
    # English in more words: "I come with pleasure", "he will attend the atelier" (whose answer it is, policy decides)
    r"\b(i|we)\s+(come|attend)\s+(with\s+(great\s+)?pleasure|gladly|happily)\b|"
    r"\b(he|she)\s+(will|'ll|would\s+like\s+to)\s+(gladly\s+|happily\s+)?(attend|come|be\s+there|join\s+(you|us))\b|"
    # "ik kom er", not "ik kom er (helaas) niet": the "niet" comes after these words.
    r"(\b(ik\s+)?kom\s+(graag|zeker|er\s+graag|er|ook|in\s+(elk|ieder)\s+geval|hoe\s+dan\s+ook|sowieso)\b(?!\s+(\w+\s+){0,2}niet\b)|"
    r"\b(wij|we)\s+komen\s+(graag|zeker|er|ook|met|allebei|beiden|samen)\b(?!\s+(\w+\s+){0,2}niet\b)|"
    r"\b(ik\s+ben|wij\s+zijn|we\s+zijn)\s+(er\s+)?(graag\s+|zeker\s+|die\s+dag\s+)?"
    r"(bij|aanwezig|erbij|van\s+de\s+partij)\b|\b(ik\s+ben|wij\s+zijn|we\s+zijn)\s+(\S+\s+){0,4}(aanwezig|erbij)\b|"
    r"\bdat\s+(ik|wij|we)\s+((op|er|zeker|graag|gewoon|die)\s+|\d{1,2}\s+\w+\s+){0,4}van\s+de\s+partij\s+(ben|zijn)\b|\baanwezig\s+zijn\b|\bneem\w*\s+(graag\s+)?deel\b|"
    r"\b(aanmelden|aanmelding|meld\w*\s+(ik\s+|wij\s+|we\s+)?(mij|me|ons)\s+(\w+\s+){0,3}aan)\s+voor\s+" + _EVENT + r"|"
    r"\bmeld\w*\s+(ik\s+|wij\s+|we\s+)?(mij|me|ons)\s+(graag\s+|bij\s+deze\s+)?aan\b|\bgraag\s+aanmelden\b|\bschrijf\s+(mij|me)\s+(\w+\s+){0,2}in\b|"
    r"\bbevestig\w*\s+(ik\s+|wij\s+|we\s+)?(hierbij\s+)?(graag\s+)?(mijn|onze)\s+(aanwezigheid|komst)\b|"
    r"\bschuif\w*\s+(ik\s+|wij\s+|we\s+)?(graag\s+|ook\s+|zeker\s+)?aan\b|"
    # (not joining the network: "I'd like to join the network")
    r"\bi\s*(will|'ll|would\s+like\s+to|'d\s+like\s+to|should\s+like\s+to)\s+(attend|join(?!\s+(the|your|this)\s+(\w+\s+)?"
    r"(network|netwerk|list|mailing))|be\s+there|come)|\bcount\s+me\s+in|"
    r"^\W*(i'?m|i\s+am|we'?re|we\s+are)\s+(definitely\s+|certainly\s+|so\s+)?in\s*[.!]*\s*$|"
    r"^\s*(geaccepteerd|accepted|aanvaard)\s*:|^\s*" + ANSWER_MARK + r"?(ja|yes)\b[\s,.!]*|"
    # a thumb or a tick as the whole answer (skin tone and variation selector allowed)
    r"^\s*[" + EMOJI_YES + "]" + _EMOJI_TAIL + ")",
    re.I | re.M,
)
RSVP_WORDS = re.compile(r"\b(atelier|leer-?\s*(en|&)\s*inspireer|bijeenkomst|uitnodiging|invitation)\b", re.I)
TENTATIVE = re.compile(
    r"^\s*((uitnodiging\s+)?voorlopig(\s+geaccepteerd)?|tentative|tentatively\s+accepted|invitation\s+tentatively\s+accepted)"
    r"\s*:",
    re.I | re.M,
)

ERASE = re.compile(
    r"(\b(verwijder|wis|vernietig)\w*\s+(\S+\s+){0,5}(al\s+)?(mijn|onze|mij\s+en\s+mijn)\s+((persoons)?gegevens|persoonlijke\s+(informatie|gegevens))|"
    r"\b(mijn\s+)?((persoons)?gegevens|persoonlijke\s+(informatie|gegevens)),?\s+(\S+\s+){0,9}(verwijder(en|t)|wis(sen|t)|vernietig(en|t))\b|"
    # "mijn persoonsgegevens uit jullie bestanden te schrappen", "haal mijn gegevens uit jullie administratie"
    r"\b(mijn\s+)?(persoons)?gegevens\s+(\S+\s+){0,4}uit\s+(uw|jullie|de|het)\s+(bestand(en)?|systemen|systeem|administratie|"
    r"database|registratie)\s+(te\s+)?(schrappen|halen)\b|"
    r"\b(haal|schrap)\w*\s+(al\s+)?(mijn|onze)\s+(persoons)?gegevens\s+(\S+\s+){0,2}uit\s+(uw|jullie|de|het)\s+(bestand(en)?|"
    r"systemen|systeem|administratie|database|registratie)\b|"
    # asked in the passive: "Ik wil nu dat al mijn gegevens uit uw systemen worden verwijderd" (not "zijn verwijderd")
    # "Mijn eigen gegevens wil ik daarna volledig verwijderd hebben"
    r"\bgegevens\s+(wil|zou)\s+ik\s+(\w+\s+){0,3}(verwijderd|gewist|vernietigd)\s+(hebben|zien|worden)\b|"
    r"\b(wil|willen|verzoek\w*)\s+(\w+\s+){0,3}dat\s+(al\s+)?mijn\s+(persoons)?gegevens\s+(\S+\s+){0,6}(worden|wordt)\s+"
    r"(verwijderd|gewist|vernietigd)\b|\b(verwijder|wis)\w*\b[^.!?\n]{0,40}\b(avg|gdpr)\b|"
    r"\b(verwijder|wis)\s+(al\s+)?mijn\b[^.!?\n]{0,80}\b(avg|gdpr)\b|\berasure\s+of\s+(all\s+)?my\b|\bmy\s+(personal\s+)?(data|information|details|records)\s+(\w+\s+){0,3}(erased|deleted|removed|wiped)\b|"
    r"\bdelete\s+everything\s+(you\s+)?(hold|have|keep)\s+(on|about)\s+me\b|"
    r"\b(delete|erase|remove|wipe)\s+(\w+\s+){0,3}(personal\s+)?(data|information|details|records)\s+(\w+\s+){0,2}"
    r"(hold|have|keep|store)\s+(\w+\s+)?(on|about|of)\s+me\b|\b(delete|erase|wipe)\b[^.!?\n]{0,80}\((gdpr|avg)\)|"
    r"\brecht\s+op\s+(vergetelheid|vergeten\s+(te\s+)?worden|gegevenswissing|verwijdering)\b|right\s+to\s+(be\s+forgotten|erasure)\b|"
    r"\bniets\s+(meer\s+)?van\s+(mij|me)\s+(\w+\s+){0,3}(achterblijft|achter\s+blijft|overblijft|bewaard\s+blijft)\b|"
    r"\b(naam|gegevens|adres)\b[^.!?\n]{0,60}\buit\s+(jullie|uw|je|de)\s+(\w+\s+)?(bestand|bestanden|systeem|systemen|administratie|"
    r"database|registratie)\s+(te\s+)?(verwijder\w*|wis\w*|halen)\b|"
    # "Verwijder mijn e-mailadres direct uit uw bestand", "gooi mijn gegevens weg"; with words between: "Verwijdert u
    # s.v.p. mijn naam en e-mailadres uit al uw bestanden"
    r"\b(verwijder|wis|vernietig)\w*\b[^!?\n]{0,30}\b(mijn|m'n)\s+(naam|(e-?mail)?adres|(persoons)?gegevens)\b[^!?\n]{0,40}"
    r"\buit\s+(al\s+|alle\s+)?(jullie|uw|je|de|het)\s+(\w+\s+)?(bestand|bestanden|systeem|systemen|administratie|database|"
    r"databases|registratie|archief)\b|"
    r"\b(verwijder|wis)\w*\s+(mijn\s+)?(naam|(e-?mail)?adres|gegevens)\s+(\w+\s+){0,2}uit\s+(jullie|uw|je|het|de)\s+(\w+\s+)?"
    r"(bestand|bestanden|systeem|systemen|administratie|database|registratie)\b|"
    r"\b(gooi|doe)\s+(\w+\s+){0,2}((mijn|m'n)\s+)?(persoons)?gegevens\s+(\w+\s+)?weg\b|"
    r"\bgooi\w*\s+(\w+\s+){0,2}(mijn|m'n)\s+(persoons)?gegevens\s+(\w+\s+){0,3}in\s+de\s+(prullenbak|papierbak|vuilnisbak)\b|"
    # "Wis(t u) mijn naam en e-mailadres alstublieft volledig", "verwijder mijn adres definitief"
    r"\b(verwijder|wis)\w*\s+(u\s+|jullie\s+)?(al\s+)?mijn\s+(naam|(e-?mail)?adres|gegevens)(\s+en\s+(mijn\s+)?(naam|(e-?mail)?adres|"
    r"gegevens))?\s+(\w+\s+){0,2}(volledig|helemaal|definitief|permanent|overal)\b|"
    r"\b(verwijder|wis|vernietig)\w*\s+(\S+\s+){0,3}(alle\s+)?(persoons)?gegevens\s+die\s+(u|jullie|je)\s+(\w+\s+){0,3}"
    r"(van|over)\s+(mij|me)\b|\bforget\s+me\b|\bart(icle|\.)?\s*17\b|"
    r"\berasure\s+of\s+(all\s+)?(the\s+)?(personal\s+)?data\s+(\w+\s+){0,4}(about|on|of)\s+me\b|"
    # "Wilt u mijn naam en adres per direct wissen?", "vergeet mij verder maar helemaal", "erase my personal details"
    r"\b(mijn|m'n)\s+(naam|(e-?mail)?adres|gegevens)(\s+en\s+(mijn\s+)?(naam|(e-?mail)?adres|gegevens))?\s+(\w+\s+){0,3}"
    r"(wissen|vernietigen)\b|\bvergeet\s+(mij|me)\s+(\w+\s+){0,3}(helemaal|volledig|compleet)\b|"
    r"\b(erase|delete|wipe)\s+(all\s+)?my\s+(personal\s+)?(data|details|information|records)\b|"
    r"\bvergeet\s+(mij|me)\b.{0,60}\b(avg|gdpr)\b|\bvergeet\s+(mij|me)[\s,]*((alstublieft|alsjeblieft|aub|a\.u\.b\.|svp|maar)[\s,]*)?[.!]|"
    # "Ik wil nergens meer in uw bestanden voorkomen"
    r"\bnergens\s+(meer\s+)?in\s+(uw|jullie|je|de|een)\s+(\w+\s+)?(bestand|bestanden|systeem|systemen|administratie|database|"
    r"registratie)\s+(\w+\s+)?(voor\s*komen|voorkomen|staan|terugkomen)\b|\bwis\s+(\w+\s+){0,3}alles\s+(wat|dat)\s+(u|jullie|je)\s+(\w+\s+){0,3}(mij|me)\b|"
    # "gooi mijn naam, mailadres en wat jullie nog van me hebben maar weg", "niks meer in jullie bestanden"
    r"\bgooi\w*\s+(\w+\s+){0,2}(mijn|m'n)\s+(naam|(e-?)?mail(adres)?|adres|gegevens)\b[^.!?\n]{0,80}\bweg\b|"
    # "Wis m'n adres aub en alles wat eraan vastzit"
    r"\b(wis|verwijder)\w*\s+(u\s+|jullie\s+)?(m'n|mijn)\s+(naam|(e-?)?mail(adres)?|adres|gegevens)\s+(\w+\s+){0,2}en\s+alles\b|"
    r"\b(niks|niets)\s+(meer\s+)?(van\s+(mij|me)\s+)?in\s+(uw|jullie|je|de)\s+(\w+\s+)?(bestand|bestanden|systeem|systemen|"
    r"administratie|database)\b|"
    # "verwijder alles wat u over mij hebt vastgelegd", "alles weggooien wat jullie over mij hebben", "vergeten worden"
    r"\b(verwijder\w*|vernietig\w*|weggooien|gooi\w*)\s+(\w+\s+){0,2}alles\s+(wat|dat)\s+(u|jullie|je)\s+(\w+\s+){0,2}(over|van)\s+(mij|me)\b|"
    r"\balles\s+(weggooien|verwijderen|wissen|vernietigen)\s+(wat|dat)\s+(u|jullie|je)\s+(\w+\s+){0,2}(over|van)\s+(mij|me)\b|"
    r"\b(wil|willen)\s+(\w+\s+){0,5}vergeten\s+(te\s+)?worden\b|\brecht\s+om\s+(vergeten\s+te\s+worden|te\s+worden\s+vergeten)\b|"
    r"\b(delete|verwijder\w*|wis)\s+(al\s+)?mijn\s+data\b|"
    r"\bmijn\s+(naam|e-?mailadres|mailadres|adres|functie)((\s*,\s*|\s+en\s+)(naam|e-?mailadres|mailadres|adres|functie))*\s+"
    r"(\w+\s+){0,2}(uit|van)\s+(al\s+)?(jullie|uw|de|het)\s+\w*(database|databank|bestand\w*|administratie|systeem|systemen|"
    r"ledenlijst)\s+(te\s+)?(halen|haalt|verwijder\w*|wis(t|sen)?|schrap\w*)\b|"
    r"\bgegevens\s+(uit|van)\s+(jullie|uw|de)\s+\w*(database|databank|bestand\w*|administratie|systeem|systemen)\s+(te\s+)?"
    r"(halen|verwijderen|wissen|schrappen)\b|\brecht\s+op\s+(vergetelheid|verwijdering|gegevenswissing)|"
    r"\bartikel\s+17\b|\b(erase|delete|remove)\s+(all\s+)?(of\s+)?my\s+(personal\s+)?(data|information)|"
    r"\bright\s+to\s+(be\s+forgotten|erasure)|"
    r"\b(erase|delete|remove)\s+(all\s+)?(of\s+)?(the\s+)?(personal\s+)?(data|information|details)\s+(\w+\s+){0,4}(about|of|on)\s+me\b|"
    r"\b(erase|delete)\s+(all\s+)?my\s+(name|details|address|e-?mail\s+address|records?)\b|"
    r"\b(avg|gdpr)\b.{0,80}\b(wis(t|sen)|verwijder(t|en)|vernietig(t|en))\b|"
    r"\b(definitief|volledig|permanent)\s+(wissen|verwijderen|vernietigen)\b|"
    # "Verwijder mijn e-mailadres en andere gegevens", "... volledig uit jullie systeem"
    r"\b(verwijder|wis)\w*\s+(al\s+)?mijn\s+(\S+\s+){0,4}(en|met|plus)\s+(alle\s+)?(andere|overige|verdere)\s+gegevens\b|"
    r"\b(volledig|helemaal|definitief)\s+uit\s+(jullie|uw|het|de)\s+(\w+\s+)?(systeem|systemen|bestand\w*|administratie|database)\b|"
    # what the network holds of the writer, told as a whole and struck: "gooi wat je van me hebt ook weg", "al het
    # andere dat u van mij bewaart wissen", "Haal mijn naam overal weg"
    r"\b(gooi|haal|doe)\s+(\w+\s+){0,2}(wat|alles\s+wat|alles\s+dat)\s+(je|u|jullie)\s+(\w+\s+){0,2}(van|over)\s+(mij|me)\s+"
    r"(\w+\s+){0,2}weg\b|"
    r"\b(al\s+het\s+(andere|overige)|alles)\s+(wat|dat)\s+(u|jullie|je)\s+(\w+\s+){0,2}(van|over)\s+(mij|me)\s+"
    r"(bewaart|bewaren|hebt|heeft|hebben|opslaat|vastlegt|registreert)\s+(\w+\s+){0,2}(wissen|verwijderen|weggooien|"
    r"vernietigen|schrappen)\b|"
    r"\b(haal|verwijder|wis)\w*\s+(u\s+|jullie\s+)?(mijn|m'n)\s+(naam|gegevens|(e-?mail)?adres)\s+(\w+\s+)?overal\s+(weg|uit)\b)",
    re.I,
)
# An erasure said with its own "niet" (read with ``inherent``: only a negation before it takes it back): "ik wil niet
# dat u nog iets van mij bewaart", "ik wil niet meer in jullie bestanden staan".
ERASE_NOT_KEPT = re.compile(
    r"\bniet\s+(meer\s+)?(dat|dat\s+u|dat\s+jullie|dat\s+je)\s+(\w+\s+){0,3}(iets|gegevens|informatie)\s+(\w+\s+)?(van|over)\s+"
    r"(mij|me)\s+(bewaart|bewaren|opslaat|opslaan|vastlegt|vastleggen|bijhoudt|bijhouden)\b|"
    r"\b(niet|nergens)\s+meer\s+in\s+(uw|jullie|je|de)\s+(\w+\s+)?(bestand|bestanden|systeem|systemen|administratie|database|"
    r"archief|archieven)\s+(\w+\s+)?(staan|voorkomen|voor\s+komen)\b",
    re.I,
)
# Someone who says they stay: "afmelden voor de nieuwsbrief, maar wel lid blijven" is not leaving the network.
STAY = re.compile(
    r"\b((wel|graag)\s+(\w+\s+){0,2}lid\s+blijven|lid\s+(wil|blijf)\s+(ik\s+)?(wel\s+)?blijven|"
    r"(wil|blijf)\s+(\w+\s+){0,3}lid\s+(van\s+het\s+netwerk\s+)?blijven|lid\s+(van\s+(het|uw|jullie|dit)\s+netwerk\s+)?blijf\s+ik|blijf\s+ik\s+(\w+\s+){0,2}lid|"
    # ("Ik blijf dus graag lid", not "ik blijf geen lid")
    r"\bblijf\s+((?!(geen|niet|nooit)\b)\w+\s+){1,3}lid\b|"
    r"(stay|staying|remain|remaining)\s+((on\s+)?as\s+)?(a\s+)?member|(stay|staying|remain|remaining)\s+(in|with)\s+the\s+network|"
    r"blijf\s+(\w+\s+)?in\s+het\s+netwerk|"
    r"(stay|staying|remain|remaining)\s+(on|in)\s+the\s+(mailing\s+)?list|(stay|staying|remain|remaining)\s+subscribed|"
    r"(wel|graag)\s+(\w+\s+){0,2}(op\s+de\s+(mailing|verzend)?lijst|in\s+het\s+netwerk)\s+(blijven|staan)|"
    # "Until then, please keep me on the list", "houd mij tot die tijd op de verzendlijst"
    r"keep\s+me\s+(\w+\s+)?(on|in)\s+(the|your)\s+(\w+\s+)?(list|network)|keep\s+me\s+subscribed|keep\s+my\s+membership|"
    r"(houd|hou|laat)\s+(mij|me)\s+(\w+\s+){0,3}op\s+de\s+(leden|mailing|verzend)?lijst|"
    # some of our mails kept: "De uitnodigingen en de oproepen wil ik wel blijven ontvangen", "I'd still like to get the
    # invitations" (a leave beside it is from one kind of mail only)
    # (the writer's own: not "Mijn collega's moeten wel uitnodigingen blijven krijgen")
    r"wil\s+ik\s+(\w+\s+){0,5}(nog\s+)?(wel|graag|gewoon)\s+(blijven\s+)?(ontvangen|krijgen)|"
    # nothing to change yet: "dus verander nu nog niets", "tot dan hoeft er niets te veranderen"
    r"\bverander\s+(u\s+|jullie\s+)?(nu\s+)?(nog\s+)?niets|(er\s+)?(nu\s+)?(nog\s+)?niets\s+(te\s+)?veranderen\b|"
    r"(ik|wij|we)\s+(wil|willen|zou|zouden)\s+(\w+\s+){0,4}blijven\s+(ontvangen|krijgen)|"
    r"\bi'?d\s+still\s+like\s+to\s+(get|receive)\s+(the\s+)?(invitations|calls|newsletters?))\b",
    re.I,
)
# An earlier leave taken back: "Vergeet u mijn afmelding", "mijn afmelding van vorige week mag u terugdraaien" (not
# the atelier's: "negeer mijn afmelding voor het atelier").
LEAVE_TAKEN_BACK = re.compile(
    r"\b(vergeet|negeer|schrap|annuleer)\w*\s+(u\s+|jullie\s+|je\s+)?(\w+\s+)?(mijn|de|onze)\s+(eerdere\s+|vorige\s+)?"
    r"(afmelding|uitschrijving|opzegging)\b(?!\s+(voor|van)\s+(het|de|dat)\s+(atelier|bijeenkomst))|"
    r"\b(afmelding|uitschrijving|opzegging)\s+(\w+\s+){0,5}(terugdraaien|ongedaan\s+maken|intrekken|terugnemen|vergeten|"
    r"negeren|als\s+niet\s+verzonden)\b|"
    r"\b(cancel|ignore|disregard|withdraw)\s+my\s+(earlier\s+|previous\s+)?(unsubscribe\s+request|cancellation|request\s+to\s+"
    r"(unsubscribe|leave))\b",
    re.I,
)
# Undoing a goodbye, in answer to our "u bent afgemeld" (rules._undo_leave): there "lid blijven", "toch blijven" or "was
# een vergissing" is enough, or the leave taken back in so many words.
UNDO_LEAVE = re.compile(
    LEAVE_TAKEN_BACK.pattern
    + r"|\b(lid\s+blijven|blijf\s+((?!(geen|niet|nooit)\b)\w+\s+){0,3}lid|(toch|graag|liever)\s+(\w+\s+)?blijven|"
    r"wil\s+(\w+\s+){0,2}blijven|"
    r"(was|is)\s+(een\s+)?(vergissing|misverstand)|per\s+ongeluk|(stay|remain)\s+(on|subscribed|a\s+member)|"
    r"keep\s+me\s+(on|subscribed)|by\s+mistake)\b",
    re.I,
)
# Staying said by excepting the network: "afmelden voor de nieuwsbrief, maar niet voor het netwerk zelf" (the "niet"
# is the phrase's own: reading.SIGNALS marks it inherent).
NOT_THE_NETWORK = re.compile(
    r"\b(maar\s+)?niet\s+(voor|van|uit)\s+het\s+netwerk(\s+zelf)?\b|\bbut\s+not\s+(from\s+|for\s+)?the\s+network\b",
    re.I,
)
# An AVG access request (art. 15, issue 16): "inzageverzoek", "verzoek om inzage", "inzage in mijn gegevens", "welke
# gegevens heeft u van mij", "een kopie van mijn persoonsgegevens", "artikel 15 AVG"; never a bare "inzage" ("het
# verslag ligt ter inzage").
ACCESS_REQUEST = re.compile(
    r"\b(inzageverzoek|(verzoek|vraag)\s+(om|tot)\s+inzage|inzage\s+(\w+\s+){0,3}(in|van|over)\s+(al\s+)?(mijn|de|welke|uw)\s+"
    r"(\w+\s+){0,2}(persoons)?gegevens|inzage\s+(\w+\s+){0,3}(avg|gdpr)|art(ikel|\.)\s*15\s+(van\s+de\s+)?(u?avg|gdpr)|"
    r"welke\s+(persoons)?gegevens\s+(\w+\s+){0,4}(van|over)\s+mij|"
    r"(een\s+)?(afschrift|kopie|overzicht)\s+van\s+(al\s+)?(de\s+)?(mijn\s+)?(persoons)?gegevens\s+(die\s+|welke\s+)?(u|jullie)|"
    r"(een\s+)?(afschrift|kopie)\s+van\s+(al\s+)?mijn\s+(persoons)?gegevens|"
    r"(subject\s+)?access\s+request|right\s+of\s+access|copy\s+of\s+(all\s+)?my\s+(personal\s+)?data|"
    r"what\s+(personal\s+)?data\s+(do\s+)?you\s+(hold|have|keep|store))\b",
    re.I,
)
# A member's new address (issue 16): "per 1 januari wijzigt mijn e-mailadres in ...", "mijn nieuwe adres is ...",
# "vanaf nu bereikbaar op ...". The address itself is the one written near these words (people.address_near).
NEW_ADDRESS = re.compile(
    r"\b(mijn\s+(e-?mail)?adres\s+(\w+\s+){0,3}(wijzigt|wordt|verandert|is\s+(voortaan|vanaf|per|gewijzigd|veranderd))|"
    r"(wijzig\w*|verander\w*)\s+(\w+\s+){0,2}mijn\s+(e-?mail)?adres|"
    r"mijn\s+nieuwe\s+(e-?mail)?adres|nieuw(e)?\s+e-?mailadres\s+(is|luidt|wordt)|adreswijziging|"
    # "stuur alles daarna voortaan naar corne.maas@...; dit verkorte adres wordt na de zomer opgeheven"
    r"(stuur|mail)\w*\s+(\w+\s+){0,6}voortaan\s+naar\s+(?=[\w.+-]+@)|(dit|dat|mijn|het\s+oude)\s+(\w+\s+)?(e-?mail)?adres\s+"
    r"((bij|van|op)\s+[\w-]+\s+)?wordt\s+(\w+\s+){0,4}opgeheven|"
    r"(op|naar|via)\s+(dit|dat|mijn|het|een)\s+(nieuwe|andere?)\s+(e-?mail)?adres|"
    r"(voortaan|vanaf\s+\w+(\s+\w+)?)\s+(ben\s+ik\s+|is\s+\w+\s+)?(alleen\s+)?(bereikbaar|te\s+bereiken)\s+(op|via)|"
    r"(my\s+)?(e-?mail\s+)?address\s+(is\s+changing|will\s+change|has\s+changed|changes)|my\s+new\s+(e-?mail\s+)?address)",
    re.I,
)
# A time still to come, from or until which: "vanaf die datum", "tot die tijd", "once it does", "until then".
UNTIL_LATER = re.compile(
    r"\b(tot\s+(die\s+tijd|dan|die\s+datum|dat\s+moment|mijn\s+(vertrek|pensioen)|\d)|vanaf\s+(die\s+datum|dan|dat\s+moment|\d)|"
    r"zodra|until\s+then|till\s+then|once\s+(it|i|my)|after\s+(that|my)|na\s+(mijn\s+)?(vertrek|pensioen|\d))",
    re.I,
)
# Our atelier named: "het atelier", "Leer- en inspireer-atelier", our subject tag "[atelier:2027-1]".
OUR_ATELIER = re.compile(r"\b(atelier\w*|leer-?\s*(en|&)\s*inspireer\S*)|\[atelier:", re.I)
# The writer says the mail was not meant for us: "verkeerd geadresseerd", "niet voor u bedoeld", "wrong recipient".
MISADDRESSED = re.compile(
    r"\b(verkeerd\s+geadresseerd|aan\s+het\s+verkeerde\s+adres|naar\s+(de|het)\s+verkeerde\s+(persoon|adres|ontvanger)|"
    r"niet\s+voor\s+(u|jullie)\s+bedoeld|sent\s+(this\s+)?to\s+the\s+wrong|wrong\s+(recipient|address)|"
    r"not\s+(meant|intended)\s+for\s+you|"
    # "Oeps, verkeerde mail beantwoord", "op de verkeerde mail gereageerd", "replied to the wrong e-mail"
    r"verkeerde\s+(mail|e-?mail|bericht)\s+(\w+\s+)?(beantwoord|gereageerd|gestuurd)|op\s+de\s+verkeerde\s+(mail|e-?mail|bericht)\s+"
    r"(\w+\s+)?(gereageerd|geantwoord)|(replied|responded|answered)\s+to\s+the\s+wrong\s+(e-?mail|mail|message|thread))\b",
    re.I,
)
# Someone else by role, after "mijn"/"onze": "mijn collega", "onze adjunct-directeur", "mijn plaatsvervanger".
A_COLLEAGUE = (
    r"(collega|adjunct|plaatsvervanger|opvolg|mededirecteur|teamleider|managementassistent|wethouder|"
    r"burgemeester)[\w-]*"
)
# A sign-up for the writer and someone else: "meld mij en mijn adjunct aan", "my deputy and I", "ons MT".
WRITER_TOO = re.compile(
    r"\b((mij|me|mijzelf|mezelf|ikzelf|myself|me)\s+(en|and|plus)\s+|(en|and|als\s+ook)\s+(mij|me|mijzelf|mezelf|myself)\b|"
    r"\w+\s+and\s+i\b|(ons|onze)\s+(voltallige\s+|hele\s+)?(mt|managementteam|directie|team)\b|"
    # "Graag meld ik mezelf aan, en meteen ook mijn collega Noor Hendrikx"
    r"(mij|me|mijzelf|mezelf)\s+(\w+\s+){0,5}aan\b[^.!?\n]{0,60}?\ben\s+((meteen|tegelijk|direct|dan)\s+)?ook\s+"
    r"(mijn|onze)\s+(\w+\s+)?(\w*directeur|" + A_COLLEAGUE + r"))",
    re.I,
)
# The writer and another, as one subject: "Mijn collega Douwe en ik willen graag allebei lid worden", "Kees Vlot en
# ik willen ons aanmelden", "wij zouden beiden graag lid worden" (one sign-up is one person).
WE_BOTH = re.compile(
    r"\ben\s+ik\s+(willen|zouden|wensen|gaan)\b|\b(wij|we|ons)\s+(\w+\s+){0,2}(allebei|beiden|beide|alle\s+twee|samen)\b|"
    r"\b(willen|zouden)\s+(\w+\s+)?(allebei|beiden|alle\s+twee)\b|\b(both\s+of\s+us|the\s+two\s+of\s+us)\b",
    re.I,
)
# The writer says they are not a director (the network is for directors): "Ik ben masterstudent", "Als zelfstandig
# adviseur", "As a council member", "ik ben geen directeur".
NOT_A_DIRECTOR = re.compile(
    r"\b((ik\s+ben|als|i\s+am|i'm|as\s+an?)\s+(\w+\s+){0,2}?(student|masterstudent|promovendus|phd|onderzoeker|researcher|"
    r"\w*adviseur|advisor|adviser|\w*consultant|raadslid|gemeenteraadslid|journalist|beleidsmedewerker|policy\s+officer|"
    r"accountmanager|leverancier|supplier|vendor|"
    r"stagiair\w*|intern|fractievoorzitter|wethouder|burgemeester|council\s+member|councillor)\b|"
    r"ik\s+ben\s+((nog|helemaal|echt|dus|ook)\s+)?geen\s+directeur|i'?m\s+not\s+a\s+director|i\s+am\s+not\s+a\s+director|"
    # writing for a company described beside its name: "Namens Zaakwijs, leverancier van zaaksystemen, ..."
    r"\b(namens|on\s+behalf\s+of)\s+[^,.\n]{1,40},\s+(\w+\s+)?(leverancier|supplier|provider)\s+(van|of)\b)",
    re.I,
)
# What opens a request made on the answer to the question before it: "Zo ja, ...", "In dat geval ...", "If so".
IF_SO = r"(zo\s+ja|in\s+dat\s+geval|als\s+dat\s+kan|if\s+so|if\s+that'?s\s+possible)"
# The bare noun or verb of registering: after our goodbye it speaks of the atelier when the mail names it
# (policy._join, rules._undo_leave).
REGISTRATION = re.compile(r"(aanmelding|aanmelden|aangemeld|inschrijving|ingeschreven)", re.I)
# A successor who "neemt mijn lidmaatschap over": a hand-over of the membership, not only of the job.
_TAKES_THE_MEMBERSHIP = r"neemt\s+(\w+\s+)?(mijn|het)\s+lidmaatschap\s+(\w+\s+){0,2}over"
LEAVING = re.compile(
    r"\b(met\s+pensioen|pensionering|vertrek\w*|vertrokken|afscheid|ik\s+ga\s+eruit|het\s+stokje\s+(\w+\s+){0,3}over|nieuwe\s+(baan|functie|uitdaging|werkgever)|andere\s+functie|"
    r"uit\s+dienst|(mijn|de)\s+laatste\s+werkdag|neemt\s+mijn\s+(taken|functie|plaats)\s+over|opvolger|"
    + _TAKES_THE_MEMBERSHIP
    + r"|"
    r"neemt\s+.{0,60}?\bmijn\s+(taken|functie|plaats|rol)\s+(\w+\s+){0,5}over|(lidmaatschap|plaats)\s+(\w+\s+){0,3}overdragen|"
    r"neemt\s+.{0,80}?\bmijn\s+plek\s+in\s+(het|ons|jullie|uw)\s+(\w+\s+)?netwerk\s+(in|over)\b|"
    r"\b(mijn\s+)?(taak|taken|functie|rol)\s+(\w+\s+){0,4}draag\s+(ik|wij|we)\s+(\S+\s+){0,4}over\s+aan\b|"
    # "per 1 september draag ik de directie over aan Carolien Bos"
    r"\bdraag\s+(ik|wij|we)\s+(\w+\s+){0,3}(directie|functie|taken|taak|rol|leiding|stokje)\s+over\b|"
    r"(leaving|left)\s+(the|this|my|our)\s+(organi[sz]ation|municipality|job)|retir\w+|successor|geen\s+directeur\s+meer|niet\s+langer\s+directeur|"
    r"no\s+longer\s+(with|at|working\s+(for|at)|employed\s+(by|at))\s+(the|this|our|my)\s+(organi[sz]ation|municipality|company)|"
    r"niet\s+meer\s+(werkzaam\s+|in\s+dienst\s+)?(bij|van)\s+(de|het|onze|deze)\s+(werk)?organisatie|"
    # "Mijn functie wordt per 1 oktober overgenomen door Grietje Venema"
    r"\bmijn\s+(functie|taken|rol|plaats|baan|positie)\s+(wordt|worden)\s+(\S+\s+){0,4}overgenomen\b|"
    # ("ben per 1/4 weg bij de GR": a date between)
    r"(ben|ga)\s+(\S+\s+){0,3}weg\s+bij\s+(de|het|mijn|onze)\b)\b",
    re.I,
)
SUCCESSOR = re.compile(
    # the swap in so many words: "Wilt u mij uitschrijven en haar aanmelden?", "Graag hem aanmelden (...) en mij
    # afmelden"
    r"\b(mij|me)\s+(\w+\s+){0,2}(uitschrijven|uit\s+te\s+schrijven|afmelden|af\s+te\s+melden)\s+en\s+(hem|haar)\s+"
    r"(\w+\s+){0,2}(aanmelden|aan\s+te\s+melden|inschrijven|in\s+te\s+schrijven|uitnodigen|uit\s+te\s+nodigen)\b|"
    r"\b(hem|haar)\s+(\S+\s+){0,3}?(aanmelden|inschrijven|aan\s+te\s+melden|in\s+te\s+schrijven)\s+(\S+\s+){0,4}?en\s+(mij|me)\s+"
    r"(\w+\s+){0,2}(afmelden|uitschrijven|af\s+te\s+melden|uit\s+te\s+schrijven)\b|"
    r"\b(mijn\s+opvolg(st)?er|(?<!zijn\s)(?<!haar\s)(?<!hun\s)(?<!diens\s)opvolg(st)?er(\s+is|\s+wordt|\s*:\s*\w+)|opgevolgd\s+door|mijn\s+vervang(st)?er|neemt\s+mijn\s+(taken|functie|plaats|rol)\s+over|"
    r"neemt\s+.{0,60}?\bmijn\s+(taken|functie|plaats|rol)\s+(\w+\s+){0,5}over|nieuwe\s+directeur|neemt\s+.{0,60}?\bhet\s+over\b|(worden|wordt)\s+(\S+\s+){0,4}overgenomen\s+door|my\s+successor|"
    r"\bvolgt\s+(mij|me)\s+(\S+\s+){0,4}op\b|\b(mij|me)\s+(\w+\s+){0,2}opvolgt\b|\b" + _TAKES_THE_MEMBERSHIP + r"\b|"
    # "mijn lidmaatschap per 1 juli te beëindigen en haar als lid in te schrijven"
    r"\bmijn\s+lidmaatschap\s+(\S+\s+){0,5}?(te\s+)?(beëindigen|beeindigen|opzeggen|op\s+te\s+zeggen|stopzetten|stop\s+te\s+zetten)\s+"
    r"en\s+(hem|haar)\s+(\w+\s+){0,3}(aan\s+te\s+melden|in\s+te\s+schrijven|aanmelden|inschrijven)\b|"
    # (in the network: "neemt mijn plek in" alone is the atelier's substitute)
    r"\bneemt\s+.{0,80}?\bmijn\s+plek\s+in\s+(het|ons|jullie|uw)\s+(\w+\s+)?netwerk\s+(in|over)\b|"
    # "Per 1 mei draag ik mijn functie als directeur over aan mevrouw X", "haar in mijn plaats als lid inschrijven"
    r"\bdraag\s+(ik|wij|we)\s+(\w+\s+){0,3}(functie|taken|taak|rol|plaats|plek|lidmaatschap)\s+(\w+\s+){0,4}over\s+aan\b|"
    r"\bin\s+mijn\s+plaats\s+als\s+lid\b|\bneemt\s+(zijn|haar)\s+(plaats|plek)\s+in\s+(het|ons|jullie|uw)\s+(\w+\s+)?netwerk\s+over\b|"
    # "Mijn plek in het netwerk neemt Ruud Koster over", "mijn lidmaatschap gaat naar mijn opvolger"
    r"\bmijn\s+((plek|plaats|zetel|stoel)\s+(in|bij|van)\s+(het|ons|jullie|uw)\s+(\w+\s+)?netwerk|lidmaatschap(\s+van\s+"
    r"(het|ons|jullie|uw)\s+(\w+\s+)?netwerk)?)\s+(neemt|nemen|gaat\s+(\w+\s+)?naar|wordt\s+(\w+\s+)?(ingenomen|overgenomen)|"
    r"is\s+(\w+\s+)?voor)\b|"
    r"\b(mijn\s+)?(taak|taken|functie|rol)\s+(\w+\s+){0,4}draag\s+(ik|wij|we)\s+(\S+\s+){0,4}over\s+aan\b|\bvervangt\s+.{0,80}?\b(mij|me)\b,?\s+(ook\s+)?(in|bij)\s+(het|ons|jullie|uw)\s+(\w+\s+)?netwerk\b|"
    r"neemt\s+.{0,60}?\bhet\s+stokje\s+(\w+\s+){0,3}over|\bpakt\s+(het|dit)\s+(\w+\s+){0,2}over\b|\bneemt\s+het\s+van\s+(mij|me)\s+over\b|\b(is|wordt)\s+([^.!?\n]|\.(?=\S)){3,100}?\s+(hier|nu|voortaan|inmiddels)\s+(de\s+)?(nieuwe\s+)?directeur|\bdraag\w*\s+(\w+\s+){0,2}het\s+stokje\s+over|"
    r"(stuur|mail)\w*\s+(\w+\s+){0,2}(post|mail|e-?mails?|berichten|uitnodigingen)\s+(\w+\s+){0,2}naar\s+(hem|haar|mijn\s+opvolg\w*)|(is|wordt)\s+(de\s+)?(nieuwe\s+)?opvolger)\b",
    re.I,
)
SUBSTITUTE = re.compile(
    r"\b(in\s+mijn\s+plaats(?!\s+als\s+lid)|namens\s+mij|(gaat|komt)\s+(\w+\s+)?namens\s+(mij|ons)|namens\s+(mij|ons|onze\s+\w+)\s+(gaat|komt|schuift)|"
    r"\bmaar\s+(\S+\s+){1,5}?(komt|gaat)\b(?!\s+(niet|het|nog))|(ik\s+stuur|stuur\s+ik)\s+(onze|mijn|een)\s+\S+|neemt\s+mijn\s+plaats\s+in|vervangt\s+mij|komt\s+in\s+plaats\s+van\s+mij|"
    r"(collega|plaatsvervanger|vervanger)\s+.{0,60}?\s+(komt|gaat|zal)\b|instead\s+of\s+me|in\s+my\s+place|"
    # "Vervanger: Wilma Bakker, w.bakker@...", "Wel komt Wilma Bakker (...)", "w.bakker@... gaat wel"
    r"\b(plaats)?vervang(st)?er\s*:|\b(substitute|replacement|stand-?in)\s*:|"
    r"\bwel\s+(komt|gaat|schuift)\b(?!\s+(het|er|niet|nog|ik|lukken|goed|door))|"
    r"[\w.+-]+@[\w-]+(\.[\w-]+)+[)>\]]?\s*,?\s*(komt|gaat|schuift\s+aan)\s+(wel|in\s+mijn\s+plaats)\b|"
    # "Ja: Wilma Bakker, w.bakker@..." under our question "komt een collega in uw plaats? Noem naam en e-mailadres"
    r"(?m:^[ \t]*(ja|yes)[ \t]*[:,\-\u2013][ \t]*((mijn\s+)?collega|mevrouw|de\s+heer|dhr\.?|mw\.?)?[ \t]*"
    r"(?-i:[A-Z\u00c0-\u00dd])[\w'\u2019.-]*([ \t]+[\w'\u2019.-]+){0,4}?[ \t]*[,(<:]?[ \t]*[\w.+-]+@))",
    re.I | re.S,
)
# ("Ik had me nog niet aangemeld voor 11 maart" is not yet, no denial; "neit" is "niet" typed in a hurry.)
NOT_ME = re.compile(
    # English: "Not me - somebody must have mistyped an address"
    r"^\W*not\s+me\b(?!\s+(only|alone|either))|\b(somebody|someone)\s+(must\s+have\s+)?(mistyped|misspelt|misspelled|"
    r"entered\s+the\s+wrong)\b|"
    # nobody here: "Vanaf dit adres heeft niemand zich aangemeld", "Niemand van ons heeft zich opgegeven"
    # ("zich": not "ik heb niemand opgegeven", no guest)
    r"\bniemand\s+(?!anders\s+dan\b)(\w+\s+){0,3}heeft\s+zich\s+(\w+\s+){0,2}(aangemeld|opgegeven|ingeschreven)\b|"
    r"\bheeft\s+niemand\s+zich\s+(\w+\s+){0,2}(aangemeld|opgegeven|ingeschreven)\b|"
    r"\bno\s*one\s+(here\s+)?(has\s+)?(signed|registered|subscribed)\b|\bnobody\s+(here\s+)?(has\s+)?(signed|registered|subscribed)\b|"
    r"(\b(?<!nog\s)(niet|neit)\s+(zelf\s+)?aangemeld|\bnooit\s+aangemeld|\b(niet|neit)\s+(door\s+mij\s+)?aangevraagd|\bniet\s+door\s+mij|"
    # (not a comparison: "ik heb mij nog nooit ergens zo snel aangemeld")
    r"\b((?<!nog\s)(niet|neit)|nooit)\s+((voor|bij)\s+)?((?!zo\b)\w+\s+){0,4}(opgegeven|aangemeld|ingeschreven|om\s+gevraagd|gevraagd)\b|"
    r"\bwie\s+heeft\s+mij|\bdidn't\s+sign\s+up|\bnot\s+made\s+by\s+me\b|\b(didn'?t|did\s+not)\s+(make|request)\s+(this|it|that)\b|\b(this|that|it)\s+(wasn't|was\s+not)\s+me\b|"
    r"\b(didn't|did\s+not|never)\s+ask(ed)?\s+(for|to\s+join)\b|\bdid\s+not\s+(sign\s+up|subscribe)|\bnever\s+(signed\s+up|subscribed)|"
    r"\b(dat|dit)\s+(was|ben)\s+ik\s+niet\b|\b(niets|niks|nergens)\s+(voor\s+)?(aangevraagd|aangemeld|opgegeven|ingeschreven)\b|"
    r"\b(dit|dat)\s+(moet|is)\s+(\w+\s+)?een\s+vergissing\b|\bken\s+(\w+\s+){0,2}(netwerk|u|jullie)\s+niet\b|\bweet\s+(hier\s+)?van\s+niets\b|"
    # "Ik herken deze aanmelding niet", "ik heb niets ingevuld", "Dit verzoek komt niet van mij"
    r"\bherken\s+(\w+\s+){0,2}(aanmelding|inschrijving|verzoek|registratie)\s+niet\b|\b(niets|niks)\s+ingevuld\b|"
    r"\b(komt|kwam|is|was)\s+niet\s+van\s+mij\b|"
    # the official register: "heeft zich op generlei wijze voor uw netwerk aangemeld"
    r"\b(op\s+generlei\s+wijze|geenszins|in\s+geen\s+geval)\s+((voor|bij)\s+)?(\w+\s+){0,4}(opgegeven|aangemeld|ingeschreven|aangevraagd)\b)",
    re.I,
)
# A request about someone else's data, address or membership (policy._for_other): a third person in the sentence or
# the one before, an act verb, and nothing of the writer's own ("mij", "mijn gegevens").
THIRD_PERSON = re.compile(
    r"\b(haar|hem|hij|hun|diens|(?<!onder\s)zich|zijn\s+((e-?)?mail)?(adres|gegevens|persoonsgegevens|naam)|(mijn|onze|een)\s+((vorige|voormalige|oude|vertrokken|nieuwe|huidige)\s+)?(oud-?)?"
    # (not the writer's own post: "mijn directeursfunctie vervalt")
    r"(collega|voorganger|directeur|adjunct|managementassistent)(?!s?(functie|schap|rol|positie|post|taken)\b)\w*|oud-?directeur|voorganger|her|him|his|their|them|"
    r"colleague\S*|predecessor|iedereen|everyone|everybody|(alle|elk|ieder)\s+(\w+\s+)?(leden|lid)|"
    r"(all|every)\s+(the\s+|other\s+)?members?)\b",
    re.I,
)
# Signing up someone else, named by a pronoun or a role, not the writer: "meld ik hem hierbij aan als lid", "kunnen
# jullie haar ook aanmelden?", "please sign him up" (rules._subscribe, policy._rsvp: not the sender's own sign-up).
SIGNS_UP_ANOTHER = re.compile(
    r"\b(meld|schrijf|geef)\w*\s+((ik|wij|we|u|jullie|je)\s+)?((hierbij|graag|bij\s+deze|ook|meteen|direct|tegelijk|alvast)\s+)*"
    r"(hem|haar|mijn\s+(\w+\s+)?(directeur|collega|leidinggevende|opvolg(st)?er|adjunct)|onze\s+(\w+\s+)?(directeur|collega)|"
    # a whole team at once: "meld ik ons voltallige directieteam aan"
    r"(ons|onze|het|mijn)\s+(\w+\s+)?(directieteam|managementteam|mt|team|directie|collega's)\b|"
    # people counted or named by a plural: "meld ik ook de drie clustermanagers aan", "onze twee adjuncten"
    # (not data given: "geef ik de volgende gegevens op", "mijn gegevens")
    r"(?!((de|onze|mijn|alle)\s+)?([\w-]+\s+)?(gegevens|contactgegevens|personalia|details|stukken|antwoorden)\b)"
    r"(((de|onze|alle)\s+)?(twee|drie|vier|vijf|zes|zeven|acht|\d{1,2})\s+\w+|(de|onze|alle)\s+([\w-]+\s+)?[\w-]+(s|en)\b)|"
    # (an initial's full stop ends no sentence: "melden wij onze directeur, de heer P. Vermeulen, aan")
    r"de\s+heer|mevrouw|dhr\.?|mw\.?)(?!\s+(en|and)\s+(mij|mezelf|mijzelf|me)\b)(?:[^.!?\n]|(?<=\b[A-Z])\.){0,80}?"
    r"\b(aan|in|op)\b|"
    r"\b(hem|haar)\s+(\w+\s+){0,2}(aanmelden|inschrijven|toevoegen|aan\s+te\s+melden|in\s+te\s+schrijven|toe\s+te\s+voegen|"
    r"opgeven|op\s+te\s+geven)\b|\b(sign|register|add)\s+(him|her|my\s+(director|colleague|boss))\b|"
    r"\b(mijn|onze)\s+(\w+\s+)?collega\s+(\S+\s+){0,4}(ook\s+)?(uitnodigen|toevoegen|aanmelden|inschrijven)\b|"
    # the verb last, a role and a name between: "wil ik onze algemeen directeur, de heer R. Verbeek, aanmelden"
    r"\b(mijn|onze)\s+((\w+\s+){0,2}(directeur|directrice|" + A_COLLEAGUE + r")\w*|"
    r"(twee|drie|vier|vijf|zes|zeven|acht|\d{1,2})\s+[\w-]+)"
    r"(?:[^.!?\n]|(?<=\b[A-Z])\.){0,60}?\b(aanmelden|inschrijven|toevoegen|aan\s+te\s+melden|in\s+te\s+schrijven)\b|"
    # a title and a name, the verb last: "Ik wil graag de heer Van Lieshout, onze nieuwe directeur, aanmelden"
    r"\b(de\s+heer|mevrouw|dhr\.|mw\.|mevr\.)\s+(?-i:[A-Z])(?:[^.!?\n]|(?<=\b[A-Z])\.){0,80}?\b(aanmelden|inschrijven|"
    r"aan\s+te\s+melden|in\s+te\s+schrijven)\b|"
    r"\b(hij|zij)\s+(wil|zou)\s+(\w+\s+){0,2}lid\s+(worden|willen\s+worden)\b|"
    # "Mijn plaatsvervanger wil ook lid worden", "onze adjunct Eva Smit zou graag lid worden"
    r"\b(mijn|onze)\s+(\w+\s+)?"
    + A_COLLEAGUE
    # (or a clause between: "Mijn collega Wouter Rijkens, net begonnen als directeur Samenleving, wil ook lid worden")
    + r"((,?\s+[\w-]+){0,5}?|(\s+[\w-]+){0,3}?,[^.!?\n]{0,80}?),?\s+(wil|zou|wilt)\s+(\w+\s+){0,2}lid\s+"
    r"(worden|willen\s+worden)\b",
    re.I,
)
ACT_ON_DATA = re.compile(
    # ("hij wist niet dat ..." knew, it erased nothing)
    r"\b(verwijder\w*|wis(sen|t(?!\s+(niet|niets|wel|dat|van|nog|ook|toen|zeker|het\s+niet)\b))?|wijzig\w*|aanpass\w*|aan\s+te\s+passen|afmeld\w*|af\s+te\s+melden|meld\w*\s+\S+\s+af|"
    r"uitschrijv\w*|uit\s+te\s+schrijven|schrijf\w*\s+\S+\s+uit|schrap\w*|(uit|van)\s+(uw|jullie|de|het)\s+\w*(bestand|lijst)\w*|"
    r"niet\s+meer\s+(sturen|mailen|toesturen)|geen\s+((e-?)?mails?|berichten|uitnodigingen|post)\s+meer|"
    r"beëindig\w*|beeindig\w*|opzeg\w*|stopzet\w*|"
    r"remove|delete|erase|change|update|unsubscribe|take\s+(\S+\s+){1,5}?off)\b",
    re.I,
)
# Someone else's data named as the object: "haar gegevens", "zijn adres", "their details" (policy._for_other: even
# with "mij" elsewhere in the sentence, "verwijder haar gegevens en neem mij op").
OTHERS_DATA = re.compile(
    r"\b(haar|zijn|hun|diens)\s+((e-?mail)?adres|(persoons)?gegevens|naam|lidmaatschap|inschrijving)|"
    # ("Wilt u hem verwijderen en mij in zijn plaats aanmelden?": the act is on him)
    r"\b(hem|haar)\s+(\w+\s+)?(verwijderen|afmelden|uitschrijven|schrappen|wissen)\b|\b(verwijder|schrap|wis)\w*\s+(hem|haar)\b|"
    r"\b(her|his|their)\s+(personal\s+)?(data|details|address|e-?mail|membership|name)\b",
    re.I,
)
# A leave told as history: "heb me bij mijn vertrek laten uitschrijven", "had mij destijds afgemeld" (a returning
# member's story, no request now).
PAST_LEAVE = re.compile(
    r"\b(heb|had|hebben|hadden)\s+(ik\s+|wij\s+|we\s+)?(mij|me|ons)\s+(\w+\s+){0,5}?laten\s+(uitschrijven|afmelden)\b|"
    r"\b(heb|had)\s+(ik\s+)?(mij|me)\s+(\w+\s+){0,3}?(destijds|toen|indertijd|vorig\w*\s+jaar|eerder|ooit)\s+(\w+\s+){0,3}?"
    r"(afgemeld|uitgeschreven)\b|"
    # someone else's leave, done: "Jammer dat Henk zich heeft afgemeld bij het netwerk", "heeft hij zich uitgeschreven"
    r"\bzich\s+(\w+\s+){0,3}?(heeft|had|hebben|hadden)\s+(\w+\s+){0,3}?(afgemeld|uitgeschreven)\b|"
    r"\b(heeft|had|hebben|hadden)\s+(\w+\s+){0,3}?zich\s+(\w+\s+){0,4}?(afgemeld|uitgeschreven)\b|"
    r"\b(he|she|they)\s+(has|had|have)\s+(\w+\s+){0,2}?(unsubscribed|left\s+the\s+network)\b",
    re.I,
)
# An earlier answer or request reported, not made now: "Ik had afgezegd, maar ...", "Vorige week vroeg ik u al mijn
# gegevens te wissen. Dat verzoek trek ik in", "In mijn afzegging van gisteren gaf ik een verkeerd adres door", and
# thanks for what was done with it: "Dank voor het verwerken van mijn gewijzigde aanmelding".
EARLIER = re.compile(
    r"\b(vroeg|verzocht)\s+(ik|wij|we)\b|\b(i|we)\s+(asked|requested)\s+(you\s+)?(to\s+)?\b|"
    # "Vorige week meldde ik mij aan, maar ...": the earlier sign-up told, in the past tense
    r"\b(meldde|meldden|schreef|schreven)\s+(ik|wij|we)\s+(mij|me|ons)\b|\b(ik|wij|we)\s+(meldde|meldden|schreef|schreven)\s+"
    r"(mij|me|ons)\b|"
    r"\b(ik|wij|we)\s+(had|hadden)\s+((?!niet\b|nooit\b)\w+\s+){0,2}(afgezegd|afgemeld|aangemeld|gevraagd|verzocht)\b|"
    r"\b(ik|wij|we)\s+(heb|hebben)\s+((?!niet\b|nooit\b)\w+\s+){0,2}(eerder|al|gisteren|vorige\s+week)\s+"
    r"(\w+\s+)?(afgezegd|afgemeld|aangemeld|gevraagd|verzocht)\b|"
    r"\b(mijn|onze)\s+((eerdere|vorige)\s+)?(afzegging|afmelding|aanmelding|verzoek|mail|bericht)\s+van\s+(gisteren|"
    r"eergisteren|vorige\s+week|vanochtend|vanmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|\d{1,2}\s+"
    + MONTHS
    + r")\b|"
    r"\b(mijn|onze)\s+(eerdere|vorige)\s+(afzegging|afmelding|aanmelding|verzoek|antwoord|mail|bericht)\b|"
    r"\b(dank\w*|bedankt|thanks)\s+(\w+\s+){0,3}voor\s+(het|de|uw|jullie)\s+(\w+\s+){0,3}(verwerk\w*|doorvoer\w*|"
    r"aanpass\w*|afhandel\w*|wijzig\w*)",
    re.I,
)
OWN_DATA = re.compile(
    r"\b(mij|me|mijzelf|mijn\s+(eigen\s+)?((e-?)?mail)?(adres|gegevens|persoonsgegevens|naam)|myself|"
    r"my\s+(personal\s+)?(data|details|address|e-?mail|name|records?|information))\b",
    re.I,
)
# Withdrawing "my registration" ("trek mijn aanmelding in", "ik trek dat toch in", "cancel my registration"): the
# atelier's when the atelier is in the talk (policy._leave), a sign-up's in answer to our confirmation request.
WITHDRAW = re.compile(
    r"\btrek\w*\s+(\w+\s+){0,4}in\b|\b(intrekken|terugtrekken|annuler\w*|annuleer|laten\s+vervallen|cancel\w*|withdraw\w*)\b|"
    # "ik laat het gewoon vervallen", "na overleg zie ik er toch van af"
    r"\b(laat|laten)\s+(ik\s+)?(het|dat|deze|de|mijn)\s+(\w+\s+){0,2}vervallen\b|\bzie\s+(ik\s+)?(er\s+)?(\w+\s+){0,2}van\s+af\b|"
    r"\bzie\s+(ik\s+)?af\s+van\s+(de|mijn|het)\s+(aanmelding|lidmaatschap)\b",
    re.I,
)
# A question for the colleagues at the atelier, not us: "Wie heeft daar ervaring mee?", "Hoe pakken anderen dat aan?"
TO_PEERS = re.compile(
    r"^\W*wie\s+(van\s+(jullie|u|ons)\s+)?(heeft|hebben|kent|weet|doet)\b|\bervaring(en)?\s+mee\b|"
    r"\b(hoe|wat)\s+(doen|pakken|zien|vinden|regelen|organiseren)\s+(anderen|collega'?s|andere\s+\w+)\b",
    re.I,
)
# Coming for part of the atelier: "niet het hele programma", "alleen het eerste deel", "voor het laatste uur".
PART_OF_IT = re.compile(
    r"\bniet\s+(het\s+hele|de\s+hele|heel\s+het|het\s+volledige)\s+(\w+\s+)?(programma|middag|dag|bijeenkomst|atelier|"
    r"sessie)\b|\b(alleen|slechts|enkel)\s+(het\s+|de\s+)?(eerste|tweede|laatste)\s+(deel|uur|gedeelte|helft)\b|"
    r"\bvoor\s+het\s+(eerste|tweede|laatste)\s+(deel|uur|gedeelte)\b",
    re.I,
)
# Our programme asked about: "Komt Dienstverlening dit jaar ook nog aan bod?", "Staat digitalisering op het programma?"
PROGRAMME = (
    r"\b(komt|komen)\s+(\S+\s+){0,7}aan\s+bod\b|\b(staat|staan)\s+(\S+\s+){0,7}op\s+(het\s+)?(programma|agenda)\b"
)
# A question put to the secretariat next to a request ("Klopt het dat deelname kosteloos is?", "Is there a fee?"):
# the mail goes to a person whole (rules._also_asks). Asked of us, not a topic put as a
# question ("Hoe borgen we ...?").
ASKS_US = re.compile(
    r"\b((mag|kan|moet)\s+ik|kunnen\s+(we|wij)|(kan|mag|mogen|kunnen)\s+(mijn|onze|een|ook)\s|\w+t\s+u|is\s+(dat|het)\s+mogelijk|hoeveel|(kunt|kan|wilt|zou|zoudt)\s+(u|jij|je|jullie)|klopt\s+het|wat\s+kost|is\s+er\s+(nog\s+)?"
    r"(plaats|plek|ruimte|een\s+\w+)|zijn\s+er\s+(nog\s+)?(kosten|plaatsen|plekken)|wanneer\s+(is|wordt|komt|hoor)|"
    r"(can|may|should|could)\s+i|(could|can|would|will)\s+you|is\s+there|are\s+there|are\s+the|how\s+much|"
    # "Mogen zij zelf op de oproep reageren?" (opening the question; "Hoe kunnen zij ...?" may be a topic)
    r"^\W*(mag|mogen|kan|kunnen)\s+(zij|ze|hij)|^\W*(weet|weten)\s+(u|jullie|je)\s+(of|wanneer|waarom|hoe|wat|wie)|"
    r"^\W*(do|does)\s+(you|anyone)\s+know|"
    # "Nu mijn vraag: heeft het netwerk ervaring met ...?", "Kent het secretariaat een goede interim?"
    r"\b(mijn|onze)\s+vraag\s*(aan\s+(u|jullie|het\s+netwerk|het\s+secretariaat)\s*)?:|"
    r"\b(heeft|hebben|kent|kennen|weet|weten)\s+(het\s+netwerk|het\s+secretariaat)\b|"
    # asking leave, what a thing means to us, who may join: "Zou ik dat op het atelier mogen presenteren?", "Maakt dat
    # voor de telling iets uit?", "Staat het netwerk ook open voor directeuren van een gewone gemeente?"
    r"\bzou\s+ik\s+(\w+\s+){0,6}mogen\b|^\W*maakt\s+(dat|het|dit)\s+(\w+\s+){0,5}uit\b|"
    r"^\W*(staat|is)\s+(het\s+netwerk|het\s+atelier|dat|het|dit)\s+(\w+\s+){0,2}open\s+voor\b|" + PROGRAMME + r")\b",
    re.I,
)
ABOUT_PROGRAMME = re.compile(PROGRAMME, re.I)
# Second generation (issue 17): what people write beyond the phrases above, read per sentence (reading.py).
_NETWORK = r"(het|uw|jullie|dit|dat|ons)\s+(\w+\s+)?(netwerk|directeurennetwerk)(?![\w-])"
LEAVE_NETWORK = re.compile(
    # English: "Hereby I sign off for the network", "please sign me off"
    r"\bsign\s+(me\s+|myself\s+)?off\s+(for|from)\s+(the|your)\s+(\w+\s+)?network\b|\bsign\s+me\s+off\b|"
    # "deel ik u mede dat ik mijn deelname aan het netwerk beëindig", "beëindig ik hierbij mijn lidmaatschap", "een punt
    # zetten achter mijn lidmaatschap"
    r"(\b(punt|streep)\s+(\w+\s+){0,2}achter\s+(mijn|ons|onze)\s+(lidmaatschap|deelname)\b|\b(mijn|onze)\s+(deelname|lidmaatschap)\s+(aan|van|bij)\s+"
    + _NETWORK
    + r"\s+(\w+\s+){0,2}(beëindig|beeindig|opzeg|stop)\w*|"
    r"\b(beëindig|beeindig)\w*\s+(ik\s+)?(hierbij\s+|bij\s+dezen\s+)?(mijn|onze)\s+(deelname|lidmaatschap)\b|"
    r"\bstop\w*\s+(\w+\s+){0,2}(met|als\s+lid\s+van|bij)\s+" + _NETWORK + r"|"
    # "Schrap mij dus voor het atelier én als lid", "haal me ook als lid van de lijst", "Haal mij van de wachtlijst en
    # meteen ook van de ledenlijst"
    r"\b(schrap|haal|verwijder)\w*\s+(mij|me)\b[^.!?\n]{0,60}\bals\s+lid\b|"
    r"\b(schrap|haal|verwijder)\w*\s+(mij|me)\b[^.!?\n]{0,60}\b(van|uit)\s+(de|het|uw|jullie)\s+(ledenlijst|ledenbestand|"
    r"ledenadministratie)\b|"
    # "Afmelden graag, en dan voor het hele netwerk", "afmleden voor het netwerk" (typed in a hurry)
    r"\baf(meld|mled|meeld)\w*\b[^.!?\n]{0,30}\bvoor\s+(het|uw|jullie)\s+(hele\s+|gehele\s+|complete\s+)?(\w+\s+)?netwerk(?![\w-])|"
    r"\blidmaatschap\s+(\w+\s+){0,4}(beëindigd|beeindigd|opgezegd|stopgezet)\b|"
    # "Afmelden graag, en dan bedoel ik niet alleen voor 11 maart maar voor alle mailings van dit netwerk"
    r"\bniet\s+alleen\s+(voor|van)\b[^.!?\n]{0,40}?\bmaar\s+(ook\s+)?(voor|van)\s+(alle|al\s+de|het\s+hele|het|uw|jullie|dit)\b"
    r"[^.!?\n]{0,30}?\b(netwerk|mailings?|mails|berichten)\b|"
    r"\b(want|wish|would\s+like|like)\s+to\s+leave\s+(the|het|your|this)\s+(\w+\s+)?(network|netwerk)\b|"
    r"\bmet\s+" + _NETWORK + r"\s+(\w+\s+)?(stop|stoppen|ophoud|ophouden|kap|kappen)\b|"
    r"\b(mij|me)\s+(\w+\s+){0,2}afmeld\s+(als\s+lid\s+)?(van|voor|bij)\s+" + _NETWORK + r"|"
    # "Het heeft weinig zin dat ik nog op jullie ledenlijst sta; wilt u mij daar af halen?"
    r"\b(ledenlijst|verzendlijst|mailinglijst|adressenlijst|ledenbestand)\b[^.!?\n]{0,60}?\b(mij|me)\s+(daar|er)\s*(van)?af\s+"
    r"(te\s+)?hal\w*|"
    r"\b(stop|stoppen)\s+als\s+lid\b|\bik\s+stop\s*[.!]*\s*$|"
    r"\b(afmelden|afmelding|uitschrijven|uitschrijving|afgemeld|uitgeschreven)\s+(voor|van|bij|als\s+lid\s+van)\s+"
    + _NETWORK
    + r"|"
    r"\buit\s+"
    + _NETWORK
    + r"|\bvan\s+"
    + _NETWORK
    + r"\s+(af|weg)\b|\buitschrijven\b(?!\s+((voor|van|bij)\s+)?"
    + _EVENT
    + r")|"
    # the split verb as the infinitive above: "schrijf mij maar uit" (not "schrijf mij uit voor het atelier")
    r"\bschrijf\s+(mij|me)\s+(\w+\s+){0,2}uit\b(?![^.!?\n]{0,20}\b(voor|van|bij)\s+" + _EVENT + r")|"
    r"\bverla\w*\s+" + _NETWORK + r"|" + _NETWORK + r"\s+(\w+\s+){0,2}verla(ten|at)\b|"
    r"\baanmelding\s+(\w+\s+)?(intrekken|terugtrekken|ongedaan\s+maken|beëindigen|stopzetten|opzeggen)\b|"
    r"\btrek\w*\s+(\w+\s+){0,2}(lidmaatschap|inschrijving)\s+in\b|\bwithdraw\s+my\s+(membership|registration)\b|"
    # The separable verb ("meld mij ... af voor het netwerk"), as a member ("afmelden als lid"), for everything.
    r"\b(meld|schrijf)\w*\s+(ik\s+)?(mij|me|ons)\s+(\w+\s+){0,5}(af|uit)\s+(voor|van|bij|als\s+lid)\s+(\w+\s+)?"
    + _NETWORK
    + r"|"
    r"\b(afmelden|uitschrijven|afmelding|opzeggen|(meld|schrijf)\w*\s+(mij|me)\s+(\w+\s+){0,2}(af|uit))\s+als\s+lid\b|"
    r"\bals\s+lid\s+(af\s+te\s+melden|afmelden|uit\s+te\s+schrijven|uitschrijven|opzeggen)\b|"
    r"\b(afmelden|uitschrijven|afmelding|(meld|schrijf)\w*\s+(mij|me)\s+(\w+\s+){0,2}(af|uit))\s+voor\s+"
    r"(alles|alle\s+(\w+\s+)?((e-?)?mails?|berichten)|(de|uw|jullie)\s+(nieuwsbrie\w+|mailings?|berichten|(e-?)?mails?))\b|"
    r"\bgeen\s+((e-?)?mails?|berichten|uitnodigingen|post)\s+meer\b|\bgeen\s+((e-?)?mails?|berichten|uitnodigingen|post)\s+(meer\s+)?(van|uit)\s+"
    + _NETWORK
    + r"\s+meer\b|\bzie\s+(\w+\s+){0,2}af\s+van\s+(het\s+|mijn\s+)?(lidmaatschap|aanmelding|deelname\s+aan\s+"
    + _NETWORK
    # ("mijn aanmelding mag vervallen", not "waardoor mijn aanmelding is vervallen": what happened, nor "de eerdere
    # aanmelding mag vervallen": a second sign-up that replaces the first)
    + r")|\b(?<!eerdere\s)(?<!vorige\s)(?<!oude\s)(?<!eerste\s)(?<!andere\s)(?<!dubbele\s)"
    r"aanmelding\s+(?!(is|was|al|inmiddels)\b)(\w+\s+){0,2}(laten\s+)?vervallen\b|"
    r"\b(af|uit)\s+voor\s+(\S+\s+){1,4}?en\s+(ook\s+)?(voor|van|uit)\s+" + _NETWORK + r"|"
    # "geen mails meer" in English: "stop sending me (these) emails", "please don't email me anymore"
    r"\bstop\s+(sending|e-?mailing|mailing)\s+me\b|\b(do\s+not|don'?t)\s+(send|e-?mail|mail)\s+me\s+(\w+\s+){0,2}any\s*more\b|"
    # The network added as an afterthought: "Afmelden graag. Niet alleen voor het atelier, maar voor het hele
    # netwerk", "Graag afmelden, ook voor het netwerk".
    r"\b(afmeld\w*|uitschrijv\w*|af|uit)\b[\s,.;:!-]+((graag|alstublieft|svp|a\.u\.b\.?|dus|dan|maar)[\s,.;:!-]+)?"
    r"(niet\s+alleen\s+(voor|van|bij)\s+(\S+\s+){1,4}?(maar\s+)?(ook\s+)?|(en\s+)?ook\s+)(voor|van|bij|uit)\s+("
    + _NETWORK
    + r"|alles\b)|"
    # telegraphic, as in a subject: "AFMELDEN NETWERK", "opzeggen lidmaatschap"
    r"\b(afmelden|afmelding|uitschrijven|uitschrijving|opzeggen)\s+(\w+\s+)?(netwerk|directeurennetwerk|lidmaatschap)\b|\b(afmeld\w*|uitschrijv\w*)\b[^.!?\n]{0,60}?\bmaar\s+ook\s+(voor|van|bij|uit)\s+"
    + _NETWORK
    + r"|"
    # "haal me eraf", "Hierbij zeg ik mijn lidmaatschap (van het Netwerk ...) op", "Ik haak af als lid", "wilt u mij
    # niet langer als lid beschouwen"
    r"\bhaal\s+(mij|me)\s+(\w+\s+){0,2}eraf\b|\bzeg\w*\s+(ik\s+|wij\s+|we\s+)?(hierbij\s+)?(mijn|ons)\s+lidmaatschap\b|"
    # "Hierbij zeg ik mijn deelname aan het Netwerk van directeuren ... met ingang van heden op"
    r"\bzeg\w*\s+(ik\s+|wij\s+|we\s+)?(hierbij\s+)?(mijn|onze)\s+(deelname|lidmaatschap)\s+(aan|van|bij)\s+"
    + _NETWORK
    + r"[^.!?\n]{0,80}?\bop\b|"
    r"\bopzegging\s+(van\s+)?(mijn\s+|het\s+)?lidmaatschap\b|\b(haak\w*\s+(\w+\s+){0,2}af|afhaken)\s+als\s+lid\b|"
    r"\bniet\s+(langer|meer)\s+als\s+lid\s+(\w+\s+){0,5}(te\s+)?(beschouwen|zien|rekenen|registreren|vermelden)\b|"
    # "Ik wil niet meer deelnemen aan het netwerk", "lid wil ik niet langer zijn", "ik wil geen lid meer zijn"
    r"\bniet\s+(meer|langer)\s+(deelnemen|deel\s+nemen|meedoen|mee\s+doen)\s+(aan|met|bij|in)\s+" + _NETWORK + r"|"
    r"\b(wil|wens)\s+(ik\s+)?(\w+\s+){0,2}(niet\s+(meer|langer)\s+lid|geen\s+lid(\s+meer)?(\s+van(\s+\w+)?)?)\s+(te\s+)?(zijn|blijven)\b|"
    r"\blid\s+(wil|wens)\s+ik\s+(\w+\s+)?niet\s+(meer|langer)\s+(te\s+)?(zijn|blijven)\b|"
    r"\b(beëindig|beeindig)\w*\s+(\w+\s+){0,4}lidmaatschap|\blidmaatschap\s+(\w+\s+){0,3}(op(?!\s+(pauze|non-?actief|slapend|stil|inactief|een\s+laag\s+pitje|hold|naam|(mijn|m'n|het|een|dit|dat|ons|onze|zijn|haar)\s))|opzeg\w*|beëindigen|stoppen)\b|"
    r"\blidmaatschap\s+(\w+\s+){0,4}(ongedaan\s+maken|laten\s+(eindigen|vervallen|stoppen|beëindigen)|stopzetten)\b|"
    # "verzoek ik u mijn lidmaatschap van het netwerk te beëindigen", "wilt u mij uit het ledenbestand halen?"
    r"\blidmaatschap\s+(van\s+)?(\S+\s+){0,6}te\s+(beëindigen|beeindigen|stoppen|stop\s+te\s+zetten)\b|"
    r"\b(mij|me)\s+(\w+\s+){0,4}uit\s+(het|uw|jullie|de)\s+(leden)?(bestand|register|administratie)\s+(te\s+)?(halen|verwijderen|schrappen)\b|"
    r"\b(beëindiging|afmelding)\s+(\w+\s+)?(deelname|lidmaatschap|inschrijving)\b|"
    r"\b(schrap|verwijder|voer)\w*\s+(mij|me)\s+(\w+\s+){0,2}als\s+lid\b|\b(mij|me)\s+(\w+\s+)?als\s+lid\s+(afvoeren|schrappen|verwijderen)\b|"
    r"\bverdwijn\w*\s+(\w+\s+){0,2}van\s+(jullie|uw|de)\s+\w*lijst\b|\b(mij|me)\s+er\s+(\w+\s+){0,2}(afhalen|af\s+halen|afzetten|uithalen)\b|"
    r"\b(u|je|jullie)\s+(mag|mogen|kunt|kan|kunnen)\s+(mij|me)\s+(\w+\s+){0,2}(afmelden|uitschrijven|afvoeren)\b|"
    r"\b(wens|wil)\w*\s+(\w+\s+){0,3}geen\s+(verdere\s+)?(correspondentie|post|mail\w*|e-?mails?|berichten|uitnodigingen)\b|"
    # (not "Count me out for March - not out of the network!"; "not just for the atelier but for the network" is)
    r"\bcount\s+me\s+out\b(?=((?!\bnot\b(?!\s+(just|only|merely)\b)).){0,80}\bnetwork\b)|"
    r"\bgelieve\s+(mij|me)\s+(\w+\s+){0,3}(uit\s+te\s+schrijven|af\s+te\s+melden|te\s+verwijderen)\b|"
    r"\b(mij|me)\s+(\w+\s+){0,4}(uit\s+te\s+schrijven|af\s+te\s+melden)\b|\b(haal|zet)\w*\s+(mij|me)\s+er\s+(\w+\s+){0,2}af\b|"
    r"\bzeg\w*\s+(\w+\s+){0,2}lidmaatschap\s+op\b|\bdoe\w*\s+(\w+\s+){0,2}niet\s+(meer|langer)\s+mee\b|"
    r"\b(afgemeld|uitgeschreven|verwijderd)\s+(te\s+)?worden\b|\bworden\s+(afgemeld|uitgeschreven|verwijderd)\b|\bmeld\w*\s+(mij|me)\s+(\w+\s+){0,2}helemaal\s+af\b|"
    # (not "Het onderwerp ... mag wat mij betreft van de lijst")
    r"\b(naam|adres|e-?mailadres|(?<!wat\s)mij|(?<!wat\s)me)\s+(\S+\s+){0,2}van\s+(de|uw|jullie)\s+"
    r"(?!wacht|deelnemers|aanwezigheids|gasten|presentie)\S*lijst\b" + _NOT_FOR_ONE_ATELIER + r"|"
    r"\bvan\s+(de|uw|jullie)\s+(?!wacht|deelnemers|aanwezigheids|gasten|presentie)(\w+-?)?lijst\s+(af|halen|gehaald)\b|\btrek\w*\s+(\w+\s+){0,2}aanmelding\s+in\b|"
    r"\b(niet|geen)\s+(meer|langer)\s+(mailen|e-?mailen|sturen|toesturen)\b|\bniets\s+meer\s+(te\s+)?(sturen|toesturen|mailen)\b|"
    # (not "take me off it" after the waiting list: what "it" is, the sentence before says, and a person reads)
    r"\bstop\s+(met\s+)?(mailen|e-?mailen)\b|\b(please\s+)?(remove|take)\s+me\s+(off|from)\b"
    r"(?!\s+(the|your|de|jullie|uw)\s+(wait|wacht|attendee|participant|guest|deelnemers|gasten))(?!\s+(it|there)\b)(?!\s+(this|that)\s*([.,;:!?]|$))|"
    r"\bunsubscribe\b|"
    r"\bleave\s+the\s+network\b|\bcancel\s+my\s+(membership|subscription|registration)\b|"
    r"\bno\s+longer\s+(wish|want)\s+to\s+(receive|get)\b|"
    # "this feels like the right moment to say goodbye to the network", "Daarom neem ik afscheid van het netwerk" (the
    # writer's own: "besloot afscheid te nemen van het netwerk" may be a predecessor's)
    r"\b(say|bid)\s+(goodbye|farewell)\s+to\s+(the|your|this)\s+(\w+\s+)?network\b|"
    r"\b((neem|nemen)\s+(ik|wij|we)|(ik|wij|we)\s+(neem|nemen)|(wil|ga)\s+ik)\s+(\w+\s+){0,3}afscheid\s+(\w+\s+)?van\s+"
    r"(het|jullie|uw)\s+(\w+\s+)?netwerk\b|"
    # "There's no need to keep writing to me from now on", "please stop mailing me"
    # (not for a while: "no need to send me invitations until October")
    r"\bno\s+need\s+to\s+(keep\s+)?(writing|mailing|e-?mailing|write|mail|e-?mail)\s+(to\s+)?me\b"
    + _NOT_FOR_A_WHILE
    + r"|\b(stop|quit)\s+(writing|mailing|e-?mailing|sending\s+(mail|e-?mails?|messages))\s+(to\s+)?me\b"
    + _NOT_FOR_A_WHILE
    + r"|"
    r"\bdon'?t\s+(write|mail|e-?mail)\s+(to\s+)?me\s+(any\s?more|again)\b|"
    r"\b(haal|verwijder|schrap|neem|zet)\w*\s+(mij|me|mijn\s+(naam|adres|e-?mailadres))\s+(\S+\s+){0,3}(uit|van|af)\s+(de|het|uw|jullie|dit)\s+"
    r"(?!wacht|deelnemers|aanwezigheids|gasten|presentie)\w*(lijst|bestand|netwerk|mailing)\w*|\blidmaatschap\s+(\w+\s+){0,3}(stopgezet|beëindigd|opgezegd)\b|"
    r"\b(take|remove)\s+me\s+off\b(?!\s+(the|your|de|jullie|uw)\s+(wait|wacht|attendee|participant|guest|deelnemers|gasten))"
    r"(?!\s+(it|there)\b)(?!\s+(this|that)\s*([.,;:!?]|$))|"
    r"\bniet\s+(langer|meer)\s+lid\s+(zijn|blijven|van)\b|\bgeen\s+lid\s+meer\b|"
    r"\bzeg\w*\s+(\w+\s+){0,4}(deelname|lidmaatschap|abonnement|inschrijving)\s+(\S+\s+){0,5}op\b|"
    r"\b(deelname|inschrijving)\s+(\S+\s+){0,9}(opzeggen|beëindigen|stopzetten)\b|"
    r"\bstop\w*\s+met\s+(het\s+)?ontvangen\s+van\b|"
    # "Wilt u stoppen met het sturen van deze mails?", "stuur mij deze berichten niet meer"
    r"\bstop\w*\s+met\s+(het\s+)?(toe)?(sturen|mailen)\s+(van\s+)?(deze|die|de|uw|jullie|al\s+die)\s+(\w+\s+)?((e-?)?mails?|berichten|nieuwsbrie\w+|uitnodigingen)\b|"
    r"\bstuur\w*\s+(\w+\s+)?(mij|me)\s+(deze|die|de|uw|jullie)\s+((e-?)?mails?|berichten|nieuwsbrie\w+|uitnodigingen)\s+(\w+\s+)?niet\s+(meer|langer)\b|"
    r"\b(mij|me|mijn\s+((e-?)?mail)?adres|mijn\s+naam)\s+(\S+\s+){0,3}(verwijderen|schrappen)\b|"
    r"\bniet\s+(meer|langer)\s+(gemaild|ge-?e-?maild|benaderd|uitgenodigd)\s+(te\s+)?worden\b|"
    # A wish, not a report: "ik wil deze berichten niet meer ontvangen", not "ik heb ze niet meer ontvangen".
    r"\b(wil|wens|hoef)\w*\s+(\w+\s+){0,4}niet\s+(meer|langer)\s+(te\s+)?ontvangen\b)",
    re.I,
)
# Not a member yet and wanting to be, the membership said once: "Ik ben nog geen lid, maar wil dat graag worden",
# "I'm not a member yet but would like to be" (its own "geen"/"not" is no negation).
# Not yet a member, and wishing to be: "nog geen lid, maar wil dat graag worden", "sta nog niet op jullie lijst, wil
# er graag op", "not yet a member but would like to become one".
NOT_YET_A_MEMBER = re.compile(
    r"\b((nog\s+)?geen\s+lid|(nog\s+)?niet\s+aangesloten|not\s+(yet\s+)?a\s+member|"
    r"(sta|staan)\s+(ik\s+|we\s+|wij\s+)?(nog\s+)?niet\s+op\s+(de|jullie|uw|je)\s+\w*lijst)\b[^.!?\n]{0,30}?"
    r"(\b(maar|en|but|and)\s+|,\s*)(ik\s+|i\s+)?((wil|zou|would|'d)\s+((?!(niet|geen|not|never)\b)\w+\s+){0,4}"
    # ("Ik ben nog geen lid van uw netwerk, maar word dat graag")
    r"(worden|be(come)?(\s+one)?|op|bij|on\s+it)|word\s+(dat|het)\s+(\w+\s+)?(graag|wel|nu|alsnog))\b",
    re.I,
)
JOIN_MORE = re.compile(
    r"(\b(mij|me|ons)\s+(\w+\s+){0,6}aan\s+te\s+melden\b|"
    # the official register: "wordt verzocht om opname in het ledenbestand van het Netwerk"
    r"\bopname\s+in\s+(het|uw|jullie|de)\s+(ledenbestand|ledenlijst|ledenadministratie|verzendlijst|netwerk)\b|"
    r"\bgeef\w*\s+(ik\s+)?(mij|me|hem|haar)\s+(\w+\s+){0,3}op\b|\bopgave\s+(voor\s+)?" + _NETWORK + r"|"
    r"\bopgave\s+(\w+)?netwerk\b|\b(mij|me)\s+(\w+\s+){0,2}opgeven\b|"
    r"\b(verzoek\w*|vraag)\s+(ik\s+)?(u\s+|jullie\s+)?(hierbij\s+)?om\s+(toetreding|aansluiting|lidmaatschap)\s+(tot|bij|van)\s+"
    + _NETWORK
    + r"|\btoe\s+te\s+treden\s+tot\s+"
    + _NETWORK
    + r"|"
    r"(\bop\s+de\s+hoogte\s+(te\s+)?(houden|gehouden|blijven)|\bhoud\w*\s+(u\s+|jullie\s+)?(mij|me)\s+(\w+\s+){0,2}op\s+de\s+hoogte)"
    # (not of one thing: "Houdt u mij op de hoogte van de nieuwe datum?")
    r"(?!\s+(\w+\s+){0,2}(van|over)\s+(de|het|een)\s+(\w+\s+)?(datum|uitkomst|afloop|stand|besluit|beslissing|verslag|ontwikkelingen\s+rond))|"
    r"\b(toevoegen|opnemen|zetten)\s+(aan|in|op)\s+(de|uw|jullie)\s+(\w+-?)?(lijst|ledenlijst|verzendlijst|mailinglijst)\b|"
    r"\b(mij|me)\s+(\w+\s+){0,3}(toevoegen|opnemen)\b|\bgraag\s+sluit\s+ik\s+aan\b|\bsluit\s+(ik\s+)?graag\s+aan\b|"
    r"\bneem\w*\s+(ik\s+)?graag\s+deel\s+aan\s+" + _NETWORK + r"|\blid\s+(te\s+)?worden\b|"
    r"\btel\s+(mij|me|ons)\s+(\w+\s+){0,2}mee\s+(voor|bij|in)\s+" + _NETWORK + r"|"
    r"\b(voortaan|graag)\s+(\w+\s+){0,3}(uitnodigingen|berichten|mailings)\s+(\w+\s+){0,4}(ontvangen|krijgen)|"
    r"\b(uitnodigingen|berichten)\s+((?!cc\b)\w+\s+){0,5}(sturen|toesturen|ontvangen)\b|"
    r"\b(graag\s+ontvang\w*\s+ik|ontvang\w*\s+ik\s+(graag|voortaan|ook))\s+(\w+\s+){0,6}"
    r"(berichten|uitnodigingen|mailings|nieuwsbrie\w+|e-?mails)\b|\btoevoegen\s+aan\s+" + _NETWORK + r"|"
    r"\bdeel\s+uit\s*(te\s+)?maken\s+van\s+" + _NETWORK + r"|"
    r"\bzet\w*\s+(\S+\s+){1,4}op\s+de\s+(\w+-?)?lijst\b|"
    r"\b(mij|me)\s+(\w+\s+){0,2}op\s+(de|uw|jullie)\s+(\w+-?)?lijst\s+(\S+\s+){0,4}(zetten|plaatsen|zet|plaatst)\b|"
    r"\bik\s+(ontvang|krijg)\w*\s+(graag\s+|voortaan\s+|ook\s+){1,3}(\w+\s+){0,5}"
    r"(berichten|uitnodigingen|mailings|nieuwsbrie\w+|e-?mails)\b|"
    r"\btoegevoegd\s+(te\s+)?worden\s+aan\b|\bworden\s+toegevoegd\s+aan\b|"
    r"\b(meedoen|aansluiten|deelnemen)\s+(met|bij|aan)\s+" + _NETWORK + r"|"
    r"\b(bij|aan)\s+" + _NETWORK + r"\s+(\w+\s+){0,2}(aansluiten|aan\s+te\s+sluiten|deelnemen|meedoen)\b|"
    r"\b(become|becoming)\s+a\s+member\b|\bjoin\s+(the|your)\s+(\w+\s+)?network\b|\badd\s+(me|him|her)\s+to\b|"
    r"\bsign\s+(me|him|her)\s+up\b|\bsign\s+up\s+(for|to)\s+(the|your)\s+(\S+\s+){0,2}network\b|"
    r"\bregister\s+(me\s+)?(for|with)\s+(the|your)\s+(\S+\s+){0,2}network\b|"
    r"\bregister\s+(me|him|her|them)\s+(as\s+a\s+member|for\s+(the|your)\s+(\S+\s+){0,2}network)\b)",
    re.I,
)
RSVP_YES_MORE = re.compile(
    # said in a clause: "Wel deel ik u mede dat ik op 11 maart zeker aanwezig zal zijn", "zodat ik het atelier alsnog
    # zal bijwonen"
    r"("
    # "Daar kan ik bij zijn", "op 27 november kan ik wel" (the clause ends there: not "dat kan ik wel begrijpen")
    r"\b(daar|dan)\s+kan\s+(ik|wij|we)\s+(er\s+)?((gewoon|wel|zeker|gelukkig)\s+)?(bij\s+zijn|bij\s+wezen|komen)\b|"
    r"\bkan\s+(ik|wij|we)\s+(er\s+)?(gelukkig\s+)?wel(\s+(bij\s+zijn|komen|aanwezig\s+zijn))?(?=\s*([.,!;]|$))|"
    r"\b(dat|zodat|omdat|want)\s+(ik|wij|we)\s+((?!niet\b|geen\b|nooit\b)\S+\s+){0,6}?(aanwezig|present|erbij)\s+"
    r"(zal|zullen|kan|kunnen)\s+zijn\b|\b(ik|wij|we)\s+((?!niet\b|geen\b|nooit\b)\S+\s+){0,6}?(zal|zullen|wil|willen|kan|kunnen)\s+"
    r"bijwonen\b|\b(zal|wil|kan|ga)\s+(ik|wij|we)\s+((?!niet\b|geen\b|nooit\b)\S+\s+){0,5}?bijwonen\b|\breken\s+(maar\s+)?op\s+(mij|ons|mijn\s+komst|onze\s+komst)\b|\breken\s+(\w+\s+){1,7}?op\s+(mij|ons)\s*([.!,;]|$)|"
    # "kunt u weer op mij rekenen", "Reken mij mee voor de 11e", "op 11 maart ben ik present", "Ben erbij",
    # "Reserveer maar een stoel voor me"
    r"\b(kunt|kun|kan|mag)\s+(u|je|jij|jullie)\s+(\w+\s+){0,2}op\s+(mij|me|ons)\s+rekenen\b|"
    r"\b(u|je|jij|jullie)\s+(kunt|kun|kan|mag|mogen|kunnen)\s+(\w+\s+){0,3}op\s+(mij|me|ons)\s+rekenen\b|\breken\s+(mij|me|ons)\s+(\w+\s+){0,2}mee\b|"
    r"\b(ben|zijn)\s+(ik|wij|we)\s+(\S+\s+){0,3}?present\b|^\W*(ik\s+ben\s+|ben\s+)(er\s+)?(graag\s+|zeker\s+)?(bij|erbij|present)\b|"
    r"\breserveer\s+(\w+\s+){0,3}(stoel|plek|plaats)\s+(\w+\s+){0,2}(mij|me|ons)\b|"
    r"\baanwezig\s+(ben|zijn)\s+(ik|wij|we)\b(?!\s+(\w+\s+){0,2}niet\b)|\bdaar\s+(ben|zijn)\s+(ik|wij|we)\s+(\w+\s+)?bij\b|"
    r"\b(ik\s+ben|wij\s+zijn|we\s+zijn)\s+(er\s+)?(\w+\s+)?("
    + _BIJ_PRESENT
    + r"|erbij|aanwezig)\b|\bben\s+van\s+de\s+partij\b|"
    r"\b(ik\s+ben|wij\s+zijn|we\s+zijn|ben\s+ik|zijn\s+wij|zijn\s+we)\s+er\s*([,.!;]|$)|\b(ik\s+ben|wij\s+zijn|we\s+zijn)\s+er\s+(\S+\s+){1,7}bij\b|"
    r"\b(put|sign|mark)\s+me\s+down\b|\bstill\s+(coming|attending|joining)\b|\bik\s+kom\s+(op|naar)\s+(\d{1,2}\s+\w+|het\s+atelier|de\s+bijeenkomst)\b(?!\s+(\w+\s+){0,2}niet\b)|"
    r"\b(ik\s+sluit|sluit\s+ik)\s+(graag\s+|ook\s+|zeker\s+)?aan\b(?!\s+bij\s+(het|uw|jullie)\s+\w*netwerk)|\bben\s+er\s+(rond|om|vanaf|tegen)\s+\d|\b(ik\s+)?kom\s+(\w+\s+)?alsnog\b|\bdat\s+ik\s+erbij\s+ben\b|"
    r"\b(ik|wij|we)\s+(zal|zullen)\s+(er\s+)?(\w+\s+)?(bij\s+)?(zijn|aanwezig\s+zijn|komen)\b|\b(ik|wij|we)\s+doe[n]?\s+(\w+\s+)?mee\b|"
    r"\b(ik|wij|we)\s+(zal|zullen)\s+((graag|zeker|dan|met\s+plezier)\s+)?(deelnemen|meedoen)\b|"
    # "Ik kom in het najaar zeker weer", "Volgende keer weer van de partij", "ben ik weer van de partij"
    r"\b(ik\s+)?kom\s+(\w+\s+){1,4}?(graag|zeker|sowieso)\s+(weer|terug)\b(?!\s+(\w+\s+){0,2}niet\b)|"
    r"\b(weer|graag|zeker|gewoon)\s+van\s+de\s+partij\b|\b(ben|zijn)\s+(ik|wij|we)\s+(\w+\s+){0,2}van\s+de\s+partij\b|"
    r"\b(ik\s+)?kom\s+toch\b(?!\s+niet)|\b(ik\s+)?kom\b(?!\s+(\w+\s+){0,2}(niet|nie|nog\s+niet)\b)(?=\s*([,.!;:]|$|met\b|graag|samen|zeker|wel))|"
    r"\b(wij|we)\s+komen\b(?!\s+(\w+\s+){0,2}niet)|^\s*(aanwezig|present)\s*[.!]*$|\bwel\s+(aanwezig|present|erbij)\b|\bik\s+kom\s+alleen\s*([,.!;]|$)|\bstaat\s+in\s+(mijn|de)\s+agenda\b|"
    r"\bneem\w*\s+(graag\s+)?(de\s+)?plaats\s+(van\s+\w+(\s+\w+)?\s+)?in\b|\bin\s+de\s+plaats\s+van\s+\S+(\s+\S+)?\s+(kom|komen)\b|"
    r"\bkom\s+graag\s+in\s+de\s+plaats\b|\bschrijf\w*\s+(ik\s+)?(mij|me)\b.{0,60}\bin\s+voor\b|"
    r"\b(wil|willen)\s+(\w+\s+){0,2}(deelnemen|meedoen|komen)\s+(aan|bij|naar)\s+(het|de|dit)\s+(atelier|bijeenkomst)|"
    r"\b(ik|wij|we)\s+(wil|willen|zou|zouden)\s+(\w+\s+){0,2}graag\s+(komen|deelnemen|meedoen|aanwezig\s+zijn)\b|"
    r"\bneem\w*\s+(\w+\s+){0,3}(collega|collega's|gast|gasten|iemand|partner)\b.{0,40}\bmee\b|\bkom\s+niet\s+alleen\b|"
    r"\bkom\s+(\w+\s+){0,2}(later|eerder|binnen|langs)\b(?!\s+(\w+\s+)?op\s+terug)(?![^.!?\n]{0,30}\bmet\s+(een\s+)?(\w+\s+)?(antwoord|reactie|bericht))|\b(plaats|plaatsen|plek|plekken)\s+(\w+\s+)?(reserveren|vastleggen|boeken)\b|"
    r"\breserveer\w*\s+(\w+\s+){0,2}(plaats|plaatsen|plek|plekken)\b|"
    r"\bzie\s+(jullie|u|je)\s+(\w+\s+)?(daar|dan|op)\b|\btot\s+(dan|donderdag|straks)\b|"
    # told in a clause: "Namens de heer Bakker laat ik u weten dat hij graag komt"
    r"\bdat\s+(ik|hij|zij|ze|wij|we)\s+(graag|zeker|gewoon|toch)\s+(kom|komt|komen|aanwezig\s+(ben|is|zijn))\b|"
    # (not "until": "Tot 4 maart ben ik op reis")
    r"^\W*(graag\s+|dus\s+|nou\s+)?tot\s+(de\s+\d+e?|\d+\s+"
    + MONTHS
    + r")\b(?!\s+(ben|zit|is|zijn|heb|werk|verblijf|ga|was|sta)\b)|"
    r"^\s*(heel\s+)?graag\s*[!.]*\s*$|"  # a bare "Graag" under the invitation (weak, reading._BARE)
    r"^\s*(is\s+goed|prima|akkoord|top|uiteraard|natuurlijk|jazeker|zeker\s+weten|absoluut)\b"
    r"(?!\s+met\s+(de|het|een|start|uw|jullie|die|dat|deze|dit|onze)\b)|\bik\s+kan\s+wel\b|\bkom\s+er\s+(graag\s+)?naartoe\b|"
    r"\b(i'?d|i\s+would)\s+love\s+to\s+(come|join|attend)\b|\blooking\s+forward\s+to\s+(it|the\s+(atelier|meeting|session|event|day|afternoon|workshop))\b|\bsee\s+you\s+(then|there)\b|"
    r"\bi'?ll\s+be\s+there\b|\b(happy|glad|pleased)\s+to\s+(attend|come|join)\b|"
    # "I'll definitely be at the atelier on 11 March"
    r"\bi('ll|\s+will)\s+((definitely|certainly|surely|gladly)\s+)?be\s+(at|in|present\s+at)\s+the\s+(atelier|meeting|session)\b|"
    r"\b(kan|zal)\s+(ik\s+)?toch\s+(aanwezig\s+zijn|komen)\b|\btoch\s+(aanwezig|erbij)\s+(kan|zal)\s+zijn\b|"
    r"\bafmelding\s+(\w+\s+){0,2}(vervallen|vervalt|ongedaan)\b|\bdeelname\s+(\w+\s+){0,3}(bevestigd|toegezegd)\b|\b(een\s+)?ja\s+van\s+(mij|ons)\b|\bblijf\s+(\w+\s+)?(aangemeld|ingeschreven)\b|"
    r"\bkom\s+(\w+\s+){0,3}graag\b(?!\s+niet)|\b(later|pas\s+om\s+\S+)\s+(kan\s+|kom\s+)?(aansluiten|aanschuiven)\b|\bneem\s+deel\b|\b(hij|zij|ze)\s+(\w+\s+){0,2}aanwezig\s+is\b|\b(hij|zij|ze)\s+is\s+(er\s+)?(graag\s+)?(bij(?!\s+(ons|jullie|mij|de|het|een))|aanwezig)\b|"
    r"\bik(zelf)?\s+ben\s+er\s+(zelf\s+)?(gewoon|ook|wel|zeker)\b|\b(zit|zitten)\s+(ik|wij|we)\s+(\w+\s+)?erbij\b|\b(ik|wij|we)\s+(zit|zitten)\s+(\w+\s+)?erbij\b|\bkom\s+ik\s+((overigens|dus|natuurlijk|echt|dan|ook|gewoon)\s+)?(graag|toch|wel|zeker)\b(?!\s+(\w+\s+)?niet\b)|"
    r"\bzorg\s+(ik\s+)?(er\s*(voor)?\s+)?(wel\s+)?dat\s+(ik|wij|we)\s+(er\s+)?(\w+\s+)?(bij\s+)?(ben|zijn|aanwezig\s+ben|aanwezig\s+zijn)\b|"
    r"\b(gaat|lukt)\s+(het\s+)?(me\s+|mij\s+|ons\s+)?toch\s+(lukken|wel)\b|"
    r"\b(half\s+uur(tje)?|kwartier(tje)?|uurtje|paar\s+minuten)\s+later\b|"
    # (not "Hij komt hier bij u op terug": getting back to us)
    r"\b(hij|zij|ze|mevrouw\s+\S+|de\s+heer\s+\S+(\s+\S+)?)\s+komt\b(?!\s+(\w+\s+){0,2}(niet|nog\s+niet))"
    r"(?!\s+(\w+\s+){0,4}(op\s+)?terug\b)|\bkomt\s+graag\b|"
    r"\bschuif\w*\s+(\w+\s+){0,5}aan\b|\b(ik|wij|we)\s+(kan|kunnen)\s+(er\s+)?((dus|nu|toch|wel|alsnog|gewoon)\s+){0,3}(bij\s+zijn|komen|aanwezig\s+zijn)\b|"
    r"\b(ben|zijn)\s+(ik|wij|we)\s+(er\s*)?(\w+\s+)?(erbij|"
    + _BIJ_PRESENT
    + r"|aanwezig)\b|\b(ga|kom)\s+(\w+\s+){0,2}in\s+de\s+plaats\s+van\b|"
    r"\b(register|sign\s+up|enrol+)\s+(\w+\s+){0,2}for\s+(the\s+)?[^.!?\n]{0,40}?(atelier|meeting|session|event)\b|"
    r"\bi\s+will\s+be\s+there\b|\bcount\s+(me|us)\s+in\b|\bsee\s+you\s+there\b|"
    r"\b(noteer|zet)\w*\s+(u\s+|jullie\s+|je\s+)?(mij|me|ons)\s+(\w+\s+){0,3}(als|op)\s+(aanwezig|deelne\w+)\b|\bben\s+ik\s+er\s+(zelf\s+)?(gewoon|ook|wel|zeker)\b|"
    # the official register: "verzoekt u hem als deelnemer te noteren", "Noteren jullie mij maar", "mijn deelname
    # blijft gehandhaafd", "De directeur neemt deel"
    r"\b(mij|me|hem|haar|ons)\s+(\w+\s+)?als\s+deelne\w+\s+(te\s+)?(noteren|inschrijven|registreren|aanmelden)\b|"
    r"\bnoteren\s+(jullie|u|je)\s+(mij|me|ons)\b(?![^.!?\n]{0,20}\b(niet|af|afwezig)\b)|"
    r"\b(deelname|aanwezigheid|komst)\s+(\w+\s+){0,2}(blijft|staat)\s+(\w+\s+){0,3}(gehandhaafd|staan|overeind)\b|"
    r"\b(neemt|nemen)\s+(\w+\s+)?deel\b(?!\s+aan\s+(een|de|het)\s+ander)|\bneem\s+ik\s+(\w+\s+)?deel\b|"
    # done in order to be there: "een vrije middag opgenomen om erbij te kunnen zijn"
    r"\bom\s+(er\s+)?(erbij|bij|aanwezig)\s+te\s+(kunnen\s+)?(zijn|komen)\b|\b(zal|zullen)\s+(ik|wij|we)\s+er\s+(\w+\s+)?bij\s+zijn\b|"
    r"\bik\s+kom\s+((zelf|toch|weer|dan|dus|gewoon|alsnog)(\s+|(?=\s*([,.!;]|$)))){1,3}(?!(\w+\s+)?niet\b)|"
    r"\b(ik\s+ben|wij\s+zijn|we\s+zijn)\s+er\s+(pas\s+)?(vanaf|rond|om|tegen)\s+(\d|half|kwart)|"
    # a form or list answer: "komen: ja", "aanwezig - ja", "attending: yes"
    r"\b(komen|komt\s+u|aanwezig|aanwezigheid|deelname|deelnemen|attending|coming|attendance)\s*\??\s*[:=>-]+\s*(ja|yes|jazeker)\b|"
    r"\b(sluit|schuif|doe)\w*\s+(ik\s+)?(\S+\s+){0,4}(digitaal|online|virtueel|via\s+teams)\s+(aan|mee)\b|\bjoin\s+(\w+\s+)?online\b|"
    r"\b(vergeet|negeer|schrap)\w*\s+(\w+\s+){0,2}(eerdere\s+|vorige\s+)?(afmelding|afzegging|afwijzing)\b|"
    r"\bben\s+ik\s+(er\s+)?(\w+\s+)?van\s+de\s+partij\b|\bben\s+ik\s+er\s+(\S+\s+){1,4}(gewoon|ook|wel|zeker)\s+bij\b|"
    r"\b(i\s+can|i'll\s+be\s+able\s+to)\s+(come|make\s+it|attend|join)\b(?!\s+(only|if|unless))|\bsee\s+you\s+(on|at)\s+the\s+\d|\bkan\s+ik\s+(dus\s+|er\s+)?toch\b(?!\s+(niet|geen))\b)",
    re.I | re.M,
)
# An answer turned round in so many words: "Mijn ja moet dus een nee worden" (a no, and a change of mind).
TURNED_TO_NO = r"ja\s+(moet|wordt)\s+(\w+\s+){0,2}(een\s+)?nee"
RSVP_NO_MORE = re.compile(
    # "Geeft u mijn plaats maar aan een ander", "give my seat to someone else"
    r"\b(geef|geeft|gun|gunt)\s+(u\s+|je\s+|jullie\s+)?mijn\s+(plaats|plek|stoel)\s+(\w+\s+)?aan\s+(een\s+)?(ander|iemand\s+anders)\b|"
    r"\bgive\s+my\s+(seat|place|spot)\s+to\s+(someone|somebody)\s+else\b|"
    # an assistant's answer for the one we invited: "namens de heer Veldkamp: hij komt niet" (policy._their_answer)
    r"\b(hij|zij)\s+(komt|kan)\s+((dus|helaas|echt|toch)\s+)?niet\s*([.!,;:]|$)|"
    # "so I'll have to pass this time", "I must sit this one out"
    r"\b(i'?ll|i\s+will|i)\s+(have\s+to|must|need\s+to)\s+(pass|sit\s+(this\s+one|it)\s+out|skip\s+(this|it))\b|"
    # an earlier yes taken back: "Vergeet mijn 'ja' van gisteren", "ik moet op die toezegging terugkomen", "Mijn plaats
    # kan naar de wachtlijst"
    r"\b(vergeet|negeer)\s+(u\s+|je\s+|jullie\s+)?mijn\s+[\"'\u2018\u201c]?(ja|yes|toezegging)\b|"
    r"\b(op|van)\s+(die|mijn|deze)\s+toezegging\s+(\w+\s+){0,2}terug(komen|kom|te\s+komen)\b|\btoezegging\s+(\w+\s+){0,2}(intrekken|in\s+te\s+trekken)\b|"
    r"\bmijn\s+(plaats|plek|stoel)\s+([^.!?\n]{0,40}\s)?(kan|kunnen|mag|mogen)\s+(\w+\s+){0,3}naar\s+(de|iemand\s+op\s+de)\s+wachtlijst\b|"
    # "Ik kan het atelier helaas niet bijwonen", "dat ik de bijeenkomst niet zal kunnen bijwonen"
    r"(\bafzeg(gen|ging)\b|\bniet\s+((kan|kunnen|zal|zullen)\s+)*bijwonen\b|"
    # "dat ik er op 11 maart niet bij kan zijn", "ik mis 'm", "Helaas kan ik op 11 maart ook niet."
    r"\b(ik|wij|we)\s+(er\s+)?(\S+\s+){0,4}?niet\s+(bij\s+)?(kan|kunnen)\s+(zijn|komen|aanwezig\s+zijn)\b|"
    r"\b(ik|wij|we)\s+mis(sen)?\s+(het|'m|hem|'t|die|dat|deze|het\s+atelier|de\s+bijeenkomst)\s*[.!,;]|"
    r"\b(dat|omdat|want)\s+(ik|wij|we)\s+(\w+\s+){0,3}niet\s+(kom|komen|kan\s+komen|aanwezig\s+ben|aanwezig\s+zijn)\b|"
    r"\bkan\s+(ik|wij|we)\s+(\S+\s+){0,4}?(ook\s+|helaas\s+|echt\s+)?niet\s*[.!]|(^|[.!?]\s*)zelf\s+niet\b|\b(niet\s+mogelijk|onmogelijk)\s+(om\s+)?(deel\s+te\s+nemen|te\s+komen|aanwezig\s+te\s+zijn)\b|"
    r"\breken\s+(\w+\s+)?(?<!nog\s)niet\s+op\s+(mij|me|ons)\b|"
    # the official register: "moet ik helaas bedanken", "wordt van deelname afgezien", "komt mijn deelname te vervallen"
    r"\b(moet|moeten|zal|zullen)\s+(ik|wij|we)\s+((helaas|dus|deze\s+keer|dit\s+keer|vriendelijk)\s+){0,3}bedanken\b|"
    r"\bvan\s+(\w+\s+){0,2}(deelname|aanwezigheid|komst)\s+(\w+\s+)?(afgezien|af\s+te\s+zien|afzien)\b|"
    r"\b(zie|ziet|zien)\s+(\w+\s+){0,3}af\s+van\s+(\w+\s+)?(deelname|aanwezigheid|komst)\b|"
    r"\b(mijn|onze|zijn|haar)\s+(deelname|aanwezigheid|komst|aanmelding|inschrijving|plek|plaats)\s+(\S+\s+){0,6}?(te\s+vervallen|vervalt|gaat\s+niet\s+door|(mag|kan|moet)\s+(\w+\s+){0,3}vervallen)\b|"
    r"\b(aanmelding|inschrijving|deelname)\s+trek\s+(ik|wij|we)\s+(\w+\s+){0,2}in\b|\bzie\s+(ik\s+)?(\w+\s+)?geen\s+(mogelijkheid|kans|gelegenheid)\b|"
    r"\bgeen\s+(mogelijkheid|kans|gelegenheid)\s+(om\s+)?(\S+\s+){0,6}?(te\s+komen|aanwezig\s+te\s+zijn|deel\s+te\s+nemen|"
    r"erbij\s+te\s+zijn|bij\s+te\s+zijn|aan\s+te\s+sluiten)\b|\btrek\w*\s+(\w+\s+){0,2}(aanmelding|inschrijving|deelname)\s+(voor\s+(het|de|dit)\s+\w+\s+)?in\b|"
    r"\b(aanmelding|inschrijving|deelname)\s+(\S+\s+){0,5}(intrekken|terugtrekken|annuleren|cancelen)\b|^\s*(ik|zelf)\s+niet\b|\bstreep\w*\s+(\w+\s+){0,2}(mij|me)\s+(\w+\s+){0,4}door\b|"
    r"\b(give|offer)\s+my\s+(seat|place|spot)\s+to\b|\bcancel\s+my\s+(registration|place|seat|attendance)\b|\bchange\s+of\s+plans\b|\bniet\s+in\s+de\s+gelegenheid\b|\b(it'?s|that'?s)\s+a\s+no\b|\ba\s+no\s+from\s+(me|us)\b|\been\s+nee\s+van\s+(mij|ons)\b|\b(schrap|haal|verwijder)\w*\s+(mij|me|hem|haar)\s+(\w+\s+){0,2}van\s+de\s+(wacht|deelnemers|aanwezigheids|gasten|presentie)lijst\b|\b(mij|me|hem|haar)\s+(\w+\s+){0,2}van\s+de\s+(wacht|deelnemers|aanwezigheids|gasten|presentie)lijst\s+(\w+\s+)?(af\s*)?(halen|schrappen|verwijderen)\b|\b(iets|wat)\s+anders\s+(gepland|ingepland|staan)\b|\bwachtlijst\s+(\w+\s+)?hoeft\s+niet\b|\b(hoef|heb)\s+(ik\s+|wij\s+|we\s+)?geen\s+(plek|plaats|stoel)\s+(meer|meer\s+nodig|nodig)\b|\b(datum|dag|tijd|tijdstip|middag)\s+(\w+\s+){0,2}past\s+(mij|me|ons)\s+(\w+\s+)?niet\b|\b"
    + TURNED_TO_NO
    + r"\b|\bzeg\w*\s+(\w+\s+){0,2}af\b|\bafhaken\b|\bhaak(en)?\s+(\w+\s+){0,2}af\b|"
    # ("Het gaat mij deze keer niet om de dienstverlening, maar om ...": what it is about)
    r"\b(gaat|lukt)\s+(mij|me|ons)?\s*(\w+\s+){0,3}niet\s+(lukken|lukt)?\b(?!\s*om\b)|\b(dat|het)\s+lukt\s+(\w+\s+){0,2}niet\b|"
    r"\bkan\s+(\w+\s+){0,2}(toch\s+)?niet\b(?!\s+(snel|vroeg|gauw)\s+genoeg)(?!\s+(alleen|wachten|beloven|toezeggen|zeggen|garanderen|maken|(meer\s+)?(terug)?vinden))"
    # part of the afternoon is no decline ("kan niet de hele middag blijven"), nor "kan niet anders dan ja zeggen"
    r"(?!\s+(de\s+hele|het\s+hele|heel\s+de|de\s+volledige|het\s+volledige|tot\s+het\s+einde?|anders\s+dan)\b)|\bred\s+(het|dat)\s+niet\b|\bmeld\s+(mij|me)\s+(\w+\s+){0,2}af\b|"
    r"\bverstek\b|\bzit\s+ik\s+(in|op|bij)\b|\b(moet|moeten)\s+(ik\s+|wij\s+|we\s+)?((helaas|dus|deze\s+keer|dit\s+keer|nu|toch|echt)\s+){0,4}passen\b|\b(ben|zit)\s+(ik\s+)?(\w+\s+){0,3}(ziek|met\s+vakantie|op\s+vakantie|op\s+reis)\b|"
    r"\bnee[,.!]|\bnee\s*$|\bhelaas\s*[,.!]|"
    r"\b(can't|cannot|can\s+not|won't\s+be\s+able\s+to|unable\s+to)\s+(\w+\s+){0,2}(attend|make\s+it|join|come)\b|"
    r"\bafraid\s+i\s+can'?t\b|\b(andere|een\s+andere)\s+(verplichting|afspraak|vergadering)\b(?!\s+(is|zijn)\s+(\w+\s+)?(vervallen|verplaatst|afgezegd|geannuleerd))|\bal\s+(een\s+)?(afspraak|verplichting)\b|"
    r"\b(noteer|noteren|zet|zetten|registreer)\w*\s+(\w+\s+){0,4}(als|op)\s+afwezig\b|\bniet\s+beschikbaar\b|\bsla\s+(ik\s+)?((?!niet\b|nooit\b)\w+\s+)?over\b|\bagenda\s+(\w+\s+){0,3}niet\s+toe\b|\bpast\s+(\w+\s+){0,2}niet\s+in\b|"
    r"\bgeen\s+tijd\b|\b(te|erg|veel\s+te)\s+druk\b|\bnope\b|\b(ga|kan|zal|gaat|lukt|ik)\s+(\w+\s+){0,3}niet\s+(redden|halen)\b|\bgaat\s+(\w+\s+){0,2}niet\b|\bvoorbij\s*gaan\b|\b(van|af)\s*(af\s*)?zien\b|\bvanaf\s+zien\b|"
    r"\bik\s+zit\s+(die|dan|op\s+dat)\s+(\w+\s+){1,2}(in|op|bij)\b|\bzit\s+ik\s+(\w+\s+){0,3}(in|op|bij)\s+(een|de|het)\b|"
    r"\bcount\s+(me|us)\s+out\b|\bdouble[\s-]?booked\b|\bdubbel\s+geboekt\b|"
    r"\b(zou|had)\s+(willen|gewild|wensen)\s+dat\s+ik\s+(\w+\s+){0,3}(kon|kan|kwam|kon\s+komen)\b|\bi\s+wish\s+i\s+could\b|\b(have\s+to|need\s+to|must|will|i'?ll)\s+(\w+\s+)?skip\b|\bi'?ll\s+(have\s+to\s+)?pass\b(?!\s+(on|along|it|this|that)\b)|\bsit\s+this\s+one\s+out\b|"
    r"\b(zet|zetten)\s+(\w+\s+){0,2}(een\s+)?streep\s+door\s+(mijn\s+naam|mij|me)\b|"
    r"\b(graag|zo\s+graag|zó\s+graag|heel\s+graag)\s+had\s+(ik|wij|we)\s+(er\s*bij|er|erbij)\s+(\w+\s+)?(gezeten|geweest|willen\s+zijn)\b|"
    r"\b(had\s+ik|ik\s+had|hadden\s+(wij|we)|(wij|we)\s+hadden)\s+(er\s*bij|er|erbij)\s+((heel|zo|zó|erg)\s+)?graag\s+(bij\s+)?"
    r"(gezeten|geweest|willen\s+zijn|willen\s+komen)\b|"
    r"\b(i|we)\s+would\s+have\s+(loved|liked)\s+to\s+(come|attend|be\s+there|join)\b|"
    r"\b(dus|deze\s+keer|dit\s+keer|dan\s+maar|helaas)\s+zonder\s+(mij|ons)\b|\bwithout\s+me\s+this\s+time\b|"
    # elliptic, the clause's start ("..., dus deze keer niet.", "Voor deze keer niet,"; not "Een onderwerp heb ik deze
    # keer niet"), and "Helaas niet, de raad vergadert"
    r"(^|[,;:]\s*|\b(dus|helaas|maar|en|so)\s+)(voor\s+)?(deze|dit)\s+keer\s+((dus|helaas|even|echt)\s+)?niet\s*([.,!;]|$)|"
    r"^\W*helaas\s+niet\b(?!\s+(alleen|meer|zo|zeker|iedereen)\b)|"
    r"\b(moet|moeten)\s+(ik|wij|we)\s+(u|jullie|je)\s+(\w+\s+)?teleurstellen\b|\bvalt\s+(\w+\s+)?niet\s+te\s+combineren\b|"
    r"\boverslaan\b|\b(regrettably|unfortunately)\b|\b(have|need)\s+to\s+decline\b|\b(have|need)\s+to\s+cancel\b|\bsomething\s+(came|has\s+come)\s+up\b|\bdecline\b|\bniet\s+van\s+de\s+partij\b)",
    re.I | re.M,
)
# Presence said by denying absence (litotes): "ik zal er niet ontbreken", "dat laat ik me niet ontgaan", "deze
# bijeenkomst wil ik niet overslaan", "ik kan niet anders dan ja zeggen", "niets houdt me tegen", "geen enkele reden
# om weg te blijven", "wouldn't miss it", "no way I'm missing this". Missing names our event or nothing ("er", "dit",
# "het", "deze bijeenkomst"): "de raadsvergadering kan ik niet missen" keeps another meeting. The pattern says its
# own "niet", so only a negation before it counts (reading.SIGNALS).
_ABSENT = (
    r"(missen|mis|ontbreken(?!\s+aan)|ontbreek|overslaan|verzaken|ontgaan|voorbij\s+laten\s+gaan|laten\s+schieten|"
    r"laten\s+lopen)"
)
# ... unless a "maar" concedes it: "Ik wil het niet missen, maar het moet toch: ik moet afzeggen".
_BUT = r"\s*(maar|but|helaas|however|alleen)\b"
_CONCEDED = r"(?!\s*[,;]?" + _BUT + ")"
RSVP_YES_LITOTES = re.compile(
    r"(\b(er|dit|dat|het|deze)\b(\s+[\w-]+){0,5}?\s+(niet|nooit)\s+(willen\s+|graag\s+)?"
    + _ABSENT
    + r"\b"
    + _CONCEDED
    + r"|\b(ontbreek|ontbreken)\s+(ik|wij|we)\s+(\w+\s+)?(niet|nooit)\b"
    + _CONCEDED
    + r"|\b(dit|dat|het|deze|die|daar)(\s+(middag|bijeenkomst|atelier|sessie|editie|dag|kans))?\s+"
    + r"(mis\s+(ik|wij|we)\s+(\w+\s+)?(niet|nooit)\b|sla\s+(ik|wij|we)\s+(\w+\s+)?(niet|nooit)\s+over\b)"
    + _CONCEDED
    + r"|\b(ik|wij|we)\s+(zal|zullen|wil|willen|ga|gaan)\s+(zeker\s+)?(niet|nooit)\s+"
    + _ABSENT
    + r"\s*([.!;]|$|,(?!"
    + _BUT
    + "))|"
    r"\bgeen\s+(enkele\s+)?(reden|beletsel)\s+(om\s+|waarom\s+|te\s+bedenken\s+om\s+)?(\w+\s+){0,3}?"
    r"(weg\s+te\s+blijven|niet\s+(\w+\s+){0,2}(te\s+)?(komen|zijn|gaan)|af\s+te\s+zeggen|verstek\s+te\s+laten\s+gaan)\b|"
    # "Ik kan 't niet laten om te komen", "Het antwoord is niet nee"
    r"\bkan\s+('t|het)\s+niet\s+laten\s+(om\s+)?(te\s+)?(komen|gaan)\b|\b(antwoord\s+is|zeg\s+ik)\s+niet\s+nee\b|"
    r"\bniets\s+(\w+\s+)?(houdt|weerhoudt)\s+(mij|me|ons)\b|"
    r"\bkan\s+niet\s+anders\s+dan\s+(\w+\s+){0,2}?(ja|toezeggen|komen|aanmelden|aanschuiven|aansluiten)\b|"
    r"\b(wouldn'?t|would\s+not|won'?t|will\s+not|not\s+going\s+to|no\s+way\s+(i'?m|i\s+am|i'?ll|i\s+will|i'?d)(\s+be)?)"
    r"\s+(\w+\s+){0,2}?miss(ing)?\s+(it|this|that|the\s+(atelier|meeting|session|event|afternoon))\b|"
    r"\b(don'?t|do\s+not|can'?t)\s+see\s+why\s+not\b|\bnothing\s+(will\s+)?(keeps?|stops?)\s+me\b)",
    re.I | re.M,
)
UNSURE = re.compile(
    # "Lastige datum, die week is de voorjaarsvakantie", "18 maart komt mij slecht uit" (without a yes or a no)
    r"(\b(lastige|ongelukkige|onhandige|ongelegen)\s+(datum|dag|middag|week)\b|\bkomt\s+(mij\s+|me\s+|ons\s+)?(slecht|ongelegen)\b|"
    r"\b(awkward|difficult|tricky)\s+(date|day)\b|"
    r"\bweet\s+(\w+\s+){0,2}(nog\s+)?niet\s+of\b|\bmisschien\b|"
    # "Waarschijnlijk wel, maar reken nog niet op me": not settled yet
    r"\breken\s+(\w+\s+){0,2}nog\s+niet\s+(\w+\s+)?op\s+(mij|me|ons)\b|\b(waarschijnlijk|vermoedelijk|wellicht)\s+wel\s*([,.!]|$)|\bonder\s+voorbehoud\b|\bnog\s+in\s+mijn\s+agenda\b|"
    # "Komt goed, je hoort het vóór de 2e van me"
    r"\b(je|u|jullie)\s+(hoort|hoor|horen)\s+(het|nog)\s+(\w+\s+){0,4}van\s+(mij|me)\b|"
    r"\blaat\s+(het|ik)\s+(u\s+|je\s+|jullie\s+)?(het\s+)?(nog|later|nader|snel|spoedig|zsm|z\.s\.m\.)\s+(\w+\s+){0,2}weten\b|"
    r"\blaat\s+(het|ik)\s+(u\s+|je\s+|jullie\s+)?(het\s+)?((voor|vóór|uiterlijk|na)\s+)?(de\s+\d{1,2}(e|de|ste)?|op\s+\w+dag|\w+dag|morgen|overmorgen|"
    r"volgende\s+week|uiterlijk\s+\S+)\s+weten\b|"
    r"\b(i'?ll|i\s+will)\s+let\s+you\s+know\b|\bnot\s+sure\b|\bmaybe\b|\bprobeer\w*\s+(\w+\s+){0,2}(te\s+)?(komen|er\s+(bij\s+)?te\s+zijn)\b|"
    r"\b(nog\s+)?niet\s+(\w+\s+)?beloven\b|\bbeloven\s+kan\s+ik\s+(\w+\s+)?(niets|niks|het\s+niet)\b|"
    r"\b(kan\s+ik\s+)?(niets|niks)\s+beloven\b|\bdoe\s+(mijn|m'n)\s+(uiterste\s+)?best\s+om\s+(er\s*bij|er|aanwezig|te\s+komen)\b|"
    r"\bik\s+ga\s+(het\s+)?proberen\b|\b(alleen|enkel)\s+(als|indien|wanneer)\b|"
    # "Ik probeer de afspraak met de accountant te verzetten": whether is not settled yet
    r"\bprobeer\w*\s+(\w+\s+){0,5}te\s+(verzetten|verschuiven|verplaatsen)\b|"
    # (not a seat the service sees to itself: "Ik kom alsnog graag, mits er ruimte is")
    r"\bmits\b(?!\s+er\s+(nog\s+)?(een\s+)?(plek|plaats|ruimte|stoel)\w*\s+(vrij\s+)?(is|zijn|over|beschikbaar)\b)|\bop\s+voorwaarde\b|\bop\s+(één|een|1)\s+voorwaarde\b|\bon\s+(one|a|the)\s+condition\b|\bonly\s+if\b|\bbeslis\w*\s+(ik\s+)?(\w+\s+){0,2}(daarna|later|dan\s+pas)\b|\b(dan|daarna)\s+beslis\s+ik\b|\bcan'?t\s+promise\b|\b(i'?ll|i\s+will)\s+try\s+to\s+(come|make\s+it|attend)\b)",
    re.I,
)
PITCH = re.compile(
    r"(\b(wij|we)\s+(verzorgen|bieden|geven|organiseren|presenteren|vertellen)\s+(\w+\s+){0,3}graag\b|"
    r"\bgraag\s+(verzorgen|bieden|geven|presenteren)\s+(wij|we)\b|"
    # "Als leverancier geven wij graag een demonstratie", "ik presenteer de resultaten graag tijdens het atelier"
    r"\b(verzorgen|bieden|geven|houden|presenteren|tonen|organiseren)\s+(wij|we)\s+(\w+\s+){0,3}graag\b|"
    r"\bals\s+(leverancier|aanbieder|supplier|vendor)\b|\b((ik|wij|we)\s+presente(er|ren)|presente(er|ren)\s+(ik|wij|we))\s+(\S+\s+){0,10}graag\b|\badviesbureau\b|\bsponsor\w*\b|\bonze\s+(software|diensten|oplossing)\b|"
    r"\baccountmanager\b|\bverzorg\w*\s+(\w+\s+){0,2}graag\b|\b(voorwaarden|tarieven|offerte)\s+(\w+\s+){0,2}(stuur|zend)\w*\b|\bonze\s+tarieven\b|\bbieden\s+(\w+\s+){0,2}aan\b|\bvragenlijst\b|\bmasterscriptie\b|\bonderzoek\s+naar\b|"
    r"\b(survey|questionnaire|phd|researcher|thesis)\b|\bresearch\s+(project|on|into)\b|"
    # "... en presenteren de uitkomsten graag op het volgende atelier", "we would be delighted to give a short demo"
    r"\ben\s+presenteren\s+(\w+\s+){0,3}graag\b|\b(demo|demonstratie|demonstration|product\s+demo)\b|"
    # Someone else's invitation to the reader: "Aanmelden kan via de link op onze website", "Beste relatie".
    r"\b(aanmelden|inschrijven|registreren|opgeven)\s+kan\s+(via|bij|door|tot|op|vanaf|met)\b|^\W*beste\s+relatie\w*\b)",
    re.I,
)
# A seat in the Adviesraad, a list of members, the website: requests that are not joining the network.
ELSEWHERE = re.compile(
    # (the website as a source, "Op de website zag ik dat ...", "Via de website kwam ik bij u", is no request about it)
    r"\b(adviesraad|(op|via|naar|van|in)\s+(uw|jullie|de)\s+website(?!\s+(zag|las|lees|vond|stond|staat|gezien|gelezen|kwam|kwamen|ben|(\w+\s+){0,3}(vinden|gevonden|terecht\w*))\b)|"
    r"ledenlijst\s+(van|met)|overzicht\s+van\s+de\s+leden|"
    r"presentatie)\b",
    re.I,
)
# A day named by its ordinal, as a person names the atelier's day: "op de 11e" (not "de 2e keer").
ORDINAL_DAY = r"de\s+\d{1,2}(e|ste|de)(?!\s+(keer|ronde|plaats|helft|week|versie|druk))"
# The atelier by name (also typed in a hurry: "atlier", "ateler"), a meeting, a date ("11 maart", "11/3", "de 11e") or
# a weekday ("donderdagmiddag"); "24/7" and the fractions "1/2", "2/3", "3/4" are no date.
EVENT_MENTION = re.compile(
    # (a date the writer counts from names no gathering: "Sinds 1 februari ben ik terug als directeur")
    r"\b(\w+atelier\w*|ate?li?e?r\w*|leer-?\s*(en|&)\s*inspireer\S*|bijeenkomst|sessie|meeting|(?<!\bsinds\s)(?<!\bsince\s)\d{1,2}\s+"
    + MONTHS
    + r"|"
    r"(maan|dins|woens|donder|vrij)dag(middag|ochtend|avond|morgen)?|"
    r"(?<![\d/-])(?!(24/7|1/[234]|2/3|3/4)\b)([12]\d|3[01]|0?[1-9])[/-](1[0-2]|0?[1-9])([/-](20)?\d\d)?(?![\d/-])|"
    + ORDINAL_DAY
    + r")\b",
    re.I,
)
NETWORK_MENTION = re.compile(r"\b(\w*netwerk|lidmaatschap|lid\b|leden|network|membership|members?\b)", re.I)
PROPOSE = re.compile(
    # English: "I'd propose this", "my proposal"
    r"\bpropos(e|es|al|als|ing)\b|"
    # ("Even voorstellen", "mag ik mij voorstellen" introduce the writer; "ons voorstel" proposes)
    r"(\bsuggestie\w*|\bvoorstel(?!len\b)\w*|(?<!even\s)(?<!mij\s)(?<!me\s)(?<!ons\s)(?<!mezelf\s)(?<!mijzelf\s)\bvoorstellen\b|"
    r"\bstel\w*\s+(ik\s+)?voor\b|\bstel\w*\s+(ik|wij|we)\s+(\w+\s+){1,4}voor\b|\bonderwerp\w*|\bthema\b|(?<!goed\s)(?<!goede\s)(?<!leuk\s)\bidee\w*|\bbespreken\b|"
    r"\bvolgende\s+(keer|atelier|bijeenkomst)\b|\bgraag\s+(een\s+)?(keer\s+)?(iets\s+)?(over(?!\s*([.,!;:]|$))|praten)\b|\bpraten\s+over\b|"
    r"(?<!\bte\s)\b(spreken|hebben|discussiëren|sparren|nadenken)\s+over\b|\bhet\s+(\w+\s+){0,4}over\s+(hebben|praten|spreken)\b|\bsessie\s+over\b|\bbezighoudt\b|\btopics?\b|\bsuggest\w*|\bwhat\s+about\b|\bideas?\s+for\b|\b(next|future)\s+(session|atelier|meeting)\b)",
    re.I,
)
# "niet alleen ... maar ook", "not only", "(kan) niet anders dan" and a double negation ("niet ongenegen", "niet
# onmogelijk gebleken") negate nothing. Stressed with an accent ("níet", "géén") they negate all the same.
NEGATION = re.compile(
    r"\b((n[ií]et|neit)(?!\s+(alleen|anders\s+dan|on(mogelijk|genegen|welwillend|willig|gelegen|verschillig|aantrekkelijk))\b)|g[eé][eé]n|n[oó][oó]it|not(?!\s+only\b)|don't|do\s+not|never|overweeg\w*|considering)\b",
    re.I,
)
# A request denied after it, the Dutch way: "Afmelden wil ik niet", "Afmelden hoeft dus niet".
NEGATED_AFTER = re.compile(
    # ("..., ik wil niet dat die nog ergens rondslingeren" gives a reason for the request: no negation of it)
    r"^\W{0,3}(\w+\s+)?(wil|hoef|hoeft|moet|ga|zal|heb|hebben)\s+(ik|je|u|het|we|wij)?\s*(\w+\s+)?niet\b(?!\s+dat\b)|^\W{0,3}(is\s+)?niet\s+nodig|"
    # "lid worden is niet aan de orde", "afmelden is niet de bedoeling"
    r"^\W{0,3}(is|was)\s+((voor\s+mij|zeker|absoluut|echt|helemaal|nadrukkelijk|uitdrukkelijk)\s+)?niet\s+(aan\s+de\s+orde|"
    r"(de|mijn)\s+bedoeling)",
    re.I,
)
# Someone else's mailing or course: "afmelden voor de nieuwsbrief van (het) Bestuursblad", an "abonneenummer", "X's
# newsletter", "uitschrijven voor de opleiding Zaakgericht Werken", "remove me from the ... Expo exhibitor list". The
# network runs no course, training, congress or fair; its own name after "van" ("van het Netwerk") is excluded.
# Courses, fairs, groups, surveys and meals: what a leave or sign-up can be for that is not the network's membership
# (OTHERS_MAILING after "voor"/"van", OTHER_THING in a subject).
_NOT_MEMBERSHIP = (
    r"(leergang|opleiding|cursus|training|module|masterclass|congres|conferentie|symposium|webinar|beurs|expo|"
    r"academie|course|conference|exhibitor|summit|linkedin|whatsapp|teams-?groep|werkgroep|stuurgroep|"
    r"klankbordgroep|intervisie|working\s+group|steering|enquête|enquete|survey|vragenlijst|lunch|diner|borrel)\w*"
)
OTHERS_MAILING = re.compile(
    # "de VNG-nieuwsbrief", "Afmelden nieuwsbrief VNG": another organisation's newsletter by its initials
    r"\b(?!NETWERK)[A-Z][A-Z&]{1,9}-(?i:nieuwsbrie\w*|newsletter)|(?i:nieuwsbrie\w*|newsletter)\s+(?!NETWERK\b)[A-Z][A-Z&]{1,9}\b|"
    r"(?i:nieuwsbrie\w*|newsletter|mailing|\w*bijeenkomst|event|meeting)\s+(?i:van|of|from)\s+((?i:het|de|the)\s+)?"
    r"(?!(?i:het|uw|jullie|ons|onze|the|your|this|netwerk\w*|network)\b)[A-Z]\w+|"
    r"(?i:\babonnee\w*|\babonnement\w*|\bsubscription\s+number)|[A-Z]\w+'s\s+(\w+\s+){0,3}(?i:newsletter)|"
    # another network by its name: "de nieuwsbrief van het Netwerk Informatiemanagers" (ours is "Netwerk van ...")
    r"(?i:nieuwsbrie\w*|newsletter|mailing)\s+(?i:van|of)\s+(?i:het|the)\s+(?i:netwerk|network)\s+(?!(?i:van|voor|of)\b)"
    r"[A-Z]\w+|"
    # another network by what its members do: "het regionale netwerk van griffiers", "netwerk voor controllers"
    r"(?i:\bnetwerk\s+(van|voor)\s+(de\s+|onze\s+)?(?!directeur\w*\b|ambtelijke\b|\w*organisaties\b|gr'?s\b|gemeenten\b|"
    r"directies\b)[a-z][\w-]*s\b)|"
    # ("I do want to stay, of course": the idiom, no course)
    r"(?i:\b(?!of\s+course\b)(voor|van|from|for|uit|of)\s+(de|het|the|dit|deze|this|die|that)?\s*(\w+\s+){0,3}?"
    + _NOT_MEMBERSHIP
    + r"\b)"
)
# The secretariat in copy of a mail to someone else: "Ik heb het secretariaat in de cc gezet", "I've copied the
# secretariat", "info@ in cc".
COPIED_IN = re.compile(
    r"\b(het\s+secretariaat|jullie|u|info@\S*)\s+(\w+\s+){0,2}in\s+(de\s+)?(cc|kopie)\b|"
    r"\b(cc|kopie)\s+(aan|naar)\s+(het\s+secretariaat|jullie|info@\S*)|"
    r"\b(copied|cc'?d|cc'?ed)\s+(in\s+)?(the\s+secretariat|you|info@\S*)",
    re.I,
)
# What is removed is in a document of ours, not the writer from the network: "Kunt u mijn naam daar verwijderen" after
# "In het verslag staat mijn naam", "remove my photo from the report".
IN_A_DOCUMENT = re.compile(
    r"\b(verslag\w*|notulen|presentatie\w*|foto\w*|bijlage\w*|citaat|slides?|sheets?|deelnemerslijst|"
    r"report|minutes|photo\w*|picture\w*|attachment\w*|quote)\b",
    re.I,
)
# Things of ours or others that are not membership: a leave word next to one of them in a subject ("Afmelden lunch")
# stops that thing; "stop met bellen" stops the calls, not the mail.
OTHER_THING = re.compile(r"\b(" + _NOT_MEMBERSHIP + r"|adviesraad|telefoon\w*|bellen|papieren?|post)\b", re.I)
STOP_SOMETHING_ELSE = re.compile(
    r"\bstop\w*\s+(\w+\s+)?(met\s+)?(bellen|telefoneren|(de\s+)?(herinneringen|enquête|post|papieren\s+\w+)|"
    r"calling|phoning|(the\s+)?(calls|reminders|survey|paper\s+\w+))\b",
    re.I,
)
# A death reported ("is onverwacht overleden", "passed away"): always for a person, whatever it asks. Not the life
# event "overlijden" in a topic about services.
DECEASED = re.compile(
    r"\b((is|zijn)\s+(\w+\s+){0,3}overleden|overleed|heengegaan|het\s+overlijden\s+van\s+(onze|mijn|de\s+heer|mevrouw|"
    r"collega)|passed\s+away|has\s+died|deceased)\b",
    re.I,
)
# A request made on a condition only a person can weigh: "Als het netwerk ook openstaat voor interim-directeuren, meld
# ik mij aan", "Indien de vergadering niet uitloopt, ben ik erbij", "I'll come, provided it ends on time". Not "als het
# goed is" (normally), "als dat (nog) kan" (a courtesy), "als er nog plek is" (the service sees to the seats) or "als
# lid" (as a member).
# A seat coming free, which the service sees to itself ("als er nog plek is", "komt er een plaats vrij").
_A_SEAT = r"er\s+(nog\s+)?(een\s+)?(plek|plaats|ruimte|stoel)\w*"
CONDITION = re.compile(
    # (also after a colon: "Even ter voorbereiding: als de raden in juni besluiten ..., zal ik me afmelden"; and put
    # verb first: "Levert het me te veel mail op, dan meld ik me af", "Blijkt er een bijdrage te gelden, dan ...")
    r"^\W*(?!(in|op|met|voor|na|bij|om|tot|van|door|over|onder|tegen|uit|aan|dus|maar|en|want|ook|toen|nu|daar|hier|"
    r"zo|toch|wel|niet|helaas|dan|eerst|straks|morgen|vandaag|sinds|vanaf)\b)"
    r"(?!\w+\s+" + _A_SEAT + r"\b)"
    r"(?=[a-z]\w*\s+((het|er|ik|u|jullie|we|wij)\b[^.!?\n]{0,100}|(dat|dit)\s*),\s*dan\s+\w+\s+(ik|wij|we)\b)|"
    r"(^|:\s)\W*((als|indien|wanneer|zodra|mocht|mochten|stel\s+dat|if|in\s+case)\s+(?!(het|dat)\s+(goed\s+is|nog\s+kan|kan|mag)\b)"
    r"(?!" + _A_SEAT + r"\s+(vrij\s+)?(is|zijn|over|beschikbaar|vrijkomt|vrij\s+komt|bijkomt)\b)"
    r"(?!there\s+(is|are)\s+(still\s+)?(a\s+)?(seat|place|room|space)s?\b)"
    # ("Als de nieuwe directeur van Duinstreek zou ik graag lid worden": "als" is "as" there, no condition)
    r"(?!(de|het|een)\s+([\w-]+\s+){0,3}(directeur|directrice|secretaris|bestuurder|manager)\s+(van\s+([\w-]+\s+){1,4})?"
    r"(zou|wil|ben|heb|kan|mag|meld|wens|verzoek)\s+(ik|wij|we)\b)"
    r"(het|de|er|ik|u|jullie|je|we|wij|zij|ze|hij|dat|dit|die|mijn|onze|it|the|there|i|we|you|my|our|they)\b)|"
    # "Tel ik dan mee? Zo niet, dan laat ik het vervallen", "If not, please cancel"
    r"^\W*(zo\s+niet|zo\s+nee|indien\s+niet|if\s+not)\b|"
    r"\b(mits|op\s+voorwaarde\s+dat|provided(\s+that)?|on\s+condition)\b(?!\s+"
    + _A_SEAT
    + r"\s+(vrij\s+)?(is|zijn|over|beschikbaar)\b)|"
    r"\b(alleen|only)\s+(\S+\s+){0,6}?(als|indien|if)\s+"
    r"(?!(het|dat|it)\s+(kan|mag|is\s+possible)\b)",
    re.I,
)
# A word mentioned, not used: 'afmelden' in quotes ("Als ik 'afmelden' antwoord ...").
# Someone else's words quoted after a verb that reports them: "Een oud-collega schreef me: 'Meld me maar af bij dat
# netwerk, ik heb er geen tijd meer voor.'" is not the writer's request.
_QUOTE_OPENS = re.compile(r"['\"\u2018\u201c]")
_REPORTED_SPEECH = re.compile(
    r"\b(schreef|schrijft|zei|zegt|vroeg|vraagt|mailde|meldde|appte|liet\s+(\w+\s+)?weten|wrote|writes|said|says|asked)\b"
    r"[^'\"\u2018\u201c\n]{0,40}?[:,]?\s*['\"\u2018\u201c](?P<said>[^'\"\u2019\u201d\n]{3,300})['\"\u2019\u201d]",
    re.I,
)
_QUOTED_PAIRS = frozenset({"''", '""', "‘’", "“”", "«»", "'’", "‘'"})
# The "geen"/"niet" that is itself the request: "geen e-mails meer", "(mij) niet meer (te) mailen".
_SAYS_NO_MORE = re.compile(
    r"\b(geen\s+((e-?)?mails?|berichten|uitnodigingen|nieuwsbrie\w+)\s+((van|uit)\s+\S+\s+\S+\s+)?meer|"
    r"geen\s+(verdere\s+)?(correspondentie|post|mail\w*|e-?mails?|berichten|uitnodigingen)|niet\s+(langer|meer)\s+(als\s+)?lid|geen\s+directeur\s+meer|niet\s+langer\s+directeur|niet\s+(meer|langer)\s+mee|niet\s+(meer|langer)\s+(deelnemen|deel\s+nemen|lid|te\s+zijn|zijn|blijven)|geen\s+lid\s+meer|geen\s+lid(\s+van(\s+\w+)?)?\s+(te\s+)?(zijn|blijven)|niet\s+(meer|langer)\s+(gemaild|ge-?e-?maild|benaderd|uitgenodigd)|"
    r"niet\s+(meer|langer)\s+(te\s+)?(mailen|e-?mailen|sturen|toesturen|benaderen|uitnodigen|ontvangen)|"
    # in English: "please don't send me any more invitations", "do not email me again", "no longer wish to receive"
    r"(do\s+not|don'?t|never)\s+(send|e-?mail|mail|contact|invite)\s+me|no\s+longer\s+(wish|want)\s+to)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?\n]")
CLAUSE_END = re.compile(r"[.!?\n,;:]|\b(en|maar|want|dus|of|and|but)\s")


def clause_of(text: str, words: str, ends: re.Pattern[str] = CLAUSE_END) -> str:
    """The clause of ``text`` that holds ``words`` (the whole text when they are not found in it), between ``ends``."""
    at = text.lower().find(words.lower())
    if at < 0:
        return text
    start = max((m.end() for m in ends.finditer(text, 0, at)), default=0)
    end = next((m.start() for m in ends.finditer(text, at + len(words))), len(text))
    return text[start:end]


_NUMBERS = {"een": 1, "één": 1, "1": 1, "twee": 2, "2": 2, "drie": 3, "3": 3, "vier": 4, "4": 4, "vijf": 5, "5": 5}
_GUESTS = re.compile(
    r"(\bmet\s+(een|één|twee|drie|vier|\d)\s+(extra\s+)?(collega|collega's|gast|gasten|personen|medewerkers?|"
    r"raadsleden|bestuurders?|wethouders?)\b|\bneem\w*\s+(\w+\s+){0,3}(een|één|twee|drie|vier|\d)\s+(collega|collega's|"
    r"gast|gasten|medewerkers?)\s+(\w+\s+){0,2}mee\b|\bmet\s+z'?n\s+(tweeën|drieën|vieren)\b|\bmet\s+(\d|twee|drie|vier)\s+personen\b|"
    r"\bplus\s+(een|één|1)\b|\+\s?(\d)\b|\bwith\s+(a|one|two|\d)\s+colleagues?)",
    re.I,
)
_PEOPLE_TOTAL = {"tweeën": 1, "drieën": 2, "vieren": 3}


@dataclass(frozen=True, slots=True)
class Hit:
    words: str
    negated: bool


def find(rx: re.Pattern[str], text: str, *, inherent: bool = False, clause: bool = False) -> Hit | None:
    """The first match, and whether any match is negated (a negated request is no request: a human looks).

    Dutch puts "niet" just before the verb ("ik wil me niet afmelden") or inside a split verb ("ik meld me niet
    af"), so the few words before a match and the match itself are checked, not the whole sentence ("verwijder
    mijn gegevens, ik heb geen interesse meer" is not negated). ``inherent`` is for patterns that themselves
    say "niet" ("ik kan niet komen"): only the words before count then.

    With ``clause`` (the per-sentence reading, reading.py) a negation counts only within its own clause ("Ik kom
    niet, en wil graag afgemeld worden": the "niet" is not about the second clause), and the first match that
    is not negated is the one returned.
    """
    first: re.Match[str] | None = None
    negated = False
    ends = CLAUSE_END if clause else _SENTENCE_END
    reported = [m.span("said") for m in _REPORTED_SPEECH.finditer(text)] if _QUOTE_OPENS.search(text) else []
    for m in rx.finditer(text):
        start = max((x.end() for x in ends.finditer(text, max(0, m.start() - 60), m.start())), default=0)
        before = text[max(start, m.start() - 40) : m.start()]
        # "geen mails meer ontvangen", "mij niet meer mailen" say their own "geen"/"niet": that is the request,
        # not a negation of it (words before the match still negate: "ik wil niet dat u mij niet meer mailt").
        inside = _SAYS_NO_MORE.sub(" ", m.group(0))
        quoted = 0 < m.start() < m.end() < len(text) and text[m.start() - 1] + text[m.end()] in _QUOTED_PAIRS
        if quoted or any(a <= m.start() < b for a, b in reported):
            continue  # the word mentioned in quotes, or someone else's words quoted, not a request
        after = NEGATED_AFTER.match(text[m.end() : m.end() + 40])
        this = bool(NEGATION.search(before) or (not inherent and NEGATION.search(inside)) or (not inherent and after))
        if clause and not this:
            return Hit(" ".join(m.group(0).split())[:80], False)
        first = first or m
        negated = negated or this
    if first is None:
        return None
    return Hit(" ".join(first.group(0).split())[:80], negated)


def guests(text: str) -> int | None:
    """How many people come along besides the sender, when the RSVP says so."""
    m = _GUESTS.search(text)
    if not m:
        return None
    words = m.group(0).lower()
    for word, total in _PEOPLE_TOTAL.items():
        if word in words:
            return total
    for token in re.findall(r"\d+|\w+", words):
        if token in _NUMBERS:
            n = _NUMBERS[token]
            return n - 1 if "personen" in words else n
    return None
