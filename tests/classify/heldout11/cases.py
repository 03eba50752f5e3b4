"""Held-out set 11's cases (issue 17): public-sector writers in their own organisation's register.

Replies to our follow-up mail (vervolg_atelier) carry the thread ``call_for_themes``. A director who cannot come
but sends a substitute with her own address is an RSVP with ``attending`` False; a yes to the atelier with a no to
something around it (the borrel, the dinner, the lunch) is a yes; a reply that changes an earlier answer carries
the latest answer. A hand-over to a named successor is ``unsubscribe``; acting for someone else with consequences,
questions, pitches and applications are ``other``. Inline answers carry our quoted lines in ``body`` and no
``quoted``.
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
SAMSUNG = "\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone."
OUTLOOK_IOS = "\n\nGet Outlook for iOS"
DISCLAIMER_GEMEENTE = (
    "\n\n---------------------------------------------------------------------------------\n"
    "Dit bericht is uitsluitend bestemd voor de geadresseerde. Het bericht kan vertrouwelijke informatie "
    "bevatten. Indien u niet de geadresseerde bent, wordt u verzocht de afzender te informeren en het bericht "
    "te verwijderen. Aan dit bericht kunnen geen rechten worden ontleend.\n"
    "---------------------------------------------------------------------------------"
)
DISCLAIMER_PROVINCIE = (
    "\n\n[Dit e-mailbericht en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde. De organisatie "
    "aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit onjuiste of onvolledige overbrenging van "
    "de inhoud van dit bericht. Denk aan het milieu voordat u deze e-mail print.]"
)
WOO_FOOTER = (
    "\n\nLet op: e-mailberichten aan en van de gemeente kunnen openbaar worden gemaakt op grond van de "
    "Wet open overheid (Woo)."
)
OVERLEG_FOOTER = (
    "\n\nIk werk op maandag, dinsdag en donderdag. Mijn werkdagen zijn mogelijk anders dan de uwe;\n"
    "voel u niet verplicht buiten uw werktijd te reageren."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP -----------------------------------------------------------------------------------------------
    {"id": "h11-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Drs. H.J. (Henk) Oosterveld <h.oosterveld@werkorganisatie-dravenborg.nl>",
     "body": """Geacht secretariaat,

Ten aanzien van de deelname aan het Leer- en inspireer-atelier van 11 maart a.s. kan worden medegedeeld dat
ondergetekende daarbij aanwezig zal zijn.

Hoogachtend,

drs. H.J. Oosterveld
algemeen directeur Werkorganisatie Dravenborg""" + DISCLAIMER_GEMEENTE},
    {"id": "h11-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "sender": "Carla Westerbeek <c.westerbeek@veenhorst-ammerdal.nl>",
     "body": """Beste Stan en Melanie,

Helaas zal ik op 11 maart, gezien de begrotingswijziging die die avond in de raad van Ammerdal aan de orde is
en waarvoor de voorbereiding de hele middag in beslag neemt, er niet bij kunnen zijn.

Met vriendelijke groet,
Carla Westerbeek
gemeentesecretaris / algemeen directeur""" + WOO_FOOTER},
    {"id": "h11-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "sender": "Wouter Kamphuis <w.kamphuis@wielerland.nl>",
     "body": """Goedemiddag,

1. Deelname atelier 11 maart: ja, ik ben aanwezig.
2. Borrel na afloop: daar zie ik van af, ik moet om 18.30 uur in Zutphen zijn.
3. Dieetwensen: geen.

Met vriendelijke groet,

W. Kamphuis
directeur Werkorganisatie Wielerland
T 0575 - 45 12 00"""},
    {"id": "h11-rsvp-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Secretariaat directie <secretariaat.directie@lommerveld.nl>",
     "body": """Geachte heer Van de Laar,

Namens de heer Brinkhuis wordt u bericht dat hij, in verband met een eerder aangegane verplichting in het
kader van de regionale woondeal, niet in de gelegenheid zal zijn het atelier bij te wonen.

In zijn plaats zal mevrouw drs. E. (Esther) Landman, adjunct-directeur, deelnemen. Zij is bereikbaar via
e.landman@lommerveld.nl.

Met vriendelijke groet,

namens R. Brinkhuis,
Joke Smeets
managementondersteuner directie
Werkorganisatie Lommerveld"""},
    {"id": "h11-rsvp-05", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "sender": "Pieter-Jan Rozendaal <pj.rozendaal@dijkzicht.nl>",
     "body": "Ik ben er bij. Gr PJ" + IPHONE},
    {"id": "h11-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "sender": "M.C. Verhagen <mc.verhagen@kempenrand.nl>",
     "body": """Geacht secretariaat,

Naar aanleiding van uw uitnodiging d.d. 4 februari jl. moet ik u, tot mijn spijt, berichten dat aan het atelier
van 11 maart door ondergetekende geen gevolg kan worden gegeven. Op die datum vindt de accountantscontrole van
de jaarrekening plaats.

Hoogachtend,

mr. M.C. Verhagen
directeur bedrijfsvoering, Werkorganisatie Kempenrand"""},
    {"id": "h11-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "sender": "Annet Hovenier <a.hovenier@werkorganisatie-hoogvenen.nl>",
     "body": """Dag secretariaat,

Ik zou graag willen aansluiten bij het atelier van 11 maart. Mocht het zo zijn dat het vol raakt, dan hoor ik
het graag, maar vooralsnog reken ik op een plaats.

Het diner dat sommige collega's na afloop in Utrecht plannen sla ik over; dat staat los van jullie programma,
maar voor de volledigheid.

Hartelijke groet,
Annet Hovenier
directeur Werkorganisatie Hoogvenen""" + DISCLAIMER_GEMEENTE},
    {"id": "h11-rsvp-08", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "sender": "Bram Teunissen <bram.teunissen@gemeente-oudeschans.nl>",
     "body": "nee helaas, raadsvergadering. volgende keer beter!\n\nBram"},
    {"id": "h11-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "J.W.M. (Jan-Willem) van Rossem <jw.vanrossem@rivierenkwartier-werkorganisatie.nl>",
     "body": """Geacht secretariaat,

Ondergetekende is niet ongenegen om op 11 maart aan het atelier deel te nemen en zal zich daartoe vrijmaken.

Met collegiale groet,

J.W.M. van Rossem
algemeen directeur"""},
    {"id": "h11-rsvp-10", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "sender": "Ingrid Faber <i.faber@waterlandse-werkorganisatie.nl>",
     "body": """Beste mensen,

Voor mijzelf is het antwoord nee: ik zit die week met het college op werkbezoek in Brussel. Wel komt mijn
collega Marloes Dekker, concernmanager, in mijn plaats. Zij heeft haar eigen adres:
m.dekker@waterlandse-werkorganisatie.nl.

Groet, Ingrid""" + OVERLEG_FOOTER},
    {"id": "h11-rsvp-11", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl",
     "sender": "Roel Bakker <r.bakker@dravenborg.nl>",
     "body": """Hallo,

Voor alle duidelijkheid: eerder is door mijn secretariaat doorgegeven dat ik niet zou komen. Dat is inmiddels
achterhaald, de raadscommissie is verplaatst. Ik kom dus toch, graag mij weer op de lijst zetten.

Roel Bakker"""},
    {"id": "h11-rsvp-12", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple",
     "sender": "Saskia Mol <s.mol@grensmaasgemeenten.nl>",
     "body": "Ik moet helaas toch afzeggen, ziek thuis. Sorry voor de late melding." + IPHONE},
    {"id": "h11-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote",
     "sender": "Gerard Hulshof <g.hulshof@bergenveld.nl>",
     "body": """Onderwerp: deelname Leer- en inspireer-atelier

1. Aanleiding
Uw uitnodiging van 4 februari jl. voor het atelier "Sturen op samenwerking & eigenheid".

2. Besluit
Besloten is dat namens Werkorganisatie Bergenveld de algemeen directeur (ondergetekende) deelneemt.

3. Vervolg
Er wordt één extra persoon meegebracht: de strategisch adviseur, dhr. T. Vos.

G. Hulshof"""},
    {"id": "h11-rsvp-14", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "sender": "Lisette Grootveld <l.grootveld@hollandskroonland.nl>",
     "body": """Dear Stan and Melanie,

I'm afraid I won't be able to attend on 11 March - I'll be at a conference in Copenhagen that week.
Hope to see you at the next one.

Kind regards,
Lisette Grootveld
Director, Hollands Kroonland shared services"""},
    {"id": "h11-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "sender": "Frans Elferink <f.elferink@achterhoekse-werkorganisatie.nl>",
     "body": """Anja, graag aanmelden en in de agenda zetten. 11 maart middag blokkeren, reistijd erbij.

Frans""" + SAMSUNG},
    {"id": "h11-rsvp-16", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "sender": "Tineke Zwart <t.zwart@de-meerlanden-werkt.nl>",
     "body": """Geacht secretariaat,

Het is mij, hoezeer ik het onderwerp ook van belang acht voor onze eigen organisatie, op donderdag 11 maart
vanwege de vergadering van het algemeen bestuur van de veiligheidsregio helaas niet mogelijk aanwezig te zijn.

