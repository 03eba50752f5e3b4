"""devset123: under the call for themes and the follow-up: real topic suggestions and what only looks like one.

Directors, deputy directors and a few assistants of werkorganisaties answer the call for themes (oproep_themas), the
follow-up after an atelier (vervolg_atelier), the thank-you for a suggestion (bedankt_suggestie) and once the welcome
mail. About forty of them propose a topic: one line or a formal letter, a question, a bullet or numbered list, in
English, several topics in one mail, a topic buried under news about the new office, a topic with a yes or a no about
coming, a topic after criticism of the last atelier, a topic that replaces a withdrawn one. The other fifty only look
like it: news from the writer's organisation, praise or criticism of the last atelier, remarks on format, place and
day, questions about the chosen themes or the report, asking whether someone may present, offering to host, vendors
offering paid sessions, the call passed on to a colleague, plain yes/no about coming, leaving the network, out-of-office
replies, thanks, "nothing this time", a withdrawn topic, and support for another member's topic.

Conventions this set relies on (from the brief):
- Under the call, the follow-up or the thank-you, a proposed topic is a `suggestion`, also when the writer says in the
  same mail whether they come; a mail that only says whether the writer comes is an `rsvp`.
- A proposal about the form of the ateliers (day, time, place, format, hybrid, hosting) is `other`, also when the
  writer calls it a "suggestie".
- `themes` holds the themes of what the writer proposes, judged by the four themes of the call, not of words used in
  passing or of the story told before the proposal; two themes where two topics fall under different themes or one
  topic clearly spans both.
- Questions to the secretariat (chosen themes, the report, may someone present), offers to host, vendors' paid
  offers, thanks, praise, criticism, "no topics this time", withdrawing a topic without a new one, and backing another
  member's topic without one of one's own are `other`. Withdrawing a topic and proposing a new one is a `suggestion`
  with the new topic's themes.
- Leaving the network is `unsubscribe` (with `erase` for an AVG erasure; a successor with an address is a hand-over).
- Out-of-office replies are `autoreply` and carry no quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


OPROEP = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
VERVOLG = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
BEDANKT = "Dank voor uw themasuggestie [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d123-001",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Jeroen Haaksma <j.haaksma@lekvliet.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Informatieveiligheid en de positie van de CISO in een organisatie die voor drie gemeenten werkt.

            Jeroen Haaksma
            Algemeen directeur Werkorganisatie Lekvliet
            """
        ),
    },
    {
        "id": "d123-002",
        "kind": "other",
        "sender": "Dorien Lammers <d.lammers@oosterzand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Even een update van onze kant. Per 1 januari hebben we het nieuwe organisatiemodel ingevoerd: van
            veertien afdelingen naar vijf domeinen, met integrale domeinmanagers. Het was een hele klus, de OR heeft
            uiteindelijk positief geadviseerd en de medewerkers zijn vooral opgelucht dat het nu duidelijk is.
            Ik houd jullie op de hoogte van hoe het uitpakt.

            Hartelijke groet,
            Dorien Lammers
            directeur Ambtelijke fusie Oosterzand
            """
        ),
    },
    {
        "id": "d123-003",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Anouk Brandsma <anouk.brandsma@gmail.com>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + OPROEP,
        "body": _(
            """
            Hoi Stan en Melanie,

            Mijn vraag voor het atelier: hoe ga je om met gemeenten die een heel verschillend ambitieniveau hebben?
            Bij ons wil de ene gemeente overal vooroplopen en wil de andere vooral "gewoon de basis op orde". Dat
            wringt steeds vaker bij de gezamenlijke opgaven.

            Groet,
            Anouk
            """
        ),
    },
    {
        "id": "d123-004",
        "kind": "other",
        "sender": "Kees-Jan Vermeulen <kj.vermeulen@woudenoord.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat een inspirerende middag was dat! Vooral het gesprek in kleine groepen over de couleur locale heeft
            me aan het denken gezet; ik merk dat ik er in ons MT nog steeds naar verwijs. Complimenten aan jullie
            beiden voor de begeleiding.

            Kees-Jan
            """
        ),
    },
    {
        "id": "d123-005",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Harmen Dijkstra <h.dijkstra@heuvelrandoost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste secretariaat,

            Mijn onderwerpen:
            - strategische personeelsplanning nu de uitstroom door pensionering piekt
            - hybride werken: hoeveel vierkante meters kantoor houd je nog aan?

            Met vriendelijke groet,
            Harmen Dijkstra
            Directeur bedrijfsvoering | GR Heuvelrand-Oost
            T 0318 - 55 21 40
            """
        ),
    },
    {
        "id": "d123-006",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bert Jan Nijhof <bj.nijhof@berkelstroom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geen onderwerp van mijn kant deze keer, maar 11 maart zit ik er zeker bij.

            Bert Jan Nijhof
            """
        ),
    },
    {
        "id": "d123-007",
        "kind": "suggestion",
        "themes": ["dienstverlening", "samenwerking"],
        "sender": "Sandra Oldenkamp <s.oldenkamp@kromrijnvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dag allen,

            Twee onderwerpen van onze kant, een per regel zoals gevraagd:
            Eén loket voor ondernemers in plaats van drie gemeentelijke balies
            De regionale woningbouwopgave: hoe trekken de gemeenten samen op richting provincie?

            Hartelijke groet,
            Sandra Oldenkamp
            Werkorganisatie Kromme Rijnvallei
            """
        ),
    },
    {
        "id": "d123-008",
        "kind": "other",
        "sender": "Rianne Post <r.post@dollardkust.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Geen onderwerp, wel een opmerking over de vorm: zou het atelier niet eens buiten de Randstad kunnen
            plaatsvinden? Voor ons uit het noorden is Utrecht al snel een halve dag reizen, heen en terug.

            Met vriendelijke groet,
            Rianne Post
            Algemeen directeur Werkorganisatie Dollardkust
            """
        ),
    },
    {
        "id": "d123-009",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Owen Carrick <o.carrick@scheldeoost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hi both,

            Apologies for writing in English, my Dutch is still a work in progress. A topic I would love to discuss:
            how do you monitor the quality of services to residents when each municipality has set its own service
            standards? We now report three different dashboards to three colleges and nobody can compare them.

            Kind regards,
            Owen Carrick
            Director of Operations, Werkorganisatie Schelde-Oost
            """
        ),
    },
    {
        "id": "d123-010",
        "kind": "other",
        "sender": "Hilde Roozendaal <h.roozendaal@valleipoort.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste organisatoren,

            Ik wil eerlijk zijn: de locatie was met het ov slecht bereikbaar, de zaal was te warm en de middag liep
            uit tot na zessen, waardoor ik de laatste trein naar huis net miste. Inhoudelijk was het prima, maar
            logistiek kan dit echt beter.

            Vriendelijke groet,
            Hilde Roozendaal
            """
        ),
    },
    {
        "id": "d123-011",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Lotte Veenstra-Hughes <lotte.veenstra@hunzedal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Dear Stan, dear Melanie,
            One topic from me: where should a shared service organisation like ours stand in 2035? I mean a genuine
            long-term vision, not the next budget round.
            Best,
            Lotte
            """
        ),
    },
    {
        "id": "d123-012",
        "kind": "autoreply",
        "sender": "Petra Zwiers <p.zwiers@alblasmond.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: " + OPROEP,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben tot en met maandag 18 januari niet op kantoor en lees mijn mail beperkt.
            Voor dringende zaken kunt u terecht bij het directiesecretariaat, telefoon 0184 - 69 12 00.

            Petra Zwiers
            """
        ),
    },
    {
        "id": "d123-013",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Marloes Tichelaar <m.tichelaar@degouwen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo Melanie,

            Wat leuk om weer een oproep te zien, het voelt alsof het vorige atelier gisteren was. Hier is het een
            drukke winter: we zijn eindelijk verhuisd naar het nieuwe kantoor aan de haven (de koffieautomaat doet
            het nog steeds niet), twee wethouders zijn vervangen en onze controller is met zwangerschapsverlof.
            Genoeg te doen dus.

            Maar goed, waar je eigenlijk om vroeg: ik zou het graag hebben over de inzet van een chatbot of
            AI-assistent in het klantcontactcentrum. Wij twijfelen of inwoners daar echt beter van worden.

            Groetjes,
            Marloes
            --
            Marloes Tichelaar | directeur Werkorganisatie De Gouwen
            """
        ),
    },
    {
        "id": "d123-014",
        "kind": "other",
        "sender": "Frits Ter Horst <frits.terhorst@ntwentestreek.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Mijn suggestie voor de volgende keer: houd het atelier eens op locatie bij een van de werkorganisaties,
            met een rondleiding en een gesprek met een paar medewerkers. Dan wordt het allemaal veel concreter dan
            in een vergaderzaal in Utrecht.

            Frits
            """
        ),
    },
    {
        "id": "d123-015",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Wietse Oosterhof <w.oosterhof@wadkust-ao.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: " + OPROEP,
        "body": _(
            """
            Ik ben er 11 maart bij.

            Voor het programma zou ik willen voorstellen: hoe vertaal je de bestuurlijke prioriteiten uit drie
            nieuwe coalitieakkoorden naar een meerjarige inhoudelijke agenda voor de werkorganisatie?

            W. (Wietse) Oosterhof
            gemeentesecretaris/algemeen directeur
            Ambtelijke organisatie Wadkust
            """
        ),
    },
    {
        "id": "d123-016",
        "kind": "other",
        "sender": "Ellen Spaargaren <e.spaargaren@rivierenhof.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            De 21e is inmiddels voorbij. Zijn de gespreksthema's voor 11 maart al gekozen? Ik ben benieuwd of ons
            onderwerp erbij zit, dan kan ik het MT alvast vragen om input.

            Groet,
            Ellen Spaargaren
            """
        ),
    },
    {
        "id": "d123-017",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ria Kamphuis-Nolte <r.kamphuis@peelrijk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Beste Stan,

            Op 11 maart zit ik helaas bij een auditcommissie, dus ik moet verstek laten gaan. Toch een onderwerp:
            de formatie. Hoe bepaal je de juiste omvang van de organisatie als het Rijk er steeds taken bij legt
            zonder het geld dat erbij hoort?

            Vriendelijke groet,
            Ria Kamphuis-Nolte
            Directeur Bedrijfsvoering, Samenwerkingsorganisatie Peelrijk
            """
        ),
    },
    {
        "id": "d123-018",
        "kind": "other",
        "sender": "Jasper Wolterink <jasper@datakompas-advies.nl>",
        "quote": "none",
        "subject": "Aanbod: interactieve sessie datagedreven sturen voor uw atelier",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Via een van uw leden hoorden wij dat u binnenkort het programma voor het volgende Leer- en
            inspireer-atelier samenstelt. Datakompas Advies verzorgt graag een interactieve sessie van 45 minuten
            over datagedreven sturen in ambtelijke fusieorganisaties. Voor het netwerk hanteren wij een
            gereduceerd tarief van EUR 1.250 excl. btw, inclusief voorbereiding en een korte nabeschouwing.

            Ik bel u volgende week graag even om de mogelijkheden door te nemen.

            Met vriendelijke groet,
            Jasper Wolterink
            Partner | Datakompas Advies
            www.datakompas-advies.nl
            """
        ),
    },
    {
        "id": "d123-019",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Koen Hamstra <k.hamstra@eemzuid.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor de goede middag, ik heb er veel aan gehad. Voor de volgende keer: de positie van de
            werkorganisatie in het regionale speelveld. Veiligheidsregio, GGD, omgevingsdienst: wie zit daar namens
            wie aan tafel, en wat mogen de gemeenten van ons verwachten?

            Groet,
            Koen Hamstra
            """
        ),
    },
    {
        "id": "d123-020",
        "kind": "unsubscribe",
        "sender": "Gerrit Holtkamp <g.holtkamp@grenslandzuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mensen,

            Per 1 februari ga ik met pensioen, dus een onderwerp zit er voor mij niet meer in. Wilt u mij van de
            verzendlijst halen? Ik heb de bijeenkomsten van de afgelopen jaren zeer gewaardeerd.

            Met hartelijke groet,
            Gerrit Holtkamp
            """
        ),
    },
    {
        "id": "d123-021",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Gerard Bouwhuis <g.bouwhuis@kempenrand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Even wat context. Bij ons is de samenwerking tussen de drie gemeenten het afgelopen jaar flink onder
            druk komen te staan: de grootste gemeente dreigde uit te treden, er is een bestuurlijke verkenning
            geweest en uiteindelijk is besloten door te gaan. Daar zijn we blij mee, maar het heeft veel energie
            gekost, en eerlijk gezegd hoef ik daar op het atelier niet nog eens over te praten.

            Waar ik wel graag met collega's over wil sparren: hoe werf en behoud je ICT-personeel als het
            bedrijfsleven twintig procent meer betaalt? Wij hebben vier vacatures voor informatieadviseurs die al
            een halfjaar openstaan.

            Met vriendelijke groet,
            Gerard Bouwhuis
            Directeur, Werkorganisatie Kempenrand
            """
        ),
    },
    {
        "id": "d123-022",
        "kind": "other",
        "sender": "Marianne Verhoef <m.verhoef@lingewold.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Het gesprek over de relatie met de gemeenteraden bleef wat mij betreft aan de oppervlakte. Iedereen
            herkende het probleem, maar niemand kwam met een aanpak die werkt. Jammer, want daar zat de energie.

            Marianne
            """
        ),
    },
    {
        "id": "d123-023",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Fenna Dijkhuizen <f.dijkhuizen@ijsselkant.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Hoi,
            Twee dingen. Een ochtend zou mij beter uitkomen dan een middag, maar dat terzijde.
            Mijn onderwerp: ons dienstverleningsconcept "digitaal waar het kan, persoonlijk waar het moet". Hoe
            bepaal je waar die grens ligt voor ouderen en laaggeletterden?
            Fenna Dijkhuizen

            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d123-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sietske de Boer <s.deboer@woudenoord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Op 11 maart zit ik met het gezin in Oostenrijk, dus deze keer sla ik over. Om die reden ook geen
            onderwerpen van mij; dat laat ik graag aan de collega's die er wel zijn.

            Sietske de Boer
            """
        ),
    },
    {
        "id": "d123-025",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Paul Verbrugge <p.verbrugge@drechtmond.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geacht secretariaat,

            Namens de directie van Dienst Drechtmond de volgende onderwerpen:
            1. Scenarioplanning: wat betekenen krimp en vergrijzing voor onze opdracht richting 2040?
            2. Hoe ontwikkel je als directie een langetermijnvisie op de organisatie wanneer colleges in
               vierjaarsritmes denken?

            Met vriendelijke groet,

            mr. drs. P.A.M. (Paul) Verbrugge
            Algemeen directeur Dienst Drechtmond
            """
        ),
    },
    {
        "id": "d123-026",
        "kind": "other",
        "sender": "Thomas Geurts <t.geurts@maasheggen-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo,

            De link naar het verslag geeft bij mij een foutmelding (pagina niet gevonden). Kunnen jullie het verslag
            als pdf sturen? Ik wilde het morgen in het directieoverleg bespreken.

            Met vriendelijke groet,
            Thomas Geurts
            """
        ),
    },
    {
        "id": "d123-027",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Bas Hofstede <bas.hofstede@waalhoek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hallo,

            Een vraag die ik graag inbreng: hoe richt je het sturingsconcept in als een van de deelnemers steeds
            meer maatwerk vraagt dan de andere twee? Bij ons leidt dat tot aparte dienstverleningsovereenkomsten per
            gemeente, en dat trekt zowel de organisatie als de verhouding tussen de gemeenten langzaam uit elkaar.

            Groet, Bas
            """
        ),
    },
    {
        "id": "d123-028",
        "kind": "other",
        "sender": "Ilse Knoop <i.knoop@zuiderkroon.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Is er op het atelier ruimte voor leden om zelf een korte presentatie te geven? Zo ja, hoeveel tijd
            krijg je daarvoor en bij wie moet ik dat aanvragen? Dan overleg ik intern of we iets kunnen laten zien.

            Met vriendelijke groet,
            Ilse Knoop
            """
        ),
    },
    {
        "id": "d123-029",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Yvonne Kuipers <y.kuipers@berkelstroom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Onderwerp: wachttijden bij het Wmo-loket en hoe je die zichtbaar maakt voor de raad.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d123-030",
        "kind": "other",
        "sender": "Hendrika Wessels <h.wessels@vechtdalmidden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Wij hebben sinds kort een nieuw gemeentehuis met een prachtige raadzaal voor veertig personen. Zoekt u
            nog een locatie voor een van de volgende ateliers, dan bent u in Dalfsterveen van harte welkom.
            Parkeren en catering regelen wij; het station ligt op tien minuten lopen.

            Hartelijke groet,
            Hendrika Wessels
            Algemeen directeur Werkorganisatie Vechtdal-Midden
            """
        ),
    },
    {
        "id": "d123-031",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Thijs Versteeg <t.versteeg@hwl-werkorganisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Melanie,

            Ik heb er nog eentje bij, als het mag: de vervanging van ons zaaksysteem. De aanbesteding loopt
            volgend jaar en ik ben benieuwd hoe anderen dat met meerdere gemeenten hebben aangepakt.

            Bedankt!
            Thijs
            """
        ),
    },
    {
        "id": "d123-032",
        "kind": "autoreply",
        "sender": "Maarten de Groot-Pryce <m.degroot@ijsselkant.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Out of Office: " + OPROEP,
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "body": _(
            """
            I am out of the office until 25 January with limited access to e-mail.
            Ik ben afwezig tot 25 januari. Voor dringende zaken: bel 0570 - 49 33 10.
            """
        ),
    },
    {
        "id": "d123-033",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Maarten de Groot-Pryce <m.degroot@ijsselkant.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hello,

            Suggestion for March: the energy transition as a joint task. Our three councils have very different
            climate ambitions (one aims for 2030, another has not set a target at all) and we as the shared
            organisation are caught in between. How do others bring them together?

            Regards,
            Maarten
            Werkorganisatie IJsselkant
            """
        ),
    },
    {
        "id": "d123-034",
        "kind": "other",
        "sender": "Nicole Brouwer <n.brouwer@alblasmond.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan,

            Ik heb uw oproep doorgezet naar onze concerncontroller en naar de manager publiekszaken. Als zij een
            onderwerp hebben, reageren ze rechtstreeks bij u; ik heb ze gevraagd dat voor de 21e te doen.

            Met vriendelijke groet,
            Nicole Brouwer
            """
        ),
    },
    {
        "id": "d123-035",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hendrik Mulderij <h.mulderij@vechtdalmidden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Naar aanleiding van uw oproep breng ik, na afstemming in ons directieteam, graag de volgende twee
            onderwerpen in voor het atelier van 11 maart aanstaande.

            a) Informatiegestuurd werken. Wij beschikken over veel data, maar sturen nog nauwelijks op basis van
            die gegevens. Welke stappen hebben collega-organisaties gezet om van rapporteren naar sturen te komen,
            en welke randvoorwaarden (datateam, governance, privacy) bleken onmisbaar?

            b) Verzuim en vitaliteit. Ons verzuimpercentage ligt al twee jaar boven de zeven procent. Wij zijn
            benieuwd naar ervaringen met een integrale aanpak.

            Hoogachtend,

            drs. H.J. (Hendrik) Mulderij
            Directeur bedrijfsvoering
            Werkorganisatie Vechtdal-Midden
            Postbus 210, 7771 AE Dalfsterveen
            """
        ),
    },
    {
        "id": "d123-036",
        "kind": "other",
        "sender": "Lisanne Hoogeveen <lisanne.hoogeveen@gmail.com>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Welke thema's zijn er vorige keer eigenlijk het vaakst ingestuurd? Dan weet ik of het zin heeft om nog
            iets rond digitalisering aan te dragen, of dat dat al ruim vertegenwoordigd is.

            Lisanne
            """
        ),
    },
    {
        "id": "d123-037",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Leonie Sprenkels <l.sprenkels@grenslandzuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Graag aandacht voor werkgeverschap: hoe maak je een organisatie die "van niemand" lijkt te zijn
            aantrekkelijk voor jonge professionals? Onze medewerkers voelen zich vaak meer verbonden met hun eigen
            dorp dan met de werkorganisatie.

            Met groet,
            Leonie Sprenkels
            """
        ),
    },
    {
        "id": "d123-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Richard Ashworth <r.ashworth@kempenrand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Unfortunately I won't be able to attend on 11 March: we have a council meeting that evening and the
            afternoon is blocked for preparation. Enjoy the session.

            Richard Ashworth
            Deputy director, Werkorganisatie Kempenrand
            """
        ),
    },
    {
        "id": "d123-039",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Esra Yilmaz <e.yilmaz@alblasmond.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            Namens mevrouw drs. C. Ramdin, directeur van de Werkorganisatie Alblasmond, geef ik het volgende
            onderwerp door: proactieve dienstverlening rond levensgebeurtenissen zoals een overlijden of een
            verhuizing, zodat inwoners niet zelf bij verschillende loketten hoeven aan te kloppen.

            Met vriendelijke groet,
            Esra Yilmaz
            managementassistent directie
            """
        ),
    },
    {
        "id": "d123-040",
        "kind": "other",
        "sender": "Grace Mensah <g.mensah@rivierenhof.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Thank you for a wonderful afternoon. The case from Peelrijk on shared performance indicators was
            excellent, and I have already passed my notes on to our management team.
            Grace
            """
        ),
    },
    {
        "id": "d123-041",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Hanneke Zandstra <hanneke.zandstra@dollardkust.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: " + OPROEP,
        "body": _(
            """
            Voorstel: het uittreden van een gemeente uit de GR. Hoe bereid je je daar als directie op voor, ook
            als het (nog) niet aan de orde is?
            Hanneke
            """
        ),
    },
    {
        "id": "d123-042",
        "kind": "other",
        "sender": "Jan-Willem Boskamp <jw.boskamp@scheldeoost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Ter informatie: onze drie gemeenteraden hebben vorige maand besloten de GR per 2028 om te zetten in een
            herindeling. De werkorganisatie gaat dan op in de nieuwe gemeente. Tot die tijd doen we gewoon mee aan
            het netwerk.

            Jan-Willem Boskamp
            """
        ),
    },
    {
        "id": "d123-043",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Arjen Wolters <a.wolters@krvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dank voor het verslag, dat lees ik in het weekend rustig door.
            Mijn wens voor de volgende keer: mag een werkorganisatie een eigen koers hebben, los van wat de colleges
            vragen? Waar ligt de grens tussen dienstbaar en richtinggevend?
            Groet, Arjen Wolters
            """
        ),
    },
    {
        "id": "d123-044",
        "kind": "other",
        "sender": "Pieternel Smits <p.smits@peelrijk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Zou het mogelijk zijn het atelier voortaan op een vrijdag te houden? Donderdag is bij veel van ons
            collegedag of MT-dag, en dan moet ik steeds iets verzetten.
            Pieternel
            """
        ),
    },
    {
        "id": "d123-045",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Jolanda Wiersma <j.wiersma@woudenoord.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste organisatoren,

            Eerlijk is eerlijk: ik vond het laatste atelier te vol. Drie presentaties achter elkaar en daarna nog
            twintig minuten voor het gesprek, dat is te weinig.

            Voor de volgende keer stel ik voor om de P&C-cyclus te bespreken: drie begrotingen, drie jaarrekeningen
            en één organisatie die het allemaal moet leveren. Wie heeft een slimme manier gevonden om dat te
            stroomlijnen?

            Met groet,
            Jolanda Wiersma
            """
        ),
    },
    {
        "id": "d123-046",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Michiel van Rossum <michiel.vanrossum@gmail.com>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Beste secretariaat,

            Ik ben niet langer werkzaam bij Werkorganisatie Waalhoek. Graag mijn lidmaatschap beëindigen en al
            mijn gegevens uit uw bestanden verwijderen, zoals de AVG mij toestaat.

            Michiel van Rossum
            """
        ),
    },
    {
        "id": "d123-047",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Sjoerd Kloosterman <s.kloosterman@waalhoek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Wij komen op 11 maart met z'n tweeën: ikzelf en onze concerncontroller.
            Een onderwerp dat wij graag zouden agenderen: een benchmark van de bedrijfsvoeringskosten tussen
            werkorganisaties. We horen vaak dat we "te duur" zijn, maar vergeleken met wie?

            Vriendelijke groet,
            Sjoerd Kloosterman
            Werkorganisatie Waalhoek
            """
        ),
    },
    {
        "id": "d123-048",
        "kind": "other",
        "sender": "Wendela Hagenaars <w.hagenaars@eemzuid.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Mag ik het verslag delen met de leden van ons directieteam en met de gemeentesecretarissen? Of is het
            alleen bedoeld voor wie erbij was?
            Met vriendelijke groet, Wendela Hagenaars
            """
        ),
    },
    {
        "id": "d123-049",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Mirjam van Dongen <m.vandongen@maasheggen-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Zouden we het eens over ondernemers kunnen hebben? Concreet: werkt één accountmanager voor drie
            gemeenten, of verliezen ondernemers dan hun vaste aanspreekpunt in hun eigen gemeente?

            Groet,
            Mirjam van Dongen
            """
        ),
    },
    {
        "id": "d123-050",
        "kind": "other",
        "sender": "Anton Kruijswijk <a.kruijswijk@bestuurskrachtpartners.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Suggestie voor het volgende atelier: informatieveiligheid en de nieuwe BIO. Onze senior consultant kan
            hierover een sessie verzorgen; de kosten bedragen EUR 950 per dagdeel, reiskosten inbegrepen. Laat u
            maar weten of er interesse is, dan stuur ik een offerte.

            Met vriendelijke groet,
            Anton Kruijswijk
            Bestuurskracht Partners B.V.
            """
        ),
    },
    {
        "id": "d123-051",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Daniel Okafor <d.okafor@rivierenhof.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Hi Stan,
            I joined local government from the private sector last year, so forgive the naive question: how do you
            build a strategic agenda for the shared organisation when every college has its own coalition agreement
            and its own priorities? I would love to hear how colleagues go about that.
            Cheers,
            Daniel Okafor
            Algemeen directeur, Werkorganisatie Rivierenhof
            """
        ),
    },
    {
        "id": "d123-052",
        "kind": "rsvp",
        "attending": True,
        "sender": "Joost Mennink <j.mennink@ntwentestreek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Goed initiatief weer. Ik heb zo snel niets voor de agenda, maar noteer me maar als deelnemer voor de
            11e.
            Joost
            """
        ),
    },
    {
        "id": "d123-053",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ineke Boersma <i.boersma@zuiderkroon.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            De ambtelijke fusie van Zuiderkroon is per 1 januari vijf jaar oud. De samenwerking tussen de twee
            gemeenten loopt inmiddels als een trein; de raden hebben vorige maand unaniem ingestemd met de
            evaluatie en de regio kijkt met belangstelling mee. Daar zijn we best trots op.

            Wat ons nu bezighoudt, en waar ik graag over van gedachten wissel: hoe meet je of inwoners er echt op
            vooruit zijn gegaan? We hebben klanttevredenheidscijfers, maar geen idee of die iets zeggen over de
            kwaliteit van wat we leveren.

            Hartelijke groet,
            Ineke Boersma
            """
        ),
    },
    {
        "id": "d123-054",
        "kind": "other",
        "sender": "Monique Harmsen <monique.harmsen@lekvliet.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi Pieter,

            Zie hieronder, heb jij iets voor de lijst? Jij zit dichter op de dienstverlening dan ik. Laat het me
            voor vrijdag weten, dan stuur ik het namens ons in.

            Groet, Monique
            """
        ),
    },
    {
        "id": "d123-055",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Erwin Lubbers <erwin.lubbers@hunzedal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hallo Melanie, een onderwerp dat bij ons hoog op de lijst staat: de kosten van softwarelicenties en
            cloudcontracten. Die stijgen elk jaar met dubbele cijfers en de gemeenten kijken naar ons. Hoe houden
            anderen dat in de hand? Groet, Erwin
            """
        ),
    },
    {
        "id": "d123-056",
        "kind": "other",
        "sender": "Karel Dekkers <k.dekkers@kempenrand.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + VERVOLG,
        "body": _(
            """
            Goed georganiseerd en lekkere koffie :) Wel jammer dat de online deelnemers nauwelijks aan bod kwamen;
            ik zat achter Teams en heb de helft van de plenaire discussie niet verstaan.

            K. Dekkers
            """
        ),
    },
    {
        "id": "d123-057",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Rob Hendriks <r.hendriks@maasheggen-wo.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor het warme welkom. Ik ben sinds december directeur van de Werkorganisatie Maasheggen en heb
            meteen een onderwerp: de samenwerking met de buurregio op het gebied van jeugdzorg. Wij liggen op een
            regiogrens en worden van twee kanten aangesproken, en onze drie gemeenten kijken elk een andere kant op.

            Met vriendelijke groet,
            Rob Hendriks
            """
        ),
    },
    {
        "id": "d123-058",
        "kind": "other",
        "sender": "Wouter Brink <w.brink@berkelstroom.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Melanie,

            Ik zie dat je "digitalisering van werkprocessen" van mij hebt genoteerd. Wil je die schrappen? Onze
            directeur informatievoorziening heeft het onderwerp al in een ander netwerk ingebracht en ik wil niet
            dubbelop.

            Groet,
            Wouter
            """
        ),
    },
    {
        "id": "d123-059",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Geesje Drenth <g.drenth@dollardkust.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste secretariaat,

            Een dilemma dat me al een tijdje bezighoudt: wij bestaan tien jaar en de missie van toen (efficiënter
            werken, minder kwetsbaar zijn) is eigenlijk bereikt. Waarvoor zijn we er de komende tien jaar? Dat zou
            ik graag met collega's verkennen.

            Met vriendelijke groet,
            Geesje Drenth
            """
        ),
    },
    {
        "id": "d123-060",
        "kind": "other",
        "sender": "Annemiek Oude Luttikhuis <a.oudeluttikhuis@valleipoort.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Onze programmamanager heeft het afgelopen jaar veel geleerd in ons veranderprogramma. Mag zij op een
            van de volgende ateliers een presentatie verzorgen? Ik hoor graag of dat kan en wat jullie daarvoor van
            ons nodig hebben.

            Annemiek
            """
        ),
    },
    {
        "id": "d123-061",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Karin Mol <karin.mol@oosterzand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste secretariaat,

            Suggestie: management development. Hoe ontwikkel je leidinggevenden die tegelijk drie wethouders met
            verschillende wensen moeten bedienen? Onze teamleiders worstelen daar zichtbaar mee.

            Groet,
            Karin Mol
            """
        ),
    },
    {
        "id": "d123-062",
        "kind": "autoreply",
        "sender": "Marjolein Timmer <m.timmer@hwl-werkorganisatie.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Afwezig: " + VERVOLG,
        "body": _(
            """
            Tot en met 29 maart ben ik met verlof. Uw e-mail wordt niet doorgestuurd. Voor zaken die niet kunnen
            wachten kunt u contact opnemen met mijn collega Gijs Arends (g.arends@hwl-werkorganisatie.nl).
            """
        ),
    },
    {
        "id": "d123-063",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Tjeerd Hoekstra <t.hoekstra@dollardkust.nl>",
        "quote": "none",
        "subject": "Suggestie voor het atelier van maart",
        "body": _(
            """
            Dag Stan en Melanie,

            Mijn suggestie voor het atelier: de doorlooptijden van vergunningen onder de Omgevingswet. Inwoners en
            bouwers klagen, en wij willen beter in beeld krijgen waar het vastloopt.

            Met vriendelijke groet,
            Tjeerd Hoekstra
            Werkorganisatie Dollardkust
            """
        ),
    },
    {
        "id": "d123-064",
        "kind": "other",
        "sender": "Liam Fitzgerald <l.fitzgerald@valleipoort.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Happy to host one of the upcoming ateliers at our new office in Valleipoort: room for 35, AV on site and
            a five-minute walk from the station. Just let me know which date you have in mind.

            Liam Fitzgerald
            """
        ),
    },
    {
        "id": "d123-065",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Gonnie Brinkman <g.brinkman@eemzuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Ik weet niet of het in het rijtje past, maar misschien iets voor een keer: de rol van de werkorganisatie
            in de regionale economische agenda. We worden steeds vaker gevraagd namens de gemeenten aan tafel te
            zitten bij de regiodeal, zonder duidelijk mandaat.

            Met hartelijke groet,
            Gonnie Brinkman
            """
        ),
    },
    {
        "id": "d123-066",
        "kind": "other",
        "sender": "Stijn Roelofs <s.roelofs@ijsselkant.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Top, dank voor het noteren. Ik wacht de telling rustig af.

            Stijn
            """
        ),
    },
    {
        "id": "d123-067",
        "kind": "suggestion",
        "themes": ["strategie", "dienstverlening"],
        "sender": "Marije Smeenk-Adriaanse <m.smeenk@lingewold.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Stan,

            Onze suggesties:
            - Visie 2030 van de werkorganisatie: welke koers kiezen we na de verkiezingen?
            - Servicenormen herijken: halen we de beloofde reactietermijnen richting inwoners, en hoe rapporteren
              we daarover?

            Groet,
            Marije Smeenk-Adriaanse
            Directeur Ambtelijke organisatie Lingewold
            """
        ),
    },
    {
        "id": "d123-068",
        "kind": "other",
        "sender": "Eva Dorrestein <e.dorrestein@krvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste secretariaat,

            Ik heb deze ronde eerlijk gezegd geen onderwerpen. De thema's die vorig jaar op tafel lagen, dekken voor
            ons nog steeds de lading.

            Met vriendelijke groet,
            Eva Dorrestein
            """
        ),
    },
    {
        "id": "d123-069",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Nathalie Beumer <n.beumer@heuvelrandoost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja hoor, 11 maart staat in mijn agenda.

            En een onderwerp: werken we nog met vaste teams per gemeente of juist niet meer? Wij twijfelen of we
            de gebiedsteams uit de organisatiestructuur moeten halen.

            Nathalie
            """
        ),
    },
    {
        "id": "d123-070",
        "kind": "other",
        "sender": "Vincent Moll <v.moll@civitasdigital.eu>",
        "quote": "none",
        "subject": "Keynote offer: AI in municipal service delivery",
        "body": _(
            """
            Dear organisers,

            Civitas Digital would like to offer a keynote on AI in municipal service delivery for your next atelier.
            Our fee for a 60-minute keynote including Q&A is EUR 2,400 excl. VAT; members of the network receive a
            free follow-up workshop. Happy to send our brochure.

            Best regards,
            Vincent Moll
            Business Development, Civitas Digital BV
            """
        ),
    },
    {
        "id": "d123-071",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Roelie Jansma <r.jansma@woudenoord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Hoi Stan,
            Hoe borg je de eigenheid van kleine kernen in je dienstverlening? Denk aan een mobiel loket of
            spreekuren in het dorpshuis. Bij ons vragen de dorpen daar steeds nadrukkelijker om.
            Roelie
            """
        ),
    },
    {
        "id": "d123-072",
        "kind": "rsvp",
        "attending": True,
        "sender": "Cor Baarspul <c.baarspul@drechtmond.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Ik kom, en ik neem onze nieuwe directeur bedrijfsvoering mee. Reken dus op twee personen van Drechtmond.

            C. Baarspul
            """
        ),
    },
    {
        "id": "d123-073",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wendy Scholten <w.scholten@lekvliet.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Op het atelier noemde de collega van Berkelstroom al het verzuim; daar sluit ik me van harte bij aan.
            Zelf voeg ik er iets aan toe dat daar dichtbij ligt: de werkdruk bij de staf- en ondersteunende
            afdelingen, die voor drie colleges tegelijk moeten leveren.

            Groet,
            Wendy Scholten
            """
        ),
    },
    {
        "id": "d123-074",
        "kind": "other",
        "sender": "Bernadette Claessens <b.claessens@grenslandzuid.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Tijdens de afsluiting opperde de directeur van Waalhoek om de volgende keer over de arbeidsmarkt te
            praten. Daar sluit ik me helemaal bij aan. Zelf heb ik verder niets toe te voegen.

            Vriendelijke groet,
            Bernadette Claessens
            """
        ),
    },
    {
        "id": "d123-075",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ahmed El Idrissi <a.elidrissi@alblasmond.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag Stan,

            Mijn eerdere suggestie over de relatie met de gemeenteraden mag van de lijst; daar hebben we intern
            inmiddels een goede oplossing voor gevonden. In plaats daarvan zou ik graag praten over robotisering
            van werkprocessen in de backoffice (RPA). We staan op het punt daar een pilot mee te starten.

            Met vriendelijke groet,
            Ahmed El Idrissi
            """
        ),
    },
    {
        "id": "d123-076",
        "kind": "other",
        "sender": "Femke Rijpma <f.rijpma@hunzedal.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Melanie,

            In het verslag staat dat ik heb gepleit voor het afschaffen van de gebiedsteams, maar dat klopt niet
            helemaal: ik had het over het herijken ervan. Willen jullie dat nog aanpassen voordat het breder wordt
            gedeeld?

            Dank en groet,
            Femke Rijpma
            """
        ),
    },
    {
        "id": "d123-077",
        "kind": "other",
        "sender": "Annelies Verhoef <a.verhoef@zuiderkroon.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: " + OPROEP,
        "body": _(
            """
            Beste heer Van de Laar,

            Mevrouw Knoop vroeg mij deze oproep ook door te sturen naar haar nieuwe adjunct-directeur. Kunt u hem
            voortaan zelf op de verzendlijst zetten? Ik vraag nog even na welk e-mailadres hij het liefst gebruikt.

            Met vriendelijke groet,
            Annelies Verhoef
            secretariaat directie Werkorganisatie Zuiderkroon
            """
        ),
    },
    {
        "id": "d123-078",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Pim Scheltema <p.scheltema@scheldeoost.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste Stan en Melanie,

            Het verslag heb ik met plezier gelezen; het stuk over de couleur locale herken ik erg. Ik stel voor
            om daar de volgende keer op door te gaan met een concrete vraag: hoe verdeel je de gezamenlijke
            opgaven eerlijk als de ene gemeente veel meer inbrengt dan de andere, en iedereen toch eigenaar moet
            blijven?

            Hartelijke groet,
            Pim Scheltema
            """
        ),
    },
    {
        "id": "d123-079",
        "kind": "other",
        "sender": "Joris Bleeker <j.bleeker@waalhoek.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            One suggestion regarding the format: could we have a full day next time instead of an afternoon, with a
            dinner afterwards? Three and a half hours felt rushed for the depth of conversation we are aiming for.

            Joris
            """
        ),
    },
    {
        "id": "d123-080",
        "kind": "unsubscribe",
        "sender": "Herman Stoelinga <h.stoelinga@ntwentestreek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Met ingang van 1 maart neemt Frank Jorritsma mijn functie als algemeen directeur over; zijn adres is
            f.jorritsma@ntwentestreek.nl. Wilt u mij afmelden en de berichten van het netwerk voortaan aan hem
            sturen? Een onderwerp laat ik dus graag aan hem.

            Met vriendelijke groet,
            Herman Stoelinga
            """
        ),
    },
    {
        "id": "d123-081",
        "kind": "other",
        "sender": "Sophie Lankhorst <sophie.lankhorst@gmail.com>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Vergeet mijn mail van gisteren over de verdeelsleutel maar. Na overleg met de gemeentesecretarissen
            vinden we het toch te gevoelig om in een breder gezelschap te bespreken.

            Sophie
            """
        ),
    },
    {
        "id": "d123-082",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Iris Bakema <i.bakema@kromrijnvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik kan er op 11 maart helaas niet bij zijn, onze begrotingsraad valt precies die dag. Wel een idee voor
            de agenda: hoe zorg je dat het klantcontactcentrum inwoners van alle drie de gemeenten even goed kent?
            Bij ons voelen inwoners van de kleinste gemeente zich aan de telefoon vaak een nummer.

            Met vriendelijke groet,
            Iris Bakema
            """
        ),
    },
    {
        "id": "d123-083",
        "kind": "other",
        "sender": "Ruud Tijssen <r.tijssen@maasheggen-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Leuk idee van een van de collega's om het atelier eens te laten rouleren. Wij bieden ons aan als
            gastheer voor het najaar; ons kantoor in Maasheggen heeft een zaal voor dertig man en we zorgen voor een
            goede lunch.

            Ruud
            """
        ),
    },
    {
        "id": "d123-084",
        "kind": "other",
        "sender": "Bram Lindeboom <b.lindeboom@heuvelrandoost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Just a quick update from our side: we finished the migration to the new cloud platform two weeks ahead
            of schedule. Quite a milestone for an organisation serving three municipalities! Nothing for the
            agenda from me, I only wanted to share the good news.

            Bram
            """
        ),
    },
    {
        "id": "d123-085",
        "kind": "other",
        "sender": "Mathijs Kuiper <m.kuiper@lingewold.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Een vraag vooraf: mogen ook niet-leden spreken op het atelier? Ik denk aan een hoogleraar
            bestuurskunde met wie wij al een paar jaar samenwerken en die de ateliers een mooie verdieping zou
            kunnen geven.

            Met vriendelijke groet,
            Mathijs Kuiper
            """
        ),
    },
    {
        "id": "d123-086",
        "kind": "other",
        "sender": "Tanja Verkerk <t.verkerk@degouwen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Wanneer maken jullie bekend welke onderwerpen bij het volgende atelier centraal staan? Ik wil het op
            tijd in de MT-planning zetten, zodat mijn mensen kunnen meedenken.

            T. Verkerk
            """
        ),
    },
    {
        "id": "d123-087",
        "kind": "other",
        "sender": "Dirkje Hofman <d.hofman@oosterzand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Dank voor deze oproep. Fijn dat de leden zelf het programma bepalen; zo hoort een netwerk te werken.

            Dirkje
            """
        ),
    },
    {
        "id": "d123-088",
        "kind": "other",
        "sender": "Lucas van Heerde <l.vanheerde@berkelstroom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Via LinkedIn zag ik dat een collega van Lekvliet informatieveiligheid heeft ingebracht. Goed onderwerp
            wat mij betreft, daar stem ik graag voor. Zelf heb ik deze keer geen aanvulling.

            Lucas van Heerde
            """
        ),
    },
    {
        "id": "d123-089",
        "kind": "other",
        "sender": "Sanne Groenewegen <s.groenewegen@rivierenhof.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Even gepuzzeld, maar er is niets dat ik nu zou willen inbrengen. Misschien de volgende keer weer.
            Sanne
            """
        ),
    },
    {
        "id": "d123-090",
        "kind": "other",
        "sender": "Hans Meulenbelt <h.meulenbelt@krvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Kunnen we de volgende keer het hybride deel laten vallen? Het haalt de vaart uit het gesprek in de zaal.
            Liever volledig fysiek, of juist helemaal online, maar niet allebei tegelijk.

            Hans Meulenbelt
            """
        ),
    },
]
# fmt: on
