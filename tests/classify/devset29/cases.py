"""The twenty-ninth labelled set's cases (issue 17): leave words where nobody leaves, and real leaves.

``thread`` is what the thread lookup returns for the mail the writer answered (None: a new mail or a client that
dropped the headers). Inline answers carry our quoted lines in ``body`` themselves and no ``quoted``.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

S_UITN = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
S_HERI = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
S_OPRO = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
S_VERV = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
S_BEVE = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
S_WELK = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"
S_AFME = "Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties"

FOOTER = (
    "> -- \n> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
    "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl."
)
IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
IPHONE_EN = "\n\nSent from my iPhone"
PIXEL = "\n\nVerzonden vanaf mijn Pixel"
OUTLOOK_IOS = "\n\nGet Outlook for iOS<https://aka.ms/o0ukef>"
VLAAMS = (
    "\n\nMet vriendelijke groeten,\n\nWim Vandenbroucke\nalgemeen directeur\nIntercommunale Leie-Schelde\n"
    "T +32 9 218 44 10"
)
DISCLAIMER = (
    "\n\n--\nDit bericht kan vertrouwelijke informatie bevatten. Bent u niet de beoogde ontvanger, stel de "
    "afzender dan op de hoogte en verwijder het bericht. Werkorganisatie Zandvliet verwerkt persoonsgegevens "
    "volgens de AVG; zie www.zandvliet.nl/privacy."
)
EN_DISCLAIMER = (
    "\n\n________________\nThis e-mail may contain confidential information. If you are not the intended "
    "recipient, please delete it and notify the sender. Unsubscribing from marketing: reply STOP."
)
AUTO = {"Auto-Submitted": "auto-replied"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- UNSUBSCRIBE: real leaves of the network ------------------------------------------------------------
    {"id": "d29-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Einde interimopdracht", "sender": "Hein Kortekaas <h.kortekaas@lingewaard-oost.nl>",
     "body": "Goedemorgen,\n\nMijn interimopdracht als directeur van de werkorganisatie Lingewaard-Oost loopt op "
             "31 januari af. Daarmee vervalt ook mijn plek in het netwerk: wilt u mij per die datum uit het "
             "ledenbestand halen? Dank voor de gastvrijheid van de afgelopen maanden.\n\nHein Kortekaas\n"
             "interim-directeur"},
    {"id": "d29-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Wim Vandenbroucke <wim.vandenbroucke@leie-schelde.be>",
     "body": "Beste,\n\nGelieve mij uit te schrijven uit uw netwerk. Ik heb de ateliers met veel plezier gevolgd, "
             "maar als Vlaamse intercommunale vallen wij toch te ver buiten het Nederlandse model van de "
             "ambtelijke fusie." + VLAAMS},
    {"id": "d29-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "gmail", "sender": "Fiona McAllister <f.mcallister@werkorganisatie-duinstreek.nl>",
     "body": "Hi both,\n\nPlease take me off the network's list. I'm moving back to Edinburgh at the end of the "
             "month and my role at Duinstreek ends with it. It's been a real pleasure, even with my shaky "
             "Dutch.\n\nAll the best,\nFiona"},
    {"id": "d29-unsubscribe-04", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek tot beëindiging lidmaatschap en wissing persoonsgegevens",
     "sender": "mr. drs. C.W. (Coen) Rietveld <c.rietveld@werkorganisatie-zandvliet.nl>",
     "body": "Geacht secretariaat,\n\nHierbij beëindig ik mijn lidmaatschap van het Netwerk van directeuren van "
             "ambtelijke fusieorganisaties. Tevens verzoek ik u, met een beroep op artikel 17 van de AVG, al mijn "
             "gegevens uit uw ledenadministratie en verzendlijsten te laten wissen en mij dat schriftelijk te "
             "bevestigen.\n\n"
             "Hoogachtend,\n\nC.W. Rietveld\nalgemeen directeur" + DISCLAIMER},
    {"id": "d29-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Gijs Ottens <g.ottens@dommeldal.nl>",
     "body": "Beste Melanie,\n\nGeen thema van mij dit keer, wel een wisseling van de wacht: per 1 maart neemt "
             "Esther Koopmans (e.koopmans@dommeldal.nl) het stokje van mij over als directeur. Wilt u mij "
             "uitschrijven en haar voortaan de uitnodigingen sturen?\n\nGroet,\nGijs"},
    {"id": "d29-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "b.tolsma@noardwalden.nl",
     "body": "ik stop met het netwerk, graag niet meer mailen\nb. tolsma" + PIXEL},
    {"id": "d29-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Marloes Breukink <m.breukink@achterhoek-midden.nl>",
     "body": "Op 11 maart ben ik er niet, en daarna ook niet meer: per 1 april vertrek ik bij de werkorganisatie. "
             "Schrapt u mij maar uit het ledenbestand van het netwerk.\n\nMarloes" + IPHONE},
    {"id": "d29-unsubscribe-08", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Membership / GDPR request", "sender": "Daniel Whitfield <d.whitfield@kustgemeenten.nl>",
     "body": "Dear secretariat,\n\nI'd like to cancel my membership of the directors' network and ask you to "
             "delete all personal data you hold on me, in line with Article 17 GDPR. Please confirm once this "
             "has been done.\n\nKind regards,\nDaniel Whitfield\nManaging Director, Kustgemeenten shared services"
             + EN_DISCLAIMER},
    {"id": "d29-unsubscribe-09", "kind": "unsubscribe", "erase": True, "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl", "sender": "Ria Scholte <r.scholte@vechtdal-west.nl>",
     "body": "Fijn dat het lidmaatschap is beëindigd. Nog één ding: ik beroep me op de AVG en wil dat u ook mijn "
             "naam, functie en adres uit uw systemen wist, inclusief de oude deelnemerslijsten.\n\n"
             "Met vriendelijke groet,\nRia Scholte"},
    {"id": "d29-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "groupwise", "sender": "Anton Veldkamp <a.veldkamp@ijsselvallei.nl>",
     "body": "Dank voor het verslag. Een onderwerp heb ik niet meer: onze ambtelijke fusie wordt ontvlochten en "
             "ik ga terug naar de provincie. Wilt u mij uitschrijven uit het netwerk?\n\nA. Veldkamp"},
    {"id": "d29-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Change of director - Vlietland",
     "sender": "Gareth Price <g.price@werkorganisatie-vlietland.nl>",
     "body": "Hello,\n\nAs of 1 May my successor, Daan Verhoef (d.verhoef@werkorganisatie-vlietland.nl), takes over "
             "as director of Vlietland. Could you swap me out for him on the network's list?\n\nThanks,\nGareth"},
    {"id": "d29-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "J.P. Mulder <jp.mulder@veenkolonien-zuid.nl>",
     "body": "Geachte heer Van de Laar,\n\nMet dit bericht beëindig ik mijn deelname aan het "
             "directeurennetwerk. Voor het atelier van 11 maart hoeft u dus evenmin op mij te rekenen.\n\n"
             "Met vriendelijke groet,\nJ.P. Mulder"},
    {"id": "d29-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "notes", "sender": "Karin Wesselink <k.wesselink@twentse-poort.nl>",
     "body": "Beste Stan en Melanie,\n\nNa zes jaar sluit ik mijn periode als directeur van de Twentse Poort af. "
             "Ik wil jullie vragen mij uit het netwerk te halen; thema's laat ik graag aan mijn collega's over.\n\n"
             "Hartelijke groet,\nKarin Wesselink"},
    {"id": "d29-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Henk Bouwmeester <henkbouwmeester@kpnmail.nl>",
     "body": "Afmelden graag, ik hoef niets meer te ontvangen. Ben sinds vorige week met pensioen, dit adres is "
             "mijn prive-adres." + IPHONE},
    {"id": "d29-unsubscribe-15", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "afmelding + gegevens", "sender": "Sandra Bijl <s.bijl@werkorganisatie-hollandsmidden.nl>",
     "body": "Goedemiddag,\n\nIk meld mij af als lid van het netwerk en vraag u mijn persoonsgegevens te vernietigen. "
             "Een overzicht van wat u had vastgelegd hoef ik niet.\n\nSandra Bijl"},
    {"id": "d29-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Robert Harding <r.harding@rijnmond-noord.nl>",
     "body": "Not attending, and to be honest I'd rather be removed from the network altogether. Our merger has "
             "been unwound and there is no shared organisation left for me to run.\n\nRobert"},
    {"id": "d29-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht lidmaatschap netwerk", "sender": "drs. P.A. Vermeulen <pa.vermeulen@peelrand.nl>",
     "body": "Geacht secretariaat,\n\nHierbij bericht ik u dat ik per 1 februari 2027 mijn functie van algemeen "
             "directeur neerleg. Mijn opvolger, mevrouw drs. H.J. (Hanneke) Sluiter, bereikbaar via "
             "h.sluiter@werkorganisatie-peelrand.nl, neemt mijn plaats in het netwerk in. Ik verzoek u mij met "
             "ingang van die datum uit te schrijven.\n\nHoogachtend,\n\ndrs. P.A. Vermeulen"},
    {"id": "d29-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": W,
     "subject": "RE: " + S_WELK, "sender": "Tom Lagerweij <t.lagerweij@krimpenerland.nl>",
     "body": FOOTER + "\n\nBij deze: afmelden. Sinds de reorganisatie ben ik programmamanager in plaats van "
             "directeur, en het netwerk is voor directeuren.\n\nTom"},
    {"id": "d29-unsubscribe-19", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Erasure request", "sender": "Sophie Lindqvist <s.lindqvist@amstelgouw.nl>",
     "body": "Hi,\n\nI left the network in October, but judging by your last reminder I'm still on file. Please "
             "erase my details under the GDPR and stop sending me mail.\n\nRegards,\nSophie Lindqvist"},
    {"id": "d29-unsubscribe-20", "kind": "unsubscribe", "erase": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "ongemarkeerd", "sender": "r.koster@bommelerwaard-oost.nl",
     "body": "graag uitschrijven en mijn gegevns wissen ivm avg, dank\nrob koster"},
    {"id": "d29-unsubscribe-21", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "sender": "Ineke Wolters <i.wolters@hof-van-salland.nl>",
     "body": "Goedemiddag,\n\nBij nader inzien wil ik toch geen lid zijn; het netwerk overlapt te veel met ons "
             "provinciale overleg. Wilt u mij weer uitschrijven? Excuses voor de moeite.\n\nIneke Wolters"},
    {"id": "d29-unsubscribe-22", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Neil Ashworth <n.ashworth@grevelingen.nl>",
     "body": "Dear Stan,\n\nI'm handing the directorship over to my deputy, Ingrid Bosman "
             "(i.bosman@grevelingen.nl), on 1 March. She would like to keep receiving your invitations; I no "
             "longer need them, so please take me off.\n\nBest,\nNeil"},
    {"id": "d29-unsubscribe-23", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Opzeggen lidmaatschap", "sender": "Rutger Aalbers <r.aalbers@oude-ijssel-werkt.nl>",
     "body": "Zie onderwerp.\n\nMet vriendelijke groet,\n\nRutger Aalbers\nDirecteur Oude IJssel Werkt\n"
             "T 0314 - 62 40 00"},
    {"id": "d29-unsubscribe-24", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "apple", "sender": "Jan-Willem van Hout <jw.vanhout@baronie-oost.nl>",
     "body": "Ik hou ermee op als directeur, en dan ook met het netwerk. Haal me maar van de lijst.\n\nHoudoe,\n"
             "Jan-Willem"},
    {"id": "d29-unsubscribe-25", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "unsubscribe",
     "sender": "Mark O'Connell <m.oconnell@hart-van-brabant-wo.nl>",
     "body": "unsubscribe me pls - moved on to the province" + IPHONE_EN},
    {"id": "d29-unsubscribe-26", "kind": "unsubscribe", "erase": True, "thread": C,
     "quoted": "herinnering_aanmelding", "quote": "outlook-lijn",
     "sender": "Yvonne Tjoa <y.tjoa@werkorganisatie-meerlanden.nl>",
     "body": "Ik heb mij niet zelf aangemeld en wil geen lid worden. Verwijder mijn e-mailadres uit uw bestand, "
             "conform de AVG.\n\nY. Tjoa"},
    {"id": "d29-unsubscribe-27", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Frits Nijland <f.nijland@lochemse-poort.nl>",
     "body": "Ik trek me per direct terug uit het netwerk. Succes met het atelier!\n\nFrits Nijland"},
    {"id": "d29-unsubscribe-28", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "apple", "sender": "Mirjam Stoop <m.stoop@werkorganisatie-waterland.nl>",
     "body": "Dank voor het welkom, maar er is intussen iets veranderd: na de herinrichting van de top ben ik geen "
             "directeur meer maar concerncontroller. Dan hoor ik hier niet thuis, dus ik meld me weer af.\n\n"
             "Mirjam" + IPHONE},
    {"id": "d29-unsubscribe-29", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Leo Brinkhuis <l.brinkhuis@midden-delfland-wo.nl>",
     "body": "Anja, deze beantwoord ik zelf.\n\nSecretariaat: ik zeg mijn lidmaatschap op. Karel Wijnands "
             "(k.wijnands@midden-delfland-wo.nl) volgt mij per 1 maart op als directeur en neemt het over.\n\nLeo"},
    {"id": "d29-unsubscribe-30", "kind": "unsubscribe", "erase": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "sender": "Helen Carr <h.carr@maas-en-waal.nl>",
     "body": "I won't be at the atelier. Please also end my membership and delete my personal data from all of "
             "your lists.\n\nHelen Carr"},
    {"id": "d29-unsubscribe-31", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Afscheid", "sender": "Gerda Poelman <g.poelman@westerkwartier-samen.nl>",
     "body": "Beste mensen van het secretariaat,\n\nMijn termijn als algemeen directeur zit erop. Ik neem hierbij "
             "afscheid van het netwerk; willen jullie mij van de verzendlijst halen? Het was me een genoegen.\n\n"
             "Gerda Poelman"},
    {"id": "d29-unsubscribe-32", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Stopzetting lidmaatschap", "sender": "Wim Vandenbroucke <wim.vandenbroucke@leie-schelde.be>",
     "body": "Beste,\n\nGraag had ik mijn lidmaatschap stopgezet en mijn persoonsgegevens gewist conform de GDPR."
             + VLAAMS},
    {"id": "d29-unsubscribe-33", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-en", "sender": "Tomasz Nowak <t.nowak@werkorganisatie-oostland.nl>",
     "body": "Hi, sorry, my Dutch is not good enough for a proper letter: I want to leave het netwerk. Thank you "
             "for everything, the atelier was great.\n\nTomasz"},
    {"id": "d29-unsubscribe-34", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Bert Hazeleger <b.hazeleger@eemvallei.nl>",
     "body": "Op 11 maart ben ik al weg: per 1 maart is Joost Meulenbelt (j.meulenbelt@eemvallei.nl) mijn "
             "opvolger. Hij komt graag in mijn plaats. Mij mag u uitschrijven.\n\nBert"},
    {"id": "d29-unsubscribe-35", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "AVG", "sender": "Kees Drenth <k.drenth@kop-van-drenthe.nl>",
     "body": "Schrap mijn naam, adres en telefoonnummer uit al uw bestanden (AVG) en beëindig mijn "
             "lidmaatschap.\n\nK. Drenth"},
    {"id": "d29-unsubscribe-36", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Stepping down", "sender": "Claire Dubois <c.dubois@werkorganisatie-heuvelland.nl>",
     "body": "Dear all,\n\nThis is to let you know I'm stepping down as director on 31 March. Could you take my "
             "name off the network's distribution from that date on?\n\nWarm regards,\nClaire Dubois"},
    # -- OTHER: leave words, but nobody asks to leave the network ---------------------------------------------
    {"id": "d29-other-01", "kind": "other", "thread": None, "subject": "Vraag over afmelden",
     "sender": "Lotte Hermsen <l.hermsen@rivierenland-west.nl>",
     "body": "Goedemorgen,\n\nAls ik me afmeld, blijven mijn gegevens dan nog bewaard? Ik overweeg het, maar wil "
             "eerst weten hoe dat zit voordat ik iets besluit.\n\nGroet,\nLotte Hermsen"},
    {"id": "d29-other-02", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-en",
     "sender": "Peter Langford <p.langford@werkorganisatie-bollenstreek.nl>",
     "body": "Thanks for the welcome. A question before anything else: suppose I quit the network in a year or "
             "two, do you keep my details on file afterwards, and for how long?\n\nPeter"},
    {"id": "d29-other-03", "kind": "other", "thread": None, "subject": "Afmelden directeur?",
     "sender": "Anouk de Bruin | managementassistent <a.debruin@werkorganisatie-gooi-oost.nl>",
     "body": "Goedemiddag,\n\nMijn directeur, de heer Van Leeuwen, wil graag stoppen met het netwerk. Hoe gaat dat "
             "in zijn werk: moet hij dat zelf doen of kan ik het voor hem regelen?\n\nMet vriendelijke groet,\n"
             "Anouk de Bruin\nmanagementassistent directie"},
    {"id": "d29-other-04", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Secretariaat directie <secretariaat@werkorganisatie-zuidplas-oost.nl>",
     "body": "Ter info: onze directeur Marjan Kuipers is per 1 januari vertrokken naar de provincie. Haar mailbox "
             "wordt binnenkort opgeheven. Wie haar opvolgt is nog niet bekend.\n\nSecretariaat directie"},
    {"id": "d29-other-05", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-nl",
     "sender": "Wouter Kamphuis <w.kamphuis@salland-werkt.nl>",
     "body": "Beste secretariaat,\n\nIk krijg de laatste tijd wel erg veel mail van jullie: uitnodiging, "
             "wijziging, herinnering, en nu weer een herinnering. Ik wil me niet afmelden, het netwerk is waardevol, "
             "maar kan het wat minder?\n\nWouter"},
    {"id": "d29-other-06", "kind": "other", "thread": None, "subject": "Opzeggen parkeerplaats garage Stationsweg",
     "sender": "Dirk Smeets <d.smeets@maasgouw-wo.nl>",
     "body": "Hallo,\n\nHierbij zeg ik mijn parkeerplaats in de garage aan de Stationsweg op per 1 april. Kunt u "
             "mijn toegangspas dan deactiveren?\n\nDirk Smeets"},
    {"id": "d29-other-07", "kind": "other", "thread": None, "subject": "nieuwsbrief",
     "sender": "Els Vroom <e.vroom@alblasserwaard-wo.nl>",
     "body": "Kunt u mij afmelden voor de nieuwsbrief van het Kenniscentrum Gemeentelijke Samenwerking? Ik weet "
             "niet of dat via jullie loopt, jullie adres stond eronder.\n\nEls Vroom"},
    {"id": "d29-other-08", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Maarten Visscher <m.visscher@werkorganisatie-drechtsteden-zuid.nl>",
     "body": "Ik ben uit de LinkedIn-groep van het netwerk gestapt, daar gebeurde weinig. Via de mail volg ik "
             "jullie graag. Staan de presentaties van het atelier ook ergens, los van het verslag?\n\nMaarten"},
    {"id": "d29-other-09", "kind": "other", "thread": None, "subject": "Adviesraad",
     "sender": "Hanneke Timmer <h.timmer@beekdal-werkorganisatie.nl>",
     "body": "Beste Stan,\n\nNa twee jaar trek ik me terug uit de Adviesraad; mijn agenda laat het niet meer toe. "
             "Lid van het netwerk blijf ik uiteraard. Moet ik de voorzitter van de Adviesraad zelf nog "
             "informeren?\n\nHartelijke groet,\nHanneke"},
    {"id": "d29-other-10", "kind": "other", "thread": I, "quoted": "wijziging_atelier", "quote": "outlook-en",
     "sender": "Rachel Boyd <r.boyd@werkorganisatie-kennemerland-zuid.nl>",
     "body": "Hi,\n\nI accidentally left the Teams channel you set up for the atelier. Could you re-add me? Still "
             "very much a member!\n\nRachel"},
    {"id": "d29-other-11", "kind": "other", "thread": None, "subject": "app verwijderd",
     "sender": "Gerrit-Jan Zwiers <gj.zwiers@staphorst-steenwijk.nl>",
     "body": "Ik heb de Teams-app van mijn telefoon verwijderd (te veel meldingen). Kan ik de link voor de online "
             "deelname aan het atelier ook gewoon per mail krijgen?\n\nGJ Zwiers" + IPHONE},
    {"id": "d29-other-12", "kind": "other", "thread": None, "subject": "Please delete attachment",
     "sender": "Petra Hoogland-Shaw <p.hoogland@werkorganisatie-zaanoever.nl>",
     "body": "Good afternoon,\n\nYesterday's e-mail from me accidentally carried an attachment with internal "
             "papers from our management team. Could you please delete it and not pass it on? Many thanks!\n\n"
             "Petra Hoogland-Shaw"},
    {"id": "d29-other-13", "kind": "other", "thread": I, "quoted": "bevestiging_rsvp", "quote": "outlook-lijn",
     "sender": "Arjen Boersma <a.boersma@werkorganisatie-middelsee.nl>",
     "body": "Ik zie dat ik twee keer op de deelnemerslijst sta, ook nog met mijn oude adres van de gemeente. "
             "Wilt u de dubbele vermelding verwijderen?\n\nArjen"},
    {"id": "d29-other-14", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Nicole Baas <n.baas@vijfheerenlanden-wo.nl>",
     "body": "Mooi verslag! Eén verzoek: ik word er met naam geciteerd over de kostenverdeelsleutel. Wilt u mijn "
             "naam daar weghalen? Het citaat zelf mag blijven staan.\n\nNicole"},
    {"id": "d29-other-15", "kind": "other", "thread": None, "subject": "photo with the report",
     "sender": "Eric Johnson <e.johnson@werkorganisatie-westfriesland-oost.nl>",
     "body": "Hi,\n\nThe report on your website has a photo of me with my eyes closed. Could you remove it or pick "
             "another one? Otherwise a great afternoon.\n\nEric"},
    {"id": "d29-other-16", "kind": "other", "thread": None, "subject": "Werkorganisatie Maasland opgeheven",
     "sender": "Jos Derks <j.derks@werkorganisatie-maasland.nl>",
     "body": "Goedemorgen,\n\nPer 1 januari gaat de werkorganisatie Maasland op in de nieuwe gemeente Maasland. De "
             "werkorganisatie wordt daarmee opgeheven, maar ik blijf aan als algemeen directeur van de nieuwe "
             "gemeente. Mijn adres wordt j.derks@maasland.nl. Kan ik lid blijven, en zo ja, wilt u het adres "
             "aanpassen?\n\nJos Derks"},
    {"id": "d29-other-17", "kind": "other", "thread": None, "subject": "Dissolution of our shared organisation",
     "sender": "Andrew Kemp <a.kemp@werkorganisatie-hoeksewaard-noord.nl>",
     "body": "Dear secretariat,\n\nOur shared service organisation will be dissolved at the end of the year, but I "
             "stay on as director of the body that replaces it. Do I still qualify for the network, or should I "
             "expect to be removed?\n\nKind regards,\nAndrew Kemp"},
    {"id": "d29-other-18", "kind": "other", "thread": None, "subject": "nieuwe functie, zelfde directeur",
     "sender": "Miriam Kok <m.kok@werkorganisatie-oosterwold.nl>",
     "body": "Beste secretariaat,\n\nVanaf 1 maart combineer ik mijn rol als directeur met het "
             "gemeentesecretarisschap van Oosterwold. Ik stop dus niet, ik blijf directeur en lid; alleen mijn "
             "functietitel verandert. Kunt u die in uw ledenlijst aanpassen?\n\nMiriam Kok\n"
             "directeur / gemeentesecretaris"},
    {"id": "d29-other-19", "kind": "other", "thread": None, "subject": "NIET afmelden",
     "sender": "Ruben Wijers <r.wijers@kempen-noord.nl>",
     "body": "Goedemorgen,\n\nIk wil me NIET afmelden. Mijn secretaresse dacht dat ik dat wilde en heeft jullie "
             "vanochtend gemaild. Wilt u die mail negeren en mij gewoon lid laten?\n\nRuben Wijers"},
    {"id": "d29-other-20", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "apple",
     "sender": "Bas Heemskerk <b.heemskerk@duin-en-bollen-wo.nl>",
     "body": "Nog een herinnering? Straks meld ik me nog af van al dat gemail ;-) Nee hoor, grapje. Vraagje: kan "
             "ik bij het Stadskantoor parkeren of moet ik naar de P+R?\n\nBas" + IPHONE},
    {"id": "d29-other-21", "kind": "other", "thread": None, "subject": "doorgeven namens collega",
     "sender": "Femke Stolk <f.stolk@werkorganisatie-lekstroom.nl>",
     "body": "Hallo,\n\nMijn collega-directeur Bart van Rivierenland-West vroeg mij door te geven dat hij zich wil "
             "afmelden voor het netwerk; zijn mail komt bij jullie niet aan, zegt hij. Kunnen jullie dat "
             "regelen? Ikzelf blijf graag lid.\n\nFemke"},
    {"id": "d29-other-22", "kind": "other", "thread": None, "subject": "FW: netwerk",
     "sender": "Ton Rademaker <t.rademaker@werkorganisatie-bernisse.nl>",
     "body": "Zie hieronder van mijn collega Gert. Ik zelf blijf gewoon lid hoor, ik stuur het alleen door.\n\n"
             "Ton\n\n> Van: Gert Pals <g.pals@werkorganisatie-bernisse.nl>\n> Verzonden: maandag 1 maart 2027 "
             "16:40\n> Onderwerp: netwerk\n>\n> Ton, ik ga stoppen met dat directeurennetwerk. Kun jij dat "
             "doorgeven\n> aan het secretariaat? Ik heb hun adres niet.\n>\n> Gert"},
    {"id": "d29-other-23", "kind": "other", "thread": None, "subject": "Retirement 2028",
     "sender": "Margaret Hughes <m.hughes@werkorganisatie-utrechtse-heuvelrug-oost.nl>",
     "body": "Hello Stan,\n\nA heads-up: I'll be retiring in the summer of 2028. Until then I'm staying on and I'm "
             "happy to remain a member. Should I already name a successor, or is that something for next "
             "year?\n\nMargaret"},
    {"id": "d29-other-24", "kind": "other", "thread": None, "subject": "Uitstappen pilot",
     "sender": "Sven Roelofs <s.roelofs@werkorganisatie-berkelland.nl>",
     "body": "Beste secretariaat,\n\nWij zijn in december gestopt met de provinciale pilot zaakgericht werken. "
             "Zijn er leden die ervaring hebben met het uitstappen uit zo'n pilot? Ik kom graag met iemand in "
             "contact; kunnen jullie mij een naam geven?\n\nSven Roelofs"},
    {"id": "d29-other-25", "kind": "other", "thread": None, "subject": "sparringpartner gezocht",
     "sender": "Linda Everts <l.everts@werkorganisatie-land-van-cuijk.nl>",
     "body": "Onze gemeenten zijn uit het regionale platform Economie & Arbeid gestapt. Weten jullie of iemand in "
             "het netwerk hetzelfde heeft gedaan? Ik zoek een sparringpartner.\n\nLinda Everts" + PIXEL},
    {"id": "d29-other-26", "kind": "other", "thread": None, "subject": "rejoining later?",
     "sender": "Joanna Price <j.price@interimpool-oost.nl>",
     "body": "Quick question: if I unsubscribe now that my interim assignment ends, can I rejoin later when the "
             "next assignment starts? Or is it easier to just stay on the list in between?\n\nJoanna"},
    {"id": "d29-other-27", "kind": "other", "thread": None, "subject": "Lidmaatschap voor griffier?",
     "sender": "mr. A.F. (Arnoud) Zijlstra <griffier@werkorganisatie-noordoostpolder-urk.nl>",
     "body": "Geacht secretariaat,\n\nAls griffier van de drie raden die deze werkorganisatie bedient vraag ik mij "
             "af of ik ook lid kan worden, of is het netwerk echt alleen bedoeld voor directeuren? Mijn "
             "voorganger is destijds gestopt omdat hij dacht dat het niet mocht.\n\nHoogachtend,\n"
             "A.F. Zijlstra\ngriffier"},
    {"id": "d29-other-28", "kind": "other", "thread": None, "subject": "Vertrek directeur",
     "sender": "Jeroen Blom | concerncontroller <j.blom@werkorganisatie-hellendoorn-wierden.nl>",
     "body": "Goedemiddag,\n\nOnze directeur Ilse Verbrugge vertrekt per 1 april. Zij vroeg mij u te laten weten "
             "dat ze dan van de lijst af wil. Een opvolger is nog niet benoemd.\n\nMet vriendelijke groet,\n"
             "Jeroen Blom\nconcerncontroller"},
    {"id": "d29-other-29", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
     "sender": "Roos Verschuren <r.verschuren@werkorganisatie-altena-oost.nl>",
     "body": "Ik ben programmamanager en heb de mailbox van onze vertrokken directeur overgenomen, vandaar dat ik "
             "deze uitnodiging zie. Wat is wijsheid: afmelden, of blijft de werkorganisatie lid tot er een nieuwe "
             "directeur is?\n\nRoos Verschuren\nprogrammamanager"},
    {"id": "d29-other-30", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "sender": "Frank Peeters <f.peeters@werkorganisatie-weert-noord.nl>",
     "body": "Ik krijg een bevestiging van mijn afmelding, maar ik heb me helemaal niet afgemeld. Hoe kan dat? "
             "Heeft iemand anders dat namens mij gedaan?\n\nFrank Peeters"},
    {"id": "d29-other-31", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "notes-wrote",
     "sender": "Oliver Grant <o.grant@werkorganisatie-gouwe-rijn.nl>",
     "body": "Leave? After the best atelier in years? Not a chance. Could you send me the slides of the afternoon "
             "session, though?\n\nOliver"},
    {"id": "d29-other-32", "kind": "other", "thread": None, "subject": "afmelden en gegevens?",
     "sender": "Carla Bosch <c.bosch@werkorganisatie-heerde-epe.nl>",
     "body": "Stel dat ik me afmeld: moet ik dan apart om verwijdering van mijn gegevens vragen, of gaat dat "
             "automatisch? Ik twijfel nog.\n\nCarla"},
    {"id": "d29-other-33", "kind": "other", "thread": None, "subject": "On behalf of Mr O'Neill",
     "sender": "Grace Murphy <g.murphy@werkorganisatie-venlo-noord.nl>",
     "body": "Good afternoon,\n\nMy director, Mr Sean O'Neill, would like to leave the network. What is the "
             "procedure: does he need to write to you himself, or can I do it for him?\n\nKind regards,\n"
             "Grace Murphy\nPA to the Director"},
    {"id": "d29-other-34", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Laura Fitzgerald <l.fitzgerald@werkorganisatie-eemland.nl>",
     "body": "Hi, I'm getting three copies of every message you send. Not trying to leave, I'd just like one copy "
             "please. Could you delete the duplicates on your list?\n\nLaura"},
    {"id": "d29-other-35", "kind": "other", "thread": None, "subject": "vorige mail verwijderen",
     "sender": "Hugo Meijers <h.meijers@werkorganisatie-neder-betuwe.nl>",
     "body": "Wilt u mijn vorige mail verwijderen? Die was voor een collega bedoeld, niet voor het netwerk. "
             "Excuses!\n\nHugo"},
    {"id": "d29-other-36", "kind": "other", "thread": None, "subject": "Oud adres vervalt",
     "sender": "Ilse Kramer <i.kramer@werkorganisatie-betuwe-oost.nl>",
     "body": "Mijn oude adres i.kramer@gemeente-elst.nl vervalt per 1 februari; dat mag u verwijderen. Voortaan "
             "graag naar dit adres.\n\nIlse Kramer"},
    {"id": "d29-other-37", "kind": "other", "thread": W, "quoted": "welkom", "quote": "notes",
     "sender": "Wim Vandenbroucke <wim.vandenbroucke@leie-schelde.be>",
     "body": "Beste,\n\nBedankt voor het welkom. Mag een directeur van een Vlaamse intercommunale eigenlijk wel lid "
             "zijn, of moet ik mij terug uitschrijven?" + VLAAMS},
    {"id": "d29-other-38", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Saskia Prins <s.prins@werkorganisatie-voorne-oost.nl>",
     "body": "Could you stop sending me the calls for themes? I'd still like the invitations to the ateliers, "
             "just not the calls. Is that possible?\n\nSaskia"},
    {"id": "d29-other-39", "kind": "other", "thread": None, "subject": "werkgroep I-voorziening",
     "sender": "Michiel de Boer <m.deboer@werkorganisatie-de-wolden-hoogeveen.nl>",
     "body": "Beste Stan,\n\nPer 1 juli stop ik met de werkgroep Informatievoorziening van de VNG. Hebben jullie "
             "contact met de voorzitter? Ik wil graag een goede overdracht regelen.\n\nMichiel"},
    {"id": "d29-other-40", "kind": "other", "thread": None, "subject": "adjunct lid na mijn vertrek?",
     "sender": "Dorien Smit <d.smit@werkorganisatie-krimpenerwaard-oost.nl>",
     "body": "Als ik volgend jaar vertrek, kan mijn adjunct dan lid blijven, ook als zij nog geen directeur is? Ik "
             "blijf tot die tijd gewoon lid, het gaat om later.\n\nDorien Smit"},
    {"id": "d29-other-41", "kind": "other", "thread": I,
     "subject": "RE: " + S_UITN, "sender": "Thomas Reid <t.reid@werkorganisatie-deurne-asten.nl>",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nNot sure yet, I'll let "
             "you know next week.\n\n" + FOOTER + "\n\nAnd no, I don't want to unsubscribe. Is there a way to "
             "switch off that footer for members? It makes every reply look like a resignation.\n\nThomas"},
    {"id": "d29-other-42", "kind": "other", "thread": None, "subject": "RE: afmelding netwerk",
     "sender": "Pauline Verhagen <p.verhagen@werkorganisatie-tholen-oost.nl>",
     "body": "Mijn collega Ad Verhagen (geen familie!) schreef jullie gisteren dat hij zich wil afmelden. Hij "
             "bedoelde alleen het atelier, niet het netwerk; hij is vandaag ziek en vroeg mij dat door te "
             "geven. Kunnen jullie zijn afmelding terugdraaien?\n\nPauline"},
    {"id": "d29-other-43", "kind": "other", "thread": None, "subject": "Quote from my colleague",
     "sender": "Ben Cartwright <b.cartwright@werkorganisatie-zeeuwse-eilanden.nl>",
     "body": "Hi,\n\nMy colleague Erik told me he wrote to you that \"he is done with the network and wants off the "
             "list\". For clarity: that was Erik, not me. I'm staying. Could you check that you removed the right "
             "person?\n\nBen"},
    {"id": "d29-other-44", "kind": "other", "thread": None, "subject": "Ik stop als voorzitter ambtelijk overleg",
     "sender": "Marja Hulst <m.hulst@werkorganisatie-aa-en-hunze-noord.nl>",
     "body": "Beste secretariaat,\n\nIk stop als voorzitter van het ambtelijk overleg in onze regio. Mogen wij de "
             "deelnemerslijst van het atelier gebruiken om collega-directeuren voor een regionaal ontbijt uit te "
             "nodigen?\n\nMarja Hulst"},
    # -- RSVP ----------------------------------------------------------------------------------------------
    {"id": "d29-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Gert Haverkamp <g.haverkamp@werkorganisatie-montferland.nl>",
     "body": "Volgend jaar ga ik met pensioen, dus dit wordt een van mijn laatste ateliers. Ik kom zeker!\n\n"
             "Gert Haverkamp"},
    {"id": "d29-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Annelies Brouwer <a.brouwer@werkorganisatie-oldambt-oost.nl>",
     "body": "Afmelden? Dat zou ik niet durven, na het vorige atelier. Ik ben er op 11 maart gewoon bij.\n\n"
             "Annelies"},
    {"id": "d29-rsvp-03", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes", "sender": "Pim Sanders <p.sanders@werkorganisatie-oirschot-best.nl>",
     "body": "No, I'm not cancelling, I'm coming. About half an hour late though, I have a meeting with the "
             "aldermen until two.\n\nPim"},
    {"id": "d29-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Hilde Vos <h.vos@werkorganisatie-de-ronde-venen-oost.nl>",
     "body": "Onze maandelijkse stuurgroep is geschrapt, dus op 11 maart kan ik er toch bij zijn. Graag een plek "
             "voor mij.\n\nHilde Vos"},
    {"id": "d29-rsvp-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "apple", "sender": "Koen Willemsen <k.willemsen@werkorganisatie-meierij-zuid.nl>",
     "body": "Haalt u mij maar van de wachtlijst voor 11 maart, ik heb inmiddels iets anders ingepland.\n\nKoen"
             + IPHONE},
    {"id": "d29-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Marieke Jansen-Okafor <m.jansen@werkorganisatie-schouwen-noord.nl>",
     "body": "Goedemiddag,\n\nIk meld me af voor het atelier, niet voor het netwerk: lid blijf ik graag. Op 11 "
             "maart heb ik een raadsvergadering.\n\nMarieke"},
    {"id": "d29-rsvp-07", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "sender": "Simon Blake <s.blake@werkorganisatie-leudal-oost.nl>",
     "body": "I'm pulling out of the atelier on 11 March, sorry: it clashes with a council session. Still keen "
             "to stay in the network, of course.\n\nSimon"},
    {"id": "d29-rsvp-08", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Auke Bakker <a.bakker@werkorganisatie-waadhoeke-noord.nl>",
     "body": "Voor 11 maart moet ik me helaas terugtrekken. Mijn locodirecteur Fenna de Graaf "
             "(f.degraaf@werkorganisatie-waadhoeke-noord.nl) komt in mijn plaats.\n\nAuke Bakker"},
    {"id": "d29-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Ronald Schut <r.schut@werkorganisatie-hattem-oldebroek.nl>",
     "body": "Vorige week meldde ik me voor de 11e af. Nu de commissievergadering naar de 18e is geschoven, zet "
             "u mijn naam toch maar weer op de lijst.\n\n"
             "R. Schut"},
    {"id": "d29-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Esther Tjalma <e.tjalma@werkorganisatie-smallingerland-oost.nl>",
     "body": "We zijn net uit de BZK-pilot regionale samenwerking gestapt, dus ik heb volop stof om te delen. Ik "
             "kom graag.\n\nEsther"},
    {"id": "d29-rsvp-11", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "sender": "Kate Sullivan <k.sullivan@werkorganisatie-bergen-op-zoom-noord.nl>",
     "body": "Yes, I'll be there. I'll have to leave at 16:00 sharp for a train, though.\n\nKate" + OUTLOOK_IOS},
    {"id": "d29-rsvp-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Joost Evers <j.evers@werkorganisatie-gemert-laarbeek.nl>",
     "body": "Ik wil me aanmelden voor 11 maart (aanmelden, niet afmelden: autocorrect!).\n\nJoost" + IPHONE},
    {"id": "d29-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Wilma Ketelaar <w.ketelaar@werkorganisatie-rijssen-holten.nl>",
     "body": "Anja, zet je dit door? Ik kom, en ik neem Sander Dijk mee, die mij na mijn vertrek eind 2028 "
             "waarschijnlijk opvolgt. Dus twee personen.\n\nWilma"},
    {"id": "d29-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "gmail", "sender": "Hannah Moore <h.moore@werkorganisatie-ommen-hardenberg.nl>",
     "body": "Please cancel my cancellation: the budget meeting moved and I can make it after all.\n\nHannah"},
    {"id": "d29-rsvp-15", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn", "sender": "Harm Lubbers <h.lubbers@werkorganisatie-westerwolde-zuid.nl>",
     "body": "Dat wordt 'm helaas niet, griep. Verwijdert u mij maar van de deelnemerslijst voor donderdag.\n\n"
             "Harm"},
    # -- SUGGESTION ----------------------------------------------------------------------------------------
    {"id": "d29-suggestion-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Eric Verbeek <e.verbeek@werkorganisatie-stein-beek.nl>",
     "body": "Goedemorgen,\n\nEen onderwerp dat ons bezighoudt: een van onze gemeenten gaat per 2028 uittreden uit "
             "de ambtelijke fusie. Ik blijf directeur van de resterende werkorganisatie, maar hoe regel je de "
             "verhouding met de overblijvende gemeenten en met de vertrekkende? Graag op de agenda.\n\nEric"},
    {"id": "d29-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Jolanda Aarts <j.aarts@werkorganisatie-cranendonck-oost.nl>",
     "body": "Ik ben uit de werkgroep digitalisering gestapt, maar het onderwerp laat me niet los: het uitfaseren "
             "van oude applicaties na de fusie. Welke systemen schrap je eerst en hoe krijg je de data over?\n\n"
             "Jolanda"},
    {"id": "d29-suggestion-03", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-en",
     "sender": "Richard Evans <r.evans@werkorganisatie-goeree-noord.nl>",
     "body": "Topic suggestion for next time: what happens to the staff when a shared organisation is dissolved? "
             "Formation, mobility, social plans, who keeps which people.\n\nRichard"},
    {"id": "d29-suggestion-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "sender": "Yvette Maas <y.maas@werkorganisatie-echt-susteren.nl>",
     "body": "Wij stoppen in 2028 met de fysieke balie in twee van de drie dorpen. Mijn onderwerp: hoe houd je de "
             "dienstverlening aan inwoners toegankelijk als het loket verdwijnt, ook voor wie niet digitaal "
             "vaardig is?\n\nYvette Maas"},
    {"id": "d29-suggestion-05", "kind": "suggestion", "themes": ["strategie"], "thread": None,
     "subject": "correctie op mijn thema", "sender": "Arend Mos <a.mos@werkorganisatie-ooststellingwerf.nl>",
     "body": "Verwijder mijn vorige suggestie maar, daar zat een tikfout in waardoor hij onleesbaar was. Het moet "
             "zijn: een lange termijn visie op de werkorganisatie, waar staan we in 2035?\n\nArend"},
    {"id": "d29-suggestion-06", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Lucy Hammond <l.hammond@werkorganisatie-zwijndrecht-oost.nl>",
     "body": "One idea: phasing out the paper flow of council documents and moving all three councils onto one "
             "digital workflow. We've just stopped printing and would love to compare notes.\n\nLucy"},
    {"id": "d29-suggestion-07", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "Theo Kuijpers <t.kuijpers@werkorganisatie-bladel-eersel.nl>",
     "body": "Wat ons bezighoudt: gemeenten die zich terugtrekken uit gezamenlijke opgaven, zoals de regionale "
             "woondeal, terwijl de werkorganisatie die opgaven voor alle gemeenten uitvoert.\n\nTheo Kuijpers"},
    {"id": "d29-suggestion-08", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Nadia El Idrissi <n.elidrissi@werkorganisatie-zaanstreek-noord.nl>",
     "body": "- stoppen met een eigen klantcontactcentrum per gemeente: één KCC voor alle inwoners\n"
             "- monitoring van prestaties van de dienstverlening na de fusie\n\nNadia" + IPHONE},
    {"id": "d29-suggestion-09", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Gerben Zijlstra <g.zijlstra@werkorganisatie-tytsjerksteradiel-oost.nl>",
     "body": "I already unsubscribed from the VNG newsletter, too much noise. But a theme: the position of our "
             "shared organisation in the region, now that the regional boundaries are being redrawn.\n\nGerben"},
    {"id": "d29-suggestion-10", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "subject": "RE: " + S_OPRO, "sender": "Marcel Hoekman <m.hoekman@werkorganisatie-borne-tubbergen.nl>",
     "body": "> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
             "werkprocessen, financiën, I&A;\n\nDaar past mijn onderwerp: wat doe je met je sturingsconcept als "
             "de directie van drie wordt afgeschaft en je met één directeur verdergaat?\n\n" + FOOTER +
             "\n\nMarcel"},
    # -- CONFIRM -------------------------------------------------------------------------------------------
    {"id": "d29-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Rob Geurts <r.geurts@werkorganisatie-peel-en-maas-noord.nl>",
     "body": "Ja, bevestigd. En nee, ik wil me niet afmelden, wat de voettekst ook suggereert.\n\nRob"},
    {"id": "d29-confirm-02", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-en", "sender": "Emily Walsh <e.walsh@werkorganisatie-haarlemmerliede-oost.nl>",
     "body": "Confirming. Sorry for the delay, I almost deleted the first one as spam.\n\nEmily"},
    {"id": "d29-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd", "sender": "Stijn Claessens <s.claessens@werkorganisatie-beekdaelen-zuid.nl>",
     "body": "I've left my previous employer, but this is my address at the new shared organisation, so yes: I "
             "confirm my registration.\n\nStijn Claessens"},
    {"id": "d29-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "sender": "Lieke Verstappen <l.verstappen@werkorganisatie-horst-venray.nl>",
     "body": "Bevestigd! Mijn voorganger, die zich vorige maand afmeldde, heeft me op het netwerk gewezen.\n\n"
             "Lieke" + IPHONE},
    # -- SUBSCRIBE -----------------------------------------------------------------------------------------
    {"id": "d29-subscribe-01", "kind": "subscribe", "thread": None, "subject": "Weer lid worden",
     "sender": "Marco Lambregts <m.lambregts@werkorganisatie-de-vaart.nl>",
     "body": "Goedemiddag,\n\nIn 2025 heb ik me afgemeld toen ik naar het Rijk vertrok. Inmiddels ben ik terug, als "
             "directeur van werkorganisatie De Vaart, en ik wil graag weer lid worden van het netwerk.\n\n"
             "Marco Lambregts\ndirecteur"},
    {"id": "d29-subscribe-02", "kind": "subscribe", "thread": None, "subject": "Joining the network",
     "sender": "Ahmed Rahman <a.rahman@werkorganisatie-nissewaard-oost.nl>",
     "body": "Hello,\n\nMy predecessor left the network last year when she retired. I have just started as "
             "director and would like to join. Please sign me up with this address.\n\nAhmed Rahman"},
    {"id": "d29-subscribe-03", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "notes-wrote", "sender": "Ellen de Ruiter <e.deruiter@werkorganisatie-lingewaal-noord.nl>",
     "body": "Ik heb me niet afgemeld, dat moet een vergissing zijn. Wilt u mij weer als lid inschrijven?\n\n"
             "Ellen de Ruiter"},
    {"id": "d29-subscribe-04", "kind": "subscribe", "thread": None, "subject": "aanmelding als opvolger",
     "sender": "Sander Dekkers <s.dekkers@werkorganisatie-roerdalen-oost.nl>",
     "body": "Mijn voorganger Jan Coenen is al uitgeschreven, heb ik begrepen. Ik ben sinds 1 december directeur en "
             "meld me graag aan voor het netwerk.\n\nSander Dekkers"},
    # -- AUTOREPLY -----------------------------------------------------------------------------------------
    {"id": "d29-autoreply-01", "kind": "autoreply", "thread": I, "subject": "Automatisch antwoord: " + S_UITN,
     "headers": AUTO, "sender": "Wendy Hagen <w.hagen@werkorganisatie-midden-groningen-oost.nl>",
     "body": "Ik ben per 1 februari uit dienst getreden. Deze mailbox wordt niet meer gelezen en binnenkort "
             "verwijderd. Voor vragen kunt u terecht bij info@werkorganisatie-midden-groningen-oost.nl."},
    {"id": "d29-autoreply-02", "kind": "autoreply", "thread": R, "subject": "Automatic reply: " + S_HERI,
     "headers": AUTO, "sender": "James Whitaker <j.whitaker@werkorganisatie-oude-rijn.nl>",
     "body": "I am on leave until 20 March. Messages will not be forwarded and will be deleted unread on my "
             "return. For urgent matters, please contact the director's office on +31 172 44 55 66."},
    {"id": "d29-autoreply-03", "kind": "autoreply", "thread": T, "subject": "Automatisch antwoord: " + S_OPRO,
     "headers": {"X-Auto-Response-Suppress": "All", "Auto-Submitted": "auto-replied"},
     "sender": "Joke Hendriks <j.hendriks@werkorganisatie-rheden-rozendaal.nl>",
     "body": "Ik heb afscheid genomen van de werkorganisatie en geniet van mijn pensioen. Mails aan dit adres komen "
             "niet meer aan bij een persoon. Mijn opvolger is bereikbaar via "
             "directie@werkorganisatie-rheden-rozendaal.nl."},
    {"id": "d29-autoreply-04", "kind": "autoreply", "thread": I, "subject": "Re: " + S_UITN,
     "headers": AUTO, "sender": "Klantenservice Werkorganisatie Bodegraven <noreply@bodegraven-wo.nl>",
     "body": "Uw bericht is ontvangen onder zaaknummer Z/27/018833 en wordt binnen vijf werkdagen behandeld.\n\n"
             "Wilt u zich afmelden voor onze digitale nieuwsbrief? Ga naar www.bodegraven-wo.nl/afmelden."},
    {"id": "d29-autoreply-05", "kind": "autoreply", "thread": W, "subject": "Afwezig: " + S_WELK,
     "headers": {"Precedence": "auto_reply"}, "sender": "Tessa Koning <t.koning@werkorganisatie-zeewolde-oost.nl>",
     "body": "Afwezig wegens verlof. Ik stop tijdelijk met het lezen van e-mail en ben weer bereikbaar vanaf "
             "2 maart."},
    {"id": "d29-autoreply-06", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "subject": "Re: " + S_UITN, "headers": AUTO,
     "sender": "Afdeling Bestuurszaken <bestuurszaken@werkorganisatie-tiel-buren.nl>",
     "body": "Dit is een automatisch bericht. Deze afdeling is per 1 januari 2027 opgeheven; uw e-mail is niet "
             "doorgestuurd. Verwijder dit adres uit uw adresboek."},
    {"id": "d29-autoreply-07", "kind": "autoreply", "thread": G, "subject": "Automatic reply: " + S_AFME,
     "headers": AUTO, "sender": "Paul Dawson <p.dawson@werkorganisatie-kaag-braassem.nl>",
     "body": "Please note that I have left Werkorganisatie Kaag-Braassem. This mailbox is no longer monitored; "
             "please remove this address from your records and contact info@werkorganisatie-kaag-braassem.nl."},
    {"id": "d29-autoreply-08", "kind": "autoreply", "thread": None, "subject": "Afwezigheidsmelding",
     "headers": AUTO, "sender": "Griffie Krimpenerlanden <griffie@werkorganisatie-krimpenerlanden.nl>",
     "body": "Afwezigheidsmelding: de griffie is tot en met 14 maart gesloten. Afmeldingen voor de "
             "raadsinformatieavond kunt u sturen naar raadsinfo@werkorganisatie-krimpenerlanden.nl."},
]
# fmt: on
