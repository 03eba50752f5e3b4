"""The thirty-first labelled set's cases (issue 17): topic suggestions in less common forms, and look-alikes.

``themes`` is the exact set of themes the writer proposes. ``thread`` is what the thread lookup returns (None: a new
mail or a client that dropped the headers); replies to the follow-up mail (vervolg_atelier) carry
``call_for_themes``. Inline answers carry our quoted lines in ``body`` themselves and no ``quoted``.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

OP = "oproep_themas"
VV = "vervolg_atelier"
AUTO = {"Auto-Submitted": "auto-replied"}

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
ANDROID = "\n\nVerzonden vanaf Outlook voor Android"
IOS_EN = "\n\nSent from my iPhone"
DISCLAIMER = (
    "\n\nDISCLAIMER: Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per vergissing "
    "ontvangen, wilt u dan de afzender informeren en het bericht verwijderen. De werkorganisatie aanvaardt geen "
    "aansprakelijkheid voor schade die voortvloeit uit het gebruik van e-mail."
)
DISCLAIMER_EN = (
    "\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error, please notify the sender and delete it."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- SUGGESTION: a question for the group ---------------------------------------------------------------
    {"id": "d31-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Gerrit Span <g.span@werkorganisatie-dwk.nl>",
     "body": "Goedemorgen,\n\nMijn vraag voor de groep: hoe houd je als directeur grip op de P&C-cyclus als je "
             "drie begrotingen, drie jaarrekeningen en drie sets kadernota's moet bedienen met één team "
             "financiën?\n\nMet vriendelijke groet,\nGerrit Span\nalgemeen directeur Werkorganisatie DWK\n"
             "T 0521 - 38 44 10" + DISCLAIMER},
    {"id": "d31-suggestion-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "gmail", "sender": "Hetty Roelofs <hroelofs@buha-gemeenten.nl>",
     "body": "Hoe ga je ermee om als één van je gemeenten steeds vaker eigen wensen neerlegt buiten de "
             "gezamenlijke afspraken om, terwijl de andere twee juist meer willen harmoniseren?\n\n"
             "Dat lijkt me een mooie vraag voor het atelier.\n\nHetty"},
    {"id": "d31-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": VV,
     "quote": "outlook-lijn", "sender": "Ronald Kuipers <r.kuipers@werkorganisatie-vechtstreek.nl>",
     "body": "Beste Stan en Melanie,\n\nVoor de volgende keer: hoe meet je eigenlijk of inwoners er sinds de "
             "fusie op vooruit zijn gegaan? Wij hebben wel cijfers over wachttijden en doorlooptijden, maar "
             "geen idee of de inwoner het zelf ook zo ervaart.\n\nGroet,\nRonald Kuipers"},
    {"id": "d31-suggestion-04", "kind": "suggestion", "themes": ["strategie"], "thread": None,
     "subject": "Vraag voor het volgende atelier",
     "sender": "Ingrid Verschoor <i.verschoor@hlt-samen.nl>",
     "body": "Beste secretariaat,\n\nEen vraag die ik graag aan de collega's zou voorleggen: waar wil je als "
             "ambtelijke fusieorganisatie over tien jaar staan, en wie bepaalt dat eigenlijk - de colleges, de "
             "raden of de directie zelf?\n\nHartelijke groet,\nIngrid Verschoor\ndirecteur HLT Samen"},
    {"id": "d31-suggestion-05", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-en", "sender": "Mark de Boer <m.deboer@werkorganisatie-ssw.nl>",
     "body": "Hi,\n\nA question I'd like to put to the group: how do you hold on to your IT and finance people "
             "when the private sector pays twenty percent more? We lost four specialists this year.\n\n"
             "Best,\nMark de Boer\nCEO Werkorganisatie SSW"},
    {"id": "d31-suggestion-06", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "notes", "sender": "A.J. Veldkamp <aj.veldkamp@deltawerk.nl>",
     "body": "Hoe organiseer je informatiebeveiliging als één CISO voor drie gemeenten werkt en iedere "
             "gemeente een eigen verantwoording in ENSIA moet afleggen? Graag als onderwerp.\n\n"
             "A.J. Veldkamp"},
    {"id": "d31-suggestion-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "onderwerp: de klantreis van een ondernemer",
     "sender": "Bas Hiemstra <b.hiemstra@sudwest-werk.nl>",
     "body": "Hoe krijg je de klantreis van een ondernemer die in twee van onze gemeenten een evenement wil "
             "organiseren gelijk, zonder dat hij twee keer hetzelfde formulier invult?\n\nZou mooi zijn om "
             "dat eens met andere fusieorganisaties te bespreken.\n\nBas" + IPHONE},
    {"id": "d31-suggestion-08", "kind": "suggestion", "themes": ["organisatie", "strategie"], "thread": T,
     "quoted": OP, "quote": "apple", "sender": "Femke Wassenaar <f.wassenaar@krimpenerwaard-werkt.nl>",
     "body": "Twee vragen voor het atelier:\nHoe houd je grip op de digitalisering als elke leverancier een "
             "eigen tempo heeft?\nEn hoe betrek je de raden bij een koers die verder reikt dan één "
             "raadsperiode?\n\nFemke" + IPHONE},
    {"id": "d31-suggestion-09", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": VV,
     "quote": "outlook-nl", "sender": "Jeroen Taselaar <j.taselaar@werkorganisatie-abg.nl>",
     "body": "Dag allen,\n\nWat doe je als twee van je drie gemeenten een regionale opgave (zoals de "
             "woningbouwafspraken met de provincie) heel verschillend willen oppakken? Wie trekt er dan, en namens "
             "wie spreek je aan de regiotafel?\n\nVriendelijke groet,\nJeroen Taselaar"},

    # -- SUGGESTION: a case description of the writer's own organisation -----------------------------------
    {"id": "d31-suggestion-10", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Wendy Grootjans <w.grootjans@werkorganisatie-bmw.nl>",
     "body": "Beste Stan,\n\nEen casus uit onze eigen praktijk. Sinds 2024 hebben wij één KCC voor de drie "
             "gemeenten, gevestigd in het stadskantoor van de grootste gemeente. De telefonische bereikbaarheid "
             "is verbeterd, maar inwoners van de kleinere kernen missen de balie in hun eigen dorp en dat horen "
             "we terug in de raad. We experimenteren nu met een mobiel loket en met videobellen.\n\n"
             "Ik ben benieuwd hoe andere fusieorganisaties het contact met inwoners dichtbij houden. Dat zou ik "
             "graag als casus inbrengen.\n\nMet vriendelijke groet,\nWendy Grootjans\ndirecteur Werkorganisatie BMW"},
    {"id": "d31-suggestion-11", "kind": "suggestion", "themes": ["samenwerking"], "thread": None,
     "subject": "Casus voor het atelier: uittreding uit de GR",
     "sender": "Peter Oosterhuis <p.oosterhuis@dlkwerkt.nl>",
     "body": "Geacht secretariaat,\n\nIn onze werkorganisatie speelt momenteel het volgende. De raad van één van "
             "de drie deelnemende gemeenten heeft een onderzoek gevraagd naar uittreding uit de gemeenschappelijke "
             "regeling. De andere twee colleges willen juist verder. Dat zet de onderlinge verhoudingen stevig "
             "onder druk, ook bij de medewerkers.\n\nIk stel voor dit als casus te bespreken: hoe houd je de "
             "gemeenten bij elkaar als één ervan twijfelt?\n\nHoogachtend,\n\nP.J. Oosterhuis\nalgemeen "
             "directeur DLK Werkt" + DISCLAIMER},
    {"id": "d31-suggestion-12", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "groupwise", "sender": "Marjolein Sikkema <m.sikkema@noordwest-samen.nl>",
     "body": "Hallo,\n\nBij ons zijn we anderhalf jaar geleden overgestapt van vier afdelingen met "
             "afdelingshoofden naar twintig teams met een teamcoach en een directie van drie. Dat gaf ruimte, "
             "maar we merken nu dat niemand zich eigenaar voelt van de integrale vraagstukken.\n\nIk zou graag "
             "met collega's praten over hun sturingsconcept en wat daar wel en niet werkt.\n\nGroet, Marjolein"},
    {"id": "d31-suggestion-13", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-lijn", "sender": "Rik Achterberg <r.achterberg@werkorganisatie-hof.nl>",
     "body": "Goedemiddag,\n\nOndanks een prima samenwerking tussen de gemeenten liep bij ons de invoering van "
             "zaakgericht werken twee keer vast: iedere gemeente had eigen zaaktypen en niemand wilde die "
             "opgeven. Inmiddels hebben we één zaaktypecatalogus, maar het heeft ons veel gekost.\n\nMijn "
             "voorstel: ervaringen delen met zaakgericht werken en het harmoniseren van werkprocessen.\n\n"
             "Met vriendelijke groet,\nRik Achterberg"},
    {"id": "d31-suggestion-14", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": VV,
     "quote": "gmail", "sender": "Anneke Brinkman <anneke.brinkman@oostelijkewerkorganisatie.nl>",
     "body": "Hoi Melanie,\n\nOnze werkorganisatie bedient twee kleine gemeenten in een krimpregio. De "
             "provincie en de centrumgemeente vragen ons steeds vaker aan te schuiven bij regionale "
             "tafels (zorg, mobiliteit, woningbouw). Met onze omvang kunnen we dat amper bijbenen.\n\n"
             "Welke positie neem je als fusieorganisatie in de regio in? Dat wil ik graag bespreken.\n\nAnneke"},
    {"id": "d31-suggestion-15", "kind": "suggestion", "themes": ["strategie"], "thread": None,
     "subject": "Suggestie: een organisatievisie die twee raadsperiodes overleeft",
     "sender": "Huub Lemmens <h.lemmens@maasdal-werk.nl>",
     "body": "Beste mensen,\n\nWij hebben vorig jaar een visie tot 2035 vastgesteld, met een inhoudelijke agenda "
             "die de drie colleges samen hebben opgesteld. Na de verkiezingen zitten er straks nieuwe "
             "wethouders met andere accenten.\n\nMijn suggestie: hoe houd je een lange termijn visie overeind als "
             "de bestuurlijke prioriteiten om de vier jaar kunnen kantelen?\n\nHoudoe,\nHuub Lemmens"},
    {"id": "d31-suggestion-16", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "outlook-en", "sender": "Sanne Visser <s.visser@twentewerk-samen.nl>",
     "body": "Dear Stan and Melanie,\n\nAt our shared service organisation (three municipalities, 420 staff) we "
             "introduced a dashboard last year that shows residents and councils how fast we answer questions "
             "and handle permits. It has changed the conversation with the councils quite a bit.\n\nI would "
             "propose monitoring the performance of our services to residents and businesses as a topic, and I'm "
             "happy to share our dashboard as a case.\n\nKind regards,\nSanne Visser" + DISCLAIMER_EN},

    # -- SUGGESTION: a list of three topics ---------------------------------------------------------------
    {"id": "d31-suggestion-17", "kind": "suggestion", "themes": ["organisatie", "samenwerking", "dienstverlening"],
     "thread": T, "quoted": OP, "quote": "outlook-nl",
     "sender": "Theo Nijland <t.nijland@werkorganisatie-ewt.nl>",
     "body": "Goedemiddag,\n\nDrie onderwerpen van onze kant:\n- de P&C-cyclus harmoniseren over drie gemeenten\n"
             "- onze rol in de regio bij de energietransitie\n- meten hoe tevreden inwoners zijn over het "
             "klantcontact\n\nGroet,\nTheo Nijland"},
    {"id": "d31-suggestion-18", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "apple", "sender": "Lotte Faber <l.faber@werkorganisatie-rhm.nl>",
     "body": "Mijn drie:\n1. formatie en openstaande vacatures\n2. hybride werken na corona, hoe houd je de "
             "teams bij elkaar\n3. sturen op data in plaats van op onderbuik\n\nLotte" + IPHONE},
    {"id": "d31-suggestion-19", "kind": "suggestion", "themes": ["strategie", "dienstverlening"], "thread": None,
     "subject": "Thema's atelier najaar",
     "sender": "Koen Dijkhuis <k.dijkhuis@gemeenten-lochem-zutphen-werk.nl>",
     "body": "Beste secretariaat,\n\nVoor het najaarsatelier draag ik graag drie onderwerpen aan:\n"
             "* een meerjarige koers voor de werkorganisatie\n* bestuurlijke prioriteiten na de verkiezingen "
             "en wat dat voor ons betekent\n* de app en de website als voordeur voor inwoners\n\n"
             "Met vriendelijke groet,\nKoen Dijkhuis"},
    {"id": "d31-suggestion-20", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "notes-wrote", "sender": "Ellen Mulder-Tak <e.muldertak@werkorganisatie-gzs.nl>",
     "body": "Hierbij mijn drie punten:\n\n\u2022 evaluatie van de GR na vijf jaar\n\u2022 gezamenlijke opgaven "
             "zoals de energietransitie en de opvang van statushouders\n\u2022 onze verhouding tot de "
             "centrumgemeente\n\nvr gr Ellen"},
    {"id": "d31-suggestion-21", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": T,
     "quoted": VV, "quote": "outlook-nl", "sender": "Dirk-Jan Haverkamp <dj.haverkamp@werkorganisatie-vzh.nl>",
     "body": "Beste Stan,\n\nDank voor het verslag. Voor het volgende atelier:\n- het omgevingsloket: hoe ervaren "
             "initiatiefnemers de vergunningverlening sinds de Omgevingswet?\n- informatiebeveiliging en de "
             "BIO\n- het e-depot en digitale archivering\n\nMet vriendelijke groet,\nDirk-Jan Haverkamp"},
    {"id": "d31-suggestion-22", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": OP, "quote": "outlook-lijn", "sender": "Nicole Bakker <n.bakker@werkorganisatie-kh.nl>",
     "body": "Mijn lijstje:\n1. zaakgericht werken\n2. het KCC en de terugbelnotities die blijven liggen\n"
             "3. (strategie laten we wat mij betreft even rusten, daar hadden we het vorig jaar al over)\n\n"
             "Nicole"},
    {"id": "d31-suggestion-23", "kind": "suggestion", "themes": ["strategie", "dienstverlening", "organisatie"],
     "thread": T, "quoted": OP, "quote": "outlook-en", "sender": "Paul Jansma <p.jansma@fryske-werkorganisatie.nl>",
     "body": "Three topics from my side:\n1. Long-term vision: where do we want to be in 2035?\n2. Digital "
             "services for residents, e.g. chat and online appointments\n3. Budget control in a shared "
             "organisation\n\nCheers,\nPaul" + IOS_EN},

    # -- SUGGESTION: one long paragraph, the proposal at the end -------------------------------------------
    {"id": "d31-suggestion-24", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": VV,
     "quote": "outlook-nl", "sender": "Gijs van Rooijen <g.vanrooijen@werkorganisatie-lbw.nl>",
     "body": "Beste Stan en Melanie, nogmaals dank voor de goed verzorgde middag in Utrecht, ik heb er veel aan "
             "gehad en het verslag heb ik inmiddels met mijn MT gedeeld; bij ons is het de afgelopen periode "
             "behoorlijk druk geweest, we hebben veel geïnvesteerd in de dienstverlening en de organisatie staat "
             "er na de reorganisatie van vorig jaar eindelijk goed voor, maar tegelijk merk ik dat de drie "
             "gemeenteraden steeds verder uit elkaar groeien in wat ze van ons verwachten, de een wil vooral "
             "bezuinigen, de ander wil juist meer ambitie op wonen en de derde voelt zich ondergesneeuwd, en "
             "daarom zou ik het volgende atelier graag willen wijden aan de vraag hoe je als werkorganisatie de "
             "belangen en ambities van verschillende gemeenten met elkaar verbindt.\n\nGijs van Rooijen"},
    {"id": "d31-suggestion-25", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "gmail", "sender": "Miriam Hofstede <miriam.hofstede@werkorganisatie-hkl.nl>",
     "body": "Dag Melanie, wat fijn dat jullie weer een atelier organiseren, ik heb het vorige helaas moeten missen "
             "vanwege een raadsvergadering die uitliep maar hoorde er goede verhalen over, en bij ons speelt op "
             "dit moment van alles: we zitten midden in de begrotingsvoorbereiding, twee van de drie "
             "wethouders financiën zijn nieuw en we hebben een nieuwe gemeentesecretaris in een van de gemeenten "
             "gekregen; wat me eigenlijk het meest bezighoudt is dat we bijna geen civiel technici, "
             "juristen omgevingsrecht en informatieadviseurs meer kunnen vinden op de arbeidsmarkt, dus dat zou "
             "mijn onderwerp zijn.\n\nMiriam"},
    {"id": "d31-suggestion-26", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "idee voor atelier",
     "sender": "Wouter Steenbergen <w.steenbergen@werkorganisatie-bz.nl>",
     "body": "Beste secretariaat, ik las het verslag van het laatste atelier over samenwerking en eigenheid en "
             "herkende veel, want ook bij ons vraagt elke gemeente iets anders en proberen we als "
             "werkorganisatie overal recht aan te doen, wat nogal eens botst met onze wens om efficiënt te "
             "werken, en in ons MT hebben we daar lang over gesproken, maar eigenlijk kwamen we steeds uit bij "
             "iets anders, namelijk de vraag welke prestaties van onze dienstverlening we zichtbaar moeten maken "
             "- denk aan wachttijden aan de balie, doorlooptijden van vergunningen en de afhandeling van "
             "meldingen openbare ruimte - en dat zou ik graag als onderwerp voorstellen.\n\nWouter Steenbergen"},
    {"id": "d31-suggestion-27", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": OP,
     "quote": "doorgestuurd", "sender": "Hans Kramer <h.kramer@werkorganisatie-msg.nl>",
     "body": "Anja, stuur je dit even terug namens mij? Ik heb er lang over nagedacht, want er is veel dat speelt: "
             "de harmonisatie van de belastingen loopt, de ICT-omgeving wordt vervangen, de relatie met de "
             "buurgemeenten is goed en het klantcontact loopt redelijk, maar wat ontbreekt is een gedeeld beeld "
             "van waar we met de drie gemeenten over tien jaar willen staan, dus mijn onderwerp is: de lange "
             "termijn visie en de inhoudelijke agenda van een fusieorganisatie.\n\nHans"},
    {"id": "d31-suggestion-28", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": OP, "quote": "groupwise", "sender": "Joke Temmink <j.temmink@achterhoek-werkt.nl>",
     "body": "Goedemorgen, we zijn bij ons in 2022 begonnen met een nieuw zaaksysteem, daarna kwam de overstap "
             "naar de cloud en nu ligt er een plan voor een nieuwe website voor de drie gemeenten, en telkens "
             "weer zie ik dat we vanuit de techniek beginnen en niet vanuit de inwoner, en daarom stel ik voor "
             "het te hebben over digitalisering van onze werkprocessen en over de klantreis van inwoners.\n\n"
             "Joke Temmink"},
    {"id": "d31-suggestion-29", "kind": "suggestion", "themes": ["samenwerking"], "thread": None,
     "subject": "Onderwerp volgend atelier",
     "sender": "Frank Ebbers <f.ebbers@werkorganisatie-nwv.nl>",
     "body": "Beste Stan, we hebben de afgelopen twee jaar hard gewerkt aan onze organisatiestructuur en het "
             "sturingsconcept, dat staat nu, en over de dienstverlening hebben we het in het netwerk ook al vaak "
             "gehad, dus niet zozeer de organisatie zelf, maar de vraag hoe wij ons als fusieorganisatie "
             "positioneren in de regio, tegenover de centrumstad en de veiligheidsregio, zou ik graag op de agenda "
             "zien.\n\nFrank"},

    # -- SUGGESTION: words of other themes in passing -----------------------------------------------------
    {"id": "d31-suggestion-30", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Carla Hendriks <c.hendriks@werkorganisatie-bgv.nl>",
     "body": "Goedemiddag,\n\nMijn onderwerp: informatiebeveiliging na de hack bij een buurgemeente. Hoe "
             "zorg je dat de hele organisatie er alert op blijft?\n\nMet vriendelijke groet,\n\nCarla Hendriks\n"
             "directeur Dienstverlening & Samenwerking\nWerkorganisatie BGV\n06 - 48 21 73 90"},
    {"id": "d31-suggestion-31", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "outlook-lijn", "sender": "Yvonne Smeets <y.smeets@werkorganisatie-sbl.nl>",
     "body": "Hallo Melanie,\n\nIk stel voor: het KCC van de toekomst. Hoe zorg je dat een inwoner die belt ook "
             "echt in één keer geholpen wordt?\n\nGroeten,\nYvonne Smeets\nAfdeling Strategie en Beleid | "
             "Werkorganisatie SBL\nT: 046 - 477 32 00"},
    {"id": "d31-suggestion-32", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": VV,
     "quote": "apple", "sender": "Maarten Bos <maarten.bos@werkorganisatie-oh.nl>",
     "body": "Omdat de samenwerking met onze buurgemeenten inmiddels goed loopt, kunnen wij ons nu richten op de "
             "eigen organisatie. Daarom als onderwerp: welke organisatiestructuur past bij een fusieorganisatie "
             "die uit de opbouwfase is?\n\nMaarten" + IPHONE},
    {"id": "d31-suggestion-33", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "Suggestie thema", "sender": "Ruud Veenstra <r.veenstra@werkorganisatie-tdk.nl>",
     "body": "Goedendag,\n\nSinds onze nieuwe strategie is vastgesteld, zijn we bezig de dienstverlening 24/7 "
             "digitaal beschikbaar te maken. Graag zou ik ervaringen uitwisselen over online afspraken, chat en "
             "digitale aanvragen voor inwoners en ondernemers.\n\nMet vriendelijke groet,\nRuud Veenstra"},
    {"id": "d31-suggestion-34", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "notes", "sender": "Linda Oudshoorn <l.oudshoorn@werkorganisatie-rdw-gemeenten.nl>",
     "body": "Beste secretariaat,\n\nVanuit ons programma Organisatieontwikkeling kwam een vraag naar boven die "
             "ik graag met collega's bespreek: hoe verdeel je gezamenlijke opgaven tussen de gemeenten als de "
             "ambities zo uiteenlopen?\n\nVriendelijke groet,\nLinda Oudshoorn"},
    {"id": "d31-suggestion-35", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Erik Wolters <e.wolters@werkorganisatie-kdh.nl>",
     "body": "Geacht secretariaat,\n\nVanuit mijn rol als directeur Bedrijfsvoering en Dienstverlening stel ik "
             "het volgende onderwerp voor: de lange termijn visie op de fusieorganisatie, en hoe je die met de "
             "colleges deelt.\n\nHoogachtend,\nE.H. Wolters"},
    {"id": "d31-suggestion-36", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "ongemarkeerd", "sender": "Sandra Koster <s.koster@werkorganisatie-wzw.nl>",
     "body": "Namens Tom Brouwer (directeur) het volgende onderwerp: de P&C-cyclus, en dan vooral het "
             "gelijktrekken van de planning voor de drie raden.\n\nMet vriendelijke groet,\nSandra Koster\n"
             "managementondersteuning directie | programma Samenwerking Oost"},
    {"id": "d31-suggestion-37", "kind": "suggestion", "themes": ["strategie"], "thread": None,
     "subject": "RE: atelier", "sender": "Jan-Willem Prins <jw.prins@werkorganisatie-lmv.nl>",
     "body": "Beste Stan,\n\nEen dienstverleningsovereenkomst hebben we al jaren, dus daar hoeft het wat mij "
             "betreft niet over te gaan. Wel over de vraag welke bestuurlijke prioriteiten je als "
             "fusieorganisatie zelf durft te stellen.\n\nGroet,\nJan-Willem"},

    # -- SUGGESTION: a theme explicitly set aside --------------------------------------------------------
    {"id": "d31-suggestion-38", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Marianne de Graaf <m.degraaf@werkorganisatie-rbg.nl>",
     "body": "Hallo,\n\nNiet zozeer strategie, maar de uitvoering: hoe richt je de backoffice zo in dat de "
             "werkprocessen voor drie gemeenten niet drie keer zoveel werk opleveren?\n\nMarianne de Graaf"},
    {"id": "d31-suggestion-39", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": VV,
     "quote": "gmail", "sender": "Thijs Claassen <thijs.claassen@werkorganisatie-bm.nl>",
     "body": "Geen samenwerking dit keer alsjeblieft, dat hebben we nu wel gehad. Liever iets over de "
             "dienstverlening aan ondernemers: hoe snel en hoe makkelijk is het om bij ons een bedrijf te "
             "starten?\n\nThijs"},
    {"id": "d31-suggestion-40", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "outlook-en", "sender": "Gerard Peeters <g.peeters@werkorganisatie-pdl.nl>",
     "body": "Not so much the organisational structure again, but rather how a shared service organisation "
             "positions itself in the region, next to the big city and the province.\n\nRegards,\nGerard "
             "Peeters"},
    {"id": "d31-suggestion-41", "kind": "suggestion", "themes": ["strategie"], "thread": None,
     "subject": "Suggestie voor het atelier (geen digitalisering)",
     "sender": "Monique Verbruggen <m.verbruggen@werkorganisatie-zwl.nl>",
     "body": "Beste secretariaat,\n\nDigitalisering is al vaak genoeg langsgekomen. Wat mij betreft gaat het de "
             "volgende keer over de stip op de horizon: welke koers kiezen we voor de komende tien jaar, en hoe "
             "komen we tot een inhoudelijke agenda die de drie colleges delen?\n\nMet vriendelijke groet,\n"
             "Monique Verbruggen"},
    {"id": "d31-suggestion-42", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "apple", "sender": "Stefan Rutten <s.rutten@werkorganisatie-ovm.nl>",
     "body": "Dienstverlening hoeft voor mij niet, daar gaat het bij ons prima mee. Ik wil het hebben over de "
             "formatie: hoeveel mensen heb je nodig per inwoner, en hoe verantwoord je dat aan drie raden?\n\n"
             "Stefan" + IPHONE},
    {"id": "d31-suggestion-43", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "outlook-lijn", "sender": "Hilde Kamphuis <h.kamphuis@werkorganisatie-lst.nl>",
     "body": "Minder strategie en minder beleidspraat, meer praktijk. Mijn voorstel: hoe zorg je dat een "
             "inwoner die het KCC belt direct antwoord krijgt, in plaats van een terugbelverzoek?\n\nHilde"},

    # -- SUGGESTION: domain terms only -------------------------------------------------------------------
    {"id": "d31-suggestion-44", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Arjen Wijnberg <a.wijnberg@werkorganisatie-ahw.nl>",
     "body": "GR-constructie of centrumgemeenteconstructie: wat zijn de ervaringen van de deelnemende gemeenten "
             "met beide vormen?\n\nArjen Wijnberg"},
    {"id": "d31-suggestion-45", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "notes-wrote", "sender": "Bert Hoogland <b.hoogland@werkorganisatie-fbg.nl>",
     "body": "P&C-cyclus: één planning, drie begrotingen, één concerncontroller.\n\nB. Hoogland"},
    {"id": "d31-suggestion-46", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": VV,
     "quote": "outlook-nl", "sender": "Lies van Dam <l.vandam@werkorganisatie-waterland.nl>",
     "body": "Volgende keer graag: de klantreis van een inwoner die bijstand aanvraagt, van eerste contact tot "
             "eerste uitkering.\n\nLies van Dam"},
    {"id": "d31-suggestion-47", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "Omgevingswet", "sender": "Robert Meijering <r.meijering@werkorganisatie-gbl.nl>",
     "body": "Beste secretariaat,\n\nAls onderwerp voor het atelier: ervaringen met de Omgevingswet, en dan vooral "
             "hoe initiatiefnemers de vergunningverlening en het omgevingsloket sinds de invoering ervaren.\n\n"
             "Met vriendelijke groet,\nRobert Meijering"},
    {"id": "d31-suggestion-48", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "gmail", "sender": "Ilse Vermeer <ilse.vermeer@werkorganisatie-cbn.nl>",
     "body": "arbeidsmarkt. hoe krijgen we nog jonge mensen binnen als we niet in de randstad zitten\n\nilse"},
    {"id": "d31-suggestion-49", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "outlook-lijn", "sender": "Wim Schoonderwoerd <w.schoonderwoerd@werkorganisatie-ggl.nl>",
     "body": "De DVO's met de drie gemeenten: hoe herzie je die zonder dat het een onderhandeling tussen de "
             "colleges wordt?\n\nWim"},
    {"id": "d31-suggestion-50", "kind": "suggestion", "themes": ["organisatie"], "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "sender": "Petra Lammers <p.lammers@werkorganisatie-hbw.nl>",
     "body": "Dank voor het welkom. U vraagt naar een onderwerp: zaakgericht werken en de koppeling met de "
             "basisregistraties, daar lopen wij nu op vast.\n\nPetra Lammers"},

    # -- SUGGESTION: combined with a yes or no to the atelier --------------------------------------------
    {"id": "d31-suggestion-51", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Olaf Tervoort <o.tervoort@werkorganisatie-ewn.nl>",
     "body": "Ik kom zeker weer op 11 maart. Onderwerp van mijn kant: hoe ver ben je met de overstap naar "
             "de cloud en wat kost dat je aan capaciteit?\n\nOlaf"},
    {"id": "d31-suggestion-52", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "outlook-lijn", "sender": "Renate Holtkamp <r.holtkamp@werkorganisatie-sdn.nl>",
     "body": "Beste Melanie,\n\nHelaas kan ik er in maart niet bij zijn, ik zit dan met vakantie. Maar als "
             "onderwerp geef ik graag mee: de verhouding tussen de werkorganisatie en de gemeenteraden van de "
             "deelnemende gemeenten, en hoe je voorkomt dat raadsleden de GR als een ver-van-mijn-bed-show zien."
             "\n\nGroet,\nRenate Holtkamp"},
    {"id": "d31-suggestion-53", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": VV,
     "quote": "apple", "sender": "Joost Verhagen <j.verhagen@werkorganisatie-mvs.nl>",
     "body": "Was een mooie middag, volgende keer ben ik er weer bij. Mijn voorstel: innovatie in de "
             "dienstverlening, bijvoorbeeld proactief inwoners benaderen voor regelingen waar ze recht op "
             "hebben.\n\nJoost"},
    {"id": "d31-suggestion-54", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": OP,
     "quote": "outlook-en", "sender": "Karin Lindeman <k.lindeman@werkorganisatie-alm.nl>",
     "body": "I won't be able to attend in March, unfortunately, but here is a topic: how do you set political "
             "priorities for the long term when every council has its own coalition agreement?\n\nKarin"},
    {"id": "d31-suggestion-55", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quote": "none",
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Bram Overmars <b.overmars@werkorganisatie-ckr.nl>",
     "body": "> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met\n"
             "> collega's bespreken?\n\nHet KCC: bereikbaarheid en klanttevredenheid.\n\n"
             "> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.\n\nBij deze. En ik kom "
             "ook graag naar het atelier zelf.\n\nBram"},
    {"id": "d31-suggestion-56", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "gmail", "sender": "Eva Rademaker <eva.rademaker@werkorganisatie-ndh.nl>",
     "body": "datagedreven sturen. ben er bij op 11/3\n\neva" + ANDROID},
    {"id": "d31-suggestion-57", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "quoted": VV, "quote": "outlook-nl", "sender": "Leo Brands <l.brands@werkorganisatie-bwz.nl>",
     "body": "Goedemorgen,\n\nIk kan er de volgende keer waarschijnlijk niet bij zijn, maar ik heb wel twee "
             "onderwerpen:\n- de relatie tussen de deelnemende gemeenten nu de kostenverdeelsleutel ter discussie "
             "staat\n- investeren in digitalisering met drie verschillende begrotingen\n\n"
             "Met vriendelijke groet,\nLeo Brands"},

    # -- SUGGESTION: further forms (reply to the thank-you, English new mail, mixed language) -------------
    {"id": "d31-suggestion-58", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "Topic for the next atelier", "sender": "Anouk Mertens <a.mertens@werkorganisatie-sgb.nl>",
     "body": "Hello,\n\nI'm a new member and not yet fluent in Dutch, so I hope English is fine. I'd like to "
             "suggest a session on innovation in services to residents and local businesses, for example "
             "one-stop permits for entrepreneurs.\n\nKind regards,\nAnouk Mertens"},
    {"id": "d31-suggestion-59", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "quoted": "bedankt_suggestie", "quote": "outlook-nl",
     "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Nog een aanvulling: ook de formatie van het team I&A, want daar zit bij ons de krapte.\n\nMarieke"},
    {"id": "d31-suggestion-60", "kind": "suggestion", "themes": ["samenwerking", "strategie"], "thread": T,
     "quoted": OP, "quote": "doorgestuurd", "sender": "Ton Hermans <t.hermans@werkorganisatie-pmh.nl>",
     "body": "Anja, wil jij dit namens mij terugsturen?\n\nOnderwerpen:\n- de positie van onze werkorganisatie "
             "in de regio, nu de provincie een regiodeal wil sluiten\n- onze visie voor de lange termijn, "
             "terwijl de gemeenten elk een eigen toekomstvisie "
             "schrijven\n\nTon"},
    {"id": "d31-suggestion-61", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "ongemarkeerd", "sender": "Roos Altena <r.altena@werkorganisatie-dmw.nl>",
     "body": "Hoi, mijn topic: agile werken in de bedrijfsvoering. Werkt dat ook bij een organisatie met drie "
             "opdrachtgevers? Ben benieuwd naar jullie ervaringen.\n\nRoos"},

    # -- OTHER: feedback on the last atelier ------------------------------------------------------------
    {"id": "d31-other-01", "kind": "other", "thread": T, "quoted": VV, "quote": "outlook-nl",
     "sender": "Harm Wessels <h.wessels@werkorganisatie-oow.nl>",
     "body": "Beste Stan en Melanie,\n\nDank voor de fijne middag. De casus over de uittreding uit de GR was zeer "
             "verhelderend, en het gesprek over het KCC aan mijn tafel ook. Het verslag is helder en compleet."
             "\n\nMet vriendelijke groet,\nHarm Wessels"},
    {"id": "d31-other-02", "kind": "other", "thread": T, "quoted": VV, "quote": "gmail",
     "sender": "Saskia Terpstra <saskia.terpstra@werkorganisatie-fdw.nl>",
     "body": "Wat mij betreft was het programma te vol. Volgende keer graag meer tijd voor het gesprek aan tafel "
             "en minder presentaties vooraf.\n\nSaskia"},
    {"id": "d31-other-03", "kind": "other", "thread": T, "quoted": VV, "quote": "outlook-en",
     "sender": "Daan Hofman <d.hofman@werkorganisatie-lwd.nl>",
     "body": "Great session last week, thanks. The discussion on digital services and the dashboard from "
             "Twente was really useful for our management team.\n\nDaan"},
    {"id": "d31-other-04", "kind": "other", "thread": T, "quoted": VV, "quote": "outlook-lijn",
     "sender": "Annet Jongsma <a.jongsma@werkorganisatie-hnw.nl>",
     "body": "Beste organisatie,\n\nEen kleine klacht: de zaal was veel te warm en de Teams-verbinding viel "
             "twee keer weg, waardoor mijn collega thuis het gesprek over de formatie grotendeels heeft gemist."
             "\n\nGroet, Annet Jongsma"},
    {"id": "d31-other-05", "kind": "other", "thread": T, "quoted": VV, "quote": "apple",
     "sender": "Coen Reinders <c.reinders@werkorganisatie-sgw.nl>",
     "body": "Het onderwerp samenwerking & eigenheid kwam goed uit de verf. Het verslag heb ik doorgestuurd aan "
             "mijn MT en aan de drie gemeentesecretarissen.\n\nCoen" + IPHONE},
    {"id": "d31-other-06", "kind": "other", "thread": T, "quoted": VV, "quote": "notes",
     "sender": "M. Kleinjan <m.kleinjan@werkorganisatie-ylm.nl>",
     "body": "Goedemiddag,\n\nDe link naar het verslag werkt bij mij niet (foutmelding 404). Kunt u het verslag "
             "als pdf sturen?\n\nM. Kleinjan"},
    {"id": "d31-other-07", "kind": "other", "thread": None, "subject": "Terugblik atelier 11 maart",
     "sender": "Victor Blom <v.blom@werkorganisatie-bkr.nl>",
     "body": "Beste Melanie,\n\nNog even een terugblik: ik vond de opzet met de drie tafels (strategie, "
             "organisatie, dienstverlening) erg prettig werken. Goed dat jullie de gespreksleiders vooraf zo "
             "goed hebben voorbereid.\n\nHartelijke groet,\nVictor Blom"},

    # -- OTHER: a compliment on the chosen topics -------------------------------------------------------
    {"id": "d31-other-08", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Gonnie Heuvelman <g.heuvelman@werkorganisatie-tdm.nl>",
     "body": "Goed gekozen thema! Precies waar wij nu mee worstelen met onze vier colleges. Ik kijk nog in mijn "
             "agenda en laat het u weten.\n\nGonnie Heuvelman"},
    {"id": "d31-other-09", "kind": "other", "thread": None, "subject": "Complimenten themakeuze",
     "sender": "Rinus Vos <r.vos@werkorganisatie-ezw.nl>",
     "body": "Beste secretariaat,\n\nComplimenten voor de themakeuze van dit jaar. Strategie in het voorjaar en "
             "dienstverlening in het najaar sluit mooi aan op de cyclus in de meeste gemeenten.\n\n"
             "Met vriendelijke groet,\nRinus Vos"},
    {"id": "d31-other-10", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Ellis Brouwers <e.brouwers@werkorganisatie-kbl.nl>",
     "body": "Excellent choice of topic. I'll check with my PA whether I can make the date and come back to you."
             "\n\nEllis"},
    {"id": "d31-other-11", "kind": "other", "thread": T, "quoted": OP, "quote": "outlook-nl",
     "sender": "Bernard Schut <b.schut@werkorganisatie-wsv.nl>",
     "body": "Beste Stan,\n\nMijn compliment aan de Adviesraad voor de keuzes van vorig jaar: de volgorde van de "
             "thema's was logisch en elk atelier bouwde voort op het vorige. Ik heb dit keer geen nieuw "
             "onderwerp; ga zo door.\n\nMet vriendelijke groet,\nBernard Schut"},
    {"id": "d31-other-12", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Nathalie Koers <nathalie.koers@werkorganisatie-abv.nl>",
     "body": "Wat een mooi onderwerp weer! Jammer dat het op een donderdag is, dan heb ik meestal "
             "collegevergadering. Ik ga kijken of ik iets kan schuiven.\n\nNathalie"},

    # -- OTHER: a topic for another organisation's event ------------------------------------------------
    {"id": "d31-other-13", "kind": "other", "thread": None, "subject": "Onderwerp gezocht voor de kringbijeenkomst",
     "sender": "Jacqueline Post <j.post@werkorganisatie-ndn.nl>",
     "body": "Hallo Stan,\n\nVoor de Kring van gemeentesecretarissen Noord zoeken we nog een onderwerp voor de "
             "bijeenkomst in juni. Hebben jullie vanuit het netwerk ideeën? Iets over samenwerking in de regio "
             "zou passen.\n\nGroet, Jacqueline Post"},
    {"id": "d31-other-14", "kind": "other", "thread": None, "subject": "Themadag provincie 4 april",
     "sender": "Erwin Scholten <e.scholten@werkorganisatie-bvo.nl>",
     "body": "Beste collega's,\n\nVoor de themadag die de provincie op 4 april organiseert voor de gemeenten in "
             "ons gebied stel ik voor het te hebben over digitale dienstverlening aan ondernemers. Willen "
             "jullie dit doorgeven aan de organisatoren bij de provincie?\n\nErwin Scholten"},
    {"id": "d31-other-15", "kind": "other", "thread": None, "subject": "Inspiratiedag raadsleden",
     "sender": "Marloes de Wit <m.dewit@werkorganisatie-hvz.nl>",
     "body": "Goedemorgen,\n\nWij organiseren als werkorganisatie in mei zelf een inspiratiedag voor de "
             "raadsleden van onze drie gemeenten. Welk onderwerp zouden jullie aanraden, gezien wat er in het "
             "netwerk speelt?\n\nVriendelijke groet,\nMarloes de Wit"},
    {"id": "d31-other-16", "kind": "other", "thread": None, "subject": "Request: Dutch case for conference",
     "sender": "Pieter Claes <pieter.claes@shared-services-flanders.be>",
     "body": "Dear secretariat,\n\nFor the conference of the European network of shared public services in Ghent "
             "this autumn, we are looking for a Dutch case on shared civil-service organisations and long-term "
             "strategy. Could one of your members present it?\n\nBest regards,\nPieter Claes"},
    {"id": "d31-other-17", "kind": "other", "thread": T, "quoted": OP, "quote": "outlook-lijn",
     "sender": "Hennie Dekker <h.dekker@werkorganisatie-gwk.nl>",
     "body": "Beste Melanie,\n\nDeze oproep doet me denken aan onze eigen MT-heidag in februari. Daar wil ik het "
             "hebben over de formatie en de arbeidsmarkt. Ken jij een goede begeleider daarvoor?\n\nHennie"},

    # -- OTHER: questions about when and how the themes are chosen --------------------------------------
    {"id": "d31-other-18", "kind": "other", "thread": None, "quoted": "bedankt_suggestie", "quote": "outlook-nl",
     "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Dank. Wanneer hoor ik welk thema er uiteindelijk gekozen is?\n\nMarieke"},
    {"id": "d31-other-19", "kind": "other", "thread": T, "quoted": OP, "quote": "outlook-nl",
     "sender": "Sjoerd Zijlstra <s.zijlstra@werkorganisatie-sfr.nl>",
     "body": "Goedemorgen,\n\nTot wanneer kan ik nog thema's aandragen? Ik wil het eerst in ons MT bespreken en "
             "dat is pas op 25 januari.\n\nSjoerd Zijlstra"},
    {"id": "d31-other-20", "kind": "other", "thread": T, "quoted": OP, "quote": "groupwise",
     "sender": "Greet Bouma <g.bouma@werkorganisatie-atw.nl>",
     "body": "Wordt het thema gekozen door de Adviesraad, of stemmen de leden zelf? En telt een onderwerp dat "
             "vaak genoemd wordt zwaarder?\n\nGreet"},
    {"id": "d31-other-21", "kind": "other", "thread": None, "subject": "Volgend atelier",
     "sender": "Arno Gerritsen <a.gerritsen@werkorganisatie-mwd.nl>",
     "body": "Beste Stan,\n\nIs er al bekend waar het volgende atelier over gaat? Als het over dienstverlening "
             "gaat, wil ik mijn manager KCC laten aansluiten.\n\nGroet,\nArno"},
    {"id": "d31-other-22", "kind": "other", "thread": None, "subject": "themes autumn atelier?",
     "sender": "Kim Rietveld <k.rietveld@werkorganisatie-hsl.nl>",
     "body": "Hi, when will you announce the themes for the autumn atelier? I need to plan my diary.\n\nKim"
             + IOS_EN},
    {"id": "d31-other-23", "kind": "other", "thread": T, "quoted": OP, "quote": "apple",
     "sender": "Tineke Groen <t.groen@werkorganisatie-bdr.nl>",
     "body": "Welke thema's hebben anderen al aangedragen? Dan voorkom ik dubbelingen.\n\nTineke" + IPHONE},

    # -- OTHER: a request to present (pitch) --------------------------------------------------------------
    {"id": "d31-other-24", "kind": "other", "thread": None, "subject": "Presentatie op uw atelier",
     "sender": "Michiel Verbeek <michiel@klantbeeld.nl>",
     "body": "Geachte heer Van de Laar,\n\nKlantBeeld B.V. ontwikkelt een platform waarmee gemeenten de klantreis "
             "van inwoners in kaart brengen. Graag presenteren wij dit in een half uur op een van uw komende "
             "ateliers. Zullen we daarvoor een korte belafspraak maken?\n\nMet vriendelijke groet,\nMichiel "
             "Verbeek\nAccountmanager Overheid\nKlantBeeld B.V. | 030 - 711 20 45"},
    {"id": "d31-other-25", "kind": "other", "thread": None, "subject": "Workshop strategische personeelsplanning",
     "sender": "Eline Kuijpers <e.kuijpers@koersadvies.nl>",
     "body": "Beste secretariaat,\n\nKoers Advies verzorgt graag een workshop over strategische "
             "personeelsplanning op het volgende atelier. Wij hebben ervaring bij diverse "
             "fusieorganisaties. Kan ik u een voorstel sturen?\n\nEline Kuijpers\nsenior adviseur"},
    {"id": "d31-other-26", "kind": "other", "thread": T, "quoted": OP, "quote": "outlook-nl",
     "sender": "Hugo Zandstra <h.zandstra@werkorganisatie-nhz.nl>",
     "body": "Beste Stan,\n\nMogen wij op het atelier twintig minuten spreektijd krijgen om onze nieuwe aanpak "
             "van zaakgericht werken te presenteren? Ik hoor graag of daar ruimte voor is in het programma.\n\n"
             "Met vriendelijke groet,\nHugo Zandstra"},
    {"id": "d31-other-27", "kind": "other", "thread": None, "subject": "Promotieonderzoek ambtelijke fusies",
     "sender": "Lieke van Wijk <l.vanwijk@bestuurskunde-universiteit.nl>",
     "body": "Geacht secretariaat,\n\nIk doe promotieonderzoek naar de sturing van ambtelijke fusieorganisaties "
             "en zou mijn eerste bevindingen graag presenteren aan de directeuren in uw netwerk. Is daar op een "
             "van de ateliers gelegenheid voor?\n\nMet vriendelijke groet,\nLieke van Wijk MSc"},
    {"id": "d31-other-28", "kind": "other", "thread": None, "subject": "Demo: secure collaboration for municipalities",
     "sender": "Tom Harding <tom.harding@cloudgov-solutions.nl>",
     "body": "Hello,\n\nWe help shared service organisations with information security and cloud migration. "
             "We'd love a 15-minute slot at your next atelier to show a short demo. Who can I talk to?\n\n"
             "Tom Harding\nSales Director Benelux" + DISCLAIMER_EN},
    {"id": "d31-other-29", "kind": "other", "thread": None, "subject": "Scriptie over de GR",
     "sender": "Jolanda Smit <j.smit@werkorganisatie-ksw.nl>",
     "body": "Hallo,\n\nOnze stagiair heeft een mooie scriptie geschreven over de GR-constructie bij ambtelijke "
             "fusies. Zij zou die graag op het atelier toelichten. Kan dat?\n\nGroet,\nJolanda Smit"},

    # -- OTHER: a speaker or a location only --------------------------------------------------------------
    {"id": "d31-other-30", "kind": "other", "thread": T, "quoted": OP, "quote": "outlook-nl",
     "sender": "Cor Baas <c.baas@werkorganisatie-wsd.nl>",
     "body": "Goedemiddag,\n\nAls spreker kan ik prof. dr. Hendrik Zuidema aanbevelen. Hij weet het publiek "
             "altijd te boeien en kent de wereld van de fusieorganisaties goed.\n\nMet vriendelijke groet,\nCor Baas"},
    {"id": "d31-other-31", "kind": "other", "thread": T, "quoted": VV, "quote": "outlook-lijn",
     "sender": "Ineke Willemsen <i.willemsen@werkorganisatie-osw.nl>",
     "body": "Beste Melanie,\n\nHet volgende atelier kan bij ons, in het nieuwe gemeentehuis van Oosterwolde. "
             "We hebben een zaal voor veertig personen, goed bereikbaar met het OV.\n\nGroet,\nIneke Willemsen"},
    {"id": "d31-other-32", "kind": "other", "thread": None, "subject": "Venue offer",
     "sender": "Stephan Mol <s.mol@werkorganisatie-dvt.nl>",
     "body": "Dear Stan,\n\nWe'd be happy to host the next atelier at our new office in Deventer, free of "
             "charge, including lunch.\n\nBest,\nStephan Mol"},
    {"id": "d31-other-33", "kind": "other", "thread": T, "quoted": OP, "quote": "notes-wrote",
     "sender": "Gerda Vink <g.vink@werkorganisatie-rvs.nl>",
     "body": "Geen onderwerp van mijn kant, maar wel een tip voor de dagvoorzitter: mijn oud-collega Joke "
             "Ammerlaan doet dat uitstekend. Haar gegevens stuur ik graag door.\n\nGerda"},

    # -- OTHER: no topic, questions, applications, press --------------------------------------------------
    {"id": "d31-other-34", "kind": "other", "thread": T, "quoted": OP, "quote": "gmail",
     "sender": "Rob Doornbos <rob.doornbos@werkorganisatie-lzb.nl>",
     "body": "Ik heb dit keer geen suggestie, ik sluit me aan bij wat de anderen kiezen.\n\nRob"},
    {"id": "d31-other-35", "kind": "other", "thread": None, "subject": "Adviesraad",
     "sender": "Astrid Veltman <a.veltman@werkorganisatie-zbh.nl>",
     "body": "Beste secretariaat,\n\nGraag zou ik zitting nemen in de Adviesraad die over de thema's meedenkt. "
             "Ik heb vooral ervaring met dienstverlening en het KCC. Hoe kan ik mij kandidaat stellen?\n\n"
             "Met vriendelijke groet,\nAstrid Veltman"},
    {"id": "d31-other-36", "kind": "other", "thread": None, "subject": "Vraag van de redactie",
     "sender": "Kees Aalbers <k.aalbers@redactie-bestuursblad.nl>",
     "body": "Goedemiddag,\n\nIk schrijf voor een vakblad een artikel over ambtelijke fusies. Welke thema's "
             "staan dit jaar bij uw netwerk op de agenda, en mag ik een atelier bijwonen als journalist?\n\n"
             "Met vriendelijke groet,\nKees Aalbers\nredacteur"},
    {"id": "d31-other-37", "kind": "other", "thread": T, "quoted": OP, "quote": "outlook-en",
     "sender": "Olga Peters <o.peters@werkorganisatie-lhn.nl>",
     "body": "Could you send me last year's list of topics? I'd like to see what has been covered before I "
             "suggest anything.\n\nOlga"},

    # -- RSVP (theme words in passing) --------------------------------------------------------------------
    {"id": "d31-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Lydia Brink <l.brink@werkorganisatie-vhw.nl>",
     "body": "Beste Melanie,\n\nHet thema samenwerking spreekt me erg aan; ik ben erbij op 11 maart.\n\n"
             "Met vriendelijke groet,\nLydia Brink\ndirecteur Organisatie & Dienstverlening"},
    {"id": "d31-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Robin Gerrits <r.gerrits@werkorganisatie-oby.nl>",
     "body": "Unfortunately I can't make it on 11 March, we have a council meeting on the budget that day. The "
             "topic is very relevant for us though.\n\nRobin"},
    {"id": "d31-rsvp-03", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Herman Kok <h.kok@werkorganisatie-wbn.nl>",
     "body": "Geacht secretariaat,\n\nZelf ben ik verhinderd. In mijn plaats komt onze directeur Dienstverlening, "
             "Marco Peeters (m.peeters@werkorganisatie-wbn.nl).\n\nHoogachtend,\nH. Kok"},
    {"id": "d31-rsvp-04", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "sender": "Natasja Wever <n.wever@werkorganisatie-ssh.nl>",
     "body": "helaas, ik kan toch niet. er is een extra raadsvergadering over de GR ingepland\n\nNatasja"
             + IPHONE},
    {"id": "d31-rsvp-05", "kind": "rsvp", "attending": False, "thread": None, "quoted": "bevestiging_rsvp",
     "quote": "outlook-lijn", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Inmiddels blijkt dat ik die dag toch niet kan, dus u kunt mij van de wachtlijst halen.\n\nMarieke"},
    {"id": "d31-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Youssef el Amrani <y.elamrani@werkorganisatie-zmw.nl>",
     "body": "Ja, ik kom, samen met onze manager Bedrijfsvoering, Corine Staal.\n\nYoussef"},
    {"id": "d31-rsvp-07", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Aanmelding atelier 11 maart", "sender": "Fenna Dijkstra <f.dijkstra@werkorganisatie-ldw.nl>",
     "body": "Beste secretariaat,\n\nHierbij meld ik mij aan voor het Leer- en inspireer-atelier van 11 maart "
             "over samenwerking & eigenheid.\n\nMet vriendelijke groet,\nFenna Dijkstra"},
    {"id": "d31-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quote": "none",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "sender": "Jos Wagenaar <j.wagenaar@werkorganisatie-hbd.nl>",
     "body": "> Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?\n\n"
             "Goede vraag, daar hebben wij ook geen pasklaar antwoord op.\n\n> Komt u? Beantwoord deze e-mail met "
             "\"ja, ik kom\" of \"nee, helaas\".\n\nJa, ik kom.\n\nJos"},

    # -- SUBSCRIBE ------------------------------------------------------------------------------------------
    {"id": "d31-subscribe-01", "kind": "subscribe", "thread": None, "subject": "Lidmaatschap netwerk",
     "sender": "Rianne Bosman <r.bosman@werkorganisatie-tnw.nl>",
     "body": "Beste secretariaat,\n\nGraag meld ik mij aan als lid van het netwerk. Sinds 1 januari ben ik "
             "directeur van Werkorganisatie TNW, de ambtelijke fusie van drie gemeenten in de Achterhoek.\n\n"
             "Met vriendelijke groet,\nRianne Bosman\ndirecteur Strategie & Dienstverlening"},
    {"id": "d31-subscribe-02", "kind": "subscribe", "thread": None, "subject": "Joining the network",
     "sender": "Laura Janssen <l.janssen@werkorganisatie-mhl.nl>",
     "body": "Hello,\n\nI'd like to join the network. I'm the new director of Werkorganisatie MHL and keen to "
             "exchange experiences with colleagues.\n\nKind regards,\nLaura Janssen"},
    {"id": "d31-subscribe-03", "kind": "subscribe", "thread": None, "subject": "aanmelding",
     "sender": "Vincent Otten <v.otten@werkorganisatie-dbg.nl>",
     "body": "Naam: Vincent Otten\nOrganisatie: Werkorganisatie DBG\nFunctie: directeur Bedrijfsvoering en "
             "Organisatie\nE-mail: v.otten@werkorganisatie-dbg.nl\nVerzoek: lidmaatschap van het netwerk"},
    {"id": "d31-subscribe-04", "kind": "subscribe", "thread": None, "subject": "Graag op de lijst",
     "sender": "Hanna Wiersma <h.wiersma@werkorganisatie-fnk.nl>",
     "body": "Goedemiddag,\n\nIk ben algemeen directeur van de werkorganisatie van twee Friese gemeenten en "
             "ontvang voortaan graag de uitnodigingen voor de ateliers. Een collega wees me op jullie netwerk."
             "\n\nGroetnis,\nHanna Wiersma" + ANDROID},

    # -- UNSUBSCRIBE ----------------------------------------------------------------------------------------
    {"id": "d31-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Jaap Hogendoorn <j.hogendoorn@werkorganisatie-bsm.nl>",
     "body": "Beste Stan,\n\nThema's heb ik niet meer: per 1 februari ga ik met pensioen. Haal mij maar van de "
             "lijst.\n\nHet ga jullie goed,\nJaap Hogendoorn"},
    {"id": "d31-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": VV,
     "quote": "outlook-lijn", "sender": "Ans Vermeulen <a.vermeulen@werkorganisatie-ghn.nl>",
     "body": "Beste Melanie,\n\nPer 1 maart neemt Sabine Hoekstra (s.hoekstra@werkorganisatie-ghn.nl) mijn "
             "functie als directeur over. Zij neemt ook mijn plaats in het netwerk in.\n\n"
             "Met vriendelijke groet,\nAns Vermeulen"},
    {"id": "d31-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": VV,
     "quote": "gmail", "sender": "Freek Scheffer <freek.scheffer@werkorganisatie-lbh.nl>",
     "body": "Ik werk niet meer in het openbaar bestuur. Graag mijn gegevens volledig verwijderen, conform de "
             "AVG.\n\nFreek Scheffer"},
    {"id": "d31-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Unsubscribe", "sender": "Martin Hoek <m.hoek@werkorganisatie-nsw.nl>",
     "body": "Please take me off your mailing list, I've moved to a job in the private sector.\n\nMartin"},
    {"id": "d31-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "groupwise",
     "sender": "Willemijn Roos <w.roos@werkorganisatie-vlw.nl>",
     "body": "Ik kom niet naar het atelier, en ik wil me ook afmelden voor het netwerk: onze werkorganisatie "
             "wordt per 1 april opgeheven.\n\nWillemijn Roos"},

    # -- CONFIRM --------------------------------------------------------------------------------------------
    {"id": "d31-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Bevestigd.\n\nMarieke de Vries-Ölçer\ndirecteur Dienstverlening en Samenwerking"},
    {"id": "d31-confirm-02", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-lijn", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Ja, graag lid. Excuses voor de late reactie.\n\nMarieke"},
    {"id": "d31-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Confirmed, thanks!"},

    # -- AUTOREPLY ------------------------------------------------------------------------------------------
    {"id": "d31-autoreply-01", "kind": "autoreply", "thread": T, "headers": AUTO,
     "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                "[atelier:2027-1]",
     "sender": "Gerben Dijk <g.dijk@werkorganisatie-ftl.nl>",
     "body": "Ik ben afwezig tot en met 15 januari. Voor vragen over dienstverlening kunt u terecht bij Jolien "
             "Mast, voor strategie en samenwerking bij Eric Bol (0513 - 48 92 00)."},
    {"id": "d31-autoreply-02", "kind": "autoreply", "thread": T, "headers": AUTO,
     "subject": "Automatic reply: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & "
                "eigenheid\" [atelier:2027-1]",
     "sender": "Hannah Ruiter <h.ruiter@werkorganisatie-amz.nl>",
     "body": "I am out of the office until 24 March with limited access to e-mail. For urgent matters regarding "
             "the organisation, please contact the management office at 020 - 555 01 20."},
    {"id": "d31-autoreply-03", "kind": "autoreply", "thread": None, "headers": AUTO,
     "subject": "Ontvangstbevestiging [zaaknummer Z-2027-00412]",
     "sender": "Postbus Werkorganisatie HLV <noreply@werkorganisatie-hlv.nl>",
     "body": "Geachte afzender,\n\nUw bericht is ontvangen en geregistreerd onder zaaknummer Z-2027-00412. Wij "
             "streven ernaar uw bericht binnen vijf werkdagen te beantwoorden.\n\nDit is een automatisch "
             "gegenereerd bericht; u kunt hierop niet reageren.\n\nTeam Dienstverlening"},
    {"id": "d31-autoreply-04", "kind": "autoreply", "thread": I, "headers": {"X-Autoreply": "yes"},
     "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "sender": "Directie Werkorganisatie KVL <directie@werkorganisatie-kvl.nl>",
     "body": "Dit e-mailadres is sinds de fusie per 1 januari niet meer in gebruik. Uw bericht is niet "
             "doorgestuurd. Stuur uw bericht voortaan naar directie@kvl-samen.nl."},
]
# fmt: on
