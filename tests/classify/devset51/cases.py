"""The fifty-first labelled set's cases (issue 17): written without reading the classifier, each labelled as the
secretariat should treat it; cases that could not be labelled with confidence were left out.

Joining and leaving are written in words other than "aanmelden" and "afmelden"; the look-alikes (a question about
membership, a request for someone else, an address change, a complaint) are ``other``. A hand-over to a named
successor is ``unsubscribe``; a director who cannot come but sends a substitute is an RSVP with ``attending``
False; a reply that changes an earlier answer is labelled with the latest answer.
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
ANDROID = "\n\nVerzonden vanaf mijn Galaxy"
OUTLOOK_IOS = "\n\nGet Outlook for iOS"
DISCLAIMER = (
    "\n\n--\nDe informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. "
    "Werkorganisatie De Waardlanden aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit de inhoud of "
    "de verzending van dit bericht."
)
TWENTE = "\n\nMet vriendelijke groet, of zoals we hier zeggen: hool oe goed,\n\nGerrit Nijenhuis\ndirecteur Dinkelwerk"

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- subscribe: joining in words the usual verbs do not cover --------------------------------------------
    {"id": "d51-sub-01", "kind": "subscribe", "thread": None, "subject": "Erbij horen",
     "sender": "Hanneke Vos <h.vos@werkorganisatie-lingewaal.nl>",
     "body": "Goedemorgen,\n\nSinds 1 november ben ik algemeen directeur van de werkorganisatie Lingewaal-Zuid, "
             "waarin drie gemeenten hun ambtelijk apparaat hebben samengebracht. Van een collega hoorde ik over "
             "uw netwerk. Ik zou er graag bij horen.\n\nMet vriendelijke groet,\nHanneke Vos"},
    {"id": "d51-sub-02", "kind": "subscribe", "thread": None, "subject": "aanhaken",
     "sender": "Bas Kuiper <b.kuiper@dvo-rivierenland.nl>",
     "body": "Hoi,\n\nkan ik aanhaken bij jullie netwerk? Ik ben directeur van de DVO Rivierenland (4 gemeenten, "
             "ca 600 fte).\n\nBas" + IPHONE},
    {"id": "d51-sub-03", "kind": "subscribe", "thread": None, "subject": "Meedraaien in het directeurennetwerk",
     "sender": "Dr. Ilse Brink <i.brink@ambtelijkeunie-zeeoever.nl>",
     "body": "Geacht secretariaat,\n\nAls gemeentesecretaris van twee gemeenten en tevens directeur van de "
             "Ambtelijke Unie Zeeoever zou ik graag meedraaien in het Netwerk van directeuren van ambtelijke "
             "fusieorganisaties. Wilt u mij daarvoor noteren?\n\nHoogachtend,\n\ndr. I.M. Brink\n"
             "directeur Ambtelijke Unie Zeeoever\nT 0113 555 210"},
    {"id": "d51-sub-04", "kind": "subscribe", "thread": None, "subject": "mijn naam op de lijst",
     "sender": "Erik Zwart <erik.zwart@hwz-werkorganisatie.nl>",
     "body": "Goedemiddag, wilt u mijn naam op de lijst zetten van het netwerk? Ik ben sinds kort directeur van "
             "de HWZ-werkorganisatie.\n\nGroet,\nErik Zwart"},
    {"id": "d51-sub-05", "kind": "subscribe", "thread": None, "subject": "Toegang tot het netwerk",
     "sender": "Marloes Huisman <m.huisman@grensstreekgemeenten.nl>",
     "body": "Beste mensen,\n\nIk zou graag toegang krijgen tot het netwerk. Ter introductie: ik ben "
             "directeur-bestuurder van de Werkorganisatie Grensstreek, een GR van drie gemeenten in de Achterhoek. "
             "Ik kom uit de provinciale wereld en wil graag leren van collega's die dit al langer doen.\n\n"
             "Hartelijke groet,\nMarloes Huisman" + DISCLAIMER},
    {"id": "d51-sub-06", "kind": "subscribe", "thread": None, "subject": "Kennismaken",
     "sender": "Jeroen Baas <j.baas@werkorganisatie-kromme-ijssel.nl>",
     "body": "Dag secretariaat,\n\nGraag maak ik kennis en sluit ik aan bij het netwerk. Ik ben per september "
             "gestart als directeur van de werkorganisatie Kromme IJssel.\n\nMet vriendelijke groet,\n\n"
             "Jeroen Baas\nDirecteur\n06 12 34 56 78"},
    {"id": "d51-sub-07", "kind": "subscribe", "thread": None, "subject": "Please include me",
     "sender": "Sanne de Groot <s.degroot@sedwerk.nl>",
     "body": "Hello,\n\nI'm the new managing director of SED-werk, the joint civil service of three "
             "municipalities. A colleague forwarded me your brochure - please include me in the network.\n\n"
             "Kind regards,\nSanne de Groot"},
    {"id": "d51-sub-08", "kind": "subscribe", "thread": None, "subject": "add me pls",
     "sender": "Tom Verhoef <tom.verhoef@bgw-polderland.nl>",
     "body": "hi, add me to the directors network? director BGW Polderland since march. thx, Tom" + OUTLOOK_IOS},
    {"id": "d51-sub-09", "kind": "subscribe", "thread": I, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
     "sender": "Karin Post <k.post@werkorganisatie-duinkant.nl>",
     "subject": "RE: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Goedemorgen,\n\nMijn voorganger ontving deze uitnodiging nog; hij is inmiddels vertrokken en ik "
             "heb zijn functie als directeur overgenomen. Ik sta zelf nog niet bij jullie geregistreerd maar wil "
             "graag ook bij het netwerk horen. Kunt u mij toevoegen?\n\nKarin Post"},
    {"id": "d51-sub-10", "kind": "subscribe", "thread": None, "subject": "Aansluiten",
     "sender": "Wouter Dekker <w.dekker@servicepunt-vijfheerenlanden.nl>",
     "body": "Beste,\n\nwij zijn een ambtelijke fusieorganisatie in opbouw, per 1-1 formeel van start. ik ben als "
             "kwartiermaker/beoogd directeur aangesteld. ik zou me graag bij jullie aansluiten, lijkt me waardevol "
             "juist in deze fase.\n\ngr Wouter"},
    {"id": "d51-sub-11", "kind": "subscribe", "thread": None, "subject": "Lidmaatschap",
     "sender": "mw. drs. A. Kramer <a.kramer@gemeenschappelijkedienst-noordkust.nl>",
     "body": "Geacht secretariaat,\n\nOndergetekende, directeur van de Gemeenschappelijke Dienst Noordkust, "
             "verzoekt u vriendelijk haar in te schrijven als lid van het netwerk.\n\nHoogachtend,\n\n"
             "drs. A. Kramer"},
    {"id": "d51-sub-12", "kind": "subscribe", "thread": None, "subject": "Hallo!",
     "sender": "Joost Smeets <j.smeets@werkorganisatie-maasvallei.nl>",
     "body": "Hallo,\n\nIk lees al een tijdje mee via de LinkedIn-posts van jullie ateliers. Nu ik zelf directeur "
             "ben geworden van de Werkorganisatie Maasvallei wil ik er ook graag bij. Kunnen jullie "
             "me inschrijven?\n\nGroetjes,\nJoost" + ANDROID},
    {"id": "d51-sub-13", "kind": "subscribe", "thread": None, "subject": "Word ik ook lid?",
     "sender": "Femke Bos <f.bos@dienstverleningscentrum-oostgo.nl>",
     "body": "Goedendag. Ik wil graag lid worden van jullie netwerk. Ik ben directeur van het "
             "Dienstverleningscentrum Oost-Go.\nMvg Femke Bos"},
    {"id": "d51-sub-14", "kind": "subscribe", "thread": None, "subject": "Inschrijving netwerk",
     "sender": "P. Hoekstra <p.hoekstra@werkorganisatie-waddenfront.nl>",
     "body": "Goeie,\n\nIk bin direkteur fan de Wurkorganisaasje Waddenfront. Graag wil ik me inschrijven voor "
             "het netwerk van directeuren; zou dat kunnen?\n\nMei freonlike groetnis,\nPiter Hoekstra"},
    {"id": "d51-sub-15", "kind": "subscribe", "thread": W, "quoted": "welkom", "quote": "doorgestuurd",
     "sender": "Linda Mulder <l.mulder@werkorganisatie-heuvelrug-west.nl>",
     "subject": "RE: FW: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Beste secretariaat,\n\nMijn collega-directeur uit de buurregio stuurde mij haar welkomstmail door. "
             "Ik zit in precies dezelfde positie (directeur van een fusieorganisatie voor twee gemeenten) en wil "
             "ook graag lid worden. Mag ik zo ook op de lijst?\n\nLinda Mulder"},
    {"id": "d51-sub-16", "kind": "subscribe", "thread": None, "subject": "netwerk",
     "sender": "rob.jansen@werkorganisatie-stroomdal.nl",
     "body": "zou ik erbij mogen? ben dir. van werkorg Stroomdal. gr rob"},
    {"id": "d51-sub-17", "kind": "subscribe", "thread": None, "subject": "Sign me up",
     "sender": "Anouk Peeters <anouk.peeters@samenwerking-kempenland.nl>",
     "body": "Good afternoon,\n\nI run the shared service organisation of Kempenland (three municipalities). "
             "I'd like to become a member of your directors' network. Could you add me?\n\nBest,\nAnouk Peeters\n"
             "Director | Samenwerking Kempenland\n+31 40 555 8890"},
    {"id": "d51-sub-18", "kind": "subscribe", "thread": None, "subject": "Opname in het netwerk",
     "sender": "Henk Meijer <h.meijer@bestuursdienst-ijsselmond.nl>",
     "body": "Geachte heer, mevrouw,\n\nHierbij verzoek ik om opname in uw netwerk. Ik ben sinds 1 oktober "
             "algemeen directeur van de Bestuursdienst IJsselmond.\n\nMet de meeste hoogachting,\n\nH.J. Meijer"},
    {"id": "d51-sub-19", "kind": "subscribe", "thread": None, "subject": "Re: directeurennetwerk",
     "sender": "Sophie van Dam <s.vandam@werkorganisatie-lekstroom.nl>",
     "body": "Hi! Ik heb het wervingsfoldertje van jullie op het VGS-congres meegenomen. Ik wil erbij: Sophie van "
             "Dam, directeur werkorganisatie Lekstroom. Zet me er maar op!\n\nSophie" + IPHONE},
    {"id": "d51-sub-20", "kind": "subscribe", "thread": None, "subject": "Aanmelding",
     "sender": "Mark de Wit <m.dewit@ambtelijkefusie-groenehart.nl>",
     "body": "Beste organisatoren,\n\nik wil graag deel uitmaken van het netwerk. Mijn gegevens:\n"
             "naam: Mark de Wit\nfunctie: directeur\norganisatie: Ambtelijke organisatie Groene Hart\n"
             "e-mail: m.dewit@ambtelijkefusie-groenehart.nl\n\nAlvast dank!"},
    {"id": "d51-sub-21", "kind": "subscribe", "thread": None, "subject": "Toevoegen aan netwerk",
     "sender": "Yvonne Schouten <y.schouten@werkorganisatie-altena-noord.nl>",
     "body": "Goedemiddag,\n\nWilt u mij toevoegen aan het netwerk van directeuren? Ik ben met ingang van deze "
             "maand directeur van Werkorganisatie Altena-Noord.\n\nVriendelijke groet,\nYvonne Schouten\n"
             "directeur Werkorganisatie Altena-Noord\nT 0183 555 412"},
    {"id": "d51-sub-22", "kind": "subscribe", "thread": None, "subject": "Can I join?",
     "sender": "Daan Hermans <d.hermans@bsd-zuidrand.nl>",
     "body": "Hoi, ik ben Daan, directeur van de BSD Zuidrand (gemeenschappelijke ambtelijke dienst van twee "
             "gemeenten). Can I join your network? Ik ben erg benieuwd naar de ateliers.\n\nDaan"},
    {"id": "d51-sub-23", "kind": "subscribe", "thread": None, "subject": "Aanmelden als lid",
     "sender": "Nicole Brouwer <n.brouwer@werkorganisatie-veenkoloniën.nl>",
     "body": "Goedemorgen secretariaat,\n\nGraag meld ik mij aan als lid. Ik ben directeur van de Werkorganisatie "
             "Veenkoloniën en wil graag ervaringen uitwisselen met andere fusiedirecteuren, vooral over "
             "de verhouding met drie verschillende colleges.\n\nMet vriendelijke groet,\nNicole Brouwer"},
    {"id": "d51-sub-24", "kind": "subscribe", "thread": None, "subject": "Ook graag op de mailinglijst",
     "sender": "Frank Willems <f.willems@werkorganisatie-peelrand.nl>",
     "body": "Beste,\n\nIk ben directeur van Werkorganisatie Peelrand en wil graag ook lid worden en op jullie "
             "mailinglijst, dan krijg ik de uitnodigingen voor de ateliers voortaan zelf.\n\nHoudoe,\n\n"
             "Frank Willems\nalgemeen directeur Werkorganisatie Peelrand\nT 0492 555 018"},
    {"id": "d51-sub-25", "kind": "subscribe", "thread": None, "subject": "Graag lid",
     "sender": "Esther Koster <e.koster@werkorganisatie-zwinland.nl>",
     "body": "Goedemiddag,\n\nOnlangs ben ik aangetreden als directeur van de werkorganisatie Zwinland. Ik "
             "begreep dat het lidmaatschap kosteloos is; ik sluit mij graag bij u aan.\n\nMet vriendelijke "
             "groet,\nEsther Koster\nDirecteur Werkorganisatie Zwinland\nT 0117 555 300"},
    # -- unsubscribe: leaving --------------------------------------------------------------------------------
    {"id": "d51-uns-01", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Ik hou ermee op",
     "sender": "Gerard Smit <g.smit@werkorganisatie-lingewaal.nl>",
     "body": "Beste secretariaat,\n\nNa twaalf jaar hou ik ermee op: per 1 januari ga ik met pensioen. Ik hoef "
             "dus ook geen berichten meer van het netwerk te krijgen.\n\nHet ga jullie goed,\nGerard Smit"},
    {"id": "d51-uns-02", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nMijn rol als directeur zit erop; ik vertrek eind deze maand naar de provincie. "
             "Zowel voor dit atelier als voor het netwerk kunt u mij schrappen.\n\nMet vriendelijke groet,\n"
             "Jolanda Kok"},
    {"id": "d51-uns-03", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "het netwerk is niets meer voor mij",
     "sender": "Arjan Visser <a.visser@dvo-maaskant.nl>",
     "body": "Beste,\n\nEerlijk gezegd is het netwerk niets meer voor mij; onze fusie is teruggedraaid en ik ben "
             "nu gewoon gemeentesecretaris van één gemeente. Haal me er maar af.\n\nGr Arjan"},
    {"id": "d51-uns-04", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Uit bestand",
     "sender": "M. Dijkstra <m.dijkstra@werkorganisatie-noordlaren.nl>",
     "body": "Graag uit jullie bestand. Dank.\n\nM. Dijkstra"},
    {"id": "d51-uns-05", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "take me off",
     "sender": "Paul Verbruggen <p.verbruggen@bsd-zuidrand.nl>",
     "body": "Please take me off your list, I've moved to a different role outside local government.\n\nPaul"},
    {"id": "d51-uns-06", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en",
     "body": "Dear all,\n\nI am stepping down as director at the end of this month, so I won't be attending and "
             "would like to leave the network altogether.\n\nWarm regards,\nCaroline Evers"},
    {"id": "d51-uns-07", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "gmail",
     "body": "geen thema van mijn kant, ik stop namelijk. wil niet meer lid zijn, kunnen jullie me eraf halen?\n\n"
             "groet, Hans" + ANDROID},
    {"id": "d51-uns-08", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Opzeggen lidmaatschap",
     "sender": "Ellen van Leeuwen <e.vanleeuwen@werkorganisatie-duinkant.nl>",
     "body": "Geacht secretariaat,\n\nHierbij zeg ik mijn lidmaatschap van het netwerk op. Ik heb een nieuwe "
             "functie aanvaard bij het Rijk.\n\nHoogachtend,\nmr. E. van Leeuwen"},
    {"id": "d51-uns-09", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom", "quote": "apple",
     "body": "Hmm, ik geloof dat een collega mij heeft opgegeven maar ik ben geen directeur, ik ben "
             "beleidsmedewerker. Dit is niet voor mij bedoeld, wil je mij er weer af halen?\n\nDank je, Iris"
             + IPHONE},
    {"id": "d51-uns-10", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Stoppen",
     "sender": "Ruud Bakker <r.bakker@werkorganisatie-stroomdal.nl>",
     "body": "Beste mensen,\n\nikzelf stop met het netwerk. het was leerzaam maar ik kom er gewoon niet meer aan "
             "toe en de mails blijven dan liggen. graag geen berichten meer." + TWENTE
             .replace("Gerrit Nijenhuis\ndirecteur Dinkelwerk", "Ruud Bakker\ndirecteur werkorganisatie Stroomdal")},
    {"id": "d51-uns-11", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "body": "Ik heb per 1 februari afscheid genomen van de werkorganisatie. Niet meer uitnodigen aub, ik ben "
             "geen lid meer.\n\nB. Timmermans"},
    {"id": "d51-uns-12", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Unsubscribe",
     "sender": "Julia Roos <j.roos@sedwerk.nl>",
     "body": "Hello, please remove me from the directors' network mailing, I'm no longer in this position. "
             "Thanks!\n\nJulia Roos" + OUTLOOK_IOS},
    {"id": "d51-uns-13", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-lijn",
     "body": "Dank voor het mooie atelier, het was mijn laatste. Mijn termijn als directeur zit erop en ik treed "
             "terug; graag uitschrijven uit het netwerk.\n\nMet hartelijke groet,\nWillem de Boer"},
    {"id": "d51-uns-14", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Afmelding",
     "sender": "Sandra Hendriks <s.hendriks@bestuursdienst-ijsselmond.nl>",
     "body": "Goedemiddag, ik wil mij afmelden voor het netwerk. Met ingang van heden ben ik niet meer werkzaam "
             "bij de Bestuursdienst.\n\nMvg Sandra Hendriks" + DISCLAIMER},
    {"id": "d51-uns-15", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Kees Vermeulen <k.vermeulen@werkorganisatie-peelrand.nl>",
     "body": "Niet bij het atelier en ook niet meer bij het netwerk: ik hou het voor gezien. Groet, Kees"},
    # -- unsubscribe: erasure --------------------------------------------------------------------------------
    {"id": "d51-uns-16", "kind": "unsubscribe", "erase": True, "thread": None, "subject": "Verwijdering gegevens",
     "sender": "Ingrid Lammers <i.lammers@werkorganisatie-maasvallei.nl>",
     "body": "Geacht secretariaat,\n\nIk ben geen directeur meer en verzoek u mij uit het netwerk te halen en op "
             "grond van artikel 17 AVG al mijn persoonsgegevens uit uw bestanden te wissen.\n\nHoogachtend,\n"
             "I. Lammers"},
    {"id": "d51-uns-17", "kind": "unsubscribe", "erase": True, "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl",
     "body": "Dank voor de bevestiging. Wilt u ook mijn gegevens volledig verwijderen uit uw systemen? Ik wil "
             "niet dat er nog iets van mij bewaard blijft.\n\nMet vriendelijke groet,\nTheo Kramer"},
    {"id": "d51-uns-18", "kind": "unsubscribe", "erase": True, "thread": None, "subject": "GDPR request",
     "sender": "Laura Smits <l.smits@samenwerking-kempenland.nl>",
     "body": "Dear secretariat,\n\nPlease take me off your list and erase all personal data you hold about me, "
             "in accordance with the GDPR (right to erasure).\n\nRegards,\nLaura Smits"},
    {"id": "d51-uns-19", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "graag uit jullie bestand, en dan ook echt helemaal: naam, mailadres, alles wissen svp (AVG). "
             "ik ben met pensioen.\n\nA. Wolters"},
    {"id": "d51-uns-20", "kind": "unsubscribe", "erase": True, "thread": None, "subject": "Uitschrijven + AVG",
     "sender": "Bert Prins <b.prins@dvo-rivierenland.nl>",
     "body": "Beste,\n\nHet netwerk is niets meer voor mij. Schrijf me uit en vernietig mijn persoonsgegevens, "
             "ik beroep me daarbij op mijn recht op vergetelheid.\n\nBert Prins"},
    # -- unsubscribe: hand-over ------------------------------------------------------------------------------
    {"id": "d51-uns-21", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Nieuwe contactpersoon",
     "sender": "Marja Geerts <m.geerts@werkorganisatie-zwinland.nl>",
     "body": "Beste secretariaat,\n\nIk vertrek per 1 maart. Vanaf nu is Rogier Lammens, onze nieuwe directeur, "
             "jullie contactpersoon (r.lammens@werkorganisatie-zwinland.nl). Mij mogen jullie van de lijst "
             "halen.\n\nMet vriendelijke groet,\nMarja Geerts"},
    {"id": "d51-uns-22", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Goedemiddag,\n\nMijn rol zit erop. Mijn opvolger, Petra Wijnands (p.wijnands@hwz-werkorganisatie.nl), "
             "neemt het directeurschap en daarmee ook het lidmaatschap van mij over.\n\nGroet,\nJan Hoogendoorn"},
    {"id": "d51-uns-23", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Handing over",
     "sender": "Michael Bosman <m.bosman@bgw-polderland.nl>",
     "body": "Dear colleagues,\n\nI am stepping down as director of BGW Polderland. From now on Evelien "
             "Staal (e.staal@bgw-polderland.nl) is your contact person and will take my place in the network.\n\n"
             "All the best,\nMichael"},
    {"id": "d51-uns-24", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "apple",
     "body": "Ik stop als directeur. Vanaf nu is Hester Mol jullie contactpersoon bij de werkorganisatie, "
             "h.mol@werkorganisatie-noordlaren.nl. Zij wil vast ook een thema aandragen.\n\nKoos" + IPHONE},
    {"id": "d51-uns-25", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Overdracht",
     "sender": "Annelies Bruins <a.bruins@werkorganisatie-kromme-ijssel.nl>",
     "body": "Geacht secretariaat,\n\nIn verband met mijn vertrek draag ik het lidmaatschap over aan mijn "
             "opvolger, de heer S. Kaya, per 15 januari directeur van onze werkorganisatie "
             "(s.kaya@werkorganisatie-kromme-ijssel.nl). Wilt u mij uitschrijven en hem inschrijven?\n\n"
             "Hoogachtend,\nA. Bruins"},
    # -- confirm ---------------------------------------------------------------------------------------------
    {"id": "d51-con-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "body": "Klopt."},
    {"id": "d51-con-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "body": "Dat was ik inderdaad, dank!"},
    {"id": "d51-con-03", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "apple",
     "body": "Ja dat wil ik" + IPHONE},
    {"id": "d51-con-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
     "body": "Prima zo.\n\nGr. Hanneke Vos"},
    {"id": "d51-con-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
     "body": "Bevestigd, dank.\n\nErik Zwart\nDirecteur HWZ-werkorganisatie"},
    {"id": "d51-con-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
     "body": "Yes that's me. Looking forward to it.\n\nSanne"},
    {"id": "d51-con-07", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "groupwise",
     "body": "KLOPT, SORRY VOOR DE LATE REACTIE."},
    {"id": "d51-con-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "doorgestuurd",
     "body": "Ja, dat was ik inderdaad: ik heb mijn secretaresse gevraagd mij aan te melden. Graag bevestig ik "
             "het.\n\nJeroen Baas"},
    {"id": "d51-con-09", "kind": "confirm", "thread": None, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "body": "Ja hoor, dat klopt en dat wil ik.\n\nmet vriendelijke groet,\nIlse Brink"},
    {"id": "d51-con-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "ongemarkeerd",
     "body": "ok, prima"},
    {"id": "d51-con-11", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "notes-wrote",
     "body": "Hierbij alsnog mijn bevestiging. De eerste mail zat in mijn ongewenste e-mail.\n\nNicole Brouwer"},
    {"id": "d51-con-12", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "body": "yes, confirmed - that's my address indeed"},
    {"id": "d51-con-13", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "body": "👍 klopt" + IPHONE},
    {"id": "d51-con-14", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nJa, ik wil graag lid worden; de aanmelding was van mij.\n\nMet vriendelijke groet,\n"
             "Esther Koster" + DISCLAIMER},
    {"id": "d51-con-15", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
     "body": "Bevestigd.\n\nVerstuurd vanuit Outlook voor Android"},
    # -- rsvp ------------------------------------------------------------------------------------------------
    {"id": "d51-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nIk schuif graag aan op 11 maart.\n\nMet vriendelijke groet,\nLinda Mulder"},
    {"id": "d51-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Helaas, 11 maart heb ik een bestuurlijk overleg met de drie burgemeesters. Ik moet deze keer "
             "passen.\n\nGroet, Bas"},
    {"id": "d51-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Count me in! I'll be there in person.\n\nAnouk"},
    {"id": "d51-rsvp-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Beste secretariaat,\n\nZelf kan ik niet. Namens ons komt Mirjam Oosterhof, "
             "concerncontroller (m.oosterhof@werkorganisatie-altena-noord.nl).\n\nVriendelijke groet,\n"
             "Yvonne Schouten"},
    {"id": "d51-rsvp-05", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple",
     "body": "Ja ik kom nog steeds, tot donderdag!" + IPHONE},
    {"id": "d51-rsvp-06", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nIk had me aangemeld, maar door ziekte in het MT moet ik mij toch afmelden voor "
             "donderdag. Excuses voor het late bericht.\n\nMet vriendelijke groet,\nFemke Bos"},
    {"id": "d51-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "body": "Aanwezig. Ik neem mijn adjunct mee als gast, als dat mag.\n\nH.J. Meijer"},
    {"id": "d51-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Eerder liet ik weten dat ik niet kon, maar de raadsvergadering is verzet. Ik kom dus tóch!\n\n"
             "Wouter Dekker"},
    {"id": "d51-rsvp-09", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Unfortunately I can't make it on the 11th, I'm abroad with the college that week. Hope to see you "
             "next time.\n\nDaan"},
    {"id": "d51-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "body": "Marian, wil je mij opgeven? Ik ga erheen. Zet het ook in mijn agenda.\n\nDank, Rob"},
    {"id": "d51-rsvp-11", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nja, ik kom\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel\n> personen u komt.\n\nNee, alleen ikzelf.\n\n"
             "Joost Smeets"},
    {"id": "d51-rsvp-12", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "body": "nee helaas, vakantie. succes!" + IPHONE},
    {"id": "d51-rsvp-13", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail",
     "body": "Ik was het vergeten maar ik heb het nu vrijgehouden in mijn agenda: ik ben er, wel online via "
             "Teams.\n\nKarin"},
    {"id": "d51-rsvp-14", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote",
     "body": "Geacht secretariaat,\n\nTot mijn spijt ben ik verhinderd. In mijn plaats zal de heer T. Yilmaz, "
             "plaatsvervangend directeur, het atelier bijwonen.\n\nHoogachtend,\ndr. I.M. Brink"},
    {"id": "d51-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Leuk thema, daar wil ik bij zijn. Mijn aanmelding bij deze.\n\nGroet,\nMarloes Huisman"
             + DISCLAIMER},
    {"id": "d51-rsvp-16", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en",
     "body": "Hi, my plans changed - I'm afraid I'll have to cancel for Thursday. Please give my seat to someone "
             "on the waiting list.\n\nTom"},
    {"id": "d51-rsvp-17", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Atelier 11 maart", "sender": "Sophie van Dam <s.vandam@werkorganisatie-lekstroom.nl>",
     "body": "Hoi, ik wil graag komen naar het atelier van 11 maart in Utrecht. Kan ik me zo aanmelden?\n\n"
             "Sophie"},
    {"id": "d51-rsvp-18", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "body": "Ik zeg af voor 11 maart, samenvallende begrotingsvergadering. Hartelijke groet, Nicole"},
    {"id": "d51-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "ja!! eindelijk een keer op een donderdag, dan lukt het mij wel. tot dan\n\nFrank" + ANDROID},
    {"id": "d51-rsvp-20", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Beste,\n\nIk had eerst ja gezegd, toen nee, en nu moet ik helaas definitief nee zeggen: de "
             "bestuursconferentie is op dezelfde dag gepland.\n\nMet vriendelijke groet,\nEsther Koster"},
    # -- other: look-alikes ----------------------------------------------------------------------------------
    {"id": "d51-oth-01", "kind": "other", "thread": None, "subject": "Mag mijn plaatsvervanger ook lid worden?",
     "sender": "Hanneke Vos <h.vos@werkorganisatie-lingewaal.nl>",
     "body": "Goedemorgen,\n\nMijn plaatsvervangend directeur is erg geïnteresseerd in het netwerk. Is het "
             "mogelijk dat zij ook lid wordt, of is het lidmaatschap alleen voor de directeur zelf?\n\n"
             "Groet,\nHanneke Vos"},
    {"id": "d51-oth-02", "kind": "other", "thread": None, "subject": "Wat houdt het lidmaatschap in?",
     "sender": "Thijs Aarts <t.aarts@werkorganisatie-oostflank.nl>",
     "body": "Beste,\n\nVoordat ik me aanmeld: wat houdt het lidmaatschap precies in? Hoe vaak komen jullie "
             "bijeen, zijn er kosten aan verbonden en wordt er van leden een bijdrage verwacht?\n\n"
             "Met vriendelijke groet,\nThijs Aarts"},
    {"id": "d51-oth-03", "kind": "other", "thread": None, "subject": "Verslag blijven ontvangen",
     "sender": "Gerard Smit <gerard.smit@ziggo.nl>",
     "body": "Beste secretariaat,\n\nIk ben per 1 januari gestopt als directeur, maar ik zou de verslagen van de "
             "ateliers graag blijven ontvangen op dit privéadres. Kan dat, ook al ben ik geen directeur meer?\n\n"
             "Hartelijke groet,\nGerard Smit"},
    {"id": "d51-oth-04", "kind": "other", "thread": None, "subject": "Verwijderen oud-directeur",
     "sender": "Afdeling HR <hr@werkorganisatie-maasvallei.nl>",
     "body": "Geachte heer, mevrouw,\n\nDe heer P. Rutten is per 1 december niet meer in dienst als directeur van "
             "onze werkorganisatie. Wilt u hem uit uw ledenbestand verwijderen?\n\nMet vriendelijke groet,\n"
             "Saskia Maas\nHR-adviseur Werkorganisatie Maasvallei"},
    {"id": "d51-oth-05", "kind": "other", "thread": None, "subject": "Nieuw e-mailadres",
     "sender": "Bas Kuiper <bas.kuiper@rivierenland-werkt.nl>",
     "body": "Hoi,\n\nOnze organisatie heeft een nieuwe domeinnaam. Kunnen jullie mijn e-mailadres wijzigen van "
             "b.kuiper@dvo-rivierenland.nl naar bas.kuiper@rivierenland-werkt.nl?\n\nBas"},
    {"id": "d51-oth-06", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Beste secretariaat,\n\nIk wil toch even kwijt dat ik de laatste weken wel heel veel mail van jullie "
             "krijg: uitnodiging, herinnering, oproep, nog een herinnering. Kan dat niet in één bericht?\n\n"
             "Met vriendelijke groet,\nArjan Visser"},
    {"id": "d51-oth-07", "kind": "other", "thread": None, "subject": "Kan mijn collega erbij?",
     "sender": "Marloes Huisman <m.huisman@grensstreekgemeenten.nl>",
     "body": "Beste,\n\nMijn collega Dirk Aalbers is directeur van de buurwerkorganisatie en wil ook wel "
             "aanhaken. Kunnen jullie hem toevoegen? Zijn adres is d.aalbers@werkorganisatie-ijsselvallei.nl.\n\n"
             "Groet, Marloes"},
    {"id": "d51-oth-08", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "body": "Dank voor het welkom! Een vraag: kan ik de verslagen van eerdere ateliers ergens terugvinden?\n\n"
             "Met vriendelijke groet,\nHenk Meijer"},
    {"id": "d51-oth-09", "kind": "other", "thread": None, "subject": "Wie mag er lid worden?",
     "sender": "Lotte Vink <l.vink@gemeente-heukelum-west.nl>",
     "body": "Goedemiddag,\n\nIk ben gemeentesecretaris van een gemeente die een ambtelijke fusie overweegt, maar "
             "we zijn nog niet zover. Kom ik in aanmerking voor het netwerk, of is het alleen voor directeuren "
             "van bestaande fusieorganisaties?\n\nMet vriendelijke groet,\nLotte Vink"},
    {"id": "d51-oth-10", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "gmail",
     "body": "Dank voor de snelle afhandeling en succes met het netwerk!\n\nRuud"},
    {"id": "d51-oth-11", "kind": "other", "thread": None, "subject": "Te veel mail",
     "sender": "Kees Vermeulen <k.vermeulen@werkorganisatie-peelrand.nl>",
     "body": "Jongens, drie mails in een week over hetzelfde atelier is wat veel. Mijn inbox loopt al over. "
             "Misschien iets om mee te nemen.\n\nKees"},
    {"id": "d51-oth-12", "kind": "other", "thread": None, "subject": "Contactpersoon wijzigen",
     "sender": "Directiesecretariaat <directiesecretariaat@werkorganisatie-zwinland.nl>",
     "body": "Goedemorgen,\n\nNamens onze directeur mevrouw Koster: kunt u voortaan de uitnodigingen sturen naar "
             "het directiesecretariaat in plaats van naar haar persoonlijke adres?\n\nMet vriendelijke groet,\n"
             "Wendy Lambregts\nmanagementassistent"},
    {"id": "d51-oth-13", "kind": "other", "thread": None, "subject": "Adviesraad",
     "sender": "Willem de Boer <w.deboer@werkorganisatie-heuvelrug-west.nl>",
     "body": "Beste secretariaat,\n\nIk las dat er een plek vrijkomt in de Adviesraad. Ik stel me daarvoor "
             "graag beschikbaar; hierbij mijn motivatie en cv in de bijlage.\n\nMet vriendelijke groet,\n"
             "Willem de Boer"},
    {"id": "d51-oth-14", "kind": "other", "thread": None, "subject": "Samenwerking leiderschapsprogramma",
     "sender": "Charlotte Maes <c.maes@bureau-bestuurskracht.nl>",
     "body": "Geachte organisatoren,\n\nOns bureau verzorgt leiderschapsprogramma's voor directeuren in het "
             "openbaar bestuur. Wij zouden graag een sessie verzorgen tijdens een van uw ateliers. Mag ik u "
             "bellen voor een kennismaking?\n\nMet vriendelijke groet,\nCharlotte Maes\nBureau Bestuurskracht\n"
             "06 98 76 54 32"},
    {"id": "d51-oth-15", "kind": "other", "thread": None, "subject": "Vraag voor artikel",
     "sender": "Redactie Overheidsvakblad <redactie@overheidsvakblad.nl>",
     "body": "Goedemiddag,\n\nVoor een artikel over ambtelijke fusies zoek ik een directeur uit uw netwerk die "
             "wil vertellen over de ervaringen. Kunt u mij in contact brengen?\n\nMet vriendelijke groet,\n"
             "Joris Brand, journalist"},
    {"id": "d51-oth-16", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nIs er parkeergelegenheid bij het Stadskantoor, of kan ik beter met de trein "
             "komen?\n\nMet vriendelijke groet,\nYvonne Schouten"},
    {"id": "d51-oth-17", "kind": "other", "thread": None, "subject": "Ben ik nog lid?",
     "sender": "Jolanda Kok <j.kok@werkorganisatie-noordlaren.nl>",
     "body": "Hallo,\n\nIk heb al een jaar niets van jullie gehoord. Sta ik nog wel op de lijst, of ben ik er "
             "ergens afgevallen?\n\nGroet, Jolanda"},
    {"id": "d51-oth-18", "kind": "other", "thread": None, "subject": "Please remove our former director",
     "sender": "HR Department <hr@sedwerk.nl>",
     "body": "Hello,\n\nOur former director, Mr. L. de Vries, left the organisation last month. Could you take "
             "him off your list? His mailbox will be closed.\n\nKind regards,\nHR SED-werk"},
    {"id": "d51-oth-19", "kind": "other", "thread": None, "subject": "Interim",
     "sender": "Michiel Brouwers <m.brouwers@interimbestuur.nl>",
     "body": "Goedendag,\n\nIk ben sinds drie maanden interim-directeur bij de werkorganisatie Veluwezoom-Oost, "
             "voor waarschijnlijk een half jaar. Is het zinvol dat ik me aanmeld, of is het netwerk bedoeld voor "
             "vaste directeuren?\n\nMet vriendelijke groet,\nMichiel Brouwers"},
    {"id": "d51-oth-20", "kind": "other", "thread": None, "subject": "Lidmaatschap blijft, adres wijzigt",
     "sender": "Jan Hoogendoorn <jan.hoogendoorn@werkorganisatie-polderstad.nl>",
     "body": "Beste,\n\nIk blijf graag lid, maar ik ben overgestapt naar een andere fusieorganisatie. Kunt u het "
             "oude adres j.hoogendoorn@hwz-werkorganisatie.nl vervangen door dit nieuwe adres?\n\nGroet,\nJan"},
    {"id": "d51-oth-21", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nVoordat ik bevestig: wie heeft mij eigenlijk aangemeld? Ik ken het "
             "secretariaatsadres dat u noemt niet.\n\nMet vriendelijke groet,\nP. Wijnands"},
    {"id": "d51-oth-22", "kind": "other", "thread": None, "subject": "Factuur atelier?",
     "sender": "Crediteurenadministratie <crediteuren@werkorganisatie-grensstreek.nl>",
     "body": "Goedemorgen,\n\nOns is gevraagd of er voor deelname aan het atelier van 11 maart een factuur "
             "volgt. Zo ja, graag met vermelding van ons inkoopordernummer 4500123.\n\nMet vriendelijke groet,\n"
             "Crediteurenadministratie"},
    {"id": "d51-oth-23", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-lijn",
     "body": "Kunt u de presentaties van vorige keer nog een keer sturen? Ik kan ze niet meer vinden.\n\nFemke"},
    {"id": "d51-oth-24", "kind": "other", "thread": None, "subject": "Mail lijst",
     "sender": "Theo Kramer <t.kramer@werkorganisatie-oostflank.nl>",
     "body": "Ik krijg jullie berichten dubbel, op twee adressen. Niet erg, maar misschien handig om op te "
             "schonen. Ik wil wel gewoon alles blijven ontvangen.\n\nTheo"},
    {"id": "d51-oth-25", "kind": "other", "thread": None, "subject": "Vraag over het netwerk",
     "sender": "Rianne Post <r.post@werkorganisatie-dijkland.nl>",
     "body": "Hi,\n\nOnze raad vraagt wat het netwerk ons oplevert en of we er als organisatie formeel lid van "
             "zijn of ik persoonlijk. Kunnen jullie me daar iets over mailen, zodat ik het in de raadsinformatiebrief "
             "kan opnemen?\n\nDank,\nRianne"},
    # -- autoreply -------------------------------------------------------------------------------------------
    {"id": "d51-auto-01", "kind": "autoreply", "thread": I, "subject": "Automatisch antwoord: Uitnodiging Leer- "
     "en inspireer-atelier 11 maart 2027", "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik ben tot en met 20 februari afwezig en heb beperkt toegang tot mijn mail. Voor dringende zaken "
             "kunt u contact opnemen met het directiesecretariaat, 0345 555 100."},
    {"id": "d51-auto-02", "kind": "autoreply", "thread": T, "subject": "Out of Office: Welke thema's wilt u "
     "bespreken?",
     "body": "Thank you for your e-mail. I am out of the office until Monday 8 February with no access to e-mail. "
             "For urgent matters please contact my office manager."},
    {"id": "d51-auto-03", "kind": "autoreply", "thread": None, "subject": "Afwezigheidsbericht",
     "headers": {"X-Autoreply": "yes"},
     "body": "Goedendag,\n\nIn verband met verlof ben ik niet aanwezig tot 4 januari. Uw e-mail wordt niet "
             "doorgestuurd.\n\nMet vriendelijke groet,\nAnnelies Bruins"},
    {"id": "d51-auto-04", "kind": "autoreply", "thread": R, "subject": "Automatisch antwoord: Herinnering",
     "body": "Let op: ik ben niet meer werkzaam bij de werkorganisatie. Uw bericht wordt niet gelezen. Voor "
             "vragen kunt u terecht bij info@werkorganisatie-stroomdal.nl."},
    {"id": "d51-auto-05", "kind": "autoreply", "thread": C, "subject": "Automatisch antwoord: Bevestig uw "
     "aanmelding", "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Dank voor uw bericht. Ik ben op vakantie tot en met 2 januari. Mijn mail wordt in die periode niet "
             "gelezen."},
    {"id": "d51-auto-06", "kind": "autoreply", "thread": None, "subject": "Wijziging e-mailadres",
     "headers": {"Precedence": "auto_reply"},
     "body": "Dit e-mailadres wordt per 1 januari 2027 niet meer gelezen en uw bericht wordt niet "
             "doorgestuurd. Gebruik voortaan het adres voornaam.achternaam@rivierenland-werkt.nl."},
    {"id": "d51-auto-07", "kind": "autoreply", "thread": I, "subject": "Ontvangstbevestiging",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Hartelijk dank voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en streven ernaar "
             "binnen vijf werkdagen te reageren. Dit is een automatisch gegenereerd bericht."},
    {"id": "d51-auto-08", "kind": "autoreply", "thread": W, "subject": "Auto: Welkom bij het Netwerk",
     "body": "Ik ben vandaag niet bereikbaar. Vanaf morgen lees ik mijn mail weer.\n\nGroet, Linda"},
    {"id": "d51-auto-09", "kind": "autoreply", "thread": T, "subject": "Automatic reply: Dank voor uw komst",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Hi, I'm on parental leave until April. Your message will not be forwarded; please resend it "
             "after my return or contact the management office."},
    {"id": "d51-auto-10", "kind": "autoreply", "thread": G, "subject": "Afwezig: Uw afmelding bij het Netwerk",
     "headers": {"X-Auto-Response-Suppress": "All", "Auto-Submitted": "auto-replied"},
     "body": "Vanwege mijn vertrek is deze mailbox niet meer actief. Met ingang van 1 maart kunt u zich "
             "wenden tot mijn opvolger via directie@werkorganisatie-zwinland.nl."},
]
# fmt: on
