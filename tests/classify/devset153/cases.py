"""devset153: topic suggestions for the atelier and the mail that only looks like one.

Directors answer the call for themes, the follow-up after the atelier, the thank-you for a suggestion and now and
then the invitation, the reminder or the welcome; a few write a new mail. The suggestions come in every shape: one
line, a list one per line, a long story with the proposal tucked in at the end, two topics under two themes, a topic
that spans two themes, English and half-English mails, a topic beside a yes or a no for the atelier. The look-alikes
propose nothing: a reaction to the chosen theme, a question about how topics are chosen, backing a colleague's
topic, telling what their own organisation does, asking or offering to present, taking a topic back, thanks, an
idea about the form of the atelier, a yes or no without a topic, and a retirement.

Conventions this set relies on (from the brief):
- A topic proposed under any of our mails (call, follow-up, thank-you, invitation, reminder, welcome) or in a new
  mail is a `suggestion`, also when the writer says in the same mail whether they come.
- Themes are those of what is proposed, not of the story told before it or of words used in passing (a topic about
  service to residents stays `dienstverlening` although "digitalisering" or "bezetting" is mentioned); two themes
  where the writer proposes two topics under two themes or where one topic clearly spans both.
- Backing another member's topic without one of one's own, asking whether one may present (or offering a talk
  without a topic proposal), taking a topic back, thanks, questions about the process and a proposal about the
  form of the atelier are `other`.
- Under the call for themes a reply that only says whether the writer comes is an `rsvp`; leaving the network
  without a successor's address is `unsubscribe`.
- Replies to `vervolg_atelier` carry the thread `followup`; replies to `oproep_themas` and `bedankt_suggestie`
  carry `call_for_themes`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- suggestions under the call for themes -------------------------------------------------------------------
    {
        "id": "d153-001",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ruud Hoogeveen <r.hoogeveen@werkorganisatie-kreekland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Eén onderwerp van mijn kant: hoe houd je de formatie op peil als vacatures voor planologen en
            ICT'ers maanden blijven openstaan?

            Groet,
            Ruud Hoogeveen
            directeur bedrijfsvoering Werkorganisatie Kreekland
            """
        ),
    },
    {
        "id": "d153-002",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Annelies Brouwer-Tan <abrouwer@drielandwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hallo,

            Zoals gevraagd één per regel:
            - AI-toepassingen in de backoffice (wat mag wel, wat juist niet)
            - sturen op informatieveiligheid nu de BIO strenger wordt
            - een eenvoudiger planning-en-controlcyclus voor drie begrotingen

            Hartelijke groet,
            Annelies Brouwer-Tan
            Drieland Werkt
            """
        ),
    },
    {
        "id": "d153-003",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Hendrik Jan Wolters <hj.wolters@gr-veenzoom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Het was bij ons een bewogen jaar. De discussie met de drie colleges over de verdeelsleutel heeft
            maanden geduurd en Rietkerk heeft zelfs even hardop getwijfeld of ze wel in de GR wilde blijven. Dat
            is inmiddels geland, gelukkig, en ik verwacht niet dat het atelier daar nog iets aan toevoegt.

            Waar ik wél mee zit en wat ik graag met collega's zou bespreken: hoe weet je of inwoners van de
            kleine kernen even goed bediend worden als die in de hoofdkern? We meten klanttevredenheid nu als één
            gemiddelde over het hele werkgebied, en ik vermoed dat daar verschillen onder zitten die we missen.
            Hoe monitoren anderen de prestaties van hun dienstverlening per kern?

            Met vriendelijke groet,
            Hendrik Jan Wolters
            algemeen directeur GR Veenzoom
            """
        ),
    },
    {
        "id": "d153-004",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Fenna Dijkstra <f.dijkstra@hoogakker-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan,

            Twee onderwerpen, die los van elkaar staan:

            1. Een toekomstvisie voor onze organisatie richting 2040: wat voor werkorganisatie willen we zijn als
               het meeste uitvoerende werk gedigitaliseerd is?
            2. Wat doe je als een van de deelnemende gemeenten serieus overweegt uit te treden? Wij hebben daar
               geen draaiboek voor.

            Vriendelijke groet,
            Fenna Dijkstra
            Hoogakker Samen
            """
        ),
    },
    {
        "id": "d153-005",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Graham Whitfield <g.whitfield@berkelzand-shared.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Apologies for writing in English, my Dutch is still a work in progress. A topic I would love to
            discuss with colleagues: how to keep the customer contact centre personal as more and more residents
            move from the phone to chat and WhatsApp. Our satisfaction scores on the new channels lag well behind
            the phone.

            Kind regards,
            Graham Whitfield
            Director of Operations | Berkelzand Shared Services
            """
        ),
    },
    {
        "id": "d153-006",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Joost Verhagen <joost.verhagen@werkorganisatie-rietvelde.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Ik ben er op 11 maart in elk geval bij, staat al in de agenda.

            Onderwerp dat ik zou willen inbrengen: de rol van onze werkorganisatie in de regionale woondeal. De
            provincie ziet ons als uitvoerder voor de hele subregio, maar onze drie gemeenten hebben daar nooit
            samen over besloten.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d153-007",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Wilma Oosterhof <w.oosterhof@zuidervenne.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Mijn suggestie: hoe kom je tot één gezamenlijke meerjarige koers voor de werkorganisatie als de vier
            gemeenten elk hun eigen bestuurlijke prioriteiten en ambities hebben? Het coalitieakkoord van de ene
            gemeente zet in op groei, dat van de andere op behoud, en wij moeten daar als organisatie een
            strategie onder leggen die voor alle vier werkt.

            Met groet,
            W.M. Oosterhof
            gemeentesecretaris-directeur Zuidervenne
            """
        ),
    },
    {
        "id": "d153-008",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Bas Kooistra <bas.kooistra@noordmeerwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            sturingsconcept: zelforganiserende teams ja of nee?? wij twijfelen na 2 jaar experimenteren, benieuwd
            hoe anderen het hebben ingericht

            gr bas

            Verzonden met mijn mobiel, excuus voor de korte mail
            """
        ),
    },
    {
        "id": "d153-009",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "drs. A.C. Reijnders <ac.reijnders@gr-maasdeltawest.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            In antwoord op uw oproep draag ik namens de directie van de GR het volgende onderwerp aan: de
            financiële houdbaarheid van de werkorganisatie bij stijgende loonkosten. Concreet: hoe houden wij het
            weerstandsvermogen op peil zonder ieder voorjaar met een begrotingswijziging te komen?

            Hoogachtend,

            drs. A.C. Reijnders
            secretaris-directeur
            Gemeenschappelijke Regeling Maasdelta-West
            """
        ),
    },
    {
        "id": "d153-010",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Yvonne Staal <y.staal@lindeloo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Stan,

            Wij zijn vorig jaar begonnen met wijkgerichte dienstverlening: pop-uploketten in buurthuizen, een vast
            aanspreekpunt per wijk en een avondopenstelling op donderdag. De eerste cijfers zijn hoopgevend, maar
            we lopen ook tegen dingen aan (bezetting, privacy aan de balie).

            Dat zou ik graag als onderwerp voor 11 maart inbrengen: hoe breng je de dienstverlening letterlijk
            dichter bij de inwoner, en wat levert het op?

            Met groet,
            Yvonne Staal
            directeur Werkorganisatie Lindeloo
            """
        ),
    },
    {
        "id": "d153-011",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Lotte Brinkman <lotte.brinkman@dewaardwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hoi Stan, quick one from me. Topic: data-gedreven sturen, i.e. using dashboards to actually steer
            the organisation instead of just reporting upwards. We bought the tooling last year, now the culture
            has to follow.

            Cheers,
            Lotte
            """
        ),
    },
    {
        "id": "d153-012",
        "kind": "suggestion",
        "themes": ["strategie", "dienstverlening"],
        "sender": "Hans Prins <h.prins@gr-eemzijde.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Mijn bijdrage, per thema:

            Strategie - moet een werkorganisatie een eigen visie op de toekomst hebben, of is dat voorbehouden
            aan de besturen?
            Dienstverlening - klantreizen in kaart brengen: wat hebben anderen er concreet aan gehad?

            groet, Hans Prins
            """
        ),
    },
    {
        "id": "d153-013",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Margreet Hofstede <m.hofstede@lingezoom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo Melanie,

            Eerlijk gezegd vind ik 21 januari krap, zo vlak na de kerstvakantie; misschien iets om de volgende
            keer op te letten. Maar goed, ik wil niet achterblijven:

            Hoe ga je om met een deelnemende gemeente die steeds meer taken terug naar zich toe wil halen? Bij ons
            gaat het om beheer openbare ruimte en straks misschien ook het sociaal domein. Dat raakt aan de hele
            gedachte achter de samenwerking.

            Groet, Margreet
            """
        ),
    },
    {
        "id": "d153-014",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Erik Bakhuis <erik.bakhuis@vlietenveen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Procesautomatisering (RPA) in de financiële administratie: wie heeft er al ervaring mee?

            Mvg, Erik Bakhuis
            """
        ),
    },
    {
        "id": "d153-015",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Mieke Schuurmans <m.schuurmans@peelrandwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Dag beiden,

            Mijn onderwerp: de digitalisering van het vergunningenproces van begin tot eind. Dus zowel de interne
            werkprocessen en systemen als wat de inwoner of ondernemer ervan merkt bij de online aanvraag. Wij
            hebben die twee kanten tot nu toe als losse projecten gedaan en dat wreekt zich.

            Groet,
            Mieke Schuurmans
            """
        ),
    },
    {
        "id": "d153-016",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Frank de Lange <f.delange@gr-ijsselvoorde.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Stan, Melanie,

            Onderwerp: onze positie tussen de deelnemende gemeenten en de regionale verbanden (omgevingsdienst,
            veiligheidsregio, GGD). Wie vertegenwoordigt wie aan welke tafel?

            F. de Lange
            """
        ),
    },
    {
        "id": "d153-017",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Evelien Koster <e.koster@dreveland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik draag als onderwerp aan: van uitvoeringsorganisatie naar een organisatie met een eigen inhoudelijke
            agenda op de grote opgaven (energie, wonen, zorg). Wij hebben daar twee jaar geleden bewust voor
            gekozen en ik merk dat veel collega's met dezelfde vraag worstelen.

            Mocht het gekozen worden, dan wil ik best een korte aftrap verzorgen.

            Met hartelijke groet,
            Evelien Koster
            gemeentesecretaris-directeur Werkorganisatie Dreveland
            """
        ),
    },
    {
        "id": "d153-018",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Pieter Oldenkamp <p.oldenkamp@tweestromenland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Topic: monitoring citizen satisfaction across our three towns. Which indicators actually tell you
            something?

            Sent from my iPad
            Pieter
            """
        ),
    },
    {
        "id": "d153-019",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Sjoerd Hiemstra <s.hiemstra@marrewold.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            - de Omgevingswet in de backoffice: processen, systemen en wie waarvoor tekent
            - en los daarvan, geen onderwerp maar een wens: kan een atelier een keer op vrijdag?

            Met vriendelijke groet,

            Sjoerd Hiemstra
            Directeur Bedrijfsvoering | Werkorganisatie Marrewold
            Dit bericht is uitsluitend bestemd voor de geadresseerde.
            """
        ),
    },
    # --- suggestions under the follow-up ---------------------------------------------------------------------------
    {
        "id": "d153-020",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ilse van Gennep <i.vangennep@wilgendaal.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Voor de volgende keer draag ik graag aan: hoe rapporteer je over de prestaties van het
            klantcontactcentrum (wachttijden, first time right, klachtafhandeling) zonder dat het een
            afrekencultuur wordt?

            Met vriendelijke groet,
            Ilse van Gennep
            Directeur Publieke Dienstverlening | Werkorganisatie Wilgendaal
            T 0575 - 44 81 20
            """
        ),
    },
    {
        "id": "d153-021",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marcel Tjon-A-Kwie <marcel.tjonakwie@heidezoom.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Stan, Melanie,

            Wat een goede middag was het. Ik heb vooral veel gehad aan het gesprek over de couleur locale; bij ons
            zijn het maar twee gemeenten, maar de spanning is precies dezelfde. Het verslag heb ik doorgestuurd
            naar mijn MT.

            Voor de volgende keer: ik zou het graag hebben over informatiebeveiliging. Na de ransomware-aanval bij
            een buurorganisatie afgelopen najaar hebben wij onze eigen weerbaarheid laten doorlichten en dat was
            geen fraai plaatje. Hoe organiseren anderen dat, met welk budget en welke mensen?

            Groet,
            Marcel
            """
        ),
    },
    {
        "id": "d153-022",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Sanne Ruiter <s.ruiter@korenwolde.eu>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            Thanks for a lovely afternoon in Utrecht. For the next session I'd like to put forward: how we position
            our joint organisation in the wider region now that the province is pushing to bundle tasks at a
            regional level. Are we a partner, a supplier or a competitor of the regional bodies?

            Best,
            Sanne Ruiter
            Managing Director, Korenwolde Werkorganisatie
            """
        ),
    },
    {
        "id": "d153-023",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Theo Lammers <t.lammers@stroomland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Onderwerpen voor het volgende atelier:
            - hybride werken: hoe houd je binding met de organisatie als de helft thuis werkt
            - servicenormen voor ondernemers bij vergunningaanvragen: wat beloven we, wat halen we

            Met vriendelijke groet,
            Theo Lammers
            Algemeen directeur Werkorganisatie Stroomland
            """
        ),
    },
    {
        "id": "d153-024",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Roel Vinke <r.vinke@werkorganisatie-haverdal.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Dag Stan en Melanie,

            Bij het volgende atelier zit ik waarschijnlijk midden in de verhuizing van ons gemeentehuis, dus reken
            niet op me. Een onderwerp geef ik wel mee: hoe betrek je ondernemers bij de dienstverlening van een
            werkorganisatie? Denk aan één ondernemersloket voor drie gemeenten en accountmanagers die de bedrijven
            echt kennen.

            Groeten,
            Roel Vinke
            """
        ),
    },
    {
        "id": "d153-025",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Jeroen Admiraal <j.admiraal@zeeuwsewaard-wo.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Dank voor het verslag. Het gesprek over vier gemeentebesturen en één werkorganisatie was herkenbaar,
            al bleef het voor mij wat hangen in de dagelijkse praktijk van afstemmen en schakelen.

            Wat ik gemist heb en volgende keer graag zou bespreken: de stap daarna. Waar willen we over tien jaar
            staan als werkorganisatie? Een langetermijnvisie die verder kijkt dan de volgende begroting en de
            volgende bestuursperiode.

            Met vriendelijke groet,
            Jeroen Admiraal
            algemeen directeur
            """
        ),
    },
    {
        "id": "d153-026",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Chantal Verbeek <c.verbeek@duinkant.nl>",
        "thread": "followup",
        "subject": "RE: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\"",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Voor de volgende ronde: ruim een derde van onze medewerkers gaat binnen tien jaar met pensioen.
            Strategische personeelsplanning en kennisbehoud lijkt me iets waar we allemaal mee zitten.

            Met vriendelijke groet,
            Chantal Verbeek
            """
        ),
    },
    {
        "id": "d153-027",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Fatima Benali <f.benali@kempenzoom.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            > Welk vraagstuk wilt u de volgende keer bespreken?

            Het meten van de prestaties van onze Wmo-loketten. We hebben drie gemeenten met drie sets
            indicatoren en niemand kan nog zeggen of een inwoner er beter van wordt.

            Fatima
            """
        ),
    },
    # --- suggestions under the thank-you, other mails and as new mail ------------------------------------------------
    {
        "id": "d153-028",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Petra Zandbergen <p.zandbergen@ommerveld-klaverbeek.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Dank voor de bevestiging. Nog een aanvulling op mijn lijstje, die schoot me gisteren in de auto te
            binnen: na de verkiezingen komen er straks nieuwe coalitieakkoorden. Hoe vertaal je nieuwe bestuurlijke
            prioriteiten naar een inhoudelijke agenda voor de werkorganisatie voor de komende vier jaar?

            Groet,
            Petra Zandbergen
            """
        ),
    },
    {
        "id": "d153-029",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Dirk-Jan Smeding <djsmeding@gr-brakenstein.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Vergeten in mijn vorige mail: de doorontwikkeling van zaakgericht werken. Wij lopen vast op de koppeling
            tussen de oude en de nieuwe systemen.
            DJ
            """
        ),
    },
    {
        "id": "d153-030",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Karin Veldkamp <k.veldkamp@debovenrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom graag, zonder gast.

            Omdat jullie altijd om onderwerpen vragen: voor een volgend atelier zou ik het willen hebben over hoe
            je de gemeenteraden van alle deelnemers even goed meeneemt. Onze grootste gemeente krijgt vanzelf de
            meeste aandacht, de raden van de twee kleine voelen zich op afstand gezet.

            Karin Veldkamp
            De Bovenrand, werkorganisatie voor Lindeloo, Veenmolen en Haverdal
            """
        ),
    },
    {
        "id": "d153-031",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Willem Gortzak <w.gortzak@vennebroek.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik ben er morgen gewoon bij.

            Alvast iets voor de keer daarna: hoe houd je de kleinste deelnemer aangehaakt als die zich in het
            algemeen bestuur van de GR steeds vaker overstemd voelt? Bij ons dreigt dat een sluimerend conflict te
            worden.

            Gr. Willem
            """
        ),
    },
    {
        "id": "d153-032",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Nadia El Idrissi <n.elidrissi@schelpenburg-dijkzate.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor het welkom, ik heb er zin in. U vraagt of ik al een onderwerp heb: eigenlijk wel. Wij zijn
            sinds 1 januari één ambtelijke organisatie voor Schelpenburg en Dijkzate, en de twee oude
            organisaties hebben een totaal verschillende cultuur: de een regelt alles via de lijn, de ander werkt
            in netwerken. Hoe bouw je daar één organisatiecultuur en één stijl van leidinggeven uit? Dat zou ik
            graag bespreken met collega's die dit al achter de rug hebben.

            Hartelijke groet,
            Nadia El Idrissi
            directeur Werkorganisatie Schelpenburg-Dijkzate
            """
        ),
    },
    {
        "id": "d153-033",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Gerrit Mulder <g.mulder@kleiwijk-oudervaart.nl>",
        "subject": "Idee voor het atelier",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Ik weet niet of er op dit moment een oproep loopt, maar ik wil toch een onderwerp meegeven voor een
            komend atelier: hoe organiseer je dienstverlening in de kleine kernen nu het gemeentehuis daar dicht
            is? Wij experimenteren met een rijdend loket en met spreekuren in de bibliotheek, en ik ben benieuwd
            wat anderen doen.

            Met vriendelijke groet,
            Gerrit Mulder
            algemeen directeur Werkorganisatie Kleiwijk-Oudervaart
            """
        ),
    },
    {
        "id": "d153-034",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Lisanne Meijering <l.meijering@werkorganisatie-akkerwoude.nl>",
        "subject": "thema's atelier najaar",
        "quote": "none",
        "body": _(
            """
            Hallo secretariaat,

            Misschien heb ik de oproep gemist, maar hier alvast twee onderwerpen voor het najaarsatelier:
            - ziekteverzuim terugdringen in de uitvoerende teams
            - een leiderschapsprogramma voor teamleiders dat ook echt beklijft

            Groet,
            Lisanne Meijering
            directeur bedrijfsvoering
            """
        ),
    },
    # --- look-alikes: reactions to the chosen topic ----------------------------------------------------------------
    {
        "id": "d153-035",
        "kind": "other",
        "sender": "Arjen Sloot <a.sloot@werkorganisatie-bergenheim.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat een herkenbaar thema! Precies waar wij de afgelopen maanden mee worstelen, met vier raden die
            allemaal iets anders van ons verwachten. Goed dat de Adviesraad hiervoor gekozen heeft.

            Groet, Arjen Sloot
            """
        ),
    },
    {
        "id": "d153-036",
        "kind": "rsvp",
        "attending": True,
        "sender": "Liesbeth Groenendijk <liesbeth.groenendijk@oosterkreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Eindelijk staat dit onderwerp op de agenda, daar heb ik zelf twee keer om gevraagd. Reken maar op mij
            op de 11e.

            Liesbeth
            """
        ),
    },
    {
        "id": "d153-037",
        "kind": "other",
        "sender": "Tom Heijboer <t.heijboer@gr-lekzijde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Ik zie dat het thema weer Samenwerking is geworden, net als vorig jaar. Mijn voorstel over de
            digitalisering van werkprocessen is dus niet gekozen. Kunt u toelichten hoe de Adviesraad tot deze
            keuze is gekomen, en hoe vaak de verschillende onderwerpen genoemd waren?

            Met vriendelijke groet,
            Tom Heijboer
            """
        ),
    },
    # --- look-alikes: questions about the process -------------------------------------------------------------------
    {
        "id": "d153-038",
        "kind": "other",
        "sender": "Roos Hamers <r.hamers@de-meanderwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Twee praktische vragen voordat ik iets instuur: mag ik meer dan één onderwerp noemen, en moet ik er
            zelf een thema bij zetten of doen jullie dat?

            Dank alvast,
            Roos Hamers
            """
        ),
    },
    {
        "id": "d153-039",
        "kind": "other",
        "sender": "Ewout Kramer <ewout.kramer@hunzedal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi Stan,

            Wie zitten er eigenlijk in die Adviesraad, en kunnen gewone leden daar ook zitting in nemen? Dat zou
            ik best interessant vinden.

            Ewout
            """
        ),
    },
    {
        "id": "d153-040",
        "kind": "other",
        "sender": "Lidwien Bouma <l.bouma@gr-dintelmond.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Is het verslag ook als pdf te krijgen? De link opent bij ons niet achter de firewall. En is de datum
            van het volgende atelier al bekend?

            Lidwien Bouma
            """
        ),
    },
    {
        "id": "d153-041",
        "kind": "other",
        "sender": "Paul Rensink <p.rensink@berkelstroom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Beste Melanie,

            Voordat ik iets instuur: valt een beleidsinhoudelijk dossier als de energietransitie eigenlijk wel
            binnen jullie vier thema's, of zoekt het atelier juist de organisatorische kant? Dan weet ik of het
            zin heeft om met iets te komen.

            Groet, Paul
            """
        ),
    },
    # --- look-alikes: backing another member's topic ---------------------------------------------------------------
    {
        "id": "d153-042",
        "kind": "other",
        "sender": "Cor Timmerman <c.timmerman@waalkant.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Tijdens het vorige atelier opperde Gerdien Bosch van Werkorganisatie Heidezoom om het eens over de
            kostenverdeelsleutel te hebben. Dat onderwerp steun ik van harte; zelf heb ik deze ronde niets nieuws.

            Met groet,
            Cor Timmerman
            """
        ),
    },
    {
        "id": "d153-043",
        "kind": "other",
        "sender": "Jan-Willem Snijders <jw.snijders@twentezoom.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            +1 voor informatieveiligheid, dat de collega uit het oosten aan het eind van de middag noemde. Zou mooi
            zijn als dat er volgende keer op staat. Zelf heb ik geen aanvullingen.
            Jan-Willem
            """
        ),
    },
    {
        "id": "d153-044",
        "kind": "other",
        "sender": "Rianne Kok <r.kok@werkorganisatie-everbeek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hallo Stan en Melanie,

            Koen Everts van Werkorganisatie Leeuwerik vertelde me dat hij jullie zijn onderwerp over de rol van
            werkorganisaties in de regio al heeft gestuurd. Ik had precies hetzelfde willen voorstellen, dus tel
            het zijne wat mij betreft dubbel.

            Groetjes,
            Rianne Kok
            """
        ),
    },
    # --- look-alikes: telling what the organisation does -------------------------------------------------------------
    {
        "id": "d153-045",
        "kind": "other",
        "sender": "Sabine Wouters <s.wouters@gr-schiezoom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan en Melanie,

            Van mij dit keer geen onderwerp. Wel ter informatie: wij hebben per 1 januari ons nieuwe sturingsmodel
            ingevoerd, met drie domeinen en integrale teams. De evaluatie van de pilot zit als bijlage bij deze
            mail, voor wie er iets aan heeft. Deel het gerust met de andere leden.

            Hartelijke groet,
            Sabine Wouters
            """
        ),
    },
    {
        "id": "d153-046",
        "kind": "other",
        "sender": "Hugo Verschuren <hugo.verschuren@tweekernen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Leuk om te horen hoe anderen het doen. Bij ons hebben we sinds januari één klantcontactcentrum voor
            beide gemeenten, met één telefoonnummer en één website, en dat loopt eerlijk gezegd boven verwachting:
            de klanttevredenheid ging van een 6,8 naar een 7,6.

            Dank nog voor de organisatie!
            Hugo
            """
        ),
    },
    {
        "id": "d153-047",
        "kind": "other",
        "sender": "Ellen Kwakman <e.kwakman@maasbeek-tolhoeve.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom. Ter kennismaking: ik ben sinds oktober directeur van de werkorganisatie voor
            Maasbeek en Tolhoeve, zo'n 420 fte, en we zitten midden in een reorganisatie naar een opgavegerichte
            structuur. Ik zie uit naar mijn eerste atelier.

            Met vriendelijke groet,
            Ellen Kwakman
            """
        ),
    },
    # --- look-alikes: presenting -----------------------------------------------------------------------------------
    {
        "id": "d153-048",
        "kind": "other",
        "sender": "Maarten Oudshoorn <m.oudshoorn@rijnstreekwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Beste Melanie,

            Wij hebben de afgelopen anderhalf jaar een mooi traject gedaan rond de wijkteams van onze drie
            gemeenten. Zou ik daar op het atelier van 11 maart een korte presentatie over mogen geven? Laat maar
            weten of daar ruimte voor is.

            Vriendelijke groet,
            Maarten Oudshoorn
            """
        ),
    },
    {
        "id": "d153-049",
        "kind": "other",
        "sender": "Judith Ramdin <j.ramdin@gr-vechtdal-west.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Mocht u voor dit thema nog iemand zoeken die een casus inbrengt: wij hebben net een bestuursopdracht
            afgerond over precies die couleur locale bij vier gemeenten. Ik vertel er graag tien minuten over.

            Groet,
            Judith Ramdin
            """
        ),
    },
    # --- look-alikes: a topic taken back, thanks ---------------------------------------------------------------------
    {
        "id": "d153-050",
        "kind": "other",
        "sender": "Ron Bleeker <r.bleeker@polderkracht.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Wilt u mijn suggestie over de planning-en-controlcyclus toch laten vallen? Inmiddels hebben we dat
            intern opgelost en ik wil niet dat het een plek inneemt die een ander beter kan gebruiken.

            Groet,
            Ron Bleeker
            """
        ),
    },
    {
        "id": "d153-051",
        "kind": "other",
        "sender": "Olivia Hartman <o.hartman@zandmeer-shared.eu>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Melanie,

            Please take my topic off the list. The merger of our two organisations has been postponed
            indefinitely, so the question I raised no longer applies to us.

            Thanks,
            Olivia Hartman
            """
        ),
    },
    {
        "id": "d153-052",
        "kind": "other",
        "sender": "Wendy Jongsma <wendy.jongsma@fivelmond.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Fijn, dank voor de bevestiging! Ik was al bang dat mijn mail in de spam was beland.
            Groet, Wendy
            """
        ),
    },
    {
        "id": "d153-053",
        "kind": "other",
        "sender": "Gijs van Eerde <g.vaneerde@werkorganisatie-krommeaa.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag Stan en Melanie,

            Hartelijk dank voor de inspirerende middag en het heldere verslag. Complimenten voor de
            gespreksleiding; zelden zo'n open gesprek tussen collega's meegemaakt.

            Met vriendelijke groet,
            Gijs van Eerde
            """
        ),
    },
    {
        "id": "d153-054",
        "kind": "other",
        "sender": "Inge Vosselman <inge.vosselman@veenkoloniewerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Dank voor de oproep. Ik heb wel iets in gedachten maar wil het eerst met mijn MT afstemmen; je hoort
            voor de 21e van me.

            Groetjes, Inge
            """
        ),
    },
    # --- look-alikes: the form of the atelier ------------------------------------------------------------------------
    {
        "id": "d153-055",
        "kind": "other",
        "sender": "Mark Spijkerman <m.spijkerman@gr-bollenrand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo beiden,

            Geen inhoudelijk onderwerp, maar wel een idee voor de vorm: kunnen we een keer bij een van de
            werkorganisaties zelf bijeenkomen, met een rondleiding en een gesprek met medewerkers? Dat lijkt me
            leerzamer dan weer een zaal in Utrecht.

            Groet,
            Mark Spijkerman
            """
        ),
    },
    {
        "id": "d153-056",
        "kind": "other",
        "sender": "Anouk de Wilde <a.dewilde@achterhoekzuid-wo.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Een suggestie voor de volgende keer: begin in de ochtend in plaats van om twee uur, en maak de plenaire
            delen korter zodat er meer tijd is voor de tafelgesprekken. Dan ben ik ook voor de file thuis.

            Groet, Anouk
            """
        ),
    },
    # --- look-alikes: coming or not, leaving, skipping -------------------------------------------------------------
    {
        "id": "d153-057",
        "kind": "rsvp",
        "attending": True,
        "sender": "Frits Zwaan <f.zwaan@gaasterwoude.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb op dit moment geen onderwerp om aan te dragen, maar zet me alvast op de lijst voor 11 maart:
            die middag heb ik vrijgehouden.

            Groet,
            Frits Zwaan
            """
        ),
    },
    {
        "id": "d153-058",
        "kind": "rsvp",
        "attending": False,
        "sender": "Babette Lodewijks <b.lodewijks@heuvelzoom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Geen thema's van mijn kant. En 11 maart lukt me helaas niet, dan zit ik met een VNG-commissie in Den
            Haag.

            Met vriendelijke groet,
            Babette Lodewijks
            """
        ),
    },
    {
        "id": "d153-059",
        "kind": "unsubscribe",
        "sender": "Herman Bos <h.bos@gr-dommeldal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Onderwerpen zal ik niet meer aandragen: per 1 februari ga ik met pensioen. Wilt u mij uit het netwerk
            uitschrijven? Wie mij opvolgt is nog niet bekend; die meldt zich vast zelf bij u.

            Met hartelijke groet en dank voor de mooie jaren,
            Herman Bos
            """
        ),
    },
    {
        "id": "d153-060",
        "kind": "other",
        "sender": "Ad Verweij <a.verweij@brabantsewal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Deze ronde sla ik over: we zitten tot over onze oren in de begroting en de herindelingsverkenning.
            Succes met het samenstellen van het programma!
            Ad Verweij
            """
        ),
    },
]
# fmt: on