Met vriendelijke groet,
T. Zwart""", "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027"},
    {"id": "h11-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Marco de Graaf <m.degraaf@werkorganisatie-duinrand.nl>",
     "body": """Goedemorgen,

Aanwezig: ja (met 2 personen, ikzelf en onze concerncontroller Fleur Arends).
Lunch vooraf: nee, wij komen pas rond 13.45 uur.

Marco de Graaf""" + DISCLAIMER_GEMEENTE},
    {"id": "h11-rsvp-18", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "sender": "Hans Wijnands <h.wijnands@peelkempen.nl>",
     "body": """Dag Stan,

Ik was er graag bij geweest en het onderwerp spreekt me zeer aan, maar op 11 maart heb ik het
functioneringsgesprek met de drie burgemeesters, dus er zit niets anders op dan mij af te melden voor deze keer.

Hans""" + OUTLOOK_IOS},
    {"id": "h11-rsvp-19", "kind": "rsvp", "attending": True, "thread": None,
     "sender": "Yvonne Kortekaas <y.kortekaas@zuidplasdelta.nl>",
     "subject": "Aanmelding atelier 11 maart",
     "body": """Geacht secretariaat,

Via een collega bereikte mij het bericht over het atelier van 11 maart in Utrecht. Hierbij wordt kenbaar
gemaakt dat ik daaraan graag deelneem. Ik ben reeds lid van het netwerk; de uitnodiging is vermoedelijk in mijn
ongewenste e-mail beland.

Met vriendelijke groet,

Y. Kortekaas
algemeen directeur Werkorganisatie Zuidplasdelta"""},
    {"id": "h11-rsvp-20", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "sender": "Erik Jan Nijboer <ej.nijboer@drentsezandgronden.nl>",
     "body": """Stan, Melanie,

Ik kan er deze keer niet bij zijn. Het is niet zo dat ik geen belangstelling heb, integendeel, maar de agenda
laat het niet toe.

EJ""" + IPAD},
    {"id": "h11-rsvp-21", "kind": "rsvp", "attending": True, "thread": None,
     "sender": "Renske Hoogland <r.hoogland@werkorganisatie-dravenborg.nl>",
     "subject": "Geaccepteerd: Leer- en inspireer-atelier 11 maart 2027",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": """Renske Hoogland heeft deze uitnodiging geaccepteerd.

Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid"
donderdag 11 maart 2027 14:00-17:30
Stadskantoor, Vredenburg 3, Utrecht"""},
    {"id": "h11-rsvp-22", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "sender": "A. (Albert) Hoekman <a.hoekman@oostelijk-heuvelland.nl>",
     "body": """Geacht secretariaat,

Ten aanzien van uw uitnodiging wordt opgemerkt dat deelname door de directie niet kan worden gerealiseerd.
Vervanging is op deze korte termijn evenmin mogelijk.

Met vriendelijke groet,
A. Hoekman"""},
    {"id": "h11-rsvp-23", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en",
     "sender": "Sanne Oudshoorn <s.oudshoorn@hollandskroonland.nl>",
     "body": "Yes, still coming. See you Thursday.\n\nSanne"},
    {"id": "h11-rsvp-24", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Ruud Vermeulen <r.vermeulen@werkorganisatie-dijkzicht.nl>",
     "body": """Beste secretariaat,

Vorige week heb ik aangegeven te komen. Inmiddels is gebleken dat op 11 maart de extra raadsvergadering over
de herindelingsvariant valt, waardoor ik, anders dan gemeld, toch niet aanwezig zal zijn.

Met vriendelijke groet,
Ruud Vermeulen""" + WOO_FOOTER},
    {"id": "h11-rsvp-25", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "sender": "Wilma Dijkhuizen <w.dijkhuizen@vechtplassen-werkorganisatie.nl>",
     "body": """Dag Melanie,

Ik zie er niet onwelwillend tegenaan, sterker: het onderwerp couleur locale is bij ons precies actueel. Ik
schuif dus aan op 11 maart.

Met hartelijke groet,
Wilma Dijkhuizen
directeur-bestuurder"""},
    {"id": "h11-rsvp-26", "kind": "rsvp", "attending": False, "thread": None,
     "sender": "Koen Aalbers <koen.aalbers@gemeente-lindewaarde.nl>",
     "subject": "atelier 11/3",
     "body": "Moet me helaas afmelden voor 11/3, zit in de raad. Gr Koen" + SAMSUNG},
    {"id": "h11-rsvp-27", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "sender": "Marleen Stoker <m.stoker@werkorganisatie-eemsmond-oost.nl>",
     "body": """Ja hoor, ik kom. Of ik de hele middag kan blijven weet ik nog niet, de bestuurlijke overleggen van
die week
zijn nog niet gepland, maar in elk geval het eerste deel.

Marleen""" + IPHONE},
    {"id": "h11-rsvp-28", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "sender": "F.G.M. Lemmens <fgm.lemmens@maasheggen-werkorganisatie.nl>",
     "body": """Geachte heer, mevrouw,

Gelet op de samenloop met het bestuurlijk overleg van de drie colleges kan aan het atelier van 11 maart door mij
geen deelname worden verleend. Ik verzoek u mijn afwezigheid te noteren.

Hoogachtend,
F.G.M. Lemmens, algemeen directeur"""},
    {"id": "h11-rsvp-29", "kind": "rsvp", "attending": True, "thread": None,
     "sender": "Dirk-Jan Veldman <dj.veldman@werkorganisatie-hunzedal.nl>",
     "subject": "Re: Uitnodiging Leer- en inspireer-atelier",
     "body": """> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

ja, ik kom

> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

Nee, alleen.

> Kunt u zelf niet, maar komt een collega in uw plaats?

n.v.t.

Groet,
Dirk-Jan Veldman"""},
    {"id": "h11-rsvp-30", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "sender": "Astrid Lammers <a.lammers@werkorganisatie-vijfheerenland.nl>",
     "body": """Hi Stan,

Helaas, ik kan niet op 11 maart - I'm on leave that week (voorjaarsvakantie noord). Good luck with the session!

Astrid""" + OUTLOOK_IOS},
    {"id": "h11-rsvp-31", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "sender": "Bas Kuipers <b.kuipers@werkorganisatie-lauwersmeer.nl>",
     "body": """Anja,

Graag laten weten dat ik erbij ben. Niet voor het aansluitende diner, wel voor het hele atelier. Treinkaartje
regel ik zelf.

Bas""" + DISCLAIMER_GEMEENTE},
    {"id": "h11-rsvp-32", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl",
     "sender": "Gonnie Brouwers <g.brouwers@werkorganisatie-dravenborg.nl>",
     "body": """Geacht secretariaat,

Mede naar aanleiding van uw herinnering: het is mij helaas, ondanks eerdere toezegging, door een spoedoverleg
met de provincie over het financieel toezicht onmogelijk gebleken donderdag aanwezig te zijn. Ik meld mij daarom
af voor het atelier.

Met vriendelijke groet,
Gonnie Brouwers""" + DISCLAIMER_PROVINCIE},
    # -- SUGGESTION -----------------------------------------------------------------------------------------
    {"id": "h11-suggestion-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Drs. P.A. Schuurman <pa.schuurman@werkorganisatie-hoogvenen.nl>",
     "body": """Geacht secretariaat,

Naar aanleiding van uw oproep wordt het volgende onderwerp ter bespreking voorgedragen:

1. De verhouding tussen de deelnemende gemeenten bij ongelijke financiële draagkracht: hoe wordt voorkomen dat
   de grootste gemeente de facto de koers van de gezamenlijke opgaven bepaalt?

Met vriendelijke groet,

drs. P.A. Schuurman
directeur""" + DISCLAIMER_GEMEENTE},
    {"id": "h11-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Evelien Koster <e.koster@kempenrand.nl>",
     "body": """Beste Stan en Melanie,

Ik zou graag willen voorstellen het sturingsconcept te agenderen. Bij ons wordt gewerkt met opdrachtgever- en
opdrachtnemerschap per gemeente en dat knelt steeds meer: wie stuurt er nu eigenlijk op de formatie?

Groet,
Evelien Koster
concerndirecteur""" + WOO_FOOTER},
    {"id": "h11-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Thijs Bosman <t.bosman@lindewaarde.nl>",
     "body": "monitoring van klanttevredenheid per kern - meten we wel wat de inwoner ervaart?\n\nThijs"},
    {"id": "h11-suggestion-04", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "sender": "M. (Mathijs) ten Have <m.tenhave@achterhoekse-werkorganisatie.nl>",
     "body": """Geacht secretariaat,

Ten behoeve van de programmering van het atelier worden de volgende twee onderwerpen aangedragen.

a) De lange termijn visie op de werkorganisatie: is de ambtelijke fusie een eindstation of een tussenstap richting
   bestuurlijke fusie, en hoe wordt daarover met de raden het gesprek gevoerd?
b) De positie van de werkorganisatie in de regio, in het bijzonder richting de centrumgemeente.

Hoogachtend,
M. ten Have"""},
    {"id": "h11-suggestion-05", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Natasja Hermans <n.hermans@grensmaasgemeenten.nl>",
     "body": """Dag secretariaat,

