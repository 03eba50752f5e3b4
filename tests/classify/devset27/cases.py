"""The twenty-seventh labelled set's cases (issue 17): plain mail, each labelled as the secretariat should treat it.

Replies to our follow-up mail (vervolg_atelier) and to our thank-you for a suggestion carry the thread
``call_for_themes``; replies to the waiting-list notice, the change notice and the substitute's invitation carry
``invitation``. A director who cannot come but sends a substitute is an RSVP with ``attending`` False. Inline
answers carry our quoted lines in ``body`` themselves and no ``quoted``. Out-of-office replies carry their own
subject.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
IPAD = "\n\nVerzonden vanaf mijn iPad"
ANDROID = "\n\nVerzonden vanaf Samsung Mobile"
OUTLOOK_IOS = "\n\nDownload Outlook voor iOS"
DISCLAIMER = (
    "\n\n---------------------------------------------------------------\n"
    "Dit e-mailbericht is alleen bestemd voor de geadresseerde(n). Indien dit bericht niet voor u bestemd is, "
    "wordt u verzocht de afzender hiervan op de hoogte te stellen door het bericht te retourneren en de inhoud "
    "niet te gebruiken. Aan dit bericht kunnen geen rechten worden ontleend."
)
DISCLAIMER_EN = (
    "\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error, please notify the sender and delete it."
)
OOF = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP: yes ------------------------------------------------------------------------------------------
    {"id": "d27-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "H.J. Wolters <h.wolters@werkorganisatie-lindeborg.nl>",
     "body": "Geacht secretariaat,\n\nHierbij bevestig ik graag mijn aanwezigheid bij het Leer- en "
             "inspireer-atelier op 11 maart aanstaande.\n\nHoogachtend,\n\nmr. drs. H.J. (Henk) Wolters\n"
             "algemeen directeur Werkorganisatie Lindeborg\nT 0523 - 28 41 00" + DISCLAIMER},
    {"id": "d27-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Jeroen Blom <jeroenblom.directie@gmail.com>",
     "body": "Jazeker, zet me maar op de lijst. Tot de 11e!"},
    {"id": "d27-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Ellen Mulder <e.mulder@beekdal.nl>",
     "body": "Ik kom graag. Ter info: ik eet glutenvrij, misschien handig voor de catering.\n\nGroet, Ellen"
             + IPHONE},
    {"id": "d27-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Monique Geerts <m.geerts@zandenveen.nl>",
     "body": "Goedemorgen Stan en Melanie,\n\nHet onderwerp spreekt me erg aan, dus ik schuif aan. Ik neem mijn "
             "strategisch adviseur Tom Brink mee; we komen met z'n tweeën.\n\nHartelijke groet,\nMonique Geerts\n"
             "directeur Ambtelijke Organisatie Zandenveen"},
    {"id": "d27-rsvp-05", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "R. Sikkema <r.sikkema@wo-merwedevliet.nl>",
     "body": "Ja, ik kom.\n\nMvg R. Sikkema"},
    {"id": "d27-rsvp-06", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Bart Hoogendoorn <b.hoogendoorn@heuvelrijk.nl>",
     "body": "Dank voor de herinnering. Het staat in mijn agenda en ik ben er gewoon bij. Ik kom met de auto en "
             "parkeer zelf in de garage bij het station.\n\nTot donderdag!\nBart"},
    {"id": "d27-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Gerrit Jan Hofstede <gj.hofstede@dijkenhof.nl>",
     "body": "Beste secretariaat,\n\nIk meld mij hierbij aan voor het atelier.\n\nVriendelijke groet,\n"
             "Gerrit Jan Hofstede\ngemeentesecretaris / algemeen directeur\nWerkorganisatie Dijkenhof"},
    {"id": "d27-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Sarah Bakker-Jones <s.bakkerjones@kempenrand.nl>",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Thank you for the invitation, I would be happy to attend on 11 March.\n\nKind regards,\n"
             "Sarah Bakker-Jones\nDirector, Werkorganisatie Kempenrand" + DISCLAIMER_EN},
    {"id": "d27-rsvp-09", "kind": "rsvp", "attending": True, "thread": None,
     "sender": "Paul Verhoeven <p.verhoeven@lingezee.nl>", "subject": "Aanmelding atelier 11 maart",
     "body": "Goedemiddag,\n\nGraag meld ik mij aan voor het Leer- en inspireer-atelier van donderdag 11 maart in "
             "Utrecht.\n\nMet vriendelijke groet,\n\nPaul Verhoeven\ndirecteur Werkorganisatie Lingezee\n"
             "06 - 41 22 87 10"},
    {"id": "d27-rsvp-10", "kind": "rsvp", "attending": True, "thread": None,
     "sender": "Jeroen de Bruijn <jdebruijn@hollandsmiddenveld.nl>", "subject": "11 maart",
     "body": "hoi, ik ben erbij op 11 maart, bij het atelier over samenwerking & eigenheid. gr jeroen"},
    {"id": "d27-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "sender": "Annelies Kroon <a.kroon@werkorganisatie-beekdal.nl>",
     "body": "Beste secretariaat,\n\nGoed nieuws van mijn kant: de raadsvergadering is verschoven, dus ik kom "
             "toch.\n\nGroet,\nAnnelies"},
    {"id": "d27-rsvp-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-lijn", "sender": "Wim Jacobs <w.jacobs@dijkenhof.nl>",
     "body": "De nieuwe datum, 18 maart, komt mij ook goed uit. Ik blijf dus aangemeld.\n\nMvg,\nWim Jacobs"},
    {"id": "d27-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Linda Ouwerkerk <l.ouwerkerk@wo-merwedevliet.nl>",
     "body": "Beste mevrouw Huurneman,\n\nDank voor de uitnodiging. Ik neem de plaats van Dirk graag in en ben "
             "op 11 maart aanwezig.\n\nMet vriendelijke groet,\n\nLinda Ouwerkerk\nloco-directeur"},
    {"id": "d27-rsvp-14", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Theo van Rijswijk <t.vanrijswijk@heuvelrijk.nl>",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid",
     "body": "Zie mijn antwoorden hieronder.\n\n> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
             "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\nja, ik kom\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel\n> personen u komt.\nalleen ikzelf\n\n"
             "Theo"},
    {"id": "d27-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Jan Kamphuis <j.kamphuis@lingezee.nl>",
     "body": "Prima, ik ben erbij.\n\nJan Kamphuis" + OUTLOOK_IOS},
    {"id": "d27-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "B. Kuipers <b.kuipers@zandenveen.nl>",
     "body": "Aanwezig.\n\nB. Kuipers"},
    {"id": "d27-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Ingrid Smeets <i.smeets@kempenrand.nl>",
     "body": "Van harte ja! Mooi onderwerp, juist nu wij met de vier raden in gesprek zijn over de "
             "dienstverleningsovereenkomst.\n\nMet hartelijke groet,\nIngrid Smeets"},
    {"id": "d27-rsvp-18", "kind": "rsvp", "attending": True, "thread": None,
     "sender": "Maarten Vos <m.vos@werkorganisatie-lindeborg.nl>", "subject": "Re: atelier",
     "body": "Leuk, ik schuif op 11 maart aan. Ik ben pas rond half drie binnen vanwege een bestuurlijk overleg "
             "in de ochtend, maar ik kom zeker.\n\nGroet,\nMaarten"},
    {"id": "d27-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Karin Veldhuis <k.veldhuis@hollandsmiddenveld.nl>",
     "subject": "Antw: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Met plezier aanwezig. Complimenten voor de heldere uitnodiging!\n\nGroet,\nKarin" + OUTLOOK_IOS},
    {"id": "d27-rsvp-20", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Femke Brouwers <femke.brouwers@beekdal.nl>",
     "body": "See you on the 11th, I'll be there. Groetjes, Femke"},
    {"id": "d27-rsvp-21", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Rik Spaan <r.spaan@wo-merwedevliet.nl>",
     "body": "Top, ik kom \U0001F44D" + IPHONE},
    {"id": "d27-rsvp-22", "kind": "rsvp", "attending": True, "thread": None,
     "sender": "Directiesecretariaat Heuvelrijk <directiesecretariaat@heuvelrijk.nl>",
     "subject": "Deelname Leer- en inspireer-atelier 11-03-2027",
     "body": "Geachte heer, mevrouw,\n\nVia ons directiesecretariaat laat ik, Ruud Terpstra, algemeen directeur van "
             "de werkorganisatie Heuvelrijk, u weten dat ik graag deelneem aan het atelier op 11 maart 2027 in het "
             "Stadskantoor te Utrecht.\n\nMet vriendelijke groet,\n\nR. Terpstra\nalgemeen directeur"},
    # -- RSVP: no -------------------------------------------------------------------------------------------
    {"id": "d27-rsvp-23", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "drs. C.M. Aalbers <c.aalbers@dijkenhof.nl>",
     "body": "Geachte heer Van de Laar,\n\nTot mijn spijt kan ik niet aanwezig zijn bij het atelier op 11 maart, "
             "in verband met een MT-vergadering die niet te verplaatsen is.\n\nMet vriendelijke groet,\n\n"
             "drs. C.M. Aalbers\ndirecteur bedrijfsvoering a.i." + DISCLAIMER},
    {"id": "d27-rsvp-24", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Niels Roos <nielsroos@lingezee.nl>",
     "body": "nee helaas, dan zit ik op wintersport in Oostenrijk. succes allemaal!"},
    {"id": "d27-rsvp-25", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Rob Hendriksen <r.hendriksen@kempenrand.nl>",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Unfortunately I won't be able to make it on March 11.\n\nBest,\nRob"},
    {"id": "d27-rsvp-26", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn", "sender": "Petra Dekkers <p.dekkers@zandenveen.nl>",
     "body": "Helaas, ik kan niet. Er is die middag een extra raadsvergadering uitgeschreven. Geef mijn plek "
             "gerust aan iemand op de wachtlijst.\n\nPetra Dekkers"},
    {"id": "d27-rsvp-27", "kind": "rsvp", "attending": False, "thread": None,
     "sender": "Hans Schipper <h.schipper@werkorganisatie-beekdal.nl>", "subject": "Afmelding atelier 11 maart",
     "body": "Beste secretariaat,\n\nIk moet mij helaas afmelden voor het atelier van 11 maart a.s. Ik wens jullie "
             "een inspirerende middag.\n\nGroet,\nHans Schipper"},
    {"id": "d27-rsvp-28", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "W.F. de Groot <wf.degroot@hollandsmiddenveld.nl>",
     "body": "Ik ben verhinderd.\n\nMet vriendelijke groet,\nW.F. de Groot"},
    {"id": "d27-rsvp-29", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Joost Verbeek <j.verbeek@wo-merwedevliet.nl>",
     "body": "Deze keer sla ik over: het valt precies in de drukte rond de voorjaarsnota. Volgende keer beter!\n\n"
             "Joost"},
    {"id": "d27-rsvp-30", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "sender": "Mirjam Prins <m.prins@heuvelrijk.nl>",
     "body": "Er is inmiddels iets tussengekomen, dus ik kan toch niet. Haal me maar van de wachtlijst.\n\n"
             "Groet, Mirjam"},
    {"id": "d27-rsvp-31", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "apple", "sender": "Eric Lammers <e.lammers@lingezee.nl>",
     "body": "Op 18 maart kan ik helaas niet, dan zit ik bij de accountant voor de jaarrekening. Jammer, ik had er "
             "zin in.\n\nEric" + IPAD},
    {"id": "d27-rsvp-32", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Gert Vermeulen <g.vermeulen@kempenrand.nl>",
     "body": "Beste Melanie,\n\nZelf kan ik niet. Mijn collega Saskia Visser, directeur bedrijfsvoering "
             "(s.visser@kempenrand.nl), komt in mijn plaats.\n\nMet vriendelijke groet,\nGert Vermeulen"},
    {"id": "d27-rsvp-33", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Arjen Bosma <a.bosma@dijkenhof.nl>",
     "body": "Bedankt voor de uitnodiging. Ik moet passen, ivm een werkbezoek van de commissaris van de Koning.\n\n"
             "Groeten, Arjen"},
    {"id": "d27-rsvp-34", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Sandra Wijnen <s.wijnen@zandenveen.nl>",
     "body": "Ik had me aangemeld, maar ik moet helaas toch afzeggen: ik lig ziek thuis en dat is donderdag niet "
             "over. Sorry voor het late bericht.\n\nSandra" + ANDROID},
    {"id": "d27-rsvp-35", "kind": "rsvp", "attending": False, "thread": I,
     "sender": "Klaas Dijkman <k.dijkman@werkorganisatie-lindeborg.nl>",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nNee, helaas.\n\n"
             "> Graag uw antwoord vóór 2 maart 2027.\n\nK. Dijkman"},
    {"id": "d27-rsvp-36", "kind": "rsvp", "attending": False, "thread": None,
     "sender": "Youssef El Amrani <y.elamrani@hollandsmiddenveld.nl>", "subject": "atelier 11/3 - kan niet",
     "body": "Hallo Melanie, voor 11 maart moet ik je teleurstellen, ik zit dan voor de VNG in Brussel.\n\n"
             "groet, Youssef"},
    {"id": "d27-rsvp-37", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-lijn", "sender": "Esther Koning <e.koning@wo-merwedevliet.nl>",
     "body": "Beste secretariaat,\n\nDirk vroeg mij in zijn plaats te gaan, maar op die datum kan ik zelf ook "
             "niet. Ik laat het hem weten.\n\nMet vriendelijke groet,\nEsther Koning"},
    {"id": "d27-rsvp-38", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Marloes Timmer <m.timmer@beekdal.nl>",
     "body": "Kan er helaas niet bij zijn.\n\nGroet, Marloes" + IPAD},
    {"id": "d27-rsvp-39", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Tom Hazelaar <t.hazelaar@heuvelrijk.nl>",
     "body": "Regrettably I have to decline: we have the budget council that afternoon.\n\nTom Hazelaar"},
    # -- subscribe --------------------------------------------------------------------------------------------
    {"id": "d27-subscribe-01", "kind": "subscribe", "thread": None,
     "sender": "Lotte Wissink <l.wissink@lingezee.nl>", "subject": "Aanmelden",
     "body": "Aanmelden\n\nLotte Wissink\ndirecteur Werkorganisatie Lingezee"},
    {"id": "d27-subscribe-02", "kind": "subscribe", "thread": None,
     "sender": "A.G. Verschoor <ag.verschoor@dijkenhof.nl>", "subject": "Lidmaatschap",
     "body": "Geacht secretariaat,\n\nVia een collega-directeur hoorde ik van uw netwerk. Graag meld ik mij aan als "
             "lid.\n\nHoogachtend,\n\nA.G. Verschoor\nalgemeen directeur Werkorganisatie Dijkenhof" + DISCLAIMER},
    {"id": "d27-subscribe-03", "kind": "subscribe", "thread": None,
     "sender": "Sanne Oosterhuis <s.oosterhuis@zandenveen.nl>", "subject": "lid worden",
     "body": "Hoi, ik wil graag lid worden van het directeurennetwerk. Sinds 1 januari ben ik directeur van de "
             "ambtelijke organisatie Zandenveen.\n\ngroet, Sanne"},
    {"id": "d27-subscribe-04", "kind": "subscribe", "thread": None,
     "sender": "Daniel Kramer <d.kramer@kempenrand.nl>", "subject": "Joining the network",
     "body": "Hello,\n\nI would like to join the network. I am the managing director of Werkorganisatie Kempenrand "
             "and was pointed to you by a colleague.\n\nRegards,\nDaniel Kramer"},
    {"id": "d27-subscribe-05", "kind": "subscribe", "thread": None,
     "sender": "Hanneke Bos <h.bos@werkorganisatie-beekdal.nl>", "subject": "Aanmelding netwerk directeuren",
     "body": "Naam: Hanneke Bos\nFunctie: algemeen directeur\nOrganisatie: Werkorganisatie Beekdal (gemeenten "
             "Beekum, Dalen en Holtveld)\nE-mail: h.bos@werkorganisatie-beekdal.nl\n\nGraag inschrijven als lid."},
    {"id": "d27-subscribe-06", "kind": "subscribe", "thread": None,
     "sender": "Frank Meijerink <f.meijerink@heuvelrijk.nl>", "subject": "Toevoegen aan het netwerk",
     "body": "Goedemiddag,\n\nWilt u mij toevoegen aan het netwerk? Ik ben per deze maand de nieuwe directeur van "
             "de werkorganisatie Heuvelrijk.\n\nMet vriendelijke groet,\nFrank Meijerink\n0318 - 55 20 00"},
    {"id": "d27-subscribe-07", "kind": "subscribe", "thread": None,
     "sender": "Marieke Stam <m.stam@wo-merwedevliet.nl>", "subject": "Graag lid",
     "body": "Beste secretariaat,\n\nGraag word ik lid. Ik volg de ateliers al een tijdje via mijn voorganger en "
             "wil nu zelf meedoen.\n\nHartelijke groet,\nMarieke Stam"},
    {"id": "d27-subscribe-08", "kind": "subscribe", "thread": None,
     "sender": "Mehmet Yilmaz <m.yilmaz@hollandsmiddenveld.nl>", "subject": "Graag aanmelden voor het netwerk",
     "body": "Zie onderwerp. Dank!\n\nM. Yilmaz\ndirecteur Werkorganisatie Hollands Middenveld" + IPHONE},
    {"id": "d27-subscribe-09", "kind": "subscribe", "thread": None,
     "sender": "Judith Evers <j.evers@werkorganisatie-lindeborg.nl>", "subject": "Aanmelding",
     "body": "Beste Stan, beste Melanie,\n\nOp het VNG-congres spraken we elkaar kort. Zoals beloofd meld ik mij "
             "bij deze aan voor het netwerk. Leuk om aan te sluiten!\n\nGroet,\nJudith Evers"},
    {"id": "d27-subscribe-10", "kind": "subscribe", "thread": None,
     "sender": "Coen Lodewijks <c.lodewijks@lingezee.nl>", "subject": "Inschrijving",
     "body": "Goedendag,\n\nIk schrijf mij graag in voor het netwerk van directeuren van ambtelijke "
             "fusieorganisaties.\n\nMet vriendelijke groet,\nCoen Lodewijks"},
    {"id": "d27-subscribe-11", "kind": "subscribe", "thread": None,
     "sender": "Ilse Vonk <i.vonk@kempenrand.nl>", "subject": "Netwerk",
     "body": "Hi, please add me to the netwerk, ik ben sinds kort directeur bij Werkorganisatie Kempenrand. "
             "Thanks!\n\nIlse"},
    {"id": "d27-subscribe-12", "kind": "subscribe", "thread": None,
     "sender": "mr. P.A. van Dorp <pa.vandorp@dijkenhof.nl>", "subject": "Aanmelding lidmaatschap",
     "body": "Geachte heer, mevrouw,\n\nIn verband met mijn benoeming per 1 februari tot directeur van de "
             "ambtelijke organisatie van de gemeenten Dijk en Hofwerd meld ik mij graag aan als lid van het "
             "netwerk.\n\nHoogachtend,\n\nmr. P.A. van Dorp"},
    {"id": "d27-subscribe-13", "kind": "subscribe", "thread": None,
     "sender": "Bas Ruiter <b.ruiter@zandenveen.nl>", "subject": "netwerk directeuren",
     "body": "graag aanmelding netwerk directeuren.\n\ngr, bas (dir. ambtelijke organisatie zandenveen)"},
    {"id": "d27-subscribe-14", "kind": "subscribe", "thread": None,
     "sender": "Wendy Claassen <w.claassen@heuvelrijk.nl>", "subject": "Aanmelden als lid",
     "body": "Goedemorgen,\n\nMijn voorganger was lid en sprak altijd met veel plezier over de ateliers. Ik sluit "
             "me daarom graag zelf ook aan bij het netwerk.\n\nVriendelijke groet,\nWendy Claassen\n"
             "algemeen directeur werkorganisatie Heuvelrijk"},
    # -- confirm ------------------------------------------------------------------------------------------------
    {"id": "d27-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Gijs Tromp <g.tromp@lingezee.nl>",
     "body": "Gijs Tromp\ndirecteur Werkorganisatie Lingezee\nT 0488 - 44 10 00"},
    {"id": "d27-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail", "sender": "Anouk Wessels <anouk.wessels@beekdal.nl>",
     "body": "Bevestigd."},
    {"id": "d27-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "sender": "Ruben Haak <r.haak@wo-merwedevliet.nl>",
     "body": "Ja, klopt, dat was ik. Graag lid!\n\nRuben"},
    {"id": "d27-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "J.M. Kersten <jm.kersten@dijkenhof.nl>",
     "body": "Geacht secretariaat,\n\nHierbij bevestig ik mijn aanmelding.\n\nMet vriendelijke groet,\n\n"
             "J.M. Kersten" + DISCLAIMER},
    {"id": "d27-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Daniel Kramer <d.kramer@kempenrand.nl>",
     "body": "Confirmed, thanks.\n\nDaniel"},
    {"id": "d27-confirm-06", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-nl", "sender": "Nicole Baas <n.baas@hollandsmiddenveld.nl>",
     "body": "Sorry, vergeten te reageren. Bij deze bevestigd!\n\nNicole"},
    {"id": "d27-confirm-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "sender": "Lars Mol <l.mol@zandenveen.nl>",
     "body": "Akkoord \U0001F44D" + IPHONE},
    {"id": "d27-confirm-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes", "sender": "Henriëtte Cornelissen <h.cornelissen@heuvelrijk.nl>",
     "body": "Ja, ik wil lid worden.\n\nH. Cornelissen"},
    {"id": "d27-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Dank voor de snelle reactie, ik bevestig graag. Ter info: mijn managementassistent heeft mij "
             "aangemeld, dat klopt dus.\n\nMarieke"},
    {"id": "d27-confirm-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Ilse Vonk <i.vonk@kempenrand.nl>",
     "body": "Yes, please confirm my membership.\n\nIlse Vonk"},
    {"id": "d27-confirm-11", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise", "sender": "T. Ramaker <t.ramaker@werkorganisatie-lindeborg.nl>",
     "body": "OK"},
    {"id": "d27-confirm-12", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "gmail", "sender": "Sanne Oosterhuis <s.oosterhuis@zandenveen.nl>",
     "body": "Ja graag! Excuses voor de vertraging, jullie mail was in mijn ongewenste e-mail beland."},
    {"id": "d27-confirm-13", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-lijn", "sender": "Frank Meijerink <f.meijerink@heuvelrijk.nl>",
     "body": "Goedemiddag,\n\nIk wil inderdaad lid worden en bevestig hierbij mijn aanmelding.\n\n"
             "Met vriendelijke groet,\nFrank Meijerink"},
    # -- unsubscribe ----------------------------------------------------------------------------------------------
    {"id": "d27-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Gerard Molenaar <g.molenaar@lingezee.nl>", "subject": "Afmelden",
     "body": "Graag afmelden voor het netwerk, ik ga per 1 april met pensioen. Dank voor de mooie bijeenkomsten!\n\n"
             "Gerard Molenaar"},
    {"id": "d27-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Ria Hovenier <r.hovenier@zandenveen.nl>",
     "body": "Beste secretariaat,\n\nWilt u mij afmelden als lid van het netwerk? Ik vertrek binnenkort bij de "
             "werkorganisatie.\n\nMet vriendelijke groet,\nRia Hovenier"},
    {"id": "d27-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Peter Langeveld <p.langeveld@kempenrand.nl>", "subject": "Unsubscribe",
     "body": "Please take me off your mailing list, I am no longer in this role.\n\nPeter Langeveld"},
    {"id": "d27-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Frits Oudshoorn <f.oudshoorn@dijkenhof.nl>", "subject": "Stoppen",
     "body": "Ik stop met het netwerk; het past niet meer in mijn agenda. Bedankt en succes.\n\nFrits"},
    {"id": "d27-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Hester Vink <h.vink@hollandsmiddenveld.nl>",
     "body": "Geen onderwerpen van mijn kant: ik wil mij juist afmelden voor het netwerk. Per 1 maart ben ik weg "
             "bij de gemeente.\n\nHester Vink"},
    {"id": "d27-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Olaf Driessen <o.driessen@werkorganisatie-beekdal.nl>",
     "body": "Ik kom niet naar het atelier en meld me ook meteen af als lid van het netwerk: per april word ik "
             "gemeentesecretaris van een gemeente zonder ambtelijke fusie.\n\nGroet,\nOlaf"},
    {"id": "d27-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Kees Brand <k.brand@heuvelrijk.nl>", "subject": "uitschrijven",
     "body": "uitschrijven a.u.b."},
    {"id": "d27-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "sender": "Dewi Kartosen <d.kartosen@wo-merwedevliet.nl>",
     "body": "Beste secretariaat,\n\nBij nader inzien zeg ik mijn lidmaatschap toch weer op; ik heb te weinig tijd "
             "om deel te nemen. Excuses voor de moeite.\n\nDewi Kartosen"},
    {"id": "d27-unsubscribe-09", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "Thijs Holtrop <t.holtrop@lingezee.nl>", "subject": "Afmelden + AVG",
     "body": "Graag afmelden en al mijn gegevens verwijderen conform de AVG.\n\nThijs Holtrop"},
    {"id": "d27-unsubscribe-10", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "mr. L.C. Ravensbergen <lc.ravensbergen@dijkenhof.nl>",
     "subject": "Verzoek uitschrijving en verwijdering persoonsgegevens",
     "body": "Geacht secretariaat,\n\nHierbij verzoek ik u mij uit te schrijven als lid van het netwerk en op "
             "grond van artikel 17 AVG mijn persoonsgegevens uit uw bestanden te wissen.\n\nHoogachtend,\n\n"
             "mr. L.C. Ravensbergen" + DISCLAIMER},
    {"id": "d27-unsubscribe-11", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "Emma Sluiter <e.sluiter@kempenrand.nl>", "subject": "GDPR request",
     "body": "Please unsubscribe me from the network and delete all personal data you hold about me (GDPR).\n\n"
             "Emma Sluiter"},
    {"id": "d27-unsubscribe-12", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Vincent Brinkman <v.brinkman@zandenveen.nl>",
     "body": "Niet meer van toepassing, ik ben uit dienst. Wil je mij afmelden en mijn gegevens uit jullie "
             "systemen verwijderen? Dank.\n\nVincent"},
    {"id": "d27-unsubscribe-13", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "Anja Hoekman <a.hoekman@hollandsmiddenveld.nl>", "subject": "Opzegging lidmaatschap",
     "body": "Ik zeg mijn lidmaatschap op. Verwijder a.u.b. ook al mijn persoonsgegevens uit uw administratie; "
             "ik wil niet dat u die bewaart.\n\nA. Hoekman"},
    {"id": "d27-unsubscribe-14", "kind": "unsubscribe", "erase": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes", "sender": "J. Pothoven <j.pothoven@heuvelrijk.nl>",
     "body": "afmelden voor het netwerk en verwijderen persoonsgegevens s.v.p.\n\nJ. Pothoven"},
    {"id": "d27-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Rutger Schouten <r.schouten@werkorganisatie-lindeborg.nl>", "subject": "Overdracht lidmaatschap",
     "body": "Beste secretariaat,\n\nPer 1 mei neem ik afscheid als directeur. Mijn opvolger is Femke Dijkstra, "
             "f.dijkstra@werkorganisatie-lindeborg.nl. Wilt u mij afmelden en haar in mijn plaats opnemen?\n\n"
             "Met vriendelijke groet,\nRutger Schouten"},
    {"id": "d27-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Alex de Lange <a.delange@lingezee.nl>", "subject": "Mijn opvolger",
     "body": "Mijn taken als directeur worden overgenomen door Erik Jansen (e.jansen@lingezee.nl). Graag mij "
             "uitschrijven; Erik neemt het lidmaatschap van me over.\n\nAlex"},
    {"id": "d27-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Claire Hopman <c.hopman@kempenrand.nl>", "subject": "Leaving / successor",
     "body": "Dear secretariat,\n\nI am leaving my position at the end of this month. My successor, Pieter de Wit "
             "(p.dewit@kempenrand.nl), will take over my place in the network. Please unsubscribe me.\n\n"
             "Best regards,\nClaire Hopman" + DISCLAIMER_EN},
    {"id": "d27-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Harm Wolf <h.wolf@wo-merwedevliet.nl>",
     "body": "Beste Stan,\n\nIk vertrek per 1 maart bij de werkorganisatie. Mijn opvolger, Anouk Smits "
             "(a.smits@wo-merwedevliet.nl), neemt mijn plek in het netwerk over. Wil je mij afmelden?\n\nGroet,\n"
             "Harm Wolf"},
    {"id": "d27-unsubscribe-19", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Ton Reijnders <t.reijnders@dijkenhof.nl>", "subject": "stokje over",
     "body": "Goedemiddag,\n\nNa acht jaar draag ik het stokje over aan Mark Huisman, m.huisman@dijkenhof.nl, die "
             "per 1 april algemeen directeur wordt. Wilt u mij uit het netwerk afmelden en Mark als mijn opvolger "
             "noteren? Dank voor de fijne jaren.\n\nTon Reijnders"},
    # -- suggestion -------------------------------------------------------------------------------------------
    {"id": "d27-suggestion-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Irma Wouters <i.wouters@zandenveen.nl>",
     "body": "Beste secretariaat,\n\nMijn onderwerp: hoe ga je om met de uiteenlopende belangen en ambities van "
             "de deelnemende gemeenten binnen één werkorganisatie?\n\nMet vriendelijke groet,\nIrma Wouters"},
    {"id": "d27-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": "Dennis Schaap <d.schaap@lingezee.nl>",
     "body": "Onderwerp: digitalisering van onze werkprocessen en de vervanging van het zaaksysteem.\n\nDennis"},
    {"id": "d27-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "sender": "Yvonne Peeters <y.peeters@kempenrand.nl>",
     "body": "Mijn suggestie: het meten van de tevredenheid van inwoners over onze dienstverlening, aan de balie "
             "en online, en hoe je die prestaties monitort."},
    {"id": "d27-suggestion-04", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Michiel Brouwer <m.brouwer@dijkenhof.nl>",
     "body": "Twee onderwerpen:\n- een langetermijnvisie op de werkorganisatie na 2030\n- formatieplanning in "
             "tijden van krapte op de arbeidsmarkt\n\nMichiel Brouwer"},
    {"id": "d27-suggestion-05", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-lijn", "sender": "Jolanda Mertens <j.mertens@heuvelrijk.nl>",
     "body": "Dank voor de fijne middag! Voor de volgende keer: de positie van onze fusieorganisatie in de regio, nu "
             "de regionale samenwerking rond wonen en energie zo snel groeit.\n\nJolanda"},
    {"id": "d27-suggestion-06", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "sender": "Mark Fleming <m.fleming@hollandsmiddenveld.nl>",
     "body": "Suggestion: innovation in our services to local businesses, for instance a single digital counter "
             "for entrepreneurs.\n\nMark"},
    {"id": "d27-suggestion-07", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes", "sender": "Hugo Kalkman <h.kalkman@werkorganisatie-beekdal.nl>",
     "body": "Voorstel: het sturingsconcept. Wij stappen over van een directiemodel naar sturing met "
             "programmamanagers en ik hoor graag ervaringen van collega's.\n\nHugo Kalkman"},
    {"id": "d27-suggestion-08", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-nl", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Nog een aanvulling: hoe stel je de inhoudelijke agenda van de werkorganisatie voor de komende tien "
             "jaar op?\n\nMarieke"},
    {"id": "d27-suggestion-09", "kind": "suggestion", "themes": ["organisatie"], "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "sender": "Wendy Claassen <w.claassen@heuvelrijk.nl>",
     "body": "Dank voor het welkom. Een onderwerp dat bij ons speelt: de financiën van de werkorganisatie, met name "
             "de bezuinigingsopgave op de bedrijfsvoering.\n\nWendy Claassen"},
    {"id": "d27-suggestion-10", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "sender": "Pieter Oostveen <p.oostveen@wo-merwedevliet.nl>", "subject": "Themasuggestie volgend atelier",
     "body": "Beste secretariaat,\n\nVoor een volgend atelier stel ik voor: de dienstverlening aan inwoners in de "
             "kleine kernen, nu wij de servicepunten in de dorpen sluiten en een mobiel loket overwegen.\n\n"
             "Met vriendelijke groet,\nPieter Oostveen"},
    {"id": "d27-suggestion-11", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Koen Verhagen <k.verhagen@lingezee.nl>",
     "body": "Informatiebeveiliging en I&A.\n\nGroet, Koen" + IPHONE},
    {"id": "d27-suggestion-12", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise", "sender": "G. Vlietstra <g.vlietstra@zandenveen.nl>",
     "body": "1. Samenwerking met de andere fusieorganisaties in onze regio\n2. Monitoring van de prestaties van "
             "ons klantcontactcentrum\n\nG. Vlietstra"},
    {"id": "d27-suggestion-13", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd", "sender": "Sjoerd Bakker <s.bakker@kempenrand.nl>",
     "body": "Ik draag graag aan: de visie op onze werkorganisatie op de lange termijn. Blijven we een ambtelijke "
             "fusie, of groeien we naar iets anders?\n\nSjoerd Bakker"},
    {"id": "d27-suggestion-14", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "doorgestuurd", "sender": "Rianne Blok <r.blok@dijkenhof.nl>",
     "body": "Voor de volgende keer zou ik graag spreken over innovatie in de dienstverlening, bijvoorbeeld de inzet "
             "van chatbots in het klantcontact met inwoners.\n\nRianne"},
    {"id": "d27-suggestion-15", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "sender": "Jasper Sterk <j.sterk@hollandsmiddenveld.nl>",
     "body": "Onze suggesties:\n- gezamenlijke opgaven van de gemeenten, zoals de energietransitie over de "
             "gemeentegrenzen heen\n- de organisatiestructuur: terug naar minder managementlagen\n\nJasper Sterk"},
    {"id": "d27-suggestion-16", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "sender": "Nathalie Geurts <n.geurts@heuvelrijk.nl>",
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
     "body": "> Welk vraagstuk rond de\n> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken?\n\nBestuurlijke prioriteiten: hoe breng je die terug tot een haalbare "
             "meerjarenagenda voor de directie?\n\nNathalie"},
    {"id": "d27-suggestion-17", "kind": "suggestion", "themes": ["strategie", "samenwerking", "dienstverlening"],
     "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Bram Lindhout <b.lindhout@werkorganisatie-lindeborg.nl>",
     "body": "Goedemiddag,\n\nHierbij drie suggesties:\nStrategie: de inhoudelijke agenda voor de nieuwe "
             "raadsperiode\nSamenwerking: de relatie tussen de deelnemende gemeenten na de verkiezingen\n"
             "Dienstverlening: één gezamenlijk klantcontactcentrum voor inwoners en ondernemers\n\n"
             "Met vriendelijke groet,\nBram Lindhout"},
    # -- autoreply ----------------------------------------------------------------------------------------------
    {"id": "d27-autoreply-01", "kind": "autoreply", "thread": I, "headers": OOF,
     "sender": "Henk Wolters <h.wolters@werkorganisatie-lindeborg.nl>",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                "samenwerking & eigenheid [atelier:2027-1]",
     "body": "Ik ben afwezig tot en met 14 februari. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken kunt "
             "u bellen met het directiesecretariaat, 0523 - 28 41 00."},
    {"id": "d27-autoreply-02", "kind": "autoreply", "thread": T, "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Sarah Bakker-Jones <s.bakkerjones@kempenrand.nl>",
     "subject": "Out of Office: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
     "body": "I am out of the office until 3 January with limited access to e-mail. For urgent matters please "
             "contact my office at +31 40 123 45 67."},
    {"id": "d27-autoreply-03", "kind": "autoreply", "thread": R, "headers": {"Precedence": "auto_reply"},
     "sender": "Petra Dekkers <p.dekkers@zandenveen.nl>",
     "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "Goedendag,\n\nIk ben deze week afwezig en lees mijn mail vanaf maandag 8 maart weer. Uw bericht wordt "
             "dan zo snel mogelijk behandeld.\n\nMet vriendelijke groet,\nPetra Dekkers"},
    {"id": "d27-autoreply-04", "kind": "autoreply", "thread": T,
     "sender": "Michiel Brouwer <m.brouwer@dijkenhof.nl>",
     "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
     "body": "Dank voor uw bericht. Ik ben met vakantie tot en met 4 januari en heb geen toegang tot mijn mail. "
             "Met spoed? Neem contact op met mijn collega Ria de Waal via r.dewaal@dijkenhof.nl."},
    {"id": "d27-autoreply-05", "kind": "autoreply", "thread": I, "headers": OOF,
     "sender": "Ilse Vonk <i.vonk@kempenrand.nl>",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Ik ben afwezig tot 22 februari.\nI am out of office until 22 February.\n\nIlse Vonk"},
    {"id": "d27-autoreply-06", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Joost Verbeek <j.verbeek@wo-merwedevliet.nl>",
     "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "body": "Bedankt voor uw bericht. Ik ben momenteel niet op kantoor en beantwoord uw e-mail na mijn "
             "terugkomst op 1 maart."},
    {"id": "d27-autoreply-07", "kind": "autoreply", "thread": W, "headers": OOF,
     "sender": "Lotte Wissink <l.wissink@lingezee.nl>",
     "subject": "Automatisch antwoord: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Tot 1 juni ben ik met zwangerschapsverlof. Mijn taken worden in die periode waargenomen door "
             "Hans Kloosterman (h.kloosterman@lingezee.nl)."},
    {"id": "d27-autoreply-08", "kind": "autoreply", "thread": R, "headers": OOF,
     "sender": "Bart Hoogendoorn <b.hoogendoorn@heuvelrijk.nl>",
     "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "Op vrijdag ben ik niet werkzaam. Uw bericht lees ik maandag."},
    {"id": "d27-autoreply-09", "kind": "autoreply", "thread": I, "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "R. Sikkema <r.sikkema@wo-merwedevliet.nl>",
     "subject": "Afwezigheidsmelding",
     "body": "Ik ben afwezig van 1 tot en met 12 maart. Uw e-mail wordt na mijn terugkeer behandeld. Voor "
             "spoedeisende zaken: KCC, telefoon 14 0183."},
    {"id": "d27-autoreply-10", "kind": "autoreply", "thread": T, "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Femke Brouwers <femke.brouwers@beekdal.nl>",
     "subject": "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\"",
     "body": "Ik ben op vakantie tot 20 maart. Ik reageer na terugkomst op je bericht.\n\nFemke"},
    {"id": "d27-autoreply-11", "kind": "autoreply", "thread": I, "headers": OOF,
     "sender": "Sandra Wijnen <s.wijnen@zandenveen.nl>",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Wegens ziekte ben ik tijdelijk afwezig. Uw bericht wordt niet doorgestuurd; voor dringende zaken kunt "
             "u contact opnemen met het secretariaat via secretariaat@zandenveen.nl." + DISCLAIMER},
    {"id": "d27-autoreply-12", "kind": "autoreply", "thread": C, "headers": OOF,
     "sender": "Gijs Tromp <g.tromp@lingezee.nl>",
     "subject": "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "body": "Afwezig tot 9 maart."},
    # -- other -----------------------------------------------------------------------------------------------
    {"id": "d27-other-01", "kind": "other", "thread": None,
     "sender": "Roel Scheepers <r.scheepers@lingezee.nl>", "subject": "Vraag over deelname",
     "body": "Goedemiddag,\n\nKan mijn loco-directeur ook lid worden, of is het netwerk alleen bedoeld voor de "
             "algemeen directeur?\n\nMet vriendelijke groet,\nRoel Scheepers"},
    {"id": "d27-other-02", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Jacqueline Maas <j.maas@dijkenhof.nl>",
     "body": "Is er bij het Stadskantoor parkeergelegenheid, en moet ik die zelf regelen?\n\nJacqueline Maas"},
    {"id": "d27-other-03", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Wouter Hermans <w.hermans@kempenrand.nl>",
     "body": "Komt er van dit atelier een verslag of een opname beschikbaar?"},
    {"id": "d27-other-04", "kind": "other", "thread": None,
     "sender": "Marco Smit <marco.smit@veranderkracht-advies.nl>", "subject": "Workshop tijdens uw atelier",
     "body": "Geachte heer Van de Laar,\n\nWij zijn een adviesbureau gespecialiseerd in organisatieontwikkeling bij "
             "gemeenten. Graag bieden wij aan om tijdens een van uw ateliers kosteloos een workshop te verzorgen "
             "over cultuurverandering na een ambtelijke fusie. Mag ik u hierover bellen?\n\nMet vriendelijke "
             "groet,\nMarco Smit\nVeranderkracht Advies B.V."},
    {"id": "d27-other-05", "kind": "other", "thread": None,
     "sender": "Sales <sales@zaakflow-software.nl>", "subject": "Demo zaaksysteem voor fusieorganisaties",
     "body": "Beste secretariaat,\n\nZaakFlow is hét zaaksysteem voor ambtelijke fusieorganisaties: één omgeving "
             "voor meerdere gemeenten. Graag geven wij uw leden een demonstratie. Wanneer schikt het u?\n\n"
             "Team ZaakFlow"},
    {"id": "d27-other-06", "kind": "other", "thread": None,
     "sender": "Ruud Terpstra <r.terpstra@heuvelrijk.nl>", "subject": "Mails komen drie keer binnen",
     "body": "Beste secretariaat,\n\nIk ontvang al uw berichten drie keer. Kan dat worden opgelost?\n\nGroet,\n"
             "Ruud Terpstra"},
    {"id": "d27-other-07", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Nicole Baas <n.baas@hollandsmiddenveld.nl>",
     "body": "De Teams-link in de uitnodiging werkt bij mij niet: ik krijg een foutmelding dat de vergadering niet "
             "bestaat. Kunnen jullie een nieuwe link sturen?\n\nNicole"},
    {"id": "d27-other-08", "kind": "other", "thread": None,
     "sender": "Sophie van Aken <s.vanaken@binnenlandsbestuur-redactie.nl>", "subject": "Verzoek interview",
     "body": "Goedendag,\n\nVoor een artikel over tien jaar ambtelijke fusies zoek ik directeuren die willen "
             "vertellen over hun ervaringen. Zou het netwerk mij in contact kunnen brengen met enkele leden?\n\n"
             "Met vriendelijke groet,\nSophie van Aken\nredacteur"},
    {"id": "d27-other-09", "kind": "other", "thread": None,
     "sender": "Lisa Jongbloed <l.jongbloed@student.uu.nl>", "subject": "Enquête masterscriptie",
     "body": "Beste secretariaat,\n\nVoor mijn masterscriptie Bestuurskunde onderzoek ik de sturing van ambtelijke "
             "fusieorganisaties. Zou u mijn korte enquête onder de leden van het netwerk willen verspreiden?\n\n"
             "Alvast hartelijk dank,\nLisa Jongbloed"},
    {"id": "d27-other-10", "kind": "other", "thread": None,
     "sender": "Henk Wolters <h.wolters@werkorganisatie-lindeborg.nl>", "subject": "Adviesraad",
     "body": "Geacht secretariaat,\n\nGraag stel ik mij beschikbaar voor een plaats in de Adviesraad. Ik ben al "
             "enkele jaren lid van het netwerk en denk graag mee over het programma.\n\nHoogachtend,\nH.J. Wolters"},
    {"id": "d27-other-11", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "apple",
     "sender": "Ellen Mulder <e.mulder@beekdal.nl>",
     "body": "Zijn er kosten verbonden aan deelname aan het atelier?" + IPHONE},
    {"id": "d27-other-12", "kind": "other", "thread": None,
     "sender": "Koen Verhagen <k.verhagen@lingezee.nl>", "subject": "Planning ateliers",
     "body": "Hoi, weten jullie al wanneer het atelier na maart is? Dan kan ik het vast blokken.\n\nKoen"},
    {"id": "d27-other-13", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Jolanda Mertens <j.mertens@heuvelrijk.nl>",
     "body": "Het verslag heb ik gelezen, dank. Kunnen jullie ook de presentatie van de gastspreker delen?\n\n"
             "Jolanda"},
    {"id": "d27-other-14", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Rik Spaan <r.spaan@wo-merwedevliet.nl>",
     "body": "De link naar het verslag geeft bij mij een foutmelding (pagina niet gevonden). Klopt die wel?"},
    {"id": "d27-other-15", "kind": "other", "thread": None,
     "sender": "Monique Geerts <m.geerts@zandenveen.nl>", "subject": "Aangemeld?",
     "body": "Ik weet niet meer zeker of ik mij voor 11 maart heb aangemeld. Kunt u dat voor mij nagaan?\n\n"
             "Monique Geerts"},
    {"id": "d27-other-16", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "sender": "Hanneke Bos <h.bos@werkorganisatie-beekdal.nl>",
     "body": "Dank voor het welkom. Moet ik voor het lidmaatschap een inkoopordernummer aanvragen bij onze "
             "inkoopafdeling, of is er echt geen factuur?\n\nHanneke"},
    {"id": "d27-other-17", "kind": "other", "thread": None,
     "sender": "Ton Reijnders <t.reijnders@dijkenhof.nl>", "subject": "Locatie volgend atelier",
     "body": "Beste Stan,\n\nWij bieden graag ons nieuwe gemeentehuis in Hofwerd aan als locatie voor een volgend "
             "atelier. Met wie kan ik dat afstemmen?\n\nGroet,\nTon"},
    {"id": "d27-other-18", "kind": "other", "thread": None,
     "sender": "Gert Vermeulen <g.vermeulen@kempenrand.nl>", "subject": "Deelnemerslijst",
     "body": "Welke directeuren zijn er eigenlijk allemaal lid? Is er een deelnemerslijst die ik kan inzien?\n\n"
             "Gert"},
    {"id": "d27-other-19", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes",
     "sender": "Sietse Zijlstra <s.zijlstra@zandenveen.nl>",
     "body": "Ik vind het jammer dat het atelier opnieuw in Utrecht is; voor ons uit het noorden is dat steeds een "
             "halve dag reizen. Zou u eens een locatie in het noorden willen overwegen?\n\nS. Zijlstra"},
    {"id": "d27-other-20", "kind": "other", "thread": None,
     "sender": "Wouter Claes <wouter.claes@igs-kempenland.be>", "subject": "Membership question",
     "body": "Dear secretariat,\n\nIs this network also open to directors of Flemish intermunicipal organisations, "
             "or only to Dutch ones?\n\nKind regards,\nWouter Claes"},
    {"id": "d27-other-21", "kind": "other", "thread": None,
     "sender": "Jan Kamphuis <j.kamphuis@lingezee.nl>", "subject": "Welke gegevens?",
     "body": "Goedemorgen,\n\nWelke persoonsgegevens van mij hebben jullie eigenlijk vastgelegd, en hoe lang "
             "bewaren jullie die?\n\nJan Kamphuis"},
    {"id": "d27-other-22", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "apple",
     "sender": "Karin Veldhuis <k.veldhuis@hollandsmiddenveld.nl>",
     "body": "Dank voor het verslag, het was een mooie middag!\n\nKarin" + IPHONE},
    {"id": "d27-other-23", "kind": "other", "thread": None,
     "sender": "Interim Select <info@interimselect-overheid.nl>", "subject": "Interim-directeuren beschikbaar",
     "body": "Geachte leden van het netwerk,\n\nInterim Select bemiddelt ervaren interim-directeuren voor "
             "gemeentelijke werkorganisaties. Wij komen graag kennismaken om te bespreken wat wij voor uw leden "
             "kunnen betekenen.\n\nMet vriendelijke groet,\nInterim Select"},
    {"id": "d27-other-24", "kind": "other", "thread": None,
     "sender": "Aart Roodbeen <a.roodbeen@raad-zandenveen.nl>", "subject": "Bijwonen atelier als raadslid",
     "body": "Geachte secretariaat,\n\nAls raadslid van een van de gemeenten in de werkorganisatie Zandenveen ben "
             "ik benieuwd of ik een atelier mag bijwonen. Is dat mogelijk?\n\nMet vriendelijke groet,\n"
             "A. Roodbeen"},
    {"id": "d27-other-25", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Theo van Rijswijk <t.vanrijswijk@heuvelrijk.nl>",
     "body": "Mag ik een MT-collega meenemen, en moet die zich dan apart aanmelden?\n\nTheo"},
    {"id": "d27-other-26", "kind": "other", "thread": None,
     "sender": "Hülya Demir <h.demir@wo-merwedevliet.nl>", "subject": "Spelling naam",
     "body": "Beste secretariaat,\n\nIn uw mails staat mijn naam als 'Hulya Demier'. Het is Hülya Demir. Wilt u "
             "dat aanpassen?\n\nDank en groet,\nHülya Demir"},
    {"id": "d27-other-27", "kind": "other", "thread": None,
     "sender": "Congresbureau <info@congres-publieksesector.nl>",
     "subject": "Uitnodiging congres Gemeente van de Toekomst",
     "body": "Graag nodigen wij de leden van uw netwerk uit voor het congres 'Gemeente van de Toekomst' op 20 mei in "
             "Amersfoort. Wilt u deze uitnodiging onder uw leden verspreiden? Leden ontvangen 20% korting."},
    {"id": "d27-other-28", "kind": "other", "thread": None,
     "sender": "Judith Evers <j.evers@werkorganisatie-lindeborg.nl>", "subject": "LinkedIn",
     "body": "Hebben jullie ook een LinkedIn-groep voor het netwerk?\n\nJudith"},
    {"id": "d27-other-29", "kind": "other", "thread": W, "quoted": "welkom", "quote": "gmail",
     "sender": "Sanne Oosterhuis <s.oosterhuis@zandenveen.nl>",
     "body": "Waar kan ik de verslagen van eerdere ateliers terugvinden?\n\nSanne"},
    {"id": "d27-other-30", "kind": "other", "thread": None,
     "sender": "Peter Langeveld <p.langeveld@kempenrand.nl>", "subject": "Klacht over de catering",
     "body": "Beste organisatie,\n\nBij het vorige atelier was er voor mij als veganist helemaal niets te eten, "
             "terwijl ik dat bij de aanmelding had doorgegeven. Dat vond ik teleurstellend. Hoe gaan jullie dat "
             "de volgende keer voorkomen?\n\nPeter Langeveld"},
    {"id": "d27-other-31", "kind": "other", "thread": None,
     "sender": "Bas Ruiter <b.ruiter@zandenveen.nl>", "subject": "Spreker gezocht?",
     "body": "Hoi Melanie,\n\nZoeken jullie voor het volgende atelier nog een spreker van buiten? Ik ken een "
             "hoogleraar bestuurskunde die hier veel over publiceert. Zal ik jullie met elkaar in contact "
             "brengen?\n\nBas"},
]
# fmt: on
