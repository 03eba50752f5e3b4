"""The thirtieth labelled set's cases (issue 17): written without reading the classifier, each labelled as the
secretariat should treat it; cases that could not be labelled with confidence were left out.

Conventions as in the other sets: replies to our follow-up mail (vervolg_atelier) carry the thread
``call_for_themes``; replies to the waiting-list, substitute-invitation and change mails carry the thread
``invitation``; a director who cannot come but sends a substitute is an RSVP with ``attending`` False; a reply that
changes an earlier answer gets the latest answer; a mail mixing an act with a question a person must answer is
``other``; an answer to the invitation for an atelier that is already over goes to a person (``other``). Inline
answers carry our quoted lines in ``body`` themselves and no ``quoted``. A bare "ja" or "nee" is read under the
question it answers: "Nee" under "Neemt u iemand mee?" beside "Ja" under "Komt u?" is a yes to the atelier.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"

INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
WAIT = "U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]"
SUBST = "Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
CHG = "Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
VV = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
CONF = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
OLD = "Uitnodiging Leer- en inspireer-atelier 8 oktober 2026: Regie in de regio [atelier:2026-2]"


def gt(*lines: str) -> str:
    """Lines of our mail as the writer's client quotes them, one "> " each."""
    return "\n".join(f"> {line}" if line else ">" for line in lines)


TB = "Op 02-03-2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties:\n"
GM = (
    "Op di 2 mrt 2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
    "info@ambtelijkefusie.nl>:\n"
)
EN = (
    "On Tue, 2 Mar 2027 at 09:00, Netwerk van directeuren van ambtelijke fusieorganisaties\n"
    "<info@ambtelijkefusie.nl> wrote:\n"
)