Dank voor het verslag. Voor een volgende keer: niet zozeer dienstverlening of de relatie met de raden, daar is
veel over gezegd, maar de informatievoorziening. Eén I&A-omgeving voor drie gemeenten met drie verschillende
zaaksystemen, hoe krijg je dat rond?

Natasja Hermans""" + OUTLOOK_IOS},
    {"id": "h11-suggestion-06", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Jeroen Stam <j.stam@werkorganisatie-duinrand.nl>",
     "body": """Bestuurlijke prioriteiten na de gemeenteraadsverkiezingen van 2026: drie nieuwe coalitieakkoorden, één
organisatie. Hoe bepaal je dan de inhoudelijke agenda van de werkorganisatie?""" + IPHONE},
    {"id": "h11-suggestion-07", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "Ria Vonk <r.vonk@maasheggen-werkorganisatie.nl>",
     "body": """Goedemiddag,

Twee onderwerpen, per regel:
- digitalisering van de werkprocessen in het sociaal domein
- het digitale loket voor ondernemers: één aanspreekpunt voor drie gemeenten

Ria Vonk
directeur Maasheggen"""},
    {"id": "h11-suggestion-08", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-en",
     "sender": "Laura Pijnenburg <l.pijnenburg@peelkempen.nl>",
     "body": """Hi both,

Next time I'd love to discuss how we handle diverging ambitions between our partner municipalities - one wants
to grow, the other wants to stay small. How do you keep the shared agenda together?

Best,
Laura""" + DISCLAIMER_GEMEENTE},
    {"id": "h11-suggestion-09", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Drs. K. Wolters <k.wolters@veenhorst-ammerdal.nl>",
     "body": """MEMO

Aan:       Secretariaat Netwerk van directeuren
Van:       K. Wolters, algemeen directeur
Datum:     14 januari 2027
Betreft:   Voorstel gespreksonderwerp atelier 11 maart

1. Inleiding
Op verzoek van het secretariaat wordt hierbij een onderwerp voorgesteld.

2. Voorstel
De verdeelsleutel van de kosten van de werkorganisatie over de deelnemende gemeenten en de wijze waarop
meerwerk wordt verrekend (financiën).

3. Toelichting
De huidige sleutel dateert van 2015 en wordt door twee van de drie raden ter discussie gesteld."""},
    {"id": "h11-suggestion-10", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "sender": "Marieke Lansink <m.lansink@drentsezandgronden.nl>",
     "subject": "Suggestie voor het volgende atelier",
     "body": """Beste secretariaat,

Mocht er nog ruimte zijn in het programma van het volgende atelier, dan zou ik het onderwerp "innovatie in de
dienstverlening aan ondernemers" graag ingebracht zien. De samenwerking tussen de gemeenten laat ik daarbij
bewust buiten beschouwing, het gaat mij om wat de ondernemer merkt.

Met vriendelijke groet,
Marieke Lansink"""},
    {"id": "h11-suggestion-11", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "sender": "Henk Jan Mulder <hj.mulder@werkorganisatie-lauwersmeer.nl>",
     "body": """formatie en krapte op de arbeidsmarkt: hoe houd je een kleine werkorganisatie aantrekkelijk voor jonge
professionals?

HJ Mulder""" + SAMSUNG},
    {"id": "h11-suggestion-12", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Paulien Hartog <p.hartog@werkorganisatie-vijfheerenland.nl>",
     "body": """Dank voor de inspirerende middag.

Voor het volgende atelier ben ik niet ongenegen om het onderwerp "de directeur als hoeder van de lange
termijn" in te brengen: hoe houd je een visie op de organisatie overeind als drie colleges elk hun eigen korte
termijn hebben?

Paulien Hartog"""},
    {"id": "h11-suggestion-13", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"],
     "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Arjen Timmerman <a.timmerman@rivierenkwartier-werkorganisatie.nl>",
     "body": """Goedemorgen,

Onze onderwerpen:
1. gezamenlijke opgaven in het fysiek domein (energietransitie) waarbij de gemeenten verschillende ambities hebben;
2. monitoring van prestaties: welke KPI's rapporteren jullie aan de drie raden over de dienstverlening?

Met vriendelijke groet,
Arjen Timmerman
algemeen directeur""" + WOO_FOOTER},
    {"id": "h11-suggestion-14", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "sender": "Joost Verbruggen <j.verbruggen@werkorganisatie-kempenrand.nl>",
     "subject": "onderwerp atelier: AI in werkprocessen",
     "body": """Stan,

Als onderwerp voor het najaar: inzet van AI en taalmodellen in onze werkprocessen (vergunningen, Woo-verzoeken),
en wat dat betekent voor de I&A-functie.

Joost""" + OUTLOOK_IOS},
    {"id": "h11-suggestion-15", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "sender": "A.H. Dekkers <ah.dekkers@hollandskroonland.nl>",
     "subject": "RE: Welke thema's wilt u bespreken?",
     "body": """Geacht secretariaat,

Als onderwerp wordt voorgesteld: de onderlinge verhouding tussen de deelnemende gemeenten, met name de vraag
hoe de belangen en ambities van drie gemeenten tegelijk worden gediend zonder dat één gemeente zich
achtergesteld voelt.

A.H. Dekkers"""},
    {"id": "h11-suggestion-16", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Olga Brandsma <o.brandsma@werkorganisatie-eemsmond-oost.nl>",
     "body": """Suggestion: service innovation for residents in the smaller villages - mobile service desks, home
visits, that
kind of thing.

Olga Brandsma
Director""" + DISCLAIMER_PROVINCIE},
    {"id": "h11-suggestion-17", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "sender": "Drs. W.F. van Eck <wf.vaneck@dijkzicht.nl>",
     "body": """Geacht secretariaat,

Ten aanzien van het volgende atelier worden twee onderwerpen in overweging gegeven:

- Het opstellen van een meerjarige organisatievisie 2030, inclusief de bestuurlijke prioriteiten die daaraan
  ten grondslag liggen;
- De organisatiestructuur die daarbij past: blijven wij sectoraal werken of gaan wij naar opgavegericht werken?

Met de meeste hoogachting,
drs. W.F. van Eck"""},
    {"id": "h11-suggestion-18", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Sander Willemse <s.willemse@werkorganisatie-hunzedal.nl>",
     "body": "Informatieveiligheid en de BIO bij een gedeelde ICT-omgeving. Urgent bij ons na de hack van vorig "
             "jaar." + IPAD},
    {"id": "h11-suggestion-19", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "sender": "J. (Jolanda) Stegeman <j.stegeman@werkorganisatie-duinrand.nl>",
     "body": """Geacht secretariaat,

Niet onbelangrijk lijkt mij het vraagstuk van uittreding: wat gebeurt er als één van de deelnemende gemeenten
overweegt de gemeenschappelijke regeling te verlaten, en hoe wordt dan de gezamenlijkheid bewaakt?

Met vriendelijke groet,
Jolanda Stegeman"""},
    {"id": "h11-suggestion-20", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": None,
     "sender": "Rick van Houten <r.vanhouten@werkorganisatie-vechtplassen.nl>",
     "subject": "Thema's voor atelier najaar 2027",
     "body": """Beste Melanie,

Via deze weg nog twee thema's voor het najaarsatelier, die ik in de wandelgangen beloofde:
- prestatiemonitoring van de klantcontactcentra: wachttijden, first time right;
- de inrichting van het control- en P&C-proces voor drie begrotingen.

Groet,
Rick""" + DISCLAIMER_GEMEENTE},
    {"id": "h11-suggestion-21", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "doorgestuurd",
     "sender": "Mirjam Snel <m.snel@oostelijk-heuvelland.nl>",
     "body": """Anja, stuur je dit door naar het netwerk? Dank.

--

Ons onderwerp: de inhoudelijke agenda van de werkorganisatie versus die van de drie colleges. Wie zet de koers?

Mirjam Snel, algemeen directeur"""},
    {"id": "h11-suggestion-22", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Dennis Maas <d.maas@werkorganisatie-zuidplasdelta.nl>",
     "body": """> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met
> collega's bespreken?

Onze positie in de regio: wij zitten klem tussen twee arbeidsmarktregio's en twee veiligheidsregio's.

Groet,
Dennis Maas"""},
    {"id": "h11-suggestion-23", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "groupwise",
     "sender": "C.J. Aarts <cj.aarts@bergenveld.nl>",
     "body": """Geacht secretariaat,

Door ondergetekende zou het op prijs worden gesteld indien in het volgende atelier aandacht wordt besteed aan
hybride werken en de huisvesting van de werkorganisatie (één stadskantoor of drie gemeentehuizen?).

Met vriendelijke groet,
C.J. Aarts"""},
    {"id": "h11-suggestion-24", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Femke Ruiter <f.ruiter@werkorganisatie-lauwersmeer.nl>",
     "body": """Hoi Stan,

Wat mij bezighoudt: hoe houd je de dienstverlening in de kleinste kern op peil nu het gemeentehuis daar dichtgaat?
Digitaal is niet voor iedereen een oplossing.

