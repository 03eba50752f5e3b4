"""devset160: topic suggestions whose themes need care, under the call, the follow-up and as new mails.

Directors, secretaries and a few assistants of shared civil-service organisations answer the call for themes, the
follow-up after an atelier, the thank-you for a suggestion (and once the welcome and the invitation), or write a new
mail with a topic. The topics sit in the domain vocabulary of the four themes (sturingsconcept, formatie, I&A, KCC,
DVO's, verdeelsleutel, positie in de regio, bestuurlijke prioriteiten), some span two themes, and many carry theme
words that are not the theme of the proposal: a department called Dienstverlening, a strategiedag told about,
"strategische personeelsplanning", "samen met" a colleague, a theme the writer explicitly sets aside, English theme
words, compounds (dienstverleningsovereenkomst, samenwerkingsagenda, organisatieontwikkeling). A minority are
look-alikes that propose nothing: a format idea about "de organisatie" of the atelier, backing a colleague's topic,
asking to present, a question about which theme fits, a withdrawn suggestion, thanks, a plain yes or no, an
out-of-office, a leaver and a colleague's sign-up.

Conventions this set relies on (from the brief):
- A proposed topic under the call, the follow-up, the thank-you, the welcome or the invitation is a suggestion, also
  when the writer says in the same mail whether they come; a reply that only says whether one comes is an rsvp.
- The themes are those of what is proposed, not of words used in passing, of the story before it, of the writer's
  job title or of a theme the writer says to leave aside; two themes only where one topic clearly spans both or where
  two topics fall under two themes. The four themes are read as the call describes them: Samenwerking is the relation
  between the participating municipalities and the region (so cooperation between internal teams is Organisatie),
  Organisatie holds structure, steering, formatie, innovation inside, digitalisation, processes, finance and I&A,
  Dienstverlening is service to residents, businesses and institutions and the monitoring of it.
- A proposal about the form of the atelier (place, working method) is other; backing another member's topic without
  one's own and asking whether one may present are other; questions and thanks are other.
- Leaving the network is unsubscribe; signing up one named colleague with the address is subscribe.
- An out-of-office carries the thread its headers point to and no quote. A mail an assistant forwards with a line
  above it is that assistant's new mail and has no thread; replies to the follow-up use the thread followup.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d160-001",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Joost Ravensbergen <j.ravensbergen@werkorganisatie-vlietstreek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Mijn onderwerp voor 11 maart:
            - van resultaatgericht naar opgavegericht sturen: wat betekent dat voor ons sturingsconcept
              en voor de rol van de teamleiders?

            We zitten er middenin en ik ben benieuwd hoe anderen die overgang hebben aangepakt.

            Met vriendelijke groet,

            Joost Ravensbergen
            Algemeen directeur Werkorganisatie Vlietstreek
            """
        ),
    },
    {
        "id": "d160-002",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Fenna Oldenhuis <f.oldenhuis@peelhorst.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi Melanie,

            Wat mij bezighoudt: waar staan we als werkorganisatie in 2035? Onze visie kijkt nu niet verder dan de
            huidige bestuursperiode. Ik zou graag met collega's sparren over een koers voor de lange termijn die ook
            een wisseling van colleges overleeft.

            Groet,
            Fenna
            """
        ),
    },
    {
        "id": "d160-003",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ricardo Mahabier <r.mahabier@gr-lekbeemden.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Goedemiddag,

            Een onderwerp dat bij ons helaas actueel is: een van onze drie gemeenten heeft een onderzoek naar
            uittreding uit de GR aangekondigd. Hoe houd je de relatie met die gemeente goed zolang dat loopt, en hoe
            voorkom je dat de andere twee ook gaan schuiven? Ik vermoed dat meer collega's hier ooit mee te maken
            krijgen.

            Vriendelijke groet,
            Ricardo Mahabier
            gemeentesecretaris/directeur GR Lekbeemden
            """
        ),
    },
    {
        "id": "d160-004",
        "kind": "other",
        "sender": "Bart Zuidervaart <b.zuidervaart@drechtwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Een inhoudelijk onderwerp heb ik nog niet, wel iets over de organisatie van het atelier zelf: zou het een
            keer buiten Utrecht kunnen, bijvoorbeeld in het oosten van het land? Voor ons is het steeds ruim twee uur
            rijden, en ik weet dat collega's uit Twente en de Achterhoek daar ook over mopperen. Een ochtendprogramma
            met lunch zou mij ook beter uitkomen dan de middag.

            Met vriendelijke groet,
            Bart Zuidervaart
            """
        ),
    },
    {
        "id": "d160-005",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Annelies Kortekaas <a.kortekaas@heuvelrandsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Onderwerp: de bereikbaarheid van ons KCC. De wachttijden aan de telefoon lopen op en ik wil weten welke
            normen anderen hanteren en hoe ze dat bijhouden.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d160-006",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Margaret Hollis-de Boer <m.hollis@zoomenzand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan,

            Apologies for writing in English, my Dutch is still a work in progress. A topic I would like to put
            forward: service delivery to local entrepreneurs. We are considering a single point of contact for
            businesses (an "ondernemersloket") and would love to hear what worked elsewhere and what did not.

            Kind regards,
            Margaret Hollis-de Boer
            Director of Operations
            """
        ),
    },
    {
        "id": "d160-007",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Hester Wijnbergen <h.wijnbergen@wieringerhof.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste secretariaat,

            Voorstel: de inzet van AI in het klantcontact. Aan de ene kant wat het inwoners oplevert (dag en nacht
            antwoord, maar wie helpt de mensen die digitaal minder vaardig zijn?), aan de andere kant wat het vraagt van
            onze werkprocessen en van de collega's aan de balie. Dat tweede onderschatten we volgens mij.

            Groet,
            Hester Wijnbergen
            """
        ),
    },
    {
        "id": "d160-008",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Coen Algra <c.algra@ambtelijk-kempenrand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan,

            Twee onderwerpen van mijn kant:
            1. Mag een uitvoeringsorganisatie een eigen missie en koers hebben, of volgen we alleen wat
               de colleges willen?
            2. De regionale woondeal als gezamenlijke opgave: hoe verdelen de drie gemeenten de lasten en wie trekt?

            Met vriendelijke groet,
            Coen Algra
            directeur Kempenrand Werkt
            """
        ),
    },
    {
        "id": "d160-009",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ilse Brandsma <ilse.brandsma@gmail.com>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            De samenwerking tussen onze twee gemeenten loopt na zes jaar eigenlijk vanzelf, daar hoeven we het niet
            over te hebben. Waar ik wel wakker van lig is de formatie: er staan veertig vacatures open en sommige
            functies (planologen, belastingspecialisten) krijgen we gewoon niet ingevuld. Hoe gaan anderen daarmee om?
            Graag als onderwerp voor maart.

            Ilse Brandsma
            directeur bedrijfsvoering Werkorganisatie Oosterwold-Dijkveen
            """
        ),
    },
    {
        "id": "d160-010",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hanneke van Lierop <h.vanlierop@gr-amstelmeer.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hallo Stan en Melanie,

            De samenwerking met onze nieuwe partnergemeente slokt deze maanden al mijn aandacht op, dus een onderwerp
            heb ik eerlijk gezegd niet. Op 11 maart ben ik er wel graag bij, dat staat al in mijn agenda.

            Hanneke
            """
        ),
    },
    {
        "id": "d160-011",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "W.J. Hazelhoff <w.hazelhoff@werkorganisatie-lingedal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Geachte heer Van de Laar,

            Het thema dienstverlening is bij het vorige atelier al uitgebreid aan bod gekomen; dat hoeft wat mij
            betreft niet opnieuw. Ik zou de begroting van de werkorganisatie willen agenderen: de loonkosten stijgen
            harder dan de indexatie, en wij moeten het geheel sluitend krijgen zonder op opleidingen en personeel te
            bezuinigen.

            Hoogachtend,

            mr. W.J. (Wouter) Hazelhoff
            algemeen directeur
            """
        ),
    },
    {
        "id": "d160-012",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Lotte Steenbergen <l.steenbergen@peelhorst.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de inspirerende middag en het snelle verslag!

            Voor de volgende keer: de herijking van ons dienstverleningsconcept. "Digitaal waar het kan, persoonlijk
            waar het moet" klinkt mooi, maar hoe bepaal je voor inwoners waar die grens precies ligt?

            Lotte
            """
        ),
    },
    {
        "id": "d160-013",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Thijs Rademaker <t.rademaker@werkorganisatie-vlietstreek.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Voor het volgende atelier stel ik voor: de regionale samenwerkingsagenda. Wij stellen nu met de andere
            werkorganisaties en de centrumstad één agenda op, en de vraag is hoe je je eigen gemeenten daarin
            herkenbaar houdt zonder de boel te blokkeren.

            Groet,
            Thijs Rademaker
            """
        ),
    },
    {
        "id": "d160-014",
        "kind": "other",
        "sender": "Nienke Hoogeveen <n.hoogeveen@drechtwaard.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Ik sluit me graag aan bij wat Karin Vos aan het eind voorstelde, dienstverlening in de kleine kernen. Dat
            zou ik ook heel graag een keer op de agenda zien. Zelf heb ik verder niets toe te voegen.

            Hartelijke groet,
            Nienke Hoogeveen
            """
        ),
    },
    {
        "id": "d160-015",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Pieter Vanderstraeten <p.vanderstraeten@oostgaasterland-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            Great session, thanks. Not strategy this time please, I think we have had enough vision talk for a while :)
            What I'd like to discuss next: keeping the three councils on board. Our raadsleden feel far removed from the
            shared organisation, and that is starting to undermine the relationship between the partner municipalities.

            Best,
            Pieter
            """
        ),
    },
    {
        "id": "d160-016",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marloes Dekkers <m.dekkers@oosterwold-dijkveen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Idee voor een volgende keer: organisatieontwikkeling twee jaar na de fusie. Bij ons bestaan nog altijd
            twee culturen naast elkaar, "zij van Oosterwold" en "wij van Dijkveen". Wat werkt er om daar echt één
            club van te maken?

            Marloes

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d160-017",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Gijs Tammeling <g.tammeling@lingedal.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            Mijn suggestie: strategische personeelsplanning. Over vijf jaar gaat een kwart van onze mensen met
            pensioen. Hoe vertaal je dat nu al naar de formatie en naar opleidingsplannen?

            Gijs Tammeling
            directeur bedrijfsvoering
            """
        ),
    },
    {
        "id": "d160-018",
        "kind": "other",
        "sender": "Erik-Jan Bolhuis <e.bolhuis@zoomenzand.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Wij hebben per 1 februari een nieuw sturingsconcept ingevoerd, met opgaveteams en een compacte directie.
            Zou ik dat op het volgende atelier mogen presenteren? Een kwartier is genoeg, daarna kunnen collega's er
            met ons op schieten. Laat maar weten of daar ruimte voor is.

            Met vriendelijke groet,
            Erik-Jan Bolhuis
            """
        ),
    },
    {
        "id": "d160-019",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Sabine Wolters <s.wolters@heuvelrandsamen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Voorstel voor de volgende keer: de dienstverleningsovereenkomsten met onze deelnemende gemeenten. Het gaat
            mij niet om de dienstverlening aan inwoners, maar om de verhouding opdrachtgever-opdrachtnemer: wie bepaalt
            wat, en hoe voorkom je dat elke wethouder rechtstreeks bij een teamleider aanklopt?

            Met vriendelijke groet,
            Sabine Wolters
            algemeen directeur Heuvelrand Samen
            """
        ),
    },
    {
        "id": "d160-020",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Jorien Klappe <j.klappe@gr-amstelmeer.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Nog een aanvulling op mijn lijstje: wat doe je met de uitkomsten van klanttevredenheidsonderzoek? Wij meten
            ieder jaar hoe inwoners ons waarderen, maar er verandert daarna weinig aan de balie of aan de telefoon.

            Jorien
            """
        ),
    },
    {
        "id": "d160-021",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Daniel Okafor <d.okafor@werkorganisatie-lingedal.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for noting my earlier points. One more for the list: moving our back office to the cloud. I mean the
            I&A architecture, the exit from our own data centre, and the skills our IT team is still missing.

            Regards,
            Daniel Okafor
            Head of I&A
            """
        ),
    },
    {
        "id": "d160-022",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Marjan Elzinga <m.elzinga@wieringerhof.nl>",
        "subject": "Onderwerp voor het atelier",
        "quote": "none",
        "body": _(
            """
            Beste Melanie,

            De oproep kon ik niet meer terugvinden, vandaar een los mailtje. Een onderwerp voor maart: werken met
            scenario's op directieniveau. Krimp in de dorpen, misschien ooit een herindeling, nieuwe decentralisaties:
            hoe bereid je de werkorganisatie voor op toekomsten die je niet kunt voorspellen?

            Groet,
            Marjan Elzinga
            """
        ),
    },
    {
        "id": "d160-023",
        "kind": "unsubscribe",
        "sender": "Harm Wesselink <h.wesselink@bergenveld-werkt.nl>",
        "subject": "Afmelding netwerk",
        "quote": "none",
        "body": _(
            """
            Geacht secretariaat,

            Per 1 april wordt de samenwerking tussen Bergen en Veldhoeve ontvlochten en houdt onze werkorganisatie op
            te bestaan. Mijn functie vervalt daarmee. Wilt u mij afmelden voor het netwerk? Ik heb de ateliers altijd
            met veel plezier bezocht.

            Met vriendelijke groet,
            Harm Wesselink
            """
        ),
    },
    {
        "id": "d160-024",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Yvonne Straatsma <y.straatsma@kempenrand.nl>",
        "subject": "Suggestie atelier: keuzes in de inhoudelijke agenda",
        "quote": "none",
        "body": _(
            """
            Beste secretariaat,

            Een onderwerp: hoe bepaal je als directie welke van de grote maatschappelijke opgaven (energietransitie,
            woningbouw, vergrijzing) echt op de inhoudelijke agenda van de organisatie komen, en wat je bewust laat
            liggen? Wij willen alles tegelijk en dat lukt niet.

            vriendelijke groeten,
            Yvonne Straatsma
            """
        ),
    },
    {
        "id": "d160-025",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Oliver Brandt <o.brandt@vechtdalsamen.nl>",
        "subject": "Topic suggestion for the atelier",
        "quote": "none",
        "body": _(
            """
            Dear secretariat,

            A suggestion for the next Leer- en inspireer-atelier: our position in the region. How do shared service
            organisations deal with the province, the water board and the safety region? Do we speak on behalf of our
            municipalities, or does each of them speak for itself?

            Regards,
            Oliver Brandt
            """
        ),
    },
    {
        "id": "d160-026",
        "kind": "autoreply",
        "sender": "Femke Harmsen <f.harmsen@lekbeemden.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken? "
            "Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Dank voor uw bericht. Tot en met 15 januari ben ik niet bereikbaar in verband met de strategiesessies met
            de drie colleges en de jaarlijkse organisatiedag. Voor dringende zaken kunt u terecht bij het
            directiesecretariaat, 0345 - 61 20 00.

            Femke Harmsen
            """
        ),
    },
    {
        "id": "d160-027",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Rutger Kamphuis <r.kamphuis@gr-lekbeemden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Onderwerp: informatiebeveiliging. Hoe beleg je binnen de werkorganisatie wie eindverantwoordelijk is voor
            de BIO, en hoe zorg je dat de CISO ook echt gehoord wordt in het MT?

            R. Kamphuis
            """
        ),
    },
    {
        "id": "d160-028",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Claudia Verwey <c.verwey@drechtwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Op onze strategiedag in december kwam naar voren dat ondernemers zich slecht bediend voelen door de
            gemeenten. Daarom mijn voorstel: accountmanagement voor ondernemers, met één vast aanspreekpunt en een
            terugbelgarantie. Wie heeft dat goed geregeld?

            Met vriendelijke groet,
            Claudia Verwey
            """
        ),
    },
    {
        "id": "d160-029",
        "kind": "suggestion",
        "themes": ["strategie", "organisatie"],
        "sender": "Menno Greidanus <m.greidanus@wieringerhof.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Graag wil ik bespreken hoe je bestuurlijke prioriteiten vertaalt naar de formatie. De colleges leggen
            ieder jaar nieuwe accenten, maar onze capaciteit schuift niet mee. Hoe richt je de organisatie zo in dat ze
            kan meebewegen met wat het bestuur belangrijk vindt?

            Menno Greidanus
            """
        ),
    },
    {
        "id": "d160-030",
        "kind": "other",
        "sender": "Astrid Pruim <a.pruim@vechtdalsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Een vraag vooraf: onder welk thema valt informatiebeveiliging eigenlijk, organisatie of dienstverlening?
            En telt het mee als iets bij twee thema's past? Ik overweeg iets in te sturen, maar wil het dan wel goed
            in het hokje zetten.

            Met vriendelijke groet,
            Astrid Pruim
            """
        ),
    },
    {
        "id": "d160-031",
        "kind": "suggestion",
        "themes": ["samenwerking", "dienstverlening"],
        "sender": "Kees Jonkman <k.jonkman@vechtdalsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Voorstel: dienstverlening over de grenzen van de GR heen. Wij willen met twee buurgemeenten die niet in
            onze werkorganisatie zitten één Wmo-loket inrichten. Hoe maak je daar afspraken over tussen de gemeenten,
            en wat merkt de inwoner ervan?

            Kees Jonkman
            """
        ),
    },
    {
        "id": "d160-032",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "sender": "Wendela Rozendaal <w.rozendaal@zoomenzand.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Onderwerp voor het volgende atelier: de kostenverdeelsleutel. Die van ons is gebaseerd op inwonertallen van
            2016 en één gemeente vindt dat zij te veel betaalt. Hoe herzie je zo'n sleutel financieel verantwoord
            zonder dat het de verhoudingen tussen de gemeenten verziekt?

            Groet,
            Wendela Rozendaal
            """
        ),
    },
    {
        "id": "d160-033",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Bas Hendrikx <bas.hendrikx@peelhorst.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Twee dingen die ik een volgende keer graag zou bespreken:
            - hybride werken en wat dat betekent voor de huisvesting (we hebben drie gemeentehuizen en nog geen plan)
            - werving als werkorganisatie zonder herkenbare naam: niemand solliciteert bij "Peelhorst",
              iedereen kent alleen de gemeenten

            gr Bas
            """
        ),
    },
    {
        "id": "d160-034",
        "kind": "other",
        "sender": "Gert van Heusden <g.vanheusden@lingedal.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Dank voor het verslag. Het deel over samenwerking en eigenheid heb ik meteen doorgestuurd aan ons MT en aan
            de drie burgemeesters; de casus van de vier gemeentebesturen herkenden ze allemaal. Complimenten voor hoe
            jullie de middag hebben georganiseerd.

            Gert van Heusden
            """
        ),
    },
    {
        "id": "d160-035",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Tamara Eijkelboom <t.eijkelboom@oosterwold-dijkveen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Melanie, suggestie voor de volgende keer: customer journey mapping. Wij hebben de reis van een inwoner
            die naar onze gemeente verhuist in kaart gebracht en dat leverde verrassende inzichten op over hoe vaak we
            mensen laten wachten. I'd love to compare notes met anderen die hiermee bezig zijn.

            Cheers, Tamara
            """
        ),
    },
    {
        "id": "d160-036",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hendrik Veldkamp <h.veldkamp@bergenveld-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Mijn onderwerp: innovatie binnen de eigen organisatie. Hoe maak je ruimte om te experimenteren als de
            formatie krap is en elke euro verantwoord moet worden? Wij denken aan een klein innovatiebudget en een
            proeftuinteam, maar twijfelen of dat werkt.

            H. Veldkamp
            directeur
            """
        ),
    },
    {
        "id": "d160-037",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Saskia Hooijer <s.hooijer@gr-amstelmeer.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Onderwerp: proactieve dienstverlening. Inwoners die recht hebben op kwijtschelding of een minimaregeling
            krijgen die automatisch, zonder dat ze iets hoeven aan te vragen. Wie is hier al verder mee dan een pilot?

            Saskia Hooijer
            """
        ),
    },
    {
        "id": "d160-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mirjam Schoonderwoerd <m.schoonderwoerd@heuvelrandsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Op 11 maart zit ik helaas de hele dag in een regiobijeenkomst over de samenwerking in de veiligheidsregio,
            dus ik kan er deze keer niet bij zijn. De volgende keer hoop ik weer van de partij te zijn.

            Met vriendelijke groet,
            Mirjam Schoonderwoerd
            """
        ),
    },
    {
        "id": "d160-039",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Anton Prinsen <a.prinsen@ambtelijk-kempenrand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Een thema dat bij ons speelt: de verhouding met de centrumgemeente. Bij elk regionaal overleg zit de grote
            stad aan het hoofd van de tafel en mogen wij aanschuiven. Hoe zorgen kleinere gemeenten samen voor een
            stem die gehoord wordt?

            Anton Prinsen
            """
        ),
    },
    {
        "id": "d160-040",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Jacqueline Ter Horst <j.terhorst@vechtdalsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Ik ben er op 11 maart zeker bij. Als onderwerp: de bestuurlijke prioriteiten na de verkiezingen van 2026.
            Drie nieuwe colleges, drie nieuwe akkoorden: hoe stel je daarna je meerjarige organisatie-agenda bij
            zonder alles overnieuw te doen?

            Groet,
            Jacqueline
            """
        ),
    },
    {
        "id": "d160-041",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Lodewijk Baars <l.baars@werkorganisatie-vlietstreek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Als directeur Dienstverlening verwachten jullie van mij vast een onderwerp over klantcontact, maar nee. Ik
            wil het hebben over de verhouding tussen de drie colleges in ons algemeen bestuur: elk college stuurt op
            het eigen belang en het DB komt nauwelijks nog tot besluiten.

            Met vriendelijke groet,
            Lodewijk Baars
            directeur Dienstverlening, Werkorganisatie Vlietstreek
            """
        ),
    },
    {
        "id": "d160-042",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Nathalie Verbrugge <n.verbrugge@bergenveld.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom!

            Ik heb meteen een onderwerp: wij gaan per 1 januari van twee ambtelijke apparaten naar één werkorganisatie
            en ik sta voor de vraag welke organisatiestructuur we kiezen. Een directiemodel met sectoren, of teams
            rechtstreeks onder de directie? Ervaringen van anderen hoor ik graag.

            Met vriendelijke groet,
            Nathalie Verbrugge
            """
        ),
    },
    {
        "id": "d160-043",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Jeroen Smitskamp <j.smitskamp@oostgaasterland-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ja, ik kom. En alvast een onderwerp voor een volgende keer: dienstverlening in de kleine kernen. Wij rijden
            met een mobiel gemeenteloket langs de dorpen en ik ben benieuwd of anderen dat ook doen en hoe dat loopt.

            Jeroen
            """
        ),
    },
    {
        "id": "d160-044",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ingeborg Lamers <i.lamers@lekbeemden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag Stan,

            Ik twijfelde of dit onder strategie of organisatie valt, maar eigenlijk gaat het puur om werkprocessen:
            zaakgericht werken. Wij draaien nog op drie zaaksystemen uit de oude gemeenten en willen naar één. Hoe pak
            je dat aan zonder dat de organisatie een half jaar stilvalt?

            Ingeborg Lamers
            """
        ),
    },
    {
        "id": "d160-045",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Reinier de Graaff <r.degraaff@heuvelrandsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Ons cluster Dienstverlening wordt opgeknipt, het is met 140 mensen te groot geworden. Dat brengt me op een
            onderwerp: de spanwijdte van leidinggevenden. Hoeveel medewerkers per teamleider werkt in de praktijk, en
            hoeveel managementlagen heb je eigenlijk nodig?

            Reinier
            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d160-046",
        "kind": "other",
        "sender": "Corine Ottens <c.ottens@gr-amstelmeer.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Dank voor de bevestiging. Wanneer hoor ik of mijn onderwerp over dienstverlening het programma heeft
            gehaald? Ik wil mijn teamleider KCC eventueel meenemen en die moet het tijdig in de planning zetten.

            Groet,
            Corine Ottens
            """
        ),
    },
    {
        "id": "d160-047",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Stephen Mulder <s.mulder@drechtwaard.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for a great afternoon. For next time I'd suggest business continuity after a cyber incident. We were
            hit by ransomware last autumn and learned the hard way how dependent our processes are on a handful of IT
            systems and a handful of people.

            Best regards,
            Stephen Mulder
            """
        ),
    },
    {
        "id": "d160-048",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Annemiek Roosendaal <a.roosendaal@drechtwaard.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Samen met Rob Teunissen kwamen we in de pauze op het volgende onderwerp: het monitoren van prestaties in
            de dienstverlening. Welke indicatoren laat je de raden zien, en hoe voorkom je dat het een afvinklijstje
            wordt waar de inwoner niets aan heeft?

            Groet,
            Annemiek Roosendaal
            """
        ),
    },
    {
        "id": "d160-049",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Sanne Kuipers <s.kuipers@lingedal.nl>",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemorgen,

            Namens Gerda Bosveld (algemeen directeur) stuur ik u haar onderwerp voor het atelier: hoe ga je om met de
            uiteenlopende ambities van de deelnemende gemeenten, als de ene gemeente wil groeien en investeren en de
            andere vooral rust en lage lasten wil?

            Met vriendelijke groet,
            Sanne Kuipers
            managementassistent directie
            """
        ),
    },
    {
        "id": "d160-050",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marco Dijkhuizen <m.dijkhuizen@zoomenzand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            digitalisering!! vooral robotisering van werkprocessen, bij ons de belastingen en de WOZ.
            wie doet er al wat mee?

            gr marco

            Verzonden vanaf mijn Samsung Galaxy
            """
        ),
    },
    {
        "id": "d160-051",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Rosalind Achterberg <r.achterberg@oostgaasterland-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Proposal for a topic: a shared long-term vision that all three partner municipalities can actually sign up
            to. Our councils have very different ambitions, and every attempt at a common strategy so far has ended in a
            document nobody owns. How do others build such a vision across municipalities?

            Rosalind Achterberg
            """
        ),
    },
    {
        "id": "d160-052",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Frits Wagenaar <f.wagenaar@ambtelijk-kempenrand.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Het thema samenwerking van deze keer was wat mij betreft raak. Voor de volgende keer zou ik liever naar
            binnen kijken: de planning-en-controlcyclus. Wij leveren vier begrotingen en vier jaarrekeningen aan en
            de P&C slurpt onze financiële afdeling helemaal leeg.

            Frits Wagenaar
            """
        ),
    },
    {
        "id": "d160-053",
        "kind": "other",
        "sender": "Joyce Verhoef <j.verhoef@peelhorst.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Een idee voor de werkvorm, niet voor de inhoud: probeer eens een strategiespel in plaats van de
            tafelgesprekken. Wij hebben met ons MT een serious game gespeeld en dat leverde veel meer discussie op dan
            een plenaire ronde. Zonder powerpoints graag!

            Joyce
            """
        ),
    },
    {
        "id": "d160-054",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ton Bijlsma <t.bijlsma@werkorganisatie-lingedal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Onderwerp: klachtbehandeling en de rol van de ombudsman. Wij krijgen steeds meer klachten over bejegening
            en ik wil leren hoe anderen klachten gebruiken om beter te worden voor inwoners.

            Ton Bijlsma
            """
        ),
    },
    {
        "id": "d160-055",
        "kind": "subscribe",
        "sender": "Gerrit Lammertsma <g.lammertsma@wieringerhof.nl>",
        "subject": "Nieuw lid voor het netwerk",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Onze nieuwe directeur Dienstverlening en Organisatie, Laura Bekink, wil graag lid worden van het netwerk.
            Haar adres is l.bekink@wieringerhof.nl. Zij begint op 1 maart en zou het atelier van 11 maart een mooi
            begin vinden.

            Met vriendelijke groet,
            Gerrit Lammertsma
            algemeen directeur
            """
        ),
    },
    {
        "id": "d160-056",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Eveline Haverkamp <e.haverkamp@oostgaasterland-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Voorstel: hoe kom je tot een onderbouwde formatie? Onze teamleiders vragen elk jaar om meer fte en ik heb
            geen objectieve maatstaf om dat te toetsen. Een normenkader of benchmark voor de formatieberekening zou
            mij enorm helpen.

            Met vriendelijke groet,
            Eveline Haverkamp
            """
        ),
    },
    {
        "id": "d160-057",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Willemijn Terpstra <w.terpstra@gr-lekbeemden.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Mag ik er nog eentje bij zetten? De doorlooptijden onder de Omgevingswet: initiatiefnemers klagen dat ze
            langer op een besluit wachten dan vroeger. Hoe houden anderen de termijnen richting aanvragers in de hand?

            Willemijn
            """
        ),
    },
    {
        "id": "d160-058",
        "kind": "other",
        "sender": "Arjen Hofstede <a.hofstede@bergenveld-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Mijn eerdere suggestie over zaakgericht werken mag van de lijst. Dat hebben we intussen intern opgelost en
            ik zou niet weten wat ik er nog over moet vertellen. Iets anders heb ik op dit moment niet.

            Groet,
            Arjen Hofstede
            """
        ),
    },
    {
        "id": "d160-059",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Doortje Kramer <d.kramer@heuvelrandsamen.nl>",
        "subject": "Idee voor het najaarsatelier",
        "quote": "none",
        "body": _(
            """
            Hallo Stan en Melanie,

            Een onderwerp voor het najaar: samenwerking tussen onze eigen afdelingen. De schotten van vóór de fusie
            staan nog overeind; ruimtelijke ordening praat nauwelijks met het sociaal domein en elk team heeft zijn
            eigen planning. Hoe doorbreek je die silo's binnen één werkorganisatie?

            Doortje Kramer
            """
        ),
    },
]
# fmt: on