# The invitation's questions and facts, as lines people keep when they answer between them.
KOMT = 'Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".'
MEE = "Neemt u iemand mee, vermeld dan met hoeveel personen u komt."
PLAATS = "Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en e-mailadres."
ASK = (
    'Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met hoeveel',
    "personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en e-mailadres.",
)
WANNEER = "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur"
THEMA = "Thema:   Samenwerking"
WAAR = "Waar:    Stadskantoor, Vredenburg 3, Utrecht"
ONLINE = "Online:  https://teams.microsoft.com/l/meetup-join/abc"
ACCEPT = "In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat telt als aanmelding."
VOL = "Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst."
VOOR = "Graag uw antwoord vóór 2 maart 2027."
VRAAG = "Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?"
FOOT = "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl."
# The reminder.
GAST = (
    'Binnenkort is het Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid". '
    "Fijn dat u erbij bent, met 1 gast!"
)
KOFFIE = "De ontvangst is een kwartier voor aanvang, met koffie en thee."
TOCHNIET = (
    'Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met "helaas, ik kan niet"; dan geven wij uw plaats aan',
    "iemand op de wachtlijst.",
)
# The waiting-list mail.
WACHT = (
    "Het atelier is helaas vol;",
    "u staat op de wachtlijst (plaats 2). Komt er een plaats vrij, dan krijgt u van ons bericht.",
)
VERANDERT = 'Verandert er iets? Beantwoord deze e-mail gewoon, bijvoorbeeld met "ik kom toch" of "ik kan toch niet".'
# The substitute's invitation.
NAMENS = (
    'Dirk Smit kan zelf niet naar het Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" komen en heeft u',
    "opgegeven om in zijn of haar plaats deel te nemen, met 1 gast. U bent van harte welkom.",
)
SUBNIET = (
    "De agenda-afspraak zit als bijlage bij deze e-mail. Kunt u toch niet? Beantwoord deze e-mail dan; wij nemen",
    "het op met Dirk Smit.",
)
# The change mail.
DATUM = (
    "- datum en tijd: donderdag 18 maart 2027, 14.00 tot 17.30 uur (was: donderdag 11 maart 2027, 14.00 tot 17.30 uur)"
)
PLEK = "- plaats: Provinciehuis, Pythagoraslaan 101, Utrecht (was: Stadskantoor)"
# Last autumn's invitation (an atelier that is over).
OLDWANNEER = "Wanneer: donderdag 8 oktober 2026, 13.30 tot 17.00 uur"
OLDWAAR = "Waar:    Gemeentehuis Zandmeer, Raadhuisplein 1, Zandmeer"
OLDGM = "Op do 17 sep 2026 om 10:12 schreef Netwerk van directeuren van ambtelijke fusieorganisaties:\n"
OLDTB = "Op 17-09-2026 om 10:12 schreef Netwerk van directeuren van ambtelijke fusieorganisaties:\n"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
ANDROID = "\n\nVerzonden vanuit Outlook voor Android"
GALAXY = "\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone."
DISCLAIMER = (
    "\n\nDe informatie in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik van deze informatie "
    "door anderen is niet toegestaan. Aan dit bericht kunnen geen rechten worden ontleend."
)
TWENTS = "\n\nGoodndag,\nGerrit Nijhuis\ndirecteur Werkorganisatie Dinkelveld\n074 - 240 11 80"
ZEEUWS = "\n\nGroeten uit Zeeland,\nWillemien Dekker\nalgemeen directeur Gemeenten Schouwenbroek & Oosterland"

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP: inline between our quoted questions --------------------------------------------------------
    {"id": "d30-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Hanneke Bos <h.bos@wo-dijkenmark.nl>",
     "body": TB + gt(KOMT) + "\nJa\n\n" + gt(MEE) + "\nNee\n\n" + gt(PLAATS) + "\nn.v.t.\n\nHanneke"},
    {"id": "d30-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Joost Verhagen <j.verhagen@veenhorst.nl>",
     "body": "Zie mijn antwoorden hieronder.\n\n" + gt(KOMT) + "\n\nja, ik kom\n\n" + gt(MEE) +
             "\n\nNee, ik kom alleen.\n\n" + gt(PLAATS) + "\n\nNee.\n\nGroet,\nJoost Verhagen\n"
             "algemeen directeur Werkorganisatie Veenhorst"},
    {"id": "d30-rsvp-03", "kind": "rsvp", "attending": False, "thread": I, "subject": "RE: " + INV,
     "sender": "Ingrid Molenaar <ingrid.molenaar@breeland.nl>",
     "body": GM + gt(*ASK) + "\n\nNee, helaas. Ik zit die week op werkbezoek in Brussel.\n\n" + gt(VOL, VOOR) +
             "\n\nIngrid Molenaar"},
    {"id": "d30-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "R. Oudshoorn <r.oudshoorn@kromme-aa.nl>",
     "body": gt(WANNEER, THEMA, WAAR, ONLINE) + "\n\nPrima, staat in de agenda.\n\n" + gt(KOMT) + "\nJa.\n" +
             gt(MEE) + "\nJa, met z'n tweeën: ik neem Sandra Wolters mee, onze strateeg.\n" + gt(PLAATS) +
             "\n-\n\nRob Oudshoorn"},
    {"id": "d30-rsvp-05", "kind": "rsvp", "attending": False, "thread": I, "subject": "RE: " + INV,
     "sender": "Directie Drechtveld <directie@drechtveld.nl>",
     "body": gt(KOMT) + "\nNee\n" + gt(MEE) + "\n-\n" + gt(PLAATS) +
             "\nJa: Mirjam Kuipers, directeur Sociaal Domein, m.kuipers@drechtveld.nl\n\n"
             "Met vriendelijke groet,\nnamens Wim de Groot, algemeen directeur\nJolanda Smits, directiesecretaresse"},
    {"id": "d30-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Pieter Hoogland <p.hoogland@lekdal.nl>",
     "body": "Hoi,\n\n" + gt(KOMT) + "\n\nJa!\n\n" + gt(MEE) +
             "\n\nNee, deze keer niet.\n\nTot de 11e.\nPieter" + IPHONE},
    {"id": "d30-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Anouk Janssen <a.janssen@peelrand.nl>",
     "body": TB + gt(*ASK) + "\n\nJa, ik kom. Met 3 personen in totaal: ikzelf, Bart Peeters (concerncontroller) en "
             "Esther Vos (programmamanager regio).\n\n" + gt(ACCEPT) +
             "\n\nDie bijlage zie ik niet, vandaar deze mail.\n\n"
             "Groet, Anouk Janssen"},
    {"id": "d30-rsvp-08", "kind": "rsvp", "attending": False, "thread": I, "subject": "RE: " + INV,
     "sender": "Koen van Wijk <k.vanwijk@ijsselhoek.nl>",
     "body": gt(KOMT) + "\n\nHelaas niet, de raad heeft die middag een extra vergadering over de begroting.\n\n" +
             gt(MEE) + "\n\nNvt\n\n" + gt(PLAATS) + "\n\nNee, niemand beschikbaar.\n\nKoen" + DISCLAIMER},
    {"id": "d30-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Marloes Kramer <marloes.kramer@polderpoort.nl>",
     "body": gt(WANNEER, THEMA, WAAR, ONLINE) + "\n\nIk doe online mee, via de Teams-link.\n\n" + gt(*ASK) +
             "\n\nZie boven: ja, maar digitaal. Alleen ik.\n\nMarloes"},
    {"id": "d30-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Gerrit Nijhuis <g.nijhuis@dinkelveld.nl>",
     "body": GM + gt(KOMT) + "\n\nJoa, ik kom.\n\n" + gt(MEE) + "\n\nNee\n\n" + gt(PLAATS) + "\n\nNee" + TWENTS},
    {"id": "d30-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Samira Bouzid <s.bouzid@heidezoom.nl>",
     "body": gt(KOMT) + "\nJa, maar ik kan pas om 15.00 uur aanschuiven (MT-overleg tot half drie).\n" + gt(MEE) +
             "\nNee.\n\nMet vriendelijke groet,\nSamira Bouzid\nDirecteur Werkorganisatie Heidezoom"},
    {"id": "d30-rsvp-12", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Thomas Vermeulen <t.vermeulen@bommelstroom.nl>",
     "body": gt(WANNEER) + "\n\nIk moet om 16.15 weg voor een raadsinformatieavond, dus ik mis het laatste uur.\n\n" +
             gt(KOMT) + "\n\nJa, met die kanttekening.\n\nThomas"},
    {"id": "d30-rsvp-13", "kind": "rsvp", "attending": False, "thread": I, "subject": "RE: " + INV,
     "sender": "Lotte Verbruggen <l.verbruggen@maasenwaalkant.nl>",
     "body": gt(KOMT) + "\n\nNee.\n\n" + gt(MEE) + "\n\nNee.\n\n" + gt(PLAATS) +
             "\n\nNee, ook geen collega. Volgende keer beter!\n\nLotte"},
    {"id": "d30-rsvp-14", "kind": "rsvp", "attending": False, "thread": I, "subject": "RE: " + INV,
     "sender": "Harm Oosterhof <h.oosterhof@hunzedal.nl>",
     "body": "Geacht secretariaat,\n\nHieronder mijn antwoorden.\n\n" + gt(KOMT) +
             "\nHelaas ben ik verhinderd.\n" + gt(PLAATS) +
             "\nIn mijn plaats komt de heer drs. E.J. (Erik) Lubbers, concerndirecteur, e.lubbers@hunzedal.nl, "
             "tel. 0599 - 61 20 40.\n\nHoogachtend,\n\nH. Oosterhof\nalgemeen directeur Werkorganisatie Hunzedal"},
    {"id": "d30-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Femke de Boer <f.deboer@kustgemeenten-west.nl>",
     "body": gt(MEE) + "\n\nIk kom met 2 personen: ik en mijn collega Youssef Amrani, teamleider "
             "gemeentebrede samenwerking.\n\nFemke"},
    {"id": "d30-rsvp-16", "kind": "rsvp", "attending": False, "thread": I, "subject": "RE: " + INV,
     "sender": "Bas Klaassen <b.klaassen@deduinkant.nl>",
     "body": gt(PLAATS) + "\n\nDat klopt: ik kan zelf niet, Fleur Hendrikx komt in mijn plaats "
             "(fleur.hendrikx@deduinkant.nl).\n\nBas" + ANDROID},
    {"id": "d30-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Margriet Schouten <m.schouten@grensland-oost.nl>",
     "body": EN + gt(*ASK) + "\n\nYes, I'll be there. Bringing one colleague, Daan Bakker (d.bakker@grensland-oost.nl) "
             "- so 2 people in total.\n\nMargriet"},
    {"id": "d30-rsvp-18", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Erwin Dijkman <e.dijkman@wo-zandmeer.nl>",
     "body": gt(ONLINE) + "\n\nDeze gebruik ik. Fysiek lukt niet ivm de afstand, maar ik sluit om 14.00 uur digitaal "
             "aan.\n\nErwin Dijkman"},
    {"id": "d30-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Nicole Peeters <n.peeters@oosterwold-unie.nl>",
     "body": gt(KOMT) + "\n==> ja, ik kom\n" + gt(MEE) + "\n==> nee\n" + gt(PLAATS) + "\n==> n.v.t.\n\nNicole"},
    {"id": "d30-rsvp-20", "kind": "rsvp", "attending": False, "thread": I, "subject": "RE: " + INV,
     "sender": "Jan-Willem Brink <jw.brink@vechtoever.nl>",
     "body": "Beste Stan, Melanie,\n\n" + gt(*ASK) + "\n\n[JWB] Nee helaas. Zelf zit ik die dag bij de provincie. "
             "[JWB] Collega Annelies Roos komt wel, a.roos@vechtoever.nl.\n\nJan-Willem"},
    {"id": "d30-rsvp-21", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Carla Wouters <c.wouters@lingemaas.nl>",
     "body": gt(KOMT) + "\n\n--> JA\n\n" + gt(MEE) + "\n\n--> NEE\n\n" + gt(PLAATS) + "\n\n--> NEE\n\nCarla Wouters" +
             DISCLAIMER},
    {"id": "d30-rsvp-22", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Ruben Smeets <r.smeets@geulheuvel.nl>",
     "body": gt(WANNEER) + "\nIk ben er vanaf half vier; eerder gaat niet.\n" + gt(MEE) +
             "\nMijn plaatsvervanger Linda Hermans komt wel vanaf 14.00, dus wij zijn met z'n tweeën.\n\n"
             "Groete oet 't zuuje,\nRuben Smeets"},

    # -- RSVP: numbered lists, tables, copied questions (top-posted above a quote) ------------------------
    {"id": "d30-rsvp-23", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Sander Mulder <s.mulder@wo-dijkenmark.nl>",
     "body": "1. ja 2. nee 3. -\n\nSander"},
    {"id": "d30-rsvp-24", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Wilma Veenstra <w.veenstra@hunzedal.nl>",
     "body": "1. Nee\n2. -\n3. Ja: Tjeerd Bosma, t.bosma@hunzedal.nl\n\nMvg Wilma Veenstra"},
    {"id": "d30-rsvp-25", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Mark Dekkers <markdekkers@heidezoom.nl>",
     "body": "1) Ja\n2) Ja, 1 persoon: Evelien Kok\n3) niet van toepassing\n\n-- \nMark Dekkers | directeur | "
             "Werkorganisatie Heidezoom | 040 - 208 44 10"},
    {"id": "d30-rsvp-26", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Yvonne Claassen <y.claassen@bommelstroom.nl>",
     "body": "Komt u? Ja\nNeemt u iemand mee? Nee\nKomt een collega in uw plaats? Nee\n\nYvonne" + IPHONE},
    {"id": "d30-rsvp-27", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Arjen Post <a.post@polderpoort.nl>",
     "body": "Beste secretariaat,\n\n| Vraag | Antwoord |\n|---|---|\n| Komt u? | Ja |\n"
             "| Met hoeveel personen? | 2 (ikzelf en Karin Dijkstra, manager bedrijfsvoering) |\n"
             "| Vervanger | n.v.t. |\n\nMet vriendelijke groet,\nArjen Post"},
    {"id": "d30-rsvp-28", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Hendrik Wiersma <h.wiersma@waldsein.nl>",
     "body": "Komt u?\tNee\nAantal personen:\t0\nVervanger:\tgeen\n\nH. Wiersma"},
    {"id": "d30-rsvp-29", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Mw. drs. C.M. van Leeuwen <cm.vanleeuwen@lingemaas.nl>",
     "body": "Geachte heer Van de Laar, geachte mevrouw Huurneman,\n\nIn antwoord op uw drie vragen:\n"
             "1. Ik ben helaas verhinderd.\n2. Niet van toepassing.\n3. In mijn plaats neemt deel: mevrouw R. (Renske) "
             "Jacobs, directeur Ruimte, r.jacobs@lingemaas.nl.\n\nHoogachtend,\n\ndrs. C.M. van Leeuwen\n"
             "algemeen directeur Werkorganisatie Lingemaas"},
    {"id": "d30-rsvp-30", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Dennis Kuijpers <d.kuijpers@kromme-aa.nl>",
     "body": "Vraag: Komt u?\nAntwoord: Ja\n\nVraag: Neemt u iemand mee?\nAntwoord: Nee\n\nDennis Kuijpers"},
    {"id": "d30-rsvp-31", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Esmee Kroon <e.kroon@breeland.nl>",
     "body": "ja / nee / nee\n\nEsmee"},
    {"id": "d30-rsvp-32", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Frank Meijer <f.meijer@vechtoever.nl>",
     "body": "Anja, dank. Antwoord voor het secretariaat:\n- komen: ja\n- introducé: nee\n- vervanger: nee\n\nFrank"},
    {"id": "d30-rsvp-33", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Linda van Dam <l.vandam@maasenwaalkant.nl>",
     "body": "Goedemorgen,\n\nOp uw vragen:\n1. ja\n2. ja, met 3 personen (ik + Ahmed Yilmaz en Petra Schipper van "
             "ons programmateam)\n3. -\n\nMocht de zaal vol raken, dan doet Petra online mee.\n\n"
             "Groet,\nLinda van Dam"},
    {"id": "d30-rsvp-34", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Tim Hendriks <t.hendriks@ijsselhoek.nl>",
     "body": "1. nee, helaas\n2. nvt\n3. nee\n\nGroet Tim" + GALAXY},
    {"id": "d30-rsvp-35", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Jeroen Smit <jeroen.smit@deduinkant.nl>",
     "body": "Antwoord op vraag 1: ja, ik kom.\nVraag 2 en 3 zijn voor mij niet van toepassing.\n\nJeroen"},
    {"id": "d30-rsvp-36", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Marieke Haan <m.haan@kustgemeenten-west.nl>",
     "body": "Alleen vraag 2 voor mij: ik neem 1 persoon mee, Jolien Verbeek (j.verbeek@kustgemeenten-west.nl). "
             "Wij komen dus met z'n tweeën.\n\nMarieke" + IPHONE},
    {"id": "d30-rsvp-37", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Paul Verhoeven <p.verhoeven@grensland-oost.nl>",
     "body": "Wat uw derde vraag betreft: ja, ik kan zelf niet en Hilde Snijders (h.snijders@grensland-oost.nl) "
             "gaat in mijn plaats.\n\nPaul Verhoeven"},
    {"id": "d30-rsvp-38", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "A.J. Timmermans <aj.timmermans@peelrand.nl>",
     "body": "Naam: A.J. Timmermans\nOrganisatie: Werkorganisatie Peelrand\nAanwezig: ja\nAantal personen: 1\n"
             "Vervanger: -\nDieetwensen: geen"},
    {"id": "d30-rsvp-39", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Sietse Bakker <s.bakker@waldsein.nl>",
     "body": "Komt u? -> ja\nNeemt u iemand mee? -> nee\n\nMei freonlike groetnis,\nSietse Bakker"},
    {"id": "d30-rsvp-40", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Directiesecretariaat <directiesecretariaat@oosterwold-unie.nl>",
     "body": "Goedemiddag,\n\nNamens de algemeen directeur, de heer K. Brouwer:\n1. Nee, hij is met vakantie.\n"
             "2. n.v.t.\n3. De heer Brouwer laat zich vervangen door mevrouw S. El Amrani, directeur Bedrijfsvoering "
             "(s.elamrani@oosterwold-unie.nl).\n\nMet vriendelijke groet,\nDirectiesecretariaat Oosterwold"},
    {"id": "d30-rsvp-41", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Kim Jansen <kim.jansen@lekdal.nl>",
     "body": "Komt u?\nJa hoor, online.\n\nKim"},
    {"id": "d30-rsvp-42", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Robert de Vos <r.devos@dinkelveld.nl>",
     "body": "Ad 1: ja\nAd 2: ja, twee gasten: Wendy Lammers (concernstrateeg) en Hugo Boer (raadsgriffier)\n"
             "Ad 3: n.v.t.\n\nDus wij zijn met drie personen.\n\nRobert de Vos\nalgemeen directeur\n"
             "T 0541 - 85 93 00"},

    # -- RSVP: reminder, waiting list, substitute invitation, change --------------------------------------
    {"id": "d30-rsvp-43", "kind": "rsvp", "attending": False, "thread": R, "subject": "RE: " + REM,
     "sender": "Hanneke Bos <h.bos@wo-dijkenmark.nl>",
     "body": gt(*TOCHNIET) + "\n\nhelaas, ik kan niet. Griep.\n\nHanneke" + IPHONE},
    {"id": "d30-rsvp-44", "kind": "rsvp", "attending": True, "thread": R, "subject": "RE: " + REM,
     "sender": "Joost Verhagen <j.verhagen@veenhorst.nl>",
     "body": gt(GAST) + "\n\nKlopt, maar het wordt zonder gast: mijn collega moet naar een raadscommissie. Ik kom "
             "dus alleen.\n\nJoost"},
    {"id": "d30-rsvp-45", "kind": "rsvp", "attending": True, "thread": R, "subject": "RE: " + REM,
     "sender": "Marloes Kramer <marloes.kramer@polderpoort.nl>",
     "body": gt(*TOCHNIET) + "\n\nNee hoor, ik ben er gewoon. Wel een halfuur later ivm de trein.\n\nMarloes"},
    {"id": "d30-rsvp-46", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Erwin Dijkman <e.dijkman@wo-zandmeer.nl>",
     "body": "Vervelend, maar ik moet afzeggen: het college heeft een spoedoverleg gepland. Mijn gast komt dan "
             "ook niet.\n\nErwin"},
    {"id": "d30-rsvp-47", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Anouk Janssen <a.janssen@peelrand.nl>",
     "body": "Dank voor de herinnering. Kleine wijziging: we komen nu met z'n drieën in plaats van met z'n tweeën; "
             "Roel Gijsbers (r.gijsbers@peelrand.nl) sluit ook aan.\n\nAnouk"},
    {"id": "d30-rsvp-48", "kind": "rsvp", "attending": False, "thread": R, "subject": "RE: " + REM,
     "sender": "Robert de Vos <r.devos@dinkelveld.nl>",
     "body": gt(GAST) + "\n" + gt(*TOCHNIET) + "\n\nZelf kan ik toch niet. Wendy Lammers (w.lammers@dinkelveld.nl) "
             "gaat in mijn plaats, samen met Hugo Boer.\n\nRobert"},
    {"id": "d30-rsvp-49", "kind": "rsvp", "attending": False, "thread": I, "subject": "RE: " + WAIT,
     "sender": "Koen van Wijk <k.vanwijk@ijsselhoek.nl>",
     "body": gt(VERANDERT) + "\n\nik kan toch niet. Haal me maar van de wachtlijst.\n\nKoen"},
    {"id": "d30-rsvp-50", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-lijn", "sender": "Lotte Verbruggen <l.verbruggen@maasenwaalkant.nl>",
     "body": "Inmiddels heb ik een andere afspraak op die middag staan, dus u kunt mijn plek op de wachtlijst aan "
             "een ander geven.\n\nLotte"},
    {"id": "d30-rsvp-51", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "notes-wrote", "sender": "Thomas Vermeulen <t.vermeulen@bommelstroom.nl>",
     "body": "Geen probleem, ik sluit dan online aan via de Teams-link. Zo hoeft u geen plaats voor mij vrij te "
             "maken.\n\nThomas"},
    {"id": "d30-rsvp-52", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + SUBST,
     "sender": "Mirjam Kuipers <m.kuipers@drechtveld.nl>",
     "body": gt(*NAMENS) + "\n\nDank u wel, ik kom graag. Mijn gast is Ronald Visser, senior adviseur "
             "regionale samenwerking.\n\nMirjam Kuipers\ndirecteur Sociaal Domein"},
    {"id": "d30-rsvp-53", "kind": "rsvp", "attending": False, "thread": I, "subject": "RE: " + SUBST,
     "sender": "Erik Lubbers <e.lubbers@hunzedal.nl>",
     "body": gt(*SUBNIET) + "\n\nHelaas: ik kan toch niet. Wilt u het met Dirk opnemen?\n\nErik Lubbers"},
    {"id": "d30-rsvp-54", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "apple", "sender": "Fleur Hendrikx <fleur.hendrikx@deduinkant.nl>",
     "body": "Prima, ik ga in de plaats van Dirk. Ik kom wel alleen, zonder gast.\n\nFleur" + IPHONE},
    {"id": "d30-rsvp-55", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Annelies Roos <a.roos@vechtoever.nl>",
     "body": "Goedemiddag,\n\nIk was door mijn directeur opgegeven, maar die dag zit ik bij de rechtbank voor een "
             "bezwaarzaak. Ik moet dus helaas verstek laten gaan.\n\nMet vriendelijke groet,\nAnnelies Roos"},
    {"id": "d30-rsvp-56", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + CHG,
     "sender": "Sander Mulder <s.mulder@wo-dijkenmark.nl>",
     "body": gt(DATUM, PLEK) + "\n\n18 maart past mij ook. Ik blijf aangemeld.\n\nSander"},
    {"id": "d30-rsvp-57", "kind": "rsvp", "attending": False, "thread": I, "subject": "RE: " + CHG,
     "sender": "Femke de Boer <f.deboer@kustgemeenten-west.nl>",
     "body": gt(DATUM) + "\n\nOp de 18e zit ik in het buitenland. Dan moet ik me helaas afmelden voor het atelier.\n\n"
             "Femke"},
    {"id": "d30-rsvp-58", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "gmail", "sender": "Ruben Smeets <r.smeets@geulheuvel.nl>",
     "body": "De nieuwe datum valt samen met onze raadsvergadering; ik kan niet meer komen. Schrap mij maar van de "
             "wachtlijst.\n\nRuben"},
    {"id": "d30-rsvp-59", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-en", "sender": "Margriet Schouten <m.schouten@grensland-oost.nl>",
     "body": "Fine by me - the new date works. Still coming, with Daan.\n\nMargriet"},

    # -- RSVP: changes of answer --------------------------------------------------------------------------
    {"id": "d30-rsvp-60", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Ingrid Molenaar <ingrid.molenaar@breeland.nl>",
     "body": "Correctie op mijn vorige mail: het werkbezoek is verzet, dus ik kan er tóch bij zijn.\n\n"
             "> Nee, helaas. Ik zit die week op werkbezoek in Brussel.\n\nIngrid"},
    {"id": "d30-rsvp-61", "kind": "rsvp", "attending": False, "thread": I, "subject": "RE: " + INV,
     "sender": "Pieter Hoogland <p.hoogland@lekdal.nl>",
     "body": "Moet helaas terugkomen op onderstaande.\n\n> " + KOMT + "\n>\n> Ja!\n\nDat wordt nee: ik heb een "
             "calamiteitenoverleg.\n\nPieter"},
    {"id": "d30-rsvp-62", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Tim Hendriks <t.hendriks@ijsselhoek.nl>",
     "body": "Vergeet mijn eerdere afmelding: de vergadering is geschrapt. 1. ja 2. nee 3. -\n\nTim"},
    {"id": "d30-rsvp-63", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Dennis Kuijpers <d.kuijpers@kromme-aa.nl>",
     "body": "Eerder gaf ik door dat ik zou komen. Door een reorganisatietraject lukt het niet meer; wilt u mij "
             "afmelden voor het atelier? Een vervanger is er niet.\n\nDennis Kuijpers"},
    {"id": "d30-rsvp-64", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Harm Oosterhof <h.oosterhof@hunzedal.nl>",
     "body": "Geacht secretariaat,\n\nIn afwijking van mijn bericht van vorige week kom ik zelf; de heer Lubbers "
             "hoeft dus niet in mijn plaats te komen.\n\n" + gt(PLAATS) + "\n\nHoogachtend,\nH. Oosterhof"},
    {"id": "d30-rsvp-65", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "groupwise", "sender": "Carla Wouters <c.wouters@lingemaas.nl>",
     "body": "Ik had ja gezegd, maar moet nu toch afhaken. Sorry voor het late bericht.\n\nCarla"},
    {"id": "d30-rsvp-66", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + WAIT,
     "sender": "Lotte Verbruggen <l.verbruggen@maasenwaalkant.nl>",
     "body": gt(VERANDERT) + "\n\nik kom toch! Mijn andere afspraak is verplaatst. Als er plek is hoor ik het graag, "
             "anders volg ik online.\n\nLotte"},
    {"id": "d30-rsvp-67", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Bas Klaassen <b.klaassen@deduinkant.nl>",
     "body": "Update: Fleur kan toch niet, dus ik kom zelf weer.\n\nBas" + ANDROID},

    # -- RSVP: bare yes/no read under the question it answers ---------------------------------------------
    {"id": "d30-rsvp-68", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Youssef Amrani <y.amrani@wo-zandmeer.nl>",
     "body": gt(KOMT) + "\nJa\n" + gt(MEE) + "\nNee"},
    {"id": "d30-rsvp-69", "kind": "rsvp", "attending": False, "thread": I, "subject": "RE: " + INV,
     "sender": "Wendy Lammers <w.lammers@dinkelveld.nl>",
     "body": gt(KOMT) + "\nnee\n"},
    {"id": "d30-rsvp-70", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Evelien Kok <e.kok@heidezoom.nl>",
     "body": gt(PLAATS) + "\nNee, ik kom zelf.\n\nEvelien"},
    {"id": "d30-rsvp-71", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Hugo Boer <h.boer@oosterwold-unie.nl>",
     "body": GM + gt(KOMT) + "\n\nJazeker\n\n" + gt(MEE) + "\n\nNee hoor\n\n" + gt(PLAATS) + "\n\nNee\n\n" +
             gt(VOL) + "\n\nIk hoop dat ik er nog bij pas.\n\nHugo"},
    {"id": "d30-rsvp-72", "kind": "rsvp", "attending": False, "thread": I, "subject": "RE: " + INV,
     "sender": "Petra Schipper <p.schipper@lekdal.nl>",
     "body": gt(KOMT) + "\nNee\n" + gt(MEE) + "\nNee\n" + gt(PLAATS) + "\nNee\n\nPetra"},
    {"id": "d30-rsvp-73", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Karin Dijkstra <k.dijkstra@polderpoort.nl>",
     "body": gt(*ASK) + "\n\nJa. Nee. Nee.\n\nKarin"},
    {"id": "d30-rsvp-74", "kind": "rsvp", "attending": True, "thread": R, "subject": "RE: " + REM,
     "sender": "Daan Bakker <d.bakker@grensland-oost.nl>",
     "body": gt(*TOCHNIET) + "\nNee, ik kan wél. Tot donderdag.\n\nDaan"},
    {"id": "d30-rsvp-75", "kind": "rsvp", "attending": False, "thread": I, "subject": "RE: " + SUBST,
     "sender": "Hilde Snijders <h.snijders@grensland-oost.nl>",
     "body": gt(*SUBNIET) + "\n\nJa, ik kan inderdaad niet. Paul is ingelicht.\n\nHilde"},
    {"id": "d30-rsvp-76", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Willemien Dekker <w.dekker@schouwenbroek.nl>",
     "body": gt(KOMT) + "\n\nJoa, zeker.\n\n" + gt(MEE) + "\n\nJa: 1 persoon, onze concerncontroller Kees "
             "Lievense.\n\n" + gt(PLAATS) + "\n\nNee." + ZEEUWS},
    {"id": "d30-rsvp-77", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Arjen Post <a.post@polderpoort.nl>",
     "body": gt(ONLINE) + "\nja graag, ik ben op die dag thuis\n" + gt(KOMT) + "\nja (online dus)\n"},

    {"id": "d30-rsvp-78", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Sanne Blom <s.blom@vechtoever.nl>",
     "body": "Goedemorgen,\n\nHieronder de antwoorden van onze directeur, mevrouw Lindeboom (in hoofdletters tussen "
             "de tekst).\n\nMet vriendelijke groet,\nSanne Blom, managementondersteuner\n\n" + gt(KOMT) +
             "\nJA\n" + gt(MEE) + "\nJA, MET ONZE GRIFFIER MAARTEN DE RUITER\n" + gt(PLAATS) + "\nNVT\n"},
    {"id": "d30-rsvp-79", "kind": "rsvp", "attending": False, "thread": I, "subject": "Antw: " + INV,
     "sender": "Joke Mensink <j.mensink@dinkelveld.nl>",
     "body": gt(WANNEER, WAAR) + "\n\nIk kan er op die datum helaas niet bij zijn. Het verslag lees ik graag.\n\n"
             "Joke Mensink"},
    # -- other: questions that need an answer, a yes to something else, an old atelier -------------------
    {"id": "d30-other-01", "kind": "other", "thread": I, "subject": "RE: " + INV,
     "sender": "Joris Lambregts <j.lambregts@bommelstroom.nl>",
     "body": gt(KOMT) + "\n\nDat hangt af van de planning van de raad, die is nog niet rond. Kan ik het u uiterlijk "
             "5 maart laten weten, of is dat te laat?\n\nJoris"},
    {"id": "d30-other-02", "kind": "other", "thread": I, "subject": "RE: " + INV,
     "sender": "Sabine Verschuren <s.verschuren@peelrand.nl>",
     "body": gt(MEE) + "\n\nMag ik twee collega's meenemen, of is het maximaal één gast per directeur?\n\nSabine"},
    {"id": "d30-other-03", "kind": "other", "thread": I, "subject": "RE: " + INV,
     "sender": "Michiel Groen <m.groen@veenhorst.nl>",
     "body": gt(ONLINE) + "\n\nWordt de sessie opgenomen? Dan kijk ik hem achteraf terug; live lukt me niet.\n\n"
             "Michiel"},
    {"id": "d30-other-04", "kind": "other", "thread": I, "subject": "RE: " + INV,
     "sender": "Aukje Terpstra <a.terpstra@waldsein.nl>",
     "body": gt(PLAATS) + "\n\nIk kan zelf niet. Mijn beoogde vervanger is onze concerncontroller; is die als "
             "niet-directeur ook welkom? Dan geef ik haar naam door.\n\nAukje"},
    {"id": "d30-other-05", "kind": "other", "thread": I, "subject": "RE: " + INV,
     "sender": "Bram Hoekstra <b.hoekstra@kustgemeenten-west.nl>",
     "body": gt(VRAAG) + "\n\nBij ons: elke gemeente heeft een eigen accountmanager in het MT en een vaste "
             "bestuursagenda per kern. Dat werkt redelijk, maar de raden blijven wantrouwig over de "
             "kostenverdeling.\nDit alvast ter voorbereiding; of ik er zelf bij kan zijn weet ik nog niet.\n\nBram"},
    {"id": "d30-other-06", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Gijs van Rooij <g.vanrooij@heidezoom.nl>",
     "body": "Ja! Ik wil me graag kandidaat stellen voor de Adviesraad; ik hoorde dat er een plek vrijkomt. "
             "Bij wie kan ik mijn motivatie kwijt?\n\nGijs van Rooij"},
    {"id": "d30-other-07", "kind": "other", "thread": I, "subject": "RE: " + OLD,
     "sender": "Fenna Zijlstra <f.zijlstra@hunzedal.nl>",
     "body": OLDGM + gt(OLDWANNEER, OLDWAAR, "", KOMT) + "\n\nja, ik kom\n\nFenna"},
    {"id": "d30-other-08", "kind": "other", "thread": I, "subject": "RE: " + OLD,
     "sender": "Laurens Brouwer <l.brouwer@lingemaas.nl>",
     "body": "Ik vond deze uitnodiging nog in mijn inbox. Is er van dit atelier een verslag beschikbaar?\n\n" +
             gt(OLDWANNEER, OLDWAAR) + "\n\nLaurens"},
    {"id": "d30-other-09", "kind": "other", "thread": I, "subject": "RE: " + OLD,
     "sender": "Marja Evers <m.evers@geulheuvel.nl>",
     "body": OLDTB + gt(OLDWANNEER, "", *ASK) + "\n\n1. ja 2. nee 3. -\n\nMarja" + IPHONE},
    {"id": "d30-other-10", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Rik Hermans <rik@slimbestuur-software.nl>",
     "body": "Goedendag,\n\nJa, wij komen graag! Sterker nog: wij presenteren tijdens het atelier graag ons "
             "platform voor gemeentebrede zaakgerichte samenwerking, kosteloos. Mag ik u bellen om dit af te "
             "stemmen?\n\nRik Hermans\nAccountmanager Overheid, SlimBestuur Software BV"},
    {"id": "d30-other-11", "kind": "other", "thread": None, "subject": "Persverzoek atelier 11 maart",
     "sender": "Noor de Graaf <n.degraaf@binnenlandsbestuursblad.nl>",
     "body": "Goedemiddag,\n\nIk ben redacteur bij een vakblad voor het openbaar bestuur. Zou ik het atelier van "
             "11 maart als waarnemer mogen bijwonen voor een achtergrondartikel over ambtelijke fusies?\n\n"
             "Met vriendelijke groet,\nNoor de Graaf"},
    {"id": "d30-other-12", "kind": "other", "thread": R, "subject": "RE: " + REM,
     "sender": "Joost Verhagen <j.verhagen@veenhorst.nl>",
     "body": gt(KOFFIE) + "\n\nIs er parkeergelegenheid bij het Stadskantoor, of kan ik beter met de trein?\n\nJoost"},
    {"id": "d30-other-13", "kind": "other", "thread": R, "subject": "RE: " + REM,
     "sender": "Ellen Vink <e.vink@breeland.nl>",
     "body": gt(GAST) + "\n\nMet 1 gast? Ik heb niemand aangemeld, volgens mij. Kunt u even nakijken wie er op "
             "mijn naam staat?\n\nEllen"},
    {"id": "d30-other-14", "kind": "other", "thread": I, "subject": "RE: " + WAIT,
     "sender": "Ingrid Molenaar <ingrid.molenaar@breeland.nl>",
     "body": gt(*WACHT) + "\n\nHoe groot is de kans dat plaats 2 nog iets wordt? Ik moet mijn middag wel "
             "vrijhouden.\n\nIngrid"},
    {"id": "d30-other-15", "kind": "other", "thread": I, "quoted": "uitnodiging_vervanger", "quote": "outlook-lijn",
     "sender": "Jasper Wolters <j.wolters@ijsselhoek.nl>",
     "body": "Ik ken geen Dirk Smit en werk ook niet bij een ambtelijke fusieorganisatie. Waarom ontvang ik deze "
             "uitnodiging, en hoe komt u aan mijn adres?\n\nJ. Wolters"},
    {"id": "d30-other-16", "kind": "other", "thread": I, "subject": "RE: " + CHG,
     "sender": "Sander Mulder <s.mulder@wo-dijkenmark.nl>",
     "body": gt(PLEK) + "\n\nIs het Provinciehuis goed met het OV te bereiken? En blijft de Teams-link "
             "dezelfde?\n\nSander"},
    {"id": "d30-other-17", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "apple",
     "sender": "Monique Dirks <m.dirks@deduinkant.nl>",
     "body": "1. ja\n2. nee\n3. -\n\nEn kunt u onze nieuwe directeur bedrijfsvoering, Sven Aalders "
             "(s.aalders@deduinkant.nl), ook aan de ledenlijst van het netwerk toevoegen?\n\nMonique"},
    {"id": "d30-other-18", "kind": "other", "thread": C, "subject": "RE: " + CONF,
     "sender": "Annemarie Koster <a.koster@polderpoort.nl>",
     "body": gt("Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.") +
             "\n\nDit adres is van het directiesecretariaat, niet van de directeur zelf. Moet de directeur dit "
             "vanaf zijn eigen adres bevestigen?\n\nAnnemarie Koster\nmanagementassistent"},
    {"id": "d30-other-19", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Oliver Grant <o.grant@grensland-oost.nl>",
     "body": "Hi, will the session be held in Dutch only? I'm the new interim director and my Dutch is still "
             "basic. Happy to join if English is an option.\n\nBest,\nOliver Grant"},
    {"id": "d30-other-20", "kind": "other", "thread": I, "subject": "RE: " + INV,
     "sender": "Tamara Pauwels <t.pauwels@maasenwaalkant.nl>",
     "body": gt(ACCEPT) + "\n\nDat heb ik gedaan, maar ik kreeg geen bevestiging en het atelier staat niet in "
             "mijn agenda. Is mijn aanmelding wel binnengekomen?\n\nTamara"},
    {"id": "d30-other-21", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
     "sender": "Ronald Visser <r.visser@drechtveld.nl>",
     "body": "Ja, ik kom naar de ledenvergadering van de VNG op 11 maart. Sorry, verkeerd geadresseerd zie ik nu: "
             "deze mail was niet voor u bedoeld.\n\nRonald"},
    {"id": "d30-other-22", "kind": "other", "thread": I, "subject": "RE: " + INV,
     "sender": "Wouter Claessens <w.claessens@geulheuvel.nl>",
     "body": gt(MEE) + "\n\nZijn er kosten verbonden aan het meenemen van een gast? Zo ja, dan laat ik het "
             "bij mijzelf.\n\nWouter"},
    {"id": "d30-other-23", "kind": "other", "thread": I, "subject": "RE: " + INV,
     "sender": "Ilse Mertens <i.mertens@wo-zandmeer.nl>",
     "body": gt(KOMT) + "\n\nJa, mits ik online kan aansluiten. Is de Teams-link ook voor deelnemers van buiten de "
             "gemeente open?\n\nIlse"},
    {"id": "d30-other-24", "kind": "other", "thread": I, "subject": "RE: " + INV,
     "sender": "Frits Bongers <f.bongers@oosterwold-unie.nl>",
     "body": gt(VOL) + "\n\nZijn er nog plaatsen? Ik overweeg te komen, maar alleen als ik niet op de wachtlijst "
             "beland.\n\nFrits"},
    {"id": "d30-other-25", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "sender": "Evi Reinders <e.reinders@lekdal.nl>",
     "body": "Ja, dat klopt, ik ben per 1 februari directeur hier. Wanneer is het eerstvolgende atelier en kan ik "
             "daar nog voor inschrijven?\n\nEvi Reinders"},
    {"id": "d30-other-26", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
     "sender": "Frank Meijer <f.meijer@vechtoever.nl>",
     "body": "Anja, kun je nagaan of ik die middag vrij ben? Dan beslis ik daarna.\n\nFrank"},

    {"id": "d30-other-27", "kind": "other", "thread": I, "subject": "RE: " + INV,
     "sender": "Niels Verstappen <n.verstappen@bommelstroom.nl>",
     "body": gt(KOMT) + "\nJa\n" + gt(MEE) + "\nJa - hoeveel mensen mag ik maximaal meenemen? Ons hele MT is "
             "geïnteresseerd.\n\nNiels"},
    # -- unsubscribe: leaving the network or erasure, written into the structure of our mail --------------
    {"id": "d30-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": I, "subject": "RE: " + INV,
     "sender": "Gerard Smulders <g.smulders@bommelstroom.nl>",
     "body": gt(KOMT) + "\nNee.\n\n" + gt(FOOT) + "\nafmelden graag; ik ga per 1 april met pensioen.\n\nGerard"},
    {"id": "d30-unsubscribe-02", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Anton Claes <a.claes@heidezoom.nl>",
     "body": "1. nee\n2. -\n3. -\n\nVerder verzoek ik u al mijn persoonsgegevens uit uw bestanden te verwijderen "
             "(artikel 17 AVG) en mij niets meer te sturen.\n\nA. Claes"},
    {"id": "d30-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": I, "subject": "RE: " + INV,
     "sender": "Marieke Haan <m.haan@kustgemeenten-west.nl>",
     "body": gt(PLAATS) + "\n\nNiet alleen in mijn plaats bij het atelier: mijn opvolger Jolien Verbeek "
             "(j.verbeek@kustgemeenten-west.nl) neemt per 1 maart mijn functie over. Wilt u mij uit het netwerk "
             "halen en haar voortaan uitnodigen?\n\nMarieke"},
    {"id": "d30-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes", "sender": "Theo Willems <t.willems@lingemaas.nl>",
     "body": "Ik kom niet, en ik wil ook geen lid meer zijn van het netwerk. Onze fusie wordt ontbonden; "
             "schrijf me maar uit.\n\nTheo Willems"},
    {"id": "d30-unsubscribe-05", "kind": "unsubscribe", "erase": True, "thread": I, "subject": "RE: " + SUBST,
     "sender": "Jasmijn Koopman <j.koopman@veenhorst.nl>",
     "body": gt(*NAMENS) + "\n\nIk heb hier nooit toestemming voor gegeven. Ik kom niet en ik wil dat u mijn naam en "
             "e-mailadres volledig uit uw administratie verwijdert.\n\nJasmijn Koopman"},
    {"id": "d30-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Leo Hanssen <l.hanssen@grensland-oost.nl>",
     "body": "1. nee 2. nee 3. nee 4. graag van de verzendlijst af, ik ben geen directeur meer.\n\nLeo" + GALAXY},

    # -- suggestion: answering the call's structure ------------------------------------------------------
    {"id": "d30-suggestion-01", "kind": "suggestion", "themes": ["strategie"], "thread": T, "subject": "RE: " + CALL,
     "sender": "Anouk Janssen <a.janssen@peelrand.nl>",
     "body": gt("- Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;") +
             "\n\nJa, deze. Concreet: hoe stel je na de raadsverkiezingen een gezamenlijke meerjarenvisie op als "
             "drie nieuwe coalitieakkoorden verschillende kanten op wijzen?\n\n" +
             gt("- Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, "
                "positie in de regio;") + "\n\nMinder urgent voor ons.\n\nAnouk"},
    {"id": "d30-suggestion-02", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "subject": "RE: " + CALL, "sender": "Robert de Vos <r.devos@dinkelveld.nl>",
     "body": gt("Welk vraagstuk rond de", "(door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
                "collega's bespreken?") +
             "\n\n1. Het harmoniseren van de werkprocessen en het zaaksysteem van drie gemeenten naar één.\n"
             "2. Een gezamenlijk klantcontactcentrum voor inwoners en ondernemers: hoe meet je of de "
             "dienstverlening er echt beter van wordt?\n\nRobert"},
    {"id": "d30-suggestion-03", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail", "sender": "Margriet Schouten <m.schouten@grensland-oost.nl>",
     "body": "Volgende keer graag: de positie van een fusieorganisatie in de regio, bijvoorbeeld bij de "
             "regiodeal en de woningbouwopgave, waar elke gemeente een eigen belang heeft.\n\nMargriet"},
    {"id": "d30-suggestion-04", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "subject": "RE: " + VV,
     "sender": "Hugo Boer <h.boer@oosterwold-unie.nl>",
     "body": gt("bespreken? Beantwoord deze e-mail met uw onderwerpen; wij nemen ze mee in de telling voor het "
                "volgende atelier.") + "\n\nOnderwerp: de formatie en de krapte op de arbeidsmarkt - hoe houden we "
             "de werkorganisatie bemenst zonder dure inhuur?\n\nHugo"},
    {"id": "d30-suggestion-05", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": "Femke de Boer <f.deboer@kustgemeenten-west.nl>",
     "body": "| Thema | Onderwerp |\n|---|---|\n| Dienstverlening | Monitoring van prestaties richting de vier "
             "gemeenteraden: welke KPI's voor de dienstverlening aan inwoners werken echt? |\n\nFemke"},
    {"id": "d30-suggestion-06", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote", "sender": "Willemien Dekker <w.dekker@schouwenbroek.nl>",
     "body": "Twee onderwerpen:\n- Strategie: een inhoudelijke agenda voor de lange termijn die alle colleges "
             "onderschrijven\n- Samenwerking: de verhouding tussen de kleine en de grote gemeente in onze "
             "samenwerking" + ZEEUWS},

    # -- autoreply: out-of-office that quotes the invitation ---------------------------------------------
    {"id": "d30-autoreply-01", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "subject": "Re: " + INV, "sender": "Bart Peeters <b.peeters@peelrand.nl>",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik ben afwezig tot en met 8 maart. Uw bericht wordt niet doorgestuurd. Voor dringende zaken kunt u "
             "contact opnemen met het secretariaat via 0493 - 55 20 00."},
    {"id": "d30-autoreply-02", "kind": "autoreply", "thread": R, "subject": "Automatisch antwoord: " + REM,
     "sender": "Wilma Veenstra <w.veenstra@hunzedal.nl>",
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "body": "Beste afzender,\n\nTot en met vrijdag 12 maart ben ik niet op kantoor. Ik lees mijn mail na "
             "terugkomst. Met vragen over het sociaal domein kunt u terecht bij Tjeerd Bosma.\n\nWilma Veenstra"},
    {"id": "d30-autoreply-03", "kind": "autoreply", "thread": I, "subject": "Out of Office: " + INV,
     "sender": "Oliver Grant <o.grant@grensland-oost.nl>", "headers": {"Precedence": "auto_reply"},
     "body": "I am out of the office until 3 March with limited access to e-mail. I will respond to your message "
             "when I return."},

    # -- confirm: inline under the confirmation's question -----------------------------------------------
    {"id": "d30-confirm-01", "kind": "confirm", "thread": C, "subject": "RE: " + CONF,
     "sender": "Sven Aalders <s.aalders@deduinkant.nl>",
     "body": gt("Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.") +
             "\n\nJa, bij dezen.\n\nSven Aalders"},
    {"id": "d30-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "sender": "Evi Reinders <e.reinders@lekdal.nl>",
     "body": "Bevestigd." + IPHONE},
    {"id": "d30-confirm-03", "kind": "confirm", "thread": C, "subject": "RE: Herinnering: bevestig uw aanmelding "
     "[ref:AF-7K3Q9-XM2PA-4RTZ8]", "sender": "Kees Lievense <k.lievense@schouwenbroek.nl>",
     "body": gt("Wilt u lid worden? Beantwoord deze e-mail dan; u hoeft niets te typen.") + "\n\nJa, graag.\n\nKees"},
]
# fmt: on