Femke""" + IPHONE},
    {"id": "h11-suggestion-25", "kind": "suggestion", "themes": ["strategie", "samenwerking", "organisatie"],
     "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Drs. E.M. Janssen-Kroes <em.janssen@peelkempen.nl>",
     "body": """Geacht secretariaat,

Onder verwijzing naar uw oproep van december jl. worden de volgende onderwerpen aangedragen:

I.   Strategie: de visie op de werkorganisatie voor de komende tien jaar;
II.  Samenwerking: de verhouding met de gemeenten die geen deel uitmaken van de fusie, maar wel van de regio;
III. Organisatie: de wijze waarop de formatie meebeweegt met de groei van taken (omgevingswet, jeugd).

Dienstverlening laten wij deze keer bewust buiten beschouwing.

Met vriendelijke groet,
drs. E.M. Janssen-Kroes""" + DISCLAIMER_GEMEENTE},
    # -- SUBSCRIBE ------------------------------------------------------------------------------------------
    {"id": "h11-subscribe-01", "kind": "subscribe", "thread": None,
     "sender": "Drs. A.C. (Anouk) Bremer <ac.bremer@werkorganisatie-rijnvenen.nl>",
     "subject": "Aanmelding Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": """Geacht secretariaat,

Ondergetekende is per 1 februari jl. benoemd tot algemeen directeur van Werkorganisatie Rijnvenen (gemeenten
Rijnvenen, Oudwoude en Hazelaar) en zou graag als lid van het netwerk worden ingeschreven.

Hoogachtend,

drs. A.C. Bremer
algemeen directeur""" + DISCLAIMER_GEMEENTE},
    {"id": "h11-subscribe-02", "kind": "subscribe", "thread": None,
     "sender": "Tom Jacobs <t.jacobs@werkorganisatie-brakelwaard.nl>",
     "subject": "lid worden",
     "body": "Hallo, ik wil graag lid worden van het netwerk. Ben sinds kort directeur van de werkorganisatie "
             "Brakelwaard. Groet, Tom Jacobs" + IPHONE},
    {"id": "h11-subscribe-03", "kind": "subscribe", "thread": None,
     "sender": "Ellen Voskuil <e.voskuil@werkorganisatie-hoogvenen.nl>",
     "subject": "Aanmelding",
     "body": """Naam: Ellen Voskuil
Functie: directeur bedrijfsvoering / plv. algemeen directeur
Organisatie: Werkorganisatie Hoogvenen
E-mail: e.voskuil@werkorganisatie-hoogvenen.nl
Telefoon: 0591 - 68 44 10
Verzoek: aanmelding als lid van het netwerk"""},
    {"id": "h11-subscribe-04", "kind": "subscribe", "thread": None,
     "sender": "Richard Okafor <r.okafor@lindewaarde.nl>",
     "subject": "Membership request",
     "body": """Dear secretariat,

I recently joined Lindewaarde as managing director of the shared civil service of three municipalities. A
colleague recommended your network. I would like to become a member - my Dutch is improving, so Dutch mail is
fine.

Kind regards,
Richard Okafor"""},
    {"id": "h11-subscribe-05", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl",
     "sender": "Hanneke Brugman <h.brugman@werkorganisatie-grensmaas.nl>",
     "body": """Beste secretariaat,

Vorig jaar heb ik mij afgemeld omdat ik naar de provincie vertrok. Per 1 april ben ik weer terug in het
gemeentelijk domein, nu als directeur van de werkorganisatie Grensmaas. Graag word ik weer aangemeld, op dit
nieuwe adres.

Met vriendelijke groet,
Hanneke Brugman"""},
    {"id": "h11-subscribe-06", "kind": "subscribe", "thread": None,
     "sender": "Mr. drs. L. (Lodewijk) van Baarle <l.vanbaarle@vechtplassen-werkorganisatie.nl>",
     "subject": "Verzoek tot toetreding",
     "body": """Geacht secretariaat,

Onderwerp: verzoek tot toetreding tot het netwerk

1. Met ingang van 1 september 2027 is ondergetekende belast met de algemene leiding van de ambtelijke
   werkorganisatie Vechtplassen.
2. Uit de brochure blijkt dat het lidmaatschap kosteloos is en openstaat voor directeuren van ambtelijke
   fusieorganisaties.
3. Derhalve wordt verzocht ondergetekende als lid aan te merken.

Hoogachtend,
mr. drs. L. van Baarle"""},
    {"id": "h11-subscribe-07", "kind": "subscribe", "thread": None,
     "sender": "sjoerd.dijkstra@waddenkust-werkorganisatie.nl",
     "subject": "aanmelden",
     "body": "aanmelden aub\n\nSjoerd Dijkstra, directeur werkorganisatie Waddenkust" + SAMSUNG},
    {"id": "h11-subscribe-08", "kind": "subscribe", "thread": None,
     "sender": "Nicole Verschuren <n.verschuren@werkorganisatie-peelkempen.nl>",
     "subject": "Graag op de verzendlijst",
     "body": """Goedemiddag,

Op het congres van de VGS sprak ik Melanie over jullie netwerk. Ik zou het op prijs stellen als ik voortaan de
uitnodigingen voor de ateliers ontvang en als lid word opgenomen. Ik ben sinds januari directeur van
Peelkempen.

Met vriendelijke groet,
Nicole Verschuren""" + WOO_FOOTER},
    {"id": "h11-subscribe-09", "kind": "subscribe", "thread": None,
     "sender": "Gerrit Jan Hofstede <gj.hofstede@werkorganisatie-sallandrand.nl>",
     "subject": "Aanmelding lidmaatschap netwerk directeuren",
     "body": """Geacht secretariaat,

Mocht het zo zijn dat het netwerk nog openstaat voor nieuwe leden, dan meld ik mij bij deze graag aan. Sinds de
ambtelijke fusie van Raalterveen en Hellenbroek op 1 januari ben ik algemeen directeur van de werkorganisatie
Sallandrand.

Met vriendelijke groet,
G.J. Hofstede""" + DISCLAIMER_GEMEENTE},
    {"id": "h11-subscribe-10", "kind": "subscribe", "thread": None,
     "sender": "Fatima El Idrissi <f.elidrissi@werkorganisatie-amstelmeer.nl>",
     "subject": "Aanmelden netwerk",
     "body": """Dag,

Hierbij meld ik mij aan voor het Netwerk van directeuren van ambtelijke fusieorganisaties. Ik ben directeur van de
werkorganisatie Amstelmeer (gemeenten Amstelmeer en Uithoorndijk).

Met vriendelijke groet,
Fatima El Idrissi
directeur
06 - 41 77 20 93"""},
    {"id": "h11-subscribe-11", "kind": "subscribe", "thread": None,
     "sender": "Bert Hendrikx <b.hendrikx@maasheggen-werkorganisatie.nl>",
     "subject": "Netwerk directeuren",
     "body": """Beste Stan,

Mijn voorganger Wim Claassen was lid van jullie netwerk; ik heb per 1 mei zijn functie overgenomen. Ik sluit mij
graag aan, op mijn eigen adres.

Groet,
Bert Hendrikx
algemeen directeur Maasheggen""" + OUTLOOK_IOS},
    {"id": "h11-subscribe-12", "kind": "subscribe", "thread": None,
     "sender": "Catherine Vlaar <c.vlaar@hollandskroonland.nl>",
     "subject": "Join the network",
     "body": "Hi, please add me as a member of the directors' network. I'm the new director at Hollands Kroonland. "
             "Thanks, Catherine"},
    {"id": "h11-subscribe-13", "kind": "subscribe", "thread": None,
     "sender": "Drs. R.P. Kramer <rp.kramer@werkorganisatie-zeeuwsedelta.nl>",
     "subject": "Aanmelding",
     "body": """Geacht secretariaat,

Het zou ondergetekende niet onwelgevallig zijn om als lid van het netwerk te worden opgenomen. Sinds 1 maart
ben ik directeur van de Werkorganisatie Zeeuwse Delta.

Met vriendelijke groet,
drs. R.P. Kramer"""},
    {"id": "h11-subscribe-14", "kind": "subscribe", "thread": None,
     "sender": "Jasper Smits <jasper.smits@werkorganisatie-dommelvallei.nl>",
     "subject": "Ook graag lid",
     "body": """Hoi,

Na het lezen van het verslag van het laatste atelier (doorgestuurd door een collega) wil ik me graag aanmelden
als lid. Ik ben directeur van de werkorganisatie Dommelvallei.

Jasper""" + IPHONE},
    {"id": "h11-subscribe-15", "kind": "subscribe", "thread": None,
     "sender": "Annemarie de Wit <am.dewit@werkorganisatie-rijnvenen.nl>",
     "subject": "Inschrijving netwerk",
     "body": """Goedemorgen,

Met ingang van heden is de functie van algemeen directeur van Werkorganisatie Rijnvenen ad interim door mij
vervuld. Graag zou ik, voor de duur van de interim-periode, als lid van het netwerk worden ingeschreven.

Met vriendelijke groet,
Annemarie de Wit
algemeen directeur a.i.""" + DISCLAIMER_PROVINCIE},
    {"id": "h11-subscribe-16", "kind": "subscribe", "thread": None,
     "sender": "Marcel Kok <m.kok@werkorganisatie-brakelwaard.nl>",
     "subject": "Aanmelding via website",
     "body": """Voornaam: Marcel
