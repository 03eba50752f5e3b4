"""The thirty-fifth labelled set's cases (issue 17): written without reading the classifier or the other sets'
cases, each labelled as the secretariat should treat it; cases that could not be labelled with confidence were
left out.

Themes are those of what the writer proposes, never a theme only named in passing, set aside, or found in our
quoted mail. Replies to our follow-up mail (vervolg_atelier) and to our thank-you for a suggestion
(bedankt_suggestie) carry the thread ``call_for_themes``. A topic next to a yes to the coming atelier, written
to the call for themes, is a suggestion. Questions, feedback on a past atelier and offers to present are
``other``. Inline answers carry our quoted lines in ``body`` themselves and no ``quoted``.
"""

from __future__ import annotations

from typing import Any

T = "call_for_themes"
O = "oproep_themas"  # noqa: E741
V = "vervolg_atelier"
B = "bedankt_suggestie"
W = "welkom"

CALL_SUBJECT = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
ANDROID = "\n\nVerzonden met Outlook voor Android"
SAMSUNG = "\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone."
DISCLAIMER = (
    "\n\n---\nDe informatie in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik door "
    "derden is niet toegestaan. Aan dit bericht kunnen geen rechten worden ontleend. Werkorganisatie "
    "Oeverland-Marsdijk, Postbus 140, 7390 AC Oeverland."
)
DISCLAIMER_EN = (
    "\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error, please notify the sender and delete it."
)
GREEN = "\n\nDenk aan het milieu voordat u deze e-mail print."
INLINE_CALL = (
    "> U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de\n"
    "> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:\n"
    "> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;\n"
    "> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, "
    "positie in de regio;\n"
    "> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
    "werkprocessen, financiën, I&A;\n"
    "> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring "
    "van prestaties.\n"
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- suggestions in reply to the call and as new mail (mostly one theme) --------------------------------
    {"id": "d35-suggestion-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": O,
     "quote": "outlook-nl", "sender": "H.J. Wolters <hj.wolters@oeverland-marsdijk.nl>",
     "body": "Geacht secretariaat,\n\nNaar aanleiding van uw oproep draag ik graag het volgende vraagstuk aan. "
             "Bij ons treden drie colleges elk afzonderlijk op als opdrachtgever van de werkorganisatie. Iedere "
             "wethouder legt zijn eigen verzoeken neer, vaak buiten de gemaakte afspraken om, en het is aan de "
             "directie om te bepalen welk college 'gelijk krijgt'. Hoe hebben andere fusies het "
             "opdrachtgeverschap tussen de gemeenten en de werkorganisatie ingericht, zodat er één loket voor "
             "opdrachten is en geen drie?\n\nHoogachtend,\n\ndrs. H.J. (Henk) Wolters\nalgemeen directeur\n"
             "Werkorganisatie Oeverland-Marsdijk\nT 0548 - 71 20 00" + DISCLAIMER},
    {"id": "d35-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "gmail", "sender": "rik.terhorst <r.terhorst@wo-heidebroek.nl>",
     "body": "hoi, mijn punt: informatiebeveiliging. we draaien 3 gemeenten op 1 netwerk maar de "
             "ENSIA-verantwoording en de BIO-audit doen we nog 3x apart. kost bakken met tijd bij I&A en de CISO "
             "is 1 persoon. benieuwd hoe anderen dat bundelen\n\nrik"},
    {"id": "d35-suggestion-03", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "outlook-lijn", "sender": "Marloes Bijvank <m.bijvank@kleiwaard.nl>",
     "body": "Goedemorgen Stan en Melanie,\n\nWat mij betreft staat de arbeidsmarkt bovenaan. Onze vacatures voor "
             "vergunningverleners, toezichthouders en consulenten Wmo staan maanden open, en we verliezen "
             "jonge mensen aan de provincie en het Rijk. Ik ben benieuwd naar ervaringen met strategische "
             "personeelsplanning, een eigen traineepool en binden en boeien in een organisatie die voor meerdere "
             "gemeenten werkt.\n\nHartelijke groet,\nMarloes Bijvank\ndirecteur bedrijfsvoering\n"
             "Gemeenten Kleiwaard en Beekvliet"},
    {"id": "d35-suggestion-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "apple", "sender": "Joost Veldkamp <j.veldkamp@zandstede.nl>",
     "body": "Ons dienstverleningsconcept: we gaan van drie publiekshallen naar één klantcontactcentrum met "
             "spreekuren op afspraak in de dorpen. Hoe zorg je dat inwoners van de kleinste kern niet het gevoel "
             "krijgen dat 'het gemeentehuis' verdwijnt? Graag ervaringen met digitale klantreizen en "
             "afspraakgestuurd werken.\n\nJoost" + IPHONE},
    {"id": "d35-suggestion-05", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "outlook-en", "sender": "Annelies Brouwer-Kip <a.brouwerkip@werkorganisatie-lindemeer.nl>",
     "body": "Dear both,\n\nTopic suggestion: hybrid working, two years on. Office occupancy is around 35 %, team "
             "cohesion is suffering and we are asking ourselves whether we still need three town-hall "
             "buildings for our staff. I'd also like to compare HR policies on home-working allowances and "
             "fixed office days.\n\nKind regards,\nAnnelies Brouwer-Kip\nManaging director, Werkorganisatie "
             "Lindemeer" + DISCLAIMER_EN},
    {"id": "d35-suggestion-06", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "groupwise", "sender": "G. Pasman <g.pasman@rietvenne.nl>",
     "body": "Niet zozeer strategie, maar de uitvoering: na de invoering van de Omgevingswet werken onze teams "
             "vergunningverlening nog met drie sets werkinstructies en twee zaaksystemen. Ik zou graag horen hoe "
             "collega's hun werkprocessen in het fysieke domein hebben gestroomlijnd.\n\nGert Pasman"},
    {"id": "d35-suggestion-07", "kind": "suggestion", "themes": ["samenwerking"], "thread": "welcome",
     "quoted": W, "quote": "gmail", "sender": "Sanne Oudejans <s.oudejans@twaalfhoven.nl>",
     "body": "Dank voor het warme welkom! U vraagt of ik al een onderwerp heb: jazeker. Onze buurgemeenten "
             "richten een eigen gemeenschappelijke regeling op voor de Participatiewet, en wij zitten daar als "
             "fusieorganisatie net buiten. Wat is de positie van een ambtelijke fusie in zo'n regio, en hoe "
             "voorkom je dat je tussen twee regionale blokken in valt?\n\nGroet,\nSanne Oudejans"},
    {"id": "d35-suggestion-08", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": O,
     "quote": "notes-wrote", "sender": "Willem Stroeve <w.stroeve@grevenmaas.nl>",
     "body": "Voor de lijst: bestuurlijke drukte. Drie colleges, drie raden, een algemeen en dagelijks bestuur "
             "van de GR, portefeuillehoudersoverleggen per domein. Onze directie schuift overal aan. Hoe houd je "
             "dat werkbaar en hoe krijgen de gemeenten onderling sneller overeenstemming?\n\n"
             "Met vriendelijke groet,\nW.F. Stroeve\nsecretaris-directeur"},
    {"id": "d35-suggestion-09", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "outlook-lijn", "sender": "Petra Hoogeveen <p.hoogeveen@beekvliet.nl>",
     "body": "Goedemiddag,\n\nIk stel voor: prestaties van de dienstverlening zichtbaar maken. We hebben een "
             "dashboard met doorlooptijden van vergunningen, telefonische bereikbaarheid en de afhandeling van "
             "meldingen openbare ruimte, maar niemand kijkt ernaar. Hoe monitoren anderen hun servicenormen, "
             "en wat doen ze met de uitkomsten?\n\nPetra Hoogeveen\nconcerndirecteur\n06 41 88 20 17"},
    {"id": "d35-suggestion-10", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": O,
     "quote": "notes", "sender": "Ben Harkema <b.harkema@hunzedal.nl>",
     "body": "Waar staat onze werkorganisatie over tien jaar? Wij schrijven aan een organisatievisie 2035, terwijl "
             "de colleges in periodes van vier jaar denken. Ik zou graag met collega's praten over hoe je een "
             "stip op de horizon zet die een raadsperiode overleeft.\n\nB. Harkema"},
    {"id": "d35-suggestion-11", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "doorgestuurd", "sender": "Frits Meulenbelt <f.meulenbelt@peelrand.nl>",
     "body": "Graag het volgende meenemen voor maart: de inzet van AI en algoritmes in onze eigen werkprocessen, "
             "bijvoorbeeld bij het verwerken van Woo-verzoeken en het notuleren van overleggen. Wie heeft al een "
             "algoritmeregister en spelregels voor medewerkers?\n\nFrits Meulenbelt\ndirecteur Werkorganisatie "
             "Peelrand"},
    {"id": "d35-suggestion-12", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "sender": "Yvonne Dekkers <y.dekkers@wo-eemstrand.nl>",
     "subject": "Thema voor het atelier",
     "body": "Beste secretariaat,\n\nIn onze organisatie wordt veel over strategie gepraat, maar waar ik wakker "
             "van lig is iets anders: ondernemers weten niet waar ze moeten zijn. Evenementenvergunning bij "
             "team A, terrasvergunning bij team B, subsidie bij de gemeente zelf. Ik zou het graag hebben over "
             "één aanspreekpunt voor ondernemers, accountmanagement en een digitaal ondernemersloket.\n\n"
             "Met vriendelijke groet,\nYvonne Dekkers\nalgemeen directeur Werkorganisatie Eemstrand"},
    {"id": "d35-suggestion-13", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "gmail", "sender": "Hans Olde Kalter <h.oldekalter@dommelvliet.nl>",
     "body": "Mijn onderwerpen, één per regel zoals gevraagd:\n\nroosters en bezetting bij hybride werken\n"
             "de vervanging van ons HR- en salarissysteem\nverzuim bij de teams die voor alle drie de gemeenten "
             "werken\n\nHans"},
    {"id": "d35-suggestion-14", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": O,
     "quote": "outlook-nl", "sender": "Ingrid Polman <i.polman@klaverwoude.nl>",
     "body": "Beste Melanie,\n\nEen beladen onderwerp, maar ik denk dat we er niet omheen kunnen: een van onze "
             "vier gemeenten onderzoekt of ze uit de samenwerking stapt. Wat betekent dat voor de drie die "
             "blijven, hoe ga je met elkaar om in zo'n fase, en wat hebben anderen geleerd van een uittreding?\n\n"
             "Vertrouwelijk behandelen graag.\n\nIngrid Polman" + GREEN},
    {"id": "d35-suggestion-15", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": O,
     "quote": "apple", "sender": "Dirk-Jan Ravestein <dj.ravestein@wierhout.nl>",
     "body": "De nieuwe coalitieakkoorden vertalen naar de inhoudelijke agenda van de werkorganisatie: wat gaan "
             "we wél doen en wat laten we vallen? Bij ons staat er in de akkoorden meer dan er in vier jaar past."
             "\n\nDJ" + IPHONE},
    {"id": "d35-suggestion-16", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "outlook-nl", "sender": "Corien van Haaften <c.vanhaaften@marsdijk.nl>",
     "body": "Goedemorgen,\n\nOnderwerp: begrijpelijke brieven en een toegankelijke website voor inwoners. Onze "
             "beschikkingen zijn juridisch waterdicht en voor niemand te lezen. Wie schrijft al op B1-niveau en "
             "hoe heb je dat in de teams voor elkaar gekregen?\n\nMet vriendelijke groet,\n\nCorien van Haaften"
             "\nmanager Publiekszaken"},
    {"id": "d35-suggestion-17", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "ongemarkeerd", "sender": "Ronald Tiggelaar <r.tiggelaar@slingerland-wo.nl>",
     "body": "Inhuur. Wij betalen inmiddels bijna een kwart van de loonsom aan externen. Graag ervaringen met een "
             "flexibele schil, een interne mobiliteitspool en afspraken met detacheerders.\n\nRonald Tiggelaar"},
    {"id": "d35-suggestion-18", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": O,
     "quote": "outlook-lijn", "sender": "Esther Nijland <e.nijland@oeverland-marsdijk.nl>",
     "body": "Dag allen,\n\nVoorstel: de woondeal met de provincie en de regionale woningbouwopgave. Onze drie "
             "gemeenten hebben ieder een eigen bouwambitie en samen één contingent. Hoe verdelen andere fusies "
             "de lusten en lasten en hoe treden ze op richting provincie en regio?\n\nEsther Nijland"},
    {"id": "d35-suggestion-19", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": O,
     "quote": "outlook-en", "sender": "Pieter Lambooij <p.lambooij@vossendal.nl>",
     "body": "Hi,\n\nMy suggestion is the long-term vision for our shared organisation: what do we want to be in "
             "2035, beyond the current council term? We keep postponing that conversation.\n\nBest,\nPieter"},
    {"id": "d35-suggestion-20", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": O,
     "quote": "notes", "sender": "Trudy Mensink <t.mensink@ommerveen.nl>",
     "body": "Beste mensen,\n\nOnze dienstverleningsovereenkomsten met de gemeenten dateren van de start in "
             "2016. Wie heeft de afspraken tussen gemeenten en werkorganisatie onlangs opnieuw gemaakt, en hoe "
             "hebben jullie de colleges daarin meegenomen zonder een jaar te onderhandelen? Dat zou ik graag "
             "agenderen.\n\nTrudy Mensink"},
    {"id": "d35-suggestion-21", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "outlook-nl", "sender": "Gerrit-Jan Boxem <gj.boxem@heidebroek.nl>",
     "body": "Beste Stan,\n\nLeiderschap van onze teamleiders: ze werken voor meerdere portefeuillehouders, "
             "moeten coachend leiden en tegelijk productie draaien. Ik zou graag ervaringen delen over "
             "managementontwikkeling en de span of control.\n\nGr. Gerrit-Jan"},
    {"id": "d35-suggestion-22", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "groupwise", "sender": "Alie Westerbeek <a.westerbeek@brakelaar.nl>",
     "body": "Fysieke dienstverlening in kleine kernen. Wij sluiten het servicepunt in de bibliotheek en krijgen "
             "daar veel reacties op van ouderen. Zijn er goede voorbeelden van een mobiel gemeenteloket of "
             "spreekuren aan huis?\n\nA. Westerbeek"},
    {"id": "d35-suggestion-23", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "notes-wrote", "sender": "Koen Verhulst <k.verhulst@duinhaven.nl>",
     "body": "Mijn onderwerp: het applicatielandschap. Na de fusie zitten we nog met drie belastingpakketten, "
             "twee financiële systemen en een half gemigreerde cloudomgeving. Hoe hebben anderen dat "
             "gerationaliseerd en wat kostte het?\n\nKoen Verhulst\nCIO"},
    {"id": "d35-suggestion-24", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "outlook-en", "sender": "Miriam Stassen <m.stassen@grevenmaas.nl>",
     "body": "Suggestion for March: how do you benchmark the satisfaction of residents with our services? We run "
             "a resident panel twice a year but have no way to compare our KCC and permit handling with other "
             "shared organisations.\n\nRegards,\nMiriam Stassen" + ANDROID},
    {"id": "d35-suggestion-25", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "outlook-lijn", "sender": "Lodewijk Buitenhuis <l.buitenhuis@zandstede.nl>",
     "body": "Het gaat mij niet om de dienstverlening zelf, maar om de bedrijfsvoering erachter: de overhead. "
             "Onze raden vinden dat de fusie goedkoper had moeten zijn. Wie heeft een goede benchmark van "
             "overheadkosten en hoe leg je die uit?\n\nLodewijk Buitenhuis"},
    {"id": "d35-suggestion-26", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": O,
     "quote": "gmail", "sender": "Fenna Zijlstra <f.zijlstra@twaalfhoven.nl>",
     "body": "Geen organisatievraag deze keer. Wat doe je als een wethouder van een van je gemeenten de "
             "werkorganisatie in de krant afvalt, omdat zijn gemeente zich achtergesteld voelt bij de andere twee? "
             "Ik zou het graag hebben over vertrouwen tussen de deelnemende gemeenten.\n\nFenna"},
    {"id": "d35-suggestion-27", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "apple", "sender": "Martijn Blom <m.blom@kleiwaard.nl>",
     "body": "robotisering in de backoffice (RPA) voor belastingen, uitkeringen en facturen. wij zijn net gestart "
             "met twee bots en zoeken collega's die verder zijn\n\nMartijn" + IPHONE},
    {"id": "d35-suggestion-28", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "outlook-nl", "sender": "Jolanda Spekschoor <j.spekschoor@rietvenne.nl>",
     "body": "Beste secretariaat,\n\nIk stel voor: de toegang tot het sociaal domein. Inwoners met een vraag over "
             "Wmo, jeugd of schulden komen nu via vier verschillende ingangen binnen. Hoe hebben anderen één "
             "herkenbare voordeur voor hun inwoners gemaakt?\n\nVriendelijke groet,\nJolanda Spekschoor"},
    {"id": "d35-suggestion-29", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": O,
     "quote": "notes", "sender": "Arend Kolkman <a.kolkman@wierhout.nl>",
     "body": "Wij bestaan volgend jaar tien jaar. Mijn voorstel: wat is na tien jaar de meerwaarde van de fusie, en "
             "welke koers kiezen we voor de volgende tien? Een soort ijkmoment.\n\nArend Kolkman"},
    {"id": "d35-suggestion-30", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": O,
     "quote": "doorgestuurd", "sender": "Nelleke Grootveld <n.grootveld@beekvliet.nl>",
     "body": "Voor het atelier: harmoniseren of juist niet? Onze APV's, subsidieregels en tarieven verschillen "
             "nog per gemeente. Wanneer laat je de couleur locale bestaan en wanneer dringen de gemeenten "
             "samen aan op één lijn?\n\nNelleke"},
    {"id": "d35-suggestion-31", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "outlook-lijn", "sender": "Bart Smeenk <b.smeenk@peelrand.nl>",
     "body": "Huisvesting: we hebben drie gemeentehuizen en één organisatie. Concentreren we het personeel op één "
             "kantoorlocatie of blijven we gespreid? Graag ervaringen met werkplekconcepten na de fusie.\n\n"
             "Bart Smeenk\nhoofd facilitaire zaken"},
    {"id": "d35-suggestion-32", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "outlook-nl", "sender": "Saskia Eilander <s.eilander@dommelvliet.nl>",
     "body": "Goedemiddag,\n\nMijn onderwerp: de taakstelling op de werkorganisatie. De gemeenten bezuinigen en "
             "willen dat de werkorganisatie vijf procent inlevert op de begroting. Hoe maak je die keuzes in de "
             "formatie zonder dat de basis omvalt?\n\nSaskia Eilander\ncontroller"},
    {"id": "d35-suggestion-33", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "gmail", "sender": "Theo Lubbers <t.lubbers@ommerveen.nl>",
     "body": "Klachtenafhandeling en de menselijke maat. Na de toeslagenaffaire willen we bij bezwaar en klachten "
             "eerst bellen en dan pas schrijven. Wie doet dat al structureel voor zijn inwoners?\n\nTheo"},
    {"id": "d35-suggestion-34", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": O,
     "quote": "notes-wrote", "sender": "Gijs Hesselink <g.hesselink@hunzedal.nl>",
     "body": "Positie in de regio: in de regionale overleggen wordt steeds de centrumgemeente gebeld en wij worden "
             "vergeten, terwijl we met drie gemeenten meer inwoners hebben. Hoe zorgen anderen dat hun "
             "fusieorganisatie aan tafel zit?\n\nGijs Hesselink"},
    {"id": "d35-suggestion-35", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": O,
     "quote": "groupwise", "sender": "Wendelien Kroes <w.kroes@eemstrand.nl>",
     "body": "Graag het takenpakket op de agenda: welke taken doen we als gemeenten nog zelf en welke niet meer, "
             "met de krapte en de rijksbezuinigingen in het vooruitzicht? Keuzes maken in de inhoudelijke "
             "agenda dus.\n\nW. Kroes"},
    {"id": "d35-suggestion-36", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "outlook-nl", "sender": "Erik Abbing <e.abbing@vossendal.nl>",
     "body": "Hallo,\n\nEén cultuur na acht jaar? In sommige teams hoor je nog 'wij van de oude gemeente X'. Ik zou "
             "graag praten over cultuurverandering en identiteit in een fusieorganisatie.\n\nErik Abbing"},
    {"id": "d35-suggestion-37", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "ongemarkeerd", "sender": "Marieke Zwanenburg <m.zwanenburg@klaverwoude.nl>",
     "body": "Een onderwerp uit onze hoek: privacy. We hebben één functionaris gegevensbescherming voor drie "
             "gemeenten en de AVG-verwerkingsregisters zijn nog steeds niet op orde. Hoe hebben anderen privacy "
             "in de organisatie belegd?\n\nMarieke Zwanenburg\nmanager I&A"},
    {"id": "d35-suggestion-38", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "outlook-en", "sender": "Stefan Verbiest <s.verbiest@duinhaven.nl>",
     "body": "Three items, all from our IT side:\n1) cyber resilience after the ransomware attack on a "
             "neighbouring council\n2) one shared IT service desk for all staff\n3) data governance and who owns "
             "which data\n\nStefan" + DISCLAIMER_EN},
    {"id": "d35-suggestion-39", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "apple", "sender": "Lotte Hagedoorn <l.hagedoorn@marsdijk.nl>",
     "body": "Chat en WhatsApp als kanaal voor inwoners. Het KCC wil het, de juristen twijfelen. Wie heeft het al "
             "draaien en wat betekent het voor de wachttijden aan de telefoon?\n\nLotte" + IPHONE},
    {"id": "d35-suggestion-40", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": O,
     "quote": "outlook-lijn", "sender": "Hendrik Slager <h.slager@grevenmaas.nl>",
     "body": "Onderwerp: de Regionale Energiestrategie als gezamenlijke opgave. Wie van de drie gemeenten trekt "
             "welk dossier, hoe verdelen ze de rollen en hoe voorkom je dat de werkorganisatie drie keer "
             "hetzelfde regionale overleg bezoekt?\n\nHendrik Slager"},
    {"id": "d35-suggestion-41", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "notes", "sender": "Ans Rutgers <a.rutgers@wo-heidebroek.nl>",
     "body": "Formatie. Er komen steeds nieuwe rijkstaken bij (Omgevingswet, Wet inburgering, Woo) zonder dat de "
             "formatie meegroeit. Hoe onderbouwen andere fusies hun formatiebehoefte richting de raden?\n\n"
             "Ans Rutgers"},
    {"id": "d35-suggestion-42", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "outlook-nl", "sender": "Ruben Eshuis <r.eshuis@lindemeer.nl>",
     "body": "Goedemorgen,\n\nStrategie en organisatie hebben we het afgelopen jaar uitgebreid gehad. Ik stel nu "
             "voor: dienstverlening aan instellingen en verenigingen. Subsidieaanvragen, evenementen, "
             "sportverenigingen die met vijf afdelingen te maken krijgen. Hoe maken we het voor hen makkelijker?"
             "\n\nRuben Eshuis"},
    {"id": "d35-suggestion-43", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": O,
     "quote": "outlook-en", "sender": "Carla Wenting <c.wenting@slingerland-wo.nl>",
     "body": "Setting the strategic agenda with three brand-new coalitions: how do you help three boards decide "
             "what comes first, and how do you say no to an alderman?\n\nCarla Wenting\nAlgemeen directeur"},
    {"id": "d35-suggestion-44", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": O,
     "quote": "gmail", "sender": "Peter Hooijer <p.hooijer@beekvliet.nl>",
     "body": "Wij krijgen er per 2028 misschien een vierde gemeente bij. Hoe ging dat bij anderen, die toetreding? "
             "Wat spreek je af met de bestaande partners en hoe voorkom je dat de nieuwe gemeente zich gast "
             "voelt? Dat lijkt me een mooi onderwerp.\n\nPeter Hooijer"},
    {"id": "d35-suggestion-45", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "outlook-lijn", "sender": "Dieuwke Postma <d.postma@wierhout.nl>",
     "body": "Rechtmatigheidsverantwoording en interne controle: sinds het college zelf verantwoordt, moeten wij "
             "dat drie keer doen met drie accountants. Graag delen hoe anderen hun financiële processen en de "
             "verbijzonderde interne controle hebben ingericht.\n\nDieuwke Postma"},
    {"id": "d35-suggestion-46", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "notes-wrote", "sender": "Ton Heijnen <t.heijnen@peelrand.nl>",
     "body": "Wachttijden voor paspoorten en rijbewijzen. De piek is voorbij maar inwoners wachten nog steeds drie "
             "weken op een afspraak. Wie heeft een slimme oplossing (avondopenstelling, thuisbezorgen)?\n\nTon"},
    {"id": "d35-suggestion-47", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": O,
     "quote": "outlook-en", "sender": "Jeroen Wagemakers <j.wagemakers@dommelvliet.nl>",
     "body": "Not so much the strategy side, rather the practical cooperation beyond our own merger: how do shared "
             "organisations position themselves in the labour-market region, the safety region and the GGD? We "
             "often end up with three votes and no voice.\n\nJeroen"},
    {"id": "d35-suggestion-48", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "groupwise", "sender": "Hanneke Scholten <h.scholten@ommerveen.nl>",
     "body": "Onboarding en binden van jonge collega's. Wij starten dit jaar samen met twee andere fusies een "
             "traineeship. Zijn er meer organisaties die dat doen? Wat werkt, wat niet?\n\nHanneke Scholten"},
    {"id": "d35-suggestion-49", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": O,
     "quote": "outlook-nl", "sender": "Bert van Dorsten <b.vandorsten@hunzedal.nl>",
     "body": "Beste Stan,\n\nWat is ons ambitieniveau voor de lange termijn: de basis op orde, of koploper willen "
             "zijn? Die vraag hebben we nooit expliciet met de colleges beantwoord en dat zie je terug in alles."
             "\n\nGroet,\nBert"},
    {"id": "d35-suggestion-50", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "apple", "sender": "Iris Mollema <i.mollema@zandstede.nl>",
     "body": "Proactieve dienstverlening: inwoners zelf benaderen als ze recht hebben op een regeling, in plaats "
             "van wachten tot ze zich melden. Ik hoor graag hoe anderen dat aanpakken.\n\nIris Mollema" + IPHONE},
    {"id": "d35-suggestion-51", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "notes", "sender": "Wouter Kappert <w.kappert@kleiwaard.nl>",
     "body": "Informatiebeheer: het e-depot, actieve openbaarmaking onder de Woo en de achterstand in de "
             "archieven van drie voormalige gemeentesecretarieën. Een saai onderwerp, maar het knelt.\n\n"
             "W. Kappert\nteamleider DIV"},
    {"id": "d35-suggestion-52", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": O,
     "quote": "outlook-lijn", "sender": "Josine Veldman <j.veldman@eemstrand.nl>",
     "body": "De belangen en ambities van onze gemeenten lopen uiteen: de plattelandsgemeente wil rust, de "
             "groeigemeente wil vooruit. Hoe blijf je als werkorganisatie van allebei en hoe vinden de "
             "gemeenten elkaar?\n\nJosine Veldman"},
    {"id": "d35-suggestion-53", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "outlook-en", "sender": "Laura Fennema <l.fennema@vossendal.nl>",
     "body": "Topic: digital services for residents. A personal online portal with DigiD login where people can "
             "follow the status of their application, like a parcel tracker. Anyone done this?\n\nLaura"},
    {"id": "d35-suggestion-54", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "ongemarkeerd", "sender": "Michiel Tjoa <m.tjoa@rietvenne.nl>",
     "body": "Inkoop en aanbesteden centraliseren. Elk team koopt nog zelf in en we lopen rechtmatigheidsrisico's."
             "\n\nMichiel Tjoa"},
    {"id": "d35-suggestion-55", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"], "thread": T,
     "quoted": O, "quote": "outlook-en", "sender": "Klaas Dijkhuis <k.dijkhuis@wo-lindemeer.nl>",
     "body": "Two things on my mind. First, the tension between our municipalities' wish to keep their own "
             "local policies and the push to harmonise them across the three of them. Second, our call centre's "
             "first-contact resolution for residents, which dropped sharply after the merger.\n\nKlaas"},
    {"id": "d35-suggestion-56", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": O,
     "quote": "doorgestuurd", "sender": "Marga Hofstede <m.hofstede@grevenmaas.nl>",
     "body": "Wij zitten midden in een heroriëntatie: scenario's voor de toekomst van onze organisatie na 2030. "
             "Ik zou het fijn vinden om die scenario's met collega's te toetsen.\n\nMarga Hofstede"},
    {"id": "d35-suggestion-57", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "outlook-nl", "sender": "Rens Wijnbergen <r.wijnbergen@twaalfhoven.nl>",
     "body": "Beste Melanie,\n\nDatagedreven sturen binnen de organisatie: we hebben net een BI-team opgezet met "
             "dashboards voor managers over verzuim, budgetuitputting en productie. Hoe krijg je managers "
             "zover dat ze erop sturen?\n\nRens"},
    {"id": "d35-suggestion-58", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": O,
     "quote": "notes-wrote", "sender": "Judith Bremer <j.bremer@klaverwoude.nl>",
     "body": "Couleur locale. Hoe geef je elke gemeente een eigen gezicht binnen één werkorganisatie? Wij denken aan "
             "een gebiedsregisseur per gemeente. Graag ervaringen.\n\nJudith Bremer"},
    {"id": "d35-suggestion-59", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "outlook-lijn", "sender": "Fokke Wiersma <f.wiersma@hunzedal.nl>",
     "body": "Toegankelijkheid van digitale dienstverlening voor ouderen en laaggeletterden: hulp bij het invullen "
             "van formulieren, het Informatiepunt Digitale Overheid, digitale inclusie.\n\nFokke Wiersma"},
    {"id": "d35-suggestion-60", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "outlook-en", "sender": "Naomi Kuiper <n.kuiper@eemstrand.nl>",
     "body": "Quick one: managing cost overruns in a shared IT programme. Ours is 40 % over budget and the three "
             "finance aldermen want answers.\n\nNaomi" + ANDROID},
    {"id": "d35-suggestion-61", "kind": "suggestion", "themes": ["strategie"], "thread": None,
     "subject": "Atelier maart - onderwerp", "sender": "Paul Heerkens <p.heerkens@dommelvliet.nl>",
     "body": "Dag Stan,\n\nNog even los van de oproep, want die kan ik niet meer vinden: mijn onderwerp voor maart "
             "is de strategische koers. Welke drie bestuurlijke prioriteiten bepalen de komende vier jaar wat "
             "onze organisatie doet, en hoe houd je die vast als er iets tussendoor komt?\n\nPaul Heerkens"},
    {"id": "d35-suggestion-62", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T,
     "quoted": O, "quote": "gmail", "sender": "Sjoerd Rozema <s.rozema@beekvliet.nl>",
     "body": "de bestuurlijke prioriteiten voor de komende periode, en wat die vragen van de formatie en het "
             "budget van de werkorganisatie. nu staan ambities en capaciteit los van elkaar\n\nsjoerd"},
    # -- suggestions: inline answers ------------------------------------------------------------------------
    {"id": "d35-suggestion-63", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "sender": "Anouk Reinders <a.reinders@wo-heidebroek.nl>",
     "body": INLINE_CALL + "\nDe telefonische bereikbaarheid van ons KCC. Piekuren op maandag, terugbelafspraken "
             "die niet worden nagekomen, en de vraag of je de eerste lijn uitbesteedt.\n\n"
             "> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.\n\nGedaan :)\n\nAnouk"},
    {"id": "d35-suggestion-64", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "sender": "Coen Lammers <c.lammers@wierhout.nl>",
     "body": INLINE_CALL + "\nStrategie dus: de inhoudelijke agenda van de werkorganisatie voor de komende "
             "raadsperiode, en hoe je de bestuurlijke prioriteiten van drie colleges tot één lijstje "
             "terugbrengt.\n\nC. Lammers"},
    {"id": "d35-suggestion-65", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "sender": "Mirjam Evers <m.evers@duinhaven.nl>",
     "body": "> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met\n"
             "> collega's bespreken?\n\nDe overdracht tussen KCC en backoffice: terugbelnotities die blijven "
             "liggen, een zaaksysteem dat niet aansluit, inwoners die drie keer hun verhaal doen.\n\n"
             "> Eén onderwerp per regel helpt ons bij het tellen.\n\nSorry, het is één lange regel geworden.\n\n"
             "Mirjam"},
    # -- suggestions: two or three themes -------------------------------------------------------------------
    {"id": "d35-suggestion-66", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": O, "quote": "notes", "sender": "Jan-Willem Kreeft <jw.kreeft@oeverland-marsdijk.nl>",
     "body": "De P&C-cyclus. Drie begrotingen, drie jaarrekeningen, drie raden met elk een eigen vergaderschema. "
             "Hoe stemmen de gemeenten hun kaderbrieven en planning op elkaar af, zodat wij als werkorganisatie "
             "één begroting kunnen maken in plaats van drie?\n\nJan-Willem Kreeft\nconcerncontroller"},
    {"id": "d35-suggestion-67", "kind": "suggestion", "themes": ["strategie", "samenwerking", "dienstverlening"],
     "thread": T, "quoted": O, "quote": "outlook-nl", "sender": "Margriet Teunissen <m.teunissen@lindemeer.nl>",
     "body": "Geacht secretariaat,\n\nNamens onze directie de volgende suggesties:\n\n1. Een visie op de "
             "werkorganisatie voor 2030 en verder;\n2. De samenwerking met de veiligheidsregio en de GGD, en "
             "onze positie daarin als fusieorganisatie;\n3. Het meten van klanttevredenheid bij inwoners en "
             "ondernemers.\n\nMet vriendelijke groet,\n\nMargriet Teunissen\nmanagementassistent namens "
             "M. Holtkamp, algemeen directeur" + GREEN},
    {"id": "d35-suggestion-68", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "quoted": O, "quote": "ongemarkeerd", "sender": "Harm Tolsma <h.tolsma@hunzedal.nl>",
     "body": "Graag agenderen: de kostenverdeelsleutel. Eén van onze gemeenten groeit hard door woningbouw en "
             "vindt dat ze te veel betaalt; de andere twee zien dat anders. Hoe hebben andere fusies hun "
             "verdeelsleutel en de financiering van de werkorganisatie herijkt zonder dat de verhoudingen tussen "
             "de gemeenten verzuren?\n\nHarm Tolsma"},
    {"id": "d35-suggestion-69", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "quoted": O, "quote": "outlook-en", "sender": "Elske Boersma <e.boersma@ommerveen.nl>",
     "body": "Two suggestions:\n(a) how the management board relates to three mayors and aldermen who each act "
             "as a client of the shared organisation;\n(b) building one data warehouse for the finance and HR "
             "figures of our three councils.\n\nCheers,\nElske"},
    {"id": "d35-suggestion-70", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T,
     "quoted": O, "quote": "outlook-lijn", "sender": "Victor Schaap <v.schaap@peelrand.nl>",
     "body": "Koers en structuur. We herijken onze organisatievisie en lopen tegen de vraag aan of ons huidige "
             "model met vier domeinen daar nog bij past. Van visie naar een nieuwe organisatiestructuur: hoe "
             "pak je dat aan zonder een reorganisatie van twee jaar?\n\nVictor Schaap"},
    {"id": "d35-suggestion-71", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": T,
     "quoted": O, "quote": "apple", "sender": "Roos Elferink <r.elferink@vossendal.nl>",
     "body": "Digitalisering van de dienstverlening: van e-formulieren die we vervolgens uitprinten naar volledig "
             "digitale afhandeling. Dus zowel wat de inwoner ziet als de processen in de backoffice erachter."
             "\n\nRoos" + IPHONE},
    {"id": "d35-suggestion-72", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": O, "quote": "groupwise", "sender": "Luuk Damhuis <l.damhuis@klaverwoude.nl>",
     "body": "Een gezamenlijke meerjarenagenda van onze drie gemeenten. De colleges hebben elk hun eigen "
             "speerpunten; kun je toch één strategische agenda maken waar alle drie zich in herkennen, en die "
             "de werkorganisatie richting geeft voor de lange termijn?\n\nLuuk Damhuis"},
    {"id": "d35-suggestion-73", "kind": "suggestion", "themes": ["samenwerking", "organisatie", "dienstverlening"],
     "thread": T, "quoted": O, "quote": "outlook-nl", "sender": "Gea Wubbels <g.wubbels@eemstrand.nl>",
     "body": "Beste Stan en Melanie,\n\nOmgevingswet, drie kanten:\n- de samenwerking met de omgevingsdienst en "
             "de buurgemeenten in de vergunningketen;\n- onze eigen interne werkprocessen en het DSO-koppelvlak;"
             "\n- de doorlooptijden voor initiatiefnemers.\n\nGroet,\nGea Wubbels\nmanager Ruimte"},
    {"id": "d35-suggestion-74", "kind": "suggestion", "themes": ["dienstverlening", "samenwerking"], "thread": T,
     "quoted": O, "quote": "notes-wrote", "sender": "Olaf Brinkman <o.brinkman@rietvenne.nl>",
     "body": "Een regionaal ondernemersloket: samen met de buurgemeenten en de Kamer van Koophandel één plek "
             "voor startende en groeiende bedrijven. Wie heeft dat met zijn gemeenten en de regio voor elkaar?"
             "\n\nOlaf Brinkman"},
    {"id": "d35-suggestion-75", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "quoted": O, "quote": "gmail", "sender": "Tamara Jonkers <t.jonkers@slingerland-wo.nl>",
     "body": "De rol van de werkorganisatie als opdrachtnemer: wij overwegen accountmanagers per gemeente. Is dat "
             "een structuurvraag of een relatievraag? Beide, denk ik: wat betekent het voor onze "
             "organisatiestructuur, en wat voor de verhouding met de gemeenten?\n\nTamara"},
    {"id": "d35-suggestion-76", "kind": "suggestion", "themes": ["strategie", "organisatie", "dienstverlening"],
     "thread": T, "quoted": O, "quote": "outlook-lijn", "sender": "Dick Verschoor <d.verschoor@twaalfhoven.nl>",
     "body": "Mijn drie wensen, in deze volgorde:\n- de lange termijn visie van de werkorganisatie\n"
             "- de inrichting van de organisatie die daarbij hoort (sturingsconcept, formatie)\n- wat inwoners "
             "daar uiteindelijk van merken aan de balie en online\n\nDick Verschoor"},
    {"id": "d35-suggestion-77", "kind": "suggestion", "themes": ["dienstverlening", "samenwerking"], "thread": T,
     "quoted": O, "quote": "outlook-nl", "sender": "Henny Oosterhof <h.oosterhof@marsdijk.nl>",
     "body": "Goedemiddag,\n\nGemeente A wil een eigen balie houden, gemeente B gaat helemaal digitaal en "
             "gemeente C weet het nog niet. Hoe ga je als werkorganisatie om met die verschillende ambities "
             "van de gemeenten voor de dienstverlening aan hun inwoners? Dat zou ik graag bespreken.\n\n"
             "Henny Oosterhof"},
    {"id": "d35-suggestion-78", "kind": "suggestion", "themes": ["strategie", "samenwerking", "organisatie"],
     "thread": T, "quoted": O, "quote": "notes", "sender": "Aart Sijbrands <a.sijbrands@wierhout.nl>",
     "body": "Drie onderwerpen:\nde toekomstvisie op onze fusie\nde verhouding tussen de deelnemende gemeenten\n"
             "formatie en financiën van de werkorganisatie\n\nA. Sijbrands"},
    {"id": "d35-suggestion-79", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "quoted": O, "quote": "outlook-en", "sender": "Bas Nieuwenhuis <b.nieuwenhuis@zandstede.nl>",
     "body": "Governance of the joint arrangement (GR): the roles of the general board and the executive board, "
             "and how that translates into the management structure of our organisation. It's a mess at the "
             "moment.\n\nBas"},
    # -- suggestions next to a yes to the atelier ------------------------------------------------------------
    {"id": "d35-suggestion-80", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "apple", "sender": "Lieke Aalders <l.aalders@grevenmaas.nl>",
     "body": "Op 11 maart ben ik er zeker weer bij. Het thema dat ik wil inbrengen: ons sturingsconcept. Wij "
             "stappen over van afdelingen naar programma's en zelforganiserende teams en zoeken ervaringen met "
             "resultaatgericht sturen zonder de lijn kwijt te raken.\n\nLieke" + IPHONE},
    {"id": "d35-suggestion-81", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": O,
     "quote": "outlook-nl", "sender": "Gertjan Mulder <g.mulder@beekvliet.nl>",
     "body": "Dag Melanie,\n\nDe elfde staat in mijn agenda, ik kom. Wat mij betreft gaat het over de rol van "
             "burgemeesters en gemeentesecretarissen in de driehoek met de directeur: wie spreekt namens de "
             "gemeenten en hoe houd je elkaar scherp?\n\nGertjan"},
    {"id": "d35-suggestion-82", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "outlook-en", "sender": "Sophie van Welie <s.vanwelie@duinhaven.nl>",
     "body": "I'll be there on 11 March! For the agenda I'd suggest: service standards for residents and how to "
             "report on them, e.g. response times for e-mail and complaints.\n\nSophie"},
    # -- suggestions in other threads ------------------------------------------------------------------------
    {"id": "d35-suggestion-83", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": B,
     "quote": "outlook-nl", "sender": "Nicole Wijers <n.wijers@klaverwoude.nl>",
     "body": "Dank. Nog een aanvulling op mijn eerdere suggestie: ook het monitoren van de klanttevredenheid "
             "aan de balie en via de website zou ik graag bespreken.\n\nNicole Wijers"},
    {"id": "d35-suggestion-84", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": V,
     "quote": "gmail", "sender": "Evert Lankhorst <e.lankhorst@ommerveen.nl>",
     "body": "Dank voor de mooie middag. Voor de volgende keer zou ik het graag hebben over werkdruk en verzuim, "
             "met name bij de teams die voor alle gemeenten werken en van drie kanten worden aangestuurd.\n\n"
             "Evert Lankhorst"},
    {"id": "d35-suggestion-85", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": V,
     "quote": "outlook-lijn", "sender": "Mariska Oldenkamp <m.oldenkamp@eemstrand.nl>",
     "body": "Het verslag heb ik gelezen, dank. Een vervolg op het gesprek over couleur locale lijkt me zinvol, "
             "toegespitst op hoe de gemeenten onderling gezamenlijke opgaven oppakken, zoals de opvang van "
             "statushouders en de huisvesting van arbeidsmigranten.\n\nMariska Oldenkamp"},
    {"id": "d35-suggestion-86", "kind": "suggestion", "themes": ["organisatie"], "thread": None, "quoted": O,
     "quote": "outlook-nl", "subject": "RE: Welke thema's wilt u bespreken?",
     "sender": "Wim Brouns <w.brouns@peelrand.nl>",
     "body": "Hierbij mijn inbreng: kennisdeling en een gezamenlijk opleidingsbudget, leven lang ontwikkelen voor "
             "onze medewerkers.\n\nMet vriendelijke groet,\nWim Brouns"},
    {"id": "d35-suggestion-87", "kind": "suggestion", "themes": ["samenwerking", "strategie"], "thread": T,
     "quoted": O, "quote": "notes-wrote", "sender": "Marjan Blaauw <m.blaauw@vossendal.nl>",
     "body": "Geen vraag over onze structuur, die staat nu wel. Wel deze: hoe bepalen onze drie gemeenten samen "
             "hun ambities voor de lange termijn, en welke toekomst heeft de fusie als één raad over een "
             "herindeling begint?\n\nMarjan Blaauw"},
    {"id": "d35-suggestion-88", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": O, "quote": "doorgestuurd", "sender": "Erwin Heuvink <e.heuvink@grevenmaas.nl>",
     "body": "Na jaren van samenwerking op papier willen we nu echt naar één zaaksysteem: medewerkers die niet "
             "meer drie applicaties bijhouden, en inwoners die online kunnen zien hoe ver hun aanvraag is. Dat "
             "zou ik graag met collega's bespreken.\n\nErwin Heuvink\nmanager Informatievoorziening"},
    # -- questions about the themes and the procedure (other) -----------------------------------------------
    {"id": "d35-other-01", "kind": "other", "thread": T, "quoted": O, "quote": "outlook-nl",
     "sender": "Ellen Bosma <e.bosma@wo-heidebroek.nl>",
     "body": "Beste Melanie,\n\nMoet een onderwerp precies binnen één van de vier thema's vallen? Wij zitten met "
             "een vraagstuk dat er een beetje tussenin hangt en ik wil het niet in het verkeerde vakje stoppen. "
             "Kun je me even bellen?\n\nEllen Bosma\n06 12 77 30 48"},
    {"id": "d35-other-02", "kind": "other", "thread": T, "quoted": O, "quote": "gmail",
     "sender": "Stijn Klomp <s.klomp@kleiwaard.nl>",
     "body": "Tot wanneer precies kunnen we iets aandragen? 21 januari valt bij ons midden in de krokusvakantie "
             "van het MT. En mag één inzending namens het hele MT, of moet ieder lid apart mailen?\n\nStijn"},
    {"id": "d35-other-03", "kind": "other", "thread": T, "quoted": O, "quote": "outlook-en",
     "sender": "Hugo Lindeman <h.lindeman@vossendal.nl>",
     "body": "Quick question: is there a maximum number of topics per organisation? And will members get to see "
             "the outcome of the tally before the Adviesraad decides?\n\nThanks,\nHugo"},
    {"id": "d35-other-04", "kind": "other", "thread": T, "quoted": O, "quote": "outlook-lijn",
     "sender": "Agnes Timmer <a.timmer@zandstede.nl>",
     "body": "Goedemorgen,\n\nOnder welk thema valt informatiebeveiliging eigenlijk: organisatie of "
             "dienstverlening? Ik wil mijn inbreng goed invullen en stuur die na jullie antwoord.\n\n"
             "Met vriendelijke groet,\nAgnes Timmer"},
    {"id": "d35-other-05", "kind": "other", "thread": T, "quoted": O, "quote": "notes",
     "sender": "Reinier de Graaf <r.degraaf@ommerveen.nl>",
     "body": "Wie zitten er op dit moment in de Adviesraad die de suggesties weegt? En hoe word je daar lid van?"
             "\n\nR. de Graaf"},
    {"id": "d35-other-06", "kind": "other", "thread": T, "quoted": O, "quote": "apple",
     "sender": "Mieke Hulshof <m.hulshof@twaalfhoven.nl>",
     "body": "Worden de ingestuurde thema's ook met alle leden gedeeld? Ik ben benieuwd wat collega's inbrengen "
             "voordat ik zelf iets stuur.\n\nMieke" + IPHONE},
    {"id": "d35-other-07", "kind": "other", "thread": None, "subject": "Eerdere ateliers",
     "sender": "Jaap Westland <j.westland@grevenmaas.nl>",
     "body": "Beste secretariaat,\n\nWaar kan ik de onderwerpen en verslagen van eerdere ateliers terugvinden? "
             "Ik wil niets aandragen dat al eens uitgebreid besproken is, bijvoorbeeld over de P&C-cyclus of "
             "over hybride werken.\n\nMet vriendelijke groet,\nJaap Westland\ndirecteur"},
    {"id": "d35-other-08", "kind": "other", "thread": T, "quoted": O, "quote": "groupwise",
     "sender": "Bea Vrielink <b.vrielink@rietvenne.nl>",
     "body": "Kunnen ook gemeentesecretarissen van gemeenten die (nog) niet ambtelijk gefuseerd zijn een "
             "onderwerp inbrengen? Wij verkennen een fusie met twee buren en zouden graag meepraten.\n\nB. Vrielink"},
    {"id": "d35-other-09", "kind": "other", "thread": T, "quoted": O, "quote": "outlook-nl",
     "sender": "Thijs Bouman <t.bouman@hunzedal.nl>",
     "body": "Hallo,\n\nIk begrijp iets niet: in deze oproep vraagt u naar thema's, maar een collega kreeg al een "
             "uitnodiging waarin 'Samenwerking' als thema voor 11 maart staat. Is het thema nu al bepaald of "
             "niet?\n\nThijs Bouman"},
    {"id": "d35-other-10", "kind": "other", "thread": T, "quoted": O, "quote": "notes-wrote",
     "sender": "Carolien Dekker <c.dekker@slingerland-wo.nl>",
     "body": "Ik heb twee onderwerpen die met elkaar samenhangen. Moet ik die als één regel sturen of als twee? "
             "Ik wil de telling niet scheeftrekken.\n\nCarolien"},
    # -- feedback on the past atelier (other) --------------------------------------------------------------
    {"id": "d35-other-11", "kind": "other", "thread": T, "quoted": V, "quote": "outlook-nl",
     "sender": "Hans van Eck <h.vaneck@marsdijk.nl>",
     "body": "Beste Stan,\n\nDank voor de middag. De casus van Zandstede over het herzien van hun DVO's vond ik "
             "zeer verhelderend; ik heb er maandag in ons MT al over verteld. Complimenten ook aan de "
             "gespreksleider.\n\nHartelijke groet,\nHans van Eck"},
    {"id": "d35-other-12", "kind": "other", "thread": T, "quoted": V, "quote": "gmail",
     "sender": "Loes Ten Brinke <l.tenbrinke@dommelvliet.nl>",
     "body": "Eerlijk gezegd vond ik het te veel zenden: drie presentaties na elkaar en maar twintig minuten "
             "voor het gesprek aan tafel. Het was toch een atelier? Ik zeg het maar even, omdat jullie het vast "
             "willen weten.\n\nLoes"},
    {"id": "d35-other-13", "kind": "other", "thread": T, "quoted": V, "quote": "outlook-lijn",
     "sender": "Robert Smid <r.smid@eemstrand.nl>",
     "body": "De link naar het verslag geeft bij mij een foutmelding (pagina niet gevonden). Kunt u het anders "
             "even als bijlage sturen?\n\nRobert Smid" + DISCLAIMER},
    {"id": "d35-other-14", "kind": "other", "thread": T, "quoted": V, "quote": "outlook-en",
     "sender": "Anna Kowalczyk <a.kowalczyk@duinhaven.nl>",
     "body": "Thanks for a great session. Could you share the slides of the keynote on regional governance? My "
             "deputy couldn't make it and would love to see them.\n\nBest regards,\nAnna Kowalczyk"},
    {"id": "d35-other-15", "kind": "other", "thread": T, "quoted": V, "quote": "notes",
     "sender": "Freek Houtman <f.houtman@wierhout.nl>",
     "body": "In het verslag staat dat wij de kostenverdeelsleutel 'loslaten'. Dat heb ik niet gezegd: we "
             "herijken hem. Wilt u dit corrigeren voordat het verslag breder gedeeld wordt?\n\nF. Houtman"},
    {"id": "d35-other-16", "kind": "other", "thread": T, "quoted": V, "quote": "apple",
     "sender": "Jet Boerrigter <j.boerrigter@lindemeer.nl>",
     "body": "Mooie locatie, maar parkeren was een drama en vanaf het station is het twintig minuten lopen. Fijn "
             "als jullie daar de volgende keer rekening mee houden.\n\nJet" + IPHONE},
    {"id": "d35-other-17", "kind": "other", "thread": T, "quoted": V, "quote": "doorgestuurd",
     "sender": "Gerard Nijhof <g.nijhof@beekvliet.nl>",
     "body": "Wat een opkomst! Ik heb veel opgehaald over het KCC van Kleiwaard en over hoe zij hun "
             "informatiebeveiliging hebben gebundeld. Ga ik intern delen. Dank aan jullie allebei.\n\nGerard"},
    {"id": "d35-other-18", "kind": "other", "thread": T, "quoted": V, "quote": "groupwise",
     "sender": "Wilma Jager <w.jager@klaverwoude.nl>",
     "body": "Ik kreeg deze mail met 'dank voor uw komst', maar ik was er niet: ik had me afgemeld wegens ziekte. "
             "Klopt uw presentielijst wel?\n\nW. Jager"},
    # -- offers to present, suppliers and consultants (other) -----------------------------------------------
    {"id": "d35-other-19", "kind": "other", "thread": None, "subject": "Aanbod: interactieve sessie governance GR",
     "sender": "Maarten Kooistra <maarten@koersvast-advies.nl>",
     "body": "Geachte heer Van de Laar, beste Stan,\n\nBureau Koersvast is gespecialiseerd in de governance van "
             "gemeenschappelijke regelingen en ambtelijke fusies. Graag verzorgen wij tijdens een van uw "
             "ateliers een interactieve sessie over opdrachtgeverschap en de rolverdeling tussen gemeenten en "
             "werkorganisatie. Uiteraard kosteloos voor uw leden. Zullen we eens bellen?\n\nMet vriendelijke "
             "groet,\nMaarten Kooistra\nsenior adviseur\nKoersvast Advies B.V.\n030 - 211 48 90"},
    {"id": "d35-other-20", "kind": "other", "thread": T, "quoted": O, "quote": "outlook-lijn",
     "sender": "Sales Klantcontact360 <sales@klantcontact360.nl>",
     "body": "Goedemiddag,\n\nVia een van uw leden ontvingen wij uw oproep. Als leverancier van omnichannel "
             "KCC-software geven wij graag een demonstratie tijdens het atelier van 11 maart: chat, WhatsApp en "
             "telefonie in één klantbeeld, speciaal voor gemeenten. Wij horen graag hoeveel tijd wij krijgen.\n\n"
             "Met vriendelijke groet,\nTeam Klantcontact360"},
    {"id": "d35-other-21", "kind": "other", "thread": None, "subject": "Workshop offer: hybrid work in public sector",
     "sender": "Emma de Ridder <emma@futureofworkpartners.nl>",
     "body": "Dear Mr Van de Laar,\n\nWe're a small Dutch-Flemish consultancy on hybrid work in the public "
             "sector. We'd love to run a 45-minute workshop at one of your ateliers on office occupancy, team "
             "rituals and leadership at a distance. Happy to tailor it to shared municipal organisations.\n\n"
             "Kind regards,\nEmma de Ridder\nFuture of Work Partners"},
    {"id": "d35-other-22", "kind": "other", "thread": T, "quoted": O, "quote": "outlook-nl",
     "sender": "dr. Koen Baars <k.baars@hogeschool-ijsselvallei.nl>",
     "body": "Beste heer Van de Laar,\n\nAls lector Bestuurskunde heb ik met mijn onderzoeksgroep tien jaar "
             "ambtelijke fusies gevolgd. Ik presenteer de resultaten, over sturing, samenwerking tussen "
             "gemeenten en dienstverlening, graag tijdens het atelier van maart. Een kwartier volstaat.\n\n"
             "Met vriendelijke groet,\ndr. K. Baars\nlector Bestuurskunde, Hogeschool IJsselvallei"},
    {"id": "d35-other-23", "kind": "other", "thread": None, "subject": "Masterclass P&C-cyclus voor uw netwerk",
     "sender": "Ilona Verdonk <i.verdonk@fincontrolpartners.nl>",
     "body": "Beste secretariaat,\n\nOnze adviseurs begeleiden al jaren de P&C-cyclus van fusieorganisaties. Wij "
             "bieden uw netwerk kosteloos een masterclass aan over één begroting voor meerdere gemeenten. "
             "Interesse? Ik stuur graag een voorstel.\n\nIlona Verdonk\nFinControl Partners"},
    {"id": "d35-other-24", "kind": "other", "thread": T, "quoted": O, "quote": "gmail",
     "sender": "Benchmark Dienstverlening <info@benchmarkdienstverlening.nl>",
     "body": "Beste mensen,\n\nWij organiseren een landelijke benchmark dienstverlening (KCC, balie, "
             "vergunningen). Leden van uw netwerk kunnen gratis meedoen en we presenteren de uitkomsten graag op "
             "uw atelier. Zullen we de deelnemerslijst afstemmen?\n\nHartelijke groet,\nRoel Pronk"},
    {"id": "d35-other-25", "kind": "other", "thread": None, "subject": "Leiderschapsprogramma fusieorganisaties",
     "sender": "Academie voor Publiek Leiderschap <info@academiepubliekleiderschap.nl>",
     "body": "Geachte secretariaat,\n\nGraag bieden wij de leden van uw netwerk ons leiderschapsprogramma aan voor "
             "managers in ambtelijke fusieorganisaties. Wij presenteren het programma graag in een atelier. "
             "Bijgaand de brochure.\n\nMet vriendelijke groet,\nAcademie voor Publiek Leiderschap"},
    {"id": "d35-other-26", "kind": "other", "thread": T, "quoted": O, "quote": "ongemarkeerd",
     "sender": "Pim Overdijk <p.overdijk@overdijk-interim.nl>",
     "body": "Als interim-directeur heb ik vier ambtelijke fusies door een doorstart geholpen. Ik deel die "
             "ervaringen graag in een korte inleiding op het atelier, tegen een bescheiden vergoeding.\n\n"
             "Pim Overdijk"},
    # -- other requests in the call's thread ---------------------------------------------------------------
    {"id": "d35-other-27", "kind": "other", "thread": T, "quoted": O, "quote": "outlook-nl",
     "sender": "Monique Heuvelink <m.heuvelink@oeverland-marsdijk.nl>",
     "body": "Beste secretariaat,\n\nKunt u deze oproep ook naar mijn collega Daan Veenstra sturen "
             "(d.veenstra@oeverland-marsdijk.nl)? Hij is onze nieuwe directeur bedrijfsvoering en wil ook graag "
             "een onderwerp aandragen.\n\nMet vriendelijke groet,\nMonique Heuvelink"},
    # -- RSVPs in the call's thread ------------------------------------------------------------------------
    {"id": "d35-rsvp-01", "kind": "rsvp", "attending": True, "thread": T, "quoted": O, "quote": "outlook-nl",
     "sender": "Gonda Reitsma <g.reitsma@hunzedal.nl>",
     "body": "Goedemorgen,\n\nGeen onderwerp van mijn kant deze keer, maar 11 maart heb ik vrijgehouden: ik kom."
             "\n\nMet vriendelijke groet,\nGonda Reitsma"},
    {"id": "d35-rsvp-02", "kind": "rsvp", "attending": False, "thread": T, "quoted": O, "quote": "gmail",
     "sender": "Marcel Vos <m.vos@twaalfhoven.nl>",
     "body": "Even geen inspiratie voor een thema. Wel alvast laten weten: op 11 maart ben ik er niet, dan zit ik "
             "met het gezin in Oostenrijk.\n\nMarcel"},
    {"id": "d35-rsvp-03", "kind": "rsvp", "attending": True, "thread": T, "quoted": O, "quote": "outlook-en",
     "sender": "Tessa Groeneveld <t.groeneveld@duinhaven.nl>",
     "body": "No topics from me this round, but please count me in for the 11th of March.\n\nTessa" + ANDROID},
    {"id": "d35-rsvp-04", "kind": "rsvp", "attending": False, "thread": T, "quoted": O, "quote": "outlook-lijn",
     "sender": "Jacob Leenstra <j.leenstra@grevenmaas.nl>",
     "body": "Beste Melanie,\n\nOp 11 maart kan ik zelf niet. In mijn plaats komt onze directeur Sociaal Domein, "
             "Ilse van Dam (i.vandam@grevenmaas.nl). Een onderwerp heb ik niet.\n\nGroet,\nJacob Leenstra"},
    {"id": "d35-rsvp-05", "kind": "rsvp", "attending": True, "thread": T, "quoted": B, "quote": "outlook-nl",
     "sender": "Annemarie Kroon <a.kroon@kleiwaard.nl>",
     "body": "Dank voor het noteren. Ik meld me hierbij meteen aan voor het atelier zelf, samen met onze "
             "concerncontroller.\n\nAnnemarie Kroon"},
    {"id": "d35-rsvp-06", "kind": "rsvp", "attending": False, "thread": T, "quoted": O, "quote": "groupwise",
     "sender": "Evert Smulders <e.smulders@dommelvliet.nl>",
     "body": "Helaas, 11 maart is onze raadsvergadering over de voorjaarsnota. Ik moet dus passen, ook voor het "
             "meedenken over thema's.\n\nE. Smulders"},
    {"id": "d35-rsvp-07", "kind": "rsvp", "attending": True, "thread": T,
     "sender": "Hilde Koopmans <h.koopmans@eemstrand.nl>",
     "body": "> Op donderdag 11 maart 2027 organiseren wij het volgende Leer- en inspireer-atelier\n\n"
             "Staat genoteerd, ik ben erbij.\n\n> Beantwoord deze e-mail met uw onderwerpen\n\nDaar kom ik nog "
             "op terug.\n\nHilde"},
    {"id": "d35-rsvp-08", "kind": "rsvp", "attending": True, "thread": T, "quoted": O, "quote": "notes-wrote",
     "sender": "Kees Brandsma <k.brandsma@rietvenne.nl>",
     "body": "Vorige week schreef ik dat ik niet kon, maar de raad is verschoven naar de 18e. Dus toch: op 11 maart "
             "ben ik van de partij.\n\nKees Brandsma"},
    {"id": "d35-rsvp-09", "kind": "rsvp", "attending": True, "thread": T, "quoted": O, "quote": "apple",
     "sender": "Wendy Aarts <w.aarts@marsdijk.nl>",
     "body": "Thema's laat ik aan anderen over, maar de 11e zit ik erbij. Met z'n tweeën, mijn plaatsvervanger "
             "gaat mee.\n\nWendy" + IPHONE},
    # -- leaving the network in the call's thread ----------------------------------------------------------
    {"id": "d35-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": O,
     "quote": "outlook-nl", "sender": "Albert Geerdink <a.geerdink@wierhout.nl>",
     "body": "Beste Stan en Melanie,\n\nPer 1 februari ga ik met pensioen. Wilt u mij van de ledenlijst halen? "
             "Onderwerpen zult u van mij dus niet meer krijgen. Het ga jullie goed.\n\nAlbert Geerdink"},
    {"id": "d35-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": O,
     "quote": "gmail", "sender": "Rob Hazelhoff <r.hazelhoff@lindemeer.nl>",
     "body": "haal mij maar van de lijst, ik ben sinds de reorganisatie geen directeur meer en dit netwerk is "
             "niet meer voor mij\n\nrob"},
    {"id": "d35-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": O,
     "quote": "outlook-lijn", "sender": "mr. S. Achterberg <s.achterberg@klaverwoude.nl>",
     "body": "Geacht secretariaat,\n\nHierbij verzoek ik u mij uit te schrijven en al mijn persoonsgegevens te "
             "verwijderen, op grond van artikel 17 AVG. Graag een bevestiging zodra dit is gebeurd.\n\n"
             "Hoogachtend,\nmr. S. Achterberg"},
    {"id": "d35-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": O,
     "quote": "notes", "sender": "Frank Boelens <f.boelens@ommerveen.nl>",
     "body": "Ik vertrek naar een andere gemeente. Mijn opvolger, Karin Dijkstra (k.dijkstra@ommerveen.nl), "
             "neemt per 1 maart het stokje over; zij zal u ook haar onderwerpen sturen.\n\nFrank Boelens"},
    {"id": "d35-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": O,
     "quote": "outlook-en", "sender": "Nathalie Brink <n.brink@zandstede.nl>",
     "body": "Please take me off this list - I've moved to a role at the province and this is no longer "
             "relevant to me. Thanks for everything.\n\nNathalie Brink"},
    {"id": "d35-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": O,
     "quote": "apple", "sender": "Jos Wiegman <j.wiegman@beekvliet.nl>",
     "body": "Ik stop met het netwerk en kom dus ook niet op 11 maart. Geen thema's van mij.\n\nJos" + IPHONE},
    {"id": "d35-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": O,
     "quote": "groupwise", "sender": "Herma Dijkman <h.dijkman@heidebroek.nl>",
     "body": "Het aanbod sluit niet aan bij onze kleine organisatie. Ik zeg mijn lidmaatschap op.\n\nH. Dijkman"},
    {"id": "d35-unsubscribe-08", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": V,
     "quote": "outlook-nl", "sender": "Tom Roelofs <t.roelofs@peelrand.nl>",
     "body": "uitschrijven aub, en mijn gegevens graag helemaal wissen uit jullie bestanden\n\nTom" + SAMSUNG},
    # -- out-of-office replies to the call ------------------------------------------------------------------
    {"id": "d35-autoreply-01", "kind": "autoreply", "thread": T, "quoted": O, "quote": "outlook-nl",
     "subject": "Automatisch antwoord: " + CALL_SUBJECT,
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "sender": "Linda Hofman <l.hofman@wo-heidebroek.nl>",
     "body": "Dank voor uw bericht. Ik ben afwezig tot en met vrijdag 15 januari en lees mijn mail niet. Voor "
             "dringende zaken kunt u contact opnemen met het directiesecretariaat, 0591 - 38 11 00.\n\nLinda Hofman"},
    {"id": "d35-autoreply-02", "kind": "autoreply", "thread": T, "quoted": O, "quote": "ongemarkeerd",
     "subject": "Out of Office: " + CALL_SUBJECT, "headers": {"Precedence": "auto_reply"},
     "sender": "Ruud Castelein <r.castelein@duinhaven.nl>",
     "body": "I am currently out of the office with limited access to e-mail, returning on 18 January. For "
             "urgent matters please contact my office at secretariaat@duinhaven.nl."},
]
# fmt: on
