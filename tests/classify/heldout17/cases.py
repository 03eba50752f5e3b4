"""The seventeenth held-out set's cases (issue 17): written without reading the classifier or other sets' cases,
each labelled as the secretariat should treat it; cases that could not be labelled with confidence were left out.

Directors with several hats: the network's business mixed with other business in one mail, long multi-role
signatures, auto-forwarding rules, phone replies to desktop threads, third-person writing about oneself, polite
indirectness, irony and understatement. Replies to our follow-up mail (vervolg_atelier) carry the thread
``call_for_themes``; a substitute means ``attending`` False; a changed answer is labelled with the latest one; a mail
mixing an act with a question a person must decide is ``other``.
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
GALAXY = "\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone."
OUTLOOK_IOS = "\n\nOutlook voor iOS downloaden<https://aka.ms/o0ukef>"
DISCLAIMER = (
    "\n\nDe informatie in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik door anderen is "
    "niet toegestaan. Aan dit bericht kunnen geen rechten worden ontleend. Denk aan het milieu voordat u dit bericht "
    "print."
)
RULE_HEADERS = {"X-MS-Exchange-Inbox-Rules-Loop": "gemeentesecretaris@gemeente-zandwijk.nl"}

SIG_KAMPSTRA = (
    "\n\nMet vriendelijke groet,\n\ndrs. Wouter Kampstra\nalgemeen directeur Werkorganisatie Duinvliet\n"
    "gemeentesecretaris gemeenten Zandwijk, Helmonde en Strandvliet\nprogrammadirecteur Regiodeal Kop van Duinvliet"
    "\n[logo Werkorganisatie Duinvliet] [logo Regiodeal]\nT 0229 - 55 31 00 | M 06 - 41 27 88 03\n"
    "w.kampstra@duinvliet.nl\nIk werk niet op vrijdag."
)
SIG_OUDENAARDE = (
    "\n\nHartelijke groet,\nIrma Oudenaarde-Sels\n\nInterim algemeen directeur | Werkorganisatie Maas en Heuvel\n"
    "Voorzitter kring gemeentesecretarissen Zuid-Limburg\nLid stuurgroep Grensoverschrijdende Zorg\n"
    "06 - 52 19 40 77\n[afbeelding: logo MeH] [afbeelding: logo Kring]"
)
SIG_VDBERG = (
    "\n\nmet vriendelijke groet,\n\nmr. H.J. (Henk-Jan) van den Berg\ndirecteur Werkorganisatie Lingebroek | "
    "secretaris GR Lingebroek | a.i. directeur Omgevingsdienst Rivierenland-West\nPostbus 210, 4130 AE Lingebroek"
    "\nhj.vandenberg@lingebroek.nl | 0345 - 61 20 00"
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP -----------------------------------------------------------------------------------------------
    {"id": "h17-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Beste Stan en Melanie,\n\nOp 11 maart ben ik van de partij. Leuk dat het over samenwerking gaat: "
             "Ellen Veenstra (De Kempenrand) en ik trekken sinds de zomer samen de regionale inkoop, dus we "
             "nemen graag onze ervaringen mee.\n\nLos daarvan: mijn nieuwe mobiele nummer staat hieronder."
             + SIG_KAMPSTRA},
    {"id": "h17-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Geacht secretariaat,\n\nDe heer Van Oosterom zal het atelier van 11 maart tot zijn spijt niet "
             "kunnen bijwonen, aangezien de voorjaarsnota die middag in de raad van Oldenmaer wordt "
             "behandeld. Hij wenst u een geanimeerde bijeenkomst.\n\nHoogachtend,\n\nR.P. van Oosterom\n"
             "gemeentesecretaris/algemeen directeur Oldenmaer-Tweestromen"},
    {"id": "h17-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "body": "Ja graag. Zit ervoor in een stuurgroep in Amersfoort dus kan kwartiertje later worden" + IPHONE},
    {"id": "h17-rsvp-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Goedemorgen,\n\nIk zou het op prijs stellen als mijn plaatsvervanger, Ingrid Mol "
             "(i.mol@werkorganisatie-hofland.nl), in mijn plaats mag aansluiten. Zelf zit ik die middag in het "
             "algemeen bestuur van de veiligheidsregio, wat ik u niet zal aanraden als alternatief.\n\n"
             "Met vriendelijke groet,\nGerard Lammers\nalgemeen directeur Werkorganisatie Hofland" + DISCLAIMER},
    {"id": "h17-rsvp-05", "kind": "rsvp", "attending": True, "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Hoi,\n\nWij komen met z'n drieen: ikzelf, onze manager dienstverlening Youssef Amrani en "
             "programmamanager Nina Koster. Nina en ik doen daarna nog een overleg over ons gezamenlijke "
             "project met Vechtdal, dus we blijven niet voor de borrel.\n\nGroet,\nTessa Wijnbergen"},
    {"id": "h17-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl",
     "body": "Beste mensen,\n\nMijn eerdere aanmelding moet ik helaas intrekken. De raad heeft een extra "
             "vergadering over de jaarrekening van de GR ingelast, op - u raadt het al - donderdagmiddag. "
             "Geef mijn plek op de wachtlijst gerust aan een ander." + SIG_VDBERG},
    {"id": "h17-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote",
     "body": "Vorige week schreef ik nog dat het niet ging, maar de agenda blijkt toch mee te werken: het "
             "portefeuillehoudersoverleg is verschoven. Tel mij dus alsnog mee voor de 11e.\n\nAd Verhoeven"},
    {"id": "h17-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "body": "Ik heb wel eens slechtere donderdagmiddagen doorgebracht. Zet me maar op de lijst.\n\nMarjan"},
    {"id": "h17-rsvp-09", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en",
     "body": "Beste Melanie,\n\nHet loopt anders dan gepland: ik moet donderdag invallen als waarnemend "
             "gemeentesecretaris in Broekwoude. Wil je mij van de deelnemerslijst halen? (Typ dit op mijn "
             "telefoon; de uitnodiging zelf staat in Outlook op kantoor.)\n\nDank en groet,\n"
             "Hanneke Prins" + OUTLOOK_IOS},
    {"id": "h17-rsvp-10", "kind": "rsvp", "attending": True, "thread": T, "quoted": "oproep_themas",
     "quote": "apple",
     "body": "Onderwerp volgt nog als ik achter mijn laptop zit. Maar op 11 maart ben ik er hoe dan ook bij."
             + IPHONE},
    {"id": "h17-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Dear secretariat,\n\nHappy to join on 11 March. I started as interim director of Werkorganisatie "
             "Eemsdelta-Oost in January; my Dutch is fine for the discussion, my spelling less so.\n\n"
             "Best regards,\nDaniel Whitfield\nInterim Director | Programme Director Energy Transition"},
    {"id": "h17-rsvp-12", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "body": "Beste Stan,\n\nDe 11e kan ik er helaas niet bij zijn: dat is precies de dag waarop ik mijn "
             "interimklus in Westerkwartier afrond. Doe Melanie de groeten, ik hoop jullie in het najaar weer te "
             "zien.\n\nKees Jorritsma"},
    {"id": "h17-rsvp-13", "kind": "rsvp", "attending": False, "thread": None,
     "subject": "Atelier 11 maart - vervanging directeur Rijnwaarde",
     "body": "Goedemiddag,\n\nIk ben op 11 maart verhinderd. Mijn collega Karin de Wit, concerncontroller "
             "(k.dewit@rijnwaarde.nl), komt in mijn plaats.\n\nMet vriendelijke groet,\n\nBas Hoogendoorn\n"
             "algemeen directeur Werkorganisatie Rijnwaarde | programmadirecteur Bodemdaling"},
    {"id": "h17-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "body": "Ja, ik kom. Petra, zet jij het in mijn agenda en blok de ochtend erna voor de stukken van de "
             "stuurgroep? Ik ga met de trein.\n\nFrits"},
    {"id": "h17-rsvp-15", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Zie mijn antwoorden hieronder.\n\n> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n\n"
             "Ik ben er, wel pas vanaf half drie (college tot 14.00).\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\n\nNee, alleen.\n\n"
             "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n\nPrima.\n\nJ. Kuiper-Aydin" + GALAXY},
    {"id": "h17-rsvp-16", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes",
     "body": "Kleine wijziging: ik neem niet een maar twee gasten mee, naast onze strateeg ook de nieuwe "
             "manager I&A, Sven Hofstede. Ik hoop dat dat nog past.\n\nGroet, Lieke Brandsma"},
    {"id": "h17-rsvp-17", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Geacht secretariaat,\n\nIk zou het op prijs stellen als u mij voor deze editie wilt "
             "verontschuldigen; de begroting van de gemeenschappelijke regeling vraagt die week al mijn "
             "aandacht." + SIG_OUDENAARDE + DISCLAIMER
             + "\n\n________________________________\nDoorgestuurd door regel 'Netwerk directeuren' van "
               "gemeentesecretaris@maasenheuvel.nl"},
    {"id": "h17-rsvp-18", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "gmail",
     "body": "Dank voor de uitnodiging namens Dirk. Helaas kan ik die middag ook niet, ik zit dan bij de "
             "accountant. Misschien kan Dirk iemand anders vragen.\n\nvr gr Anouk"},
    # -- Suggestion -------------------------------------------------------------------------------------------
    {"id": "h17-sug-01", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Beste secretariaat,\n\nGraag zou ik het hebben over de vraag hoe je als werkorganisatie een eigen "
             "meerjarenvisie ontwikkelt terwijl drie colleges elk hun eigen coalitieakkoord hebben."
             + SIG_KAMPSTRA},
    {"id": "h17-sug-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "gmail",
     "body": "Mijn onderwerp: hoe houd je de verhouding tussen de deelnemende gemeenten werkbaar als een van de "
             "drie openlijk nadenkt over uittreden?\n\nPS Stan, goed je vorige week bij de provincie te "
             "zien. Die koffie was onder de maat, jouw presentatie niet.\n\nMaarten"},
    {"id": "h17-sug-03", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "apple",
     "body": "Drie ICT-omgevingen naar een platform zonder dat de begroting ontploft. Hoe doen anderen dat?"
             + IPHONE},
    {"id": "h17-sug-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "body": "Inwoners van de kleine kernen vinden dat het loket sinds de fusie verder weg is. Ik stel voor het "
             "te hebben over dienstverlening op locatie, een mobiel loket, en hoe je meet of inwoners er "
             "tevredener van worden.\n\nW. Hamstra"},
    {"id": "h17-sug-05", "kind": "suggestion", "themes": ["samenwerking", "strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Goedemiddag,\n\nOnderwerp voor het atelier: waar staan we over tien jaar, en welke plek nemen we "
             "in de regio in? Blijven we de uitvoeringsorganisatie van drie gemeenten of worden we de motor van "
             "bredere regionale samenwerking met de buurgemeenten?\n\nVriendelijke groet,\nEsther Dijkman"},
    {"id": "h17-sug-06", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "body": "Twee dingen die bij ons samenkomen:\n- de werkprocessen tussen KCC en backoffice, die nog per "
             "oude gemeente verschillen\n- wat de inwoner aan de balie merkt van die verschillen\n\n"
             "Met vriendelijke groet,\nRoel Kleinjan"},
    {"id": "h17-sug-07", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en",
     "body": "Dit voorjaar gaan wij over op een nieuw zaaksysteem en tegelijk op een nieuw HR-pakket. Achteraf "
             "gezien niet ons slimste besluit. Ik hoor graag hoe collega's zo'n dubbele implementatie hebben "
             "aangepakt." + SIG_VDBERG},
    {"id": "h17-sug-08", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "ongemarkeerd",
     "body": "Beste organisatoren,\n\nWat doe je als drie raden elk iets anders willen met de gezamenlijke "
             "woningbouwopgave, en hoe houd je de buurgemeenten die niet in de fusie zitten erbij betrokken? "
             "Daar wil ik graag over van gedachten wisselen.\n\nGroeten,\nFloor Verbruggen"},
    {"id": "h17-sug-09", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "doorgestuurd",
     "body": "Hoe tevreden zijn ondernemers over de vergunningverlening sinds er een omgevingsloket is? Wij "
             "meten het nog niet en ik zou graag leren hoe anderen dat doen.\n\nDank Anja voor het doorsturen.\n\n"
             "Michiel"},
    {"id": "h17-sug-10", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "notes-wrote",
     "body": "Wat is over tien jaar nog het bestaansrecht van een werkorganisatie als de onze? Dat zou ik graag "
             "eens hardop met collega's bespreken, liefst zonder dat er een wethouder meeluistert.\n\n"
             "A. Roosendaal"},
    {"id": "h17-sug-11", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-en",
     "body": "Was een goede middag, dank daarvoor. Voor de volgende keer: formatie en krapte op de arbeidsmarkt. "
             "Wij hebben veertig vacatures open staan en de inhuur loopt uit de hand.\n\nNicole Baars"
             + OUTLOOK_IOS},
    {"id": "h17-sug-12", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Beste Melanie,\n\nDigitalisering heeft de afgelopen ateliers al zo veel aandacht gehad dat ik dat "
             "liever laat rusten. Wat mij bezighoudt is de inhoudelijke agenda voor de komende raadsperiode: "
             "welke bestuurlijke prioriteiten zet je als directie zelf neer, en welke laat je aan de colleges?"
             "\n\nHartelijke groet,\nJeroen"},
    {"id": "h17-sug-13", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "body": "Suggestion for the atelier: how do you monitor service performance for residents and businesses "
             "across three municipalities, one dashboard or three?\n\nCheers,\nRobin Achterberg"},
    {"id": "h17-sug-14", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "body": "De directeur van Werkorganisatie Vlietland stelt de volgende onderwerpen voor:\n"
             "1. sturen in een matrixorganisatie met teams die voor drie colleges werken\n"
             "2. de gezamenlijke regionale opgave van de energietransitie met de gemeenten om ons heen\n\n"
             "Hij, dat wil zeggen ik, hoort graag of dit past.\n\nTh. Bosveld"},
    {"id": "h17-sug-15", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn",
     "body": "Hallo,\n\nMet collega Hanneke Roos van Werkorganisatie Vechtdal werken we aan een gezamenlijke "
             "aanpak voor informatiebeveiliging. Het lijkt ons beiden een goed onderwerp: informatiebeveiliging "
             "en I&A in een fusieorganisatie. Hanneke stuurt vermoedelijk hetzelfde, tel het maar een keer.\n\n"
             "Met vriendelijke groet,\nErik-Jan Mulders"},
    {"id": "h17-sug-16", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "ongemarkeerd",
     "body": "Een onderwerp dat nooit zal vervelen: de bestuurlijke drukte. Vier colleges, vier burgemeesters, "
             "een directie. Hoe houd je de verhouding tussen de gemeenten gezond zonder dat de werkorganisatie "
             "de speelbal wordt van hun onderlinge belangen?\n\nGr. Yvonne"},
    {"id": "h17-sug-17", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": None,
     "subject": "thema atelier",
     "body": "Voorstel voor het atelier: dienstverlening via de wijkteams, met de inwoner echt centraal, en hoe "
             "we dat financieel houdbaar houden in de begroting van de werkorganisatie." + GALAXY},
    {"id": "h17-sug-18", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "bedankt_suggestie",
     "quote": "outlook-nl",
     "body": "Nog een toevoeging op mijn eerdere mail: de strategische koers op lange termijn. Gaan we door als "
             "werkorganisatie, of is dit een tussenstation?\n\nMet vriendelijke groet,\nSaskia Vermeulen"},
    # -- Subscribe --------------------------------------------------------------------------------------------
    {"id": "h17-sub-01", "kind": "subscribe", "thread": None, "subject": "Aanmelding netwerk",
     "body": "Geacht secretariaat,\n\nGraag meld ik mij aan als lid van het netwerk. Sinds 1 november ben ik "
             "interim algemeen directeur van de Werkorganisatie Maas en Heuvel."
             + SIG_OUDENAARDE},
    {"id": "h17-sub-02", "kind": "subscribe", "thread": None, "subject": "lid worden",
     "body": "Via Joost van Eck hoorde ik van jullie netwerk. Wil graag lid worden.\n\nGr Sandra Mertens\n"
             "directeur Werkorganisatie Peelrand" + IPHONE},
    {"id": "h17-sub-03", "kind": "subscribe", "thread": None, "subject": "Aanmelding nieuwe collega",
     "body": "Beste secretariaat,\n\nOnze nieuwe directeur bedrijfsvoering, Lotte Brink "
             "(l.brink@werkorganisatie-rivierenhoek.nl), wil graag lid worden van het netwerk. Ze vroeg mij "
             "dit door te geven, ze zit de hele week in inwerkgesprekken.\n\nMet vriendelijke groet,\n"
             "Harm Schuurman\nalgemeen directeur Rivierenhoek"},
    {"id": "h17-sub-04", "kind": "subscribe", "thread": None, "subject": "Joining the network",
     "body": "Hello,\n\nPlease add me as a member of the network. I recently started as programme director of "
             "the shared services organisation of Noorderkempen and was pointed to you by a colleague.\n\n"
             "Kind regards,\nPriya Ramdin"},
    {"id": "h17-sub-05", "kind": "subscribe", "thread": None, "subject": "Aanmelding",
     "body": "Geachte heer, mevrouw,\n\nOndergetekende, mr. P. (Pieter) Zwart, gemeentesecretaris van Hoogeveld "
             "en algemeen directeur van de Werkorganisatie Hoogeveld-Ommerdal, wenst zich aan te melden als lid "
             "van het netwerk.\n\nHoogachtend,\n\nmr. P. Zwart" + DISCLAIMER},
    {"id": "h17-sub-06", "kind": "subscribe", "thread": None, "subject": "Aanmeldformulier netwerk",
     "body": "Naam: Marieke Stoop\nOrganisatie: Werkorganisatie Kromme Rijn-Heuvelrug\nFunctie: algemeen "
             "directeur / gemeentesecretaris\nE-mail: m.stoop@krhr.nl\nAanmelden als lid: ja\n\n"
             "(formulier op de website deed het niet, dus maar zo)"},
    {"id": "h17-sub-07", "kind": "subscribe", "thread": None, "subject": "Ledenlijst",
     "body": "Beste mensen,\n\nIk zou het op prijs stellen als u mij als lid van het netwerk wilt inschrijven. "
             "Na vier jaar aan de gemeentelijke kant ben ik nu directeur van een werkorganisatie, en dan blijkt "
             "een netwerk ineens geen luxe.\n\nMet vriendelijke groet,\nFemke Huisman"},
    {"id": "h17-sub-08", "kind": "subscribe", "thread": None, "subject": "Aanmelden",
     "body": "Hoi,\n\nMet Ruben de Graaf (Werkorganisatie Beekdal) trek ik het programma Sociaal Domein in onze "
             "regio; hij raadde me aan lid te worden van jullie netwerk. Bij dezen dus: graag aanmelden.\n\n"
             "Volgens Ruben zijn de ateliers de moeite waard; ik laat me graag "
             "overtuigen.\n\nGroet,\nOlga Timmerman" + OUTLOOK_IOS},
    {"id": "h17-sub-09", "kind": "subscribe", "thread": None, "subject": "Graag op de hoogte blijven",
     "body": "Goedemiddag,\n\nIk wil graag deelnemen aan het netwerk en op de hoogte gehouden worden van de "
             "ateliers. Ik ben directeur van de Werkorganisatie Zuiderzeekust.\n\nVriendelijke groet,\n"
             "Rik Evers"},
    {"id": "h17-sub-10", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "body": "Lid blijven graag! Dit was niet de bedoeling, mijn secretaresse en ik hebben elkaar kennelijk "
             "verkeerd begrepen bij het opruimen van mijn inbox." + SIG_VDBERG},
    {"id": "h17-sub-11", "kind": "subscribe", "thread": None, "subject": "Aanmelding twee directieleden",
     "body": "Geacht secretariaat,\n\nGraag meld ik mijzelf aan als lid, en ook mijn collega adjunct-directeur "
             "Fatima El Idrissi (f.elidrissi@werkorganisatie-ijsselgaarde.nl). Wij delen de directie sinds de "
             "reorganisatie.\n\nMet vriendelijke groet,\nMartijn Oosterhuis"},
    {"id": "h17-sub-12", "kind": "subscribe", "thread": None, "subject": "netwerk",
     "body": "hi, wil graag joinen. sinds kort directeur bij de Werkorganisatie Dollardmonde, daarnaast nog "
             "programmadirecteur Nij Begun. thx\n\ngr bart"},
    {"id": "h17-sub-13", "kind": "subscribe", "thread": None,
     "subject": "Aanmelding lidmaatschap netwerk - A. Veldhuis, Werkorganisatie Grensland",
     "body": "A. Veldhuis\nalgemeen directeur Werkorganisatie Grensland\ngemeentesecretaris Dinxwolde en "
             "Lochem-Oost\n06 - 11 93 47 20"},
    {"id": "h17-sub-14", "kind": "subscribe", "thread": None, "subject": "Verzoek tot lidmaatschap",
     "body": "Goedendag,\n\nMijn mail aan het gemeentesecretarisadres wordt door een regel naar dit adres "
             "doorgestuurd, dus gebruikt u voor mij graag dit adres. Hierbij meld ik mij aan voor het netwerk."
             + SIG_KAMPSTRA},
    # -- Unsubscribe ------------------------------------------------------------------------------------------
    {"id": "h17-uns-01", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Afmelden",
     "body": "Beste secretariaat,\n\nPer 1 april ga ik met pensioen. Wilt u mij afmelden als lid van het "
             "netwerk? Dank voor de mooie jaren.\n\nHartelijke groet,\nHerman Wiersma"},
    {"id": "h17-uns-02", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Overdracht lidmaatschap",
     "body": "Goedemorgen,\n\nMijn opvolger Marloes Timmer (m.timmer@werkorganisatie-hofland.nl) neemt per 1 maart "
             "mijn rol als algemeen directeur over, en daarmee ook mijn plek in het netwerk.\n\nMet vriendelijke "
             "groet,\nGerard Lammers"},
    {"id": "h17-uns-03", "kind": "unsubscribe", "erase": True, "thread": None, "subject": "Verzoek AVG",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 17 AVG verzoek ik u mij af te melden en al mijn "
             "persoonsgegevens uit uw bestanden te verwijderen.\n\nHoogachtend,\n\ndrs. C.A. Rijkers\n"
             "gemeentesecretaris Achterveen | directeur Werkorganisatie Gelderse Vallei-Noord"},
    {"id": "h17-uns-04", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Ik kom niet, en ik wil ook niet langer in uw bestand staan. Verwijdert u mijn gegevens "
             "alstublieft volledig.\n\nJ. Hoekman"},
    {"id": "h17-uns-05", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Beste Stan,\n\nNiet aanwezig helaas, en eigenlijk kun je me ook van de lijst halen: sinds mijn "
             "overstap naar de provincie is dit niet meer mijn netwerk. Ik heb er veel aan gehad.\n\nGroet,\n"
             "Leonie"},
    {"id": "h17-uns-06", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "notes",
     "body": "Geen onderwerpen van mijn kant: ik vertrek per 1 februari bij de werkorganisatie. Gaarne afmelden."
             "\n\nmvg Dick Buitenhuis"},
    {"id": "h17-uns-07", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl",
     "body": "Dit heb ik niet aangevraagd." + GALAXY},
    {"id": "h17-uns-08", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Unsubscribe",
     "body": "Please take me off your mailing list, I have left the organisation.\n\nRegards,\nMark Huisman"},
    {"id": "h17-uns-09", "kind": "unsubscribe", "erase": True, "thread": W, "quoted": "welkom", "quote": "outlook-en",
     "body": "Under the GDPR I request that you erase all personal data you hold about me and end my "
             "membership.\n\nS. van Leeuwen"},
    {"id": "h17-uns-10", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Afmelding lidmaatschap",
     "body": "Geacht secretariaat,\n\nDe heer Bakker heeft per 1 januari afscheid genomen als directeur van de "
             "Werkorganisatie Zeeuwse Stromen en wenst vanaf dan geen berichten van het netwerk meer te "
             "ontvangen.\n\nMet vriendelijke groet,\n\nJ.W. Bakker"},
    {"id": "h17-uns-11", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom", "quote": "apple",
     "body": "Na twaalf jaar fusie, ontvlechting en weer fusie is het mooi geweest. Meld me maar af. Het ga "
             "jullie goed." + IPHONE},
    {"id": "h17-uns-12", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "groupwise",
     "body": "Per 15 maart neem ik afscheid van Werkorganisatie Lingewaard-Zuid. Mijn taken als algemeen "
             "directeur gaan over naar Jeroen Peeters, die u vanaf dan als contactpersoon kunt beschouwen. Mijn "
             "eigen lidmaatschap mag vervallen.\n\nW. Arts"},
    # -- Confirm ----------------------------------------------------------------------------------------------
    {"id": "h17-conf-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "body": ""},
    {"id": "h17-conf-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "body": "Bevestigd." + IPHONE},
    {"id": "h17-conf-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn",
     "body": "Ja, dat was ik. Graag."},
    {"id": "h17-conf-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "body": "Hierbij bevestig ik mijn aanmelding. Mijn managementassistent had het al voor mij in gang gezet.\n\n"
             "Met vriendelijke groet,\nGeert Nijland"},
    {"id": "h17-conf-06", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "gmail",
     "body": "Excuses voor de vertraging, uw mail stond in mijn map 'later lezen' (lees: nooit). Bij dezen "
             "bevestigd.\n\nIrma"},
    {"id": "h17-conf-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "groupwise",
     "body": "akkoord"},
    {"id": "h17-conf-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "doorgestuurd",
     "body": "Prima, bij dezen bevestigd.\n\nAnja, dank voor het doorsturen." + SIG_KAMPSTRA},
    {"id": "h17-conf-09", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "ongemarkeerd",
     "body": "Mevrouw Kuipers bevestigt hierbij haar aanmelding.\n\nE. Kuipers"},
    {"id": "h17-conf-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes-wrote",
     "body": "Ja, ik word graag lid. Zie de handtekening voor mijn (te veel) functies." + SIG_VDBERG},
    # -- Autoreply --------------------------------------------------------------------------------------------
    {"id": "h17-auto-01", "kind": "autoreply", "thread": I, "subject": "Automatisch antwoord: Uitnodiging atelier",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik ben afwezig tot en met 14 januari. Voor zaken van de werkorganisatie kunt u terecht bij "
             "mijn plaatsvervanger Frank Dijkstra, voor zaken van de regiodeal bij het programmabureau "
             "(regiodeal@duinvliet.nl). Uw bericht wordt niet doorgestuurd." + SIG_KAMPSTRA},
    {"id": "h17-auto-02", "kind": "autoreply", "thread": T,
     "subject": "Automatic reply: Welke thema's wilt u bespreken?",
     "headers": {"X-Auto-Response-Suppress": "All", "Auto-Submitted": "auto-replied"},
     "body": "I am out of the office until 3 March with limited access to e-mail. For urgent matters please "
             "contact the directiesecretariaat, 0345 - 61 20 00."},
    {"id": "h17-auto-03", "kind": "autoreply", "thread": R, "subject": "Afwezig",
     "headers": {"Precedence": "auto_reply"},
     "body": "Dank voor uw bericht. Ik ben op werkbezoek in Vlaanderen en vanaf maandag 8 maart weer bereikbaar."
             "\n\nMet vriendelijke groet,\nIrma Oudenaarde-Sels"},
    {"id": "h17-auto-04", "kind": "autoreply", "thread": T, "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "body": "Dank voor uw bericht. Ik ben met verlof tot en met 3 maart en lees mijn e-mail niet. Uw bericht "
             "wordt niet doorgestuurd; voor dringende zaken kunt u bellen met het bestuurssecretariaat, "
             "0513 - 48 20 00."},
    {"id": "h17-auto-05", "kind": "autoreply", "thread": I, "subject": "Automatisch antwoord: Uitnodiging",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Per 1 januari ben ik niet meer werkzaam als gemeentesecretaris van Zandwijk. Dit adres wordt niet "
             "meer gelezen. Voor de werkorganisatie kunt u terecht bij info@duinvliet.nl."},
    {"id": "h17-auto-06", "kind": "autoreply", "thread": W, "subject": "Doorgestuurd: Welkom bij het Netwerk",
     "headers": {"Auto-Submitted": "auto-generated", **RULE_HEADERS},
     "body": "Uw bericht is door een regel automatisch doorgestuurd naar het secretariaat van de directie. U "
             "ontvangt zo nodig binnen vijf werkdagen een reactie.\n\nDit is een automatisch gegenereerd "
             "bericht."},
    {"id": "h17-auto-07", "kind": "autoreply", "thread": None, "subject": "Ontvangstbevestiging [KC-2027-004112]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Geachte afzender,\n\nWij hebben uw bericht ontvangen en geregistreerd onder nummer KC-2027-004112. "
             "Wij streven ernaar u binnen tien werkdagen te antwoorden.\n\nKlantcontactcentrum Werkorganisatie "
             "Rivierenhoek"},
    {"id": "h17-auto-08", "kind": "autoreply", "thread": I, "subject": "Afwezig / Out of office",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Tot en met 8 maart ben ik afwezig. Voor spoedzaken: 06 - 52 19 40 77.\n\nI am out of office "
             "until 8 March. For urgent matters: +31 6 52 19 40 77."},
    # -- Other ------------------------------------------------------------------------------------------------
    {"id": "h17-oth-01", "kind": "other", "thread": None, "subject": "Vraag over lidmaatschap",
     "body": "Goedemiddag,\n\nKunnen ook gemeentesecretarissen van gemeenten die (nog) niet ambtelijk "
             "gefuseerd zijn lid worden? Wij onderzoeken een fusie met twee buren en ik wil niet te vroeg "
             "aanschuiven.\n\nMet vriendelijke groet,\nDirk-Jan Verweij"},
    {"id": "h17-oth-02", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Zijn er kosten verbonden aan deelname? Onze controller wil het weten voor de begroting, en hij "
             "is nogal precies.\n\nmvg, A. de Ruiter" + DISCLAIMER},
    {"id": "h17-oth-03", "kind": "other", "thread": None, "subject": "Drie keer dezelfde mail",
     "body": "Beste secretariaat,\n\nIk ontvang uw berichten in drievoud: op mijn adres als "
             "gemeentesecretaris, als directeur en als programmadirecteur. Hoe charmant ook, een keer is genoeg. "
             "Kunt u kijken welk adres u aanhoudt? Het liefst mijn directeursadres." + SIG_VDBERG},
    {"id": "h17-oth-04", "kind": "other", "thread": None, "subject": "Workshop aanbod voor uw atelier",
     "body": "Geachte organisatoren,\n\nAdviesbureau Brugwerk begeleidt al tien jaar ambtelijke fusies. Graag "
             "verzorgen wij tijdens uw volgende atelier een interactieve workshop over cultuurverschillen. "
             "Mag ik u daarover bellen?\n\nMet vriendelijke groet,\nLaura Brugman\nsenior adviseur"},
    {"id": "h17-oth-05", "kind": "other", "thread": None, "subject": "Collega vertrokken",
     "body": "Beste mensen,\n\nMijn collega Bart Jansen is per 1 februari vertrokken. Kunt u hem afmelden en "
             "zijn gegevens verwijderen? Hij is zelf niet meer bereikbaar.\n\nGroet,\nCarla Smits"},
    {"id": "h17-oth-06", "kind": "other", "thread": None, "subject": "Aanmelding dhr. De Boer",
     "body": "Goedemorgen,\n\nGraag wil ik de heer De Boer, onze algemeen directeur, aanmelden voor het netwerk. "
             "Hij heeft het erg druk, vandaar dat ik dit voor hem doe.\n\nMet vriendelijke groet,\nPetra Groen\n"
             "managementassistent directie"},
    {"id": "h17-oth-07", "kind": "other", "thread": None, "subject": "Nieuw e-mailadres",
     "body": "Goedemiddag,\n\nPer 1 maart verandert mijn e-mailadres in r.dekker@werkorganisatie-wadden.nl. Wilt "
             "u dat in uw administratie aanpassen?\n\nVriendelijke groet,\nRianne Dekker"},
    {"id": "h17-oth-08", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "apple",
     "body": "Ik wil me graag aanmelden, mits ik mijn wethouder Financien mag meenemen. Kan dat? Anders moet "
             "ik er nog even over nadenken." + IPHONE},
    {"id": "h17-oth-09", "kind": "other", "thread": None, "subject": "Adviesraad",
     "body": "Geacht secretariaat,\n\nIk zou het op prijs stellen als u mij in overweging neemt voor een zetel "
             "in de Adviesraad. Als programmadirecteur van drie fusietrajecten denk ik iets te kunnen bijdragen."
             "\n\nMet vriendelijke groet,\nLinda Hazenberg"},
    {"id": "h17-oth-10", "kind": "other", "thread": None, "subject": "Verzoek bijwonen atelier (pers)",
     "body": "Goedendag,\n\nIk schrijf voor Binnenlands Bestuur een stuk over ambtelijke fusies. Zou ik het "
             "atelier van 11 maart als toehoorder mogen bijwonen?\n\nMet vriendelijke groet,\nTom Verschoor, "
             "redacteur"},
    {"id": "h17-oth-11", "kind": "other", "thread": None, "subject": "Verslag vorig atelier",
     "body": "Hallo Melanie,\n\nKun je mij het verslag van het vorige atelier sturen? De link in de mail gaf "
             "een foutmelding, en ik wil het doorsturen aan mijn MT.\n\nGroet,\nMaarten" + OUTLOOK_IOS},
    {"id": "h17-oth-12", "kind": "other", "thread": W, "quoted": "welkom", "quote": "gmail",
     "body": "Dank voor het welkom! Is er een ledenlijst beschikbaar? Ik wil graag weten welke collega's uit "
             "Noord-Brabant ook meedoen.\n\nSandra"},
    {"id": "h17-oth-13", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
     "body": "Ik heb me niet aangemeld. Wie heeft dit gedaan, en hoe komt u aan mijn adres?\n\nK. Vos"},
    {"id": "h17-oth-14", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "notes",
     "body": "Mogen we ook onderwerpen aandragen die buiten de vier thema's vallen, of moet het er per se in "
             "passen? Dan weet ik of ik mijn idee moet ombouwen.\n\nPieter"},
    {"id": "h17-oth-15", "kind": "other", "thread": None, "subject": "FW: Stuurgroep Regiodeal - agenda 14 maart",
     "body": "Excuses, deze mail is door een regel in mijn Outlook bij u terechtgekomen; hij was bedoeld voor "
             "de stuurgroep van de regiodeal. Wilt u hem als niet verzonden beschouwen?\n\nWouter Kampstra\n\n"
             "-----Oorspronkelijk bericht-----\nVan: Programmabureau Regiodeal\nOnderwerp: Stuurgroep "
             "Regiodeal - agenda 14 maart\n\n1. Opening\n2. Voortgang werkpakket mobiliteit\n3. Rondvraag"},
    {"id": "h17-oth-16", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "body": "Fijn dat de uitnodiging precies een dag na de sluiting van de raadsagenda binnenkomt. Kunnen "
             "jullie de data voortaan een half jaar vooruit bekendmaken? Dan hoeven wij niet te schuiven."
             + SIG_OUDENAARDE},
    {"id": "h17-oth-17", "kind": "other", "thread": None, "subject": "Uitnodigingen ook naar collega",
     "body": "Beste secretariaat,\n\nZou u voortaan de uitnodigingen ook aan onze concernstrateeg Mirjam "
             "Holtkamp willen sturen? Zij is geen directeur, maar wel nauw betrokken.\n\nMet vriendelijke groet,"
             "\nHarm Schuurman"},
    {"id": "h17-oth-18", "kind": "other", "thread": None, "subject": "Onderzoek ambtelijke fusies",
     "body": "Geachte heer, mevrouw,\n\nVanuit de Universiteit van Tilburg doen wij onderzoek naar de "
             "sturing van ambtelijke fusieorganisaties. Mogen wij via uw netwerk een vragenlijst aan de leden "
             "verspreiden?\n\nMet vriendelijke groet,\ndr. Sanne Oude Luttikhuis"},
    {"id": "h17-oth-19", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "body": "Dank. Kunt u mij bevestigen dat ook mijn gegevens uit de deelnemerslijst van het vorige atelier "
             "zijn gehaald? Die lijst is destijds breed gedeeld.\n\nH. Wiersma"},
    {"id": "h17-oth-20", "kind": "other", "thread": None, "subject": "Afmelden of overdragen?",
     "body": "Goedemorgen,\n\nIk wil me afmelden voor het netwerk, tenzij het mogelijk is het lidmaatschap over "
             "te dragen aan mijn plaatsvervanger. Kan dat? Dan hoor ik graag hoe.\n\nMet vriendelijke groet,\n"
             "Anton Bleeker\ngemeentesecretaris Waterlanden | directeur Werkorganisatie Waterlanden"},
]
# fmt: on