Achternaam: Kok
Organisatie: Werkorganisatie Brakelwaard
Functie: directeur
Ik wil: lid worden van het netwerk
Opmerkingen: -"""},
    {"id": "h11-subscribe-17", "kind": "subscribe", "thread": None,
     "sender": "Hilde Claes <h.claes@werkorganisatie-grensmaas.nl>",
     "subject": "aanmelding",
     "body": """Goeiendag,

Graag schrijf ik me in voor jullie netwerk. Sinds kort ben ik directeur van de werkorganisatie Grensmaas; ik kom
uit Vlaanderen, waar we dit soort samenwerking anders organiseren, dus ik leer graag mee.

Vriendelijke groeten,
Hilde Claes"""},
    {"id": "h11-subscribe-18", "kind": "subscribe", "thread": None,
     "sender": "Wim de Boer <w.deboer@werkorganisatie-lauwersmeer.nl>",
     "subject": "Lidmaatschap",
     "body": """Geacht secretariaat,

Bij het doorlopen van de overdrachtsdossiers van mijn voorganger stuitte ik op uw netwerk. Ik zou mij graag
willen aanmelden als lid.

Mei freonlike groetnis,
Wim de Boer
algemien direkteur Werkorganisatie Lauwersmeer"""},
    {"id": "h11-subscribe-19", "kind": "subscribe", "thread": None,
     "sender": "Saskia van Leeuwen <s.vanleeuwen@werkorganisatie-amstelmeer.nl>",
     "subject": "Aanmelding Saskia van Leeuwen",
     "body": "Graag aanmelden als lid van het netwerk. Saskia van Leeuwen, directeur Amstelmeer." + OUTLOOK_IOS},
    {"id": "h11-subscribe-20", "kind": "subscribe", "thread": None,
     "sender": "Ir. J.H. (Johan) Wassink <jh.wassink@achterhoekse-werkorganisatie.nl>",
     "subject": "Toetreding netwerk",
     "body": """Geacht secretariaat,

Ondergetekende, algemeen directeur van de Achterhoekse Werkorganisatie, heeft kennisgenomen van het netwerk en
van het programma van de Leer- en inspireer-ateliers. Het verzoek is mij als lid in te schrijven.

Hoogachtend,
ir. J.H. Wassink""" + DISCLAIMER_GEMEENTE},
    # -- CONFIRM --------------------------------------------------------------------------------------------
    {"id": "h11-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Drs. A.C. (Anouk) Bremer <ac.bremer@werkorganisatie-rijnvenen.nl>",
     "body": "Hierbij wordt de aanmelding bevestigd.\n\nA.C. Bremer"},
    {"id": "h11-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "sender": "Tom Jacobs <t.jacobs@werkorganisatie-brakelwaard.nl>",
     "body": "" + IPHONE},
    {"id": "h11-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Richard Okafor <r.okafor@lindewaarde.nl>",
     "body": "Confirmed, thank you.\n\nRichard"},
    {"id": "h11-confirm-04", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-lijn", "sender": "Gerrit Jan Hofstede <gj.hofstede@werkorganisatie-sallandrand.nl>",
     "body": """Goedemiddag,

Excuses voor de late reactie; uw eerste bericht was in de quarantaine van onze spamfilter beland. Bij deze
bevestig ik alsnog mijn aanmelding.

G.J. Hofstede""" + DISCLAIMER_GEMEENTE},
    {"id": "h11-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise", "sender": "Mr. drs. L. (Lodewijk) van Baarle <l.vanbaarle@vechtplassen-werkorganisatie.nl>",
     "body": """Geacht secretariaat,

Onder verwijzing naar uw bericht wordt bevestigd dat het hier bedoelde e-mailadres aan ondergetekende toebehoort
en dat de aanmelding van ondergetekende afkomstig is.

Hoogachtend,
mr. drs. L. van Baarle"""},
    {"id": "h11-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail", "sender": "Jasper Smits <jasper.smits@werkorganisatie-dommelvallei.nl>",
     "body": "ja klopt!"},
    {"id": "h11-confirm-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes", "sender": "Ellen Voskuil <e.voskuil@werkorganisatie-hoogvenen.nl>",
     "body": "Akkoord.\n\nMet vriendelijke groet,\nEllen Voskuil\ndirecteur bedrijfsvoering"},
    {"id": "h11-confirm-08", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-nl", "sender": "Drs. R.P. Kramer <rp.kramer@werkorganisatie-zeeuwsedelta.nl>",
     "body": "Het is niet zo dat ik mij heb bedacht; de bevestiging is simpelweg blijven liggen. Bij deze alsnog: "
             "bevestigd.\n\nR.P. Kramer"},
    {"id": "h11-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes-wrote", "sender": "Hilde Claes <h.claes@werkorganisatie-grensmaas.nl>",
     "body": "Bevestigd, dank u wel.\n\nHilde Claes"},
    {"id": "h11-confirm-10", "kind": "confirm", "thread": None,
     "sender": "Marcel Kok <m.kok@werkorganisatie-brakelwaard.nl>",
     "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "body": "Bij deze bevestig ik mijn aanmelding voor het netwerk.\n\nMarcel Kok"},
    {"id": "h11-confirm-11", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "sender": "Fatima El Idrissi <f.elidrissi@werkorganisatie-amstelmeer.nl>",
     "body": "Ja, dit adres is van mij en ik wil graag de berichten ontvangen.\n\nFatima El Idrissi" + OUTLOOK_IOS},
    {"id": "h11-confirm-12", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "ongemarkeerd", "sender": "Wim de Boer <w.deboer@werkorganisatie-lauwersmeer.nl>",
     "subject": "RE: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "body": "Dat is bij dezen gebeurd.\n\nWim de Boer" + SAMSUNG},
    # -- UNSUBSCRIBE ----------------------------------------------------------------------------------------
    {"id": "h11-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Drs. G.A. Meijerink <ga.meijerink@werkorganisatie-dravenborg.nl>",
     "subject": "Beëindiging lidmaatschap",
     "body": """Geacht secretariaat,

Ondergetekende is per 1 maart niet langer werkzaam als algemeen directeur van Werkorganisatie Dravenborg. Het
lidmaatschap van het netwerk kan derhalve per die datum worden beëindigd.

Hoogachtend,
drs. G.A. Meijerink""" + DISCLAIMER_GEMEENTE},
    {"id": "h11-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Karin Beekman <k.beekman@veenhorst-ammerdal.nl>",
     "subject": "Overdracht lidmaatschap netwerk",
     "body": """Beste Stan en Melanie,

Per 1 juni ga ik met pensioen. Mijn opvolger, Jeroen Kalff, neemt vanaf die datum mijn plaats in het netwerk
over. Zijn adres is j.kalff@veenhorst-ammerdal.nl.

Dank voor alle mooie ateliers!

Karin Beekman""" + OUTLOOK_IOS},
    {"id": "h11-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "Mr. P. (Pauline) Rademaker <p.rademaker@werkorganisatie-kempenrand.nl>",
     "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
     "body": """Geacht secretariaat,

Onder verwijzing naar artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u mijn
persoonsgegevens uit uw ledenbestand en verzendlijsten te verwijderen en mij te bevestigen dat dit is
geschied. Tevens wordt hiermee het lidmaatschap van het netwerk opgezegd.

Hoogachtend,
mr. P. Rademaker
functionaris gegevensbescherming / directeur bedrijfsvoering"""},
    {"id": "h11-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Henk Lubbers <h.lubbers@drentsezandgronden.nl>",
     "body": """Goedemiddag,

Ook op 11 maart zal ik er, net als de vorige keren, helaas niet bij zijn. Eerlijk gezegd past het netwerk niet
meer bij mijn huidige rol (ik ben overgestapt naar een programmafunctie), dus meld mij maar helemaal af als lid.

Henk Lubbers"""},
    {"id": "h11-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "gmail",
     "sender": "Ilse van Dam <i.vandam@waterlandse-werkorganisatie.nl>",
     "body": """Beste secretariaat,

Een onderwerp heb ik niet, want ik neem per 1 februari afscheid van de werkorganisatie. Wilt u mij uit het
netwerk uitschrijven?

Met vriendelijke groet,
Ilse van Dam"""},
    {"id": "h11-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "J.W.M. (Jan-Willem) van Rossem <jw.vanrossem@rivierenkwartier-werkorganisatie.nl>",
     "subject": "Opvolging netwerk directeuren",
     "body": """Geacht secretariaat,

Ondergetekende verlaat per 1 september de werkorganisatie. Mijn opvolger, mevrouw drs. L.M. Verbeek
(lm.verbeek@rivierenkwartier-werkorganisatie.nl), zal met ingang van die datum mijn plaats in het netwerk
innemen.

Met collegiale groet,
J.W.M. van Rossem"""},
    {"id": "h11-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Ronald Timmer <r.timmer@werkorganisatie-duinrand.nl>",
     "subject": "afmelden",
     "body": "Graag afmelden voor het netwerk. Gr Ronald" + IPHONE},
    {"id": "h11-unsubscribe-08", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "sender": "Linda Koopmans <l.koopmans@dijkzicht.nl>",
     "body": """Geacht secretariaat,

Voor het atelier van 11 maart moet ik bedanken. Bovendien verzoek ik u, nu ik het netwerk verlaat, al mijn
gegevens te wissen op grond van de AVG; ik wil na mijn vertrek geen mail meer op dit of een ander adres.

Met vriendelijke groet,
Linda Koopmans""" + WOO_FOOTER},
    {"id": "h11-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "B.M. Vreeswijk <bm.vreeswijk@werkorganisatie-hunzedal.nl>",
     "subject": "Wijziging directie Werkorganisatie Hunzedal",
     "body": """Geacht secretariaat,

1. Met ingang van 1 oktober 2027 wordt de functie van algemeen directeur van Werkorganisatie Hunzedal niet
   langer door ondergetekende vervuld.
2. De functie wordt overgenomen door de heer R.A. (Rutger) Siebenga, thans directeur sociaal domein, bereikbaar
   via ra.siebenga@werkorganisatie-hunzedal.nl.
3. Het lidmaatschap van het netwerk gaat per die datum over op de heer Siebenga.

Met vriendelijke groet,
B.M. Vreeswijk""" + DISCLAIMER_GEMEENTE},
    {"id": "h11-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-en",
     "sender": "Daniel Harmsen <d.harmsen@werkorganisatie-amstelmeer.nl>",
     "body": """Hi,

I signed up last month but it turns out the network is meant for directors and I'm a policy advisor. Please
remove me from the member list - no hard feelings!

Daniel"""},
    {"id": "h11-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple",
     "sender": "Erwin Schepers <e.schepers@werkorganisatie-vijfheerenland.nl>",
     "body": """Ik kan donderdag niet en eerlijk gezegd ga ik ook niet meer komen: ik stop na deze maand als directeur.
Haal me maar van de lijst.

Erwin""" + IPHONE},
    {"id": "h11-unsubscribe-12", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "Mariska Dolfing <m.dolfing@peelkempen.nl>",
     "subject": "AVG - uitschrijven en gegevens verwijderen",
     "body": """Goedemorgen,

Graag uitschrijven uit het netwerk. Mocht het zo zijn dat u na uitschrijving nog gegevens van mij bewaart, dan
verzoek ik u die op grond van de AVG eveneens te verwijderen.

Met vriendelijke groet,
Mariska Dolfing"""},
    {"id": "h11-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Cor Hazeleger <c.hazeleger@werkorganisatie-zuidplasdelta.nl>",
     "subject": "Afmelding netwerk",
     "body": """Geacht secretariaat,

Gezien de bestuurlijke fusie van onze drie gemeenten per 1 januari, waarmee de ambtelijke fusieorganisatie
als zodanig ophoudt te bestaan, wordt het lidmaatschap van het netwerk door ondergetekende opgezegd.

Met vriendelijke groet,
C. Hazeleger
gemeentesecretaris""" + DISCLAIMER_PROVINCIE},
    {"id": "h11-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "sender": "Jos Verhoeven <j.verhoeven@maasheggen-werkorganisatie.nl>",
     "body": """Geacht secretariaat,

Met ingang van april wordt mijn functie in het kader van de herinrichting van de directie opgeheven. Aan het
atelier van 11 maart wordt derhalve door mij niet deelgenomen, en ook het lidmaatschap van het netwerk kan
worden beëindigd.

Met vriendelijke groet,
Jos Verhoeven"""},
    {"id": "h11-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Anita Groen <a.groen@werkorganisatie-lauwersmeer.nl>",
     "subject": "Uitschrijving",
     "body": """Beste Stan,

Ik ben niet ontevreden over het netwerk, integendeel, maar na de reorganisatie ben ik geen directeur meer en
hoort deze mail niet meer bij mij. Graag uitschrijven.

Anita Groen""" + SAMSUNG},
    {"id": "h11-unsubscribe-16", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-nl",
     "sender": "Drs. O. (Olaf) Brinkman <o.brinkman@waterlandse-werkorganisatie.nl>",
     "body": """Geacht secretariaat,

Ten aanzien van uw verzoek om onderwerpen: daarvan wordt afgezien. Ondergetekende verzoekt u daarentegen het
lidmaatschap te beëindigen en alle ten behoeve daarvan verwerkte persoonsgegevens te vernietigen, conform de
AVG.

Hoogachtend,
drs. O. Brinkman"""},
    {"id": "h11-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Theo van Dongen <t.vandongen@oostelijk-heuvelland.nl>",
     "subject": "Stoppen met netwerk",
     "body": "Dag secretariaat, ik stop met het netwerk, te druk met de reorganisatie. Succes! Theo"},
    {"id": "h11-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "groupwise",
     "sender": "P.H. Janssens <ph.janssens@grensmaasgemeenten.nl>",
     "body": """Geacht secretariaat,

Tot mijn verrassing ontving ik uw welkomstbericht. Het lidmaatschap is door een medewerker ten onrechte op mijn
naam aangevraagd; van verdere berichtgeving wordt graag afgezien. Ik verzoek u mij af te melden.

Met vriendelijke groet,
P.H. Janssens"""},
    {"id": "h11-unsubscribe-19", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Leontien Bakker <l.bakker@werkorganisatie-eemsmond-oost.nl>",
     "subject": "Please unsubscribe",
     "body": "Please unsubscribe me from the network mailings - I've left the organisation as of this month. Thanks, "
             "Leontien" + OUTLOOK_IOS},
    {"id": "h11-unsubscribe-20", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Ger Meulenbelt <g.meulenbelt@achterhoekse-werkorganisatie.nl>",
     "subject": "Afmelden netwerk - opvolging",
     "body": """Beste mensen,

Na zeven jaar draag ik de directie over aan Ineke Wisselink. Ik meld mij af; Ineke neemt mijn plek in het
netwerk in (i.wisselink@achterhoekse-werkorganisatie.nl).

Hartelijke groet,
Ger Meulenbelt""" + WOO_FOOTER},
    # -- OTHER ----------------------------------------------------------------------------------------------
    {"id": "h11-other-01", "kind": "other", "thread": None,
     "sender": "Drs. F. (Frederique) Alink <f.alink@werkorganisatie-hoogvenen.nl>",
     "subject": "Vraag over deelname concernmanagers",
     "body": """Geacht secretariaat,

Binnen onze werkorganisatie wordt de directie gevormd door een algemeen directeur en drie concernmanagers.
Graag zou ik vernemen of ook concernmanagers voor het lidmaatschap van het netwerk in aanmerking komen, dan wel
of dit is voorbehouden aan de algemeen directeur.

Met vriendelijke groet,
drs. F. Alink""" + DISCLAIMER_GEMEENTE},
    {"id": "h11-other-02", "kind": "other", "thread": None,
     "sender": "Harm Zijlstra <h.zijlstra@werkorganisatie-waddenkust.nl>",
     "subject": "Kandidaatstelling Adviesraad",
     "body": """Beste Stan en Melanie,

In het laatste verslag las ik dat er een plek vrijkomt in de Adviesraad. Ondergetekende stelt zich daarvoor
graag beschikbaar. Ik ben sinds 2021 lid van het netwerk en heb zelf twee fusietrajecten begeleid.

Met vriendelijke groet,
Harm Zijlstra
algemeen directeur Werkorganisatie Waddenkust"""},
    {"id": "h11-other-03", "kind": "other", "thread": None,
     "sender": "Vincent Brouwer <vincent@procesregie-advies.nl>",
     "subject": "Bijdrage aan uw atelier: datagedreven sturen in fusieorganisaties",
     "body": """Geachte heer Van de Laar,

Procesregie Advies begeleidt al tien jaar ambtelijke fusieorganisaties bij de inrichting van hun sturing. Graag
verzorgen wij kosteloos een inleiding tijdens een van uw komende ateliers over datagedreven sturen. Zou u
openstaan voor een kennismakingsgesprek van een half uur?

Met vriendelijke groet,
Vincent Brouwer
senior adviseur, Procesregie Advies B.V.
06 - 12 98 44 70"""},
    {"id": "h11-other-04", "kind": "other", "thread": None,
     "sender": "Marieke Hoefnagels <redactie@lokaalbestuurvandaag.nl>",
     "subject": "Verzoek: verslaglegging atelier 11 maart",
     "body": """Beste secretariaat,

Voor een themanummer over ambtelijke samenwerking zou ik het atelier van 11 maart graag als journalist bijwonen,
of na afloop twee deelnemers kort spreken. Is dat bespreekbaar?

Hartelijke groet,
Marieke Hoefnagels
redacteur Lokaal Bestuur Vandaag"""},
    {"id": "h11-other-05", "kind": "other", "thread": None,
     "sender": "Secretariaat directie <directiesecretariaat@werkorganisatie-kempenrand.nl>",
     "subject": "Vertrek dhr. Verhagen",
     "body": """Geacht secretariaat,

Hierbij wordt u medegedeeld dat de heer mr. M.C. Verhagen per 1 mei uit dienst is getreden. Wij verzoeken u
hem uit uw ledenbestand te verwijderen. Een opvolger is nog niet benoemd.

Met vriendelijke groet,
Secretariaat directie Werkorganisatie Kempenrand"""},
    {"id": "h11-other-06", "kind": "other", "thread": None,
     "sender": "Joke Smeets <j.smeets@lommerveld.nl>",
     "subject": "Adreswijziging dhr. Brinkhuis",
     "body": """Goedemorgen,

Het e-mailadres van de heer R. Brinkhuis wijzigt per 1 januari in r.brinkhuis@werkorganisatie-lommerveld.nl.
Graag uw administratie daarop aanpassen.

Met vriendelijke groet,
Joke Smeets, managementondersteuner"""},
    {"id": "h11-other-07", "kind": "other", "thread": None,
     "sender": "Willem Aartsen <w.aartsen@werkorganisatie-rijnvenen.nl>",
     "subject": "Aanmelding collega",
     "body": """Beste secretariaat,

Mijn collega-directeur Truus van Kesteren heeft geen eigen mailbox voor dit soort zaken; kunt u haar ook als lid
registreren en de berichten voor haar naar mijn adres sturen?

Groet,
Willem Aartsen"""},
    {"id": "h11-other-08", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Nienke Postma <n.postma@werkorganisatie-lauwersmeer.nl>",
     "body": """Dag Melanie,

Ik zou graag komen, maar kan alleen als ik online kan aansluiten vanwege een ochtendoverleg in Leeuwarden. Is
het online deel interactief genoeg, of raad je dat af? Dan beslis ik daarna.

Nienke""" + OUTLOOK_IOS},
    {"id": "h11-other-09", "kind": "other", "thread": None,
     "sender": "Woo-coördinator <woo@gemeente-oudeschans.nl>",
     "subject": "Verzoek op grond van de Wet open overheid",
     "body": """Geacht secretariaat,

Bij de gemeente Oudeschans is een Woo-verzoek binnengekomen dat betrekking heeft op correspondentie tussen de
algemeen directeur en externe netwerken in 2026. Ten behoeve van de zienswijzeprocedure wordt u verzocht aan te
geven of u bezwaar heeft tegen openbaarmaking van de uitnodigingen van uw netwerk.

Met vriendelijke groet,
team Informatiebeheer, gemeente Oudeschans""" + WOO_FOOTER},
    {"id": "h11-other-10", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Drs. H.J. (Henk) Oosterveld <h.oosterveld@werkorganisatie-dravenborg.nl>",
     "body": """Geacht secretariaat,

Het aantal berichten dat van het netwerk wordt ontvangen wordt binnen onze directie als aan de hoge kant ervaren.
Er zou kunnen worden overwogen de oproepen en herinneringen te bundelen.

Met vriendelijke groet,
drs. H.J. Oosterveld"""},
    {"id": "h11-other-11", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Wouter Kamphuis <w.kamphuis@wielerland.nl>",
     "body": "Dank! De link naar het verslag geeft bij mij een foutmelding (404). Kunnen jullie de presentatie van "
             "de gastspreker ook als pdf sturen?\n\nWouter"},
    {"id": "h11-other-12", "kind": "other", "thread": None,
     "sender": "Crediteurenadministratie <crediteuren@werkorganisatie-duinrand.nl>",
     "subject": "Factuur atelier - inkoopnummer ontbreekt",
     "body": """Geachte heer, mevrouw,

Wij ontvingen van u een verzoek tot betaling zonder inkoopordernummer. Facturen zonder inkoopordernummer
worden door ons niet in behandeling genomen. Wij verzoeken u de factuur opnieuw in te dienen onder vermelding
van IO-2027-00318.

Met vriendelijke groet,
Crediteurenadministratie Werkorganisatie Duinrand"""},
    {"id": "h11-other-13", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "apple",
     "sender": "Marleen Stoker <m.stoker@werkorganisatie-eemsmond-oost.nl>",
     "body": "Is er parkeergelegenheid bij het Stadskantoor of kan ik beter met de trein?" + IPHONE},
    {"id": "h11-other-14", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Receptie Werkorganisatie Wielerland <receptie@wielerland.nl>",
     "body": """Goedemiddag,

De heer T. Hofman, aan wie uw uitnodiging gericht is, is niet meer werkzaam bij onze organisatie. Wij hebben uw
bericht niet doorgestuurd. Wellicht kunt u uw adressenbestand bijwerken.

Met vriendelijke groet,
Receptie Werkorganisatie Wielerland"""},
    {"id": "h11-other-15", "kind": "other", "thread": None,
     "sender": "Roel Bakker <r.bakker@dravenborg.nl>",
     "subject": "Aanbod locatie najaarsatelier",
     "body": """Beste Stan,

Ons nieuwe gemeentehuis in Dravenborg wordt in september opgeleverd. Wij zouden het niet onaardig vinden het
najaarsatelier daar te ontvangen; zaal voor 40 personen en catering zijn beschikbaar. Zullen we even bellen?

Groet,
Roel Bakker
06 - 20 14 87 36"""},
    {"id": "h11-other-16", "kind": "other", "thread": None,
     "sender": "Sophie Verbrugge <s.verbrugge@student.hsvechtdal.nl>",
     "subject": "Onderzoek ambtelijke fusies - verzoek om interviews",
     "body": """Geacht secretariaat,

Voor mijn masterscriptie Bestuurskunde onderzoek ik hoe directeuren van ambtelijke fusieorganisaties sturen op
de eigenheid van gemeenten. Zou u mijn oproep voor interviews onder de leden van het netwerk willen verspreiden?

Met vriendelijke groet,
Sophie Verbrugge
masterstudent Bestuurskunde, Hogeschool Vechtdal"""},
    {"id": "h11-other-17", "kind": "other", "thread": None,
     "sender": "Mr. P. (Pauline) Rademaker <p.rademaker@werkorganisatie-kempenrand.nl>",
     "subject": "Verzoek om inzage (art. 15 AVG)",
     "body": """Geacht secretariaat,

Op grond van artikel 15 AVG verzoek ik u mij een overzicht te verstrekken van de persoonsgegevens die u van mij
verwerkt, het doel daarvan en de bewaartermijn. Het lidmaatschap wens ik vooralsnog aan te houden.

Hoogachtend,
mr. P. Rademaker"""},
    {"id": "h11-other-18", "kind": "other", "thread": None,
     "sender": "Evelien Koster <e.koster@kempenrand.nl>",
     "subject": "Nieuw e-mailadres",
     "body": """Beste secretariaat,

Na de naamswijziging van onze werkorganisatie is mijn e-mailadres per 1 februari e.koster@werkorganisatie-kempenrand.nl.
Het oude adres vervalt per 1 april.

Groet,
Evelien Koster""" + DISCLAIMER_GEMEENTE},
    {"id": "h11-other-19", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-lijn",
     "sender": "Gerard Hulshof <g.hulshof@bergenveld.nl>",
     "body": """Goedemorgen,

Bij mijn aanmelding had ik aangegeven glutenvrij te eten. Ik zie dat in de herinnering niet terug; kunt u
bevestigen dat daar rekening mee wordt gehouden?

G. Hulshof"""},
    {"id": "h11-other-20", "kind": "other", "thread": None,
     "sender": "Prof. dr. Katrin Vogel <k.vogel@kommunalverbund-emsland.de>",
     "subject": "Exchange between networks of shared municipal administrations",
     "body": """Dear colleagues,

We run a comparable network of directors of joint municipal administrations in Lower Saxony. Would you be open
to a joint session or study visit in the autumn? Happy to set up a call.

Best regards,
Katrin Vogel"""},
    {"id": "h11-other-21", "kind": "other", "thread": None,
     "sender": "Petra Koning <p.koning@rivierenkwartier-werkorganisatie.nl>",
     "subject": "Aanmelding dhr. Van Rossem?",
     "body": """Goedemiddag,

Kunt u mij laten weten of de heer Van Rossem zich reeds voor het atelier van 11 maart heeft aangemeld? In zijn
agenda staat het namelijk niet.

Met vriendelijke groet,
Petra Koning, directiesecretaresse"""},
    {"id": "h11-other-22", "kind": "other", "thread": None,
     "sender": "Sanne Oudshoorn <s.oudshoorn@hollandskroonland.nl>",
     "subject": "datum najaarsatelier?",
     "body": "Weten jullie al wanneer het najaarsatelier is? Wil het graag vast blokken. Thx, Sanne" + OUTLOOK_IOS},
    {"id": "h11-other-23", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-en",
     "sender": "Marco de Graaf <m.degraaf@werkorganisatie-duinrand.nl>",
     "body": """Hoi,

De Teams-link in de uitnodiging werkt bij ons niet: onze ICT blokkeert externe vergaderingen zonder
lobby-instelling. Kunnen jullie een andere link sturen voor onze collega die online meekijkt?

Marco"""},
    {"id": "h11-other-24", "kind": "other", "thread": None,
     "sender": "Wethouder J. Kleinjan <j.kleinjan@gemeente-lindewaarde.nl>",
     "subject": "Deelname bestuurders",
     "body": """Geacht secretariaat,

Als portefeuillehouder bedrijfsvoering van de gemeente Lindewaarde zou ik graag willen weten of het netwerk ook
openstaat voor bestuurders, dan wel uitsluitend voor ambtelijk directeuren.

Met vriendelijke groet,
J. Kleinjan, wethouder"""},
    {"id": "h11-other-25", "kind": "other", "thread": None,
     "sender": "Academie voor Publiek Leiderschap <info@academiepubliekleiderschap.nl>",
     "subject": "Leergang Leidinggeven aan de gedeelde organisatie - voorjaar 2027",
     "body": """Geachte directeur,

Graag brengen wij onze nieuwe leergang "Leidinggeven aan de gedeelde organisatie" onder uw aandacht. In zes
bijeenkomsten werkt u aan sturing, samenwerking en bestuurlijke sensitiviteit. Leden van uw netwerk ontvangen
10% korting. Mogen wij de brochure met uw leden delen?

Met vriendelijke groet,
Academie voor Publiek Leiderschap"""},
    {"id": "h11-other-26", "kind": "other", "thread": None,
     "sender": "Anja Rutten <a.rutten@achterhoekse-werkorganisatie.nl>",
     "subject": "FW: stukken MT dinsdag",
     "body": """Hoi Frans,

Bijgaand de stukken voor het MT van dinsdag: de kadernota, de notitie over de huisvesting en het
formatieoverzicht. Graag je akkoord voor vrijdag.

Groet, Anja"""},
    {"id": "h11-other-27", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes",
     "sender": "A. (Albert) Hoekman <a.hoekman@oostelijk-heuvelland.nl>",
     "body": """Geacht secretariaat,

Mocht het zo zijn dat ondergetekende op 11 maart verhinderd blijkt, kan dan een van de concernmanagers in de
plaats treden, ook als deze geen lid is van het netwerk? Daarna wordt definitief uitsluitsel gegeven.

Met vriendelijke groet,
A. Hoekman"""},
    {"id": "h11-other-28", "kind": "other", "thread": None,
     "sender": "Maaike Reinders <m.reinders@waterlandse-werkorganisatie.nl>",
     "subject": "Afmelden collega's",
     "body": """Beste secretariaat,

Na de reorganisatie zijn de functies van directeur bedrijfsvoering en directeur dienstverlening bij ons vervallen.
Zou u Kees Brand en Joyce Lammers daarom als lid willen afmelden? Zij weten ervan.

Met vriendelijke groet,
Maaike Reinders
algemeen directeur"""},
    # -- AUTOREPLY ------------------------------------------------------------------------------------------
    {"id": "h11-autoreply-01", "kind": "autoreply", "thread": I,
     "sender": "Carla Westerbeek <c.westerbeek@veenhorst-ammerdal.nl>",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                "samenwerking & eigenheid [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "body": """Dank voor uw bericht. Ik ben afwezig tot en met maandag 15 februari en heb beperkt toegang tot mijn
mail.
Voor dringende zaken kunt u zich wenden tot het directiesecretariaat, telefoon 0294 - 41 22 00.

Met vriendelijke groet,
Carla Westerbeek"""},
    {"id": "h11-autoreply-02", "kind": "autoreply", "thread": T,
     "sender": "Lisette Grootveld <l.grootveld@hollandskroonland.nl>",
     "subject": "Automatic reply: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": """Thank you for your email. I am out of the office until 4 January with no access to email. For urgent
matters please contact my office manager at office.director@hollandskroonland.nl.

Lisette Grootveld"""},
    {"id": "h11-autoreply-03", "kind": "autoreply", "thread": I,
     "sender": "G.A. Meijerink <ga.meijerink@werkorganisatie-dravenborg.nl>",
     "subject": "Dit e-mailadres is niet meer in gebruik",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": """Geachte afzender,

Dit e-mailadres is niet meer in gebruik. Uw bericht wordt niet gelezen en niet doorgestuurd. Per 1 maart is
de heer Meijerink niet langer werkzaam bij Werkorganisatie Dravenborg. Voor zaken die de directie betreffen kunt
u mailen naar directie@werkorganisatie-dravenborg.nl.

Werkorganisatie Dravenborg"""},
    {"id": "h11-autoreply-04", "kind": "autoreply", "thread": None,
     "sender": "Gemeente Oudeschans <noreply@gemeente-oudeschans.nl>",
     "subject": "Ontvangstbevestiging - zaaknummer Z/27/004518",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": """Geachte heer/mevrouw,

Uw bericht is in goede orde ontvangen en geregistreerd onder zaaknummer Z/27/004518. Wij streven ernaar uw
bericht binnen vijf werkdagen in behandeling te nemen. Vermeld bij verdere correspondentie altijd het
zaaknummer.

Dit is een automatisch gegenereerd bericht; u kunt hierop niet reageren.

Gemeente Oudeschans, Klant Contact Centrum""" + WOO_FOOTER},
    {"id": "h11-autoreply-05", "kind": "autoreply", "thread": R,
     "sender": "Hans Wijnands <h.wijnands@peelkempen.nl>",
     "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "headers": {"Precedence": "auto_reply"},
     "body": """Van 1 tot en met 12 maart ben ik afwezig. Uw bericht wordt niet doorgestuurd. In dringende gevallen
kunt u
contact opnemen met mijn plaatsvervanger, Tamara Lucassen (t.lucassen@peelkempen.nl).

Hans Wijnands"""},
    {"id": "h11-autoreply-06", "kind": "autoreply", "thread": I,
     "sender": "Wilma Dijkhuizen <w.dijkhuizen@vechtplassen-werkorganisatie.nl>",
     "subject": "Afwezigheidsmelding",
     "body": """Afwezigheidsmelding

Ondergetekende is in de periode van 8 tot en met 19 februari met verlof. Berichten worden na terugkomst in
behandeling genomen. Voor spoedeisende aangelegenheden kunt u zich wenden tot het bestuurssecretariaat
(0346 - 25 70 00).

W. Dijkhuizen"""},
    {"id": "h11-autoreply-07", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "sender": "Bas Kuipers <b.kuipers@werkorganisatie-lauwersmeer.nl>",
     "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "body": "Ik ben afwezig tot en met 22 februari. Uw bericht wordt na mijn terugkomst gelezen."},
    {"id": "h11-autoreply-08", "kind": "autoreply", "thread": T,
     "sender": "Femke Ruiter <f.ruiter@werkorganisatie-lauwersmeer.nl>",
     "subject": "Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": """Beste afzender,

Ik ben tot 1 september met zwangerschapsverlof. Mijn mail wordt in die periode niet gelezen. Voor zaken die
niet kunnen wachten kunt u terecht bij Henk Jan Mulder (hj.mulder@werkorganisatie-lauwersmeer.nl).

Femke Ruiter"""},
    {"id": "h11-autoreply-09", "kind": "autoreply", "thread": None,
     "sender": "Servicedesk Werkorganisatie Kempenrand <servicedesk@werkorganisatie-kempenrand.nl>",
     "subject": "[Melding #2027-11873] RE: Uw afmelding bij het Netwerk van directeuren",
     "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
     "body": """Beste melder,

Uw melding is aangemaakt met nummer #2027-11873 en toegewezen aan de wachtrij Functioneel beheer. U ontvangt
bericht zodra uw melding is opgepakt. Reageer op deze mail om informatie aan uw melding toe te voegen.

Servicedesk Werkorganisatie Kempenrand"""},
    {"id": "h11-autoreply-10", "kind": "autoreply", "thread": I,
     "sender": "Astrid Lammers <a.lammers@werkorganisatie-vijfheerenland.nl>",
     "subject": "Automatisch antwoord / Automatic reply: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": """Ik ben afwezig tot en met 7 maart. Uw e-mail wordt niet doorgestuurd.
I am out of office until 7 March. Your e-mail will not be forwarded.

Astrid Lammers"""},
    {"id": "h11-autoreply-11", "kind": "autoreply", "thread": R,
     "sender": "Theo van Dongen <t.vandongen@oostelijk-heuvelland.nl>",
     "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": """Deze week ben ik niet op kantoor. Op donderdag 11 maart ben ik de hele dag niet bereikbaar. Uw mail
lees ik
vanaf maandag 15 maart.

Theo van Dongen
algemeen directeur"""},
    {"id": "h11-autoreply-12", "kind": "autoreply", "thread": None,
     "sender": "postmaster-noreply@grensmaasgemeenten.nl",
     "subject": "Mailbox opgeheven",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": """Na de ambtelijke fusie van de gemeenten Grensmaas en Heuveldal per 1 januari wordt deze mailbox
niet meer
gebruikt. Stuur uw bericht opnieuw naar info@werkorganisatie-grensmaas.nl. Dit bericht is automatisch
verzonden."""},
    {"id": "h11-autoreply-13", "kind": "autoreply", "thread": I,
     "sender": "Gonnie Brouwers <g.brouwers@werkorganisatie-dravenborg.nl>",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": """Goedendag,

Momenteel ben ik, in verband met de voorbereiding van de begroting, beperkt bereikbaar. Uw bericht wordt zo
spoedig mogelijk beantwoord. Mocht het zo zijn dat uw bericht geen uitstel kan dulden, belt u dan met
0570 - 69 33 10.

Met vriendelijke groet,
Gonnie Brouwers""" + DISCLAIMER_GEMEENTE},
]
# fmt: on
